// The dates a block of the draft states, with years filled in from the context when left out.

import type { PartialDate } from '../factbase/types';
import { daysInMonth, inferYear, weekdayOf, type DateMention, type StatedDate } from '../text/dates';
import type { RelativeDate, RelativeMention } from '../text/relative-dates';
import type { DraftDate, Span } from './rules';
import { daySpan, type DaySpan } from './when';

/**
 * Words before a date that make it anchor something else rather than date it: "since March 2006",
 * or the date of a piece of writing, "your report of 6 February", "a letter dated 3 May".
 */
const RELATIVE_CUE = /\b(?:since|after|before|until|till|following|by|prior to|ahead of|earlier than|later than|(?:report|article|story|piece|letter|editorial|column|dispatch|edition|issue|cable|memo|e-?mail|message)s?[ \t]+(?:of|dated|from))[ \t]+(?:the[ \t]+)?$/i;

/** The last two letters of each word RELATIVE_CUE can end with ("the" included), as ASCII lower-case pairs. */
const CUE_ENDINGS = new Set(['ce', 'er', 're', 'he', 'il', 'll', 'ng', 'by', 'to', 'of', 'an', 'ed', 'om'].map((pair) => pairKey(pair.charCodeAt(0), pair.charCodeAt(1))));

function pairKey(first: number, second: number): number {
  return ((first | 32) << 16) | (second | 32);
}

const SPACE = 32;
const TAB = 9;

/** A clock time and a comma before a date ("10:15, 7 February 2025"), or a time zone after it: a signature's or a post's time, not an event's. */
const CLOCK_BEFORE = /\b\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?,[ \t]*$/i;
const ZONE_AFTER = /^[ \t]*\((?:UTC|GMT)\)/;

function isTimestamp(prose: string, mention: Span): boolean {
  return CLOCK_BEFORE.test(prose.slice(Math.max(0, mention.start - 16), mention.start)) || ZONE_AFTER.test(prose.slice(mention.end, mention.end + 8));
}

/** A piece of writing right after a date, which the date is of: "the 16 Jan. 2025 report", "a 2024 article", "2024 reporting". */
const WRITING_AFTER = /^[ \t]+(?:reporting|coverage|report|article|story|piece|editorial|column|dispatch|edition|issue|cable|memo|e-?mail|message|post|op-ed|readout|communiqu[eé]|press release|bulletin)s?\b/i;

function datesWriting(prose: string, end: number): boolean {
  return WRITING_AFTER.test(prose.slice(end, end + 20));
}

/** Whether the words right before a date make it anchor something else (RELATIVE_CUE). */
function anchorsSomethingElse(prose: string, at: number): boolean {
  return mayFollowCue(prose, at) && RELATIVE_CUE.test(prose.slice(Math.max(0, at - 24), at));
}

/**
 * Whether the text before `at` can match RELATIVE_CUE: spaces or tabs right before, and before
 * them a word ending as a cue does. Most dates follow "in" or "on", ruled out here without a regex.
 */
function mayFollowCue(prose: string, at: number): boolean {
  let end = at;
  while (end > 0 && (prose.charCodeAt(end - 1) === SPACE || prose.charCodeAt(end - 1) === TAB)) end--;
  return end < at && end >= 2 && CUE_ENDINGS.has(pairKey(prose.charCodeAt(end - 2), prose.charCodeAt(end - 1)));
}

/**
 * Where the years of dates written without one are looked for, closest first: the years of the
 * date's own sentence, those the block states before it, `around`, the document's date, the years
 * the block states after it, then the draft's.
 */
export interface YearContext {
  /** The years of the block's table header row and of its heading. */
  around: number[];
  /** The block's sentences: a year stated in a date's own sentence comes first. */
  sentences?: readonly Span[];
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
  const contextYears = yearsOfYearless(mentions, years);
  for (const [index, mention] of mentions.entries()) {
    const yearless = contextYears[index];
    const year = yearless ? (inferYear(mention, { years: yearless.near }) ?? yearBefore(mention, years.documentDate) ?? inferYear(mention, { years: yearless.later })) : mention.year;
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
      span: until ? daySpan(date, until) : partOf(daySpan(date), mention.part, date.precision),
      yearStated: mention.year !== undefined,
      role: contextSpans.some((span) => span.start <= mention.start && mention.end <= span.end) || isTimestamp(prose, mention)
        ? 'context'
        : (!until && anchorsSomethingElse(prose, mention.start)) || datesWriting(prose, mention.end)
          ? 'anchor'
          : 'event',
    });
  }
  return dates;
}

/**
 * For each mention written without a year, the years of its context: `near`, closest first, tried
 * before the document's date, and `later`, after it (see `YearContext`). Undefined for a mention
 * that states its year. One pass each way through the block.
 */
function yearsOfYearless(mentions: DateMention[], context: YearContext): ({ near: number[]; later: number[] } | undefined)[] {
  const yearsOf = (mention: DateMention | undefined) => (mention ? statedYears([mention]) : []);
  const previous: (DateMention | undefined)[] = [];
  const next: (DateMention | undefined)[] = new Array(mentions.length);
  let last: DateMention | undefined;
  for (const mention of mentions) {
    previous.push(last);
    if (mention.year !== undefined) last = mention;
  }
  last = undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    next[i] = last;
    if (mentions[i].year !== undefined) last = mentions[i];
  }
  // The block's years stated so far, the latest first.
  let before: number[] = [];
  return mentions.map((mention, i) => {
    if (mention.year !== undefined) {
      const stated = yearsOf(mention);
      before = [...stated.reverse(), ...before.filter((year) => !stated.includes(year))];
      return undefined;
    }
    const sentence = sentenceOf(context.sentences, mention.start);
    const inSentence = [previous[i], next[i]].filter((other) => other && sentence && other.start >= sentence.start && other.end <= sentence.end);
    inSentence.sort((x, y) => Math.abs(x!.start - mention.start) - Math.abs(y!.start - mention.start));
    return { near: [...inSentence.flatMap(yearsOf), ...before, ...context.around], later: [...yearsOf(next[i]), ...context.draft] };
  });
}

function sentenceOf(sentences: readonly Span[] | undefined, offset: number): Span | undefined {
  if (!sentences) return undefined;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low];
  return sentence && sentence.start <= offset ? sentence : undefined;
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

/** "late October 2023": the last third of the month (days 21 on), "early" the first ten days, "mid" the ten after. */
function partOf(span: DaySpan, part: DateMention['part'], precision: PartialDate['precision']): DaySpan {
  if (!part || precision !== 'month') return span;
  if (part === 'early') return { first: span.first, last: span.first + 9 };
  if (part === 'mid') return { first: span.first + 10, last: span.first + 19 };
  return { first: span.first + 20, last: span.last };
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
 * offset is written at (none when unknown), or against the event date told last before them, in the
 * block or else above it (`toldAbove`: its heading's and header row's dates).
 * Those that overlap an absolute date, or have nothing to be resolved against, are left out.
 */
export function resolveRelativeDates(prose: string, mentions: RelativeMention[], absolute: readonly DraftDate[], referenceAt: (offset: number) => PartialDate | undefined, toldAbove: readonly DraftDate[] = []): DraftDate[] {
  const dates: DraftDate[] = [];
  let previous: DraftDate | undefined;
  let previousMonth: DraftDate | undefined;
  let previousYear: DraftDate | undefined;
  let lastWrittenMonth: DraftDate | undefined;
  const tell = (date: DraftDate) => {
    if (date.date.precision !== 'year') lastWrittenMonth = date;
    if (date.role !== 'event' || date.until) return;
    if (date.date.precision === 'day') previous = date;
    if (date.date.precision !== 'year') previousMonth = date;
    previousYear = date;
  };
  for (const date of toldAbove) tell(date);
  // Both lists are in text order: one step through the absolute dates serves every mention.
  let next = 0;
  for (const mention of mentions) {
    while (next < absolute.length && absolute[next].end <= mention.start) tell(absolute[next++]);
    const overlapping = next < absolute.length && absolute[next].start < mention.end;
    if (overlapping) continue;
    const told: Told = { day: previous?.date, month: previousMonth?.date, year: previousYear?.date, writtenMonth: lastWrittenMonth?.date };
    const resolved = resolvedDate(mention.relative, referenceAt(mention.start), told);
    if (!resolved) continue;
    const date: DraftDate = {
      start: mention.start,
      end: mention.end,
      text: mention.text,
      date: resolved.date,
      span: resolved.span,
      yearStated: true,
      role: /^(?:since|until|by)\b/i.test(mention.text) || anchorsSomethingElse(prose, mention.start) ? 'anchor' : 'event',
      relativeTo: relativeTo(mention.relative, referenceAt(mention.start), told),
    };
    dates.push(date);
    // "last month, on the 24th": a date resolved is told for those after it, as one written out is.
    tell(date);
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

/**
 * "Friday the 26th", "on the 3rd": a day of the month told just before, else of the text's date (the
 * last such day on or before it). A weekday picks that month, the one before or the one after,
 * whichever has the day on that weekday; none when none has.
 */
function dayOfMonth(relative: Extract<RelativeDate, { kind: 'day-of-month' }>, previous: PartialDate | undefined, written: PartialDate | undefined): { date: PartialDate; span: DaySpan } | undefined {
  const base = previous ?? written;
  if (!base || base.month === undefined) return undefined;
  const baseIndex = base.year * 12 + base.month - 1;
  const beforeWritten = !previous && base.day !== undefined && relative.day > base.day;
  const tried = relative.weekday === undefined ? [beforeWritten ? -1 : 0] : [0, -1, 1];
  for (const offset of tried) {
    const { year, month } = monthAt(baseIndex + offset);
    if (relative.day > daysInMonth(year, month)) continue;
    if (relative.weekday !== undefined && weekdayOf(year, month, relative.day) !== relative.weekday) continue;
    const date: PartialDate = { year, month, day: relative.day, precision: 'day' };
    return { date, span: daySpan(date) };
  }
  return undefined;
}

/** The year and month of a count of months from year 0's January. */
function monthAt(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The event dates told last before a relative date: the last to the day, to the month or finer, and of any
 * precision; and the last date to the month or finer whatever it marks ("since March 2006, and on the 3rd of that month").
 */
interface Told {
  day?: PartialDate;
  month?: PartialDate;
  year?: PartialDate;
  writtenMonth?: PartialDate;
}

function monthNamedBy(relative: Extract<RelativeDate, { kind: 'day-of-month' }>, told: Told): PartialDate | undefined {
  return relative.ofThatMonth ? told.writtenMonth : told.month;
}

/** The date a relative one is counted from. */
function relativeTo(relative: RelativeDate, reference: PartialDate | undefined, told: Told): PartialDate | undefined {
  switch (relative.kind) {
    case 'days':
      return relative.from === 'previous' ? told.day : reference;
    case 'day-of-month':
      return monthNamedBy(relative, told) ?? reference;
    case 'months-after':
      return told.month;
    case 'years-after':
      return told.year;
    default:
      return reference;
  }
}

/** The date a relative one means: from the text's date (`reference`), or the day, month or year told before it. */
function resolvedDate(relative: RelativeDate, reference: PartialDate | undefined, told: Told): { date: PartialDate; span: DaySpan } | undefined {
  switch (relative.kind) {
    case 'day-of-month':
      return dayOfMonth(relative, monthNamedBy(relative, told), reference);
    case 'months-ago': {
      if (!reference || reference.month === undefined) return undefined;
      const { year, month } = monthAt(reference.year * 12 + reference.month - 1 - relative.months);
      const day = relative.sameDay ? reference.day : undefined;
      if (day !== undefined && day > daysInMonth(year, month)) return undefined;
      const date: PartialDate = day !== undefined ? { year, month, day, precision: 'day' } : { year, month, precision: 'month' };
      return { date, span: daySpan(date) };
    }
    case 'months-after': {
      if (!told.month || told.month.month === undefined) return undefined;
      const date: PartialDate = { ...monthAt(told.month.year * 12 + told.month.month - 1 + relative.months), precision: 'month' };
      return { date, span: daySpan(date) };
    }
    case 'years-after': {
      if (!told.year) return undefined;
      const date: PartialDate = { year: told.year.year + relative.years, precision: 'year' };
      return { date, span: daySpan(date) };
    }
    case 'days': {
      const base = relative.from === 'written' ? reference : told.day;
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
      const { year, month } = monthAt(reference.year * 12 + reference.month - 1 + relative.monthsBack);
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
