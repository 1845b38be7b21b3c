// A multi-root workspace whose folders have fact bases of their own: one named in .crosscheck.yaml,
// one in the folder's crosscheck.factBase setting. Edits to the fixture fact base are undone after.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, crosscheckDiagnostics, fixture, hoverText, openDraft, positionOf, untilAnswered, waitFor, waitForDiagnostics } from './helpers';

const alphaFacts = fixture('multi-root', 'alpha', 'facts', 'harbour.facts.yaml');
const alphaConfig = fixture('multi-root', 'alpha', '.crosscheck.yaml');

function hoverOn(document: vscode.TextDocument, text: string, expected: RegExp): Promise<string> {
  return untilAnswered(`a hover matching ${expected}`, () => hoverText(document, positionOf(document, text, 1)), (value) => expected.test(value));
}

async function rewrite(uri: vscode.Uri, change: (text: string) => string): Promise<void> {
  const text = fs.readFileSync(uri.fsPath, 'utf8');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(change(text)));
}

describe('multi-root workspace', () => {
  const original = fs.readFileSync(alphaFacts.fsPath, 'utf8');
  const originalConfig = fs.readFileSync(alphaConfig.fsPath, 'utf8');
  let alpha: vscode.TextDocument;
  let beta: vscode.TextDocument;

  before(async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2, 'the fixture workspace has two folders');
    alpha = await openDraft(fixture('multi-root', 'alpha', 'draft.md'));
    beta = await openDraft(fixture('multi-root', 'beta', 'draft.md'));
  });

  afterEach(async () => {
    if (fs.readFileSync(alphaFacts.fsPath, 'utf8') !== original) fs.writeFileSync(alphaFacts.fsPath, original);
    if (fs.readFileSync(alphaConfig.fsPath, 'utf8') !== originalConfig) fs.writeFileSync(alphaConfig.fsPath, originalConfig);
  });

  it('checks each folder\'s drafts against its own fact base', async () => {
    assert.match(await hoverOn(alpha, 'Petrof', /Ivan Petrov/), /\*\*Ivan Petrov\*\* · person/);
    const betaHover = await hoverOn(beta, 'Petrov sold', /Pavel Petrov/);
    assert.doesNotMatch(betaHover, /Ivan/);
  });

  it('takes severities from the folder\'s .crosscheck.yaml', async () => {
    const [variant] = await waitForDiagnostics(alpha.uri, (found) => found.length === 1, 'the variant in alpha');
    assert.equal(codeOf(variant!), 'name-variant');
    assert.equal(variant!.severity, vscode.DiagnosticSeverity.Information);
    assert.deepEqual(crosscheckDiagnostics(beta.uri), []);
  });

  it('applies an edited .crosscheck.yaml', async () => {
    await waitForDiagnostics(alpha.uri, (found) => found.length === 1, 'the variant in alpha');
    await rewrite(alphaConfig, (text) => text.replace('name-variant: info', 'name-variant: error'));
    await waitForDiagnostics(alpha.uri, (found) => found.length === 1 && found[0]!.severity === vscode.DiagnosticSeverity.Error, 'the variant as an error');
    await rewrite(alphaConfig, (text) => text.replace('name-variant: error', 'name-variant: bogus'));
    const problems = await waitFor('a problem in .crosscheck.yaml', () => {
      const found = vscode.languages.getDiagnostics(alphaConfig);
      return found.length > 0 && found;
    });
    assert.equal(problems[0]!.range.start.line, 2);
    fs.writeFileSync(alphaConfig.fsPath, originalConfig);
    await waitForDiagnostics(alpha.uri, (found) => found.length === 1 && found[0]!.severity === vscode.DiagnosticSeverity.Information, 'the variant as information again');
  });

  it('reloads a fact base when it changes and checks the drafts again', async () => {
    await waitForDiagnostics(alpha.uri, (found) => found.length === 1, 'the variant in alpha');
    await rewrite(alphaFacts, (text) => text.replace('description: Harbour master of Northport', 'description: Harbour master of Northport since the pier opened'));
    await hoverOn(alpha, 'Petrof', /since the pier opened/);
    await rewrite(alphaFacts, (text) => text.replace('      - text: Ivan Petrof\n        uses: { ferry: 1 }\n', ''));
    const [misspelt] = await waitForDiagnostics(
      alpha.uri,
      (found) => found.length === 1 && codeOf(found[0]!) === 'name-misspelled',
      'a misspelling once the fact base no longer lists the spelling',
    );
    assert.match(misspelt!.message, /Ivan Petrov/);
  });

  it('reports a broken fact base in the YAML file and keeps the last good version', async () => {
    await hoverOn(alpha, 'Petrof', /Ivan Petrov/);
    await rewrite(alphaFacts, (text) => text.replace('    type: person\n    name: Ivan Petrov', '    type: person\n    name: [Ivan Petrov'));
    const problems = await waitFor('problems in harbour.facts.yaml', () => {
      const found = vscode.languages.getDiagnostics(alphaFacts);
      return found.length > 0 && found;
    });
    assert.ok(problems.some((problem) => problem.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(problems.every((problem) => problem.source === 'crosscheck'));
    const lines = fs.readFileSync(alphaFacts.fsPath, 'utf8').split('\n');
    const broken = lines.findIndex((line) => line.includes('name: [Ivan Petrov'));
    assert.ok(problems.some((problem) => Math.abs(problem.range.start.line - broken) <= 2), `a problem near line ${broken + 1}`);
    assert.match(await hoverText(alpha, positionOf(alpha, 'Petrof', 1)), /\*\*Ivan Petrov\*\*/);
    fs.writeFileSync(alphaFacts.fsPath, original);
    await waitFor('the problems cleared', () => vscode.languages.getDiagnostics(alphaFacts).length === 0);
  });
});
