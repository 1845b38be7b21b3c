// The dates a block of the draft states, with years filled in from the context when left out.

import type { PartialDate } from '../factbase/types';
import { inferYear, type DateMention, type StatedDate } from '../text/dates';
import type { DraftDate, Span } from './rules';
import { daySpan } from './when';

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
