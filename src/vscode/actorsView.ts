// The Actors view: the fact base of the active draft (else of the first folder) as a tree, filtered
// on demand; its leaves open their source passages, and a name in a draft is revealed in it.
import * as vscode from 'vscode';
import { actorNode, actorTreeChildren, actorTreeParent, actorTreeRoots, matchesActorFilter, type ActorTreeNode } from '../core/editor/actors-tree';
import { symbolAt } from '../core/editor/lookup';
import type { ActorType, FactBase } from '../core/factbase/types';
import { isDraft } from './drafts';
import { openPassageCommand } from './locations';
import { crosscheckLog, inBackground, registerGuardedCommand } from './log';
import { scanOf } from './scans';
import type { CrosscheckWorkspace } from './workspace';

export const actorsViewId = 'crosscheck.actors';
export const revealActorCommand = 'crosscheck.revealActor';
/** A command link that reveals the actor in the Actors view; the command takes nothing but an id of the fact base. */
export function revealActorLink(actorId: string): string {
  return `command:${revealActorCommand}?${encodeURIComponent(JSON.stringify([actorId]))}`;
}

const filteredContext = 'crosscheck.actorsFiltered';

const icons: Record<ActorType, string> = { person: 'person', organisation: 'organization', place: 'location' };
const kindIcons: Partial<Record<ActorTreeNode['kind'], string>> = { title: 'briefcase', spelling: 'symbol-text', use: 'file-text', event: 'calendar' };
const sectionIcons = { titles: 'briefcase', spellings: 'symbol-text', events: 'calendar' };

export class ActorsView implements vscode.TreeDataProvider<ActorTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ActorTreeNode>;
  private readonly subscriptions: vscode.Disposable[];
  private factBase: FactBase | undefined;
  private filter: string | undefined;

  constructor(private readonly workspace: CrosscheckWorkspace) {
    this.view = vscode.window.createTreeView(actorsViewId, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      workspace.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDraft(editor.document)) this.refresh();
      }),
    ];
  }

  /** The filter in use, if any. */
  get filterText(): string | undefined {
    return this.filter;
  }

  get selection(): readonly ActorTreeNode[] {
    return this.view.selection;
  }

  async setFilter(text: string | undefined): Promise<void> {
    this.filter = text?.trim() || undefined;
    this.view.description = this.filter ? `filtered: ${this.filter}` : undefined;
    await vscode.commands.executeCommand('setContext', filteredContext, this.filter !== undefined);
    this.changed.fire();
  }

  /** Shows the actor selected in the tree, clearing a filter that hides it. */
  async reveal(actorId: string): Promise<ActorTreeNode | undefined> {
    const factBase = await this.currentFactBase();
    const actor = factBase.actors.get(actorId);
    if (!actor) return undefined;
    if (!matchesActorFilter(actor, this.filter)) await this.setFilter(undefined);
    const node = actorNode(actor);
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return node;
  }

  getTreeItem(node: ActorTreeNode): vscode.TreeItem {
    const collapsed = node.kind === 'group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, node.hasChildren ? collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    const icon = node.kind === 'group' || node.kind === 'actor' ? icons[node.actorType] : node.section ? sectionIcons[node.section] : kindIcons[node.kind];
    if (icon) item.iconPath = new vscode.ThemeIcon(icon);
    const passage = node.passage;
    if (passage) {
      item.command = {
        command: openPassageCommand,
        title: 'Open the passage',
        arguments: [passage.file, passage.start.line, passage.start.column, passage.end.line, passage.end.column],
      };
    }
    return item;
  }

  async getChildren(node?: ActorTreeNode): Promise<ActorTreeNode[]> {
    const factBase = await this.currentFactBase();
    return node ? actorTreeChildren(factBase, node, this.filter) : actorTreeRoots(factBase, this.filter);
  }

  getParent(node: ActorTreeNode): ActorTreeNode | undefined {
    return this.factBase && actorTreeParent(this.factBase, node);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private refresh(): void {
    const before = this.factBase;
    inBackground(
      'Refreshing the Actors view',
      this.currentFactBase().then((factBase) => {
        if (factBase !== before) this.changed.fire();
      }),
    );
  }

  private async currentFactBase(): Promise<FactBase> {
    const editor = vscode.window.activeTextEditor;
    const uri = editor && isDraft(editor.document) ? editor.document.uri : (vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'));
    this.factBase = (await this.workspace.contextFor(uri)).loaded.factBase;
    return this.factBase;
  }
}

export function registerActorsView(workspace: CrosscheckWorkspace): { view: ActorsView; disposable: vscode.Disposable } {
  const view = new ActorsView(workspace);
  const disposable = vscode.Disposable.from(
    view,
    registerGuardedCommand('crosscheck.filterActors', 'Filtering the actors', async (text?: string) => {
      const filter = typeof text === 'string' ? text : await vscode.window.showInputBox({ prompt: 'Show the actors whose name or spelling contains', value: view.filterText, placeHolder: 'Bogdanov' });
      if (filter === undefined) return view.filterText;
      await view.setFilter(filter);
      return view.filterText;
    }),
    registerGuardedCommand('crosscheck.clearActorsFilter', 'Clearing the actors filter', () => view.setFilter(undefined)),
    // From a hover link with an actor id; from the editor's context menu with the draft's URI, or none
    // from the palette: then the actor named at the cursor.
    registerGuardedCommand(revealActorCommand, 'Revealing an actor', async (argument?: unknown) => {
      if (argument !== undefined && typeof argument !== 'string' && !(argument instanceof vscode.Uri)) {
        crosscheckLog().warn(`${revealActorCommand}: refused ${JSON.stringify(argument)?.slice(0, 200)}: not an actor id`);
        return undefined;
      }
      const id = typeof argument === 'string' ? argument : await actorAtCursor(workspace);
      if (id === undefined) {
        vscode.window.setStatusBarMessage('Crosscheck: no actor of the fact base is named at the cursor.', 4000);
        return undefined;
      }
      const node = await view.reveal(id);
      if (!node) crosscheckLog().warn(`${revealActorCommand}: no actor ${JSON.stringify(id).slice(0, 200)} in the fact base`);
      return node?.actorId;
    }),
  );
  return { view, disposable };
}

async function actorAtCursor(workspace: CrosscheckWorkspace): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isDraft(editor.document)) return undefined;
  const { document, selection } = editor;
  const { factBase } = (await workspace.contextFor(document.uri)).loaded;
  const symbol = symbolAt(factBase, document.getText(), document.offsetAt(selection.active), scanOf(document));
  return symbol?.kind === 'actor' ? symbol.actor.id : undefined;
}
