// Diagnostics on a draft with findings of every kind, checked against the bundled fact base.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundled, codeOf, fixture, openDraft, openUntitledDraft, waitForDiagnostics, withSettings } from './helpers';

const expected = [
  { code: 'date-conflict', line: 3, column: 4, text: '5 February 2025', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'name-variant', line: 4, column: 57, text: 'Alexander Trupanov', severity: vscode.DiagnosticSeverity.Hint },
  { code: 'role-conflict', line: 6, column: 1, text: 'Foreign Minister Mikhail Bogdanov', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'name-mismatch', line: 6, column: 64, text: 'Sergei Bogdanov', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'age-conflict', line: 8, column: 18, text: '29', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'name-misspelled', line: 9, column: 3, text: 'Bagdanov', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'place-conflict', line: 11, column: 26, text: 'Ashkelon', severity: vscode.DiagnosticSeverity.Warning },
  { code: 'name-variant', line: 16, column: 3, text: 'Alexander Trupanov', severity: vscode.DiagnosticSeverity.Hint },
];

describe('diagnostics', () => {
  let draft: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];
  before(async () => {
    draft = await openDraft(fixture('drafts', 'report.md'));
    diagnostics = await waitForDiagnostics(draft.uri, (found) => found.length === expected.length, `${expected.length} diagnostics`);
  });

  it('reports each finding with its code, place, extent and severity', () => {
    const sorted = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(
      sorted.map((diagnostic) => ({
        code: codeOf(diagnostic),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        text: draft.getText(diagnostic.range),
        severity: diagnostic.severity,
      })),
      expected,
    );
  });

  it('says what the sources say, links the code to its documentation and names the source', () => {
    const date = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'date-conflict')!;
    assert.equal(date.source, 'crosscheck');
    assert.match(date.message, /3 February 2025/);
    const code = date.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.fragment, 'date-conflict');
    assert.match(code.target.path, /docs\/findings\.md$/);
  });

  it('relates each finding to the source passages that support what the sources say', async () => {
    const date = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'date-conflict')!;
    assert.ok(date.relatedInformation && date.relatedInformation.length > 0);
    const related = date.relatedInformation[0]!;
    assert.equal(related.location.uri.fsPath, bundled('sources', '000_769fe274560d9626.txt').fsPath);
    const source = await vscode.workspace.openTextDocument(related.location.uri);
    assert.match(source.getText(related.location.range), /February 3, 2025/);
  });

  it('re-checks as the user types', async () => {
    const document = await openUntitledDraft('Alexander Trufanov was held.\n');
    await waitForDiagnostics(document.uri, (found) => found.length === 0, 'no diagnostics');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 10, 0, 18), 'Trupanov'));
    const found = await waitForDiagnostics(document.uri, (each) => each.length === 1, 'the variant typed');
    assert.equal(codeOf(found[0]!), 'name-variant');
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 10, 0, 18), 'Trufanov'));
    await waitForDiagnostics(document.uri, (each) => each.length === 0, 'the variant fixed by typing');
  });

  it('takes the severity of a code from the settings', async () => {
    await withSettings({ 'severity.name-variant': 'error' }, async () => {
      const variants = (found: vscode.Diagnostic[]) => found.filter((each) => codeOf(each) === 'name-variant');
      await waitForDiagnostics(draft.uri, (found) => variants(found).length === 2 && variants(found).every((each) => each.severity === vscode.DiagnosticSeverity.Error), 'variants as errors');
    });
    await withSettings({ 'severity.name-variant': 'off' }, async () => {
      await waitForDiagnostics(draft.uri, (found) => found.length === expected.length - 2 && !found.some((each) => codeOf(each) === 'name-variant'), 'variants off');
    });
    await waitForDiagnostics(draft.uri, (found) => found.length === expected.length, 'variants back');
  });

  it('reports at most crosscheck.maxFindings findings in a file', async () => {
    await withSettings({ maxFindings: 3 }, async () => {
      await waitForDiagnostics(draft.uri, (found) => found.length === 3, 'three findings');
    });
    await waitForDiagnostics(draft.uri, (found) => found.length === expected.length, 'every finding back');
  });

  it('leaves a draft larger than crosscheck.maxDraftSizeKB alone while typing, and checks it on command', async () => {
    await withSettings({ maxDraftSizeKB: 1 }, async () => {
      const filler = 'The delegation met in Moscow.\n'.repeat(60);
      const document = await openUntitledDraft(`${filler}Alexander Trufanov was held.\n`);
      await waitForDiagnostics(document.uri, (found) => found.length === 0, 'the first check on opening');
      const editor = await vscode.window.showTextDocument(document);
      const line = document.lineCount - 2;
      await editor.edit((edit) => edit.replace(new vscode.Range(line, 10, line, 18), 'Trupanov'));
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(vscode.languages.getDiagnostics(document.uri).length, 0, 'not checked while typing');
      await vscode.commands.executeCommand('crosscheck.checkWorkspace');
      await waitForDiagnostics(document.uri, (found) => found.length === 1, 'checked on command');
    });
  });
});
