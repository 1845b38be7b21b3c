// CPU profile of one task through the inspector, summed up per function: where the time goes.
import { writeFileSync } from 'node:fs';
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
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Profiles `task` with a 100 µs sampling interval and writes the .cpuprofile next to `outFile`. */
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
    return summarizeProfile(cpuProfile, root).slice(0, top);
  } finally {
    session.disconnect();
  }
}

export function summarizeProfile(cpuProfile: CpuProfile, root: string): HotSpot[] {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}\u0000${location(node, root)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  const isProfilerItself = (id: number) => {
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      if (byId.get(current)!.callFrame.url.startsWith('node:inspector')) return true;
    }
    return false;
  };
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
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .map(([key, micros]) => {
      const [name, where] = key.split('\u0000');
      return { function: name, location: where, selfMs: micros / 1000, selfShare: micros / all, totalShare: (total.get(key) ?? 0) / all };
    });
}

/** Where a function stands, mapped back to the TypeScript source through the bundle's source map when it has one. */
function location(node: ProfileNode, root: string): string {
  const { url, lineNumber, columnNumber } = node.callFrame;
  if (!url) return '';
  let file = url.startsWith('file://') ? new URL(url).pathname : url;
  let line = lineNumber + 1;
  const entry = findSourceMap(file)?.findEntry(lineNumber, columnNumber);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    file = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : path.resolve(path.dirname(file), entry.originalSource);
    line = entry.originalLine + 1;
  }
  return `${file.startsWith(root) ? path.relative(root, file) : file}:${line}`;
}
