import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check';
import { draftOutline, outlineTree } from '../../../src/core/editor/draft-outline';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

describe('draft outline', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  const draft = '# Notes\n\nOn 5 February 2025 Mousa Abu Marzouk held talks in Moscow with Mikhail Bogdanov.\n\nLater, Bogdanov said the Foreign Ministry was pleased; Bogdonov added nothing.\n';

  it('gives each actor every mention and the findings on them, and each event the dates the draft gives it otherwise', () => {
    const outline = draftOutline(factBase, draft, checkDraft(factBase, draft));
    const bogdanov = outline.actors.find((actor) => actor.id === 'mikhail-bogdanov');
    assert.ok(bogdanov, outline.actors.map((actor) => actor.id).join(', '));
    assert.deepEqual(bogdanov.mentions.map((mention) => draft.slice(mention.start, mention.end)), ['Mikhail Bogdanov', 'Bogdanov']);
    assert.deepEqual(outline.actors.find((actor) => actor.id === 'mousa-abu-marzouk')?.findings.map((finding) => finding.code), []);
    const talks = outline.events.find((event) => event.id === 'moscow-talks-2025-02-03');
    assert.ok(talks, outline.events.map((event) => event.id).join(', '));
    assert.equal(talks.when, '3 February 2025');
    assert.deepEqual(talks.conflicts.map((conflict) => conflict.text), ['5 February 2025']);
  });

  it('draws the outline as a tree of sections, counts, lines and the draft\'s other dates', () => {
    const findings = checkDraft(factBase, draft);
    const [actors, events] = outlineTree(draftOutline(factBase, draft, findings), draft);
    assert.deepEqual([actors!.label, events!.label], ['Actors', 'Events']);
    const bogdanov = actors!.children.find((node) => node.label === 'Mikhail Bogdanov')!;
    assert.equal(bogdanov.description, '2 mentions');
    assert.deepEqual(bogdanov.children.map((node) => [node.kind, node.label]), [['mention', 'line 3'], ['mention', 'line 5']]);
    assert.match(bogdanov.children[1]!.description!, /^Later, Bogdanov said/);
    const talks = events!.children.find((node) => node.id === 'event:moscow-talks-2025-02-03')!;
    assert.equal(talks.description, '3 February 2025 · 1 other date in the draft');
    assert.deepEqual(talks.children.map((node) => [node.label, node.description]), [['the draft says 5 February 2025', 'line 3: “5 February 2025”']]);
    assert.equal(draft.slice(talks.children[0]!.range!.start, talks.children[0]!.range!.end), '5 February 2025');
  });

  it('counts the findings on an actor\'s mention', () => {
    const text = 'Deputy Foreign Minister Mikhail Bogdanov met them. Foreign Minister Mikhail Bogdanov spoke.\n';
    const [actors] = outlineTree(draftOutline(factBase, text, checkDraft(factBase, text)), text);
    const bogdanov = actors!.children.find((node) => node.label === 'Mikhail Bogdanov')!;
    assert.equal(bogdanov.description, '2 mentions · 1 finding');
    assert.deepEqual(bogdanov.children.map((node) => node.kind), ['finding', 'mention', 'mention']);
    assert.match(bogdanov.children[0]!.description!, /^role-conflict · line 1$/);
  });
});
