// Fuzzing the checker and the text layer with hostile drafts: nothing escapes, every finding and fix
// lies inside the draft with line and column agreeing with its offsets, every cited passage inside
// its source, each check takes at most a few times what ordinary prose of its length takes, and the
// incremental checker always agrees with a fresh check.
import * as assert from 'node:assert/strict';
import {
  checkDraft,
  createDraftChecker,
  findDates,
  findMentions,
  FINDING_CODES,
  scanMarkdown,
  type CheckOptions,
  type FactBase,
  type Severity,
} from '../../../src/core';
import { buildDraft, prepareDraftMaterial } from '../../../bench/generators/draft';
import { createRandom, type Random } from '../../../bench/generators/random';
import { allNames, loadBundledFactBase, readBundled } from './bundled';
import { fuzz, fuzzTimeout, nearProseTime, preview, shrinkText } from './harness';
import { hostileDraft, mutate, randomHostileKind, type TextMaterial } from './hostile-text';
import { assertFindingsInside, assertOptionsObeyed, FileOracles } from './invariants';

/**
 * Every this many cases, a draft with a line of more than 3 MB: each takes a second or so, so the
 * run holds a few, always the same.
 */
const LONG_LINE_EVERY = 2_500;

/**
 * How many times the time of ordinary prose of the same length a hostile draft may take: some are
 * rightly slower than prose, all names or all dates, one block of 100 KB.
 */
const PROSE_FACTOR = 5;

describe('fuzz: checker and text layer', function () {
  let factBase: FactBase;
  let material: TextMaterial;
  let sourceOracles: FileOracles;

  before(async () => {
    const bundled = readBundled();
    factBase = await loadBundledFactBase();
    const names = allNames(factBase);
    const draftMaterial = prepareDraftMaterial(factBase, [...bundled.drafts, ...bundled.sources.values()]);
    const generated = Array.from({ length: 8 }, (_, i) => buildDraft(createRandom(i), draftMaterial, { targetLength: 3000 }));
    material = { texts: [...bundled.drafts, ...bundled.sources.values(), ...generated], names };
    sourceOracles = new FileOracles(new Map([...factBase.sources.values()].map((source) => [source.resolvedFile, source.text])));
  });

  it('checks hostile drafts without throwing, every finding inside the draft', async () => {
    const timeLimit = nearProseTime((text) => checkDraft(factBase, text), PROSE_FACTOR);
    await fuzz<{ text: string; options: CheckOptions }>('hostile drafts', {
      cases: 10_000,
      generate: (random, index) => ({ text: randomDraft(random, material, index), options: random.chance(0.3) ? randomOptions(random, material) : {} }),
      check: ({ text, options }) => {
        const findings = checkDraft(factBase, text, options);
        assertFindingsInside(text, findings, sourceOracles);
        assertOptionsObeyed(findings, options);
      },
      shrink: function* (input) {
        for (const text of shrinkText(input.text)) yield { ...input, text };
      },
      timeLimitMs: (input) => timeLimit(input.text.length),
      describe: (input) => `${preview(input.text)} with options ${JSON.stringify(input.options)}`,
    });
  }).timeout(fuzzTimeout(45_000));

  it('re-checks incrementally exactly as a fresh check does', async () => {
    const timeLimit = nearProseTime((text) => createDraftChecker(factBase).check(text), PROSE_FACTOR);
    await fuzz<string[]>('incremental edits', {
      cases: 3_000,
      generate: (random) => {
        const first = random.chance(0.7) ? random.pick(material.texts) : randomDraft(random, material);
        const edits = [first];
        for (let i = random.int(1, 4); i > 0; i--) edits.push(mutate(random, edits[edits.length - 1], random.int(1, 3), material));
        return edits;
      },
      check: (versions) => {
        const checker = createDraftChecker(factBase);
        for (const [index, text] of versions.entries()) {
          assert.deepStrictEqual(checker.check(text), checkDraft(factBase, text), `version ${index} differs from a fresh check`);
        }
      },
      shrink: function* (versions) {
        if (versions.length > 2) for (let i = 0; i < versions.length; i++) yield versions.filter((_, j) => j !== i);
        for (const shorter of shrinkText(versions[versions.length - 1])) yield [...versions.slice(0, -1), shorter];
      },
      // Each version is checked twice: incrementally and afresh.
      timeLimitMs: (versions) => versions.reduce((sum, text) => sum + 2 * timeLimit(text.length), 0),
      describe: (versions) => versions.map((text, i) => `version ${i}: ${preview(text)}`).join('\n'),
    });
  }).timeout(fuzzTimeout(30_000));

  it('keeps Markdown scans, dates and name mentions inside the text', async () => {
    const check = (text: string) => assertTextLayer(factBase, text);
    const timeLimit = nearProseTime(check, PROSE_FACTOR);
    await fuzz('text layer', {
      cases: 8_000,
      generate: (random, index) => randomDraft(random, material, index),
      check,
      shrink: shrinkText,
      timeLimitMs: (text) => timeLimit(text.length),
    });
  }).timeout(fuzzTimeout(8_000));
});

/** Options as a settings file might give them, odd values included. */
function randomOptions(random: Random, material: TextMaterial): CheckOptions {
  const someCodes = () => FINDING_CODES.filter(() => random.chance(0.3));
  const severities: (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];
  return {
    severity: Object.fromEntries(someCodes().map((code) => [code, random.pick(severities)])),
    disable: someCodes(),
    accept: material.names.filter(() => random.chance(0.1)),
    maxFindings: random.pick([undefined, 0, 1, 3, 100, -1]),
    citations: random.chance(0.5) ? JSON.parse('{"__proto__": "s000", "constructor": "s999", "marzouk2025": "s000", "": "s004"}') : undefined,
  };
}

/** A hostile draft; for some case indices, one with a line over 3 MB. */
function randomDraft(random: Random, material: TextMaterial, index?: number): string {
  if (index !== undefined && index % LONG_LINE_EVERY === LONG_LINE_EVERY - 1) return hostileDraft(random, material, 'line-over-3mb', 0);
  const size = random.chance(0.95) ? random.int(0, 2000) : random.int(10_000, 100_000);
  return hostileDraft(random, material, randomHostileKind(random), size);
}

function assertTextLayer(factBase: FactBase, text: string): void {
  const scan = scanMarkdown(text);
  assert.equal(scan.prose.length, text.length, 'prose is not as long as the text');
  for (let i = 0; i < text.length; i++) {
    const kept = scan.prose[i] === text[i];
    const masked = scan.prose[i] === ' ' && text[i] !== '\n' && text[i] !== '\r';
    if (!kept && !masked) assert.fail(`prose at offset ${i} is ${JSON.stringify(scan.prose[i])}, text has ${JSON.stringify(text[i])}`);
  }
  let previousEnd = 0;
  for (const [index, block] of scan.blocks.entries()) {
    assertSpan(text, block, `block ${index} (${block.kind})`);
    assert.ok(block.start >= previousEnd, `block ${index} starts at ${block.start}, before the end ${previousEnd} of the block before it`);
    assert.ok(block.heading >= -1 && block.heading <= index, `block ${index}: heading index ${block.heading}`);
    for (const [cellIndex, cell] of (block.cells ?? []).entries()) assertSpan(text, cell, `block ${index} cell ${cellIndex}`);
    previousEnd = block.end;
  }
  for (const [index, comment] of scan.comments.entries()) assertSpan(text, comment, `comment ${index}`);
  for (const [index, citation] of scan.citations.entries()) assertSpan(text, citation, `citation ${index}`);
  for (const [index, date] of findDates(text).entries()) {
    assertSpan(text, date, `date ${index}`);
    assert.equal(text.slice(date.start, date.end), date.text, `date ${index}: text differs from its span`);
  }
  for (const [index, mention] of findMentions(factBase, text).entries()) {
    assertSpan(text, mention, `mention ${index} (${mention.actorId})`);
    assert.ok(mention.end > mention.start, `mention ${index} is empty`);
    assert.ok(factBase.actors.has(mention.actorId), `mention ${index}: unknown actor ${mention.actorId}`);
  }
}

function assertSpan(text: string, span: { start: number; end: number }, label: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    assert.fail(`${label}: span ${start}-${end} outside the text (length ${text.length})`);
  }
}
