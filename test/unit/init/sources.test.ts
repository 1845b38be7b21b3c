import * as assert from 'node:assert/strict';
import { outletOf, publishedOf, titleOf } from '../../../src/core/init/source-info';
import { sentencesOf } from '../../../src/core/init/sentences';

describe('init: what a document says of itself', () => {
  it('names the outlet only where the text names itself', () => {
    assert.equal(outletOf('MOSCOW (Reuters) - Talks went on.'), 'Reuters');
    assert.equal(outletOf('Our view, by The Harbour Gazette editors.'), 'The Harbour Gazette');
    assert.equal(outletOf('© 2026 Delta Courier. All rights reserved.'), 'Delta Courier');
    assert.equal(outletOf('The talks went on, according to TASS and Reuters.'), undefined);
  });

  it('dates a document by a dateline under its headline', () => {
    const text = 'Dockers walk out\n\nROTTERDAM, March 4, 2026 - Dockers stopped work. Talks end on March 20, 2026.';
    assert.deepEqual(publishedOf(text), { date: '2026-03-04', inferred: 'the dateline "ROTTERDAM, March 4, 2026"', stated: true });
  });

  it('dates a document by a date on a short line under its headline, in any form', () => {
    const byline = publishedOf('Ferry strike ends in Harlingen\nBy Joris Veld | 9 May 2031\n\nThe strike that began on April 2, 2031 ended on Sunday.');
    assert.deepEqual(byline, { date: '2031-05-09', inferred: 'the line under the headline "By Joris Veld | 9 May 2031"', stated: true });
    assert.equal(publishedOf('Ferry strike ends\nThe Wadden Courier, Interview by Joris Veld, 21.10.2031\n\nTalks of April 2, 2031 failed.')?.date, '2031-10-21');
    assert.equal(publishedOf('Ferry strike ends\nPublished: 2031-01-09\n\nTalks of April 2, 2031 failed.')?.date, '2031-01-09');
  });

  it('gives a dateline without a year the year of the latest full date the text tells of', () => {
    const text = 'Ferry deal signed\nHARLINGEN, Sept 28 (Wadden Wire) -\n\nThe deal was signed on September 27, 2031, and work starts in 2033.';
    assert.deepEqual(publishedOf(text), { date: '2031-09-28', inferred: 'the dateline "HARLINGEN, Sept 28", in the year of the latest full date the text mentions', stated: true });
  });

  it('takes the headline for a title, else the opening words of the first sentence', () => {
    const headed = 'Skip to main content\n\nDockers walk out at the port\n\nThousands stopped work.';
    assert.equal(titleOf(headed, sentencesOf(headed)), 'Dockers walk out at the port');
    const long = `On Friday a delegation of the dockers' union, ${'led by its chairman and others, '.repeat(5)}met the employers.`;
    const title = titleOf(long, sentencesOf(long));
    assert.ok(title.endsWith('…') && title.length <= 121 && long.startsWith(title.slice(0, -1)), title);
  });

  it('splits sentences without cutting at initials and abbreviations', () => {
    assert.deepEqual(
      sentencesOf('Russian citizen A. Trufanov is held. Mr. Smit met U.S. envoys on Jan. 5. Then talks began!').map((sentence) => sentence.text),
      ['Russian citizen A. Trufanov is held.', 'Mr. Smit met U.S. envoys on Jan. 5.', 'Then talks began!'],
    );
  });
});
