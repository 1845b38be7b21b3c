// Quick fixes, fix-all and "Ignore here", applied to an unsaved copy of a draft.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, fixture, openUntitledDraft, untilAnswered, waitForDiagnostics } from './helpers';

const reportText = () => fs.readFileSync(fixture('drafts', 'report.md').fsPath, 'utf8');

/** Crosscheck's actions at a finding; the editor's own Markdown actions are offered beside them. */
const CROSSCHECK_ACTION = /^(Replace with|Fix all|Ignore) /;

/**
 * The code actions at a finding, once crosscheck's are among them: asked again when a re-check of the
 * draft cancels the request or has not yet handed its findings to the provider.
 */
function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return untilAnswered(
    `crosscheck's code actions at ${diagnostic.message}`,
    async () => {
      try {
        return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
      } catch (error) {
        if (error instanceof Error && error.name === 'Canceled') return [];
        throw error;
      }
    },
    (actions) => actions.some((action) => CROSSCHECK_ACTION.test(action.title)),
  );
}

async function fresh(): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const document = await openUntitledDraft(reportText());
  const diagnostics = await waitForDiagnostics(document.uri, (found) => found.length === 8, 'eight findings');
  return { document, diagnostics };
}

function byCode(diagnostics: vscode.Diagnostic[], code: string, nth = 0): vscode.Diagnostic {
  const found = diagnostics.filter((diagnostic) => codeOf(diagnostic) === code).sort((a, b) => a.range.start.compareTo(b.range.start))[nth];
  assert.ok(found, `a ${code} finding`);
  return found;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

function titled(actions: vscode.CodeAction[], title: string | RegExp): vscode.CodeAction {
  const found = actions.find((action) => (typeof title === 'string' ? action.title === title : title.test(action.title)));
  assert.ok(found, `an action "${title}" among ${actions.map((action) => action.title).join(' | ')}`);
  return found;
}

describe('quick fixes', () => {
  it('replace a variant with the preferred spelling, as the preferred fix', async () => {
    const { document, diagnostics } = await fresh();
    const variant = byCode(diagnostics, 'name-variant');
    const actions = await actionsFor(document, variant);
    const replace = titled(actions, /^Replace with “Alexander Trufanov”$/);
    assert.equal(replace.isPreferred, true);
    assert.equal(replace.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await apply(replace);
    assert.equal(document.lineAt(3).text, "Marzouk's delegation asked for help with the release of Alexander Trufanov.");
    await waitForDiagnostics(document.uri, (found) => found.length === 7, 'one finding fewer');
  });

  it('replace a date with the one the sources give', async () => {
    const { document, diagnostics } = await fresh();
    const actions = await actionsFor(document, byCode(diagnostics, 'date-conflict'));
    await apply(titled(actions, /^Replace with “3 February 2025”$/));
    assert.match(document.lineAt(2).text, /^On 3 February 2025 the Hamas delegation/);
  });

  it('offer first, as the preferred fix, the date of the same day in another year, then the nearest event\'s', async () => {
    const document = await openUntitledDraft('# Meetings\n\nThe delegation met Bogdanov on 19 January 2025.\n');
    const conflict = byCode(await waitForDiagnostics(document.uri, (found) => found.some((each) => codeOf(each) === 'date-conflict'), 'a date conflict'), 'date-conflict');
    assert.match(conflict.message, /, the same day in another year[;.]/);
    const fixes = (await actionsFor(document, conflict)).filter((action) => action.title.startsWith('Replace with'));
    assert.deepEqual(fixes.map((action) => [action.title, action.isPreferred]), [
      ['Replace with “19 January 2024”', true],
      ['Replace with “3 February 2025”', false],
    ]);
    await apply(fixes[0]!);
    assert.equal(document.lineAt(2).text, 'The delegation met Bogdanov on 19 January 2024.');
  });

  it('replace a misspelt name and a wrong given name', async () => {
    const { document, diagnostics } = await fresh();
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-misspelled')), /^Replace with “Bogdanov”$/));
    assert.equal(document.lineAt(8).text, '- Bogdanov later called the Hamas leadership.');
    const mismatch = byCode(await waitForDiagnostics(document.uri, (found) => found.length === 7), 'name-mismatch');
    await apply(titled(await actionsFor(document, mismatch), /^Replace with “Mikhail Bogdanov”$/));
    assert.match(document.lineAt(5).text, /and Mikhail Bogdanov spoke to the press\.$/);
  });

  it('offer one fix per title the sources give, the first preferred', async () => {
    const { document, diagnostics } = await fresh();
    const role = byCode(diagnostics, 'role-conflict');
    const fixes = (await actionsFor(document, role)).filter((action) => action.title.startsWith('Replace with'));
    assert.ok(fixes.length >= 1);
    assert.deepEqual(fixes.map((action) => action.isPreferred), fixes.map((_, index) => index === 0));
    await apply(fixes[0]!);
    assert.match(document.lineAt(5).text, /^Deputy Foreign Minister Mikhail Bogdanov received/);
    await waitForDiagnostics(document.uri, (found) => !found.some((each) => codeOf(each) === 'role-conflict'), 'no role conflict');
  });

  it('fix all findings of a code in the file', async () => {
    const { document, diagnostics } = await fresh();
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-variant')), 'Fix all name-variant in this file'));
    assert.ok(!document.getText().includes('Trupanov'));
    await waitForDiagnostics(document.uri, (found) => found.length === 6, 'both variants fixed');
  });

  it('fix everything as source.fixAll.crosscheck', async () => {
    const { document } = await fresh();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value,
    );
    await apply(titled(actions, 'Fix all Crosscheck findings in this file'));
    const left = await waitForDiagnostics(document.uri, (found) => found.length <= 1, 'every fixable finding fixed');
    assert.ok(left.every((each) => codeOf(each) === 'age-conflict' || codeOf(each) === 'place-conflict'), left.map(codeOf).join(', '));
  });

  it('ignore a finding in a list item with an indented comment that keeps the list', async () => {
    const { document, diagnostics } = await fresh();
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-misspelled')), 'Ignore name-misspelled here'));
    assert.equal(document.lineAt(8).text, '  <!-- crosscheck-disable-next-line name-misspelled -->');
    assert.equal(document.lineAt(9).text, '- Bagdanov later called the Hamas leadership.');
    await waitForDiagnostics(document.uri, (found) => found.length === 7 && !found.some((each) => codeOf(each) === 'name-misspelled'), 'the finding ignored');
  });

  it('ignore a finding in a paragraph\'s middle line with a comment at the end of the line before', async () => {
    const { document, diagnostics } = await fresh();
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-variant')), 'Ignore name-variant here'));
    assert.match(document.lineAt(2).text, /\[@s000\]\. <!-- crosscheck-disable-next-line name-variant -->$/);
    assert.equal(document.lineCount, 17, 'no line added inside the paragraph');
    await waitForDiagnostics(document.uri, (found) => found.length === 7, 'the finding ignored');
  });

  it('ignore one finding in a sentence run on from the line before, right before it, leaving the next one', async () => {
    const document = await openUntitledDraft('The talks went on,\nwith Trupanov named, and Trupanov again.\n');
    const diagnostics = await waitForDiagnostics(document.uri, (found) => found.length === 2, 'two name-variant findings');
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-variant')), 'Ignore name-variant here'));
    assert.equal(document.lineAt(1).text, 'with <!-- crosscheck-ignore name-variant -->Trupanov named, and Trupanov again.');
    const left = await waitForDiagnostics(document.uri, (found) => found.length === 1, 'the first finding ignored');
    assert.equal(left[0]!.range.start.character, document.lineAt(1).text.lastIndexOf('Trupanov'), 'the second one stays');
  });

  it('ignore a finding in a table row inside the row before, keeping the table', async () => {
    const { document, diagnostics } = await fresh();
    await apply(titled(await actionsFor(document, byCode(diagnostics, 'name-variant', 1)), 'Ignore name-variant here'));
    assert.equal(document.lineAt(14).text, '| Alexander Trufanov | held in Gaza <!-- crosscheck-disable-next-line name-variant --> |');
    assert.equal(document.lineCount, 17);
    await waitForDiagnostics(document.uri, (found) => found.length === 7, 'the finding ignored');
  });
});
