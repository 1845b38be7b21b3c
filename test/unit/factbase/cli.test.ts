import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArguments, UsageError } from '../../../src/cli/command';
import { SOURCE_A, SOURCE_B, VALID_YAML, withLine } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function crosscheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crosscheck validate', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-validate-'));
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'a.txt'), SOURCE_A);
    writeFileSync(path.join(dir, 'sources', 'b.txt'), SOURCE_B);
    writeFileSync(path.join(dir, 'facts.yaml'), VALID_YAML);
    writeFileSync(path.join(dir, 'broken.yaml'), withLine(50, '    date: 2025-02-30').replace('uses: { a: 1 }\n    member_of', 'uses: { a: 4 }\n    member_of'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a summary and exits 0 for a clean fact base', () => {
    const { status, stdout } = crosscheck('validate', path.join(dir, 'facts.yaml'));
    assert.equal(stdout, '4 actors (2 persons, 1 organisation, 1 place), 1 event, 2 sources, 3 facts, 4 quotes, all quotes verified\n');
    assert.equal(status, 0);
  });

  it('prints each problem as file:line:col and exits 1 on errors', () => {
    const file = path.join(dir, 'broken.yaml');
    const { status, stdout } = crosscheck('validate', file);
    assert.equal(
      stdout,
      [
        `${file}:24:20: warning: source a uses "Marzouk" once, not 4 [uses-count]`,
        `${file}:50:11: error: date of event talks: "2025-02-30" is not a date: 2025-02 has days 1 to 28 [invalid-date]`,
        '1 error, 1 warning',
        '',
      ].join('\n'),
    );
    assert.equal(status, 1);
  });

  it('with --fix, sets wrong uses to the counts in the sources and leaves the rest of the file as written', () => {
    const file = path.join(dir, 'miscounted.yaml');
    const miscounted = VALID_YAML.replace('uses: { b: 1 }', 'uses: { a: 2, b: 3 }  # counted by hand');
    writeFileSync(file, miscounted);
    const { status, stdout } = crosscheck('validate', '--fix', file);
    assert.equal(stdout.split('\n')[0], `${file}: the uses of 1 spelling set to the counts in the sources`);
    assert.match(stdout, /all quotes verified\n$/);
    assert.equal(status, 0);
    assert.equal(readFileSync(file, 'utf8'), VALID_YAML.replace('uses: { b: 1 }', 'uses: { b: 1 }  # counted by hand'));
    assert.equal(crosscheck('validate', '--fix', file).stdout, crosscheck('validate', file).stdout, 'a fixed file has nothing left to fix');
  });

  it('exits 2 for a file it cannot read and for usage errors', () => {
    const missing = crosscheck('validate', path.join(dir, 'nowhere.yaml'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nowhere\.yaml: ENOENT/);
    const unknownOption = crosscheck('validate', '--fast');
    assert.equal(unknownOption.status, 2);
    assert.match(unknownOption.stderr, /unknown option --fast/);
    assert.equal(crosscheck('frobnicate').status, 2);
    assert.equal(crosscheck().status, 2);
  });

  it('validates the bundled fact base by default', () => {
    const { status, stdout } = crosscheck('validate');
    assert.match(stdout, /\d+ actors \(\d+ persons, \d+ organisations, \d+ places\), \d+ events, 5 sources, \d+ facts, \d+ quotes, all quotes verified/);
    assert.equal(status, 0);
  });

  it('answers --help and --version', () => {
    const help = crosscheck('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: crosscheck <command>/);
    assert.match(help.stdout, /validate\s+check fact base files/);
    assert.match(crosscheck('validate', '--help').stdout, /Usage: crosscheck validate \[FACTS\.yaml \.\.\.\]/);
    assert.match(crosscheck('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('parseArguments', () => {
  const specs = [
    { name: 'format', short: 'f', value: 'FORMAT', description: 'output format' },
    { name: 'quiet', short: 'q', description: 'no summary' },
  ];

  it('separates options from positionals', () => {
    const parsed = parseArguments(['a.md', '--format', 'json', '-q', 'b.md', '--', '--not-an-option'], specs);
    assert.deepEqual(parsed.positionals, ['a.md', 'b.md', '--not-an-option']);
    assert.deepEqual([...parsed.options], [['format', 'json'], ['quiet', true]]);
    assert.deepEqual([...parseArguments(['--format=text'], specs).options], [['format', 'text']]);
  });

  it('reads short names, joined flags, a value that starts with a dash and "-" as a positional', () => {
    assert.deepEqual([...parseArguments(['-f', 'sarif'], specs).options], [['format', 'sarif']]);
    assert.deepEqual([...parseArguments(['-qf', 'json'], specs).options], [['quiet', true], ['format', 'json']]);
    assert.deepEqual([...parseArguments(['--format', '-q'], specs).options], [['format', '-q']]);
    assert.deepEqual(parseArguments(['-'], specs).positionals, ['-']);
  });

  it('rejects unknown options, missing values and values given to flags', () => {
    assert.throws(() => parseArguments(['--colour'], specs), new UsageError('unknown option --colour'));
    assert.throws(() => parseArguments(['--format'], specs), new UsageError('option --format needs a value (FORMAT)'));
    assert.throws(() => parseArguments(['--quiet=yes'], specs), new UsageError('option --quiet takes no value'));
    assert.throws(() => parseArguments(['-x'], specs), new UsageError('unknown option -x'));
    assert.throws(() => parseArguments(['-f'], specs), new UsageError('option --format needs a value (FORMAT)'));
  });
});
