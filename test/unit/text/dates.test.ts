import { strict as assert } from 'node:assert';
import { findDates, inferYear, weekdayOf, daysInMonth, type DateMention } from '../../../src/core/text/dates';
import { wordsOf } from '../../../src/core/check/tokens';

/** The one date found in `text`, checked to sit at `expectedText`. */
function onlyDate(text: string, expectedText: string): DateMention {
  const found = findDates(text);
  assertSameAmongWords(text, found);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}, found ${JSON.stringify(found.map((date) => date.text))}`);
  const [date] = found;
  assert.equal(date.text, expectedText);
  assert.equal(date.start, text.indexOf(expectedText));
  assert.equal(date.end, date.start + expectedText.length);
  return date;
}

/** Given the words of an ASCII text, or those a date may start at, `findDates` finds what it finds reading every character. */
function assertSameAmongWords(text: string, found = findDates(text)): void {
  const words = wordsOf(text);
  if (!words.asciiOnly) return;
  assert.deepEqual(findDates(text, 0, text.length, words.tokens), found, JSON.stringify(text));
  assert.deepEqual(findDates(text, 0, text.length, words.dateLeads), found, `${JSON.stringify(text)}, given the words a date may start at`);
}

describe('findDates given the words of the text', () => {
  it('finds what it finds reading every character', () => {
    const texts = [
      'x_2024 in 2024_ and _Jan 3, 2024 or summer_2012 in Jan_3 2025',
      'On 3rd March 2006, in summer 2012 (not summers 2013), from 2007 to 2011, in fall 2019 and in Falcon 2019',
      'In March2020, 2024-02-03T10:00, 24.01.2025 and 02/03/2025, Sept. 5, 2019 and SEPTEMBER 5, 2019',
      'mid-2024, early 2023, Friday, January 19, 2024 and 19-20 January 2024 between 2006 and 2010',
      'A2024 9Jan JAN 3 jan 3 May 5 may 5 winter of 2015, WINTER 2016 and autumn 2017.',
    ];
    for (const text of texts) {
      assert.equal(wordsOf(text).asciiOnly, true);
      assertSameAmongWords(text);
    }
    assert.equal(texts.flatMap((text) => findDates(text)).length, 19);
  });

  it('reads a text with a word that is not ASCII alone, character by character', () => {
    assert.equal(wordsOf('Moscou (Москва) in 2024').asciiOnly, false);
    assert.deepEqual(findDates('Moscou (Москва) in 2024').map((date) => date.text), ['2024']);
  });
});

function stated(date: DateMention): unknown {
  return [date.year, date.month, date.day, date.precision, date.yearMissing];
}

describe('findDates', () => {
  describe('full dates', () => {
    const cases: [string, string, number, number, number][] = [
      ['Talks on 3 February 2025 in Moscow.', '3 February 2025', 2025, 2, 3],
      ['on the 3rd of February 2025.', '3rd of February 2025', 2025, 2, 3],
      ['It was Feb 3, 2025.', 'Feb 3, 2025', 2025, 2, 3],
      ['It was Feb. 3, 2025, at noon.', 'Feb. 3, 2025', 2025, 2, 3],
      ['by February 3rd, 2025 they left', 'February 3rd, 2025', 2025, 2, 3],
      ['On February 3, 2025,the Hamas delegation', 'February 3, 2025', 2025, 2, 3],
      ['dated 2025-02-03.', '2025-02-03', 2025, 2, 3],
      ['at 2025-02-03T10:00Z', '2025-02-03', 2025, 2, 3],
      ['dated 24.01.2025.', '24.01.2025', 2025, 1, 24],
      ['dated 24/01/2025.', '24/01/2025', 2025, 1, 24],
      ['dated 01/24/2025.', '01/24/2025', 2025, 1, 24],
      ['dated 2025/01/16.', '2025/01/16', 2025, 1, 16],
      ['since October 7, 2023, hostages', 'October 7, 2023', 2023, 10, 7],
      ['ON FEBRUARY 3, 2025 THE TALKS', 'FEBRUARY 3, 2025', 2025, 2, 3],
      ['on 3 Sept. 2024 too', '3 Sept. 2024', 2024, 9, 3],
      ['on 29 February 2024', '29 February 2024', 2024, 2, 29],
      ['the February\n3, 2025 talks', 'February\n3, 2025', 2025, 2, 3],
    ];
    for (const [text, expected, year, month, day] of cases) {
      it(JSON.stringify(expected), () => {
        assert.deepEqual(stated(onlyDate(text, expected)), [year, month, day, 'day', false]);
      });
    }
  });

  describe('dates without a year', () => {
    it('"January 19", "19 January" and possessives', () => {
      assert.deepEqual(stated(onlyDate('before the meeting, on January 24, deputy', 'January 24')), [undefined, 1, 24, 'day', true]);
      assert.deepEqual(stated(onlyDate('met on 19 January.', '19 January')), [undefined, 1, 19, 'day', true]);
      assert.deepEqual(stated(onlyDate("January 19's talks", 'January 19')), [undefined, 1, 19, 'day', true]);
    });

    it('takes in a named weekday', () => {
      const date = onlyDate('On Friday, January 19, a delegation', 'Friday, January 19');
      assert.deepEqual(stated(date), [undefined, 1, 19, 'day', true]);
      assert.equal(date.weekday, 5);
      assert.equal(onlyDate('on Monday 3 February 2025', 'Monday 3 February 2025').weekday, 1);
    });

    it('a month alone after a cue, with a part of the month', () => {
      const mid = onlyDate('talks in mid-January went on', 'mid-January');
      assert.deepEqual(stated(mid), [undefined, 1, undefined, 'month', true]);
      assert.equal(mid.part, 'mid');
      assert.equal(onlyDate('until late February.', 'late February').part, 'late');
      assert.deepEqual(stated(onlyDate('visited Moscow in October shortly', 'October')), [undefined, 10, undefined, 'month', true]);
    });

    it('skips month/day in numbers, whose order is unknown ("02/03")', () => {
      assert.deepEqual(findDates('"TASS" media, 02/03.'), []);
      assert.deepEqual(findDates('media, 24/01.'), []);
    });
  });

  describe('months and years', () => {
    it('"in January 2024", "January of 2024", "March 2006"', () => {
      assert.deepEqual(stated(onlyDate('in January 2024 the', 'January 2024')), [2024, 1, undefined, 'month', false]);
      assert.deepEqual(stated(onlyDate('in January of 2024.', 'January of 2024')), [2024, 1, undefined, 'month', false]);
      assert.deepEqual(stated(onlyDate('since March 2006.', 'March 2006')), [2006, 3, undefined, 'month', false]);
    });

    it('parts of a year: "early 2024", "mid-2024"', () => {
      const early = onlyDate('in early 2024 talks', 'early 2024');
      assert.deepEqual(stated(early), [2024, undefined, undefined, 'year', false]);
      assert.equal(early.part, 'early');
      assert.equal(onlyDate('by mid-2024.', 'mid-2024').part, 'mid');
    });

    it('a season is stated to the year, with the season kept', () => {
      const summer = onlyDate('In the summer of 2012, the Russian leadership', 'summer of 2012');
      assert.deepEqual(stated(summer), [2012, undefined, undefined, 'year', false]);
      assert.equal(summer.season, 'summer');
      assert.equal(onlyDate('in fall 2019', 'fall 2019').season, 'autumn');
    });

    it('both numbers at most 12 with slashes: only the year is taken', () => {
      assert.deepEqual(stated(onlyDate('on 02/03/2025.', '02/03/2025')), [2025, undefined, undefined, 'year', false]);
    });
  });

  describe('bare years', () => {
    it('need a cue before them', () => {
      assert.deepEqual(stated(onlyDate('Abbas last visited Russia in 2021.', '2021')), [2021, undefined, undefined, 'year', false]);
      assert.equal(onlyDate('visiting Moscow since 2006.', '2006').year, 2006);
      assert.equal(onlyDate('in the year 2008', '2008').year, 2008);
      assert.deepEqual(findDates('The 2008 book was reprinted.'), []);
      assert.equal(onlyDate('In 2008 elections were held', '2008').year, 2008);
    });

    it('reads ranges written with a dash between blanks, and an ISO date only when whole and valid', () => {
      assert.deepEqual(findDates('in 2019 – 2021, 2019\t-2021 and 2019 -  2021').map((date) => [date.text, date.rangeEnd?.year]), [
        ['2019 – 2021', 2021], ['2019\t-2021', 2021], ['2019 -  2021', 2021],
      ]);
      assert.deepEqual(findDates('on 2024-02-3, 2024-13-01, 2024-02-30, 2024-02-031 or 2024-0a-01').map((date) => date.month), []);
      assert.deepEqual(findDates('2024-02-03', 0, 9), []);
    });

    it('"between 2006 and 2010" and "From 2007 to 2011" are ranges; "2008 and 2009" two dates', () => {
      const between = onlyDate('visited Moscow several times between 2006 and 2010.', '2006 and 2010');
      assert.equal(between.year, 2006);
      assert.deepEqual(between.rangeEnd, { year: 2010, precision: 'year' });
      const from = onlyDate('From 2007 to 2011, a representative', '2007 to 2011');
      assert.deepEqual([from.year, from.rangeEnd], [2007, { year: 2011, precision: 'year' }]);
      const text = 'met with Mashal twice in Damascus in 2008 and 2009, advocating';
      assert.deepEqual(findDates(text).map((date) => [date.text, date.start, date.year]), [
        ['2008', text.indexOf('2008'), 2008],
        ['2009', text.indexOf('2009'), 2009],
      ]);
      const dashed = onlyDate('during 2006\u20132010 he', '2006\u20132010');
      assert.deepEqual(dashed.rangeEnd, { year: 2010, precision: 'year' });
    });

    it('ranges of days and of months', () => {
      const days = onlyDate('on January 19-20, 2024 in Moscow', 'January 19-20, 2024');
      assert.deepEqual(stated(days), [2024, 1, 19, 'day', false]);
      assert.deepEqual(days.rangeEnd, { year: 2024, month: 1, day: 20, precision: 'day' });
      const months = onlyDate('from January 5 to February 3, 2024.', 'January 5 to February 3, 2024');
      assert.deepEqual(stated(months), [2024, 1, 5, 'day', false]);
      assert.deepEqual(months.rangeEnd, { year: 2024, month: 2, day: 3, precision: 'day' });
    });

    it('stand alone in a heading, a table cell or a line', () => {
      assert.equal(onlyDate('2008', '2008').year, 2008);
      assert.equal(onlyDate('  Name    2008  ', '2008').year, 2008);
      assert.equal(onlyDate('Timeline\n2008\nTalks', '2008').year, 2008);
      const row = 'Trufanov | 2008 | released';
      assert.equal(onlyDate(row, '2008').start, 11);
    });

    it('after a month, by its last two digits after an apostrophe', () => {
      assert.deepEqual(findDates("in Sept. '19 and in May ’21, not in the '90s").map((date) => [date.text, date.year, date.month]), [["Sept. '19", 2019, 9], ['May ’21', 2021, 5]]);
    });

    it('lead a line before a separator, or before the next year of the lead', () => {
      assert.equal(onlyDate('2016 · The envoy resigns.', '2016').year, 2016);
      assert.equal(onlyDate('**2016** — The envoy resigns.', '2016').year, 2016);
      assert.deepEqual(findDates('**2016 & 2018** • Two audits.').map((date) => date.year), [2016, 2018]);
      assert.deepEqual(findDates('The 2016 · sign'), []);
      assert.deepEqual(findDates('2016 people came.'), []);
    });

    it('is not a count, a total or outside 1900-2099', () => {
      assert.deepEqual(findDates('a total of 2000 people gathered'), []);
      assert.deepEqual(findDates('in 2000 people'), []);
      assert.deepEqual(findDates('won by 2000 votes'), []);
      assert.deepEqual(findDates('between 2000 and 3000 people'), []);
      assert.deepEqual(findDates('from 2000 to 3000'), []);
      assert.deepEqual(findDates('in 1850 and in 2150'), []);
      assert.deepEqual(findDates('in the 1990s'), []);
    });
  });

  describe('traps that are not dates', () => {
    const traps = [
      'Ria.ru/20250203/gaza-1997077712.html, "RIA Novosti" media',
      'Tass.ru/mezhdunarodnaya-panorama/23036213,',
      'Gazeta.ru/politics/news/2025/01/16/24846356.shtml,',
      'Iz.ru/1797649/2024-11-27/spetcbort,',
      'the 75th anniversary of relations',
      'the approximately 121 hostages still held',
      'Andrei Kozlov, 27, from Rishon Lezion; Alex Lobanov, 32,',
      'Khaled Meshaal (2nd R) introduces his deputy',
      'at 10:30 in the morning',
      'version 2.0.1 and 3.5 percent',
      'see p. 2 and No. 5',
      'key s000 and A320 and COVID-19',
      'in 2,000 cases and in 2.5 hours',
      'they march 3 miles; you may 2 times; an august 3 body',
      'at $2025 and 2025% and #2025',
      'In 2024-25 budgets',
    ];
    for (const text of traps) {
      it(text, () => assert.deepEqual(findDates(text).map((date) => date.text), []));
    }
  });

  it('finds only within the range given', () => {
    const text = 'in 2008 and on 3 February 2025 and in 2010';
    const start = text.indexOf('on 3');
    const found = findDates(text, start, text.indexOf(' and in 2010'));
    assert.deepEqual(found.map((date) => [date.text, date.start]), [['3 February 2025', start + 3]]);
    assert.deepEqual(findDates(text, 5, 2), []);
    assert.deepEqual(findDates(text, -10, 1e9).length, 3);
  });

  it('finds thousands of dates on one line quickly and never throws on odd input', () => {
    const line = 'on 3 February 2025, in 2008, Friday, January 19; '.repeat(20000);
    const started = performance.now();
    const found = findDates(line);
    assert.equal(found.length, 60000);
    assert.ok(performance.now() - started < 3000);
    for (const odd of ['', '0', '9'.repeat(100000), 'January', 'mid-', '1-'.repeat(50000), '2008 '.repeat(50000), '\uD800 2008']) {
      findDates(odd);
    }
  });
});

describe('weekdayOf and daysInMonth', () => {
  it('gives the weekday of Gregorian dates', () => {
    assert.equal(weekdayOf(2024, 1, 19), 5);
    assert.equal(weekdayOf(2025, 2, 3), 1);
    assert.equal(weekdayOf(2023, 10, 7), 6);
    assert.equal(weekdayOf(2000, 2, 29), 2);
    for (let day = 1; day <= 366; day++) {
      const date = new Date(Date.UTC(2024, 0, day));
      assert.equal(weekdayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), date.getUTCDay());
    }
  });

  it('knows month lengths and leap years', () => {
    assert.deepEqual([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(undefined, 2)], [29, 28, 28, 29, 29]);
    assert.equal(daysInMonth(2025, 4), 30);
    assert.deepEqual(findDates('on 29 February 2025 and 31 April'), []);
  });
});

describe('inferYear', () => {
  it('keeps a stated year', () => {
    assert.equal(inferYear(onlyDate('in March 2006', 'March 2006'), { years: [2025] }), 2006);
  });

  it('takes the closest context year when no weekday is named', () => {
    assert.equal(inferYear(onlyDate('on January 24, deputy', 'January 24'), { years: [2025, 2024] }), 2025);
    assert.equal(inferYear(onlyDate('on January 24, deputy', 'January 24'), { years: [] }), undefined);
  });

  it('picks the context year where the weekday fits', () => {
    const friday = onlyDate('On Friday, January 19, a delegation', 'Friday, January 19');
    assert.equal(inferYear(friday, { years: [2025, 2024, 2023] }), 2024);
    assert.equal(inferYear(friday, { years: [2025, 2023] }), undefined);
  });

  it('skips context years where the day does not exist', () => {
    const leapDay = onlyDate('on 29 February', '29 February');
    assert.equal(inferYear(leapDay, { years: [2025, 2024] }), 2024);
  });
});

describe('findDates: what may follow the day of a day-first date', () => {
  it('reads the day before a blank of any kind, a dash or an ordinal', () => {
    const cases: [string, string][] = [
      ['on 3 February 2025.', '3 February 2025'],
      ['on 3\u00a0February 2025.', '3\u00a0February 2025'],
      ['on 3\tFebruary 2025.', '3\tFebruary 2025'],
      ['on 3\nFebruary 2025.', '3\nFebruary 2025'],
      ['on 3RD of FEBRUARY 2025.', '3RD of FEBRUARY 2025'],
      ['on 2nd February 2025.', '2nd February 2025'],
      ['on 1st February 2025.', '1st February 2025'],
      ['on 4th February 2025.', '4th February 2025'],
      ['on 19-20 January 2024.', '19-20 January 2024'],
      ['on 19\u201320 January 2024.', '19\u201320 January 2024'],
    ];
    for (const [text, expected] of cases) onlyDate(text, expected);
  });

  it('finds no day-first date after other characters', () => {
    assert.deepEqual(findDates('aged 25, February was cold'), []);
    assert.deepEqual(findDates('room 3: February'), []);
  });
});
