// quote-mismatch: a quotation the source it cites (or, citing none, any source) does not hold
// verbatim. The finding shows the closest passage and what differs, and offers the source's words;
// a quotation that only another source holds is offered that source's citation.

import type { QuotationClaim } from '../claims/quotations';
import { sourcesOfCitations, type ClaimContext } from '../claims/context';
import { plainMarks, type Passage } from '../quote-index';
import type { FileRange } from '../../factbase/types';
import type { RawFinding, RawFix } from '../rules';
import { sentenceSpans } from '../../text/sentences';
import { eachClaim } from './rule';
import { passageEvidence, quotationHolders } from './support';

/** Below this share of the quotation's words in the closest passage, the passage is too far off to offer. */
const MIN_SHARED = 0.75;

/** How many characters of sources a quotation citing none is looked for in: beyond, the nearest passage is not searched. */
const MAX_SEARCHED_CHARS = 2_000_000;

export const quoteMismatch = eachClaim('quote-mismatch', (claims) => claims.quotations, quotationFinding);

function quotationFinding(claim: QuotationClaim, context: ClaimContext): RawFinding | undefined {
  const quotes = context.facts.quotes;
  const holders = quotationHolders(claim, context);
  if (claim.cited.length === 0 ? holders.length > 0 : claim.cited.some((id) => holders.includes(id))) return undefined;
  if (holders.length > 0) return elsewhereFinding(claim, context, holders);
  const searched = claim.cited.length > 0 ? claim.cited : quotes.totalLength <= MAX_SEARCHED_CHARS ? quotes.sourceIds : [];
  const spliced = splicedFinding(claim, context, searched);
  if (spliced) return spliced;
  const closest = nearestPassage(context, claim, searched);
  // Words no source comes close to are quoted from elsewhere, or a label in quotation marks: there is nothing to check them against.
  if (!closest || sharedShare(claim.text, closest.text) < MIN_SHARED || sameButForQuotationMarks(claim.text, closest.text)) return undefined;
  const where = claim.cited.length > 0 ? `the cited ${claim.cited.join(' and ')}` : 'any source';
  return {
    code: 'quote-mismatch',
    start: claim.start,
    end: claim.end,
    message: `The quotation is not verbatim in ${where}; ${closest.sourceId} writes “${closest.text}” (${differences(claim.text, closest.text)}).`,
    evidence: [passageEvidence(context, closest)],
    fixes: [{ title: `Replace with the words of ${closest.sourceId}`, start: claim.start, end: claim.end, replacement: closest.text }],
  };
}

/** A quotation verbatim in sources it does not cite: the finding names them and offers to cite the first. */
function elsewhereFinding(claim: QuotationClaim, context: ClaimContext, holders: string[]): RawFinding {
  const fixes: RawFix[] = [];
  const keys = context.citations.flatMap((citation) => citation.keys);
  const key = keys.find((each) => sourcesOfCitations(context, [{ start: each.start, end: each.end, keys: [each] }]).some((id) => claim.cited.includes(id)));
  if (key) fixes.push({ title: `Cite ${holders[0]} instead`, start: key.start, end: key.end, replacement: holders[0] });
  const passage = context.facts.quotes.find(holders[0], claim.parts)!;
  return {
    code: 'quote-mismatch',
    start: claim.start,
    end: claim.end,
    message: `The quotation is not in the cited ${claim.cited.join(' and ')}; ${holders.join(' and ')} ${holders.length === 1 ? 'writes' : 'write'} it.`,
    evidence: [passageEvidence(context, { sourceId: holders[0], range: passage, text: claim.text })],
    fixes,
  };
}

/** Where a quotation may join two passages within a sentence: a comma, semicolon or colon, or "and". */
const CLAUSE_JOINT = /[,;:]\s+|\s+and\s+/g;
/** Each passage a quotation joins holds at least this many words: fewer stand in any source somewhere. */
const MIN_JOINED_WORDS = 3;
/** Passages fewer words apart in the source are next to each other there: a word between dropped or changed, which the closest passage shows. */
const MIN_WORDS_APART = 2;

/** One stretch of a quotation, as offsets into its text, that the source holds verbatim. */
interface HeldStretch {
  start: number;
  end: number;
  range: FileRange;
}

/** A place in a quotation's part where it may join two passages: the stretch before ends at `at`, the next starts at `after`. */
interface Joint {
  at: number;
  after: number;
  /** The joint ends a sentence: its mark stays when the omission is marked. */
  sentenceEnd: boolean;
}

/**
 * A quotation whose parts a source holds verbatim only in pieces, none of them next to the one
 * before: sentences, or stretches of one sentence between its commas or an "and", joined with
 * the words between them left out and no omission marked. The fix marks it.
 */
function splicedFinding(claim: QuotationClaim, context: ClaimContext, sourceIds: readonly string[]): RawFinding | undefined {
  for (const id of sourceIds) {
    const stretches = splicedStretches(claim, context, id);
    if (!stretches) continue;
    let marked = '';
    let from = 0;
    for (const [before, after] of stretches.joins) {
      const joint = claim.text.slice(before.end, after.start);
      marked += claim.text.slice(from, before.end) + (before.sentenceEnd ? joint.trimEnd() + ' ' : ' ') + '[…] ';
      from = after.start;
    }
    marked += claim.text.slice(from);
    const first = stretches.held[0]!;
    return {
      code: 'quote-mismatch',
      start: claim.start,
      end: claim.end,
      message: `The quotation joins passages that ${id} writes apart, leaving out the words between them with no omission marked (“…” or “[…]”).`,
      evidence: [passageEvidence(context, { sourceId: id, range: first.range, text: claim.text.slice(first.start, first.end) })],
      fixes: [{ title: 'Mark the omission', start: claim.start, end: claim.end, replacement: marked }],
    };
  }
  return undefined;
}

/**
 * The stretches of the quotation the source holds, each the longest from where the one before
 * left off, and the joins between them within a part; undefined unless every part is so held, in
 * two or more stretches, each join between passages apart in the source.
 */
function splicedStretches(claim: QuotationClaim, context: ClaimContext, sourceId: string): { held: HeldStretch[]; joins: [HeldStretch & Pick<Joint, 'sentenceEnd'>, HeldStretch][] } | undefined {
  const quotes = context.facts.quotes;
  const source = context.factBase.sources.get(sourceId)!.text;
  const held: HeldStretch[] = [];
  const joins: [HeldStretch & Pick<Joint, 'sentenceEnd'>, HeldStretch][] = [];
  let cursor = 0;
  for (const part of claim.parts) {
    const offset = claim.text.indexOf(part, cursor);
    if (offset < 0) return undefined;
    cursor = offset + part.length;
    const joints = jointsOf(part);
    let start = 0;
    let previous: (HeldStretch & Pick<Joint, 'sentenceEnd'>) | undefined;
    for (;;) {
      const stretch = longestHeld(part, start, joints, (text) => quotes.find(sourceId, [text]));
      if (!stretch) return undefined;
      const joint = joints.find((each) => each.at === stretch.end);
      const shifted = { ...stretch, start: stretch.start + offset, end: stretch.end + offset };
      if (previous) {
        if (!apart(source, previous.range, stretch.range)) return undefined;
        joins.push([previous, shifted]);
      }
      held.push(shifted);
      if (!joint) break;
      previous = { ...shifted, sentenceEnd: joint.sentenceEnd };
      start = joint.after;
    }
  }
  return joins.length > 0 ? { held, joins } : undefined;
}

/** The sentence ends and clause joints of a part, in order. */
function jointsOf(part: string): Joint[] {
  const joints: Joint[] = [];
  const sentences = sentenceSpans(part);
  sentences.forEach((sentence, i) => {
    for (const match of part.slice(sentence.start, sentence.end).matchAll(CLAUSE_JOINT)) {
      const at = sentence.start + match.index;
      joints.push({ at, after: at + match[0].length, sentenceEnd: false });
    }
    const next = sentences[i + 1];
    if (next) joints.push({ at: sentence.start + part.slice(sentence.start, sentence.end).replace(/[\s,;:.!?]+$/, '').length, after: next.start, sentenceEnd: true });
  });
  return joints;
}

/**
 * The longest stretch of the part from `start` to a joint or its end that the source holds,
 * found by lengthening: a source that holds a stretch holds every shorter one from the same start.
 */
function longestHeld(part: string, start: number, joints: readonly Joint[], find: (text: string) => FileRange | undefined): HeldStretch | undefined {
  const ends = [...joints.filter((joint) => joint.at > start).map((joint) => joint.at), part.length];
  let longest: HeldStretch | undefined;
  for (const end of ends) {
    const text = part.slice(start, end);
    if (!longest && wordsOf(text).length < MIN_JOINED_WORDS) continue;
    const range = find(text);
    if (!range) break;
    longest = { start, end, range };
  }
  return longest;
}

/** Whether the second passage stands apart from the first in the source: before it, or words after it. */
function apart(source: string, first: FileRange, second: FileRange): boolean {
  if (second.start.offset < first.end.offset) return true;
  return wordsOf(source.slice(first.end.offset, second.start.offset)).length >= MIN_WORDS_APART;
}

/**
 * Whether the passage is the quotation but for quotation marks of the source's own inside it: the
 * draft quotes across them ("a source in the Hamas leadership" of `a source "in the Hamas leadership,"`).
 */
function sameButForQuotationMarks(quotation: string, passage: string): boolean {
  const plain = (text: string) => plainMarks(text).replace(/"/g, '').replace(/[\s,;:.!?]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return plain(quotation) === plain(passage);
}

/**
 * The passage of the sources that shares most of the quotation's words, the first source's of equals.
 * Sources are weighed by the share of the quotation's words they hold anywhere, which no passage of
 * theirs can exceed: the search stops at the first source that cannot beat the passage found.
 */
function nearestPassage(context: ClaimContext, claim: QuotationClaim, sourceIds: readonly string[]): Passage | undefined {
  const quoted = wordsOf(claim.text);
  const ranked = sourceIds
    .map((id, order) => ({ id, order, most: shareHeld(quoted, sourceWordCounts(context, id)) }))
    .sort((a, b) => b.most - a.most);
  let best: { passage: Passage; share: number; order: number } | undefined;
  for (const { id, order, most } of ranked) {
    if (most < MIN_SHARED || (best && most < best.share)) break;
    const passage = context.session.remembered('closest passage', `${id}\u0000${claim.text}`, () => context.facts.quotes.closest(id, claim.text));
    if (!passage) continue;
    const share = sharedShare(claim.text, passage.text);
    if (!best || share > best.share || (share === best.share && order < best.order)) best = { passage, share, order };
  }
  return best?.passage;
}

/** How often each word stands in the source, worked out once per session. */
function sourceWordCounts(context: ClaimContext, sourceId: string): ReadonlyMap<string, number> {
  return context.session.remembered('source word counts', sourceId, () => wordCounts(wordsOf(context.factBase.sources.get(sourceId)!.text)));
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((word) => word.replace(/’/g, "'"));
}

function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The share of the quotation's words the passage has too. */
function sharedShare(quotation: string, passage: string): number {
  return shareHeld(wordsOf(quotation), wordCounts(wordsOf(passage)));
}

/** The share of the words that the counted words hold, each as often as they have it. */
function shareHeld(quoted: readonly string[], available: ReadonlyMap<string, number>): number {
  if (quoted.length === 0) return 0;
  const used = new Map<string, number>();
  let shared = 0;
  for (const word of quoted) {
    const count = used.get(word) ?? 0;
    if (count < (available.get(word) ?? 0)) {
      shared++;
      used.set(word, count + 1);
    }
  }
  return shared / quoted.length;
}

const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nor', 'none', 'nothing', 'neither', 'nobody', 'nowhere', 'cannot']);
const isNegation = (word: string) => NEGATIONS.has(word) || word.endsWith("n't");

/** What differs between the quotation and the passage, word by word: a changed number, a dropped negation, words changed, added or dropped. */
function differences(quotation: string, passage: string): string {
  const quoted = wordsOf(quotation);
  const source = wordsOf(passage);
  const common = longestCommon(quoted, source);
  const added = quoted.filter((_, i) => !common.inQuote.has(i));
  const dropped = source.filter((_, i) => !common.inSource.has(i));
  const said: string[] = [];
  const numbers = (words: string[]) => words.filter((word) => /^\d/.test(word));
  if (numbers(added).length > 0 && numbers(dropped).length > 0) said.push(`the number ${numbers(dropped).join(', ')} written ${numbers(added).join(', ')}`);
  const negation = added.some(isNegation) ? undefined : dropped.find(isNegation);
  if (negation) said.push(`the negation “${negation}” dropped`);
  const words = (list: string[]) => list.slice(0, 4).map((word) => `“${word}”`).join(', ') + (list.length > 4 ? ` and ${list.length - 4} more` : '');
  if (added.length > 0 && dropped.length > 0) said.push(`${words(dropped)} written as ${words(added)}`);
  else if (added.length > 0) said.push(`${words(added)} added`);
  else if (dropped.length > 0 && !negation) said.push(`${words(dropped)} left out`);
  return said.length > 0 ? said.join('; ') : 'punctuation or spacing differs';
}

/** The positions of a longest common subsequence of words, in each list. */
function longestCommon(a: string[], b: string[]): { inQuote: Set<number>; inSource: Set<number> } {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const lengths = new Uint16Array(rows * columns);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * columns + j] = a[i] === b[j] ? lengths[(i + 1) * columns + j + 1] + 1 : Math.max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1]);
    }
  }
  const inQuote = new Set<number>();
  const inSource = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inQuote.add(i++);
      inSource.add(j++);
    } else if (lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1]) i++;
    else j++;
  }
  return { inQuote, inSource };
}
