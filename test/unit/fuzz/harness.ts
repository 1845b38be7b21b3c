// Runs a property over a fixed number of generated inputs for the seed, records the slowest input,
// and on failure shrinks the input and reports the seed that rebuilds it. The seed is DEFAULT_SEED
// unless FUZZ_SEED says otherwise, so that `npm test` runs the same cases every time, on any machine,
// and a new failure shows up in an exploratory run, not at random in CI:
//   FUZZ_SEED=<seed> npx mocha test/unit/fuzz --grep fuzz:     # replay a run
//   FUZZ_SEED=random npx mocha test/unit/fuzz --grep fuzz:     # fresh cases; the seed drawn is printed
import { createRandom, hashSeed, type Random } from '../../../bench/generators/random';
import { leastCpuMs, ordinaryProse } from '../prose-time';

const DEFAULT_SEED = 1;

export const FUZZ_SEED = readSeed();

/** FUZZ_CASES_SCALE=10 runs ten times as many cases of each property, for a deeper search than `npm test` makes. */
const CASES_SCALE = Number(process.env.FUZZ_CASES_SCALE) > 0 ? Number(process.env.FUZZ_CASES_SCALE) : 1;

/**
 * A mocha timeout for a test whose properties take about `expectedMs` in all on this machine: room
 * for a slower machine, for more cases, and to shrink failures.
 */
export function fuzzTimeout(expectedMs: number): number {
  return 4 * expectedMs * CASES_SCALE + 15_000;
}

function readSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given === undefined || given === '') return DEFAULT_SEED;
  if (given === 'random') {
    const drawn = (Date.now() ^ (process.pid << 16)) >>> 0;
    console.log(`FUZZ_SEED=random drew seed ${drawn}`);
    return drawn;
  }
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`FUZZ_SEED must be a non-negative integer or "random", got "${given}"`);
  return seed >>> 0;
}

/**
 * Below this many milliseconds a check's time is noise (a collection, a compilation, another process
 * on the machine), not the cost of its input. A blow-up the limits are there to catch costs seconds.
 */
const NOISE_MS = 60;

/**
 * A time limit relative to ordinary input: `factor` times the CPU time `read` takes on it, measured
 * once for each ordinary input asked of, plus NOISE_MS.
 */
export function nearOrdinaryTime<T>(read: (ordinary: T) => unknown, factor: number): (ordinary: T) => number {
  const measured = new Map<T, number>();
  return (ordinary) => {
    let ms = measured.get(ordinary);
    if (ms === undefined) {
      read(ordinary);
      ms = leastCpuMs(() => read(ordinary), 3);
      measured.set(ordinary, ms);
    }
    return factor * ms + NOISE_MS;
  };
}

/** `nearOrdinaryTime` for asynchronous work on one ordinary input, awaited and measured at once. */
export async function nearOrdinaryTimeAwaited(read: () => Promise<unknown>, factor: number): Promise<number> {
  await read();
  let least = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    await read();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return factor * least + NOISE_MS;
}

/**
 * A time limit relative to ordinary prose: `factor` times the CPU time `read` takes on the example
 * drafts cut to the next power of two of characters above the input's length, plus NOISE_MS.
 */
export function nearProseTime(read: (text: string) => unknown, factor: number): (length: number) => number {
  const limitOf = nearOrdinaryTime((size: number) => read(proseOf(size)), factor);
  const prose = new Map<number, string>();
  const proseOf = (size: number) => {
    let text = prose.get(size);
    if (text === undefined) prose.set(size, (text = ordinaryProse(size)));
    return text;
  };
  return (length) => limitOf(2 ** Math.ceil(Math.log2(Math.max(length, 1024))));
}

export interface FuzzOptions<T> {
  /** How many cases to run (times FUZZ_CASES_SCALE). */
  cases: number;
  generate(random: Random, index: number): T;
  /** Throws when the property does not hold. May be async. */
  check(input: T): void | Promise<void>;
  /** Smaller candidate inputs to try while shrinking a failing one, most promising first. */
  shrink?(input: T): Iterable<T>;
  /** Longest a check may take for this input, in milliseconds. */
  timeLimitMs?(input: T): number;
  describe?(input: T): string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  slowestMs: number;
  slowestCase: number;
  slowestDescription: string;
  /** The most any case took of its time limit, as a fraction. */
  mostOfLimit: number;
}

/** Within a suite, each property gets its own stream of cases derived from the seed and its name. */
export async function fuzz<T>(name: string, options: FuzzOptions<T>): Promise<FuzzReport> {
  const report: FuzzReport = { seed: FUZZ_SEED, cases: 0, slowestMs: 0, slowestCase: -1, slowestDescription: '', mostOfLimit: 0 };
  const describe = options.describe ?? ((input: T) => preview(input));
  const failures = new Map<string, string>();
  const cases = options.cases * CASES_SCALE;
  for (let index = 0; index < cases; index++) {
    const input = options.generate(createRandom(hashSeed(`${FUZZ_SEED}:${name}:${index}`)), index);
    const failure = await failureOf(options, input);
    report.cases++;
    if (failure.limitMs !== undefined) report.mostOfLimit = Math.max(report.mostOfLimit, failure.ms / failure.limitMs);
    if (failure.ms > report.slowestMs) {
      Object.assign(report, { slowestMs: failure.ms, slowestCase: index, slowestDescription: describe(input) });
    }
    const signature = failure.error ? signatureOf(failure.error) : undefined;
    if (signature !== undefined && !failures.has(signature) && failures.size < MAX_REPORTED_FAILURES) {
      const minimal = await shrinkFailure(options, input, failure.error);
      failures.set(
        signature,
        [
          `case ${index}: ${minimal.error instanceof Error ? (minimal.error.stack ?? minimal.error.message) : String(minimal.error)}`,
          `minimal input: ${describe(minimal.input)}`,
          `original input: ${describe(input)}`,
        ].join('\n'),
      );
    }
  }
  console.log(
    `      ${name}: ${report.cases} cases, seed ${report.seed}, slowest ${report.slowestMs.toFixed(1)} ms of CPU (case ${report.slowestCase}: ${truncate(report.slowestDescription, 80)})` +
      (options.timeLimitMs ? `, at most ${Math.round(100 * report.mostOfLimit)}% of a time limit` : ''),
  );
  if (failures.size > 0) {
    throw new Error(
      `${name}: ${failures.size} kind(s) of failure; rerun with FUZZ_SEED=${FUZZ_SEED} npx mocha test/unit/fuzz --grep fuzz:\n\n${[...failures.values()].join('\n\n')}`,
    );
  }
  return report;
}

const MAX_REPORTED_FAILURES = 5;

/** Failures are told apart by the first line of their message without numbers, quotes and bracketed details. */
function signatureOf(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message
    .split('\n')[0]
    .replace(/"[^"]*"|“[^”]*”|\([^)]*\)|\[[^\]]*\]/g, '…')
    .replace(/\d+/g, '#');
}

interface Outcome {
  error?: unknown;
  ms: number;
  /** The input's time limit, when the property has one. */
  limitMs?: number;
}

class TooSlowError extends Error {}

async function failureOf<T>(options: FuzzOptions<T>, input: T): Promise<Outcome> {
  const outcome = await timed(options, input);
  if (outcome.error || !options.timeLimitMs) return outcome;
  const limitMs = options.timeLimitMs(input);
  if (outcome.ms <= limitMs) return { ...outcome, limitMs };
  // A single slow run can be a garbage collection or a busy machine: a second one must confirm it.
  const again = await timed(options, input);
  if (again.error || again.ms <= limitMs) return { ...again, limitMs };
  return { error: new TooSlowError(`took ${Math.min(outcome.ms, again.ms).toFixed(0)} ms of CPU, limit ${limitMs.toFixed(0)} ms`), ms: again.ms, limitMs };
}

/**
 * Measures the CPU time of the check rather than the wall time, so that other processes on a busy
 * machine do not make an input look slow.
 */
async function timed<T>(options: FuzzOptions<T>, input: T): Promise<Outcome> {
  const start = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  try {
    await options.check(input);
    return { ms: cpuMs() };
  } catch (error) {
    return { error, ms: cpuMs() };
  }
}

/** Greedy shrinking: take the first smaller candidate that still fails, until none does or time runs out. */
async function shrinkFailure<T>(options: FuzzOptions<T>, input: T, error: unknown): Promise<{ input: T; error: unknown }> {
  // Each try of a slow input is slow: it is reported as it is.
  if (!options.shrink || error instanceof TooSlowError) return { input, error };
  const deadline = performance.now() + 5000;
  let current = { input, error };
  let progressed = true;
  while (progressed && performance.now() < deadline) {
    progressed = false;
    for (const candidate of options.shrink(current.input)) {
      if (performance.now() >= deadline) break;
      const outcome = await failureOf(options, candidate);
      if (outcome.error) {
        current = { input: candidate, error: outcome.error };
        progressed = true;
        break;
      }
    }
  }
  return current;
}

/** Candidates for a failing text: without a half, a quarter... of its lines, then of its characters. */
export function* shrinkText(text: string): Iterable<string> {
  for (const separator of ['\n', '']) {
    const parts = separator ? text.split('\n') : [...text];
    if (parts.length < 2) continue;
    for (let chunk = Math.floor(parts.length / 2); chunk >= 1; chunk = Math.floor(chunk / 2)) {
      for (let start = 0; start < parts.length; start += chunk) {
        yield [...parts.slice(0, start), ...parts.slice(start + chunk)].join(separator);
      }
      if (chunk === 1) break;
    }
  }
}

export function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return truncate(JSON.stringify(text ?? String(value)), 2000) + ` (${text?.length ?? 0} chars)`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max / 2)} … ${text.slice(-max / 2)}`;
}
