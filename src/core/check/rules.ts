// What every rule sees of a block of the draft, and what it produces before positions are turned
// into lines and columns.

import type { Evidence, FactBase, PartialDate } from '../factbase/types';
import type { Citation } from '../text/markdown';
import type { FactsIndex } from './facts-index';
import type { NameIndex, NameMention } from './names';
import type { Token } from './tokens';
import type { FindingCode } from './types';
import type { DaySpan } from './when';

export interface RawFix {
  title: string;
  replacement: string;
  /** Offsets of the text to replace; the finding's own range when absent. */
  start?: number;
  end?: number;
}

export interface RawFinding {
  code: FindingCode;
  start: number;
  end: number;
  message: string;
  /** The passages supporting what the sources say instead. */
  evidence: Evidence[];
  fixes: RawFix[];
}

export interface Span {
  start: number;
  end: number;
}

/** A date written in the draft, its year inferred when it was left out. */
export interface DraftDate extends Span {
  text: string;
  date: PartialDate;
  /** The end of a written range ("between 2006 and 2010"). */
  until?: PartialDate;
  span: DaySpan;
  /** False when the year was left out and inferred from the context. */
  yearStated: boolean;
  /** The date only anchors something else in time: "since March 2006", "after 7 October". */
  relative: boolean;
}

/** Words, names and dates of a stretch of the draft (a block or its heading). */
export interface TextView extends Span {
  tokens: Token[];
  mentions: NameMention[];
  dates: DraftDate[];
}

/** One block of a draft as the rules see it. */
export interface BlockView extends TextView {
  factBase: FactBase;
  names: NameIndex;
  facts: FactsIndex;
  text: string;
  prose: string;
  sentences: Span[];
  /** The nearest heading above the block, if any. */
  heading?: TextView;
  citations: Citation[];
  /** Citation key to source id, for keys that are not source ids themselves. */
  citationMap: Record<string, string>;
}

/** The items (in order of their start: tokens, name mentions) that lie within the span, found by binary search. */
export function withinSorted<T extends Span>(items: T[], span: Span): T[] {
  const found: T[] = [];
  for (let i = firstStartingAt(items, span.start); i < items.length && items[i].start < span.end; i++) if (items[i].end <= span.end) found.push(items[i]);
  return found;
}

/** The index of the first item, in order of start, starting at or after the offset. */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the token starting exactly at the offset, or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const at = firstStartingAt(tokens, offset);
  return at < tokens.length && tokens[at].start === offset ? at : -1;
}

const NO_SOURCES: readonly string[] = [];

/**
 * Source ids cited ([@s000]) within the span (or right after it), resolved through the citation map:
 * a span cites few, so a list (repeats left in) is searched faster than a set is built.
 */
export function citedSources(block: BlockView, span: Span): readonly string[] {
  let sources: string[] | undefined;
  for (const citation of block.citations) {
    if (citation.start < span.start || citation.start >= span.end + 2) continue;
    for (const key of citation.keys) {
      const source = block.citationMap[key.id] ?? key.id;
      if (!block.factBase.sources.has(source)) continue;
      if (sources) sources.push(source);
      else sources = [source];
    }
  }
  return sources ?? NO_SOURCES;
}

/**
 * Whether text[start, end) is blank within one line break at most: spaces and tabs, then an
 * optional "\r", an optional "\n", then spaces and tabs (what /^[ \t]*\r?\n?[ \t]*$/ accepts).
 */
export function isWithinLineBreak(text: string, start: number, end: number): boolean {
  let i = skipSpacesAndTabs(text, start, end);
  if (i < end && text.charCodeAt(i) === 13) i++;
  if (i < end && text.charCodeAt(i) === 10) i++;
  return skipSpacesAndTabs(text, i, end) === end;
}

function skipSpacesAndTabs(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** The sentence holding an offset (the whole block when sentences are unknown). */
export function sentenceAt(block: BlockView, offset: number): Span {
  for (const sentence of block.sentences) if (sentence.start <= offset && offset < sentence.end) return sentence;
  return block;
}

const NO_DATES: DraftDate[] = [];

/**
 * The dates that set the time of what is said at an offset, less those that only anchor something
 * else (relative ones): the sentence's, else the block's, else the heading's. A sentence with only
 * relative dates sets no time.
 */
export function timeContext(block: BlockView, offset: number): DraftDate[] {
  const sentence = sentenceAt(block, offset);
  let inSentence = false;
  let absolute: DraftDate[] | undefined;
  for (const date of block.dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    inSentence = true;
    if (date.relative) continue;
    if (absolute) absolute.push(date);
    else absolute = [date];
  }
  if (inSentence) return absolute ?? NO_DATES;
  return withoutRelative(block.dates.length > 0 ? block.dates : (block.heading?.dates ?? NO_DATES));
}

/** The dates that date something themselves: the list itself when all do. */
function withoutRelative(dates: DraftDate[]): DraftDate[] {
  return dates.some((date) => date.relative) ? dates.filter((date) => !date.relative) : dates;
}
