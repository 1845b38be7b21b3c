// Dates as news writing gives them: "February 3, 2025", "3 February 2025", "March 2006", "January 19", "in 2008".
import { MONTHS, WEEKDAYS } from './lexicon';

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** The last year of a stretch: "between 2006 and 2010". */
  untilYear?: number;
  /** 0 for Sunday to 6 for Saturday, where a weekday stands before the date: "Friday, January 19". */
  weekday?: number;
  /** The year relative to the document's: -1 for "June 14 last year", 0 for "this year", 1 for "next year". */
  relativeYear?: number;
}

/** What stands before a dateline's date on its line: "GOUDA, ", "LORVAN, Dravska Province, ", "TBILISI, Georgia, ". */
export const DATELINE_LEAD = /^\p{Lu}[\p{Lu} .'-]+(?:, \p{Lu}[\p{L}\p{M}.' -]*)?, *$/u;

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DATE_PATTERN = new RegExp(
  [
    `\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ?((?:19|20)\\d\\d)\\b)?(?![\\d:])`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?: ((?:19|20)\\d\\d)\\b)?`,
    `\\b${MONTH},? ((?:19|20)\\d\\d)\\b`,
    `\\b(?:[Bb]etween|[Ff]rom) ((?:19|20)\\d\\d) (?:and|to|until) ((?:19|20)\\d\\d)\\b`,
    `\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom) ((?:19|20)\\d\\d)\\b(?![-–/]\\d)`,
  ].join('|'),
  'g',
);

const RELATIVE_YEAR = /^,? (?:of )?(last|this|next) year\b/i;
const RELATIVE_YEARS: Record<string, number> = { last: -1, this: 0, next: 1 };

function monthNumber(written: string): number {
  const prefix = written.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** The dates in the text, in order; a day past its month's end is no date. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const [, m1, d1, y1, d2, m2, y2, m3, y3, from, until, y4] = match;
    const start = match.index;
    const written = match[0];
    let mention: DateMention;
    if (m1) mention = { start, end: start + written.length, month: monthNumber(m1), day: Number(d1), ...(y1 ? { year: Number(y1) } : {}) };
    else if (m2) mention = { start, end: start + written.length, month: monthNumber(m2), day: Number(d2), ...(y2 ? { year: Number(y2) } : {}) };
    else if (m3) mention = { start, end: start + written.length, month: monthNumber(m3), year: Number(y3) };
    else if (from) mention = { start, end: start + written.length, year: Number(from), untilYear: Number(until) };
    else mention = { start: start + written.length - 4, end: start + written.length, year: Number(y4) };
    if (mention.day !== undefined && (mention.day < 1 || mention.day > daysIn(mention.month!, mention.year ?? 2000))) continue;
    const weekday = /(\p{L}+),? $/u.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
    if (mention.day !== undefined && weekday && WEEKDAYS.has(weekday)) mention.weekday = [...WEEKDAYS].indexOf(weekday);
    const relative = mention.year === undefined ? RELATIVE_YEAR.exec(text.slice(mention.end, mention.end + 16)) : null;
    if (relative) mention.relativeYear = RELATIVE_YEARS[relative[1]!.toLowerCase()];
    found.push(mention);
    // "in 2008 and 2009": the second year is a date as well.
    const second = y4 ? / (?:and|or) ((?:19|20)\d\d)\b(?![-–/]\d)/y : undefined;
    if (second) {
      second.lastIndex = mention.end;
      const more = second.exec(text);
      if (more) found.push({ start: mention.end + more[0].length - 4, end: mention.end + more[0].length, year: Number(more[1]) });
    }
  }
  return found;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2025-02-03", "2025-02" or "2025": the precision the mention has; undefined without a year. */
export function formatDate(mention: Pick<DateMention, 'year' | 'month' | 'day'>): string | undefined {
  if (mention.year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (mention.month === undefined) return String(mention.year);
  return mention.day === undefined ? `${mention.year}-${pad(mention.month)}` : `${mention.year}-${pad(mention.month)}-${pad(mention.day)}`;
}

/** The first year from `from` on in which the day falls on its weekday. */
export function yearOfWeekday(mention: DateMention, from: number): number | undefined {
  for (let year = from; year < from + 12; year++) {
    if (new Date(Date.UTC(year, mention.month! - 1, mention.day)).getUTCDay() === mention.weekday) return year;
  }
  return undefined;
}

/** Whether the mention fixes a day of a year. */
export function isFullDate(mention: DateMention): boolean {
  return mention.year !== undefined && mention.day !== undefined;
}

/**
 * The year of the document's date, or, for a date the document states, the one before when the day
 * or month comes later in the year. The latest date a document mentions is no such bound.
 */
export function yearOfDocumentFor(date: DateMention, documentDate: string, stated: boolean): number | undefined {
  const [year, month, day] = documentDate.split('-').map(Number);
  if (!year || date.month === undefined) return year || undefined;
  if (month === undefined || !stated) return year;
  const later = date.month > month || (date.month === month && day !== undefined && date.day !== undefined && date.day > day);
  return later ? year - 1 : year;
}
