// Curating a fact base from a selection in a source: the insertions leave the rest of the file as
// written, and the fact base still validates, with the uses `validate` counts.
import { strict as assert } from 'node:assert';
import { actorIdFor, actorInsertion, evidenceInsertion, spellingInsertion, usesOfSpelling, type Insertion } from '../../../src/core/factbase';
import { describeProblems, load, VALID_YAML } from './fixtures';

function inserted(yaml: string, insertion: Insertion | undefined): string {
  assert.ok(insertion, 'an insertion');
  return yaml.slice(0, insertion.offset) + insertion.text + yaml.slice(insertion.offset);
}

async function assertValid(yaml: string): Promise<void> {
  const { problems } = await load(yaml);
  assert.equal(describeProblems(problems), '');
}

describe('curating a fact base from its sources', () => {
  it('adds a spelling to a block list and to a flow list, with the uses validate counts', async () => {
    const { factBase } = await load(VALID_YAML);
    const uses = usesOfSpelling(factBase, 'marzouk', 'Abu Marzouk');
    assert.deepEqual(uses, { a: 1 });
    const block = inserted(VALID_YAML, spellingInsertion(VALID_YAML, 'marzouk', 'full', 'Mousa Marzouk', usesOfSpelling(factBase, 'marzouk', 'Mousa Marzouk')));
    assert.match(block, /\n {6}- \{ text: "Mousa Marzouk", uses: \{\} \}\n {4}short:/);
    await assertValid(block);
    const flow = inserted(VALID_YAML, spellingInsertion(VALID_YAML, 'bogdanov', 'short', 'Mikhail', usesOfSpelling(factBase, 'bogdanov', 'Mikhail')));
    assert.match(flow, /short: \[\{ text: Bogdanov, uses: \{ a: 1 \} \}, \{ text: "Mikhail", uses: \{\} \}\]/);
    assert.equal(flow.replace(', { text: "Mikhail", uses: {} }', ''), VALID_YAML);
  });

  it('adds a quote as evidence for an actor or an event, and opens an evidence list where there is none', async () => {
    const forActor = inserted(VALID_YAML, evidenceInsertion(VALID_YAML, { list: 'actors', id: 'marzouk' }, 'b', 'Musa Abu Marzouk said the visit went well'));
    assert.match(forActor, /\n {6}- \{ source: b, quote: "Musa Abu Marzouk said the visit went well" \}\n {2}- id: hamas/);
    await assertValid(forActor);
    const forPlace = inserted(VALID_YAML, evidenceInsertion(VALID_YAML, { list: 'actors', id: 'moscow' }, 'a', 'arrived in Moscow'));
    assert.match(forPlace, /name: Moscow\n {4}evidence:\n {6}- \{ source: a, quote: "arrived in Moscow" \}\n/);
    await assertValid(forPlace);
    assert.equal(evidenceInsertion(VALID_YAML, { list: 'events', id: 'no-such-event' }, 'a', 'x'), undefined);
  });

  it('adds a new actor with its spelling, uses and quote, under an id no entry has', async () => {
    const { factBase } = await load(VALID_YAML);
    const id = actorIdFor('Mikhail Bogdanov', (taken) => factBase.actors.has(taken) || taken === 'mikhail-bogdanov');
    assert.equal(id, 'mikhail-bogdanov-2');
    const yaml = inserted(VALID_YAML, actorInsertion(VALID_YAML, { id: 'the-visit', type: 'organisation', name: 'Hamas delegation', uses: usesOfSpelling(factBase, 'the-visit', 'Hamas delegation'), sourceId: 'a', quote: 'the Hamas delegation headed by' }));
    const { factBase: grown, problems } = await load(yaml);
    assert.equal(describeProblems(problems), '');
    assert.deepEqual(grown.actors.get('the-visit')?.spellings.map((spelling) => [spelling.text, { ...spelling.uses }]), [['Hamas delegation', { a: 1 }]]);
  });
});
