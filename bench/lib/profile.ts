// CPU profile of one task through the inspector, summed up per function and per source line: where
// the time goes, mapped back to the TypeScript sources through the bundle's source map.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import * as path from 'node:path';

export interface HotSpot {
  function: string;
  /** file:line, relative to the project where possible. */
  location: string;
  selfMs: number;
  /** Share of the profiled time spent in the function itself. */
  selfShare: number;
  /** Share spent in the function and what it calls. */
  totalShare: number;
  /** The lines of the function (or of what was inlined into it) that took most of its own time. */
  hotLines: { location: string; share: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per line of the generated file (1-based lines). */
  positionTicks?: { line: number; ticks: number }[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Profiles `task` with a 100 µs sampling interval and writes the .cpuprofile to `outFile`. */
export async function profile(task: () => unknown, outFile: string, root: string, top = 12): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await task();
    const { profile: cpuProfile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    writeFileSync(outFile, JSON.stringify(cpuProfile));
    return summarizeProfile(cpuProfile, new SourceLocator(root)).slice(0, top);
  } finally {
    session.disconnect();
  }
}

function summarizeProfile(cpuProfile: CpuProfile, locator: SourceLocator): HotSpot[] {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}\u0000${locator.ofFunction(node.callFrame)}`;
  const isProfilerItself = (id: number) => {
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      if (byId.get(current)!.callFrame.url.startsWith('node:inspector')) return true;
    }
    return false;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  cpuProfile.samples.forEach((id, index) => {
    const delta = cpuProfile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || ['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName) || isProfilerItself(id)) return;
    all += delta;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const key = keyOf(byId.get(current)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  const ticksByFunction = new Map<string, Map<string, number>>();
  for (const node of cpuProfile.nodes) {
    const lines = ticksByFunction.get(keyOf(node)) ?? new Map<string, number>();
    ticksByFunction.set(keyOf(node), lines);
    for (const { line, ticks } of node.positionTicks ?? []) {
      const where = locator.ofLine(node.callFrame.url, line);
      lines.set(where, (lines.get(where) ?? 0) + ticks);
    }
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .map(([key, micros]) => {
      const [name, where] = key.split('\u0000');
      const lines = [...(ticksByFunction.get(key) ?? [])];
      const ticks = lines.reduce((sum, [, count]) => sum + count, 0);
      const hotLines = lines
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([location, count]) => ({ location, share: (count / ticks) * (micros / all) }));
      return { function: name, location: where, selfMs: micros / 1000, selfShare: micros / all, totalShare: (total.get(key) ?? 0) / all, hotLines };
    });
}

/** Maps places in the running (bundled) code back to the TypeScript sources. */
class SourceLocator {
  private readonly generatedLines = new Map<string, string[]>();

  constructor(private readonly root: string) {}

  ofFunction(callFrame: ProfileNode['callFrame']): string {
    return this.locate(callFrame.url, callFrame.lineNumber, callFrame.columnNumber);
  }

  /** `line` is 1-based, as in positionTicks. */
  ofLine(url: string, line: number): string {
    const file = fileOf(url);
    const text = this.generatedLine(file, line - 1);
    return this.locate(url, line - 1, text.length - text.trimStart().length);
  }

  private locate(url: string, line: number, column: number): string {
    if (!url) return '';
    let file = fileOf(url);
    let originalLine = line + 1;
    const entry = findSourceMap(file)?.findEntry(line, column);
    if (entry && 'originalSource' in entry && entry.originalSource) {
      file = entry.originalSource.startsWith('file://') ? fileOf(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
      originalLine = entry.originalLine + 1;
    }
    return `${file.startsWith(this.root) ? path.relative(this.root, file) : file}:${originalLine}`;
  }

  private generatedLine(file: string, line: number): string {
    let lines = this.generatedLines.get(file);
    if (!lines) {
      try {
        lines = readFileSync(file, 'utf8').split('\n');
      } catch {
        lines = [];
      }
      this.generatedLines.set(file, lines);
    }
    return lines[line] ?? '';
  }
}

function fileOf(url: string): string {
  return url.startsWith('file://') ? new URL(url).pathname : url;
}
