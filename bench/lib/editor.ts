// The editor path: extension activation to the first diagnostics on a draft, timed inside
// code-server's extension host by the integration suite `activation`, which logs its figures to the
// window's console.
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
  const workspace = path.join(ROOT, 'examples');
  // A run chosen by arguments is named "selected" by the harness, which keeps the window's console there.
  const consoleLog = path.join(ROOT, 'test-results', 'integration', 'selected', 'console.log');
  rmSync(consoleLog, { force: true });
  const run = runProcess(process.execPath, [path.join(ROOT, 'test', 'harness', 'run-integration.js'), '--suites', 'activation', '--workspace', workspace], ROOT);
  const figures = readFigures(consoleLog);
  if (!figures) {
    console.error(`editor path not measured; the harness said:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`);
    return { row: { name: EDITOR_ROW, notes: `not measured: the activation suite logged no timing (exit ${run.status})` } };
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

/** The suite logs `activation timing: {...}` to the window's console. */
function readFigures(consoleLog: string): ActivationFigures | undefined {
  let text: string;
  try {
    text = readFileSync(consoleLog, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.split('\n').find((candidate) => candidate.includes('activation timing: {'));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(line.indexOf('{'))) as ActivationFigures;
  } catch {
    return undefined;
  }
}
