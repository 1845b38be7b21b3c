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
  /** Whether the first check found its folder's setup and fact base at hand, without waiting for a read. */
  firstContextAtHand?: boolean;
  /** Whether the first draft's fact base came from the build-time snapshot; undefined until known. */
  factBaseFromSnapshot?: boolean;
  /**
   * From the start of activate() to the open drafts checked ahead of time against the bundled fact base;
   * undefined when the first draft's check came first.
   */
  bundledFactBasePreparedMs?: number;
}

export class ActivationTiming {
  private readonly start = performance.now();
  private readonly figures: ActivationFigures = { activateMs: 0 };
  private readonly log = vscode.window.createOutputChannel('Crosscheck', { log: true });

  activated(): void {
    this.figures.activateMs = performance.now() - this.start;
    this.log.info(`activated in ${this.figures.activateMs.toFixed(1)} ms`);
  }

  /** Records the first diagnostics; true when these were the first. */
  diagnosticsPublished(figures: { factBaseLoadMs: number; checkMs: number; contextAtHand: boolean }): boolean {
    if (this.figures.firstDiagnosticsMs !== undefined) return false;
    this.figures.firstDiagnosticsMs = performance.now() - this.start;
    this.figures.factBaseLoadMs = figures.factBaseLoadMs;
    this.figures.firstCheckMs = figures.checkMs;
    this.figures.firstContextAtHand = figures.contextAtHand;
    this.log.info(
      `first diagnostics ${this.figures.firstDiagnosticsMs.toFixed(1)} ms after activation started ` +
        `(fact base loaded in ${figures.factBaseLoadMs.toFixed(1)} ms, draft checked in ${figures.checkMs.toFixed(1)} ms)`,
    );
    return true;
  }

  bundledFactBasePrepared(): void {
    this.figures.bundledFactBasePreparedMs = performance.now() - this.start;
    this.log.info(`open drafts checked ahead against the bundled fact base ${this.figures.bundledFactBasePreparedMs.toFixed(1)} ms after activation started`);
  }

  firstFactBaseRead(fromSnapshot: boolean): void {
    this.figures.factBaseFromSnapshot = fromSnapshot;
    this.log.info(`first fact base read from ${fromSnapshot ? 'the build-time snapshot' : 'its YAML files'}`);
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      this.log,
      vscode.commands.registerCommand('crosscheck.activationTiming', () => ({ ...this.figures })),
    );
  }
}
