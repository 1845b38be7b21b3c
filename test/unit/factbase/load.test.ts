import * as assert from 'node:assert/strict';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import { describeProblems, FACTS_FILE, load, SOURCES, VALID_YAML } from './fixtures';

describe('loadFactBase on a valid fact base', () => {
  it('loads every entry without problems', async () => {
    const { factBase, problems } = await load(VALID_YAML);
    assert.equal(describeProblems(problems), '');
    assert.deepEqual([...factBase.sources.keys()], ['a', 'b']);
    assert.deepEqual([...factBase.actors.keys()], ['marzouk', 'hamas', 'bogdanov', 'moscow']);
    assert.deepEqual([...factBase.events.keys()], ['talks']);
    assert.deepEqual([...factBase.disagreements.keys()], ['visit-year']);
    assert.deepEqual(factBase.files, [FACTS_FILE]);
  });

  it('reads sources through the reader, relative to the fact base file', async () => {
    const { factBase } = await load(VALID_YAML);
    const source = factBase.sources.get('a')!;
    assert.equal(source.resolvedFile, '/kb/sources/a.txt');
    assert.equal(source.text, SOURCES.get('/kb/sources/a.txt'));
    assert.deepEqual(source.published, { date: { year: 2025, month: 2, day: 3, precision: 'day' } });
  });

  it('ties every entry to its place in the YAML file', async () => {
    const { factBase } = await load(VALID_YAML);
    const marzouk = factBase.actors.get('marzouk')!;
    assert.deepEqual(marzouk.at.start, { line: 11, column: 5, offset: VALID_YAML.indexOf('id: marzouk') });
    assert.equal(marzouk.at.end.line, 33);
    assert.equal(marzouk.spellings[1]!.at.start.line, 18);
    assert.equal(marzouk.spellings[1]!.at.start.column, 15);
    assert.equal(marzouk.titles[0]!.at.start.line, 27);
    assert.equal(factBase.events.get('talks')!.at.start.line, 47);
    assert.equal(factBase.events.get('talks')!.evidence[0]!.at.start.line, 54);
    assert.equal(factBase.sources.get('b')!.at.start.line, 7);
    assert.equal(factBase.disagreements.get('visit-year')!.at.start.line, 57);
  });

  it('resolves each quote to its passage, whitespace runs aside', async () => {
    const { factBase } = await load(VALID_YAML);
    const evidence = factBase.actors.get('marzouk')!.evidence[0]!;
    assert.equal(evidence.quote, 'headed by Musa Abu   Marzouk');
    assert.deepEqual(evidence.passage, {
      file: '/kb/sources/a.txt',
      start: { line: 1, column: 43, offset: 42 },
      end: { line: 1, column: 69, offset: 68 },
    });
    assert.equal(SOURCES.get('/kb/sources/a.txt')!.slice(42, 68), 'headed by Musa Abu Marzouk');
    const title = factBase.actors.get('marzouk')!.titles[0]!;
    assert.equal(title.evidence[0]!.passage!.start.line, 1);
    assert.equal(title.evidence[0]!.passage!.start.column, 20);
  });

  it('reads titles, dates, references and claims', async () => {
    const { factBase } = await load(VALID_YAML);
    const marzouk = factBase.actors.get('marzouk')!;
    assert.deepEqual(marzouk.givenNames, ['Musa', 'Mousa']);
    assert.deepEqual(marzouk.memberOf, ['hamas']);
    assert.equal(marzouk.titles[0]!.organisation, 'hamas');
    assert.deepEqual(marzouk.titles[0]!.asOf, { year: 2023, precision: 'year' });
    const talks = factBase.events.get('talks')!;
    assert.deepEqual(talks.date, { year: 2025, month: 2, day: 3, precision: 'day' });
    assert.equal(talks.place, 'moscow');
    assert.deepEqual(talks.participants, ['marzouk', 'bogdanov', 'hamas']);
    assert.deepEqual(talks.words, ['talks']);
    const claim = factBase.disagreements.get('visit-year')!.claims[0]!;
    assert.equal(claim.value, '2023');
    assert.equal(claim.evidence[0]!.passage!.start.line, 1);
  });

  it('counts uses in the sources and derives preferred spellings and suggestions', async () => {
    const { factBase } = await load(VALID_YAML);
    const marzouk = factBase.actors.get('marzouk')!;
    const [mousa, musa] = marzouk.spellings;
    assert.deepEqual({ ...musa!.uses }, { a: 1, b: 1 });
    assert.deepEqual({ ...mousa!.uses }, { b: 1 });
    assert.equal(marzouk.preferred, 'Musa Abu Marzouk');
    assert.equal(musa!.preferred, true);
    assert.equal(musa!.suggestion, undefined);
    assert.equal(mousa!.preferred, false);
    assert.equal(mousa!.suggestion, 'Musa Abu Marzouk');
    // One short form per length: each is preferred in its own group.
    assert.deepEqual(marzouk.shortForms.map((form) => [form.text, form.preferred]), [['Abu Marzouk', true], ['Marzouk', true]]);
    assert.equal(factBase.actors.get('moscow')!.preferred, 'Moscow');
  });

  it('breaks ties by total uses, then by order', async () => {
    const reader = createMemoryFileReader(new Map([['/t/s.txt', 'Tass reported. TASS said. Tass added. RIA said.']]));
    const yaml = [
      'version: 1',
      'sources: [{ id: s, file: s.txt, title: T }]',
      'actors:',
      '  - id: tass',
      '    type: organisation',
      '    name: TASS',
      '    spellings: [{ text: RIA }, { text: Tass }]',
    ].join('\n');
    const { factBase } = await loadFactBase([{ file: '/t/facts.yaml', text: yaml }], reader);
    const tass = factBase.actors.get('tass')!;
    assert.equal(tass.preferred, 'Tass');
    assert.deepEqual({ ...tass.spellings[1]!.uses }, { s: 3 });
    assert.equal(tass.spellings[0]!.suggestion, undefined, 'used by as many sources: not a variant');
  });
});

describe('loadFactBase on several files', () => {
  it('merges them into one fact base, references crossing files', async () => {
    const actors = ['version: 1', 'actors:', '  - { id: putin, type: person, name: Vladimir Putin, member_of: [kremlin] }'].join('\n');
    const more = ['version: 1', 'actors:', '  - { id: kremlin, type: organisation, name: Kremlin }'].join('\n');
    const { factBase, problems } = await loadFactBase(
      [
        { file: '/kb/facts.yaml', text: VALID_YAML },
        { file: '/kb/more/people.yaml', text: actors },
        { file: '/kb/more/orgs.yaml', text: more },
      ],
      createMemoryFileReader(SOURCES),
    );
    assert.equal(describeProblems(problems), '');
    assert.deepEqual(factBase.files, ['/kb/facts.yaml', '/kb/more/people.yaml', '/kb/more/orgs.yaml']);
    assert.deepEqual(factBase.actors.get('putin')!.memberOf, ['kremlin']);
    assert.equal(factBase.actors.get('kremlin')!.at.file, '/kb/more/orgs.yaml');
  });

  it('reports an id defined in two files at the second, naming the first', async () => {
    const other = ['version: 1', 'events:', '  - id: moscow', '    name: A second Moscow', '    evidence: [{ source: a, quote: arrived in Moscow }]'].join('\n');
    const { factBase, problems } = await loadFactBase(
      [
        { file: '/kb/facts.yaml', text: VALID_YAML },
        { file: '/kb/events.yaml', text: other },
      ],
      createMemoryFileReader(SOURCES),
    );
    assert.equal(describeProblems(problems), '3:9 error duplicate id "moscow": already defined at /kb/facts.yaml:43:9 [duplicate-id]');
    assert.equal(problems[0]!.file, '/kb/events.yaml');
    assert.equal(factBase.events.has('moscow'), false);
    assert.equal(factBase.actors.get('moscow')!.type, 'place');
  });
});
