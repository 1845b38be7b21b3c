// The benchmark: builds its inputs from fixed seeds, measures the core as shipped (the bundle that
// bench/run.js hands in), prints a table with the targets and writes bench/results/latest.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as CoreModule from '../src/core';
import { nodeFileReader } from '../src/cli/node-files';
import { createRandom } from './generators/random';
import { BUNDLED_FACTS, buildInputs, buildSizedDrafts, editOneLine, ROOT, type BenchInputs } from './lib/inputs';
import { collectGarbage, gcExposed, MB, measureOnce, megabytesPerSecond, runProcess, summarize, time, type Timing } from './lib/measure';
import { measureEditor, measureTimelineOpening } from './lib/editor';
import { compareWithCspell, compareWithPeers, crosscheckTool, cspellTool, markdownlintTool, writeGoodTool } from './lib/processes';
import { measureInit } from './lib/init';
import { profile, type HotSpot } from './lib/profile';
import { formatTable, round, type Row } from './lib/report';

export type Core = typeof CoreModule;

interface Options {
  /** Fewer runs, for a quick look. */
  quick: boolean;
  /** Also measure activation to first diagnostics in the extension host (slow). */
  editor: boolean;
  /** Skip the whole-process comparison with cspell. */
  noProcesses: boolean;
  /** Only the whole-process comparison with cspell, markdownlint-cli2 and write-good at three sizes. */
  peers: boolean;
}

const CHECK_WARMUP = 5;

const TARGETS = {
  checkMs: 500,
  peakRssMb: 150,
  incrementalMs: 10,
  loadMs: 1000,
  bigFactBaseSlowdown: 2,
  cliToCspell: 1,
  activationMs: 150,
  cspellMegabytesPerSecond: 1.2,
  speedupOverCspell: 2,
  initBundledMs: 2000,
  initPerDocumentGrowth: 1.5,
  quoteCheckingShare: 0.2,
  timelineMs: 300,
};

export async function main(core: Core, argv: string[]): Promise<void> {
  const options: Options = { quick: argv.includes('--quick'), editor: argv.includes('--editor'), noProcesses: argv.includes('--no-processes'), peers: argv.includes('--peers') };
  if (!gcExposed()) console.warn('run with node --expose-gc for steadier figures (npm run bench does)');
  const runs = (full: number) => (options.quick ? Math.max(1, Math.ceil(full / 3)) : full);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'));
  const rows: Row[] = [];
  const record: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverageBefore: os.loadavg()[0] };
  try {
    if (options.peers) return await comparePeers(core, dir, runs, record);
    const bundledLoad = await time(runs(10), 2, () => loadFromDisk(core, [BUNDLED_FACTS]));
    const bundled = await loadFromDisk(core, [BUNDLED_FACTS]);
    rows.push({ name: 'load bundled fact base', ...bundledLoad, notes: describeFactBase(bundled), target: { text: `≤ ${TARGETS.loadMs} ms`, met: bundledLoad.medianMs <= TARGETS.loadMs } });

    const started = performance.now();
    const inputs = buildInputs(dir, bundled.factBase);
    const buildMs = performance.now() - started;
    record.inputs = describeInputs(inputs, buildMs);
    console.log(`inputs built in ${buildMs.toFixed(0)} ms in ${dir}: ${JSON.stringify(record.inputs)}`);

    const syntheticLoad = await time(runs(3), 0, () => loadFromDisk(core, [inputs.synthetic.file]));
    // Described, not kept: the checks below must not run beside a heap holding this fact base.
    const syntheticSummary = describeFactBase(await loadFromDisk(core, [inputs.synthetic.file]));
    rows.push({ name: 'load synthetic fact base', ...syntheticLoad, notes: `${syntheticSummary}; ${round(megabytesPerSecond(inputs.synthetic.yaml.length, syntheticLoad.medianMs))} MB/s of YAML`, target: { text: `≤ ${TARGETS.loadMs} ms`, met: syntheticLoad.medianMs <= TARGETS.loadMs } });

    const draft = inputs.largeDraft.text;
    let findings = 0;
    // Warmed up until V8 has optimised the checker (about four checks of this draft), then back to back
    // as a CLI checks many drafts: the row gives a long-lived process's speed, its own garbage
    // collected as it goes. The first check of a fresh process has its own row below.
    const check = await time(runs(9), CHECK_WARMUP, () => (findings = core.checkDraft(bundled.factBase, draft).length), 'back to back');
    const checkSpeed = megabytesPerSecond(draft.length, check.medianMs);
    rows.push({ name: 'check 1 MB draft', ...check, notes: `${round(checkSpeed)} MB/s, ${findings} findings`, target: { text: `≤ ${TARGETS.checkMs} ms`, met: check.medianMs <= TARGETS.checkMs } });
    rows.push({
      name: 'in-process speed vs cspell',
      value: checkSpeed / TARGETS.cspellMegabytesPerSecond,
      unit: '×',
      notes: `${round(checkSpeed)} MB/s vs cspell's published ${TARGETS.cspellMegabytesPerSecond} MB/s`,
      target: { text: `≥ ${TARGETS.speedupOverCspell}×`, met: checkSpeed / TARGETS.cspellMegabytesPerSecond >= TARGETS.speedupOverCspell },
    });

    rows.push(...(await measureQuoteChecking(core, bundled.factBase, inputs.quotationDraft, runs(9))));
    rows.push(await measureTimeline(core, bundled.factBase, runs(10)));

    const both = await loadFromDisk(core, [BUNDLED_FACTS, inputs.synthetic.file]);
    let bigFindings = 0;
    const bigCheck = await time(runs(5), CHECK_WARMUP, () => (bigFindings = core.checkDraft(both.factBase, draft).length), 'back to back');
    // Both checks run in this process: their CPU times compare better than wall times on a busy machine.
    const slowdown = bigCheck.cpuMedianMs! / check.cpuMedianMs!;
    rows.push({
      name: 'check 1 MB draft, bundled + synthetic',
      ...bigCheck,
      notes: `${round(slowdown)}× the bundled-only check in CPU time (${round(bigCheck.medianMs / check.medianMs)}× in wall time), ${bigFindings} findings`,
      target: { text: `≤ ${TARGETS.bigFactBaseSlowdown}× bundled`, met: slowdown <= TARGETS.bigFactBaseSlowdown },
    });

    const incremental = await measureIncremental(core, bundled.factBase, inputs.longDraft.text, runs(60));
    rows.push({ name: 'first check, 10,000-line draft', ...incremental.first, notes: `${inputs.longDraft.text.split('\n').length} lines, ${round(inputs.longDraft.text.length / MB)} MB` });
    rows.push({ name: 're-check after a one-line edit', ...incremental.edits, notes: `incremental checker, ${incremental.edits.runs} successive edits`, target: { text: `≤ ${TARGETS.incrementalMs} ms`, met: incremental.edits.medianMs <= TARGETS.incrementalMs } });

    const memory = probeMemory(inputs);
    rows.push({ name: 'peak memory, 1 MB check', value: memory.peakRssMb, unit: 'MB', notes: `fresh process maxRSS: ${round(memory.startRssMb)} MB with the core, ${round(memory.baselineRssMb)} MB with fact base and draft, +${round(memory.peakRssMb - memory.baselineRssMb)} MB during the check`, target: { text: `≤ ${TARGETS.peakRssMb} MB`, met: memory.peakRssMb <= TARGETS.peakRssMb } });
    record.memory = memory;
    rows.push({ name: 'first check of the 1 MB draft in a fresh process', runs: 1, medianMs: memory.checkMs, minMs: memory.checkMs, maxMs: memory.checkMs, notes: 'before V8 has optimised anything, as in a one-off CLI run' });

    if (!options.noProcesses) {
      rows.push(...compareWithCspell(inputs, bundled.factBase, runs(5), TARGETS.cliToCspell));
      rows.push(...measureInit(dir, runs(3), { bundledMs: TARGETS.initBundledMs, perDocumentGrowth: TARGETS.initPerDocumentGrowth }));
    }

    if (options.editor) {
      const editor = measureEditor(runs(5), TARGETS.activationMs);
      rows.push(editor.row);
      record.editor = editor.figures;
      rows.push(measureTimelineOpening(runs(5), TARGETS.timelineMs));
    }

    const hotSpots: Record<string, HotSpot[]> = {};
    const missed = (name: string) => rows.find((row) => row.name === name)?.target?.met === false;
    hotSpots['1 MB check'] = await profile(() => core.checkDraft(bundled.factBase, draft), path.join(resultsDir(), 'check.cpuprofile'), ROOT);
    if (missed('re-check after a one-line edit')) {
      const checker = core.createDraftChecker(bundled.factBase);
      checker.check(inputs.longDraft.text);
      const editedTexts = [...successiveEdits(inputs.longDraft.text, 20, 5)];
      hotSpots['re-checks after one-line edits'] = await profile(() => {
        for (const edited of editedTexts) checker.check(edited);
      }, path.join(resultsDir(), 'incremental.cpuprofile'), ROOT);
    }
    if (missed('check 1 MB draft, bundled + synthetic')) {
      hotSpots['1 MB check, bundled + synthetic'] = await profile(() => core.checkDraft(both.factBase, draft), path.join(resultsDir(), 'check-big.cpuprofile'), ROOT);
    }
    if (missed('load synthetic fact base')) {
      hotSpots['synthetic fact base load'] = await profile(() => loadFromDisk(core, [inputs.synthetic.file]), path.join(resultsDir(), 'load.cpuprofile'), ROOT);
    }
    record.hotSpots = hotSpots;

    record.loadAverageAfter = os.loadavg()[0];
    console.log('\n' + formatTable(rows));
    const busiest = Math.max(record.loadAverageBefore as number, record.loadAverageAfter as number);
    if (busiest > os.cpus().length) {
      console.log(`\nthe machine was busy (load average up to ${busiest.toFixed(1)} on ${os.cpus().length} cores): wall times are inflated; the cpu column is this process's own CPU time`);
    }
    for (const [title, spots] of Object.entries(hotSpots)) printHotSpots(title, spots);
    if (!options.editor) console.log('\n(editor path not measured: run with --editor)');
    record.rows = rows;
    writeFileSync(path.join(resultsDir(), 'latest.json'), JSON.stringify(record, null, 2) + '\n');
    console.log(`\nwritten: ${path.relative(ROOT, path.join(resultsDir(), 'latest.json'))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PEER_SIZES = [
  { label: '10 KB', characters: 10 * 1024 },
  { label: '1 MB', characters: MB },
  { label: '10 MB', characters: 10 * MB },
];

/** Whole processes of crosscheck and its peers on the same drafts at each size: bench/results/peers.json. */
async function comparePeers(core: Core, dir: string, runs: (full: number) => number, record: Record<string, unknown>): Promise<void> {
  const { factBase } = await loadFromDisk(core, [BUNDLED_FACTS]);
  const drafts = buildSizedDrafts(dir, factBase, PEER_SIZES);
  const tools = [crosscheckTool(), cspellTool(dir, factBase), markdownlintTool(), writeGoodTool()];
  // Median of several runs, fewer for the largest drafts, whose runs take seconds each.
  const rows = compareWithPeers(drafts, tools, dir, (characters) => runs(characters > 2 * MB ? 5 : 9));
  console.log('\n' + formatTable(rows));
  record.loadAverageAfter = os.loadavg()[0];
  record.drafts = drafts.map(({ label, characters }) => ({ label, characters }));
  record.rows = rows;
  writeFileSync(path.join(resultsDir(), 'peers.json'), JSON.stringify(record, null, 2) + '\n');
  console.log(`\nwritten: ${path.relative(ROOT, path.join(resultsDir(), 'peers.json'))}`);
}

async function loadFromDisk(core: Core, files: string[]) {
  const inputs = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  return core.loadFactBase(inputs, nodeFileReader());
}

function describeFactBase(result: CoreModule.LoadResult): string {
  const { factBase, problems } = result;
  const spellings = [...factBase.actors.values()].reduce((sum, actor) => sum + actor.spellings.length + actor.shortForms.length, 0);
  return `${factBase.actors.size} actors, ${spellings} spellings, ${factBase.events.size} events, ${problems.length} problems`;
}

function describeInputs(inputs: BenchInputs, buildMs: number) {
  return {
    buildMs: Math.round(buildMs),
    largeDraft: { characters: inputs.largeDraft.text.length, lines: inputs.largeDraft.text.split('\n').length },
    longDraft: { characters: inputs.longDraft.text.length, lines: inputs.longDraft.text.split('\n').length },
    syntheticFactBase: { yamlCharacters: inputs.synthetic.yaml.length, sources: inputs.synthetic.sourceCount, sourceCharacters: inputs.synthetic.sourceCharacters },
    madeFrom: inputs.seedTexts,
  };
}

/**
 * The 1 MB draft with 1,000 quotations checked with every rule, and with quote-mismatch off: what
 * quote checking adds, in CPU time (both checks run in this process, back to back once warmed up).
 */
async function measureQuoteChecking(core: Core, factBase: CoreModule.FactBase, draft: BenchInputs['quotationDraft'], runs: number): Promise<Row[]> {
  let findings: CoreModule.Finding[] = [];
  const withQuotes = await time(runs, CHECK_WARMUP, () => (findings = core.checkDraft(factBase, draft.text)), 'back to back');
  const withoutQuotes = await time(runs, CHECK_WARMUP, () => core.checkDraft(factBase, draft.text, { disable: ['quote-mismatch'] }), 'back to back');
  const share = withQuotes.cpuMedianMs! / withoutQuotes.cpuMedianMs! - 1;
  const mismatches = findings.filter((finding) => finding.code === 'quote-mismatch').length;
  return [
    {
      name: `check ${round(draft.text.length / MB)} MB draft with ${draft.quotations.toLocaleString('en')} quotations`,
      ...withQuotes,
      notes: `${draft.altered} quotations altered, ${mismatches} quote-mismatch findings, ${findings.length} findings in all`,
    },
    {
      name: 'the same check without quote-mismatch',
      ...withoutQuotes,
      notes: `quote checking adds ${round(share * 100)}% in CPU time (${round((withQuotes.medianMs / withoutQuotes.medianMs - 1) * 100)}% in wall time)`,
      target: { text: `≤ +${TARGETS.quoteCheckingShare * 100}%`, met: share <= TARGETS.quoteCheckingShare },
    },
  ];
}

/** The draft the README's picture of the Timeline shows. */
const TIMELINE_DRAFT = path.join(ROOT, 'examples', 'talks-errors.md');

/**
 * Opening the Timeline: the page drawn for the bundled fact base against a draft, from the draft's
 * findings (which its diagnostics already hold). The first run stands for the first opening in an
 * editor, before V8 has optimised the drawing; the webview's own rendering is not counted.
 */
async function measureTimeline(core: Core, factBase: CoreModule.FactBase, runs: number): Promise<Row> {
  const text = readFileSync(TIMELINE_DRAFT, 'utf8');
  const findings = core.checkDraft(factBase, text);
  let html = '';
  const open = () => (html = core.timelineHtml(factBase, core.draftTimeline(factBase, text, findings), path.basename(TIMELINE_DRAFT), { nonce: 'bench' }));
  const first = await measureOnce(open);
  const timing = await time(runs, 0, open);
  const dated = [...factBase.events.values()].filter((event) => event.date).length;
  return {
    name: 'open the Timeline, bundled fact base',
    ...timing,
    notes: `${dated} dated events against ${path.relative(ROOT, TIMELINE_DRAFT)}, a ${round(html.length / 1024)} KB page; first opening ${round(first.wallMs)} ms`,
    target: { text: `≤ ${TARGETS.timelineMs} ms`, met: Math.max(first.wallMs, timing.medianMs) <= TARGETS.timelineMs },
  };
}

/** A first check of the long draft, then successive one-line edits, each re-checked. */
async function measureIncremental(core: Core, factBase: CoreModule.FactBase, text: string, edits: number): Promise<{ first: Timing; edits: Timing }> {
  const checker = core.createDraftChecker(factBase);
  collectGarbage();
  const first = await measureOnce(() => checker.check(text));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const edited of successiveEdits(text, edits, 4)) {
    const edit = await measureOnce(() => checker.check(edited));
    wall.push(edit.wallMs);
    cpu.push(edit.cpuMs);
  }
  return { first: summarize([first.wallMs], [first.cpuMs]), edits: summarize(wall, cpu) };
}

/** The long draft after each of `count` successive one-line edits at random lines. */
function* successiveEdits(text: string, count: number, seed: number): Iterable<string> {
  const random = createRandom(seed);
  const lineCount = text.split('\n').length;
  let current = text;
  for (let i = 0; i < count; i++) {
    current = editOneLine(current, random.int(0, lineCount - 1), i);
    yield current;
  }
}

interface MemoryFigures {
  /** RSS of the fresh process with the core loaded, before anything else. */
  startRssMb: number;
  /** RSS with the fact base loaded and the draft read, just before the check. */
  baselineRssMb: number;
  peakRssMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  checkMs: number;
  findings: number;
}

/** Runs one check of the 1 MB draft in a fresh process and reads its peak RSS. */
function probeMemory(inputs: BenchInputs): MemoryFigures {
  const run = runProcess(process.execPath, ['--expose-gc', path.join(__dirname, 'memory-probe.js'), BUNDLED_FACTS, inputs.largeDraft.file], ROOT);
  if (run.status !== 0) throw new Error(`memory probe failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as MemoryFigures;
}

function resultsDir(): string {
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function printHotSpots(title: string, hotSpots: HotSpot[]): void {
  console.log(`\nhot spots of the ${title} (self time; total includes callees):`);
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  for (const spot of hotSpots) {
    console.log(`  ${percent(spot.selfShare)} self  ${percent(spot.totalShare)} total  ${spot.function}  ${spot.location}`);
    for (const line of spot.hotLines.filter((hot) => hot.share >= 0.01)) console.log(`  ${' '.repeat(25)}${percent(line.share)} at ${line.location}`);
  }
}
