// What one block of a draft says in itself, whatever surrounds it: its words, names, dates,
// sentences and citations, with offsets relative to the block.

import type { PartialDate } from '../factbase/types';
import { findDates, type DateMention } from '../text/dates';
import { quotedSpans } from '../text/quotes';
import { findRelativeDates, type RelativeMention } from '../text/relative-dates';
import type { Citation, HtmlComment, MarkdownScan, ProseBlock, ProseBlockKind } from '../text/markdown';
import { fieldOf } from './claims/context';
import { documentDatesIn } from './claims/document';
import { blockCiting, type BlockCiting } from './coverage';
import { sentenceSpans } from '../text/sentences';
import { statedYears } from './draft-dates';
import { mentionsIn, withoutInvertedGivenNames, type NameIndex, type NameMention } from './names';
import { firstStartingAt, withinSorted, type Span } from './rules';
import { wordsOf, type ProseWords, type Token } from './tokens';

export interface BlockAnalysis {
  kind: ProseBlockKind;
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
  /** A table row's cells. */
  cells?: Span[];
  /** Stretches that date the document (an e-mail's Date: line, a dateline), with their dates. */
  documentDates: { span: Span; date?: PartialDate }[];
  /** Dates written relative to another: "on Monday", "the next day". */
  relativeMentions: RelativeMention[];
  /** Stretches in quotation marks. */
  quotes: Span[];
  /** For a list item written as a field of a record ("Position: …"): its label and where its value starts. */
  field?: { label: string; valueStart: number };
  /** What its sentences cite, when the checker works out coverage. */
  citing?: BlockCiting;
}

// Shared by the many blocks without any: most blocks have no date, and so need no sentences, and cite nothing.
const NO_DATE_MENTIONS: DateMention[] = [];
const NO_SENTENCES: Span[] = [];
const NO_CITATIONS: Citation[] = [];
const NO_DOCUMENT_DATES: BlockAnalysis['documentDates'] = [];
const NO_RELATIVE_MENTIONS: RelativeMention[] = [];
const NO_QUOTES: Span[] = [];
const QUOTE_MARK = /["\u201c\u00ab]/;
/** A word every relative date has: most blocks have none, and are told so at once. */
const RELATIVE_WORD = /\b(?:yesterday|today|tonight|tomorrow|days?|weeks?|months?|years?|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th))\b/i;

const MONTH_OR_SEASON_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)/i;

/** Whether the prose may hold a date at all: a digit, or a word a month's or season's name may start. */
function mayHoldDate(prose: string, words: ProseWords): boolean {
  return words.hasDigit || (words.asciiOnly ? words.dateLeads.length > 0 : MONTH_OR_SEASON_WORD.test(prose));
}

/** `withCiting` asks for what the block's sentences cite (`citing`), which needs every block's sentences. */
export function analyzeBlock(names: NameIndex, text: string, scan: MarkdownScan, block: ProseBlock, withCiting = false): BlockAnalysis {
  const local = text.slice(block.start, block.end);
  const prose = scan.prose.slice(block.start, block.end);
  const words = wordsOf(scan.prose, block.start, block.end, block.start, names.byFirstWord);
  const tokens = words.tokens;
  const dateMentions = mayHoldDate(prose, words) ? findDates(prose, 0, prose.length, words.asciiOnly ? words.dateLeads : undefined) : NO_DATE_MENTIONS;
  const mentions = withoutInvertedGivenNames(local, mentionsIn(names, local, tokens, words));
  const relativeMentions = RELATIVE_WORD.test(prose) ? findRelativeDates(prose) : NO_RELATIVE_MENTIONS;
  const analysis: BlockAnalysis = {
    kind: block.kind,
    text: local,
    prose,
    tokens,
    mentions,
    dateMentions,
    years: statedYears(dateMentions),
    hasYearlessDate: dateMentions.some(isYearless),
    citations: citationsWithin(scan.citations, block),
    documentDates: dateMentions.length > 0 ? documentDatesIn(local, block.kind) : NO_DOCUMENT_DATES,
    relativeMentions,
    // Claims rest on names or dates: a block with neither needs no sentences. A table row is one record.
    sentences: mentions.length === 0 && dateMentions.length === 0 && relativeMentions.length === 0 ? NO_SENTENCES : block.kind === 'table-row' ? [{ start: 0, end: local.length }] : sentenceSpansOf(local, scan.comments, block),
    quotes: QUOTE_MARK.test(local) ? quotedSpans(local, commentsWithin(scan.comments, block)) : NO_QUOTES,
  };
  if (block.cells) analysis.cells = block.cells.map((cell) => ({ start: cell.start - block.start, end: cell.end - block.start }));
  const field = block.kind === 'list-item' ? fieldOf(local) : undefined;
  if (field) analysis.field = field;
  if (withCiting) analysis.citing = citingOf(text, scan, block, analysis);
  return analysis;
}

function citingOf(text: string, scan: MarkdownScan, block: ProseBlock, analysis: BlockAnalysis): BlockCiting {
  // Headings and footnotes count no sentences; a table row is one. The sentences read for claims, when the block has any.
  const sentences =
    block.kind === 'heading' || block.kind === 'footnote' || analysis.sentences.length > 0
      ? analysis.sentences
      : block.kind === 'table-row' ? [{ start: 0, end: analysis.text.length }] : sentenceSpansOf(analysis.text, scan.comments, block);
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  return blockCiting(block.kind, analysis.text, text.slice(lineStart, block.start), sentences, analysis.citations);
}

/** The block's HTML comments, with offsets relative to the block. */
function commentsWithin(comments: HtmlComment[], block: ProseBlock): Span[] {
  const within: Span[] = [];
  for (let i = Math.max(0, firstStartingAt(comments, block.start) - 1); i < comments.length && comments[i].start < block.end; i++) {
    if (comments[i].end > block.start) within.push({ start: Math.max(0, comments[i].start - block.start), end: Math.min(block.end, comments[i].end) - block.start });
  }
  return within;
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
  for (const { start, end } of commentsWithin(comments, block)) if (start < end) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return sentenceSpans(text, 0, text.length);
}

/** The citations inside the block, moved to block offsets; the scan lists them in text order. */
function citationsWithin(citations: Citation[], block: ProseBlock): Citation[] {
  const by = block.start;
  const first = firstStartingAt(citations, block.start);
  if (first === citations.length || citations[first].start >= block.end) return NO_CITATIONS;
  return withinSorted(citations, block).map((citation) => ({ start: citation.start - by, end: citation.end - by, keys: citation.keys.map((key) => ({ id: key.id, start: key.start - by, end: key.end - by })) }));
}
