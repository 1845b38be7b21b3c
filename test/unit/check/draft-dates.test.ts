import { strict as assert } from 'node:assert';
import { resolveDates } from '../../../src/core/check/draft-dates';
import { findDates } from '../../../src/core/text/dates';

/** Whether each date of the prose only anchors something else, in order. */
function relativeFlags(prose: string): boolean[] {
  return resolveDates(prose, findDates(prose), { near: [], draft: [] }).map((date) => date.role === 'anchor');
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
