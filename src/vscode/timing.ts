// How long activation takes, and how long until the first draft has its diagnostics: the figure the
// benchmark reads through the crosscheck.activationTiming command.
import * as vscode from 'vscode';

export interface ActivationFigures {
  /** Time spent in activate(). */
  activateMs: number;
  /** From the start of activate() to the first diagnostics set on a draft; undefined until then. */
  firstDiagnosticsMs?: number;
  /** How long the first fact base took to read and load; undefined until loaded. */
  factBaseLoadMs?: number;
  /** How long the first draft's check took, once its fact base was loaded. */
  firstCheckMs?: number;
}

export class ActivationTiming {
  private readonly start = performance.now();
  private readonly figures: ActivationFigures = { activateMs: 0 };
  private readonly log = vscode.window.createOutputChannel('Crosscheck', { log: true });

  activated(): void {
    this.figures.activateMs = performance.now() - this.start;
    this.log.info(`activated in ${this.figures.activateMs.toFixed(1)} ms`);
  }

  diagnosticsPublished(figures: { factBaseLoadMs: number; checkMs: number }): void {
    if (this.figures.firstDiagnosticsMs !== undefined) return;
    this.figures.firstDiagnosticsMs = performance.now() - this.start;
    this.figures.factBaseLoadMs = figures.factBaseLoadMs;
    this.figures.firstCheckMs = figures.checkMs;
    this.log.info(
      `first diagnostics ${this.figures.firstDiagnosticsMs.toFixed(1)} ms after activation started ` +
        `(fact base loaded in ${figures.factBaseLoadMs.toFixed(1)} ms, draft checked in ${figures.checkMs.toFixed(1)} ms)`,
    );
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      this.log,
      vscode.commands.registerCommand('crosscheck.activationTiming', () => ({ ...this.figures })),
    );
  }
}
