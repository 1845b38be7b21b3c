// Go to definition and find references, from a draft into the bundled fact base and its sources.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { bundled, fixture, openDraft, positionOf, untilAnswered } from './helpers';

function lineOfEntry(id: string): number {
  const lines = fs.readFileSync(bundled('facts.yaml').fsPath, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.trim() === `- id: ${id}`);
  assert.ok(index >= 0, `facts.yaml has an entry ${id}`);
  return index;
}

async function definitions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await untilAnswered(
    'a definition',
    () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position),
    (value) => value.length > 0,
  );
  return found.map((each) => ('targetUri' in each ? new vscode.Location(each.targetUri, each.targetRange) : each));
}

describe('navigation', () => {
  let draft: vscode.TextDocument;
  before(async () => {
    draft = await openDraft(fixture('drafts', 'report.md'));
  });

  it('goes from a name to its entry in the fact base, on the exact line', async () => {
    const [location] = await definitions(draft, positionOf(draft, 'Mikhail Bogdanov [@s000]', 3));
    assert.equal(location!.uri.fsPath, bundled('facts.yaml').fsPath);
    assert.equal(location!.range.start.line, lineOfEntry('mikhail-bogdanov'));
  });

  it('goes from a surname with a possessive to the same entry', async () => {
    const [location] = await definitions(draft, positionOf(draft, "Marzouk's", 1));
    assert.equal(location!.range.start.line, lineOfEntry('mousa-abu-marzouk'));
  });

  it('goes from a citation to the source document', async () => {
    const [location] = await definitions(draft, positionOf(draft, 's004]', 1));
    assert.equal(location!.uri.fsPath, bundled('sources', '004_aff28270448f48dd.txt').fsPath);
  });

  it('finds the references of an actor in the sources, in every spelling, and in the draft', async () => {
    const position = positionOf(draft, 'Alexander Trufanov, from', 12);
    const locations = await untilAnswered(
      'references',
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', draft.uri, position),
      (value) => value.length > 0,
    );
    const inSources = locations.filter((location) => location.uri.fsPath.startsWith(bundled('sources').fsPath));
    const sourceFiles = new Set(inSources.map((location) => location.uri.fsPath));
    assert.ok(sourceFiles.size >= 4, `found in ${sourceFiles.size} sources`);
    for (const location of inSources) {
      const document = await vscode.workspace.openTextDocument(location.uri);
      assert.match(document.getText(location.range), /Tru[fp]anov/);
    }
    assert.ok(inSources.some((location) => location.uri.fsPath.includes('001_')), 'the variant Trupanov in s001 is a reference');
    const inDraft = locations.filter((location) => location.uri.toString() === draft.uri.toString()).map((location) => draft.getText(location.range));
    assert.deepEqual(inDraft, ['Alexander Trupanov', 'Alexander Trufanov', 'Alexander Trufanov', 'Alexander Trupanov']);
  });
});
