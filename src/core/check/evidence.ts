// Turning the fact base's evidence into what a finding shows: related passages and source lists.

import type { Evidence, FactBase } from '../factbase/types';
import { memoize, perFactBase } from './per-fact-base';
import type { RelatedPassage } from './types';

const passagesOf = perFactBase((factBase) => memoize((evidence: Evidence[]) => passagesFor(factBase, evidence)));

/** The source passages behind the evidence, one per passage, in the order given: one array per evidence array, shared. */
export function relatedPassages(factBase: FactBase, evidence: Evidence[]): RelatedPassage[] {
  return passagesOf(factBase)(evidence);
}

function passagesFor(factBase: FactBase, evidence: Evidence[]): RelatedPassage[] {
  const seen = new Set<string>();
  const related: RelatedPassage[] = [];
  for (const item of evidence) {
    const passage = item.passage;
    if (!passage) continue;
    const key = `${passage.file}:${passage.start.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push({
      sourceId: item.sourceId,
      file: factBase.sources.get(item.sourceId)?.resolvedFile ?? passage.file,
      line: passage.start.line,
      column: passage.start.column,
      endLine: passage.end.line,
      endColumn: passage.end.column,
      message: `${item.sourceId}: “${item.quote}”`,
    });
  }
  return related;
}
