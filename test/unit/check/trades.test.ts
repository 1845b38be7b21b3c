// Titles of any trade ("coroner", "surveyor"), as a fact base built from a corpus gives them: each
// trade is a rank of its own, checked like the general ones.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';
import { initFactBase } from '../../../src/core/init';
import { seen } from './helpers';

const SOURCE = `Inquest into the dyke breach opens in Goes
Published: 2031-05-02

The inquest into the dyke breach was opened on Tuesday by the area coroner for Zeeland, Joris Baan. The senior coroner for Utrecht, Sanne Vos, sent a statement. Sem Dekker, a chartered land surveyor from Goes, measured the breach.
`;

async function factBase(): Promise<FactBase> {
  const { yaml } = initFactBase([{ name: 'sources/s0.txt', text: SOURCE }]);
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: yaml }], createMemoryFileReader(new Map([['/f/sources/s0.txt', SOURCE]])));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

async function roleConflicts(text: string): Promise<string[]> {
  return seen(text, checkDraft(await factBase(), text)).filter((finding) => finding.code === 'role-conflict').map((finding) => finding.text);
}

describe('titles of a trade', () => {
  it('finds a trade the sources give another holder, in another place', async () => {
    assert.deepEqual(await roleConflicts('Joris Baan, the senior coroner for Utrecht, opened the inquest.'), ['Joris Baan, the senior coroner for Utrecht']);
    assert.deepEqual(await roleConflicts('Joris Baan, the area coroner for Zeeland, opened the inquest.'), []);
  });

  it('reads a place before a trade no one else holds there as where the person works or comes from', async () => {
    assert.deepEqual(await roleConflicts('The Goes surveyor Sem Dekker measured the breach.'), []);
    assert.deepEqual(await roleConflicts('The surveyor, Sem Dekker, measured the breach.'), []);
  });

  it('gives no title after an "as" that compares', async () => {
    assert.deepEqual(await roleConflicts('Sanne Vos was never at the same table as the area coroner for Zeeland.'), []);
    assert.deepEqual(await roleConflicts('Sanne Vos came to Goes in May as the area coroner for Zeeland.'), ['Sanne Vos came to Goes in May as the area coroner for Zeeland']);
  });
});
