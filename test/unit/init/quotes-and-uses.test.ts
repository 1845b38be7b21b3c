import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import { initFactBase } from '../../../src/core/init';

const DOCUMENTS = [
  { name: 'sources/a.txt', text: 'ROTTERDAM, May 4, 2026 - Port Authority spokeswoman Anouk Jansen said the strike went on.\nJansen added that   ships\nwaited. Anouk Jansen’s office said so too.' },
  { name: 'sources/b.txt', text: 'Dock workers’ leader Kees de Wit, 44, from Vlaardingen, met Anouk Jansen on May 6, 2026.' },
];

describe('init: quotes and uses', () => {
  const { yaml, factBase, summary } = initFactBase(DOCUMENTS);

  it('cuts every quote from its document verbatim', () => {
    const texts = new Map(factBase.sources.map((source, i) => [source.id, DOCUMENTS[i]!.text]));
    const evidence = [...factBase.actors.flatMap((actor) => [...actor.evidence, ...actor.titles.flatMap((title) => title.evidence), ...actor.attributes.flatMap((attribute) => attribute.evidence)]), ...factBase.events.flatMap((event) => event.evidence)];
    assert.ok(evidence.length > 5);
    for (const item of evidence) assert.ok(texts.get(item.source)!.includes(item.quote), item.quote);
  });

  it('counts uses as validate does: whole words, a short form inside a full name counted for the full name', () => {
    const jansen = factBase.actors.find((actor) => actor.name === 'Anouk Jansen')!;
    assert.deepEqual(jansen.spellings[0]!.uses, { s000: 2, s001: 1 });
    assert.deepEqual(jansen.short.map((spelling) => [spelling.text, spelling.uses]), [['Jansen', { s000: 1 }]]);
  });

  it('writes YAML that loads with no problem at all', async () => {
    const reader = createMemoryFileReader(new Map(DOCUMENTS.map((document) => [`/base/${document.name}`, document.text])));
    const { problems } = await loadFactBase([{ file: '/base/facts.yaml', text: yaml }], reader);
    assert.deepEqual(problems, []);
    const parsed = parse(yaml) as { sources: { published?: { date: string } }[] };
    assert.equal(parsed.sources[0]!.published!.date, '2026-05-04');
  });

  it('reads an age and a home town after a name, as of the document date', () => {
    const wit = factBase.actors.find((actor) => actor.name === 'Kees de Wit')!;
    assert.deepEqual(wit.attributes.map((attribute) => [attribute.kind, attribute.value, attribute.asOf]), [
      ['age', 44, '2026-05-06'],
      ['hometown', 'vlaardingen', undefined],
    ]);
    assert.match(summary, /^2 sources: \d+ actors, \d+ events, \d+ to review$/);
  });
});
