import { strict as assert } from 'node:assert';
import { resolveDates } from '../../../src/core/check/draft-dates';
import { findDates } from '../../../src/core/text/dates';

/** Whether each date of the prose only anchors something else, in order. */
function relativeFlags(prose: string): boolean[] {
  return resolveDates(prose, findDates(prose), { around: [], draft: [] }).map((date) => date.role === 'anchor');
}

describe('resolveDates: dates that anchor something else', () => {
  it('marks a date after each cue, in any case, after spaces or tabs and an optional "the"', () => {
    const cues = ['since', 'after', 'before', 'until', 'till', 'following', 'by', 'prior to', 'ahead of', 'earlier than', 'later than'];
    for (const cue of cues) {
      assert.deepEqual(relativeFlags(`It held ${cue} March 2006.`), [true], cue);
      assert.deepEqual(relativeFlags(`It held ${cue.toUpperCase()}\t the 3 March 2006.`), [true], cue.toUpperCase());
    }
  });

  it('leaves dates after other words, or right after a cue with no blank, as dating something', () => {
    assert.deepEqual(relativeFlags('They met in March 2006 and on 3 May 2007.'), [false, false]);
    assert.deepEqual(relativeFlags('They met on the 3 May 2007, at a bathe March 2008, too often April 2009.'), [false, false, false]);
    assert.deepEqual(relativeFlags('A stand-by (March 2006) and since—April 2007.'), [false, false]);
  });

  it('reads the cue only within the 24 characters before the date', () => {
    assert.deepEqual(relativeFlags(`since${' '.repeat(19)}2006`), [true]);
    assert.deepEqual(relativeFlags(`since${' '.repeat(20)}2006`), [false]);
  });
});

describe('resolveDates: the year of a date written without one', () => {
  const yearsOf = (prose: string, context: { around?: number[]; documentDate?: { year: number; month: number; day: number } } = {}) => {
    const sentences = [...prose.matchAll(/[^.]+\./g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const documentDate = context.documentDate && { ...context.documentDate, precision: 'day' as const };
    return resolveDates(prose, findDates(prose), { around: context.around ?? [], sentences, draft: [1999], documentDate }).map((date) => date.date.year);
  };

  it('takes the year of its own sentence first, before or after it', () => {
    assert.deepEqual(yearsOf('In 2022 they met. On 3 March and again on 5 April 2024 they met.'), [2022, 2024, 2024]);
  });

  it('takes a year stated before it in the block, never one a later sentence states', () => {
    assert.deepEqual(yearsOf('In 2022 they met. On 3 March they met. In 2024 they did not.'), [2022, 2022, 2024]);
    assert.deepEqual(yearsOf('On 24 January they spoke. It echoes January 2024.', { documentDate: { year: 2025, month: 2, day: 10 } }), [2025, 2024]);
  });

  it('falls back to the heading, then the document date, then a later year of the block, then the draft', () => {
    assert.deepEqual(yearsOf('On 24 January they spoke. It echoes January 2024.', { around: [2001], documentDate: { year: 2025, month: 2, day: 10 } }), [2001, 2024]);
    assert.deepEqual(yearsOf('On 24 January they spoke. It echoes January 2024.'), [2024, 2024]);
    assert.deepEqual(yearsOf('On 24 January they spoke.'), [1999]);
  });
});
