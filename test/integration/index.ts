// The suite index the extension host loads (extensionTestsPath): runs every *.test.js compiled next
// to it with mocha, prints each test, and writes the results as JSON to $CROSSCHECK_TEST_RESULT.
// $CROSSCHECK_TEST_SUITES (comma-separated suite names, e.g. "smoke,hover") limits the run to those
// suites; $CROSSCHECK_TEST_GREP limits it to tests whose full title matches.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  suite: string;
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface RunResult {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

function suiteName(file: string): string {
  return path.relative(__dirname, file).replace(/\.test\.js$/, '');
}

function suiteFiles(): string[] {
  const wanted = process.env.CROSSCHECK_TEST_SUITES?.split(',').map((name) => name.trim()).filter(Boolean);
  const all = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(__dirname, name))
    .sort();
  if (!wanted) return all;
  const unknown = wanted.filter((name) => !all.some((file) => suiteName(file) === name));
  if (unknown.length > 0) throw new Error(`No compiled suite named ${unknown.join(', ')} in ${__dirname}`);
  return all.filter((file) => wanted.includes(suiteName(file)));
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function writeResult(result: RunResult): void {
  const file = process.env.CROSSCHECK_TEST_RESULT;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  Mocha.interfaces.tdd(mocha.suite); // suites may use suite/test as well as describe/it
  if (process.env.CROSSCHECK_TEST_GREP) mocha.grep(process.env.CROSSCHECK_TEST_GREP);
  const result: RunResult = { passed: 0, failed: 0, pending: 0, tests: [] };
  const record = (test: Mocha.Runnable, state: TestResult['state'], error?: unknown) => {
    result[state] += 1;
    const suite = test.file ? suiteName(test.file) : '';
    result.tests.push({ suite, title: test.fullTitle(), state, durationMs: test.duration, error: error === undefined ? undefined : describeError(error) });
  };

  return new Promise((resolve, reject) => {
    try {
      for (const file of suiteFiles()) mocha.addFile(file);
      const runner = mocha.run(() => {
        writeResult(result);
        if (result.passed + result.failed === 0) reject(new Error('No tests ran'));
        else if (result.failed > 0) reject(new Error(`${result.failed} of ${result.passed + result.failed} tests failed`));
        else resolve();
      });
      runner.on('pass', (test) => record(test, 'passed'));
      runner.on('fail', (test, error) => record(test, 'failed', error));
      runner.on('pending', (test) => record(test, 'pending'));
    } catch (error) {
      result.failed += 1;
      result.tests.push({ suite: '', title: 'loading the suites', state: 'failed', error: describeError(error) });
      writeResult(result);
      reject(error);
    }
  });
}
