import * as assert from 'node:assert/strict';
import { initFactBase } from '../../../src/core/init';

function titlesOf(text: string, name: string): string[][] {
  const { factBase } = initFactBase([{ name: 'a.txt', text }]);
  const actor = factBase.actors.find((candidate) => candidate.name === name);
  assert.ok(actor, `${name} is drawn from: ${factBase.actors.map((candidate) => candidate.name).join(', ')}`);
  return actor.titles.map((title) => [title.title, ...title.wordings]);
}

describe('init: titles', () => {
  it('reads a title before a name, in capitals or not, and keeps an organisation before it apart', () => {
    const text = 'FBI Director Laura Chen met Dutch intelligence chief Rik Mol and Mayor of Utrecht Sanne Vos on May 1, 2026.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const byName = new Map(factBase.actors.map((actor) => [actor.name, actor]));
    assert.deepEqual(byName.get('Laura Chen')?.titles.map((title) => [title.title, title.organisation]), [['Director', 'fbi']]);
    assert.equal(byName.get('FBI')?.type, 'organisation');
    assert.deepEqual(titlesOf(text, 'Rik Mol'), [['Intelligence chief', 'Dutch intelligence chief']]);
    assert.deepEqual(titlesOf(text, 'Sanne Vos'), [['Mayor of Utrecht', 'Mayor of Utrecht']]);
  });

  it('reads a title in an apposition and a title run before a comma', () => {
    assert.deepEqual(titlesOf('The talks were led by Joost Kok, a member of the Works Council, on May 2, 2026.', 'Joost Kok'), [['Member of the Works Council', 'member of the Works Council']]);
    assert.deepEqual(titlesOf('In 2017, Dutch Ambassador to Chile, Bram Wolters, spoke.', 'Bram Wolters'), [['Ambassador to Chile', 'Dutch Ambassador to Chile']]);
  });

  it('takes no adjective or sentence-opening word for a name', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'Senior union official Tom Baas said a Rotterdam-based firm would pay. Senior staff agreed.' }]);
    assert.deepEqual(
      factBase.actors.map((actor) => actor.name),
      ['Tom Baas'],
    );
  });

  it('reads a title that opens a clause before a comma, and a former title as former', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'On May 2, 2026, the new chairman of the Works Council, Joost Kok, met Lies Mol, former mayor of Gouda, in Delft.' }]);
    const titles = (name: string) => factBase.actors.find((actor) => actor.name === name)?.titles.map((title) => [title.title, title.asOf, title.former, title.evidence[0]!.quote]);
    assert.deepEqual(titles('Joost Kok'), [['New chairman of the Works Council', '2026-05-02', undefined, 'new chairman of the Works Council, Joost Kok']]);
    assert.deepEqual(titles('Lies Mol'), [['Mayor of Gouda', undefined, true, 'Lies Mol, former mayor of Gouda']]);
  });
});
