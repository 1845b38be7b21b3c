// The "This Draft" view: what the active draft names of the fact base (its actors with their mentions
// and the findings on them, its events with the dates it gives them that the sources do not),
// following the active editor and each new check of it. A row reveals its stretch of the draft.
import * as vscode from 'vscode';
import { draftOutline, outlineTree, type OutlineNode } from '../core/editor/draft-outline';
import type { ActorType } from '../core/factbase/types';
import type { Severity } from '../core/check/types';
import type { DraftDiagnostics } from './diagnostics';
import { isDraft } from './drafts';
import { scanOf } from './scans';
import type { CrosscheckWorkspace } from './workspace';

export const draftViewId = 'crosscheck.draft';

const actorIcons: Record<ActorType, string> = { person: 'person', organisation: 'organization', place: 'location' };
const severityIcons: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};
const kindIcons: Partial<Record<OutlineNode['kind'], vscode.ThemeIcon>> = {
  mention: new vscode.ThemeIcon('symbol-text'),
  event: new vscode.ThemeIcon('calendar'),
  conflict: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
};

export class DraftView implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<OutlineNode>;
  private readonly subscriptions: vscode.Disposable[];
  private shown: { document: vscode.TextDocument; roots: OutlineNode[] } | undefined;

  constructor(
    private readonly workspace: CrosscheckWorkspace,
    private readonly diagnostics: DraftDiagnostics,
  ) {
    this.view = vscode.window.createTreeView(draftViewId, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      diagnostics.onDidCheck((checked) => {
        if (checked.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
      }),
    ];
  }

  /** The draft the view shows, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.shown?.document;
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.kind === 'section' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = node.actorType ? new vscode.ThemeIcon(actorIcons[node.actorType]) : node.severity ? severityIcons[node.severity] : kindIcons[node.kind];
    const document = this.shown?.document;
    if (document && node.range) {
      const selection = new vscode.Range(document.positionAt(node.range.start), document.positionAt(node.range.end));
      item.command = { command: 'vscode.open', title: 'Show in the draft', arguments: [document.uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  async getChildren(node?: OutlineNode): Promise<OutlineNode[]> {
    if (node) return node.children;
    this.shown = await this.outlineOfActiveDraft();
    this.view.message = this.shown ? undefined : 'Open a Markdown draft to see the actors and events it names.';
    this.view.description = this.shown ? vscode.workspace.asRelativePath(this.shown.document.uri) : undefined;
    return this.shown?.roots ?? [];
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private refresh(): void {
    this.changed.fire();
  }

  private async outlineOfActiveDraft(): Promise<{ document: vscode.TextDocument; roots: OutlineNode[] } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document)) return this.shown && !this.shown.document.isClosed ? this.shown : undefined;
    const { document } = editor;
    const { factBase } = (await this.workspace.contextFor(document.uri)).loaded;
    const text = document.getText();
    return { document, roots: outlineTree(draftOutline(factBase, text, this.diagnostics.findingsOf(document.uri), scanOf(document)), text) };
  }
}

export function registerDraftView(workspace: CrosscheckWorkspace, diagnostics: DraftDiagnostics): { view: DraftView; disposable: vscode.Disposable } {
  const view = new DraftView(workspace, diagnostics);
  return { view, disposable: view };
}
