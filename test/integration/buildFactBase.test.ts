// Bringing one's own sources: the command builds a fact base from a folder of documents, adds what is
// new to it without losing the user's edits, and makes the folder's drafts checked against it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, openDraft, waitForDiagnostics } from './helpers';

interface BuiltFactBase {
  file: vscode.Uri;
  summary: string;
  skipped: string[];
}

describe('build a fact base from sources', () => {
  const root = () => vscode.workspace.workspaceFolders![0]!.uri;
  const facts = () => vscode.Uri.joinPath(root(), 'facts.yaml');
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

  it('draws a fact base from the folder\'s documents, writes it and opens it', async () => {
    const built = await vscode.commands.executeCommand<BuiltFactBase>('crosscheck.buildFactBase', vscode.Uri.joinPath(root(), 'sources'), facts());
    assert.ok(built, 'the command built a fact base');
    assert.match(built.summary, /^3 sources: \d+ actors, \d+ events, \d+ to review$/);
    assert.deepEqual(built.skipped, []);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), facts().toString());
    const yaml = await read(facts());
    assert.match(yaml, /file: "?sources\/01-strike-begins\.txt"?$/m);
    assert.match(yaml, /Pieter van Dijk/);
    assert.match(yaml, /Pieter van Dyk/, 'the other spelling is one of the same actor\'s');
  });

  it('adds what is new to the fact base and keeps the user\'s edits', async () => {
    const document = await vscode.workspace.openTextDocument(facts());
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.getText().split('\n').indexOf('version: 1') + 1, 0), '# checked by the desk on Monday\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    const built = await vscode.commands.executeCommand<BuiltFactBase>('crosscheck.buildFactBase', vscode.Uri.joinPath(root(), 'sources'), facts(), 'update');
    assert.ok(built);
    assert.match(await read(facts()), /# checked by the desk on Monday/);
  });

  it('checks the folder\'s drafts against the new fact base once it is used for the folder', async () => {
    const config = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.useFactBase', facts());
    assert.ok(config, 'a .crosscheck.yaml was written');
    assert.match(await read(config), /^factBase: \["facts\.yaml"\]$/m);
    const draft = await openDraft(vscode.Uri.joinPath(root(), 'draft.md'));
    const found = await waitForDiagnostics(draft.uri, (diagnostics) => diagnostics.some((each) => codeOf(each) === 'age-conflict'), 'an age conflict with the new fact base');
    const age = found.find((each) => codeOf(each) === 'age-conflict')!;
    assert.equal(draft.getText(age.range), '60');
    assert.match(age.message, /54/);
  });

  it('offers a quick fix in the fact base that sets wrong uses counts to those of the sources', async () => {
    const document = await vscode.workspace.openTextDocument(facts());
    const right = document.getText();
    const line = document.getText().split('\n').findIndex((text) => /^ {8}uses: \{ s000: \d+/.test(text));
    assert.ok(line > 0, 'a spelling used in s000');
    const miscounted = document.lineAt(line).text.replace(/s000: \d+/, 's000: 9');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(line).range, miscounted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    const [warning] = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((each) => codeOf(each) === 'uses-count'), 'a uses-count warning in the fact base');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, warning!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === "Set every spelling's uses to the counts in the sources");
    assert.ok(fix?.edit, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), right);
  });

  it('turns a selection in a source into evidence, a spelling or a new actor of the fact base, with the counts validate checks', async () => {
    const source = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), 'sources', '01-strike-begins.txt'));
    const select = (words: string) => {
      const start = source.getText().indexOf(words);
      return new vscode.Range(source.positionAt(start), source.positionAt(start + words.length));
    };
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', source.uri, select('We have waited long enough'));
    assert.deepEqual(actions.map((action) => action.title).filter((title) => title.includes('We have waited')), [
      'Add “We have waited long enough” as a spelling of…',
      'Add “We have waited long enough” as evidence for…',
      'New actor from “We have waited long enough”…',
    ]);
    const evidence = actions.find((action) => action.title.includes('as evidence for'))!.command!;
    assert.equal(evidence.command, 'crosscheck.addEvidence');
    await vscode.commands.executeCommand(evidence.command, ...evidence.arguments!, 'pieter-van-dijk');
    await vscode.commands.executeCommand('crosscheck.addSpelling', source.uri, 'van Dijk', 'pieter-van-dijk');
    await vscode.commands.executeCommand('crosscheck.newActor', source.uri, 'the gates', 'place');
    const facts = vscode.window.activeTextEditor!.document;
    const text = facts.getText();
    assert.match(text, /- \{ source: s000, quote: "We have waited long enough" \}/);
    // s000's "Van Dijk" opening a sentence stands alone; the other "van Dijk"s stand in a longer form of the same name, which counts them.
    assert.match(text, /- \{ text: "van Dijk", uses: \{ s000: 1 \} \}/);
    assert.match(text, /- id: the-gates\n {4}type: place\n {4}name: "the gates"\n {4}spellings:\n {6}- \{ text: "the gates", uses: \{ s000: 1 \} \}/);
    assert.ok(await facts.save());
    // Reloaded with its new entries, the fact base has no problem of theirs.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const problems = vscode.languages.getDiagnostics(facts.uri).filter((each) => each.source === 'crosscheck' && each.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(problems.map((each) => each.message), []);
  });

  it('shows a quote of the fact base in its source when hovered', async () => {
    const document = await vscode.workspace.openTextDocument(facts());
    const line = document.getText().split('\n').findIndex((text) => text.includes('quote: "Union leader Pieter van Dijk"'));
    assert.ok(line > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, document.lineAt(line).text.indexOf('Union')));
    // As rendered: the Markdown's escapes of punctuation left out.
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    assert.match(text, /\*\*Union leader Pieter van Dijk\*\*, 54, from Schiedam, said the strike would go on/);
    assert.match(text, /\[Open in s000, line \d+\]\(command:crosscheck\.openPassage\?/);
  });

  it('leaves a folder\'s existing settings as they are', async () => {
    const config = await vscode.commands.executeCommand<vscode.Uri | undefined>('crosscheck.useFactBase', facts());
    assert.equal(config, undefined);
    assert.match(await read(vscode.Uri.joinPath(root(), '.crosscheck.yaml')), /^factBase: \["facts\.yaml"\]$/m);
  });

  it('reads no fact base that a link in the folder leads outside it to, and says so where it is named', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-outside-'));
    fs.writeFileSync(path.join(outside, 'facts.yaml'), 'version: 1\nsources: []\nactors: []\n# SECRET-TOKEN-42\n');
    fs.symlinkSync(path.join(outside, 'facts.yaml'), path.join(root().fsPath, 'linked.yaml'));
    // The settings as a user writes them, in their editor.
    const settings = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), '.crosscheck.yaml'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(settings.uri, new vscode.Range(0, 0, settings.lineCount, 0), 'factBase: [linked.yaml]\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await settings.save());
    const linked = vscode.Uri.joinPath(root(), 'linked.yaml');
    // A draft of the folder needs its fact base, read anew from the settings just written.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await openDraft(vscode.Uri.joinPath(root(), 'draft.md'));
    await vscode.commands.executeCommand('crosscheck.reloadFactBase');
    const [problem] = await waitForDiagnostics(linked, (diagnostics) => diagnostics.length > 0, 'a problem at the linked fact base');
    assert.match(problem!.message, /a link to a file outside its workspace folder/);
    assert.ok(!vscode.languages.getDiagnostics().some(([, diagnostics]) => diagnostics.some((each) => each.message.includes('SECRET-TOKEN-42'))), 'the outside file was shown');
  });
});
