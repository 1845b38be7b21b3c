import { strict as assert } from 'node:assert';
import { stemOf } from '../../../src/core/text/stems';

describe('stemOf', () => {
  it('makes the inflections of a word meet, a consonant doubled before -ed or -ing undone', () => {
    for (const group of [['transfer', 'transfers', 'transferred', 'transferring'], ['plan', 'plans', 'planned'], ['visit', 'visits', 'visited', 'visiting'], ['meet', 'met', 'meeting']]) {
      assert.deepEqual(new Set(group.map(stemOf)).size, 1, group.join(', '));
    }
  });

  it('keeps a double consonant the word itself has', () => {
    assert.equal(stemOf('called'), stemOf('call'));
    assert.equal(stemOf('passed'), stemOf('passing'));
    assert.equal(stemOf('added'), stemOf('add'));
  });
});
