// The Actors view: its groups and their children, the filter, and revealing a name of a draft.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ActorTreeNode } from '../../src/core/editor/actors-tree';
import type { CrosscheckApi } from '../../src/vscode/extension';
import { fixture, hoverText, openDraft, positionOf, untilAnswered, waitFor } from './helpers';

const labels = (nodes: ActorTreeNode[]) => nodes.map((node) => node.label);

describe('actors view', () => {
  let api: CrosscheckApi;
  let draft: vscode.TextDocument;

  before(async () => {
    draft = await openDraft(fixture('drafts', 'report.md'));
    api = await vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck')!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('crosscheck.clearActorsFilter');
  });

  it('groups persons, organisations and places, and opens the passage of a title', async () => {
    const roots = await api.actors.getChildren();
    assert.deepEqual(labels(roots), ['Persons', 'Organisations', 'Places']);
    const bogdanov = (await api.actors.getChildren(roots[0])).find((node) => node.label === 'Mikhail Bogdanov');
    assert.ok(bogdanov);
    const sections = await api.actors.getChildren(bogdanov);
    assert.deepEqual(labels(sections), ['Titles', 'Spellings', 'Events']);
    const spellings = await api.actors.getChildren(sections[1]);
    // Both a full name and a short form are preferred, each among its kind.
    assert.match(api.actors.getTreeItem(spellings.find((node) => node.label === 'Mikhail Bogdanov')!).description as string, /^preferred full name · /);
    assert.match(api.actors.getTreeItem(spellings.find((node) => node.label === 'Bogdanov')!).description as string, /^preferred short form · /);
    const title = (await api.actors.getChildren(sections[0]))[0]!;
    const item = api.actors.getTreeItem(title);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(item.command?.command, 'crosscheck.openPassage');
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments!);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /\/dataset\/sources\/\d{3}_[0-9a-f]+\.txt$/);
    assert.ok(title.tooltip?.includes(editor.document.getText(editor.selection).replace(/\s+/g, ' ')), `selected: ${editor.document.getText(editor.selection)}`);
    await vscode.window.showTextDocument(draft);
  });

  it('filters the actors by name and clears the filter', async () => {
    assert.equal(await vscode.commands.executeCommand('crosscheck.filterActors', ' bogDAN '), 'bogDAN');
    const roots = await api.actors.getChildren();
    assert.deepEqual(roots.map((node) => node.description), ['1', '0', '0']);
    assert.deepEqual(labels(await api.actors.getChildren(roots[0])), ['Mikhail Bogdanov']);
    await vscode.commands.executeCommand('crosscheck.clearActorsFilter');
    assert.equal(api.actors.filterText, undefined);
    assert.ok(Number((await api.actors.getChildren())[0]!.description) > 10);
  });

  it('reveals the actor named at the cursor, clearing a filter that hides it', async () => {
    await vscode.commands.executeCommand('crosscheck.filterActors', 'trufan');
    const editor = await vscode.window.showTextDocument(draft);
    const at = positionOf(draft, 'Mikhail Bogdanov', 3);
    editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand('crosscheck.revealActor'), 'mikhail-bogdanov');
    assert.equal(api.actors.filterText, undefined);
    await waitFor('the revealed actor selected', () => api.actors.selection[0]?.actorId === 'mikhail-bogdanov');
  });

  it('reveals only an actor of the fact base', async () => {
    assert.equal(await vscode.commands.executeCommand('crosscheck.revealActor', 'no-such-actor'), undefined);
    assert.equal(await vscode.commands.executeCommand('crosscheck.revealActor', { id: 'mikhail-bogdanov' }), undefined);
  });

  it('links the hover of a name to the actor in the view', async () => {
    await vscode.window.showTextDocument(draft);
    const text = await untilAnswered('a hover on Bogdanov', () => hoverText(draft, positionOf(draft, 'Mikhail Bogdanov', 3)), (value) => value.includes('Reveal'));
    assert.ok(text.includes(`[Reveal in Actors](command:crosscheck.revealActor?${encodeURIComponent(JSON.stringify(['mikhail-bogdanov']))})`), text);
  });
});
