// Fuzzing the editor helpers of the core on realistic and mutated drafts: a quick fix makes its
// finding go away, "ignore here" silences its finding and changes no other code's findings, "fix
// all" edits never overlap and none leaves its finding in place, and what stands at any offset is
// found without throwing and around that offset.
import * as assert from 'node:assert/strict';
import { checkDraft, scanMarkdown, type FactBase, type Finding } from '../../../src/core';
import { fixAllReplacements } from '../../../src/core/editor/fixAll';
import { ignoreInsertions } from '../../../src/core/editor/ignore';
import { symbolAt } from '../../../src/core/editor/lookup';
import { buildDraft, prepareDraftMaterial, type DraftMaterial } from '../../../bench/generators/draft';
import type { Random } from '../../../bench/generators/random';
import { allNames, loadBundledFactBase, readBundled } from './bundled';
import { fuzz, fuzzTimeout, nearProseTime, preview, shrinkText } from './harness';
import { hostileDraft, mutate, randomHostileKind, type TextMaterial } from './hostile-text';
import { PositionOracle } from './invariants';

/** How many times the time of the same helper on ordinary prose of the same length a draft may take. */
const PROSE_FACTOR = 5;

interface Edit {
  offset: number;
  /** Characters removed at offset. */
  removed: number;
  text: string;
}

describe('fuzz: editor helpers', () => {
  let factBase: FactBase;
  let draftMaterial: DraftMaterial;
  let textMaterial: TextMaterial;
  /** The time limit of one check of a draft of that length: near that of prose as long. */
  let checkLimit: (length: number) => number;

  before(async () => {
    const bundled = readBundled();
    factBase = await loadBundledFactBase();
    draftMaterial = prepareDraftMaterial(factBase, [...bundled.drafts, ...bundled.sources.values()]);
    textMaterial = { texts: bundled.drafts, names: allNames(factBase) };
    checkLimit = nearProseTime((text) => checkDraft(factBase, text), PROSE_FACTOR);
  });

  /** A draft with findings: generated from the fact base, or an example draft lightly mutated. */
  const realisticDraft = (random: Random) =>
    random.chance(0.7) || textMaterial.texts.length === 0
      ? buildDraft(random, draftMaterial, { targetLength: random.int(300, 3000) })
      : mutate(random, random.pick(textMaterial.texts), random.int(0, 5), textMaterial);

  it('applies quick fixes that make their finding go away', async () => {
    // Each fix is checked on a draft of its own: the limit is that of one check per fix, and one more.
    const checksMade = new Map<string, number>();
    const check = (text: string) => {
      const findings = checkDraft(factBase, text);
      checksMade.set(text, 1 + findings.reduce((sum, finding) => sum + finding.fixes.length, 0));
      for (const finding of findings) {
        for (const [index, fix] of finding.fixes.entries()) {
          const range = fix.range ?? finding.range;
          const edit = { offset: range.start.offset, removed: range.end.offset - range.start.offset, text: fix.replacement };
          const after = checkDraft(factBase, applyEdits(text, [edit]));
          const stays = after.find((other) => other.code === finding.code && other.range.start.offset === shift(finding.range.start.offset, [edit]) && other.message === finding.message);
          assert.ok(!stays, `fix ${index} "${fix.title}" of ${describeFinding(text, finding)} leaves it in place`);
        }
      }
    };
    await fuzz('quick fixes', { cases: 4_000, generate: realisticDraft, check, shrink: shrinkText, timeLimitMs: (text) => (checksMade.get(text) ?? 1) * checkLimit(text.length) });
  }).timeout(fuzzTimeout(45_000));

  it('ignores one finding here and leaves the findings of other codes as they were', async () => {
    const checksMade = new Map<string, number>();
    const check = (text: string) => {
      const findings = checkDraft(factBase, text);
      checksMade.set(text, 1 + findings.length);
      const words = findings.map(({ range }) => ({ start: range.start.offset, end: range.end.offset }));
      for (const finding of findings) {
        const edits = ignoreInsertions(text, finding.range.start, [finding.code], words).map((insertion) => ({ ...insertion, removed: 0 }));
        assert.ok(edits.length > 0, `no insertion to ignore ${describeFinding(text, finding)}`);
        const edited = applyEdits(text, edits);
        const after = checkDraft(factBase, edited);
        const stays = after.find((other) => other.code === finding.code && other.range.start.offset === shift(finding.range.start.offset, edits));
        assert.ok(!stays, `ignoring ${describeFinding(text, finding)} with ${JSON.stringify(edits)} leaves it in place`);
        const otherCodes = (list: Finding[], source: string) =>
          list.filter((other) => other.code !== finding.code).map((other) => `${other.code} ${other.message} @${source.slice(other.range.start.offset, other.range.end.offset)}`).sort();
        assert.deepStrictEqual(otherCodes(after, edited), otherCodes(findings, text), `ignoring ${describeFinding(text, finding)} changed the findings of other codes`);
      }
    };
    await fuzz('ignore here', { cases: 2_500, generate: realisticDraft, check, shrink: shrinkText, timeLimitMs: (text) => (checksMade.get(text) ?? 1) * checkLimit(text.length) });
  }).timeout(fuzzTimeout(25_000));

  it('finds where to write "ignore here" in a hostile draft, inside the draft, as fast as in prose', async () => {
    const check = (text: string) => {
      const lines = text.split(/\r\n|\r|\n/).length;
      for (let line = 1; line <= lines; line += Math.max(1, Math.floor(lines / 10))) {
        for (const insertion of ignoreInsertions(text, { line, offset: 0 }, ['name-variant'])) {
          assert.ok(Number.isInteger(insertion.offset) && insertion.offset >= 0 && insertion.offset <= text.length, `insertion at ${insertion.offset}, outside the text`);
          assert.match(insertion.text, /<!-- crosscheck-\w+(-\w+)* name-variant -->/);
        }
      }
    };
    const timeLimit = nearProseTime(check, PROSE_FACTOR);
    await fuzz('ignore here in hostile drafts', {
      cases: 3_000,
      generate: (random) => hostileDraft(random, textMaterial, randomHostileKind(random), random.chance(0.9) ? random.int(0, 2000) : random.int(10_000, 100_000)),
      check,
      shrink: shrinkText,
      timeLimitMs: (text) => timeLimit(text.length),
    });
  }).timeout(fuzzTimeout(4_000));

  it('fixes all without overlapping edits, none leaving its finding in place', async () => {
    const check = ({ text, pick }: { text: string; pick: number }) => {
      const findings = checkDraft(factBase, text);
      const oracle = new PositionOracle(text);
      // One code at a time, as the editor offers it.
      const codes = [...new Set(findings.filter((finding) => finding.fixes.length > 0).map((finding) => finding.code))];
      if (codes.length === 0) return;
      const code = codes[Math.floor(pick * codes.length)];
      const replacements = fixAllReplacements(findings, code);
      replacements.forEach((replacement, index) => {
        oracle.assertRange(replacement.range, `replacement ${index}`);
        if (index > 0) assert.ok(replacement.range.start.offset >= replacements[index - 1].range.end.offset, `replacement ${index} overlaps the one before`);
      });
      const edits = replacements.map(({ range, text: replacement }) => ({ offset: range.start.offset, removed: range.end.offset - range.start.offset, text: replacement }));
      const after = checkDraft(factBase, applyEdits(text, edits));
      // A fix may rightly reveal another finding elsewhere (a year corrected makes a year-less date
      // conflict), but never leave one where it was applied.
      for (const edit of edits) {
        const stays = after.find((finding) => finding.code === code && finding.range.start.offset === shift(edit.offset, edits));
        if (stays) assert.fail(`after fixing all ${code}, the fix "${edit.text}" at ${edit.offset} still has ${describeFinding(applyEdits(text, edits), stays)}`);
      }
    };
    const timeLimit = nearProseTime((text) => check({ text, pick: 0 }), PROSE_FACTOR);
    await fuzz('fix all', {
      cases: 5_000,
      generate: (random) => ({ text: realisticDraft(random), pick: random.next() }),
      check,
      shrink: function* (input) {
        for (const text of shrinkText(input.text)) yield { ...input, text };
      },
      describe: (input) => preview(input.text),
      timeLimitMs: (input) => timeLimit(input.text.length),
    });
  }).timeout(fuzzTimeout(15_000));

  it('finds what stands at any offset of a hostile draft, around that offset', async () => {
    // What stands at an offset is read from its whole block: a draft that is one long paragraph of
    // dates is read whole at each offset, where prose has a short paragraph around it.
    const timeLimit = nearProseTime((text) => {
      for (let offset = 0; offset < 20; offset++) symbolAt(factBase, text, Math.floor((offset * text.length) / 20));
    }, 4 * PROSE_FACTOR);
    await fuzz('symbol at offset', {
      cases: 4_500,
      generate: (random) => {
        const text = random.chance(0.5) ? realisticDraft(random) : hostileDraft(random, textMaterial, randomHostileKind(random), random.int(0, 2000));
        return { text, offsets: Array.from({ length: 20 }, () => random.int(0, text.length)) };
      },
      check: ({ text, offsets }) => {
        const { citations } = scanMarkdown(text);
        for (const offset of offsets) {
          const symbol = symbolAt(factBase, text, offset);
          if (!symbol) continue;
          const label = `${symbol.kind} at ${symbol.start}-${symbol.end} for offset ${offset}`;
          assert.ok(symbol.end <= text.length, `${label}: past the end of the text`);
          if (symbol.kind === 'citation') {
            // Pointing anywhere in a citation with one key gives that key.
            const citation = citations.find((candidate) => candidate.start <= offset && offset <= candidate.end);
            assert.ok(citation && citation.start <= symbol.start && symbol.end <= citation.end, `${label}: not within the citation at the offset`);
          } else {
            assert.ok(symbol.start <= offset && offset <= symbol.end, `${label}: not around the offset`);
          }
        }
      },
      shrink: function* (input) {
        for (const offset of input.offsets) yield { ...input, offsets: [offset] };
      },
      timeLimitMs: (input) => timeLimit(input.text.length),
      describe: (input) => `${preview(input.text)} at offsets ${input.offsets.join(', ')}`,
    });
  }).timeout(fuzzTimeout(3_000));
});

/** Applies edits given against the original text (any order, none overlapping). */
function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.removed);
  }
  return result;
}

/** Where an offset of the original text stands after the edits, when no edit covers it. */
function shift(offset: number, edits: Edit[]): number {
  return edits.filter((edit) => edit.offset <= offset).reduce((moved, edit) => moved + edit.text.length - edit.removed, offset);
}

function describeFinding(text: string, finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.code} "${text.slice(start.offset, end.offset)}" at ${start.line}:${start.column} (${finding.message})`;
}
