// What a rule produces before positions are turned into lines and columns, the dates it reads,
// and searches over the sorted spans of a block.

import type { Evidence, PartialDate } from '../factbase/types';
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
  /**
   * What the date dates: what the draft tells ('event'), or only something else in time ('anchor':
   * "since March 2006", "after 7 October"), or the document itself ('context': a dateline, an
   * e-mail's Date: line).
   */
  role: 'event' | 'anchor' | 'context';
  /** For a date written relative to another ("on Monday", "the next day"): the date it was read against. */
  relativeTo?: PartialDate;
}

/** The items (in order of their start: tokens, name mentions) that lie within the span, found by binary search. */
export function withinSorted<T extends Span>(items: readonly T[], span: Span): T[] {
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
