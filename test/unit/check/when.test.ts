import { strict as assert } from 'node:assert';
import { daySpan, daySpanInYear } from '../../../src/core/check/when';

/** Days since 1970-01-01 as Date reckons them. */
function daysByDate(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

describe('day spans', () => {
  it('count days as Date does, months and days out of range carried over', () => {
    const wrong: string[] = [];
    for (let year = -800; year <= 2800; year += 7) {
      for (let month = -13; month <= 26; month++) {
        for (const day of [-40, 0, 1, 28, 29, 30, 31, 32, 400]) {
          const days = daySpan({ year, month, day, precision: 'day' }).first;
          if (days !== daysByDate(year, month, day)) wrong.push(`${year}-${month}-${day}: ${days}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('read years 0-99 as 1900-1999 and give no day beyond what Date can hold', () => {
    assert.equal(daySpan({ year: 6, month: 3, day: 3, precision: 'day' }).first, daysByDate(1906, 3, 3));
    assert.equal(daySpan({ year: 275760, month: 9, day: 13, precision: 'day' }).first, daysByDate(275760, 9, 13));
    assert.ok(Number.isNaN(daySpan({ year: 275760, month: 9, day: 14, precision: 'day' }).first));
  });

  it('span a month or a year from its first day to its last', () => {
    assert.deepEqual(daySpan({ year: 2024, month: 2, precision: 'month' }), { first: daysByDate(2024, 2, 1), last: daysByDate(2024, 2, 29) });
    assert.deepEqual(daySpan({ year: 2023, precision: 'year' }), { first: daysByDate(2023, 1, 1), last: daysByDate(2023, 12, 31) });
  });

  it('move a date to another year, leap day and month lengths reckoned in that year', () => {
    assert.deepEqual(daySpanInYear({ year: 2025, month: 2, precision: 'month' }, 2024), { first: daysByDate(2024, 2, 1), last: daysByDate(2024, 2, 29) });
    assert.deepEqual(daySpanInYear({ year: 2024, month: 2, day: 29, precision: 'day' }, 2023), { first: daysByDate(2023, 3, 1), last: daysByDate(2023, 3, 1) });
    assert.deepEqual(daySpanInYear({ year: 2006, month: 3, day: 3, precision: 'day' }, 2010), daySpan({ year: 2010, month: 3, day: 3, precision: 'day' }));
  });
});
