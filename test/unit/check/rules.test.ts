import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { bundledFactBasePath, nodeFileReader, readFactBaseInputs } from '../../../src/cli/node-files';
import { checkDraft } from '../../../src/core/check/checker';
import { loadFactBase } from '../../../src/core/factbase';
import { check, checkFor, seen } from './helpers';

const FACTS_FILE = bundledFactBasePath();

describe('role-conflict', () => {
  it('flags a title the sources give someone else, with fixes both ways', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Foreign Minister Mikhail Bogdanov received them.'), [
      { code: 'role-conflict', text: 'Foreign Minister Mikhail Bogdanov', fixes: ['Deputy Foreign Minister', 'Special representative of the Russian president for the Middle East and African countries', 'Sergei Lavrov'] },
    ]);
    assert.deepEqual(await checkFor('role-conflict', 'Kremlin spokesman Yury Ushakov spoke.'), [{ code: 'role-conflict', text: 'Kremlin spokesman Yury Ushakov', fixes: ['Russian presidential aide', 'Dmitry Peskov'] }]);
  });

  it('lets the longest wording win', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Deputy Foreign Minister Bogdanov and Russian Deputy Foreign Minister Mikhail Bogdanov met them.'), []);
  });

  it('reads appositions after the name', async () => {
    const findings = await checkFor('role-conflict', 'Mikhail Bogdanov, the Foreign Minister, received them.');
    assert.deepEqual(findings.map((finding) => finding.text), ['Mikhail Bogdanov, the Foreign Minister']);
    assert.deepEqual(await checkFor('role-conflict', 'Sergei Lavrov, the Foreign Minister, received them.'), []);
  });

  it('accepts a past title with a past date and flags it with a later one', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'In March 2006, Hamas chief Khaled Meshaal came to Moscow.'), []);
    const later = await checkFor('role-conflict', 'In March 2024, Hamas chief Khaled Mashal came to Moscow.');
    assert.deepEqual(later, [{ code: 'role-conflict', text: 'Hamas chief Khaled Mashal', fixes: ['former Hamas chief'] }]);
    assert.deepEqual(await checkFor('role-conflict', 'In 2025, the former head of Hamas Khaled Mashal stayed away.'), []);
  });

  it('does not take a rank several members share for an office', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Hamas official Basem Naim attended.'), []);
  });

  it('offers only titles the sources give at the sentence date', async () => {
    assert.deepEqual(await checkFor('role-conflict', '2025\nCIA Director Mashal'), [{ code: 'role-conflict', text: 'CIA Director Mashal', fixes: ['Burns'] }]);
    assert.deepEqual(await checkFor('role-conflict', 'In March 2006, CIA Director Mashal'), [{ code: 'role-conflict', text: 'CIA Director Mashal', fixes: ['Head of Hamas', 'Burns'] }]);
  });
});

describe('date-conflict', () => {
  it('flags a date the sources contradict for the event the sentence names, in the draft\'s format', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The Hamas delegation held talks with Bogdanov on 5 February 2025.'), [{ code: 'date-conflict', text: '5 February 2025', fixes: ['3 February 2025'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'Abu Marzouk held talks with Bogdanov on Feb. 5, 2025.'), [{ code: 'date-conflict', text: 'Feb. 5, 2025', fixes: ['Feb. 3, 2025'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'Talks with Bogdanov: 2025-02-05.'), [{ code: 'date-conflict', text: '2025-02-05', fixes: ['2025-02-03'] }]);
  });

  it('accepts a coarser date that contains the sources\' one', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Abu Marzouk held talks with Bogdanov in February 2025. They met again in 2025.'), []);
  });

  it('infers a missing year from the heading and the weekday', async () => {
    assert.deepEqual(await checkFor('date-conflict', '# The talks of February 2025\n\nOn February 3 the delegation held talks with Bogdanov.\n'), []);
    assert.deepEqual(await checkFor('date-conflict', '# The talks of February 2025\n\nOn February 5 the delegation held talks with Bogdanov.\n'), [{ code: 'date-conflict', text: 'February 5', fixes: ['February 3'] }]);
    assert.deepEqual(await checkFor('date-conflict', '# Consultations in January 2024\n\nOn Friday, January 26, the delegation held consultations with Bogdanov.\n'), [
      { code: 'date-conflict', text: 'Friday, January 26', fixes: ['Friday, January 19'] },
    ]);
  });

  it('knows an event by an irregular form of its word', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Mikhail Bogdanov met Musa Abu Marzouk in Moscow on 5 February 2025.'), [{ code: 'date-conflict', text: '5 February 2025', fixes: ['3 February 2025'] }]);
  });

  it('takes the context from the paragraph when the sentence names no one', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Abu Marzouk went to see Bogdanov. The talks took place on 5 February 2025.'), [{ code: 'date-conflict', text: '5 February 2025', fixes: ['3 February 2025'] }]);
  });

  it('leaves alone unrelated dates, other events and dates that only anchor', async () => {
    const text = [
      'Bogdanov held talks with Abu Marzouk on 5 June 2025.',
      'Netanyahu held talks in Washington on 5 February 2025.',
      'Hamas representatives have been visiting Moscow since April 2006.',
      'Bogdanov, who met them in October 2023, held talks on 3 February 2025.',
    ].join('\n\n');
    assert.deepEqual(await checkFor('date-conflict', text), []);
  });

  it('reads a sentence with several dates clause by clause', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov held talks with Abu Marzouk on 3 February 2025 and flew to Cairo on 5 February 2025.'), []);
  });

  it('checks a sentence against the source it cites first', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The delegation met Bogdanov on 19 January 2025 [@s004].'), [{ code: 'date-conflict', text: '19 January 2025', fixes: ['19 January 2024'] }]);
    // Uncited, the meeting of the same day a year before comes first, as the likely slip, then the nearest talks.
    assert.deepEqual(await checkFor('date-conflict', 'The delegation met Bogdanov on 19 January 2025.'), [{ code: 'date-conflict', text: '19 January 2025', fixes: ['19 January 2024', '3 February 2025'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'The delegation met Bogdanov on 19 January 2025 [@report].', { citations: { report: 's004' } }), [
      { code: 'date-conflict', text: '19 January 2025', fixes: ['19 January 2024'] },
    ]);
  });

  it('checks a sentence against a cited source whose id is also a name every object has', async () => {
    const bundled = readFileSync(FACTS_FILE, 'utf8');
    for (const id of ['constructor', '__proto__', 'toString']) {
      const [input] = await readFactBaseInputs([FACTS_FILE]);
      const { factBase, problems } = await loadFactBase([{ ...input!, text: bundled.replace(/\bs004\b/g, id) }], nodeFileReader());
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], id);
      const text = `The delegation met Bogdanov on 19 January 2025 [@${id}].`;
      assert.deepEqual(seen(text, checkDraft(factBase, text)).filter((finding) => finding.code === 'date-conflict'), [{ code: 'date-conflict', text: '19 January 2025', fixes: ['19 January 2024'] }], id);
    }
  });
});

describe('age-conflict', () => {
  it('flags an age the sources contradict, in each form', async () => {
    const text = 'In January 2024: Andrei Kozlov, 29, was held. Kozlov, aged 30, was held. A 31-year-old hostage Kozlov was held. Kozlov (25) was held.';
    assert.deepEqual((await checkFor('age-conflict', text)).map((finding) => `${finding.text}>${finding.fixes.join()}`), ['29>27', '30>27', '31>27', '25>27']);
  });

  it('reads no age in the last digits of a longer number', async () => {
    assert.deepEqual(await checkFor('age-conflict', 'In January 2024, a 2019-year-old Kozlov was held.'), []);
    const cut = `In January 2024, a 1${'9'.repeat(60)}47-year-old Kozlov was held.`;
    assert.deepEqual(await checkFor('age-conflict', cut), []);
  });

  it('accepts the sources\' age, one year off at another date, and any age years later', async () => {
    assert.deepEqual(await checkFor('age-conflict', 'In January 2024, Andrei Kozlov, 27, was held.'), []);
    assert.deepEqual(await checkFor('age-conflict', 'In October 2024, Andrei Kozlov, 28, was still held.'), []);
    assert.deepEqual(await checkFor('age-conflict', 'In 2030, Andrei Kozlov, 33, told his story.'), []);
  });

  it('reads the age and home town after a name in bold', async () => {
    const findings = await check('In January 2024:\n\n- **Andrei Kozlov**, 29, from Ashkelon.\n- **Alexander Lobanov**, 32, from Ashkelon.');
    assert.deepEqual(findings, [
      { code: 'age-conflict', text: '29', fixes: ['27'] },
      { code: 'place-conflict', text: 'Ashkelon', fixes: ['Rishon Lezion'] },
    ]);
  });
});

describe('place-conflict', () => {
  it('flags a home town the sources contradict', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Alexander Trufanov, from Ashkelon, is held.'), [{ code: 'place-conflict', text: 'Ashkelon', fixes: ['Nir Oz'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'Alexander Trufanov, 28, from Ashkelon, is held.'), [{ code: 'place-conflict', text: 'Ashkelon', fixes: ['Nir Oz'] }]);
  });

  it('accepts the sources\' town and a country', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Alexander Trufanov, from Nir Oz, and Trufanov, from Israel, are one man.'), []);
  });

  it('flags the meeting place of an identified event', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'The February 2025 talks of Abu Marzouk with Bogdanov in St Petersburg were tense.'), [{ code: 'place-conflict', text: 'St Petersburg', fixes: ['Moscow'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'The February 2025 talks of Abu Marzouk with Bogdanov in Moscow were tense.'), []);
  });

  it('reads a place with the dates nearest it, in a sentence with several', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Meshaal held talks with Lavrov in Moscow in March 2006, and they met again in Damascus in 2008.'), []);
    assert.deepEqual(await checkFor('place-conflict', 'Meshaal held talks with Lavrov in Moscow in March 2006, and they met again in Beirut in 2008.'), [{ code: 'place-conflict', text: 'Beirut', fixes: ['Damascus'] }]);
  });

  it('takes no lone initial for a place', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'In 2009 Mashal met in D.'), []);
  });
});
