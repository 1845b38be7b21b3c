import * as assert from 'node:assert/strict';
import type { Problem } from '../../../src/core/factbase';
import { describeProblems, load, VALID_YAML, withLine } from './fixtures';

/** The problems with the given code, as "line:col-endLine:endCol severity message". */
async function problemsOf(yaml: string, code: string): Promise<string[]> {
  const { problems } = await load(yaml);
  return problems.filter((p) => p.code === code).map(format);
}

function format(p: Problem): string {
  return `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.severity} ${p.message}`;
}

describe('loadFactBase reports each problem at its place', () => {
  it('YAML syntax errors, keeping what comes before', async () => {
    const { factBase, problems } = await load(withLine(14, '    given: [Musa, Mousa'));
    assert.equal(describeProblems(problems), '15:5 error YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]');
    assert.deepEqual([...factBase.actors.keys()], ['marzouk', 'hamas', 'bogdanov', 'moscow'], 'the parser recovers and the rest is kept');

    const quote = await load(withLine(45, '    name: "Moscow'));
    assert.equal(describeProblems(quote.problems), '45:18 error YAML: Missing closing "quote [yaml-syntax]');
  });

  it('unknown keys, at the key', async () => {
    assert.deepEqual(await problemsOf(withLine(12, '    type: person', '    nickname: Musa'), 'schema'), [
      '13:5-13:13 error an actor: unknown key "nickname" (allowed: id, type, name, description, given, spellings, short, member_of, titles, attributes, evidence, review)',
    ]);
  });

  it('missing required keys, at the entry, dropping the entry', async () => {
    const yaml = withLine(13);
    assert.deepEqual(await problemsOf(yaml, 'schema'), ['11:5-11:7 error an actor: missing required key "name"']);
    assert.equal((await load(yaml)).factBase.actors.has('marzouk'), false);
  });

  it('wrong types, at the value', async () => {
    assert.deepEqual(await problemsOf(withLine(14, '    given: { first: Musa }'), 'schema'), ['14:12-14:27 error given must be a list, found a mapping']);
    assert.deepEqual(await problemsOf(withLine(12, '    type: [person]'), 'schema'), ['12:11-12:19 error type must be text, found a list']);
    assert.deepEqual(await problemsOf(withLine(12, '    type: human'), 'schema'), ['12:11-12:16 error type must be one of person, organisation, place, found "human"']);
    assert.deepEqual(await problemsOf(withLine(24, '        uses: { a: many }'), 'schema'), [
      '24:20-24:24 error the number of uses of "Marzouk" in a must be a whole number of 0 or more, found the text "many"',
    ]);
    assert.deepEqual(await problemsOf('version: 1\nsources: a.txt\n', 'schema'), ['2:10-2:15 error sources must be a list, found the text "a.txt"']);
  });

  it('an age that is not a whole number', async () => {
    const yaml = withLine(32, '    attributes:', '      - { kind: age, value: twenty, evidence: [{ source: a, quote: Musa }] }', '    evidence:');
    assert.deepEqual(await problemsOf(yaml, 'schema'), ['33:29-33:35 error the value of age of actor marzouk must be a whole number of 0 or more, found the text "twenty"']);
  });

  it('duplicate ids, at the second', async () => {
    assert.deepEqual(await problemsOf(withLine(43, '  - id: bogdanov'), 'duplicate-id'), [
      '43:9-43:17 error duplicate id "bogdanov": already defined at /kb/facts.yaml:38:9',
    ]);
  });

  it('references to unknown actors, events and sources, dropping them', async () => {
    const yaml = withLine(59, '    about: [marzouk, the-talks]');
    assert.deepEqual(await problemsOf(yaml, 'unknown-reference'), ['59:22-59:31 error about of disagreement visit-year: no actor or event has the id "the-talks"']);
    assert.deepEqual((await load(yaml)).factBase.disagreements.get('visit-year')!.about, ['marzouk']);

    const place = withLine(51, '    place: moskow');
    assert.deepEqual(await problemsOf(place, 'unknown-reference'), ['51:12-51:18 error event talks: no actor has the id "moskow"']);
    assert.equal((await load(place)).factBase.events.get('talks')!.place, undefined);

    const source = withLine(54, '      - source: c');
    assert.deepEqual(await problemsOf(source, 'unknown-reference'), ['54:17-54:18 error evidence of event talks: no source has the id "c"']);
    assert.deepEqual((await load(source)).factBase.events.get('talks')!.evidence, []);

    const uses = withLine(24, '        uses: { a: 1, z: 2 }');
    assert.deepEqual(await problemsOf(uses, 'unknown-reference'), ['24:23-24:24 error uses of "Marzouk": no source has the id "z"']);
  });

  it('impossible dates', async () => {
    assert.deepEqual(await problemsOf(withLine(50, '    date: 2025-02-30'), 'invalid-date'), [
      '50:11-50:21 error date of event talks: "2025-02-30" is not a date: 2025-02 has days 1 to 28',
    ]);
    assert.deepEqual(await problemsOf(withLine(50, '    date: 2025-13'), 'invalid-date'), ['50:11-50:18 error date of event talks: "2025-13" is not a date: month 13 does not exist']);
    assert.deepEqual(await problemsOf(withLine(50, '    date: 3 February'), 'invalid-date'), [
      '50:11-50:21 error date of event talks: "3 February" is not a date: write 2025, 2025-02 or 2025-02-03',
    ]);
    assert.deepEqual(await problemsOf(withLine(50, '    date: 2024-02-29'), 'invalid-date'), [], '2024 is a leap year');
    assert.deepEqual(await problemsOf(withLine(50, '    date: 2025-02-03', '    until: 2024'), 'invalid-date'), ['51:12-51:16 error event talks ends (until) before it starts (date)']);
  });

  it('a quote not in its source, showing the closest passage', async () => {
    assert.deepEqual(await problemsOf(withLine(33, '      - { source: a, quote: "headed by Mousa Abu Marzouk" }'), 'quote-not-found'), [
      '33:29-33:58 error quote not found in source a; closest passage (line 1): "headed by Musa Abu Marzouk"',
    ]);
    const { factBase } = await load(withLine(33, '      - { source: a, quote: "Marzouk met Bogdanov" }'));
    assert.equal(factBase.actors.get('marzouk')!.evidence[0]!.passage, undefined);
  });

  it('a source file that cannot be read, at its file line, without failing its quotes', async () => {
    const { problems } = await load(withLine(8, '    file: sources/missing.txt'));
    assert.deepEqual(problems.map(format), ['8:11-8:30 error source b: cannot read /kb/sources/missing.txt']);
  });

  it('a spelling listed for two actors', async () => {
    assert.deepEqual(await problemsOf(withLine(42, '    short: [{ text: marzouk }]'), 'shared-spelling'), [
      '42:21-42:28 error "marzouk" is also a spelling of actor marzouk: a spelling belongs to one actor only',
    ]);
    assert.deepEqual(await problemsOf(withLine(24, '        uses: { a: 1 }', '      - text: Abu  Marzouk'), 'duplicate-spelling'), [
      '25:15-25:27 warning "Abu  Marzouk" is listed twice for actor marzouk',
    ]);
  });

  it('uses counts that differ from the sources', async () => {
    assert.deepEqual(await problemsOf(withLine(24, '        uses: { a: 2 }'), 'uses-count'), ['24:20-24:21 warning source a uses "Marzouk" once, not 2']);
    assert.deepEqual(await problemsOf(withLine(24, '        uses: {}'), 'uses-count'), ['23:15-23:22 warning source a uses "Marzouk" once, but its uses do not list a']);
    const { factBase } = await load(withLine(24, '        uses: { a: 7 }'));
    assert.deepEqual({ ...factBase.actors.get('marzouk')!.shortForms[1]!.uses }, { a: 1 }, 'the counts in the sources win');
  });

  it('a source repeated in uses counts as first written, in short and in long uses', async () => {
    const short = withLine(24, '        uses: { a: 1, a: 5 }');
    assert.deepEqual(await problemsOf(short, 'uses-count'), []);
    assert.equal((await problemsOf(short, 'yaml-syntax')).length, 1);
    const unknown = Array.from({ length: 20 }, (_, index) => `z${index}: 1`).join(', ');
    const long = withLine(24, `        uses: { a: 1, ${unknown}, a: 5 }`);
    assert.deepEqual(await problemsOf(long, 'uses-count'), []);
    assert.equal((await problemsOf(long, 'unknown-reference')).length, 20);
    assert.deepEqual({ ...(await load(long)).factBase.actors.get('marzouk')!.shortForms[1]!.uses }, { a: 1 });
  });

  it('a uses source that never uses the spelling', async () => {
    assert.deepEqual(await problemsOf(withLine(17, '        uses: { b: 1, a: 1 }'), 'unused-spelling'), ['17:23-17:24 warning source a never uses "Mousa Abu Marzouk"']);
  });

  it('counts possessives and whole words only, case-insensitively', async () => {
    const extra = new Map([['/kb/sources/c.txt', "MARZOUK's aide met Marzoukov and Abu-Marzouk; marzouk left."]]);
    const yaml = VALID_YAML.replace('    title: A visit\n', '    title: A visit\n  - { id: c, file: sources/c.txt, title: C }\n');
    const { factBase } = await load(yaml, extra);
    const short = factBase.actors.get('marzouk')!.shortForms;
    assert.equal(short[1]!.text, 'Marzouk');
    // "MARZOUK's", "marzouk", and "Marzouk" in "Abu-Marzouk" (not the form "Abu Marzouk"); never "Marzoukov".
    assert.equal(short[1]!.uses['c'], 3);
    assert.equal(short[0]!.uses['c'], undefined);
  });

  it('problems come in file order', async () => {
    const yaml = withLine(50, '    date: 2025-02-30').replace('    place: moscow', '    place: moskow').replace('id: hamas\n', 'id: hamas\n    colour: green\n');
    const { problems } = await load(yaml);
    const lines = problems.map((p) => p.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.equal(problems.length, 3, describeProblems(problems));
  });

  it('accepts the valid fixture as it is', async () => {
    assert.equal(describeProblems((await load(VALID_YAML)).problems), '');
  });
});
