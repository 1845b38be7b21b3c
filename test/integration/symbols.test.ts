// Symbols: a draft's actors and events in its outline, and the actors in Go to Symbol in Workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundled, fixture, openDraft, untilAnswered, waitForDiagnostics } from './helpers';

describe('symbols', () => {
  it('outlines the actors a draft names and the events it mentions', async () => {
    const draft = await openDraft(fixture('drafts', 'report.md'));
    await waitForDiagnostics(draft.uri, (found) => found.some((diagnostic) => diagnostic.message.includes('February 2025')));
    const symbols = await untilAnswered(
      'the document symbols of report.md',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', draft.uri),
      (found) => (found ?? []).some((symbol) => symbol.name === 'Actors'),
    );
    const actors = symbols.find((symbol) => symbol.name === 'Actors')!;
    const bogdanov = actors.children.find((symbol) => symbol.name === 'Mikhail Bogdanov');
    assert.ok(bogdanov, actors.children.map((symbol) => symbol.name).join(', '));
    assert.equal(bogdanov.kind, vscode.SymbolKind.Object);
    assert.equal(draft.getText(bogdanov.selectionRange), 'Mikhail Bogdanov');
    assert.ok(actors.children.some((symbol) => symbol.name === 'Alexander Trufanov'));
    const events = symbols.find((symbol) => symbol.name === 'Events');
    assert.ok(events?.children.some((symbol) => symbol.kind === vscode.SymbolKind.Event && symbol.detail === '3 February 2025' && draft.getText(symbol.selectionRange) === '5 February 2025'), JSON.stringify(events?.children.map((symbol) => symbol.name)));
  });

  it('finds actors across the workspace by name, at their entries in the fact base', async () => {
    const found = await untilAnswered(
      'workspace symbols for "bogdanov"',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'bogdanov'),
      (symbols) => (symbols ?? []).some((symbol) => symbol.name === 'Mikhail Bogdanov'),
    );
    const bogdanov = found.find((symbol) => symbol.name === 'Mikhail Bogdanov')!;
    assert.equal(bogdanov.location.uri.fsPath, bundled('facts.yaml').fsPath);
    const document = await vscode.workspace.openTextDocument(bogdanov.location.uri);
    assert.match(document.lineAt(bogdanov.location.range.start.line).text, /- id: mikhail-bogdanov$/);
    assert.match(bogdanov.containerName, /^person · /);
  });
});
