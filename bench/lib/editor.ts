// The editor path, timed inside code-server's extension host by integration suites that log their
// figures to the window's console: extension activation to the first diagnostics on a draft (suite
// `activation`), and opening the Timeline (suite `timeline`).
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
  const figures = suiteFigures<ActivationFigures>('activation', runs, (found) => found.firstDiagnosticsMs !== undefined);
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

interface TimelineFigures {
  /** From the command to the page's script running in its webview. */
  openingMs: number;
  /** The same for a page of one line, in the same window: what the webview itself takes. */
  emptyWebviewMs: number;
}

const TIMELINE_ROW = 'editor: open the Timeline → page shown';

/** Each run opens a fresh window and the Timeline of a draft in it. */
export function measureTimelineOpening(runs: number, targetMs: number): Row {
  const figures = suiteFigures<TimelineFigures>('timeline', runs, (found) => found.openingMs !== undefined);
  if (figures.length === 0) return { name: TIMELINE_ROW, notes: `not measured: none of ${runs} timeline runs logged its timing` };
  const timing = summarize(figures.map((figure) => figure.openingMs));
  const empty = summarize(figures.map((figure) => figure.emptyWebviewMs));
  const beyond = timing.medianMs - empty.medianMs;
  return {
    name: TIMELINE_ROW,
    ...timing,
    notes: `${figures.length} fresh windows; a page of one line takes ${empty.medianMs.toFixed(0)} ms in the same windows: the Timeline ${Math.abs(beyond).toFixed(0)} ms ${beyond >= 0 ? 'more' : 'less'}`,
    target: { text: `≤ ${targetMs} ms beyond an empty page`, met: beyond <= targetMs },
  };
}

/** The figures an integration suite logged in each of `runs` fresh windows on examples/, those `complete` accepts. */
function suiteFigures<Figures>(suite: string, runs: number, complete: (found: Figures) => boolean): Figures[] {
  const workspace = path.join(ROOT, 'examples');
  // A run chosen by arguments is named "selected" by the harness, which keeps the window's console there.
  const consoleLog = path.join(ROOT, 'test-results', 'integration', 'selected', 'console.log');
  const figures: Figures[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(consoleLog, { force: true });
    const run = runProcess(process.execPath, [path.join(ROOT, 'test', 'harness', 'run-integration.js'), '--suites', suite, '--workspace', workspace], ROOT);
    const found = readFigures<Figures>(consoleLog, suite);
    if (found && complete(found)) figures.push(found);
    else console.error(`${suite} run ${i + 1} logged no timing; the harness said:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`);
  }
  return figures;
}

/** The suite logs `<suite> timing: {...}` to the window's console. */
function readFigures<Figures>(consoleLog: string, suite: string): Figures | undefined {
  let text: string;
  try {
    text = readFileSync(consoleLog, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.split('\n').find((candidate) => candidate.includes(`${suite} timing: {`));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(line.indexOf('{'))) as Figures;
  } catch {
    return undefined;
  }
}
