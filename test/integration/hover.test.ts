// Hovers on a draft checked against the bundled fact base.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/vscode/extension';
import { fixture, hoverText, openDraft, positionOf, untilAnswered, waitFor } from './helpers';

describe('hover', () => {
  let draft: vscode.TextDocument;
  before(async () => {
    draft = await openDraft(fixture('drafts', 'report.md'));
  });

  const hoverAt = (text: string, offsetInText = 1, occurrence = 0) =>
    untilAnswered(`a hover on "${text}"`, () => hoverText(draft, positionOf(draft, text, offsetInText, occurrence)), (value) => value !== '');

  it('on a full name: canonical name, type, titles with dates, spellings, latest event and linked quotes', async () => {
    const text = await hoverAt('Mikhail Bogdanov [@s000]');
    assert.match(text, /\*\*Mikhail Bogdanov\*\* · person/);
    assert.match(text, /Deputy Foreign Minister, Russian Foreign Ministry \(as of 19 January 2024; as of 3 February 2025\)/);
    assert.match(text, /\*\*Mikhail Bogdanov\*\* \(preferred full name\)/);
    assert.match(text, /\*Latest event:\* 3 February 2025: /);
    const link = /\[s000, line (\d+)\]\((command:crosscheck\.openPassage\?[^)]+)\)/.exec(text);
    assert.ok(link, 'a quote links to its passage in s000');
    const args = JSON.parse(decodeURIComponent(link[2]!.slice('command:crosscheck.openPassage?'.length))) as [string, number];
    assert.match(args[0], /dataset\/sources\/000_769fe274560d9626\.txt$/);
    assert.equal(args[1], Number(link[1]));
  });

  it('the quote link opens the source document at the passage', async () => {
    const text = await hoverAt('Mikhail Bogdanov [@s000]');
    const link = /\]\(command:crosscheck\.openPassage\?([^)]+)\)/.exec(text)!;
    const args = JSON.parse(decodeURIComponent(link[1]!)) as [string, number, number, number, number];
    await vscode.commands.executeCommand('crosscheck.openPassage', ...args);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), args[0]);
    assert.equal(editor.selection.start.line, args[1] - 1);
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.length > 0 && selected.includes('Bogdanov'), `selected: ${selected}`);
    await vscode.window.showTextDocument(draft);
  });

  it('on a variant: the actor under its canonical name, with the variant and its source', async () => {
    const text = await hoverAt('Alexander Trupanov', 12);
    assert.match(text, /\*\*Alexander Trufanov\*\* · person/);
    assert.match(text, /Alexander Trupanov — s001/);
    assert.match(text, /home town: Nir Oz/);
  });

  it('on a possessive surname', async () => {
    const text = await hoverAt("Marzouk's", 2);
    assert.match(text, /\*\*Mousa Abu Marzouk\*\* · person/);
    // The spelling under the pointer is "Marzouk", the possessive's stem.
    assert.match(text, /· “Marzouk”: preferred one-word short form ·/);
  });

  it('on an actor of many facts: one leading line and the description, then a line for each section, cut to a few items, leading to the Actors view', async () => {
    const text = await hoverAt('Mousa Abu Marzouk', 3);
    const reveal = `command:crosscheck.revealActor?${encodeURIComponent(JSON.stringify(['mousa-abu-marzouk']))}`;
    const [heading, sections, ...rest] = text.split('\n\n');
    const [lead, description] = heading!.split('  \n');
    assert.equal(lead, `**Mousa Abu Marzouk** · person · Deputy Chairman of the Hamas Politburo · preferred full name · [Reveal in Actors](${reveal})`);
    assert.equal(description, 'Deputy head of the Hamas Politburo\\, who led the Hamas delegations to Moscow');
    assert.deepEqual(rest, []);
    const lines = sections!.split('  \n');
    assert.deepEqual(lines.map((line) => /^\*([^*]+):\*/.exec(line)?.[1]), ['Titles', 'Spellings', 'Latest event', 'The sources say']);
    const inView = `in [the Actors view](${reveal})`;
    const items = (line: string) => line.split(' · ');
    assert.deepEqual(lines.map((line) => items(line).length), [2, 4, 2, 2]);
    assert.deepEqual(
      lines.map((line) => items(line).at(-1)!.replace(/^\d+/, 'N')),
      [`N more titles ${inView}`, `N more spellings ${inView}`, `N more events ${inView}`, 'N more quotes'],
    );
    // Each preferred spelling says what it is preferred among: the full names, or the short forms of its length.
    assert.deepEqual(text.match(/\(preferred[^)]*\)/g), ['(preferred full name)', '(preferred two-word short form)', '(preferred one-word short form)']);
  });

  it('on an actor quoted by overlapping passages of a source: the longer quote, counted once', async () => {
    const text = await hoverAt('Andrei Kozlov', 2);
    const quotes = /^\*The sources say:\* “(.+?)” — \[(s\d+), line \d+\]\([^)]*\) · (\d+) more quotes? *$/m.exec(text);
    assert.ok(quotes, text);
    assert.equal(quotes[1]!.replace(/\\(.)/g, '$1'), 'three Russian citizens: Andrei Kozlov, 27, from Rishon Lezion');
    assert.equal(quotes[2], 's004');
    // The other quote is s002's: s004's shorter one, inside the longer, is not counted.
    assert.equal(quotes[3], '1');
  });

  it('the Reveal in Actors link of the hover selects the actor in the Actors view', async () => {
    const api = await vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck')!.activate();
    const text = await hoverAt('Mousa Abu Marzouk', 3);
    const link = /^\*\*Mousa Abu Marzouk\*\*.*\[Reveal in Actors\]\(command:(crosscheck\.revealActor)\?([^)]+)\) *$/m.exec(text);
    assert.ok(link, text.split('\n')[0]);
    const args = JSON.parse(decodeURIComponent(link[2]!)) as unknown[];
    assert.equal(await vscode.commands.executeCommand(link[1]!, ...args), 'mousa-abu-marzouk');
    await waitFor('Mousa Abu Marzouk selected in the Actors view', () => api.actors.selection[0]?.actorId === 'mousa-abu-marzouk');
    await vscode.window.showTextDocument(draft);
  });

  it('on a date no source gives: nothing', async () => {
    await hoverAt('Mikhail Bogdanov [@s000]');
    assert.equal(await hoverText(draft, positionOf(draft, '5 February 2025', 1)), '');
  });

  it('on a date: the events the sources give that date', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The talks of 3 February 2025 in Moscow.\n' });
    const text = await untilAnswered('a hover on a date', () => hoverText(document, new vscode.Position(0, 16)), (value) => value !== '');
    assert.match(text, /^\*\*3 February 2025\*\* in the sources/);
    assert.match(text, /talks with Bogdanov/);
  });

  it('on a citation: the source\'s title, outlet and date', async () => {
    const text = await hoverAt('s004]');
    assert.match(text, /`s004`/);
    assert.match(text, /Outlet: The News of Israel/);
    assert.match(text, /Date: January 2024/);
  });
});
