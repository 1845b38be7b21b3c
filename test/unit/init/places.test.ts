import * as assert from 'node:assert/strict';
import { initFactBase } from '../../../src/core/init';

describe('init: places within places', () => {
  it('puts a place in the place its name opens with, and in the place "in" names right after it', () => {
    const text = 'Skipper Wim Hoek was arrested at Harlingen Ferry Terminal on May 1, 2031.\nThe deal was signed at the Weigh House in Harlingen, and talks went on in Leeuwarden in June 2031.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const within = Object.fromEntries(factBase.actors.filter((actor) => actor.type === 'place').map((actor) => [actor.id, actor.memberOf]));
    assert.deepEqual(within, { 'harlingen-ferry-terminal': ['harlingen'], 'weigh-house': ['harlingen'], harlingen: [], leeuwarden: [] });
  });

  it('takes no place inside a title for an event\'s place', () => {
    const text = 'Ada Stam was promoted to Harlingen Harbour Master on May 1, 2031.\nShe was named ambassador to Chile on June 2, 2031.\nShe met the consul in Leeuwarden on June 9, 2031.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.place]), [['2031-05-01', undefined], ['2031-06-02', undefined], ['2031-06-09', 'leeuwarden']]);
  });

  it('takes the place of the event word\'s clause, and a name before "region" for a place', () => {
    const text = 'Residents of Urk, the fishing town that was flooded on 9 July 2031, gathered outside the Frisia regional office on 16 July 2031. Frisia region has many towns, and the Frisia region council met in Frisia.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.equal(factBase.actors.find((actor) => actor.name === 'Frisia')?.type, 'place');
    assert.deepEqual(factBase.events.find((event) => event.date === '2031-07-16')?.place, 'frisia');
  });

  it('takes the place nearest the date in its clause for the event\'s', () => {
    const text = 'The hearings will sit in Urk for two weeks and then move to Harlingen on June 9, 2031.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.place]), [['2031-06-09', 'harlingen']]);
  });

  it('names a place shouted in a dateline as the text writes it, and gives it no title of the person it tells of', () => {
    const text = 'Dyke inquiry opens\nPublished: 2031-06-02\n\nWEST HARLINGEN, Fr. - The inquiry opened on Tuesday. Residents of West Harlingen came. The first witness was Wim Hoek, 38, of West Harlingen, the dyke\'s ground engineer.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const place = factBase.actors.find((actor) => actor.id === 'west-harlingen');
    assert.deepEqual([place?.type, place?.name, place?.titles], ['place', 'West Harlingen', []]);
    assert.deepEqual(factBase.actors.find((actor) => actor.name === 'Wim Hoek')?.titles.map((title) => title.title), ['Dyke\'s ground engineer']);
  });

  it('takes a name after the kind of place it is ("the city of Osh") for a place', () => {
    const text = 'On 22 April 2031, in the city of Urk, the ministers signed the accord.';
    assert.equal(initFactBase([{ name: 'a.txt', text }]).factBase.actors.find((actor) => actor.name === 'Urk')?.type, 'place');
  });

  it('takes no place a person is from for where an event happened, and dates a find', () => {
    const text = 'Wim Hoek, a retired postman from Urk, found the coins on 14 September 2031 while walking near the dyke.';
    assert.deepEqual(initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => [event.date, event.words, event.place]), [['2031-09-14', ['found'], undefined]]);
  });
});
