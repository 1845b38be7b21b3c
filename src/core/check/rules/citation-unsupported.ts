// citation-unsupported: a sentence cites a source for a fact the sources state (an event's date or
// place, a person's title, age or home town) that the cited source does not tell of, while another
// source does. The fix cites that source instead. A title in words so general that a cited source
// naming the person may say it in others ("Hamas official") is left alone. (A quotation held only by another source is
// a quote-mismatch.)

import type { Actor } from '../../factbase/types';
import { citedSources, clauseAt, clausesOf, sentenceAt, type ClaimContext } from '../claims/context';
import type { RawFix, Span } from '../rules';
import type { Rule } from './rule';
import { sourcesOf } from './messages';
import { statedClaims, type StatedClaim } from './support';
import { plainMarks } from '../quote-index';

export const citationUnsupported: Rule = {
  code: 'citation-unsupported',
  check(claims, context, findings) {
    for (const claim of statedClaims(claims, context)) {
      if (claim.kind === 'quotation' || claim.evidence.length === 0 || claim.dateOnlyFits) continue;
      const backing = backingSpan(context, claim);
      if (!backing) continue;
      const cited = citedSources(context, backing);
      if (cited.length === 0) continue;
      // A cited source that names the person may give a title this general in other words.
      if (claim.looseTitleOf && cited.some((id) => names(claim.looseTitleOf!, id))) continue;
      const stating = [...new Set(claim.evidence.map((evidence) => evidence.sourceId))];
      if (cited.some((id) => stating.includes(id) || (claim.ofEvents && holdsWords(context, id, claim)) || tellsOfPerson(context, id, claim))) continue;
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

/** Whether the source writes any spelling of the actor's name. */
function names(actor: Actor, sourceId: string): boolean {
  return actor.spellings.some((spelling) => (spelling.uses[sourceId] ?? 0) > 0);
}

/**
 * Where a citation backing the claim stands. A person's title or age: after it in its own clause (one
 * at the end of a long sentence, or before the claim, may stand for another of the sentence's
 * claims). An event's date or place: right after it, as a sentence telling of events cites the
 * source for what it goes on to say of them as often as for their date. None for a title, age or
 * home after a dash.
 */
function backingSpan(context: ClaimContext, claim: StatedClaim): Span | undefined {
  if (claim.ofEvents) return { start: claim.end, end: claim.end };
  const sentence = sentenceAt(context, claim.start);
  const clause = clauseAt(clausesOf(context, sentence), claim.start);
  // "… Abbas Kamel — no relation to the Palestinian president, Mahmoud Abbas [@s003]": a remark the writer adds after a dash is not what the citation backs.
  if (/\s[—–]\s/.test(context.text.slice(sentence.start, claim.start))) return undefined;
  // "Trufanov, 28, from Nir Oz — written Trupanov in [@s001]": nor is a claim before one the remark's citation.
  const dash = /\s[—–]\s/.exec(context.text.slice(claim.end, clause.end));
  return { start: claim.end, end: dash ? claim.end + dash.index : clause.end };
}

/**
 * Whether the source's text holds the claim's words ("March 2006", "Moscow"): the fact base may
 * give an event from one source only while another tells of it too.
 */
function holdsWords(context: ClaimContext, sourceId: string, claim: StatedClaim): boolean {
  const written = context.text.slice(claim.start, claim.end);
  // "in January '24" of a source that tells of a visit "in January": the source tells of that month.
  const month = claim.kind === 'date' ? MONTH_NAME.exec(written)?.[0] : undefined;
  return [written, ...(month ? [month] : [])].some((words) => context.facts.quotes.find(sourceId, [words]) !== undefined);
}

/**
 * Whether the source names the person and writes the title or place as the draft does: a fact base
 * built from the sources may record a person's title or home from one source only.
 */
function tellsOfPerson(context: ClaimContext, sourceId: string, claim: StatedClaim): boolean {
  return claim.saidOf !== undefined && names(claim.saidOf.person, sourceId) && writesInAnyCase(context, sourceId, claim.saidOf.words);
}

/** Whether the source's text holds the words, whatever their case: a title is "Deputy Minister" in one text, "deputy minister" in another. */
function writesInAnyCase(context: ClaimContext, sourceId: string, words: string): boolean {
  const text = context.factBase.sources.get(sourceId)?.text;
  const plain = (written: string) => plainMarks(written).toLowerCase().replace(/\s+/g, ' ');
  return text !== undefined && plain(text).includes(plain(words));
}

const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** Cite the source that states it in place of the cited one: only when the sentence has one citation key. */
function citationFixes(context: ClaimContext, claim: Span, cited: string[], instead: string): RawFix[] {
  const sentence = sentenceAt(context, claim.start);
  const keys = context.citations.filter((citation) => citation.start >= sentence.start && citation.start <= sentence.end + 1).flatMap((citation) => citation.keys);
  if (keys.length !== 1 || cited.length !== 1) return [];
  return [{ title: `Cite ${instead} instead`, start: keys[0]!.start, end: keys[0]!.end, replacement: instead }];
}
