// A fact base written to make Crosscheck read or show what it should not, or to hide its real
// problem: sources outside its folder, ids that would break out of the editor's Markdown, files in
// another encoding or with old Mac line breaks, and one stray line that hides the rest of the file.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { countProblems, createMemoryFileReader, loadFactBase, type FileReader } from '../../../src/core/factbase';
import { ID_PATTERN } from '../../../src/core/factbase/entries';
import { decodeUtf8 } from '../../../src/core/text/utf8';
import { describeProblems, FACTS_FILE, load, SOURCES, VALID_YAML, withLine } from './fixtures';

function problemLines(result: { problems: { line: number; column: number; code: string; message: string }[] }): string[] {
  return result.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`);
}

const SECRET = 'MY_TOKEN=hunter2 x x x';

/** The memory reader over the fixture's sources and a secret outside the fact base's folder, recording what it reads. */
function recordingReader(extra: Iterable<[string, string]> = []): FileReader & { reads: string[] } {
  const files = new Map([...SOURCES, ['/etc/secret', SECRET], ['/kb-other/secret.txt', SECRET], ...extra]);
  const memory = createMemoryFileReader(files);
  const reads: string[] = [];
  return {
    reads,
    resolve: memory.resolve,
    read: (file) => {
      reads.push(file);
      return memory.read(file);
    },
  };
}

describe('a fact base cannot have files outside its folder read', () => {
  for (const file of ['/etc/secret', '../etc/secret', 'sources/../../etc/secret', '../kb-other/secret.txt']) {
    it(`refuses a source at ${file}, reads nothing there and shows none of it`, async () => {
      const yaml = withLine(8, `    file: ${file}`).replace('quote: visited Moscow in 2023', `quote: "${SECRET.split(' ')[0]} x x x"`);
      const reader = recordingReader();
      const result = await loadFactBase([{ file: FACTS_FILE, text: yaml }], reader);
      const outside = result.problems.filter((p) => p.code === 'source-outside');
      assert.deepEqual(outside.map((p) => `${p.line}:${p.column}`), ['8:11']);
      assert.match(outside[0]!.message, /^source b: \S+secret(\.txt)? is outside the folder of this fact base file and the workspace/);
      assert.ok(!reader.reads.some((read) => read.includes('secret')), `read ${reader.reads.join(', ')}`);
      assert.ok(!result.problems.some((p) => p.message.includes('hunter2')), describeProblems(result.problems));
      assert.equal(result.factBase.sources.get('b')!.text, '');
    });
  }

  it('reads a source in one of the reader\'s roots, and in folders below the fact base file', async () => {
    const yaml = withLine(8, '    file: ../kb-other/secret.txt').replace('quote: visited Moscow in 2023', `quote: "${SECRET}"`);
    const reader = { ...recordingReader(), roots: ['/kb-other'] };
    const result = await loadFactBase([{ file: FACTS_FILE, text: yaml }], reader);
    assert.deepEqual(result.problems.filter((p) => p.code.startsWith('source-')), []);
    assert.equal(result.factBase.sources.get('b')!.text, SECRET);
  });

  it('follows a symbolic link before deciding, refusing one that leads out of the folder', async () => {
    const links = new Map([['/kb/sources/b.txt', '/etc/secret']]);
    const reader = { ...recordingReader(), realPath: async (file: string) => links.get(file) ?? file };
    const result = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
    assert.deepEqual(problemLines(result).filter((line) => line.includes('source-outside')), [
      '8:11 source-outside source b: /kb/sources/b.txt is outside the folder of this fact base file and the workspace; a source must lie inside one of them',
    ]);
    assert.ok(!reader.reads.includes('/etc/secret'));
  });

  it('says a source does not exist when its path names nothing on a disk with links', async () => {
    const reader = { ...recordingReader(), realPath: async (file: string) => (file.endsWith('b.txt') ? undefined : file) };
    const result = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
    assert.deepEqual(problemLines(result), ['8:11 source-unreadable source b: cannot read /kb/sources/b.txt: it does not exist']);
  });

  it('reads a source through a link that stays inside, at the file it leads to', async () => {
    const links = new Map([['/kb/sources/b.txt', '/kb/archive/b.txt']]);
    const reader = { ...recordingReader([['/kb/archive/b.txt', SOURCES.get('/kb/sources/b.txt')!]]), realPath: async (file: string) => links.get(file) ?? file };
    const result = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
    assert.equal(describeProblems(result.problems), '');
    assert.ok(reader.reads.includes('/kb/archive/b.txt'));
    assert.equal(result.factBase.sources.get('b')!.resolvedFile, '/kb/sources/b.txt');
  });
});

describe('fact base ids', () => {
  it('are letters, digits and "_", with ".", ":" or "-" between, each refused where it is written', async () => {
    for (const id of ['s000', 'mikhail-bogdanov', 'moscow-talks-2025-02-03', '__proto__', 'constructor', 'a.b:c_d', 'x'.repeat(200)]) {
      assert.ok(ID_PATTERN.test(id), id);
    }
    for (const id of ['x` ![i](https://attacker.example/d.png) `y', 'a b', 'a]', '-a', 'a-', 'a.', 'a<b', 'é', 'x'.repeat(201), 'a\nb']) {
      assert.ok(!ID_PATTERN.test(id), id);
    }
    const result = await load(withLine(7, '  - id: "b` ![i](https://attacker.example/d.png) `"'));
    const refused = result.problems.filter((p) => p.code === 'schema');
    assert.deepEqual(refused.map((p) => `${p.line}:${p.column}`), ['7:9']);
    assert.ok(refused[0]!.message.startsWith('id "b` ![i](https://attacker.example/d.png) …" is not an id: ids are letters, digits and "_"'), refused[0]!.message);
    assert.equal(result.factBase.sources.has('b'), false);
  });

  it('follow the same pattern as the JSON Schema that editors validate fact bases with', () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.schema.json'), 'utf8')) as {
      definitions: { id: { pattern: string }; uses: { propertyNames: { $ref: string } } };
    };
    assert.equal(schema.definitions.id.pattern, ID_PATTERN.source);
    assert.equal(schema.definitions.uses.propertyNames.$ref, '#/definitions/id');
  });
});

describe('fact base files as bytes', () => {
  it('tells why a reader refused a source', async () => {
    const reader: FileReader = { ...createMemoryFileReader(SOURCES), read: async (file) => (file.endsWith('b.txt') ? { refused: 'not a regular file but a pipe' } : SOURCES.get(file)) };
    const result = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
    assert.deepEqual(problemLines(result), ['8:11 source-unreadable source b: cannot read /kb/sources/b.txt: not a regular file but a pipe']);
  });

  it('decodes UTF-8 without the byte order mark, telling where bytes are not UTF-8', () => {
    const encoder = new TextEncoder();
    assert.deepEqual(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('version: 1')])), { text: 'version: 1' });
    const latin1 = new Uint8Array([...encoder.encode('name: Andr'), 0xe9, ...encoder.encode(' Ko\n')]);
    assert.deepEqual(decodeUtf8(latin1), { text: 'name: Andr\ufffd Ko\n', invalidUtf8At: 10 });
    for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]]) {
      assert.equal(decodeUtf8(new Uint8Array([0x61, ...bytes])).invalidUtf8At, 1, JSON.stringify(bytes));
    }
    assert.deepEqual(decodeUtf8(encoder.encode('€ 𝄞 ok')), { text: '€ 𝄞 ok' });
  });

  it('reports a fact base file that is not UTF-8 at the first place it is not', async () => {
    const at = VALID_YAML.indexOf('Mikhail Bogdanov');
    const text = `${VALID_YAML.slice(0, at)}Mikha\ufffdl${VALID_YAML.slice(at + 'Mikhail'.length)}`;
    const result = await loadFactBase([{ file: FACTS_FILE, text, invalidUtf8At: at + 5 }], createMemoryFileReader(SOURCES));
    assert.deepEqual(problemLines(result).slice(0, 1), ['40:16 invalid-utf8 the file is not valid UTF-8 here (its bytes read as U+FFFD): save it as UTF-8']);
  });

  it('warns of a source that is not UTF-8, at its file line, with the place in the source', async () => {
    const text = SOURCES.get('/kb/sources/b.txt')!;
    const reader: FileReader = { ...createMemoryFileReader(SOURCES), read: async (file) => (file.endsWith('b.txt') ? { text, invalidUtf8At: text.indexOf('Abu', text.indexOf('\n')) } : SOURCES.get(file)) };
    const result = await loadFactBase([{ file: FACTS_FILE, text: VALID_YAML }], reader);
    assert.deepEqual(problemLines(result), ['8:11 invalid-utf8 source b: /kb/sources/b.txt is not valid UTF-8 at line 2, column 6, where its bytes read as U+FFFD']);
  });
});

describe('fact base files with other line breaks', () => {
  it('reads a file whose lines end in lone carriage returns as it reads one with line feeds', async () => {
    const result = await load(VALID_YAML.replace(/\n/g, '\r'));
    assert.equal(describeProblems(result.problems), '');
    assert.deepEqual([...result.factBase.actors.keys()], ['marzouk', 'hamas', 'bogdanov', 'moscow']);
    const broken = await load(withLine(50, '    date: 2025-02-30').replace(/\n/g, '\r'));
    assert.deepEqual(problemLines(broken).map((line) => line.split(' ').slice(0, 2).join(' ')), ['50:11 invalid-date']);
  });
});

describe('a flood of problems', () => {
  it('lists the problem that keeps the file from being read first, then a few of each code and how many more', async () => {
    const bundled = readFileSync(path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.yaml'), 'utf8').split('\n');
    const stray = Math.floor(bundled.length / 3);
    bundled.splice(stray, 0, ': : : ]');
    const dataset = path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.yaml');
    const { nodeFileReader } = await import('../../../src/cli/node-files');
    const result = await loadFactBase([{ file: dataset, text: bundled.join('\n') }], nodeFileReader());
    const cause = result.problems[0]!;
    assert.equal(cause.code, 'yaml-syntax');
    assert.equal(cause.line, stray + 1);
    assert.ok(result.problems.length <= 200, `${result.problems.length} problems listed`);
    const codes = new Map<string, number>();
    for (const problem of result.problems) codes.set(problem.code, (codes.get(problem.code) ?? 0) + 1);
    for (const [code, count] of codes) assert.ok(count <= 21, `${count} ${code} problems listed`);
    const summary = result.problems.find((p) => p.code === 'unknown-reference' && p.unlisted !== undefined);
    assert.ok(summary, describeProblems(result.problems));
    assert.match(summary.message, new RegExp(`^${summary.unlisted} more unknown-reference problems in this file, not listed; they may stem from the yaml-syntax problem at line ${cause.line}, column ${cause.column}$`));
    assert.ok(countProblems(result.problems, 'error') > 1000, 'the count still counts every problem');
  });
});
