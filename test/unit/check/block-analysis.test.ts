import { strict as assert } from 'node:assert';
import { analyzeBlock } from '../../../src/core/check/block-analysis';
import { nameIndexOf } from '../../../src/core/check/names';
import { scanMarkdown } from '../../../src/core/text/markdown';
import { bundledFactBase } from '../editor/bundled';

/** The text of each date the one block of `text` states. */
async function datesOfBlock(text: string): Promise<string[]> {
  const scan = scanMarkdown(text);
  assert.equal(scan.blocks.length, 1);
  return analyzeBlock(nameIndexOf(await bundledFactBase()), text, scan, scan.blocks[0]).dateMentions.map((date) => date.text);
}

describe('analyzeBlock', () => {
  it('reads the dates of a block with a digit', async () => {
    assert.deepEqual(await datesOfBlock('Talks in Moscow on 3 March 2006, and again in May 2007.'), ['3 March 2006', 'May 2007']);
  });

  it('reads the dates of a block without a digit when it names a month or a season', async () => {
    assert.deepEqual(await datesOfBlock('In spring, and again in January, talks went on.'), ['January']);
    assert.deepEqual(await datesOfBlock('They met on the fifth of February, and again in March.'), ['the fifth of February', 'March']);
    assert.deepEqual(await datesOfBlock('Talks went on, and went on again.'), []);
  });

  it('reads a block with words that are not ASCII the same way', async () => {
    assert.deepEqual(await datesOfBlock('In spring, in Москва, and again in January, talks went on.'), ['January']);
    assert.deepEqual(await datesOfBlock('In éspring, and again in January, talks went on.'), ['January']);
    assert.deepEqual(await datesOfBlock('In Москва in 2006 and in 2007x.'), ['2006']);
  });
});
