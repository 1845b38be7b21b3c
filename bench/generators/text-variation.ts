// Ways a writer gets names and dates wrong or right: misspellings, shifted dates, the date styles
// the source documents use.
import type { Random } from './random';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A typo a careless writer makes: a dropped, doubled, swapped or replaced letter. */
export function misspell(random: Random, name: string): string {
  const letters = [...name].map((char, index) => ({ char, index })).filter(({ char }) => /\p{L}/u.test(char));
  if (letters.length < 2) return name + name.slice(-1);
  const chars = [...name];
  const { index } = letters[random.int(1, letters.length - 1)];
  switch (random.int(0, 3)) {
    case 0:
      chars.splice(index, 1);
      break;
    case 1:
      chars.splice(index, 0, chars[index]);
      break;
    case 2:
      if (index + 1 < chars.length && /\p{L}/u.test(chars[index + 1])) {
        [chars[index], chars[index + 1]] = [chars[index + 1], chars[index]];
      } else {
        chars.splice(index, 1);
      }
      break;
    default:
      chars[index] = random.pick([...'aeiouy']);
  }
  const typo = chars.join('');
  return typo === name ? name + 'e' : typo;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function randomDate(random: Random, fromYear: number, toYear: number): CalendarDate {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  return { year, month, day: random.int(1, daysInMonth(year, month)) };
}

export type DateStyle = 'month-day-year' | 'day-month-year' | 'iso' | 'month-year' | 'year' | 'month-day';

/** Writes a date the way the sources and drafts do: "February 3, 2025", "3 February 2025", "2025-02-03"... */
export function formatDate(date: CalendarDate, style: DateStyle): string {
  const month = MONTHS[date.month - 1];
  switch (style) {
    case 'month-day-year':
      return `${month} ${date.day}, ${date.year}`;
    case 'day-month-year':
      return `${date.day} ${month} ${date.year}`;
    case 'iso':
      return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    case 'month-year':
      return `${month} ${date.year}`;
    case 'year':
      return `in ${date.year}`;
    case 'month-day':
      return `${month} ${date.day}`;
  }
}

export function randomDateStyle(random: Random): DateStyle {
  return random.weighted({ 'month-day-year': 5, 'day-month-year': 2, iso: 1, 'month-year': 1, year: 1, 'month-day': 1 });
}

const DATE_PATTERN = new RegExp(
  `\\b(?:(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})|(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'g',
);

/** Rewrites the full dates of a text, shifting each with the given probability by up to a year. */
export function shiftDatesIn(random: Random, text: string, probability: number): string {
  return text.replace(DATE_PATTERN, (whole, m1, d1, y1, d2, m2, y2, yi, mi, di) => {
    if (!random.chance(probability)) return whole;
    const date: CalendarDate = m1
      ? { year: +y1, month: MONTHS.indexOf(m1) + 1, day: +d1 }
      : m2
        ? { year: +y2, month: MONTHS.indexOf(m2) + 1, day: +d2 }
        : { year: +yi, month: +mi, day: +di };
    if (date.month < 1 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return whole;
    const days = random.chance(0.5) ? random.int(1, 3) : random.int(4, 365);
    const style: DateStyle = m1 ? 'month-day-year' : m2 ? 'day-month-year' : 'iso';
    return formatDate(shiftDate(date, random.chance(0.5) ? days : -days), style);
  });
}
