// unknown-source: a citation key that names no source of the fact base (nor one the workspace's
// `citations:` map names), with the ids near it as fixes: "[@s02]" for s002, "[@s0004]" for s004.

import type { ClaimContext } from '../claims/context';
import type { RawFinding } from '../rules';
import { editDistance } from '../translit';
import type { CitationKey } from '../../text/markdown';
import { eachClaim } from './rule';

/** How many of the ids nearest an unknown key are offered. */
const MAX_NEAR = 3;

export const unknownSource = eachClaim('unknown-source', (_claims, context) => context.citations.flatMap((citation) => citation.keys), unknownKeyFinding);

function unknownKeyFinding(key: CitationKey, context: ClaimContext): RawFinding | undefined {
  if (Object.hasOwn(context.citationMap, key.id) || context.factBase.sources.has(key.id)) return undefined;
  const ids = [...context.factBase.sources.keys()];
  const near = ids
    .map((id) => ({ id, distance: sameNumber(key.id, id) ? 0 : editDistance(key.id.toLowerCase(), id.toLowerCase(), 2) }))
    .filter((each) => each.distance <= 2)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, MAX_NEAR);
  const known = ids.length <= 8 ? ` (its sources: ${ids.join(', ')})` : ` (${ids.length} sources)`;
  return {
    code: 'unknown-source',
    start: key.start,
    end: key.end,
    message: `No source of the fact base has the id “${key.id}”${known}; a citation key that is not a source id can be mapped to one in the citations: setting.`,
    evidence: [],
    fixes: near.map(({ id }) => ({ title: `Cite ${id}`, replacement: id })),
  };
}

/** Whether both ids end in the same number: "s4" and "s004". */
function sameNumber(a: string, b: string): boolean {
  const number = (id: string) => /(\d+)$/.exec(id)?.[1];
  const [x, y] = [number(a), number(b)];
  return x !== undefined && y !== undefined && Number(x) === Number(y) && a.replace(/\d+$/, '').toLowerCase() === b.replace(/\d+$/, '').toLowerCase();
}
