// Timing and memory measurement for the benchmark.
import { spawnSync } from 'node:child_process';

export interface Timing {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

declare const gc: (() => void) | undefined;

/** Collects garbage when node runs with --expose-gc, so that one run's garbage does not slow the next. */
export function collectGarbage(): void {
  if (typeof gc === 'function') gc();
}

export function gcExposed(): boolean {
  return typeof gc === 'function';
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { runs: sorted.length, medianMs, minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}

/** Runs `task` `warmup` times unmeasured, then `runs` times measured, with a collection before each. */
export async function time(runs: number, warmup: number, task: () => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export interface ProcessRun {
  wallMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runProcess(command: string, args: string[], cwd: string): ProcessRun {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  return { wallMs, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Times a whole process `runs` times; `accept` says whether a run did its job (a non-zero exit can be normal). */
export function timeProcess(runs: number, command: string, args: string[], cwd: string, accept: (run: ProcessRun) => boolean): Timing & { last: ProcessRun } {
  const samples: number[] = [];
  let last: ProcessRun | undefined;
  for (let i = 0; i < runs; i++) {
    last = runProcess(command, args, cwd);
    if (!accept(last)) {
      throw new Error(`${command} ${args.join(' ')} failed with status ${last.status}:\n${last.stderr.slice(0, 2000) || last.stdout.slice(0, 2000)}`);
    }
    samples.push(last.wallMs);
  }
  return { ...summarize(samples), last: last! };
}

export const MB = 1024 * 1024;

export function megabytesPerSecond(characters: number, ms: number): number {
  return characters / MB / (ms / 1000);
}
