// The incremental checker against a fresh check after edits of every kind, and the text-change
// arithmetic it rests on.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDraft, prepareDraftMaterial } from '../../../bench/generators/draft';
import { createRandom, type Random } from '../../../bench/generators/random';
import { checkDraft, createDraftChecker } from '../../../src/core/check/checker';
import { textChange, updatedLineStarts } from '../../../src/core/text/text-change';
import type { FactBase } from '../../../src/core/factbase/types';
import { LineIndex } from '../../../src/core/text/lines';
import { bundledFactBase } from '../editor/bundled';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

/** Edits a writer makes, and some that change how everything after them reads (fences, comments, headings). */
const EDITS: ((lines: string[], at: number, random: Random) => void)[] = [
  (lines, at) => (lines[at] = lines[at].replace(/\b(\d{4})\b/, (year) => String(Number(year) + 1))),
  (lines, at) => (lines[at] = lines[at].replace(/([a-z])([a-z])\b/, '$2$1')),
  (lines, at) => (lines[at] = `${lines[at]} Nothing was confirmed.`),
  (lines, at) => lines.splice(at, 1),
  (lines, at, random) => lines.splice(at, 0, random.pick(lines)),
  (lines, at) => lines.splice(at, 0, '```'),
  (lines, at) => lines.splice(at, 0, '<!-- crosscheck-disable -->'),
  (lines, at) => lines.splice(at, 0, '# On 19 January 2024', ''),
  (lines, at) => lines.splice(at, 0, 'Title', '====='),
  (lines, at) => (lines[at] = lines[at].replace(/\n?$/, '\r')),
  (lines, at) => (lines[at] = ''),
];

function edited(text: string, random: Random): string {
  const lines = text.split('\n');
  random.pick(EDITS)(lines, random.int(0, Math.max(0, lines.length - 1)), random);
  return lines.join('\n');
}

describe('incremental checking', () => {
  let factBase: FactBase;
  let drafts: string[];

  before(async () => {
    factBase = await bundledFactBase();
    const examples = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.md')).map((name) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
    const material = prepareDraftMaterial(factBase, examples);
    drafts = [...examples, ...[1, 2, 3].map((seed) => buildDraft(createRandom(seed), material, { targetLines: 300 }))];
  });

  it('gives after random edits exactly what a fresh check gives', () => {
    const random = createRandom(7);
    let compared = 0;
    for (const draft of drafts) {
      const checker = createDraftChecker(factBase);
      let text = draft;
      for (let i = 0; i < 25; i++) {
        assert.deepStrictEqual(checker.check(text), checkDraft(factBase, text), `edit ${i} of a draft starting ${JSON.stringify(draft.slice(0, 40))}`);
        compared++;
        text = edited(text, random);
      }
    }
    assert.equal(compared, drafts.length * 25);
  });

  it('moves the findings of untouched blocks with the lines above them', () => {
    const checker = createDraftChecker(factBase);
    const text = 'Intro.\n\nThe Hamas delegation under Abu Marzuk met Bogdanov.\n';
    const before = checker.check(text);
    const after = checker.check(`A new first line.\n\n${text}`);
    assert.equal(before.length, 1);
    assert.deepEqual(
      after.map((finding) => [finding.range.start.line, finding.range.start.column, finding.range.start.offset]),
      before.map((finding) => [finding.range.start.line + 2, finding.range.start.column, finding.range.start.offset + 19]),
    );
  });

  it('does not take a moved block for the next one when it lands on that one\'s old place', () => {
    // Two list items of one length: an edit above that adds one item's length plus its line break
    // moves the first item exactly to where the second stood.
    const first = '- Foreign Minister Mikhail Bogdanov came.';
    const second = '- Mikhail Bogdanov came, as they all said';
    assert.equal(first.length, second.length);
    const before = `Intro.\n\n${first}\n${second}\n`;
    const after = `Intro.${'x'.repeat(first.length + 1)}\n\n${first}\n${second}\n`;
    const checker = createDraftChecker(factBase);
    checker.check(before);
    assert.deepStrictEqual(checker.check(after), checkDraft(factBase, after));
  });

  it('works out line starts from the previous version as LineIndex does from scratch', () => {
    const random = createRandom(11);
    const pieces = ['a', 'bc', '\n', '\r', '\r\n', ' ', 'xyz\n\n'];
    let text = '';
    let starts = [0];
    for (let i = 0; i < 2000; i++) {
      const at = random.int(0, text.length);
      const removed = random.int(0, Math.min(3, text.length - at));
      const inserted = Array.from({ length: random.int(0, 3) }, () => random.pick(pieces)).join('');
      const next = text.slice(0, at) + inserted + text.slice(at + removed);
      starts = updatedLineStarts(starts, next, textChange(text, next));
      const index = new LineIndex(next);
      const expected = Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line + 1));
      assert.deepEqual(starts, expected, JSON.stringify(next));
      text = next;
    }
  });

  it('finds the unchanged prefix and suffix, chunk boundaries included', () => {
    const long = 'x'.repeat(10_000);
    assert.deepEqual(textChange(long, long), { prefix: 10_000, suffix: 0, delta: 0 });
    assert.deepEqual(textChange(long, `${long.slice(0, 4100)}y${long.slice(4100)}`), { prefix: 4100, suffix: 5900, delta: 1 });
    assert.deepEqual(textChange(`${long}a${long}`, `${long}bc${long}`), { prefix: 10_000, suffix: 10_000, delta: 1 });
    assert.deepEqual(textChange('', 'abc'), { prefix: 0, suffix: 0, delta: 3 });
  });
});
