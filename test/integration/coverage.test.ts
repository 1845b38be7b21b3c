// Coverage in the editor: crosscheck.reportUnsupported shows claims no source states as information,
// and the status bar's tooltip tells the active draft's coverage.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/vscode/extension';
import { codeOf, openUntitledDraft, waitFor, waitForDiagnostics, withSettings } from './helpers';

const DRAFT = ['Kremlin spokesman Dmitry Peskov declined to comment [@s000].', 'Andrei Kozlov, 31, was freed.', 'Hamdan said "we will never surrender to anyone at all".', ''].join('\n\n');

describe('coverage', () => {
  let api: CrosscheckApi;
  let draft: vscode.TextDocument;
  before(async () => {
    api = await vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck')!.activate();
    draft = await openUntitledDraft(DRAFT);
    await waitForDiagnostics(draft.uri, (found) => found.some((each) => codeOf(each) === 'age-conflict'), 'the age-conflict');
  });

  it('shows no unsupported claim unless crosscheck.reportUnsupported is on, then as information', async () => {
    assert.ok(!vscode.languages.getDiagnostics(draft.uri).some((each) => codeOf(each) === 'unsupported-claim'));
    await withSettings({ reportUnsupported: true }, async () => {
      const found = await waitForDiagnostics(draft.uri, (all) => all.some((each) => codeOf(each) === 'unsupported-claim'), 'the unsupported quotation');
      const unsupported = found.filter((each) => codeOf(each) === 'unsupported-claim');
      assert.deepEqual(
        unsupported.map((each) => [draft.getText(each.range), each.severity, each.message]),
        [['we will never surrender to anyone at all', vscode.DiagnosticSeverity.Information, 'No source states the quotation.']],
      );
      const code = unsupported[0]!.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.fragment, 'unsupported-claim');
    });
    await waitForDiagnostics(draft.uri, (all) => !all.some((each) => codeOf(each) === 'unsupported-claim'), 'no unsupported claim once the setting is unset');
  });

  it("tells the active draft's coverage in the status bar's tooltip, and updates it as the draft changes", async () => {
    await vscode.window.showTextDocument(draft);
    await waitFor('the coverage in the tooltip', () => api.status.tooltip.includes('Coverage: 3 claims: 1 supported, 1 contradicted, 1 unsupported · 33% of sentences cite a source (claims found: 1 title, 1 age, 1 quotation).'));
    const editor = await vscode.window.showTextDocument(draft);
    await editor.edit((edit) => edit.insert(draft.positionAt(draft.getText().indexOf('Andrei')), 'Andrei Kozlov, 27, was freed [@s004]. '));
    await waitFor('the coverage after the edit', () => api.status.tooltip.includes('Coverage: 4 claims: 2 supported, 1 contradicted, 1 unsupported · 50% of sentences cite a source (claims found: 1 title, 2 ages, 1 quotation).'));
  });
});
