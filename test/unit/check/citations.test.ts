// unknown-source: citation keys that name no source, with the near ids as fixes; citation-unsupported:
// a cited source that does not state the claim another source states; unsupported-claim: a claim no
// source states.
import { strict as assert } from 'node:assert';
import { checkAgainstSources, checkFor } from './helpers';

describe('unknown-source', () => {
  it('flags a key no source has, offering the source of the same number first, then the nearest ids', async () => {
    assert.deepEqual(await checkFor('unknown-source', 'The vote was close [@s02].'), [{ code: 'unknown-source', text: 's02', fixes: ['s002', 's000', 's001'] }]);
    assert.deepEqual(await checkFor('unknown-source', 'Both said so [@s4; @s001].'), [{ code: 'unknown-source', text: 's4', fixes: ['s004'] }]);
    assert.deepEqual(await checkFor('unknown-source', 'As one paper put it [@herald2025].'), [{ code: 'unknown-source', text: 'herald2025', fixes: [] }]);
  });

  it('takes source ids and keys the workspace maps to one', async () => {
    assert.deepEqual(await checkFor('unknown-source', 'See [@s000] and [@herald2025].', { citations: { herald2025: 's003' } }), []);
  });

  it('reads a key that opens a block or is all of it: a footnote, a list item, a paragraph', async () => {
    const markdown = 'The vote was close.[^1]\n\n[^1]: [@s0002].\n\n- [@s0001]\n\n[@s04; @s000] and more.\n';
    assert.deepEqual((await checkFor('unknown-source', markdown)).map((finding) => finding.text), ['s0002', 's0001', 's04']);
  });
});

describe('citation-unsupported', () => {
  it('flags a title or an age the source cited after it does not state, with a fix citing the one that does', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment [@s003].'), [
      { code: 'citation-unsupported', text: 'Kremlin spokesman Dmitry Peskov', fixes: ['s000'] },
    ]);
    assert.deepEqual((await checkFor('citation-unsupported', 'Andrei Kozlov, 27, was among those freed [@s001].')).map((finding) => finding.fixes), [['s004']]);
  });

  it('takes a title in a remark after a dash for no claim the citation backs', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Rome hosted the talks — as did Moscow, where Kremlin spokesman Dmitry Peskov spoke [@s003].'), []);
    assert.deepEqual((await checkFor('citation-unsupported', 'Moscow hosted the talks, where Kremlin spokesman Dmitry Peskov spoke [@s003].')).map((finding) => finding.text), ['Kremlin spokesman Dmitry Peskov']);
  });

  it('checks a generic rank that names a domain of its own against the cited source', async () => {
    assert.deepEqual((await checkFor('citation-unsupported', 'They met Bogdanov, Putin\'s special representative for the Middle East and African countries [@s004].')).map((finding) => finding.fixes), [['s000']]);
    assert.deepEqual(await checkFor('citation-unsupported', 'They met Bogdanov, Putin\'s special representative for the Middle East and African countries [@s000].'), []);
  });

  it('takes a citation after a dash for the remark it closes, not for a claim before the dash', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', '- Andrei Kozlov, 27, from Rishon Lezion — spelt the same in [@s001]'), []);
    assert.deepEqual((await checkFor('citation-unsupported', '- Andrei Kozlov, 27, from Rishon Lezion [@s001]')).length, 2);
  });

  it('takes a source that tells of the month of a dated event as telling of the date', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Abu Marzouk held consultations with Bogdanov in January 2024 [@s002].'), []);
    assert.deepEqual((await checkFor('citation-unsupported', 'Haniyeh met Lavrov in March 2020 [@s003].')).map((finding) => finding.text), ['March 2020']);
  });

  it('takes a citation that gives the fact, and reads none before the claim or in another clause', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment [@s000].'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'As s003 reported [@s003], Kremlin spokesman Dmitry Peskov declined to comment.'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment, and the delegation left for Doha on Monday [@s003].'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'Kremlin spokesman Dmitry Peskov declined to comment.[^2]\nThe delegation left for Doha [@s003].'), []);
  });

  it('leaves a title in general words to a cited source that names the person, and flags it to one that never does', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Hamas official Osama Hamdan spoke of the hostages [@s004].'), []);
    assert.deepEqual(await checkFor('citation-unsupported', 'Basem Naim, a member of the Hamas Politburo, flew in [@s001].'), [
      { code: 'citation-unsupported', text: 'Basem Naim, a member of the Hamas Politburo', fixes: ['s004'] },
    ]);
  });

  it('reads a date after "reports from" as the reports\' date, not as an event\'s', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Abu Marzouk and Bogdanov appear in two news reports from 2024 [@s002].'), []);
  });

  it('takes a day that only falls within an event\'s month for no claim of its date', async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'A Hamas team came to Moscow in October 2023; the ministry pressed it over those seized on 7 October 2023 [@s004].'), []);
  });

  it("flags an event's date cited right after it to a source that does not date the event", async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'Haniyeh met Lavrov in March 2020 [@s000].'), [{ code: 'citation-unsupported', text: 'March 2020', fixes: ['s004'] }]);
    assert.deepEqual(await checkFor('citation-unsupported', 'A Hamas delegation held talks with Bogdanov in Moscow on 3 February 2025 [@s002].'), [
      { code: 'citation-unsupported', text: '3 February 2025', fixes: ['s000'] },
    ]);
    assert.deepEqual(await checkFor('citation-unsupported', 'Haniyeh met Lavrov in March 2020 [@s004].'), []);
  });

  it("reads an event's date only with the citation right after it, and not when the cited source's text holds its words", async () => {
    assert.deepEqual(await checkFor('citation-unsupported', 'On 3 February 2025 a Hamas delegation held talks with Bogdanov in Moscow [@s002].'), []);
    // s004 writes "since March 2006", though the fact base dates those talks from s002.
    assert.deepEqual(await checkFor('citation-unsupported', 'Hamas representatives have been received in Moscow since March 2006 [@s004].'), []);
  });
});

describe('unsupported-claim', () => {
  it('is off unless asked for', async () => {
    assert.deepEqual(await checkFor('unsupported-claim', 'Hamdan said "we will never surrender to anyone at all".'), []);
  });

  it('reports, as asked, a claim no source states and none contradicts', async () => {
    const on = { severity: { 'unsupported-claim': 'info' as const } };
    assert.deepEqual(await checkFor('unsupported-claim', 'Hamdan said "we will never surrender to anyone at all".', on), [{ code: 'unsupported-claim', text: 'we will never surrender to anyone at all', fixes: [] }]);
    assert.deepEqual(await checkFor('unsupported-claim', 'Osama Hamdan told CNN that "nobody has any idea" how many hostages are still alive [@s002].', on), [], 'contradicted');
    assert.deepEqual(await checkFor('unsupported-claim', 'Kremlin spokesman Dmitry Peskov declined to comment. Andrei Kozlov, 27, was freed.', on), [], 'supported');
  });
});

describe('citation-unsupported: a fact base built from the sources', () => {
  const sources = [
    'Lab opens\n\nCOIMBRA, 20 May 2015 — Science Minister Teresa Quintela visited the laboratory on 19 May 2015, officials said.\n',
    'Hearing\n\nLISBON, 13 October 2017 — Teresa Quintela spoke at the hearing on 12 October 2017. In those years the Science Minister had funded the laboratory herself.\n',
    'Budget\n\nPORTO, 1 June 2016 — The budget of the laboratory grew, the Science Minister said.\n',
  ];

  it('accepts a cited source that names the person and writes the title, though the fact base records it from another', async () => {
    const unsupported = async (text: string) => (await checkAgainstSources(sources, text)).filter((finding) => finding.code === 'citation-unsupported');
    assert.deepEqual(await unsupported('Science Minister Teresa Quintela had funded the laboratory [@s001].\n'), []);
    // A source that writes the title but never names her does not tell of her title.
    assert.deepEqual((await unsupported('Science Minister Teresa Quintela had funded the laboratory [@s002].\n')).length, 1);
  });

  it('finds the title in the cited source whatever its case, and without the draft\'s "then"', async () => {
    const unsupported = async (text: string) => (await checkAgainstSources(sources, text)).filter((finding) => finding.code === 'citation-unsupported');
    assert.deepEqual(await unsupported('Teresa Quintela, then science minister, had funded the laboratory [@s001].\n'), []);
  });
});
