import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check';
import { actorSymbols, draftSymbols } from '../../../src/core/editor/symbols';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

describe('symbols', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  it('lists the actors a draft names once each, at their first mention, and the events it mentions', () => {
    const text = '# Talks\n\nOn 3 February 2025 Mousa Abu Marzouk held talks in Moscow with Mikhail Bogdanov.\n\nBogdanov spoke later.\n';
    const { actors, events } = draftSymbols(factBase, text, []);
    assert.deepEqual(actors.map((symbol) => [symbol.name, symbol.kind, text.slice(symbol.start, symbol.end)]), [
      ['Mousa Abu Marzouk', 'person', 'Mousa Abu Marzouk'],
      ['Moscow', 'place', 'Moscow'],
      ['Mikhail Bogdanov', 'person', 'Mikhail Bogdanov'],
    ]);
    assert.match(actors[2]!.detail, /^2 mentions · Russian Deputy Foreign Minister/);
    const talks = events.find((symbol) => symbol.detail === '3 February 2025');
    assert.ok(talks, events.map((symbol) => `${symbol.name} (${symbol.detail})`).join('; '));
    assert.equal(factBase.events.get('moscow-talks-2025-02-03')!.name, talks.name);
    assert.match(text.slice(talks.start, talks.end), /^On 3 February 2025/);
  });

  it('lists an event the draft dates otherwise than the sources, at the date it gives', () => {
    const text = 'On 5 February 2025 the Hamas delegation headed by Mousa Abu Marzouk held talks in Moscow with Mikhail Bogdanov [@s000].\n';
    const { events } = draftSymbols(factBase, text, checkDraft(factBase, text));
    const talks = events.find((symbol) => symbol.name === factBase.events.get('moscow-talks-2025-02-03')!.name);
    assert.ok(talks, events.map((symbol) => symbol.name).join('; '));
    assert.equal(text.slice(talks.start, talks.end), '5 February 2025');
  });

  it('finds actors by their name or a spelling, the query’s letters in order', () => {
    assert.deepEqual(actorSymbols(factBase, 'mbogd').map((actor) => actor.id), ['mikhail-bogdanov']);
    assert.ok(actorSymbols(factBase, 'Trupanov').some((actor) => actor.id === 'alexander-trufanov'));
    assert.equal(actorSymbols(factBase, '').length, factBase.actors.size);
    assert.deepEqual(actorSymbols(factBase, 'zzzq'), []);
  });
});
