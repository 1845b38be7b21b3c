// Running the command line in-process, in a scratch working folder of drafts and a fact base.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DATASET = path.join(ROOT, 'dataset');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function crosscheck(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * Each test of the suite runs in a scratch folder holding reports/errors.md and reports/clean.md
 * (two example drafts) and the fact base's sources in facts/sources/, with whatever `fill` adds;
 * a .crosscheck.yaml a test writes is removed after it. Returns the folder's path.
 */
export function inScratchFolder(prefix: string, fill: (dir: string) => void = () => undefined): () => string {
  const cwd = process.cwd();
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    mkdirSync(path.join(dir, 'reports'));
    cpSync(path.join(ROOT, 'examples', 'talks-errors.md'), path.join(dir, 'reports', 'errors.md'));
    cpSync(path.join(ROOT, 'examples', 'moscow-talks-2025.md'), path.join(dir, 'reports', 'clean.md'));
    cpSync(path.join(DATASET, 'sources'), path.join(dir, 'facts', 'sources'), { recursive: true });
    fill(dir);
  });
  beforeEach(() => process.chdir(dir));
  afterEach(() => {
    rmSync(path.join(dir, '.crosscheck.yaml'), { force: true });
    process.chdir(cwd);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
