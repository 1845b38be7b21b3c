// Titles of any trade ("coroner", "surveyor"), as a fact base built from a corpus gives them: each
// trade is a rank of its own, checked like the general ones.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { factBaseFromSources, seen } from './helpers';

const SOURCE = `Inquest into the dyke breach opens in Goes
Published: 2031-05-02

The inquest into the dyke breach was opened on Tuesday by the area coroner for Zeeland, Joris Baan. The senior coroner for Utrecht, Sanne Vos, sent a statement. Sem Dekker, a chartered land surveyor from Goes, measured the breach.
`;

async function roleConflicts(text: string): Promise<string[]> {
  return seen(text, checkDraft(await factBaseFromSources(SOURCE), text)).filter((finding) => finding.code === 'role-conflict').map((finding) => finding.text);
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
