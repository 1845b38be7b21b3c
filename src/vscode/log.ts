// The "Crosscheck" output channel: what Crosscheck refused or what went wrong, for the user to read in
// the Output panel.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function crosscheckLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Crosscheck', { log: true });
  return channel;
}
