// Quotations checked against the sources they cite: verbatim up to marks, spacing, the first
// letter's case, omissions and insertions; scare quotes, titles and words from elsewhere left alone.
import { strict as assert } from 'node:assert';
import { checkFor } from './helpers';

const quoteFindings = (text: string) => checkFor('quote-mismatch', text);

describe('quote-mismatch', () => {
  it('flags a changed word, with the closest passage and its words as the fix', async () => {
    const findings = await quoteFindings('In January Hamdan said "nobody has any idea" how many captives are still living [@s002].');
    assert.deepEqual(findings, [{ code: 'quote-mismatch', text: 'nobody has any idea', fixes: ['no one has any idea'] }]);
  });

  it('accepts a verbatim quotation whatever its marks, spacing, first letter, omissions and insertions', async () => {
    assert.deepEqual(await quoteFindings('Hamdan’s words were “No one has any idea” [@s002].'), []);
    assert.deepEqual(await quoteFindings('The ministry stressed "the need to fulfill the promises made by the Hamas leadership […] of Russian citizen A. Trufanov" [@s000].'), []);
    assert.deepEqual(await quoteFindings('The ministry stressed "the need to fulfill the promises made by the Hamas leadership regarding the priority release from captivity of Russian citizen [Alexander] Trufanov" [@s000].'), []);
    assert.deepEqual(await quoteFindings('The ministry stressed "the need to fulfill the promises made\n> by the Hamas leadership" [@s000].'), []);
  });

  it('names the source that holds a quotation its citation does not, with a fix to the citation', async () => {
    const text = 'Hamdan put it bluntly: "no one has any idea" how many are alive [@s001].';
    assert.deepEqual(await quoteFindings(text), [{ code: 'quote-mismatch', text: 'no one has any idea', fixes: ['s002'] }]);
  });

  it('leaves scare quotes, titles and words no source comes close to alone', async () => {
    assert.deepEqual(await quoteFindings('Officials called the visit a "routine exchange" of views [@s000].'), []);
    assert.deepEqual(await quoteFindings('An op-ed headed "Moscow Opens Its Doors Again" appeared that week [@s000].'), []);
    assert.deepEqual(await quoteFindings('Critics said the round was "a pointless exercise in diplomacy", Lavrov or no Lavrov.'), []);
  });

  it('checks a quotation citing no source against every source', async () => {
    assert.equal((await quoteFindings('Hamdan told CNN that "nobody has any idea" how many hostages are alive.')).length, 1);
    assert.deepEqual(await quoteFindings('Hamdan told CNN that "no one has any idea" how many hostages are alive.'), []);
  });
});
