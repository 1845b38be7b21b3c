// What one block of a draft says in itself, whatever surrounds it: its words, names, dates,
// sentences and citations, with offsets relative to the block.

import { findDates, type DateMention } from '../text/dates';
import type { Citation, HtmlComment, MarkdownScan, ProseBlock } from '../text/markdown';
import { sentenceSpans } from '../text/sentences';
import { statedYears } from './draft-dates';
import { mentionsIn, type NameIndex, type NameMention } from './names';
import { firstStartingAt, withinSorted, type Span } from './rules';
import { wordsOf, type ProseWords, type Token } from './tokens';

export interface BlockAnalysis {
  text: string;
  prose: string;
  tokens: Token[];
  mentions: NameMention[];
  dateMentions: DateMention[];
  years: number[];
  /** Some date leaves its year to be inferred from the context. */
  hasYearlessDate: boolean;
  sentences: Span[];
  citations: Citation[];
}

// Shared by the many blocks without any: most blocks have no date, and so need no sentences, and cite nothing.
const NO_DATE_MENTIONS: DateMention[] = [];
const NO_SENTENCES: Span[] = [];
const NO_CITATIONS: Citation[] = [];

const SEASON_WORD = /\b(?:spring|summer|autumn|fall|winter)\b/i;
const SEASON_WORDS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const UNDERSCORE = 95;

/** Whether the prose may hold a date at all: a digit, or a season's name. */
function mayHoldDate(prose: string, words: ProseWords): boolean {
  return words.hasDigit || (words.asciiOnly ? namesSeason(prose, words.dateLeads) : SEASON_WORD.test(prose));
}

/**
 * `SEASON_WORD.test(prose)` for prose whose words are all ASCII, given those a date may start at
 * (season names among them): each place it matches is then one of those words, with no "_" next to it.
 */
function namesSeason(prose: string, tokens: Token[]): boolean {
  for (const token of tokens) {
    const length = token.end - token.start;
    if ((length === 4 || length === 6) && SEASON_WORDS.has(token.norm) &&
        prose.charCodeAt(token.start - 1) !== UNDERSCORE && prose.charCodeAt(token.end) !== UNDERSCORE) return true;
  }
  return false;
}

export function analyzeBlock(names: NameIndex, text: string, scan: MarkdownScan, block: ProseBlock): BlockAnalysis {
  const local = text.slice(block.start, block.end);
  const prose = scan.prose.slice(block.start, block.end);
  const words = wordsOf(scan.prose, block.start, block.end, block.start, names.byFirstWord);
  const tokens = words.tokens;
  const dateMentions = mayHoldDate(prose, words) ? findDates(prose, 0, prose.length, words.asciiOnly ? words.dateLeads : undefined) : NO_DATE_MENTIONS;
  return {
    text: local,
    prose,
    tokens,
    mentions: mentionsIn(names, local, tokens, words),
    dateMentions,
    years: statedYears(dateMentions),
    hasYearlessDate: dateMentions.some(isYearless),
    // Sentences only matter to the rules that read dates.
    sentences: dateMentions.length > 0 ? sentenceSpansOf(local, scan.comments, block) : NO_SENTENCES,
    citations: citationsWithin(scan.citations, block),
  };
}

function isYearless(mention: DateMention): boolean {
  return mention.year === undefined;
}

/**
 * The block's sentences, read with its HTML comments blanked: a comment such as a crosscheck
 * directive at the end of a line must not join or split the sentences around it.
 */
function sentenceSpansOf(local: string, comments: HtmlComment[], block: ProseBlock): Span[] {
  let text = local;
  for (let i = Math.max(0, firstStartingAt(comments, block.start) - 1); i < comments.length && comments[i].start < block.end; i++) {
    const comment = comments[i];
    const start = Math.max(0, comment.start - block.start);
    const end = Math.min(local.length, comment.end - block.start);
    if (start < end) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return sentenceSpans(text, 0, text.length);
}

/** The citations inside the block, moved to block offsets; the scan lists them in text order. */
function citationsWithin(citations: Citation[], block: ProseBlock): Citation[] {
  const by = block.start;
  const first = firstStartingAt(citations, block.start);
  if (first === citations.length || citations[first].start >= block.end) return NO_CITATIONS;
  return withinSorted(citations, block).map((citation) => ({ start: citation.start - by, end: citation.end - by, keys: citation.keys.map((key) => ({ id: key.id, start: key.start - by, end: key.end - by })) }));
}
