// unknown-source: citation keys that name no source, with the near ids as fixes; citation-unsupported:
// a cited source that does not state the claim another source states.
import { strict as assert } from 'node:assert';
import { checkFor } from './helpers';

describe('unknown-source', () => {
  it('flags a key no source has, offering the source of the same number first, then the nearest ids', async () => {
    assert.deepEqual(await checkFor('unknown-source', 'The vote was close [@s02].'), [{ code: 'unknown-source', text: 's02', fixes: ['s002', 's000', 's001'] }]);
    assert.deepEqual(await checkFor('unknown-source', 'Both said so [@s4; @s001].'), [{ code: 'unknown-source', text: 's4', fixes: ['s004'] }]);
    assert.deepEqual(await checkFor('unknown-source', 'As one paper put it [@herald2025].'), [{ code: 'unknown-source', text: 'herald2025', fixes: [] }]);
  });

  it('takes source ids and keys the workspace maps to one', async () => {
    assert.deepEqual(await checkFor('unknown-source', 'See [@s000] and [@herald2025].', { citations: { herald2025: 's003' } }), []);
  });

  it('reads a key that opens a block or is all of it: a footnote, a list item, a paragraph', async () => {
    const markdown = 'The vote was close.[^1]\n\n[^1]: [@s0002].\n\n- [@s0001]\n\n[@s04; @s000] and more.\n';
    assert.deepEqual((await checkFor('unknown-source', markdown)).map((finding) => finding.text), ['s0002', 's0001', 's04']);
  });
});

describe('citation-unsupported', () => {
  it('flags a title or an age the source cited after it does not state, with a fix citing the one that does', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment [@s003].'), [
      { code: 'citation-unsupported', text: 'Kremlin spokesman Dmitry Peskov', fixes: ['s000'] },
    ]);
    assert.deepEqual((await checkFor('citation-unsupported', 'Andrei Kozlov, 27, was among those freed [@s001].')).map((finding) => finding.fixes), [['s004']]);
  });

  it('takes a citation that gives the fact, and reads none before the claim or in another clause', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment [@s000].'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'As s003 reported [@s003], Kremlin spokesman Dmitry Peskov declined to comment.'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment, and the delegation left for Doha on Monday [@s003].'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment.[^2]\nThe delegation left for Doha [@s003].'), []);
  });
});
