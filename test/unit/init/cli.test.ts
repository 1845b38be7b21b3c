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

  it('refuses to overwrite without --force, and refuses --update', async () => {
    assert.ok(existsSync('facts.yaml'));
    const again = await crosscheck('init', 'sources', '--out', 'facts.yaml');
    assert.equal(again.code, 2);
    assert.match(again.stderr, /exists; --force overwrites it/);
    const update = await crosscheck('init', 'sources', '--out', 'facts.yaml', '--update');
    assert.equal(update.code, 2);
    assert.match(update.stderr, /--update is not supported yet/);
    assert.equal((await crosscheck('init', 'sources', '--out', 'facts.yaml', '--force')).code, 0);
  });

  it('needs documents and an output file', async () => {
    assert.equal((await crosscheck('init', 'sources')).code, 2);
    const empty = await crosscheck('init', 'nothing-here', '--out', 'other.yaml');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /cannot read/);
  });
});
