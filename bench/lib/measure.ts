// Timing and memory measurement for the benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Timing {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median CPU time of this process over the runs: less sensitive than wall time to a busy machine. */
  cpuMedianMs?: number;
}

declare const gc: (() => void) | undefined;

/** Collects garbage when node runs with --expose-gc, so that one run's garbage does not slow the next. */
export function collectGarbage(): void {
  if (typeof gc === 'function') gc();
}

export function gcExposed(): boolean {
  return typeof gc === 'function';
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(samples: number[], cpuSamples?: number[]): Timing {
  return {
    runs: samples.length,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    ...(cpuSamples?.length ? { cpuMedianMs: median(cpuSamples) } : {}),
  };
}

/** Wall and CPU milliseconds of one call. */
export async function measureOnce(task: () => unknown): Promise<{ wallMs: number; cpuMs: number }> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await task();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs `task` `warmup` times unmeasured, then `runs` times measured: with a full collection before each
 * (the default), or back to back. A forced collection frees one run's garbage before the next, but its
 * sweeping goes on in the background during that run: a task that allocates briskly, such as a check,
 * then runs slower than it ever does in the editor or the CLI, which force none.
 */
export async function time(runs: number, warmup: number, task: () => unknown, between: 'collect' | 'back to back' = 'collect'): Promise<Timing> {
  // What earlier rows left behind is collected first, so that no row pays for another's garbage.
  collectGarbage();
  for (let i = 0; i < warmup; i++) await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (between === 'collect') collectGarbage();
    const { wallMs, cpuMs } = await measureOnce(task);
    wall.push(wallMs);
    cpu.push(cpuMs);
  }
  return summarize(wall, cpu);
}

export interface ProcessRun {
  wallMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
  /** The process's peak resident set, where GNU time is there to tell it (/usr/bin/time). */
  peakRssKb?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a whole process to its end; under GNU time, when there is one, for its peak RSS. */
export function runProcess(command: string, args: string[], cwd: string): ProcessRun {
  if (!existsSync(GNU_TIME)) return spawnTimed(command, args, cwd);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-time-'));
  try {
    const report = path.join(dir, 'rss');
    // %M: the maximum resident set size in KB, written to its own file so that the tool's stderr stays its own.
    const run = spawnTimed(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], cwd);
    const peakRssKb = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    return Number.isFinite(peakRssKb) ? { ...run, peakRssKb } : run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnTimed(command: string, args: string[], cwd: string): ProcessRun {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  return { wallMs, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a whole process and fails when `accept` says it did not do its job (a non-zero exit can be normal). */
export function runAccepted(command: string, args: string[], cwd: string, accept: (run: ProcessRun) => boolean): ProcessRun {
  const run = runProcess(command, args, cwd);
  if (!accept(run)) {
    throw new Error(`${command} ${args.join(' ')} failed with status ${run.status}:\n${run.stderr.slice(0, 2000) || run.stdout.slice(0, 2000)}`);
  }
  return run;
}

export const MB = 1024 * 1024;

export function megabytesPerSecond(characters: number, ms: number): number {
  return characters / MB / (ms / 1000);
}
