// A title's body named by any written form of its organisation, the acronym too, on a small fact base made up for it.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';

const SOURCE = 'The Brill Harbour Trust (BHT) won the bid. Piet Mol, chairman of the trust, spoke. Jan Vos, deputy chairman of the trust, and Anna Berg, deputy chairman of the port board, were there.';

const YAML = `version: 1
sources:
  - id: s1
    file: s1.txt
    title: The harbour bid
actors:
  - id: brill-harbour-trust
    type: organisation
    name: Brill Harbour Trust
    spellings: [{ text: Brill Harbour Trust, uses: { s1: 1 } }]
    short: [{ text: BHT, uses: { s1: 2 } }]
    evidence: [{ source: s1, quote: The Brill Harbour Trust (BHT) won the bid }]
  - id: piet-mol
    type: person
    name: Piet Mol
    given: [Piet]
    spellings: [{ text: Piet Mol, uses: { s1: 1 } }]
    short: [{ text: Mol, uses: {} }]
    titles:
      - title: Chairman of the trust
        wordings: [chairman of the trust]
        organisation: brill-harbour-trust
        evidence: [{ source: s1, quote: "Piet Mol, chairman of the trust" }]
    evidence: [{ source: s1, quote: Piet Mol }]
  - id: jan-vos
    type: person
    name: Jan Vos
    given: [Jan]
    spellings: [{ text: Jan Vos, uses: { s1: 1 } }]
    short: [{ text: Vos, uses: {} }]
    titles:
      - title: Deputy chairman of the trust
        wordings: [deputy chairman of the trust]
        organisation: brill-harbour-trust
        evidence: [{ source: s1, quote: "Jan Vos, deputy chairman of the trust" }]
    evidence: [{ source: s1, quote: Jan Vos }]
  - id: anna-berg
    type: person
    name: Anna Berg
    given: [Anna]
    spellings: [{ text: Anna Berg, uses: { s1: 1 } }]
    short: [{ text: Berg, uses: {} }]
    titles:
      - title: Deputy chairman
        wordings: [deputy chairman]
        evidence: [{ source: s1, quote: "Anna Berg, deputy chairman" }]
    evidence: [{ source: s1, quote: Anna Berg }]
`;

async function factBase(): Promise<FactBase> {
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: YAML }], createMemoryFileReader(new Map([['/f/s1.txt', SOURCE]])));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

const roleConflicts = async (text: string) => checkDraft(await factBase(), text).filter((finding) => finding.code === 'role-conflict').map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));

describe('role-conflict: an organisation by any of its forms', () => {
  it('takes a title naming the organisation by its acronym for the title naming it otherwise', async () => {
    assert.deepEqual(await roleConflicts('BHT chairman Piet Mol spoke first.'), []);
    assert.deepEqual(await roleConflicts('Brill Harbour Trust chairman Piet Mol spoke first.'), []);
    assert.deepEqual(await roleConflicts('BHT deputy chairman Piet Mol spoke first.'), ['BHT deputy chairman Piet Mol']);
  });

  it('takes a shorter wording of the person\'s own office for theirs, though another holds that wording exactly', async () => {
    assert.deepEqual(await roleConflicts('Deputy chairman Jan Vos spoke first.'), []);
    assert.deepEqual(await roleConflicts('Deputy chairman Piet Mol spoke first.'), ['Deputy chairman Piet Mol']);
  });
});
