// How long activation takes, and how long until the first draft has its diagnostics: the figure the
// benchmark reads through the crosscheck.activationTiming command.
import * as vscode from 'vscode';

export interface ActivationFigures {
  /** Time spent in activate(). */
  activateMs: number;
  /** From the start of activate() to the first diagnostics set on a draft; undefined until then. */
  firstDiagnosticsMs?: number;
  /** From the start of activate() to the first fact base loaded; undefined until then. */
  firstFactBaseMs?: number;
}

export class ActivationTiming {
  private readonly start = performance.now();
  private readonly figures: ActivationFigures = { activateMs: 0 };
  private readonly log = vscode.window.createOutputChannel('Crosscheck', { log: true });

  activated(): void {
    this.figures.activateMs = performance.now() - this.start;
    this.log.info(`activated in ${this.figures.activateMs.toFixed(1)} ms`);
  }

  factBaseLoaded(): void {
    if (this.figures.firstFactBaseMs !== undefined) return;
    this.figures.firstFactBaseMs = performance.now() - this.start;
    this.log.info(`first fact base loaded ${this.figures.firstFactBaseMs.toFixed(1)} ms after activation started`);
  }

  diagnosticsPublished(): void {
    if (this.figures.firstDiagnosticsMs !== undefined) return;
    this.figures.firstDiagnosticsMs = performance.now() - this.start;
    this.log.info(`first diagnostics ${this.figures.firstDiagnosticsMs.toFixed(1)} ms after activation started`);
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      this.log,
      vscode.commands.registerCommand('crosscheck.activationTiming', () => ({ ...this.figures })),
    );
  }
}
