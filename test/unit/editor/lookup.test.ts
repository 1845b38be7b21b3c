import * as assert from 'node:assert/strict';
import { symbolAt, type DraftSymbol } from '../../../src/core/editor/lookup';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

function at(factBase: FactBase, text: string, word: string, inside = 1): DraftSymbol | undefined {
  const offset = text.indexOf(word);
  assert.ok(offset >= 0, `"${word}" is in the text`);
  return symbolAt(factBase, text, offset + inside);
}

describe('what stands at a place in a draft', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  const draft = [
    '# Talks in Moscow, February 2025',
    '',
    'On 3 February 2025 Musa Abu Marzouk met Mikhail Bogdanov [@s000].',
    'Bogdanov’s office said Trupanov would be freed [see @s001; @s004, p. 2].',
    '',
    'On January 19 the delegation held consultations.',
    '',
    '`Bogdanov in code` and [@s999].',
  ].join('\n');

  it('finds an actor by a variant spelling, with the whole name as its range', () => {
    const symbol = at(factBase, draft, 'Musa Abu Marzouk', 6);
    assert.equal(symbol?.kind, 'actor');
    if (symbol?.kind !== 'actor') return;
    assert.equal(symbol.actor.id, 'mousa-abu-marzouk');
    assert.equal(draft.slice(symbol.start, symbol.end), 'Musa Abu Marzouk');
  });

  it('finds an actor by a possessive surname and by a variant fewer sources use', () => {
    const possessive = at(factBase, draft, 'Bogdanov’s');
    assert.equal(possessive?.kind === 'actor' && possessive.actor.id, 'mikhail-bogdanov');
    const variant = at(factBase, draft, 'Trupanov');
    assert.equal(variant?.kind === 'actor' && variant.actor.id, 'alexander-trufanov');
  });

  it('finds a date, at its precision', () => {
    const symbol = at(factBase, draft, '3 February 2025');
    assert.deepEqual(symbol?.kind === 'date' && symbol.date, { year: 2025, month: 2, day: 3, precision: 'day' });
  });

  it('gives a date without a year the year of its context', () => {
    const symbol = at(factBase, draft, 'January 19', 2);
    assert.equal(symbol?.kind === 'date' && symbol.date.year, 2025);
  });

  it('finds the cited key under the pointer, among several', () => {
    const first = at(factBase, draft, 's001');
    assert.deepEqual(first?.kind === 'citation' && first.sourceId, 's001');
    const second = at(factBase, draft, 's004');
    assert.deepEqual(second?.kind === 'citation' && second.sourceId, 's004');
    const unknown = at(factBase, draft, 's999');
    assert.deepEqual(unknown?.kind === 'citation' && unknown.sourceId, 's999');
  });

  it('finds nothing in code or between words', () => {
    assert.equal(at(factBase, draft, 'Bogdanov in code'), undefined);
    assert.equal(at(factBase, draft, 'office'), undefined);
  });
});
