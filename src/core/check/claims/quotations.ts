// Quotation claims: words a draft sets in quotation marks and gives as a source's: cited (a source
// id written beside it, or a citation after it in its sentence), attributed ("said", "wrote",
// "told", "according to" with someone of the fact base in its sentence) or at least four words long.
// A short phrase in quotation marks that no one is said to have said is a scare quote, and words
// in quotation marks after "headed", "titled" or "called" are a title, and a source's outlet named
// in them ("the TASS report") is a reference to it: none of these is a quotation. A
// block quote the paragraph before introduces with a colon is a quotation, with or without marks.

import { withinSorted, type Span } from '../rules';
import { citedSources, sentenceAt, sourcesOfCitations, type ClaimContext } from './context';

export interface QuotationClaim extends Span {
  /** The words inside the marks: `start` and `end` are theirs. */
  text: string;
  /** The parts the source must hold verbatim: the words between omissions ("…", "[...]") and insertions ("[Russia]"). */
  parts: string[];
  /** The sources the sentence cites (their ids). */
  cited: string[];
}

/** Fewer words in quotation marks are a term or a spelling ("Musa", "conditional aid"), not a quotation. */
const MIN_WORDS = 3;
const MIN_UNATTRIBUTED_WORDS = 4;
/** How far after a quotation, in its sentence, the citation that gives its source may stand. */
const MAX_CITATION_DISTANCE = 160;
/** How far before or after a quotation a source id written out names its source ("s001: "Maxim Herkin"", ""..." (s002)"). */
const MAX_ID_DISTANCE = 12;
const CLAUSE_CONJUNCTION = /\b(?:and|but|while|whereas|though|although|yet)\b/i;

/** "said", "wrote", "told", "according to" and their kin. */
const ATTRIBUTION = /\b(?:said|says|saying|wrote|writes|told|tells|stated|states|added|adds|declared|quoted|according[ \t]+to|in[ \t]+(?:his|her|their)[ \t]+words)\b/i;

/** Words that make the quotation marks after them a title's: "headed", "the headline". */
const TITLE_LEAD = /\b(?:head(?:ed|lined?)|titled|entitled|called|named|dubbed|labell?ed|caption(?:ed)?|heading|title|slogan|banner|book|article|report|piece|film|paper|essay|column|series)[ \t:]*$/i;

/** A source id written in plain text: "(s002)", "in s004". */
const PLAIN_SOURCE_ID = /\bs\d{3}\b/g;

/** Where a quotation leaves words out, or puts words of its own in. */
const OMISSION_OR_INSERTION = /\s*(?:\[\s*(?:\.{3}|…)\s*\]|\.{3}|…|\[[^\]\n]{1,40}\])\s*/;

/**
 * The block's quotations. `wordings` are the stretches that are titles, names or dates: a
 * quotation of nothing else is someone's wording of one ("Infobox now reads "19 January 2024
 * (Friday)"", "described him as "deputy head of the Politburo""), checked as that, not as a quotation.
 */
export function readQuotations(context: ClaimContext, wordings: readonly Span[]): QuotationClaim[] {
  const claims: QuotationClaim[] = [];
  if (context.kind === 'heading') return claims;
  const blockQuote = blockQuotation(context);
  if (blockQuote) claims.push(blockQuote);
  context.quotes.forEach((quote, i) => {
    const start = quote.start + 1;
    const end = quote.end - 1;
    const text = withoutQuoteMarkers(context.text.slice(start, end));
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words === 0 || TITLE_LEAD.test(context.text.slice(Math.max(0, quote.start - 24), quote.start))) return;
    if (words < MIN_WORDS || refersToSource(context, text)) return;
    const sentence = sentenceAt(context, quote.start);
    if (isOnlyWording(context, { start, end }, wordings) && !ATTRIBUTION.test(context.text.slice(sentence.start, sentence.end))) return;
    const cited = citedSources(context, { start: quote.end, end: quote.end + 1 });
    if (cited.length === 0) cited.push(...sourcesNamedBeside(context, quote, sentence));
    // A citation after the next quotation is that one's; one a preposition governs further on cites its own phrase ("the 130-plus in [@s002]").
    const next = context.quotes[i + 1];
    const reach = Math.min(sentence.end, quote.end + MAX_CITATION_DISTANCE, next && next.start < sentence.end ? next.start : Infinity);
    if (cited.length === 0) cited.push(...sourcesOfCitations(context, withinSorted(context.citations, { start: quote.start, end: reach }).filter((citation) => !citesPhraseAfter(context, quote, citation))));
    if (cited.length === 0 && !attributed(context, sentence) && words < MIN_UNATTRIBUTED_WORDS) return;
    const parts = partsOf(text);
    if (parts.length === 0) return;
    claims.push({ start, end, text, parts, cited });
  });
  return claims;
}

/** Whether titles, names, dates and punctuation are all the span holds. */
function isOnlyWording(context: ClaimContext, span: Span, wordings: readonly Span[]): boolean {
  let rest = context.text.slice(span.start, span.end);
  const covering = [...wordings, ...context.mentions, ...context.dates].filter((part) => part.start < span.end && part.end > span.start).sort((a, b) => b.start - a.start);
  for (const part of covering) rest = rest.slice(0, Math.max(0, part.start - span.start)) + ' ' + rest.slice(Math.min(rest.length, part.end - span.start));
  return !/\p{L}{2,}/u.test(rest.replace(WEEKDAY_NAMES, ' '));
}

const WEEKDAY_NAMES = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/**
 * Whether a citation some words after the quotation cites a phrase of its own: as the object of a
 * preposition ("the 130-plus in [@s002]"), or closing a clause that a contrast opens right after the
 * quotation ("…," while the second captive, spelled Harkin in one report [@s003]).
 */
function citesPhraseAfter(context: ClaimContext, quote: Span, citation: Span): boolean {
  const lead = context.text.slice(quote.end, citation.start);
  if ((lead.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 2) return false;
  return /\b(?:in|by|from|see|with|than)[ \t]+$/i.test(lead) || CONTRAST_OPENING.test(lead);
}

const CONTRAST_OPENING = /^[^\p{L}\p{N}]*(?:while|whereas|though|although|but|yet)\b/iu;

/**
 * A block quote without quotation marks that the paragraph before introduces (“… in these terms:”)
 * is a quotation as a whole, its closing attribution line ("— Interfax") aside. Its source is one
 * it cites, else one its lead-in cites.
 */
function blockQuotation(context: ClaimContext): QuotationClaim | undefined {
  if (context.kind !== 'blockquote' || !context.leadIn || context.quotes.length > 0) return undefined;
  const quoted = context.text.replace(CLOSING_ATTRIBUTION, '');
  const start = quoted.search(/\S/);
  const end = quoted.trimEnd().length;
  if (start < 0) return undefined;
  const text = withoutQuoteMarkers(quoted.slice(start, end));
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_UNATTRIBUTED_WORDS) return undefined;
  const parts = partsOf(text);
  if (parts.length === 0) return undefined;
  const own = citedSources(context, { start: 0, end: context.text.length });
  return { start, end, text, parts, cited: own.length > 0 ? own : context.leadIn.cited };
}

/** A last line that says whose words these are: "— Marzouk, to Sputnik", "-- s002". */
const CLOSING_ATTRIBUTION = /\n[ \t]*(?:[\u2014\u2013]|--?)[^\n]*\s*$/;

/** A quotation set as a block quote goes on over lines that each open with ">". */
function withoutQuoteMarkers(text: string): string {
  return text.replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');
}

/** The words between omissions and insertions, which the source must hold verbatim. */
function partsOf(text: string): string[] {
  return text
    .split(OMISSION_OR_INSERTION)
    .map((part) => part.replace(/^[\s,;:]+|[\s,;:.!?]+$/g, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** Words beside an outlet's name that make the whole a name for its article: "the", "piece", "report". */
const MAX_WORDS_BESIDE_OUTLET = 2;

/** Whether the words name a source by its outlet, with a word or two beside: "the News of Israel piece", "the TASS report". */
function refersToSource(context: ClaimContext, text: string): boolean {
  const lower = text.toLowerCase();
  for (const source of context.factBase.sources.values()) {
    const outlet = source.outlet?.toLowerCase();
    if (!outlet || !lower.includes(outlet)) continue;
    const rest = lower.replace(outlet, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (rest <= MAX_WORDS_BESIDE_OUTLET) return true;
  }
  return false;
}

/** Whether the sentence says someone of the fact base, or a source's outlet, said its quotation. */
function attributed(context: ClaimContext, sentence: Span): boolean {
  if (!ATTRIBUTION.test(context.text.slice(sentence.start, sentence.end))) return false;
  return context.mentions.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
}

/**
 * The source id written out in plain text right before or after the quotation ("(s002)", "s001: "),
 * when its sentence names that one source alone: of several, which one a quotation is from is not
 * told by nearness ("s003 says they are "members of the military"; s000 quotes ...").
 */
function sourcesNamedBeside(context: ClaimContext, quote: Span, sentence: Span): string[] {
  const named = new Set([...context.text.slice(sentence.start, sentence.end).matchAll(PLAIN_SOURCE_ID)].map((match) => match[0]).filter((id) => context.factBase.sources.has(id)));
  if (named.size !== 1) return [];
  const [id] = named;
  const before = context.text.slice(Math.max(0, quote.start - MAX_ID_DISTANCE), quote.start).split('\n').pop()!;
  const after = context.text.slice(quote.end, quote.end + MAX_ID_DISTANCE).split('\n')[0];
  // "… "a prisoner of war", while s003 describes …": an id after a conjunction opens the next clause.
  const beforeId = after.includes(id) ? after.slice(0, after.indexOf(id)) : '';
  return before.includes(id) || (after.includes(id) && !CLAUSE_CONJUNCTION.test(beforeId)) ? [id] : [];
}
