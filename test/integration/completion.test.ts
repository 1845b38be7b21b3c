// Completion of actor names and source ids in a draft.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openUntitledDraft, untilAnswered } from './helpers';

async function labelsAt(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await untilAnswered(
    'completion items',
    () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger),
    (value) => value.items.some((item) => item.detail !== undefined),
  );
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('completion', () => {
  it('offers actor names as the user types a capitalised word', async () => {
    const document = await openUntitledDraft('The delegation met Mikhail Bog\n');
    const labels = await labelsAt(document, new vscode.Position(0, 30));
    assert.ok(labels.includes('Mikhail Bogdanov'), labels.join(', '));
    assert.ok(!labels.includes('Mikhail Bagdanov'));
  });

  it('offers the preferred spelling, not a variant fewer sources use', async () => {
    const document = await openUntitledDraft('Release of Alexander Tru\n');
    const labels = await labelsAt(document, new vscode.Position(0, 24));
    assert.ok(labels.includes('Alexander Trufanov'));
    assert.ok(!labels.includes('Alexander Trupanov'));
  });

  it('offers source ids with their titles after "[@"', async () => {
    const document = await openUntitledDraft('As reported [@\n');
    const list = await untilAnswered(
      'source ids',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 14), '@'),
      (value) => value.items.some((item) => item.detail !== undefined),
    );
    const ours = list.items.filter((item) => item.detail !== undefined);
    assert.deepEqual(ours.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).sort(), ['s000', 's001', 's002', 's003', 's004']);
    assert.ok(ours.every((item) => item.detail && item.detail.length > 10));
  });
});
