import * as assert from 'node:assert/strict';
import { createMemoryFileReader, loadFactBase, MAX_FILE_CHARACTERS, type FileReader, type LoadResult } from '../../../src/core/factbase';
import { describeProblems, FACTS_FILE, load, SOURCES, VALID_YAML } from './fixtures';

/** Every problem lies inside the file it names, with a start before its end. */
function assertProblemsInside(result: LoadResult, text: string): void {
  const lines = text.split(/\r\n?|\n/);
  for (const problem of result.problems) {
    const where = `${problem.line}:${problem.column} ${problem.message}`;
    assert.ok(problem.line >= 1 && problem.line <= lines.length, where);
    assert.ok(problem.endLine >= problem.line && problem.endLine <= lines.length, where);
    assert.ok(problem.column >= 1 && problem.column <= lines[problem.line - 1]!.length + 1, where);
    assert.ok(problem.endColumn >= 1 && problem.endColumn <= lines[problem.endLine - 1]!.length + 1, where);
    assert.ok(problem.message.length > 0);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe('loadFactBase on bad input', () => {
  it('an empty file', async () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      const { factBase, problems } = await load(text);
      assert.equal(describeProblems(problems), '1:1 error the fact base file is empty: expected "version: 1" and lists of sources, actors and events [schema]');
      assert.equal(factBase.actors.size, 0);
    }
  });

  it('a file truncated anywhere', async () => {
    for (let cut = 0; cut < VALID_YAML.length; cut += 23) {
      const text = VALID_YAML.slice(0, cut);
      const result = await load(text);
      assertProblemsInside(result, text);
    }
    const half = await load(VALID_YAML.slice(0, VALID_YAML.indexOf('events:')));
    assert.deepEqual([...half.factBase.actors.keys()], ['marzouk', 'hamas', 'bogdanov', 'moscow']);
  });

  it('a 50 MB fact base file is refused quickly', async () => {
    const huge = 'version: 1\nactors:\n' + '  - { id: a, type: person, name: A }\n'.repeat(Math.ceil((50 * 1024 * 1024) / 36));
    const { result, ms } = await timed(() => load(huge));
    assert.equal(describeProblems(result.problems), `1:1 error the file has ${huge.length} characters, more than the ${MAX_FILE_CHARACTERS} a fact base file may have [file-too-large]`);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('a 50 MB source file is refused at its file line', async () => {
    const huge = new Map([['/kb/sources/b.txt', 'Moscow talks. '.repeat(Math.ceil((50 * 1024 * 1024) / 14))]]);
    const { result, ms } = await timed(() => load(VALID_YAML, huge));
    const problem = result.problems.find((p) => p.code === 'file-too-large');
    assert.equal(`${problem?.line}:${problem?.column}`, '8:11');
    assert.equal(result.factBase.sources.get('b')!.text, '');
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  it('a fact base file just under the limit loads in reasonable time', async () => {
    const entry = (i: number) => `  - { id: a${i}, type: person, name: Person ${i}, spellings: [{ text: Person Number ${i} }] }\n`;
    const lines = ['version: 1', 'actors:'];
    let length = 0;
    for (let i = 0; length < 4 * 1024 * 1024; i++) {
      lines.push(entry(i).trimEnd());
      length += entry(i).length;
    }
    const { result, ms } = await timed(() => load(lines.join('\n')));
    assert.equal(describeProblems(result.problems), '');
    assert.equal(result.factBase.actors.size, lines.length - 2);
    assert.ok(ms < 15000, `took ${ms} ms`);
  });

  it('binary junk', async () => {
    let seed = 7;
    const junk = Array.from({ length: 20000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(seed % 0xffff);
    }).join('');
    for (const text of [junk, '\0\0\0\u0001\u0002', '\uFEFF\uD800version: 1', VALID_YAML.replace(/a/g, '\0')]) {
      const result = await load(text);
      assert.ok(result.problems.some((p) => p.severity === 'error'));
      assertProblemsInside(result, text);
    }
  });

  it('a billion-laughs alias bomb is stopped', async () => {
    const bomb = [
      'version: 1',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      'actors: *i',
    ].join('\n');
    const { result, ms } = await timed(() => load(bomb));
    assert.ok(ms < 2000, `took ${ms} ms`);
    const alias = result.problems.find((p) => p.code === 'yaml-alias');
    assert.equal(`${alias?.line}:${alias?.column}`, '3:8');
    assert.match(alias!.message, /expand to too much data/);
    assert.equal(result.factBase.actors.size, 0);

    const nested = ['version: 1', 'x: &x { evidence: [] }', 'actors:', ...Array.from({ length: 50 }, () => '  - *x')].join('\n');
    assertProblemsInside(await load(nested), nested);
  });

  it('follows ordinary aliases', async () => {
    const yaml = VALID_YAML.replace('    evidence:\n      - { source: a, quote: "headed by', '    evidence:\n      - &headed { source: a, quote: "headed by').replace(
      '    name: Moscow',
      '    name: Moscow\n    evidence: [*headed, *nowhere]',
    );
    const { factBase, problems } = await load(yaml);
    assert.equal(describeProblems(problems), '46:25 error alias *nowhere names no anchor [yaml-alias]');
    assert.equal(factBase.actors.get('moscow')!.evidence[0]!.quote, 'headed by Musa Abu   Marzouk');
  });

  it('__proto__ and constructor keys pollute nothing', async () => {
    const yaml = [
      'version: 1',
      '__proto__: { polluted: true }',
      'sources: [{ id: __proto__, file: sources/a.txt, title: T }, { id: constructor, file: sources/b.txt, title: U }]',
      'actors:',
      '  - id: toString',
      '    type: person',
      '    name: Mousa',
      '    spellings: [{ text: Musa Abu Marzouk, uses: { __proto__: 1, constructor: 1, hasOwnProperty: 1 } }]',
    ].join('\n');
    const { factBase, problems } = await load(yaml);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const spelling = factBase.actors.get('toString')!.spellings[0]!;
    assert.deepEqual(Object.keys(spelling.uses).sort(), ['__proto__', 'constructor']);
    assert.equal(spelling.uses['__proto__'], 1);
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column} ${p.code}`),
      ['2:1 schema', '8:81 unknown-reference'],
      describeProblems(problems),
    );
  });

  it('deeply nested input', async () => {
    for (const text of [
      `version: 1\nactors: ${'['.repeat(100000)}`,
      `version: 1\nactors: ${'{a: '.repeat(20000)}1${'}'.repeat(20000)}`,
      'version: 1\nactors:\n' + Array.from({ length: 1500 }, (_, depth) => `${' '.repeat(depth * 2)}- `).join('\n') + 'x',
    ]) {
      const { result, ms } = await timed(() => load(text));
      assert.ok(ms < 5000, `took ${ms} ms`);
      assert.ok(result.problems.some((p) => p.severity === 'error'));
      assertProblemsInside(result, text);
    }
    const brackets = await load(`version: 1\nactors: ${'['.repeat(300)}`);
    assert.equal(describeProblems(brackets.problems), '2:209 error brackets nest more than 200 levels deep here; the file is not read [yaml-syntax]');
  });

  it('wrong types everywhere', async () => {
    const variants = [
      VALID_YAML.replace(/: [^\n]+/g, ': [1, [2]]'),
      VALID_YAML.replace(/: [^\n]+/g, ': 42'),
      VALID_YAML.replace(/: [^\n]+/g, ': { x: y }'),
      VALID_YAML.replace(/: [^\n]+/g, ': ~'),
      VALID_YAML.replace(/^( *)- /gm, '$1- 7\n$1- '),
      '[1, 2, 3]',
      '"just text"',
      'version: [1]\nsources: 5\nactors: { a: 1 }\nevents: true\ndisagreements: null',
    ];
    for (const text of variants) {
      const result = await load(text);
      assert.ok(result.problems.some((p) => p.code === 'schema'), text.slice(0, 200));
      assertProblemsInside(result, text);
    }
  });

  it('source files that cannot be read, or readers that fail', async () => {
    const readers: FileReader[] = [
      createMemoryFileReader(new Map()),
      { resolve: () => '/kb/x.txt', read: async () => Promise.reject(new Error('EACCES')) },
      {
        resolve: () => {
          throw new Error('bad path');
        },
        read: async () => 'text',
      },
      { resolve: (_from, relative) => relative, read: async () => 42 as unknown as string },
    ];
    for (const reader of readers) {
      const { factBase, problems } = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
      assert.deepEqual(
        problems.map((p) => `${p.line}:${p.column} ${p.code}`),
        ['4:11 source-unreadable', '8:11 source-unreadable'],
      );
      assert.equal(factBase.sources.get('a')!.text, '');
      assert.equal(factBase.actors.get('marzouk')!.evidence[0]!.passage, undefined);
    }
    const partly = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], createMemoryFileReader(new Map([...SOURCES].slice(0, 1))));
    assert.deepEqual(partly.problems.map((p) => `${p.line}:${p.column} ${p.code}`), ['8:11 source-unreadable']);
  });
});
