// unknown-source: citation keys that name no source, with the near ids as fixes.
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
});
