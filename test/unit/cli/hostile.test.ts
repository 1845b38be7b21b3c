// The command line on hostile input and in CI pipelines: drafts that used to crash it or pass
// silently, pipes and devices named as drafts or fact bases, sources outside the fact base's folder,
// drafts with a byte order mark, file names with characters that mean something else in a URI, and
// output that goes to a closed pipe or a terminal.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
// main first: it loads the commands, which import its exit codes.
import { lineWriter, visibleControls } from '../../../src/cli/main';
import { checkFiles } from '../../../src/cli/check';
import { artifactUri } from '../../../src/cli/sarif';
import { crosscheck, DATASET, inScratchFolder, ROOT } from './helpers';

const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');

describe('crosscheck on hostile input', function () {
  this.timeout(60000);
  inScratchFolder('crosscheck-hostile-', (dir) => cpSync(path.join(DATASET, 'facts.yaml'), path.join(dir, 'facts', 'facts.yaml')));

  it('checks a line of four million dashes and keeps the other drafts’ findings', async () => {
    writeFileSync('dashes.md', `${'-'.repeat(4_000_000)}\n`);
    const { code, stdout } = await crosscheck('check', 'reports/errors.md', 'dashes.md');
    assert.match(stdout, /^reports\/errors\.md:\d+:\d+: warning /m);
    assert.match(stdout, /^2 drafts checked: /m);
    assert.equal(code, 1);
  });

  it('tells a draft the checker fails on as not checked, at its first line, and keeps the others', async () => {
    const output = { out: () => undefined, err: () => undefined };
    const checker = {
      check: (text: string) => {
        if (text.startsWith('---')) throw new RangeError('Maximum call stack size exceeded');
        return [];
      },
      coverage: () => undefined,
    };
    writeFileSync('dashes.md', '---\n');
    const checked = await checkFiles(['reports/clean.md', 'dashes.md', 'reports/errors.md'], checker, { allowTooLarge: false }, output);
    assert.deepEqual(checked.results.map((result) => result.file), ['reports/clean.md', 'reports/errors.md']);
    assert.deepEqual(checked.unchecked, [{ file: 'dashes.md', message: 'not checked: Crosscheck failed on this draft (Maximum call stack size exceeded)', failing: true }]);
  });

  it('refuses --facts that names no file', async () => {
    for (const facts of ['', ',', ' , ']) {
      const { code, stdout, stderr } = await crosscheck('check', '--facts', facts, 'reports/clean.md');
      assert.equal(stderr, 'crosscheck check: --facts names no file: give the fact base files, comma-separated');
      assert.equal(stdout, '');
      assert.equal(code, 2);
    }
  });

  it('fails on a draft larger than maxDraftSize, in every format, unless --allow-too-large', async () => {
    writeFileSync('.crosscheck.yaml', 'maxDraftSize: 500\n');
    const characters = readFileSync('reports/clean.md', 'utf8').length;
    const text = await crosscheck('check', 'reports/clean.md', 'reports/errors.md');
    assert.ok(text.stdout.includes(`\nreports/clean.md:1:1: error not-checked not checked: ${characters} characters, more than maxDraftSize 500 in .crosscheck.yaml\n`), text.stdout);
    assert.match(text.stdout, /^1 draft checked, 1 not checked: /m);
    assert.equal(text.code, 1);
    const json = JSON.parse((await crosscheck('check', '--format', 'json', 'reports/clean.md')).stdout);
    assert.deepEqual(json.notChecked, [{ file: 'reports/clean.md', line: 1, column: 1, severity: 'error', message: `not checked: ${characters} characters, more than maxDraftSize 500 in .crosscheck.yaml` }]);
    const sarif = JSON.parse((await crosscheck('check', '--format', 'sarif', 'reports/clean.md')).stdout);
    const [invocation] = sarif.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'reports/clean.md');
    assert.equal((await crosscheck('check', 'reports/clean.md')).code, 1);
    const allowed = await crosscheck('check', '--allow-too-large', 'reports/clean.md');
    assert.match(allowed.stdout, /^reports\/clean\.md:1:1: warning not-checked /m);
    assert.equal(allowed.code, 0);
  });

  it('notes the symbolic links, dot-folders and node_modules a folder or glob passes over', async () => {
    mkdirSync('tree/.drafts', { recursive: true });
    mkdirSync('tree/node_modules/pkg', { recursive: true });
    cpSync('reports/clean.md', 'tree/real.md');
    cpSync('reports/clean.md', 'tree/.drafts/hidden.md');
    symlinkSync(path.resolve('reports/errors.md'), 'tree/linked.md');
    for (const pattern of ['tree', 'tree/**/*.md']) {
      const { stdout, stderr } = await crosscheck('check', pattern);
      assert.match(stderr, /note: not checked, as symbolic links are not followed: tree\/linked\.md \(name a link to check it\)/, pattern);
      assert.match(stderr, /note: not looked into: tree\/\.drafts, tree\/node_modules \(name a folder to check its drafts\)/, pattern);
      assert.match(stdout, /^1 draft checked, no findings$/m, pattern);
    }
    assert.match((await crosscheck('check', 'tree/linked.md')).stdout, /^tree\/linked\.md:\d+:\d+: warning /m);
  });

  it('checks a draft named twice once', async () => {
    const { stdout } = await crosscheck('check', './reports/errors.md', 'reports/errors.md', 'reports//errors.md', path.resolve('reports/errors.md'));
    assert.match(stdout, /^1 draft checked: /m);
  });

  it('reads fact base files named by absolute paths in .crosscheck.yaml', async () => {
    writeFileSync('.crosscheck.yaml', `factBase: [${path.resolve('facts/facts.yaml')}]\n`);
    const { code, stdout, stderr } = await crosscheck('check', 'reports/errors.md');
    assert.equal(stderr, '');
    assert.match(stdout, /^reports\/errors\.md:\d+:\d+: warning /m);
    assert.equal(code, 1);
  });

  it('escapes "#" and "?" in SARIF URIs', () => {
    assert.equal(artifactUri('reports/a#1?.md'), 'reports/a%231%3F.md');
    assert.equal(artifactUri('/home/a b/#notes.md'), 'file:///home/a%20b/%23notes.md');
    assert.equal(artifactUri('C:/drafts/q?.md'), 'file:///C:/drafts/q%3F.md');
  });

  it('gives the columns of a draft with a byte order mark as editors count them', async () => {
    const draft = `Foreign Minister Mikhail Bogdanov received them.\n\n${readFileSync('reports/errors.md', 'utf8')}`;
    writeFileSync('plain.md', draft);
    writeFileSync('bom.md', `\ufeff${draft}`);
    const plain = JSON.parse((await crosscheck('check', '--format', 'json', 'plain.md')).stdout);
    const bom = JSON.parse((await crosscheck('check', '--format', 'json', 'bom.md')).stdout);
    const place = (finding: { line: number; column: number; endColumn: number }) => `${finding.line}:${finding.column}-${finding.endColumn}`;
    assert.equal(place(plain.findings[0]), '1:1-34');
    assert.deepEqual(bom.findings.map(place), plain.findings.map(place));
  });

  if (process.platform === 'linux') {
    it('never reads, nor prints, a source outside the fact base’s folder and the working folder', async () => {
      const yaml = readFileSync('facts/facts.yaml', 'utf8').replace(/file: sources\/000_[^\n]+/, 'file: /proc/self/environ').replace(/quote: ([^\n]*)/, 'quote: "PATH x x x"');
      writeFileSync('facts/outside.yaml', yaml);
      const { code, stdout } = await crosscheck('validate', 'facts/outside.yaml');
      assert.match(stdout, /facts\/outside\.yaml:\d+:\d+: error: source s000: \/proc\/self\/environ is outside the folder of this fact base file and the workspace; a source must lie inside one of them \[source-outside\]/);
      assert.ok(!stdout.includes(process.env.PATH!), 'the environment was printed');
      assert.equal(code, 1);
      symlinkSync('/proc/self/environ', 'facts/sources/environ.txt');
      writeFileSync('facts/linked.yaml', yaml.replace('file: /proc/self/environ', 'file: sources/environ.txt'));
      const linked = await crosscheck('validate', 'facts/linked.yaml');
      assert.match(linked.stdout, /error: source s000: \S+environ\.txt is outside the folder of this fact base file and the workspace/);
      assert.ok(!linked.stdout.includes(process.env.PATH!), 'the environment was printed');
    });

    it('never reads, nor prints, a fact base that .crosscheck.yaml names outside the working folder', async () => {
      writeFileSync('.crosscheck.yaml', 'factBase: /proc/self/environ\n');
      const named = await crosscheck('check', 'reports/errors.md');
      assert.match(named.stderr, /^\.crosscheck\.yaml:1:11: error: factBase: "\/proc\/self\/environ" lies outside this folder; /m);
      assert.ok(!named.stderr.includes(process.env.PATH!), 'the environment was printed');
      assert.equal(named.code, 2);
      symlinkSync('/proc/self/environ', 'environ.yaml');
      writeFileSync('.crosscheck.yaml', 'factBase: environ.yaml\n');
      const linked = await crosscheck('check', 'reports/errors.md');
      assert.match(linked.stderr, /^\.crosscheck\.yaml: error: factBase "environ\.yaml" is a link to a file outside this folder; /);
      assert.ok(!linked.stderr.includes(process.env.PATH!), 'the environment was printed');
      assert.equal(linked.code, 2);
    });

    it('refuses a draft or a fact base that is a pipe or a device at once, naming it', async () => {
      execFileSync('mkfifo', ['pipe.md']);
      const draft = await crosscheck('check', 'pipe.md', 'reports/errors.md');
      assert.match(draft.stderr, /^crosscheck check: cannot read pipe\.md: not a regular file but a pipe$/m);
      assert.match(draft.stdout, /^reports\/errors\.md:\d+:\d+: /m);
      assert.equal(draft.code, 2);
      const facts = await crosscheck('check', '--facts', '/dev/zero', 'reports/errors.md');
      assert.equal(facts.stderr, 'crosscheck check: cannot read /dev/zero: not a regular file but a character device');
      assert.equal(facts.code, 2);
    });
  }

  it('stops writing quietly when the reader of its output goes away', async () => {
    const draft = path.resolve('many.md');
    writeFileSync(draft, `${readFileSync(path.join(ROOT, 'examples', 'talks-errors.md'), 'utf8')}\n\n`.repeat(400));
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'check', '--format', 'json', draft], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  it('makes control characters visible on a terminal, and only there', () => {
    const hostile = 'Bogdanov\u001b]0;owned\u0007 \u001b[2J\r\u009b31m done\ttab';
    assert.equal(visibleControls(hostile), 'Bogdanov\\u001b]0;owned\\u0007 \\u001b[2J\\u000d\\u009b31m done\ttab');
    const written = (isTTY: boolean) => {
      const stream = Object.assign(new EventEmitter(), { isTTY, lines: [] as string[], write: (chunk: string) => (stream.lines.push(chunk), true) });
      lineWriter(stream as never)(hostile);
      return stream.lines;
    };
    assert.deepEqual(written(true), [`${visibleControls(hostile)}\n`]);
    assert.deepEqual(written(false), [`${hostile}\n`]);
  });

  it('drops the lines after the pipe it writes to has closed, and rethrows other write errors', () => {
    const stream = Object.assign(new EventEmitter(), { isTTY: false, lines: [] as string[], write: (chunk: string) => (stream.lines.push(chunk), true) });
    const write = lineWriter(stream as never);
    write('first');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    write('second');
    assert.deepEqual(stream.lines, ['first\n']);
    assert.throws(() => stream.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' })), /EIO/);
  });
});
