// Dates that date the document rather than what it tells: the front matter's `date:`, an e-mail's
// "Date:" or "Sent:" line, a wire story's dateline ("MOSCOW, Feb. 4, 2025 (Wire) —"), a letter's
// address line ("The Old Rectory, Little Wendham, 10th February 2025"). They give
// the time of claims that state none, and are never read as the date of an event.

import type { PartialDate } from '../../factbase/types';
import { findDates, type DateMention } from '../../text/dates';
import type { Span } from '../rules';

/** An e-mail or memo header line that dates the message: "Date: Tue, 4 Feb 2025", "**Sent:** 4 February 2025", "**Information cut-off:** 5 February 2025". */
const HEADER_LINE = /^[ \t]*(?:>[ \t]*)*(?:[*_]{1,2})?(?:date|sent|dated|published|(?:last )?updated|as of|(?:information )?cut-?off(?: date)?)(?:[*_]{1,2})?[ \t]*:(?:[*_]{1,2})?[ \t]*(.*)$/gim;
/** A dateline opening a story: a place in capitals or capitalised words, a comma, then the date; after a running story's label too ("UPDATE 4 — MOSCOW, Feb. 5 (Wire) —"). */
const DATELINE_START = /^[ \t]*(?:[*_]{1,2})?(?:\p{Lu}{3,}(?:[ \t]+\d{1,3})?[ \t]*[—–:][ \t]*)?\p{Lu}[\p{L}.'’ -]{1,40}?(?:[*_]{1,2})?,[ \t]+/u;
/** A letter's address line: places and commas, then the date, alone in its paragraph ("The Old Rectory, Little Wendham, 10th February 2025"). */
const ADDRESS_LINE = /^[ \t]*(?:[*_]{1,2})?(?:\p{Lu}[\p{L}.'’ -]{0,40},[ \t]+){1,4}$/u;
/** What ends a dateline after its date: an agency in parentheses, then a dash. */
const DATELINE_END = /^(?:[*_]{1,2})?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[*_]{1,2}[ \t]*)?(?:[—–]|--|-[ \t])/;

/**
 * The stretches of a block's text that date the document, with the dates they give (none for a
 * dateline without a year: "MOSCOW, Feb. 4 (Wire) —" dates no event either); offsets are the block's.
 */
export function documentDatesIn(text: string, kind: string): { span: Span; date?: PartialDate }[] {
  const found: { span: Span; date?: PartialDate }[] = [];
  if (kind !== 'paragraph' && kind !== 'blockquote' && kind !== 'list-item') return found;
  for (const match of text.matchAll(HEADER_LINE)) {
    const start = match.index + match[0].length - match[1].length;
    const date = firstFullDate(text, start, match.index + match[0].length);
    if (date) found.push({ span: { start: match.index, end: match.index + match[0].length }, date: date.date });
  }
  const lead = DATELINE_START.exec(text);
  if (lead && kind === 'paragraph') {
    const date = findDates(text, lead[0].length, Math.min(text.length, lead[0].length + 40))[0];
    if (date && date.start === lead[0].length && DATELINE_END.test(text.slice(date.end, date.end + 50))) found.push({ span: { start: 0, end: date.end }, date: date.year === undefined ? undefined : dateOf(date, date.year) });
  }
  const last = kind === 'paragraph' && text.length <= 160 ? findDates(text).at(-1) : undefined;
  if (last && last.year !== undefined && /^[*_ \t.]*$/.test(text.slice(last.end)) && ADDRESS_LINE.test(text.slice(0, last.start))) found.push({ span: { start: 0, end: text.length }, date: dateOf(last, last.year) });
  return found;
}

/** The first date with a year in text[start, end). */
function firstFullDate(text: string, start: number, end: number): { start: number; end: number; date: PartialDate } | undefined {
  for (const mention of findDates(text, start, end)) {
    if (mention.year !== undefined) return { start: mention.start, end: mention.end, date: dateOf(mention, mention.year) };
  }
  return undefined;
}

function dateOf(mention: DateMention, year: number): PartialDate {
  return mention.month === undefined ? { year, precision: 'year' }
    : mention.day === undefined ? { year, month: mention.month, precision: 'month' }
    : { year, month: mention.month, day: mention.day, precision: 'day' };
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_KEY = /^date[ \t]*:[ \t]*["']?([^"'\r\n]+)/im;

/** The `date:` of the draft's YAML front matter, when it has one. */
export function frontMatterDate(text: string): PartialDate | undefined {
  const frontMatter = FRONT_MATTER.exec(text.slice(0, 10_000));
  const value = frontMatter && DATE_KEY.exec(frontMatter[1]);
  return value ? firstFullDate(value[1], 0, value[1].length)?.date : undefined;
}
