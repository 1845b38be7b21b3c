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
    assert.deepEqual(await quoteFindings('TASS cited a "source in the Hamas leadership" before the talks [@s000].'), []);
    assert.equal((await quoteFindings('TASS cited a "source in the Hamas politburo" before the talks [@s000].')).length, 1);
  });

  it('names the source that holds a quotation its citation does not, with a fix to the citation', async () => {
    const text = 'Hamdan put it bluntly: "no one has any idea" how many are alive [@s001].';
    assert.deepEqual(await quoteFindings(text), [{ code: 'quote-mismatch', text: 'no one has any idea', fixes: ['s002'] }]);
  });

  it('takes a source id written beside a quotation as its citation, but not one opening the next clause', async () => {
    assert.equal((await quoteFindings('Marzouk called the captive "a prisoner of war" (s003).')).length, 1);
    assert.deepEqual(await quoteFindings('Marzouk called the captive "a prisoner of war" (s000).'), []);
    assert.deepEqual(await quoteFindings('Marzouk called the captive "a prisoner of war", but s003 counts him a soldier.'), []);
  });

  it('leaves scare quotes, titles and words no source comes close to alone', async () => {
    assert.deepEqual(await quoteFindings('Officials called the visit a "routine exchange" of views [@s000].'), []);
    assert.deepEqual(await quoteFindings('An op-ed headed "Moscow Opens Its Doors Again" appeared that week [@s000].'), []);
    assert.deepEqual(await quoteFindings('Critics said the round was "a pointless exercise in diplomacy", Lavrov or no Lavrov.'), []);
    assert.deepEqual(await quoteFindings('Below, "The News of Israel article" means s004, which Lavrov never saw.'), []);
  });

  it('reads a quotation of nothing but a title, a name or a date as someone\'s wording of it, not as a quotation', async () => {
    assert.deepEqual(await quoteFindings('Our photo caption has him as "Hamas chief Khaled Meshaal" [@s002].'), []);
    assert.deepEqual(await quoteFindings('The archive card now reads "19 January 2024 (Friday)" [@s004].'), []);
    assert.equal((await quoteFindings('Hamdan told CNN that "nobody has any idea" how many remain [@s002].')).length, 1);
  });

  it('takes a citation after the next quotation, or governed by a preposition further on, as not the quotation\'s', async () => {
    assert.deepEqual(await quoteFindings('Its count of "more than 130 hostages", like "the approximately 112 hostages still held by Hamas" elsewhere [@s003], is left aside.'), [
      { code: 'quote-mismatch', text: 'the approximately 112 hostages still held by Hamas', fixes: ['the approximately 121 hostages still held by Hamas'] },
    ]);
    assert.deepEqual(await quoteFindings('Its count of "more than 130 hostages" differs from the figure given in [@s003].'), []);
  });

  it('takes a citation closing a clause that a contrast opens after the quotation as that clause\'s', async () => {
    assert.deepEqual(await quoteFindings('Hamdan admitted that "no one has any idea", whereas Peskov, in a briefing [@s000], sounded surer.'), []);
    assert.equal((await quoteFindings('Hamdan admitted that "no one has any idea" of it, in a briefing [@s000].')).length, 1);
  });

  it('checks a quotation citing no source against every source', async () => {
    assert.equal((await quoteFindings('Hamdan told CNN that "nobody has any idea" how many hostages are alive.')).length, 1);
    assert.deepEqual(await quoteFindings('Hamdan told CNN that "no one has any idea" how many hostages are alive.'), []);
  });

  it('reads a block quote that the paragraph before introduces with a colon as a quotation of the source that paragraph cites', async () => {
    const introduced = 'One analysis saw Moscow at the centre [@s003]:\n\n> Moscow has kept relationships with all key players in the Middle East.\n>\n> — the analysis\n';
    assert.deepEqual(await quoteFindings(introduced), [
      { code: 'quote-mismatch', text: 'Moscow has kept relationships with all key players in the Middle East.', fixes: ['Moscow has maintained relationships with all key players in the Middle East'] },
    ]);
    assert.deepEqual(await quoteFindings('One analysis saw Moscow at the centre [@s003]:\n\n> Moscow has maintained relationships with all key players\n> in the Middle East.\n'), []);
    assert.deepEqual(await quoteFindings('One analysis saw Moscow at the centre [@s003].\n\n> Moscow has kept relationships with all key players in the Middle East.\n'), []);
  });

  it('holds a one-sentence quotation against the one sentence of the source it shares most words with', async () => {
    const findings = await quoteFindings('The piece said "Moscow has maintained relationships with all the key players in the Middle East, including Hamas, Israel, and Iran" [@s003].');
    assert.deepEqual(findings.map((finding) => finding.fixes), [['Moscow has maintained relationships with all key players in the Middle East, including Hamas, Israel, and Iran']]);
  });

  it('flags sentences the source writes apart set side by side with no omission marked, with a fix that marks it', async () => {
    const spliced = 'Marzouk said: "We still insist that Russia be the guarantor of such a cease-fire agreement. We want to put an end to the hegemony of the United States" [@s002].';
    assert.deepEqual(await quoteFindings(spliced), [
      {
        code: 'quote-mismatch',
        text: 'We still insist that Russia be the guarantor of such a cease-fire agreement. We want to put an end to the hegemony of the United States',
        fixes: ['We still insist that Russia be the guarantor of such a cease-fire agreement. […] We want to put an end to the hegemony of the United States'],
      },
    ]);
    assert.deepEqual(await quoteFindings(spliced.replace('agreement. We', 'agreement … We')), []);
  });

  it('flags stretches of one sentence joined by a comma or "and" that the source writes apart, with a fix that marks the omission', async () => {
    const byComma = 'Marzouk told Sputnik that "Russia’s position is fairer, we want to put an end to the hegemony of the United States" [@s002].';
    assert.deepEqual(await quoteFindings(byComma), [
      {
        code: 'quote-mismatch',
        text: 'Russia’s position is fairer, we want to put an end to the hegemony of the United States',
        fixes: ['Russia’s position is fairer […] we want to put an end to the hegemony of the United States'],
      },
    ]);
    const byAnd = 'The report adds that "Trufanov is being held by Islamic Jihad and an ally of Hamas".';
    assert.deepEqual(await quoteFindings(byAnd), [
      { code: 'quote-mismatch', text: 'Trufanov is being held by Islamic Jihad and an ally of Hamas', fixes: ['Trufanov is being held by Islamic Jihad […] an ally of Hamas'] },
    ]);
    assert.deepEqual(await quoteFindings(byAnd.replace(' and an', ' … an')), []);
    assert.deepEqual(await quoteFindings(byAnd.replace(' and an', ' [...] an')), []);
  });

  it('reads a word put between stretches the source writes side by side as an added word, not as words left out', async () => {
    const findings = await quoteFindings('Marzouk said the two Russian citizens "being held captive in Gaza and will be the first released" [@s002].');
    assert.equal(findings.length, 1);
    assert.ok(!findings[0].fixes.some((fix) => fix.includes('[…]')), JSON.stringify(findings));
  });
});
