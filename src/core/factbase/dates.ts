import type { PartialDate } from './types';

const DATE_FORM = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses "2025", "2025-02" or "2025-02-03"; the form fixes the precision. Returns a reason when invalid. */
export function parsePartialDate(written: string): PartialDate | { invalid: string } {
  const match = DATE_FORM.exec(written.trim());
  if (!match) return { invalid: `"${written}" is not a date: write 2025, 2025-02 or 2025-02-03` };
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { invalid: `"${written}" is not a date: month ${month} does not exist` };
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { invalid: `"${written}" is not a date: ${year}-${String(month).padStart(2, '0')} has days 1 to ${lastDay}` };
  }
  return { year, month, day, precision: 'day' };
}

/** The first and last day a partial date may stand for, as comparable numbers (yyyymmdd). */
export function dateSpan(date: PartialDate): { first: number; last: number } {
  const month = date.month;
  const first = date.year * 10000 + (month ?? 1) * 100 + (date.day ?? 1);
  const lastMonth = month ?? 12;
  const last = date.year * 10000 + lastMonth * 100 + (date.day ?? daysInMonth(date.year, lastMonth));
  return { first, last };
}

export function formatPartialDate(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}
