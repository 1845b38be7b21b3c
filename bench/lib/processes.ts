// Whole processes side by side on the same 1 MB draft: `crosscheck check` against cspell with its
// English dictionary and the fact base's names as extra words.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FactBase } from '../../src/core/factbase/types';
import { BUNDLED_FACTS, ROOT, type BenchInputs } from './inputs';
import { megabytesPerSecond, runAccepted, summarize, type ProcessRun } from './measure';
import { round, type Row } from './report';

/** Exit 0 means nothing found and 1 findings, for both tools; anything else is a failure. */
const ranToCompletion = (run: ProcessRun) => run.status === 0 || run.status === 1;

export function compareWithCspell(inputs: BenchInputs, factBase: FactBase, runs: number, target: number): Row[] {
  const draft = inputs.largeDraft.file;
  const cspellConfig = writeCspellConfig(inputs.dir, factBase);
  const runCrosscheck = () => runAccepted(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--facts', BUNDLED_FACTS, draft], inputs.dir, ranToCompletion);
  const runCspell = () => runAccepted(path.join(ROOT, 'node_modules', '.bin', 'cspell'), ['--config', cspellConfig, '--no-progress', '--no-summary', '--no-color', draft], inputs.dir, ranToCompletion);
  // Turn about, so that a change in the machine's load weighs on both alike.
  const crosscheckRuns: ProcessRun[] = [];
  const cspellRuns: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    crosscheckRuns.push(runCrosscheck());
    cspellRuns.push(runCspell());
  }
  const crosscheck = summarize(crosscheckRuns.map((run) => run.wallMs));
  const cspell = summarize(cspellRuns.map((run) => run.wallMs));
  const findings = countJsonFindings(crosscheckRuns[0].stdout);
  const issues = cspellRuns[0].stdout.split('\n').filter((line) => line.includes('Unknown word')).length;
  const ratio = crosscheck.medianMs / cspell.medianMs;
  const characters = inputs.largeDraft.text.length;
  return [
    { name: 'process: crosscheck check --format json', ...crosscheck, notes: `${round(megabytesPerSecond(characters, crosscheck.medianMs))} MB/s, ${findings} findings` },
    { name: 'process: cspell, English + names', ...cspell, notes: `${round(megabytesPerSecond(characters, cspell.medianMs))} MB/s, ${issues} unknown words` },
    { name: 'process ratio crosscheck / cspell', value: ratio, unit: '×', target: { text: `< ${target}`, met: ratio < target } },
  ];
}

/** A cspell configuration with the default English dictionary and every word of the fact base's names. */
function writeCspellConfig(dir: string, factBase: FactBase): string {
  const words = new Set<string>();
  for (const actor of factBase.actors.values()) {
    for (const form of [actor.name, ...actor.givenNames, ...actor.spellings.map((s) => s.text), ...actor.shortForms.map((s) => s.text)]) {
      for (const word of form.split(/[^\p{L}\p{M}'’-]+/u)) if (word) words.add(word);
    }
  }
  const file = path.join(dir, 'cspell.json');
  writeFileSync(file, JSON.stringify({ version: '0.2', language: 'en', words: [...words].sort() }, null, 2));
  return file;
}

function countJsonFindings(stdout: string): number | string {
  try {
    const { findings } = JSON.parse(stdout) as { findings: unknown[] };
    return findings.length;
  } catch {
    return 'unreadable JSON';
  }
}
