// Day arithmetic on partial dates: the stretch of days a date may stand for, overlaps and distances.

import type { PartialDate } from '../factbase/types';

export interface DaySpan {
  /** Days since 1970-01-01, inclusive. */
  first: number;
  last: number;
}

/** Days that Date can represent on either side of 1970-01-01; beyond them Date.UTC gives NaN. */
const MAX_DAYS = 100_000_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, reckoned as Date.UTC does (a month or day out
 * of range carries over; years 0-99 are 1900-1999) but without building a time value.
 */
function dayNumber(year: number, month: number, day: number): number {
  const monthIndex = month - 1;
  const carried = Math.floor(monthIndex / 12);
  const fullYear = (year >= 0 && year <= 99 ? year + 1900 : year) + carried;
  const monthOfYear = monthIndex - carried * 12;
  // Years counted from March, so that the leap day ends the year.
  const marchYear = monthOfYear < 2 ? fullYear - 1 : fullYear;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((monthOfYear + 10) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return Math.abs(days) > MAX_DAYS ? NaN : days;
}

export function daySpan(date: PartialDate, until?: PartialDate): DaySpan {
  const end = until ?? date;
  return spanOfDays(date, date.year, end, end.year);
}

/** The daySpan of the date moved to another year. */
export function daySpanInYear(date: PartialDate, year: number): DaySpan {
  return spanOfDays(date, year, date, year);
}

/** From the first day of `date` in `firstYear` to the last of `end` in `lastYear`. */
function spanOfDays(date: PartialDate, firstYear: number, end: PartialDate, lastYear: number): DaySpan {
  const first = dayNumber(firstYear, date.month ?? 1, date.day ?? 1);
  const lastMonth = end.month ?? 12;
  const last = end.day !== undefined ? dayNumber(lastYear, lastMonth, end.day) : dayNumber(lastYear, lastMonth + 1, 1) - 1;
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
