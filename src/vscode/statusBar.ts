// The status bar item: the fact base the active draft is checked against, the draft's findings and its coverage.
import * as vscode from 'vscode';
import { describeClaimKinds, describeCoverage, type Coverage } from '../core/check';
import { isDraft } from './drafts';
import { inBackground } from './log';
import type { CrosscheckWorkspace } from './workspace';

export class FactBaseStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly workspace: CrosscheckWorkspace,
    private readonly drafts: { coverageOf(uri: vscode.Uri): Coverage | undefined; onDidCheck: vscode.Event<{ uri: vscode.Uri }> },
  ) {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.openFactBase';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.updateInBackground()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.updateInBackground();
      }),
      drafts.onDidCheck((checked) => {
        if (checked.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.updateInBackground();
      }),
      workspace.onDidChange(() => this.updateInBackground()),
    ];
    this.updateInBackground();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  /** The tooltip's text, as Markdown. */
  get tooltip(): string {
    return this.item.tooltip instanceof vscode.MarkdownString ? this.item.tooltip.value : (this.item.tooltip ?? '');
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
    const coverage = this.drafts.coverageOf(document.uri);
    const shortName = setup.bundled ? 'Bundled facts' : name;
    this.item.text = `$(checklist) ${shortName} · ${actors.size} actors · ${findings} ${findings === 1 ? 'finding' : 'findings'}${errors > 0 ? ' $(warning)' : ''}`;
    const tooltip = new vscode.MarkdownString(
      `**Crosscheck** — ${name}: ${actors.size} actors, ${events.size} events, ${sources.size} sources.\n\n` +
        `${findings} ${findings === 1 ? 'finding' : 'findings'} in this draft.` +
        (coverage ? `\n\nCoverage: ${describeCoverage(coverage)} (claims found: ${describeClaimKinds(coverage)}).` : '') +
        (errors > 0 ? `\n\nThe fact base has ${errors} ${errors === 1 ? 'error' : 'errors'}${loaded.servingLastGood ? '; its last good version is in use' : ''}.` : '') +
        '\n\nClick to open the fact base.',
    );
    this.item.tooltip = tooltip;
    this.item.show();
  }
}
