import * as assert from 'node:assert/strict';
import { completionContextAt, nameCompletions, sourceCompletions } from '../../../src/core/editor/completion';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

describe('completion', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  it('completes a source id after "[@", also after another key', () => {
    assert.deepEqual(completionContextAt('As reported [@s0'), { kind: 'citation', start: 14, prefix: 's0' });
    assert.deepEqual(completionContextAt('See [@s000; @'), { kind: 'citation', start: 13, prefix: '' });
    assert.deepEqual(completionContextAt('[see @s00'), { kind: 'citation', start: 6, prefix: 's00' });
  });

  it('completes a name after a capitalised word, and nothing after a lower-case one', () => {
    assert.deepEqual(completionContextAt('The talks with Bog'), { kind: 'name', start: 15, prefix: 'Bog' });
    assert.deepEqual(completionContextAt('led by Abu Mar'), { kind: 'name', start: 7, prefix: 'Abu Mar' });
    assert.equal(completionContextAt('the talks with bog'), undefined);
    assert.equal(completionContextAt('an email@example'), undefined);
  });

  it('offers canonical names and preferred spellings that start with the typed words', () => {
    const { start, items } = nameCompletions(factBase, 'Bog');
    assert.equal(start, 0);
    assert.ok(items.some((item) => item.label === 'Bogdanov' && item.actorId === 'mikhail-bogdanov'));
    const marzouk = nameCompletions(factBase, 'Abu Mar');
    assert.equal(marzouk.start, 0);
    assert.deepEqual(marzouk.items.map((item) => item.label), ['Abu Marzouk']);
    assert.match(marzouk.items[0]!.detail, /^Mousa Abu Marzouk — /);
  });

  it('falls back to the last words when the first do not start a name', () => {
    const { start, items } = nameCompletions(factBase, 'Yesterday Lav');
    assert.equal(start, 'Yesterday '.length);
    assert.ok(items.some((item) => item.label === 'Lavrov'));
  });

  it('never offers a variant the sources use less', () => {
    const labels = nameCompletions(factBase, 'Alexander Tru').items.map((item) => item.label);
    assert.deepEqual(labels, ['Alexander Trufanov']);
  });

  it('offers source ids with their titles', () => {
    const items = sourceCompletions(factBase, 's00');
    assert.deepEqual(items.map((item) => item.id), ['s000', 's001', 's002', 's003', 's004']);
    assert.equal(items[4]!.title, factBase.sources.get('s004')!.title);
    assert.deepEqual(sourceCompletions(factBase, 'x'), []);
  });
});
