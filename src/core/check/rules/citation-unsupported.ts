// citation-unsupported: a sentence cites a source for a fact the sources state (a person's title or
// age) that the cited source does not tell of, while another source does. The fix cites that source
// instead. (A date is read against the events of the cited source alone, so it never comes here.)

import { citedSources, clauseAt, clausesOf, sentenceAt, type ClaimContext } from '../claims/context';
import type { BlockClaims } from '../claims/read';
import type { Evidence } from '../../factbase/types';
import type { RawFix, Span } from '../rules';
import { sameOffice } from '../claims/offices';
import type { Rule } from './rule';
import { sourcesOf } from './messages';

export const citationUnsupported: Rule = {
  code: 'citation-unsupported',
  check(claims, context, findings) {
    for (const claim of supportedClaims(claims, context)) {
      // Only a citation after the claim in its own clause: one at the end of a long sentence, or before
      // the claim, may stand for another of the sentence's claims.
      const clause = clauseAt(clausesOf(context, sentenceAt(context, claim.start)), claim.start);
      const cited = citedSources(context, { start: claim.end, end: clause.end });
      if (cited.length === 0) continue;
      const stating = [...new Set(claim.evidence.map((evidence) => evidence.sourceId))];
      if (stating.length === 0 || cited.some((id) => stating.includes(id))) continue;
      findings.push({
        code: 'citation-unsupported',
        start: claim.start,
        end: claim.end,
        message: `The cited ${cited.join(' and ')} ${cited.length === 1 ? 'does' : 'do'} not tell of ${claim.what}; ${sourcesOf(claim.evidence)} ${stating.length === 1 ? 'does' : 'do'}.`,
        evidence: claim.evidence,
        fixes: citationFixes(context, claim, cited, stating[0]!),
      });
    }
  },
};

interface SupportedClaim extends Span {
  /** What the claim states, for the message: "the date of the talks". */
  what: string;
  /** The passages of the sources that state it. */
  evidence: Evidence[];
}

/** The claims the sources bear out: titles they give the person, and ages they give. */
function supportedClaims(claims: BlockClaims, context: ClaimContext): SupportedClaim[] {
  const supported: SupportedClaim[] = [];
  for (const claim of claims.titles) {
    const own = (context.facts.officesOf.get(claim.person.id) ?? []).filter((held) => held.offices.some((worded) => sameOffice(claim.phrase.office, worded)));
    if (own.length > 0) supported.push({ start: claim.start, end: claim.end, what: `${claim.person.name}'s title “${claim.written}”`, evidence: own.flatMap((held) => held.title.evidence) });
  }
  for (const claim of claims.ages) {
    const facts = (context.facts.agesOf.get(claim.person.id) ?? []).filter((fact) => fact.value === claim.value);
    if (facts.length > 0) supported.push({ start: claim.start, end: claim.end, what: `${claim.person.name}'s age`, evidence: facts.flatMap((fact) => fact.evidence) });
  }
  return supported;
}

/** Cite the source that states it in place of the cited one: only when the sentence has one citation key. */
function citationFixes(context: ClaimContext, claim: Span, cited: string[], instead: string): RawFix[] {
  const sentence = sentenceAt(context, claim.start);
  const keys = context.citations.filter((citation) => citation.start >= sentence.start && citation.start <= sentence.end + 1).flatMap((citation) => citation.keys);
  if (keys.length !== 1 || cited.length !== 1) return [];
  return [{ title: `Cite ${instead} instead`, start: keys[0]!.start, end: keys[0]!.end, replacement: instead }];
}
