// A draft's coverage: its claims by kind and where each stands, and the share of sentences citing a source.
import { strict as assert } from 'node:assert';
import { createDraftChecker } from '../../../src/core/check/checker';
import { citedShare, describeClaimKinds, describeCoverage, type Coverage } from '../../../src/core/check/coverage';
import { bundledFactBase } from '../editor/bundled';

async function coverageOf(text: string): Promise<Coverage> {
  const checker = createDraftChecker(await bundledFactBase(), { coverage: true });
  checker.check(text);
  return checker.coverage()!;
}

describe('coverage', () => {
  it('counts the claims by kind as supported, contradicted or unsupported', async () => {
    const coverage = await coverageOf(
      [
        'Kremlin spokesman Dmitry Peskov declined to comment [@s000].',
        'Andrei Kozlov, 31, was freed.',
        'Hamdan said "we will never surrender to anyone at all".',
        'On 3 February 2025 a Hamas delegation held talks with Bogdanov in Moscow [@s000].',
      ].join(' '),
    );
    assert.deepEqual(coverage.claims, { date: 1, title: 1, age: 1, place: 1, quotation: 1 });
    assert.deepEqual([coverage.supported, coverage.contradicted, coverage.unsupported], [3, 1, 1]);
  });

  it('takes a title that may refer to one the sources give as supported, and counts no title that says nothing checkable', async () => {
    const referring = await coverageOf('Mikhail Bogdanov, the deputy minister, met them.');
    assert.deepEqual([referring.claims.title, referring.supported, referring.unsupported], [1, 1, 0]);
    assert.equal((await coverageOf('Mikhail Bogdanov, an official, met them.')).claims.title, 0);
  });

  it('counts a claim a finding contradicts whether its code is reported or not', async () => {
    const checker = createDraftChecker(await bundledFactBase(), { coverage: true, disable: ['age-conflict'] });
    assert.deepEqual(checker.check('Andrei Kozlov, 31, was freed.'), []);
    assert.equal(checker.coverage()!.contradicted, 1);
  });

  it('counts sentences citing a source in them, right after them or through a footnote that cites one', async () => {
    const coverage = await coverageOf(
      [
        '# A heading [@s000]',
        '',
        'Peskov declined to comment [@s000]. Bogdanov met them.[^a] Lavrov was away.[^b] Nobody said more.',
        '',
        '[^a]: As reported [@s004].',
        '[^b]: No source.',
        '',
      ].join('\n'),
    );
    assert.deepEqual([coverage.citedSentences, coverage.sentences], [2, 4]);
    assert.equal(citedShare(coverage), 50);
  });

  it('is recounted as the draft changes, and undefined unless asked for', async () => {
    const checker = createDraftChecker(await bundledFactBase(), { coverage: true });
    checker.check('Peskov declined to comment [@s000].\n\nNobody said more.\n');
    assert.deepEqual([checker.coverage()!.citedSentences, checker.coverage()!.sentences], [1, 2]);
    checker.check('Peskov declined to comment.\n\nNobody said more.\n');
    assert.deepEqual([checker.coverage()!.citedSentences, checker.coverage()!.sentences], [0, 2]);
    const plain = createDraftChecker(await bundledFactBase());
    plain.check('Peskov declined to comment [@s000].');
    assert.equal(plain.coverage(), undefined);
  });

  it('describes itself in a line', () => {
    const coverage: Coverage = { claims: { date: 5, title: 1, age: 0, place: 2, quotation: 0 }, supported: 6, contradicted: 1, unsupported: 1, sentences: 3, citedSentences: 1 };
    assert.equal(describeCoverage(coverage), '8 claims: 6 supported, 1 contradicted, 1 unsupported · 33% of sentences cite a source');
    assert.equal(describeClaimKinds(coverage), '5 dates, 1 title, 2 places');
    const empty: Coverage = { claims: { date: 0, title: 0, age: 0, place: 0, quotation: 0 }, supported: 0, contradicted: 0, unsupported: 0, sentences: 0, citedSentences: 0 };
    assert.equal(describeCoverage(empty), '0 claims · 0% of sentences cite a source');
    assert.equal(describeClaimKinds(empty), 'none');
  });
});
