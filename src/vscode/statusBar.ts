// The status bar item: the fact base the active draft is checked against and the draft's findings.
import * as vscode from 'vscode';
import { isDraft } from './drafts';
import { inBackground } from './log';
import type { CrosscheckWorkspace } from './workspace';

export class FactBaseStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly workspace: CrosscheckWorkspace) {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.openFactBase';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.updateInBackground()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.updateInBackground();
      }),
      workspace.onDidChange(() => this.updateInBackground()),
    ];
    this.updateInBackground();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private updateInBackground(): void {
    inBackground('Updating the status bar', this.update());
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      this.item.hide();
      return;
    }
    const { setup, loaded } = await this.workspace.contextFor(document.uri);
    if (vscode.window.activeTextEditor?.document !== document) return;
    const { actors, events, sources } = loaded.factBase;
    const name = setup.bundled ? 'bundled fact base' : setup.factBaseFiles.map((file) => file.path.split('/').pop()).join(', ');
    const findings = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'crosscheck').length;
    const errors = loaded.problems.filter((problem) => problem.severity === 'error').length;
    const shortName = setup.bundled ? 'Bundled facts' : name;
    this.item.text = `$(checklist) ${shortName} · ${actors.size} actors · ${findings} ${findings === 1 ? 'finding' : 'findings'}${errors > 0 ? ' $(warning)' : ''}`;
    const tooltip = new vscode.MarkdownString(
      `**Crosscheck** — ${name}: ${actors.size} actors, ${events.size} events, ${sources.size} sources.\n\n` +
        `${findings} ${findings === 1 ? 'finding' : 'findings'} in this draft.` +
        (errors > 0 ? `\n\nThe fact base has ${errors} ${errors === 1 ? 'error' : 'errors'}${loaded.servingLastGood ? '; its last good version is in use' : ''}.` : '') +
        '\n\nClick to open the fact base.',
    );
    this.item.tooltip = tooltip;
    this.item.show();
  }
}
