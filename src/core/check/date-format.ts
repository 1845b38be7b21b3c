// Writing a date the way the draft wrote the one it replaces: "5 February 2025" → "3 February 2025",
// "Feb. 5, 2025" → "Feb. 3, 2025", "2025-02-05" → "2025-02-03", "Friday, January 19" keeps its weekday right.

import type { PartialDate } from '../factbase/types';
import { memoize } from './per-fact-base';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = /\b(?:Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?)(?:day)?\b\.?,?/i;

/** Per date, what each written date already gave: drafts repeat their dates, and a reformat takes several patterns. */
const formatsOf = memoize((_date: PartialDate) => new Map<string, string>());
const MAX_REMEMBERED_FORMATS = 1_000;

export function formatLike(written: string, date: PartialDate): string {
  const formatted = formatsOf(date);
  let result = formatted.get(written);
  if (result === undefined) {
    if (formatted.size >= MAX_REMEMBERED_FORMATS) formatted.clear();
    result = formatDateLike(written, date);
    formatted.set(written, result);
  }
  return result;
}

function formatDateLike(written: string, date: PartialDate): string {
  if (/^\s*\d{4}(?:-\d{2}(?:-\d{2})?)?\s*$/.test(written)) return isoDate(date);
  if (date.precision === 'year' || date.month === undefined) return String(date.year);
  const weekday = WEEKDAY.test(written);
  const rest = written.replace(WEEKDAY, '').trim();
  const hasYear = /\d{4}/.test(rest);
  const monthWord = [...rest.matchAll(/\p{L}{3,}\.?/gu)].map((match) => match[0]).find((word) => MONTHS.some((month) => month.toLowerCase().startsWith(word.replace(/\.$/, '').toLowerCase()))) ?? '';
  const fullName = MONTHS[date.month - 1];
  const abbreviated = monthWord !== '' && !MONTHS.some((month) => month.toLowerCase() === monthWord.toLowerCase());
  const monthName = abbreviated ? fullName.slice(0, 3) + (monthWord.endsWith('.') ? '.' : '') : fullName;
  if (date.precision === 'month' || date.day === undefined) return hasYear ? `${monthName} ${date.year}` : monthName;
  const day = /\d(?:st|nd|rd|th)\b/.test(rest) ? `${date.day}${ordinalSuffix(date.day)}` : String(date.day);
  const monthFirst = /^\p{L}/u.test(rest);
  const body = monthFirst ? `${monthName} ${day}${hasYear ? `, ${date.year}` : ''}` : `${day} ${monthName}${hasYear ? ` ${date.year}` : ''}`;
  return weekday ? `${WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]}, ${body}` : body;
}

function isoDate(date: PartialDate): string {
  const month = date.month ? `-${String(date.month).padStart(2, '0')}` : '';
  const day = date.day ? `-${String(date.day).padStart(2, '0')}` : '';
  return `${date.year}${month}${day}`;
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}
