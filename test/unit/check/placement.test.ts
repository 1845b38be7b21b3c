// A finding stays readable however many holders a title has: a few passages and fixes, and a word
// on how many more there are.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { createMemoryFileReader, loadFactBase, type FactBase } from '../../../src/core/factbase';
import { bundledFactBase } from '../editor/bundled';

const HOLDERS = ['Anna Berg', 'Boris Dal', 'Clara Moss', 'David Ruhl', 'Eva Stern', 'Felix Krag', 'Greta Lind', 'Hugo Senn'];

/** Eight deputy ministers, each from a source of their own, and a harbour master. */
async function manyHolders(): Promise<FactBase> {
  const sources = new Map([['/kb/own.txt', 'Harbour Master Ivan Petrov spoke.']]);
  const lines = ['version: 1', 'sources:', '  - { id: own, file: own.txt, title: Own }'];
  HOLDERS.forEach((name, i) => {
    lines.push(`  - { id: s${i}, file: s${i}.txt, title: Notice ${i} }`);
    sources.set(`/kb/s${i}.txt`, `Deputy Minister ${name} spoke.`);
  });
  lines.push('actors:');
  HOLDERS.forEach((name, i) => {
    lines.push(`  - { id: p${i}, type: person, name: ${name}, spellings: [{ text: ${name}, uses: { s${i}: 1 } }],`);
    lines.push(`      titles: [{ title: Deputy Minister, evidence: [{ source: s${i}, quote: "Deputy Minister ${name}" }] }] }`);
  });
  lines.push('  - { id: ivan, type: person, name: Ivan Petrov, spellings: [{ text: Ivan Petrov, uses: { own: 1 } }],');
  lines.push('      titles: [{ title: Harbour Master, evidence: [{ source: own, quote: "Harbour Master Ivan Petrov" }] }] }');
  const { factBase, problems } = await loadFactBase([{ file: '/kb/facts.yaml', text: `${lines.join('\n')}\n` }], createMemoryFileReader(sources));
  assert.deepEqual(problems, []);
  return factBase;
}

describe('placing findings', () => {
  it('cites five passages and offers five fixes at most, and says how many more there are', async () => {
    const [finding, ...others] = checkDraft(await manyHolders(), 'Deputy Minister Ivan Petrov spoke.');
    assert.equal(others.length, 0);
    assert.equal(finding!.code, 'role-conflict');
    assert.equal(finding!.related.length, 5);
    assert.equal(finding!.fixes.length, 5);
    assert.deepEqual(finding!.fixes.map((fix) => fix.replacement), ['Harbour Master', 'Anna Berg', 'Boris Dal', 'Clara Moss', 'David Ruhl']);
    assert.match(finding!.message, /never to Ivan Petrov, whom they call Harbour Master \(own\); 4 more source passages and 4 more fixes are not listed\.$/);
  });

  it('says so of one passage left out, and leaves a finding with few passages and fixes as it is', async () => {
    const factBase = await bundledFactBase();
    const [finding] = checkDraft(factBase, 'Prime Minister Vladimir Putin did not see them.');
    assert.equal(finding!.related.length, 5);
    assert.match(finding!.message, /^The sources call Vladimir Putin President of Russia \(s000 and s004\), not “Prime Minister”; .*\(s001 and s003\); 1 more source passage is not listed\.$/);
    const [few] = checkDraft(factBase, 'The delegation met Bogdanov on 19 January 2025 [@s004].');
    assert.ok(few!.related.length <= 5 && few!.fixes.length <= 5);
    assert.doesNotMatch(few!.message, /not listed/);
  });
});
