// Day arithmetic on partial dates: the stretch of days a date may stand for, overlaps and distances.

import type { PartialDate } from '../factbase/types';

export interface DaySpan {
  /** Days since 1970-01-01, inclusive. */
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function daySpan(date: PartialDate, until?: PartialDate): DaySpan {
  const end = until ?? date;
  const first = dayNumber(date.year, date.month ?? 1, date.day ?? 1);
  const lastMonth = end.month ?? 12;
  const last = end.day !== undefined ? dayNumber(end.year, lastMonth, end.day) : dayNumber(end.year, lastMonth + 1, 1) - 1;
  return { first, last };
}

export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Days between two spans; 0 when they overlap. */
export function daysApart(a: DaySpan, b: DaySpan): number {
  if (overlaps(a, b)) return 0;
  return a.last < b.first ? b.first - a.last : a.first - b.last;
}
