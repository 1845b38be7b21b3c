// Whole processes side by side on the same drafts: `crosscheck check` against cspell with its English
// dictionary and the fact base's names as extra words, markdownlint-cli2 with its default rules and
// write-good with its default checks. Each run is a fresh process, timed from spawn to exit, with the
// peak RSS of the process.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FactBase } from '../../src/core/factbase/types';
import { BUNDLED_FACTS, ROOT, type BenchInputs } from './inputs';
import { median, megabytesPerSecond, runAccepted, summarize, type ProcessRun } from './measure';
import { round, type Row } from './report';

export interface Tool {
  name: string;
  command: string;
  args(draft: string): string[];
  /** Whether the exit status means the tool did its job, with or without findings. */
  ranToCompletion(run: ProcessRun): boolean;
  /** What it found, for the table: "4053 findings". */
  describeOutput(run: ProcessRun): string;
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
/** Exit 0 means nothing found and 1 findings; anything else is a failure. */
const zeroOrOne = (run: ProcessRun) => run.status === 0 || run.status === 1;

export function crosscheckTool(): Tool {
  return {
    name: 'crosscheck check --format json',
    command: process.execPath,
    args: (draft) => [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--facts', BUNDLED_FACTS, draft],
    ranToCompletion: zeroOrOne,
    describeOutput: (run) => `${countJsonFindings(run.stdout)} findings`,
  };
}

/** cspell with the default English dictionary and every word of the fact base's names, configured in `dir`. */
export function cspellTool(dir: string, factBase: FactBase): Tool {
  const config = writeCspellConfig(dir, factBase);
  return {
    name: 'cspell, English + names',
    command: bin('cspell'),
    args: (draft) => ['--config', config, '--no-progress', '--no-summary', '--no-color', draft],
    ranToCompletion: zeroOrOne,
    describeOutput: (run) => `${run.stdout.split('\n').filter((line) => line.includes('Unknown word')).length} unknown words`,
  };
}

export function markdownlintTool(): Tool {
  return {
    name: 'markdownlint-cli2, default rules',
    command: bin('markdownlint-cli2'),
    // ":" makes the argument a literal path, not a glob.
    args: (draft) => ['--no-globs', `:${draft}`],
    ranToCompletion: zeroOrOne,
    describeOutput: (run) => {
      const errors = /^Summary: (\d+) error/m.exec(run.stdout)?.[1];
      return errors === undefined ? 'no summary line' : `${errors} errors`;
    },
  };
}

export function writeGoodTool(): Tool {
  return {
    name: 'write-good --parse, default checks',
    command: bin('write-good'),
    args: (draft) => ['--parse', draft],
    // With --parse it exits 0 for nothing found and 255 for suggestions.
    ranToCompletion: (run) => run.status === 0 || run.status === 255,
    describeOutput: (run) => `${run.stdout.split('\n').filter((line) => line.length > 0).length} suggestions`,
  };
}

interface ToolFigures {
  tool: Tool;
  wallMs: number[];
  peakRssMb: number[];
  /** What it found on its first run. */
  found: string;
}

/** Runs each tool `runs` times on `draft`, in turn, so that a change in the machine's load weighs on all alike. */
export function measureTools(tools: readonly Tool[], draft: string, cwd: string, runs: number): ToolFigures[] {
  const figures = tools.map((tool): ToolFigures => ({ tool, wallMs: [], peakRssMb: [], found: '' }));
  for (let i = 0; i < runs; i++) {
    for (const entry of figures) {
      const run = runAccepted(entry.tool.command, entry.tool.args(draft), cwd, entry.tool.ranToCompletion);
      entry.wallMs.push(run.wallMs);
      if (run.peakRssKb !== undefined) entry.peakRssMb.push(run.peakRssKb / 1024);
      if (i === 0) entry.found = entry.tool.describeOutput(run);
    }
  }
  return figures;
}

/** The 1 MB draft, crosscheck against cspell, with the ratio of their median times. */
export function compareWithCspell(inputs: BenchInputs, factBase: FactBase, runs: number, target: number): Row[] {
  const draft = inputs.largeDraft;
  const [crosscheck, cspell] = measureTools([crosscheckTool(), cspellTool(inputs.dir, factBase)], draft.file, inputs.dir, runs);
  const ratio = median(crosscheck.wallMs) / median(cspell.wallMs);
  return [
    toolRow(crosscheck, draft.text.length),
    toolRow(cspell, draft.text.length),
    { name: 'process ratio crosscheck / cspell', value: ratio, unit: '×', target: { text: `< ${target}`, met: ratio < target } },
  ];
}

/**
 * Every tool on drafts of each size: a row per tool and size, and per size and peer crosscheck's
 * time as a share of the peer's (target below 1), and at the largest size its peak memory as a
 * share of cspell's (target at most 1).
 */
export function compareWithPeers(drafts: readonly { label: string; file: string; characters: number }[], tools: readonly Tool[], cwd: string, runs: (characters: number) => number): Row[] {
  const rows: Row[] = [];
  const largest = drafts[drafts.length - 1];
  for (const draft of drafts) {
    const [crosscheck, ...peers] = measureTools(tools, draft.file, cwd, runs(draft.characters));
    for (const entry of [crosscheck, ...peers]) rows.push(toolRow(entry, draft.characters, draft.label));
    for (const peer of peers) {
      const ratio = median(crosscheck.wallMs) / median(peer.wallMs);
      rows.push({ name: `${draft.label}: time crosscheck / ${peer.tool.name.split(' ')[0]}`, value: ratio, unit: '×', target: { text: '< 1', met: ratio < 1 } });
    }
    const cspell = peers.find((peer) => peer.tool.name.startsWith('cspell'));
    if (draft === largest && cspell && crosscheck.peakRssMb.length > 0) {
      const ratio = Math.max(...crosscheck.peakRssMb) / Math.max(...cspell.peakRssMb);
      rows.push({ name: `${draft.label}: peak RSS crosscheck / cspell`, value: ratio, unit: '×', target: { text: '≤ 1', met: ratio <= 1 } });
    }
  }
  return rows;
}

function toolRow(entry: ToolFigures, characters: number, label?: string): Row {
  const timing = summarize(entry.wallMs);
  const memory = entry.peakRssMb.length > 0 ? `, peak RSS ${round(Math.max(...entry.peakRssMb))} MB` : '';
  return {
    name: `${label ? `${label}: ` : 'process: '}${entry.tool.name}`,
    ...timing,
    notes: `${round(megabytesPerSecond(characters, timing.medianMs))} MB/s${memory}, ${entry.found}`,
  };
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
