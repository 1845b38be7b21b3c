// Hostile input timed against ordinary prose of the same length: whatever a draft or a fact base
// holds, reading it may take at most a few times as long as reading a report of its size.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

let examples: string | undefined;

/** The example drafts one after another, repeated and cut to `length` characters. */
export function ordinaryProse(length: number): string {
  examples ??= readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(path.join(EXAMPLES, name), 'utf8'))
    .join('\n\n');
  return examples.repeat(Math.ceil(length / examples.length)).slice(0, length);
}

/** The CPU time of one call, in milliseconds: other processes on a busy machine do not count. */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least CPU time of `runs` calls: the run least disturbed by garbage collection. */
export function leastCpuMs(run: () => void, runs: number): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) least = Math.min(least, cpuMs(run));
  return least;
}

/**
 * Below this many milliseconds a difference is noise (a collection, a compilation), not the cost
 * of the input.
 */
const NOISE_MS = 10;

/**
 * Asserts that `read` takes at most `factor` times as long on `hostile` as on ordinary prose of the
 * same length. The hostile input is read again when it is over, as one slow run may be a garbage
 * collection; it fails only when three runs are.
 */
export function assertNearProseTime(label: string, hostile: string, read: (text: string) => unknown, factor = 3): void {
  const prose = ordinaryProse(hostile.length);
  read(prose);
  const proseMs = leastCpuMs(() => read(prose), 3);
  const limit = factor * proseMs + NOISE_MS;
  let hostileMs = Infinity;
  for (let run = 0; run < 3 && hostileMs > limit; run++) hostileMs = Math.min(hostileMs, cpuMs(() => read(hostile)));
  assert.ok(hostileMs <= limit, `${label}: ${hostileMs.toFixed(0)} ms of CPU, more than ${factor} × the ${proseMs.toFixed(1)} ms of ordinary prose of its length (${hostile.length} characters)`);
}
