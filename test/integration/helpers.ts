// Shared steps of the integration suites: fixture paths, opening drafts, waiting for diagnostics,
// and reading what the editor's providers return.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root: the suites run from dist/test/integration/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export function fixture(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(repoRoot, 'test', 'integration', 'fixtures', ...parts));
}

export function bundled(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(repoRoot, 'dataset', ...parts));
}

export async function openDraft(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** An unsaved draft, so quick fixes can change it without touching a file. */
export async function openUntitledDraft(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return document;
}

export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'crosscheck');
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the draft's Crosscheck diagnostics satisfy the condition, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, condition: (diagnostics: vscode.Diagnostic[]) => boolean, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${path.basename(uri.path)}`, () => {
    const diagnostics = crosscheckDiagnostics(uri);
    return condition(diagnostics) && diagnostics;
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The position of the nth occurrence of a text in a document, moved by some characters. */
export function positionOf(document: vscode.TextDocument, text: string, offsetInText = 0, occurrence = 0): vscode.Position {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.ok(offset >= 0, `"${text}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(offset + offsetInText);
}

/** The Markdown text of every hover at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Retries a provider until the extension has activated and loaded its fact base. */
export async function untilAnswered<T>(what: string, ask: () => Thenable<T>, answered: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const value = await ask();
    if (answered(value)) return value;
    if (Date.now() > deadline) assert.fail(`no answer for ${what} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs a step with crosscheck settings set in the user settings, and unsets them after. */
export async function withSettings(values: Record<string, unknown>, step: () => Promise<void>): Promise<void> {
  const settings = vscode.workspace.getConfiguration('crosscheck');
  try {
    for (const [key, value] of Object.entries(values)) await settings.update(key, value, vscode.ConfigurationTarget.Global);
    await step();
  } finally {
    for (const key of Object.keys(values)) await settings.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}
