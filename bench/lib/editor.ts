// The editor path: extension activation to the first diagnostics on a draft, timed inside
// code-server's extension host by the integration suite `activation`, which logs its figures to the
// window's console.
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './inputs';
import { runProcess, summarize } from './measure';
import type { Row } from './report';

interface ActivationFigures {
  activateMs: number;
  firstDiagnosticsMs?: number;
  factBaseLoadMs?: number;
  firstCheckMs?: number;
  openToDiagnosticsMs?: number;
}

/** Each run opens a fresh window, whose start-up the figure depends on: the row gives their median. */
export function measureEditor(runs: number, targetMs: number): { row: Row; figures: ActivationFigures[] } {
  const workspace = path.join(ROOT, 'examples');
  // A run chosen by arguments is named "selected" by the harness, which keeps the window's console there.
  const consoleLog = path.join(ROOT, 'test-results', 'integration', 'selected', 'console.log');
  const figures: ActivationFigures[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(consoleLog, { force: true });
    const run = runProcess(process.execPath, [path.join(ROOT, 'test', 'harness', 'run-integration.js'), '--suites', 'activation', '--workspace', workspace], ROOT);
    const found = readFigures(consoleLog);
    if (found?.firstDiagnosticsMs !== undefined) figures.push(found);
    else console.error(`activation run ${i + 1} logged no timing; the harness said:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`);
  }
  if (figures.length === 0) return { row: { name: EDITOR_ROW, notes: `not measured: none of ${runs} activation runs logged its timing` }, figures };
  const timing = summarize(figures.map((figure) => figure.firstDiagnosticsMs!));
  const middle = figures.reduce((best, figure) => (Math.abs(figure.firstDiagnosticsMs! - timing.medianMs) < Math.abs(best.firstDiagnosticsMs! - timing.medianMs) ? figure : best));
  const notes = [
    `${figures.length} fresh windows`,
    `median run: activate() ${middle.activateMs.toFixed(0)} ms`,
    middle.factBaseLoadMs !== undefined ? `fact base ${middle.factBaseLoadMs.toFixed(0)} ms` : '',
    middle.firstCheckMs !== undefined ? `first check ${middle.firstCheckMs.toFixed(0)} ms` : '',
    middle.openToDiagnosticsMs !== undefined ? `open → diagnostics ${middle.openToDiagnosticsMs.toFixed(0)} ms` : '',
  ].filter(Boolean);
  return { row: { name: EDITOR_ROW, ...timing, notes: notes.join(', '), target: { text: `≤ ${targetMs} ms`, met: timing.medianMs <= targetMs } }, figures };
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
