// The dates a block of the draft states, with years filled in from the context when left out.

import type { PartialDate } from '../factbase/types';
import { inferYear, type DateMention, type StatedDate } from '../text/dates';
import type { DraftDate } from './rules';
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

/**
 * The block's dates with their years: stated, or inferred from `years` (closest context first:
 * the block's own years, its heading's, then the draft's). Dates whose year cannot be told are left out.
 */
export function resolveDates(prose: string, mentions: DateMention[], years: number[]): DraftDate[] {
  const dates: DraftDate[] = [];
  for (const mention of mentions) {
    const year = inferYear(mention, { years });
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
      relative: !until && mayFollowCue(prose, mention.start) && RELATIVE_CUE.test(prose.slice(Math.max(0, mention.start - 24), mention.start)),
    });
  }
  return dates;
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
