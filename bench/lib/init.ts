// `crosscheck init` as a user runs it, whole process: on the five bundled sources, and on corpora of
// 50 and 500 documents made by varying them, to tell whether the time grows in step with the count.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './inputs';
import { runAccepted, summarize, type ProcessRun } from './measure';
import { round, type Row } from './report';

const SOURCES = path.join(ROOT, 'dataset', 'sources');

export function measureInit(dir: string, runs: number, targets: { bundledMs: number; perDocumentGrowth: number }): Row[] {
  const bundled = timeInit(SOURCES, path.join(dir, 'init-5'), runs);
  const fifty = timeInit(variedCorpus(path.join(dir, 'corpus-50'), 50), path.join(dir, 'init-50'), runs);
  const fiveHundred = timeInit(variedCorpus(path.join(dir, 'corpus-500'), 500), path.join(dir, 'init-500'), runs);
  // Startup and the bundle's loading aside: the time each further document costs, at 50 and at 500.
  const perDocumentSmall = (fifty.timing.medianMs - bundled.timing.medianMs) / 45;
  const perDocumentLarge = (fiveHundred.timing.medianMs - fifty.timing.medianMs) / 450;
  const growth = perDocumentLarge / perDocumentSmall;
  return [
    { name: 'process: init, the 5 bundled sources', ...bundled.timing, notes: bundled.summary, target: { text: `≤ ${targets.bundledMs} ms`, met: bundled.timing.medianMs <= targets.bundledMs } },
    { name: 'process: init, 50 varied documents', ...fifty.timing, notes: fifty.summary },
    { name: 'process: init, 500 varied documents', ...fiveHundred.timing, notes: fiveHundred.summary },
    {
      name: 'init time per document, 500 vs 50',
      value: growth,
      unit: '×',
      notes: `${round(perDocumentLarge)} ms per further document from 50 to 500, ${round(perDocumentSmall)} ms from 5 to 50`,
      target: { text: `≤ ${targets.perDocumentGrowth}× (linear)`, met: growth <= targets.perDocumentGrowth },
    },
  ];
}

function timeInit(sources: string, outDir: string, runs: number) {
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'facts.yaml');
  const samples: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) samples.push(runAccepted(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'init', sources, '--out', out, '--force'], outDir, (run) => run.status === 0));
  return { timing: summarize(samples.map((run) => run.wallMs)), summary: samples[0].stdout.trim() };
}

/**
 * `count` documents, each a bundled source whose years are shifted by its copy's number: many
 * different dates and events, told of the same cast, as a large corpus on one story is.
 */
function variedCorpus(folder: string, count: number): string {
  mkdirSync(folder, { recursive: true });
  const texts = readdirSync(SOURCES).sort().map((name) => readFileSync(path.join(SOURCES, name), 'utf8'));
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / texts.length);
    const text = texts[i % texts.length].replace(/\b(19|20)(\d\d)\b/g, (_, century: string, year: string) => `${century}${String((Number(year) + copy) % 100).padStart(2, '0')}`);
    writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.txt`), text);
  }
  return folder;
}
