// The editor path: extension activation to the first diagnostics on a draft, timed inside
// code-server's extension host by the integration suite `activation`, which writes its figures to
// activation-timing.json beside its results.
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './inputs';
import { runProcess } from './measure';
import type { Row } from './report';

interface ActivationFigures {
  activateMs: number;
  firstDiagnosticsMs?: number;
  factBaseLoadMs?: number;
  firstCheckMs?: number;
  openToDiagnosticsMs?: number;
}

export function measureEditor(): { row: Row; figures?: ActivationFigures } {
  const workspace = path.join(ROOT, 'test', 'integration', 'fixtures', 'drafts');
  // A run chosen by arguments is named "selected" by the harness.
  const timingFile = path.join(ROOT, 'test-results', 'integration', 'selected', 'activation-timing.json');
  rmSync(timingFile, { force: true });
  const run = runProcess(process.execPath, [path.join(ROOT, 'test', 'harness', 'run-integration.js'), '--suites', 'activation', '--workspace', workspace], ROOT);
  let figures: ActivationFigures;
  try {
    figures = JSON.parse(readFileSync(timingFile, 'utf8')) as ActivationFigures;
  } catch {
    console.error(`editor path not measured; the harness said:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`);
    return { row: { name: EDITOR_ROW, notes: `not measured: the activation suite wrote no timing (exit ${run.status})` } };
  }
  const notes = [
    `activate() ${figures.activateMs.toFixed(0)} ms`,
    figures.factBaseLoadMs !== undefined ? `fact base load ${figures.factBaseLoadMs.toFixed(0)} ms` : '',
    figures.firstCheckMs !== undefined ? `first check ${figures.firstCheckMs.toFixed(0)} ms` : '',
    figures.openToDiagnosticsMs !== undefined ? `open → diagnostics ${figures.openToDiagnosticsMs.toFixed(0)} ms` : '',
    `whole run ${(run.wallMs / 1000).toFixed(0)} s`,
  ].filter(Boolean);
  return { row: { name: EDITOR_ROW, value: figures.firstDiagnosticsMs ?? NaN, unit: 'ms', notes: notes.join(', ') }, figures };
}

const EDITOR_ROW = 'editor: activation → first diagnostics';
