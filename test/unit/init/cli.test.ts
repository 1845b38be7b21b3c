import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { crosscheck, ROOT } from '../cli/helpers';

describe('crosscheck init', function () {
  this.timeout(60000);
  let dir = '';
  const cwd = process.cwd();

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-init-'));
    cpSync(path.join(ROOT, 'test', 'fixtures', 'init-other'), path.join(dir, 'sources'), { recursive: true });
    writeFileSync(path.join(dir, 'sources', 'notes.csv'), 'not a document');
    symlinkSync('/etc/hostname', path.join(dir, 'sources', 'linked.txt'));
    process.chdir(dir);
  });
  after(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a fact base of the folder’s documents that validate passes, and prints a summary', async () => {
    const run = await crosscheck('init', 'sources', '--out', 'facts.yaml');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^3 sources: \d+ actors, \d+ events, \d+ to review$/);
    const yaml = readFileSync('facts.yaml', 'utf8');
    assert.deepEqual([...yaml.matchAll(/file: "(.*)"/g)].map((match) => match[1]), ['sources/01-strike-begins.txt', 'sources/02-talks-resume.txt', 'sources/03-deal-signed.txt']);
    assert.match(yaml, /- text: "Pieter van Dijk"\n {8}uses: \{ s000: 1, s002: 1 \}\n {6}- text: "Pieter van Dyk"/);
    const validate = await crosscheck('validate', 'facts.yaml');
    assert.equal(validate.code, 0, validate.stdout);
    assert.match(validate.stdout, /3 sources, .*all quotes verified$/);
  });

  it('refuses to overwrite without --force', async () => {
    assert.ok(existsSync('facts.yaml'));
    const again = await crosscheck('init', 'sources', '--out', 'facts.yaml');
    assert.equal(again.code, 2);
    assert.match(again.stderr, /exists; --force overwrites it/);
    assert.equal((await crosscheck('init', 'sources', '--out', 'facts.yaml', '--force')).code, 0);
  });

  it('with --update adds a new document’s facts and keeps the entries, edits and comments there are', async () => {
    rmSync('sources/03-deal-signed.txt');
    assert.equal((await crosscheck('init', 'sources', '--out', 'update.yaml')).code, 0);
    const edited = readFileSync('update.yaml', 'utf8').replace('  - id: pieter-van-dijk\n', '  # checked by the desk\n  - id: pieter-van-dijk\n').replace('name: "Pieter van Dijk"', 'name: "P. van Dijk"');
    writeFileSync('update.yaml', edited);
    cpSync(path.join(ROOT, 'test', 'fixtures', 'init-other', '03-deal-signed.txt'), 'sources/03-deal-signed.txt');
    const update = await crosscheck('init', 'sources', '--out', 'update.yaml', '--update');
    assert.equal(update.code, 0, update.stderr);
    assert.match(update.stdout, /added 1 source, 0 actors, .* 1 event to update\.yaml$/);
    const merged = readFileSync('update.yaml', 'utf8');
    assert.ok(merged.startsWith(edited.slice(0, edited.indexOf('\nactors:'))), 'the sources before stay as they were');
    assert.match(merged, /# checked by the desk\n {2}- id: pieter-van-dijk\n {4}type: person\n {4}name: "P\. van Dijk"/);
    assert.match(merged, /- id: s002\n {4}file: sources\/03-deal-signed\.txt/);
    const validate = await crosscheck('validate', 'update.yaml');
    assert.equal(validate.code, 0, validate.stdout);
    assert.match(validate.stdout, /3 sources, .*all quotes verified$/);
    const again = await crosscheck('init', 'sources', '--out', 'update.yaml', '--update');
    assert.match(again.stdout, /added 0 sources, 0 actors, 0 spellings, 0 titles, 0 attributes, 0 events/);
    assert.equal((await crosscheck('init', 'sources', '--out', 'missing.yaml', '--update')).code, 2);
  });

  it('needs documents and an output file', async () => {
    assert.equal((await crosscheck('init', 'sources')).code, 2);
    const empty = await crosscheck('init', 'nothing-here', '--out', 'other.yaml');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /cannot read/);
  });
});
