// The "This Draft" view: the active draft's actors and events, their findings and other dates, following the active editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../src/core/editor/draft-outline';
import type { CrosscheckApi } from '../../src/vscode/extension';
import { fixture, openDraft, openUntitledDraft, untilAnswered, waitForDiagnostics } from './helpers';

describe('this draft view', () => {
  let api: CrosscheckApi;

  before(async () => {
    api = await vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck')!.activate();
  });

  it('shows the actors the draft names with their findings, and an event with the date the draft gives it otherwise', async () => {
    const draft = await openDraft(fixture('drafts', 'report.md'));
    await waitForDiagnostics(draft.uri, (found) => found.some((diagnostic) => diagnostic.message.includes('February 2025')));
    const [actors, events] = await untilAnswered('the outline of report.md', () => api.draft.getChildren(), (roots) => api.draft.document?.uri.toString() === draft.uri.toString() && roots.length === 2);
    assert.deepEqual([actors!.label, events!.label], ['Actors', 'Events']);
    const bogdanov = actors!.children.find((node: OutlineNode) => node.label === 'Mikhail Bogdanov');
    assert.ok(bogdanov, actors!.children.map((node) => node.label).join(', '));
    assert.match(bogdanov.description!, /^\d+ mentions · \d+ findings?$/);
    const finding = bogdanov.children.find((node) => node.kind === 'finding' && node.description?.startsWith('role-conflict'));
    assert.ok(finding, bogdanov.children.map((node) => `${node.kind}: ${node.label}`).join('\n'));
    const talks = events!.children.find((node) => node.id === 'event:moscow-talks-2025-02-03');
    assert.ok(talks, events!.children.map((node) => node.id).join(', '));
    const conflict = talks.children[0]!;
    assert.equal(conflict.label, 'the draft says 5 February 2025');
    const item = api.draft.getTreeItem(conflict);
    assert.equal(item.command?.command, 'vscode.open');
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments!);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), draft.uri.toString());
    assert.equal(editor.document.getText(editor.selection), '5 February 2025');
  });

  it('follows the active editor to another draft', async () => {
    const other = await openUntitledDraft('Alexander Trufanov was released.\n');
    const [actors] = await untilAnswered('the outline of the untitled draft', () => api.draft.getChildren(), () => api.draft.document?.uri.toString() === other.uri.toString());
    assert.deepEqual(actors!.children.map((node) => node.label), ['Alexander Trufanov']);
    assert.equal(actors!.children[0]!.description, '1 mention');
  });
});
