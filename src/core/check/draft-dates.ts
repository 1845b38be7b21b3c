// The dates a block of the draft states, with years filled in from the context when left out.

import type { PartialDate } from '../factbase/types';
import { daysInMonth, inferYear, type DateMention, type StatedDate } from '../text/dates';
import type { RelativeDate, RelativeMention } from '../text/relative-dates';
import type { DraftDate, Span } from './rules';
import { daySpan, type DaySpan } from './when';

/** Words before a date that make it anchor something else rather than date it: "since March 2006". */
const RELATIVE_CUE = /\b(?:since|after|before|until|till|following|by|prior to|ahead of|earlier than|later than)[ \t]+(?:the[ \t]+)?$/i;

/** The last two letters of each word RELATIVE_CUE can end with ("the" included), as ASCII lower-case pairs. */
const CUE_ENDINGS = new Set(['ce', 'er', 're', 'he', 'il', 'll', 'ng', 'by', 'to', 'of', 'an'].map((pair) => pairKey(pair.charCodeAt(0), pair.charCodeAt(1))));

function pairKey(first: number, second: number): number {
  return ((first | 32) << 16) | (second | 32);
}

const SPACE = 32;
const TAB = 9;

/**
 * Whether the text before `at` can match RELATIVE_CUE: spaces or tabs right before, and before
 * them a word ending as a cue does. Most dates follow "in" or "on", ruled out here without a regex.
 */
function mayFollowCue(prose: string, at: number): boolean {
  let end = at;
  while (end > 0 && (prose.charCodeAt(end - 1) === SPACE || prose.charCodeAt(end - 1) === TAB)) end--;
  return end < at && end >= 2 && CUE_ENDINGS.has(pairKey(prose.charCodeAt(end - 2), prose.charCodeAt(end - 1)));
}

/** Where the years of dates written without one are looked for, closest first. */
export interface YearContext {
  /** The block's own years, then those of its table's header row and its heading. */
  near: number[];
  /** The date the document is written at: a date without a year is the last such day on or before it. */
  documentDate?: PartialDate;
  /** The years the draft states, most stated first. */
  draft: number[];
}

/**
 * The block's dates with their years: stated, or inferred from the context. Dates whose year
 * cannot be told are left out. Dates within `contextSpans` date the document (a dateline, an
 * e-mail's Date: line).
 */
export function resolveDates(prose: string, mentions: DateMention[], years: YearContext, contextSpans: readonly Span[] = []): DraftDate[] {
  const dates: DraftDate[] = [];
  for (const mention of mentions) {
    const year = inferYear(mention, { years: years.near }) ?? yearBefore(mention, years.documentDate) ?? inferYear(mention, { years: years.draft });
    if (year === undefined) continue;
    const date = partialDate(mention, year);
    const until = mention.rangeEnd && partialDate(mention.rangeEnd, mention.rangeEnd.year ?? year);
    if (!date || (mention.rangeEnd && !until)) continue;
    dates.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      date,
      until,
      span: daySpan(date, until),
      yearStated: mention.year !== undefined,
      role: contextSpans.some((span) => span.start <= mention.start && mention.end <= span.end)
        ? 'context'
        : !until && mayFollowCue(prose, mention.start) && RELATIVE_CUE.test(prose.slice(Math.max(0, mention.start - 24), mention.start))
          ? 'anchor'
          : 'event',
    });
  }
  return dates;
}

/** The year in which the mention's month (and day) last came on or before the document's date. */
function yearBefore(mention: DateMention, documentDate: PartialDate | undefined): number | undefined {
  if (!documentDate || mention.month === undefined) return undefined;
  const { year, month = 12, day = 31 } = documentDate;
  const later = mention.month > month || (mention.month === month && (mention.day ?? 1) > day);
  return inferYear(mention, { years: later ? [year - 1, year - 2] : [year, year - 1] });
}

function partialDate(stated: StatedDate, year: number): PartialDate | undefined {
  if (stated.precision === 'year') return { year, precision: 'year' };
  if (stated.month === undefined) return undefined;
  if (stated.precision === 'month' || stated.day === undefined) return { year, month: stated.month, precision: 'month' };
  return { year, month: stated.month, day: stated.day, precision: 'day' };
}

/** The years a block states outright, in order of first appearance. */
export function statedYears(mentions: DateMention[]): number[] {
  const years: number[] = [];
  for (const mention of mentions) {
    if (mention.year !== undefined && !years.includes(mention.year)) years.push(mention.year);
    const endYear = mention.rangeEnd?.year;
    if (endYear !== undefined && !years.includes(endYear)) years.push(endYear);
  }
  return years;
}

/**
 * The block's relative dates resolved: against `referenceAt(offset)`, the date the text at the
 * offset is written at (none when unknown), or against the event date told last before them.
 * Those that overlap an absolute date, or have nothing to be resolved against, are left out.
 */
export function resolveRelativeDates(mentions: RelativeMention[], absolute: readonly DraftDate[], referenceAt: (offset: number) => PartialDate | undefined): DraftDate[] {
  const dates: DraftDate[] = [];
  // Both lists are in text order: one step through the absolute dates serves every mention.
  let next = 0;
  let previous: DraftDate | undefined;
  for (const mention of mentions) {
    while (next < absolute.length && absolute[next].end <= mention.start) {
      const date = absolute[next++];
      if (date.role === 'event' && date.date.precision === 'day') previous = date;
    }
    const overlapping = next < absolute.length && absolute[next].start < mention.end;
    if (overlapping) continue;
    const resolved = resolvedDate(mention.relative, referenceAt(mention.start), previous?.date);
    if (!resolved) continue;
    dates.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      date: resolved.date,
      span: resolved.span,
      yearStated: true,
      role: /^(?:since|until|by)\b/i.test(mention.text) ? 'anchor' : 'event',
      relativeTo: mention.relative.kind === 'days' && mention.relative.from === 'previous' ? previous!.date : referenceAt(mention.start),
    });
  }
  return dates;
}

const DAY_MS = 86_400_000;

function dayOf(date: PartialDate): Date | undefined {
  return date.precision === 'day' && date.month !== undefined && date.day !== undefined ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : undefined;
}

function asPartialDay(date: Date): PartialDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), precision: 'day' };
}

function resolvedDate(relative: RelativeDate, reference: PartialDate | undefined, previous: PartialDate | undefined): { date: PartialDate; span: DaySpan } | undefined {
  switch (relative.kind) {
    case 'days': {
      const base = relative.from === 'written' ? reference : previous;
      const from = base && dayOf(base);
      if (!from) return undefined;
      const date = asPartialDay(new Date(from.getTime() + relative.days * DAY_MS));
      const span = daySpan(date);
      return { date, span: { first: span.first - relative.spread, last: span.last + relative.spread } };
    }
    case 'weekday': {
      const from = reference && dayOf(reference);
      if (!from) return undefined;
      let back = (from.getUTCDay() - relative.weekday + 7) % 7;
      if (back === 0 && relative.strictlyBefore) back = 7;
      const date = asPartialDay(new Date(from.getTime() - back * DAY_MS));
      return { date, span: daySpan(date) };
    }
    case 'month': {
      if (!reference || reference.month === undefined) return undefined;
      const index = reference.year * 12 + reference.month - 1 + relative.monthsBack;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const date: PartialDate = relative.day !== undefined ? { year, month, day: relative.day, precision: 'day' } : { year, month, precision: 'month' };
      return relative.day !== undefined && relative.day > daysInMonth(year, month) ? undefined : { date, span: daySpan(date) };
    }
    case 'named-month': {
      if (!reference || reference.month === undefined) return undefined;
      const year = relative.month < reference.month ? reference.year : reference.year - 1;
      const date: PartialDate = { year, month: relative.month, precision: 'month' };
      return { date, span: daySpan(date) };
    }
    case 'year': {
      if (!reference) return undefined;
      const date: PartialDate = { year: reference.year + relative.yearsBack, precision: 'year' };
      return { date, span: daySpan(date) };
    }
  }
}
