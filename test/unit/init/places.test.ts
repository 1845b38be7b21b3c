import * as assert from 'node:assert/strict';
import { initFactBase } from '../../../src/core/init';

describe('init: places within places', () => {
  it('puts a place in the place its name opens with, and in the place "in" names right after it', () => {
    const text = 'Skipper Wim Hoek was arrested at Harlingen Ferry Terminal on May 1, 2031.\nThe deal was signed at the Weigh House in Harlingen, and talks went on in Leeuwarden in June 2031.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const within = Object.fromEntries(factBase.actors.filter((actor) => actor.type === 'place').map((actor) => [actor.id, actor.memberOf]));
    assert.deepEqual(within, { 'harlingen-ferry-terminal': ['harlingen'], 'weigh-house': ['harlingen'], harlingen: [], leeuwarden: [] });
  });
});
