// Rewrites each spelling's `uses` in a fact base file to the counts its sources really have, as
// `crosscheck validate --fix` and the editor's quick fix do. Only the `uses` values change: the rest
// of the file, its comments and its layout stay as they are written.

import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { FactBase } from './types';

export interface UsesEdit {
  start: number;
  end: number;
  replacement: string;
}

/** The edits that make the file's `uses` the loaded fact base's (the real counts), in file order. */
export function usesEdits(text: string, file: string, factBase: FactBase): UsesEdit[] {
  const document = parseDocument(text);
  const actors = document.get('actors');
  if (!isSeq(actors)) return [];
  const edits: UsesEdit[] = [];
  for (const item of actors.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    const actor = typeof id === 'string' ? factBase.actors.get(id) : undefined;
    if (!actor || actor.at.file !== file) continue;
    for (const [key, kind] of [['spellings', 'full'], ['short', 'short']] as const) {
      const list = item.get(key);
      if (!isSeq(list)) continue;
      for (const entry of list.items) {
        if (!isMap(entry)) continue;
        const written = entry.get('text');
        const spelling = actor.spellings.find((each) => each.text === written && each.kind === kind);
        const uses = entry.get('uses', true) as Node | undefined;
        if (!spelling || !uses?.range || !isMap(uses)) continue;
        const declared = Object.fromEntries(uses.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), isScalar(pair.value) ? pair.value.value : undefined]));
        if (sameUses(declared, spelling.uses)) continue;
        edits.push({ start: uses.range[0], end: uses.range[1], replacement: flowUses(spelling.uses) });
      }
    }
  }
  return edits;
}

/** The text with the edits made. */
export function applyUsesEdits(text: string, edits: readonly UsesEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  return result;
}

function sameUses(declared: Record<string, unknown>, real: Record<string, number>): boolean {
  const declaredIds = Object.keys(declared);
  const realIds = Object.keys(real);
  return declaredIds.length === realIds.length && realIds.every((id) => declared[id] === real[id]);
}

/** Uses as the fact base writes them: `{ s000: 2, s003: 1 }`, in source order. */
export function flowUses(uses: Record<string, number>): string {
  const entries = Object.entries(uses).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? '{}' : `{ ${entries.map(([id, count]) => `${id}: ${count}`).join(', ')} }`;
}
