import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nodeFileReader } from '../../../src/cli/node-files';
import { deserializeFactBase, loadFactBase, serializeFactBase, SNAPSHOT_VERSION, type FactBase } from '../../../src/core/factbase';
import { load, SOURCE_A, SOURCE_B, VALID_YAML, withLine } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DATASET = path.join(ROOT, 'dataset');
const FACTS_FILE = path.join(DATASET, 'facts.yaml');

describe('fact base snapshot', () => {
  let bundled: FactBase;

  before(async () => {
    const { factBase, problems } = await loadFactBase([{ file: FACTS_FILE, text: await readFile(FACTS_FILE, 'utf8') }], nodeFileReader());
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    bundled = factBase;
  });

  it('gives back the bundled fact base: every place, passage, derived field and source text', () => {
    const restored = deserializeFactBase(serializeFactBase(bundled));
    assert.ok(restored);
    assert.deepStrictEqual(restored, bundled);
    const [source] = restored.sources.values();
    assert.ok(source && source.text.length > 1000, 'the source texts are in the snapshot');
  });

  it('stores file names through a mapping and maps them back when read', () => {
    const relative = (file: string) => path.relative(DATASET, file).split(path.sep).join('/');
    const text = serializeFactBase(bundled, relative);
    assert.ok(!text.includes(DATASET), 'no absolute path is stored');
    const restored = deserializeFactBase(text, (name) => `file:///extension/dataset/${name}`);
    assert.ok(restored);
    assert.deepEqual(restored.files, ['file:///extension/dataset/facts.yaml']);
    const actor = restored.actors.get('mikhail-bogdanov');
    assert.equal(actor?.at.file, 'file:///extension/dataset/facts.yaml');
    assert.match(actor?.evidence[0]?.passage?.file ?? '', /^file:\/\/\/extension\/dataset\/sources\/.+\.txt$/);
    for (const source of restored.sources.values()) assert.equal(source.resolvedFile, `file:///extension/dataset/${source.file}`);
  });

  it('keeps optional fields absent and spelling uses without prototype, as the loader does', async () => {
    const { factBase } = await load(VALID_YAML);
    const restored = deserializeFactBase(serializeFactBase(factBase));
    assert.deepStrictEqual(restored, factBase);
    const spelling = restored?.actors.get('marzouk')?.spellings[0];
    assert.equal(Object.getPrototypeOf(spelling?.uses), null);
  });

  it('gives undefined for empty, corrupt, truncated or other-version snapshots', () => {
    const good = serializeFactBase(bundled);
    const parsed = JSON.parse(good) as { version: number; factBase: { actors: [string, Record<string, unknown>][] } };
    const withActor = (change: (actor: Record<string, unknown>) => void) => {
      const copy = JSON.parse(good) as typeof parsed;
      change(copy.factBase.actors[0]![1]);
      return JSON.stringify(copy);
    };
    const bad: Record<string, string> = {
      empty: '',
      'not JSON': '{"format": ',
      truncated: good.slice(0, good.length / 2),
      'JSON null': 'null',
      'an array': '[]',
      'another version': JSON.stringify({ ...parsed, version: SNAPSHOT_VERSION + 1 }),
      'no version': JSON.stringify({ ...parsed, version: undefined }),
      'another format': JSON.stringify({ ...parsed, format: 'something-else' }),
      'an actor without id': withActor((actor) => delete actor.id),
      'an unknown actor type': withActor((actor) => (actor.type = 'planet')),
      'a place of six numbers': withActor((actor) => (actor.at = (actor.at as number[]).slice(0, 6))),
      'a file index beyond the table': withActor((actor) => (actor.at = [9999, 1, 1, 0, 1, 2, 1])),
      'a fractional line': withActor((actor) => (actor.at = [0, 1.5, 1, 0, 1, 2, 1])),
      'a spelling count as text': withActor((actor) => ((actor.spellings as { uses: Record<string, unknown> }[])[0]!.uses = { s000: '1' })),
      'a key other than the id': withActor((actor) => (actor.id = 'someone-else')),
    };
    for (const [what, text] of Object.entries(bad)) assert.equal(deserializeFactBase(text), undefined, what);
  });
});

describe('crosscheck snapshot', function () {
  this.timeout(60000);
  let dir: string;

  const crosscheck = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-snapshot-'));
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'a.txt'), SOURCE_A);
    writeFileSync(path.join(dir, 'sources', 'b.txt'), SOURCE_B);
    writeFileSync(path.join(dir, 'facts.yaml'), VALID_YAML);
    writeFileSync(path.join(dir, 'broken.yaml'), withLine(50, '    date: 2025-02-30'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a snapshot whose file names are relative to the fact base folder', () => {
    const out = path.join(dir, 'out', 'facts.snapshot.json');
    const result = crosscheck('snapshot', path.join(dir, 'facts.yaml'), '--out', out);
    assert.equal(result.status, 0, result.stderr);
    const restored = deserializeFactBase(readFileSync(out, 'utf8'), (name) => `mem:///kb/${name}`);
    assert.deepEqual(restored?.files, ['mem:///kb/facts.yaml']);
    assert.equal(restored?.sources.get('a')?.resolvedFile, 'mem:///kb/sources/a.txt');
    assert.equal(restored?.sources.get('a')?.text, SOURCE_A);
  });

  it('refuses a fact base with errors, printing them and writing nothing', () => {
    const out = path.join(dir, 'refused.json');
    const result = crosscheck('snapshot', path.join(dir, 'broken.yaml'), '--out', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /broken\.yaml:50:\d+: error/);
    assert.match(result.stderr, /no snapshot written/);
    assert.equal(existsSync(out), false);
  });

  it('asks for --out', () => {
    const result = crosscheck('snapshot', path.join(dir, 'facts.yaml'));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--out FILE/);
  });
});
