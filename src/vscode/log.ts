// The "Crosscheck" output channel: what went wrong where Crosscheck kept serving, for the user to
// read in the Output panel.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function crosscheckLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Crosscheck', { log: true });
  return channel;
}

/** Logs an error that ended one piece of work; the extension goes on serving the rest. */
export function logFailure(what: string, error: unknown): void {
  crosscheckLog().error(`${what} failed:`, error instanceof Error ? error : String(error));
}

/** Runs asynchronous work nobody awaits, logging its failure instead of leaving it unhandled. */
export function inBackground(what: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => logFailure(what, error));
}

/**
 * A provider's or a command's work behind an error boundary: a failure is logged and answered with
 * undefined, and the next request is served as ever.
 */
export function guarded<A extends unknown[], R>(what: string, work: (...args: A) => R | Thenable<R>): (...args: A) => Promise<R | undefined> {
  return async (...args) => {
    try {
      return await work(...args);
    } catch (error) {
      logFailure(what, error);
      return undefined;
    }
  };
}

/** Registers a command behind an error boundary: a failure is logged, and told to the user who ran it. */
export function registerGuardedCommand(command: string, what: string, work: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(command, async (...args: never[]) => {
    try {
      return await work(...args);
    } catch (error) {
      logFailure(what, error);
      inBackground('Telling of a failed command', Promise.resolve(vscode.window.showErrorMessage(`Crosscheck: ${what} failed; the Crosscheck output tells why.`)));
      return undefined;
    }
  });
}
