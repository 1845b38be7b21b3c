// The Timeline panel: the fact base's dated events as drawn by the core, against the last active
// draft and its findings, redrawn as they change. Choosing an event opens its passage.
import * as vscode from 'vscode';
import { draftTimeline, timelineHtml } from '../core/editor/timeline';
import type { DraftDiagnostics } from './diagnostics';
import { isDraft } from './drafts';
import { openPassageCommand } from './locations';
import { crosscheckLog, inBackground, registerGuardedCommand } from './log';
import { scanOf } from './scans';
import type { CrosscheckWorkspace } from './workspace';

export const showTimelineCommand = 'crosscheck.showTimeline';

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private draft: vscode.TextDocument | undefined;
  /** When the panel was last asked to show, until its page says it stands. */
  private showStarted: number | undefined;
  private lastOpeningMs: number | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly workspace: CrosscheckWorkspace,
    private readonly diagnostics: DraftDiagnostics,
  ) {
    this.subscriptions = [
      workspace.onDidChange(() => this.redraw()),
      diagnostics.onDidCheck(({ uri }) => {
        if (uri.toString() === this.draft?.uri.toString()) this.redraw();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isDraft(editor.document) || editor.document === this.draft) return;
        this.draft = editor.document;
        this.redraw();
      }),
    ];
  }

  /** The page shown, once the panel is open. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  /** How long the last opening took, from the command to the page standing in its webview. */
  get openingMs(): number | undefined {
    return this.lastOpeningMs;
  }

  async show(): Promise<void> {
    this.showStarted = performance.now();
    this.lastOpeningMs = undefined;
    const editor = vscode.window.activeTextEditor;
    if (editor && isDraft(editor.document)) this.draft = editor.document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside);
    } else {
      this.panel = vscode.window.createWebviewPanel('crosscheck.timeline', 'Crosscheck Timeline', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => inBackground('Opening an event of the timeline', this.openFromPage(message)));
    }
    await this.render();
  }

  /** Opens the passage of an event in one source's lane, as a click on it does; only events of the fact base in use. */
  async open(eventId: string, sourceId: string): Promise<boolean> {
    const { factBase } = (await this.workspace.contextFor(this.contextUri())).loaded;
    const evidence = factBase.events.get(eventId)?.evidence.filter((each) => each.passage);
    const chosen = evidence?.find((each) => each.sourceId === sourceId) ?? evidence?.[0];
    if (!chosen?.passage) return false;
    const { file, start, end } = chosen.passage;
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await vscode.commands.executeCommand(openPassageCommand, file, start.line, start.column, end.line, end.column);
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async openFromPage(message: unknown): Promise<void> {
    const { type, event, source } = (message ?? {}) as Record<string, unknown>;
    if (type === 'drawn') {
      if (this.showStarted !== undefined) this.lastOpeningMs = performance.now() - this.showStarted;
      this.showStarted = undefined;
      return;
    }
    if (type !== 'open' || typeof event !== 'string' || typeof source !== 'string' || !(await this.open(event, source))) {
      crosscheckLog().warn(`Timeline: ignored the message ${JSON.stringify(message)?.slice(0, 200)}`);
    }
  }

  private redraw(): void {
    if (this.panel) inBackground('Drawing the timeline', this.render());
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const { factBase } = (await this.workspace.contextFor(this.contextUri())).loaded;
    const draft = this.draft && !this.draft.isClosed ? this.draft : undefined;
    const timeline = draft && draftTimeline(factBase, draft.getText(), this.diagnostics.findingsOf(draft.uri), scanOf(draft));
    const html = timelineHtml(factBase, timeline, draft && vscode.workspace.asRelativePath(draft.uri), { nonce: nonce() });
    if (this.panel === panel) panel.webview.html = html;
  }

  private contextUri(): vscode.Uri {
    return this.draft?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  }
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function registerTimeline(workspace: CrosscheckWorkspace, diagnostics: DraftDiagnostics): { panel: TimelinePanel; disposable: vscode.Disposable } {
  const panel = new TimelinePanel(workspace, diagnostics);
  return { panel, disposable: vscode.Disposable.from(panel, registerGuardedCommand(showTimelineCommand, 'Showing the timeline', () => panel.show())) };
}
