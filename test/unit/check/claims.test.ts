// The claims a draft makes, read in the many ways drafts write them: each mechanism on sentences
// of its own, checked against the bundled fact base.
import { strict as assert } from 'node:assert';
import { check, checkFor, textsFor } from './helpers';

/** The texts of a draft's findings of one code. */
function textsOf(code: string): (draft: string) => Promise<string[]> {
  return (draft) => textsFor(code, draft);
}

describe('claims: which event a date is said of', () => {
  it('knows an event whose only participant is an organisation', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The Russian Emergencies Ministry sent its last aid shipment in December 2024.'), [
      { code: 'date-conflict', text: 'December 2024', fixes: ['November 2024'] },
    ]);
  });

  it('knows an event by a word of the same kind, in any inflection', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Haniyeh sat down with Lavrov in April 2020.'), [{ code: 'date-conflict', text: 'April 2020', fixes: ['March 2020'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov telephoned the Hamas leadership on 21 January 2025.'), [{ code: 'date-conflict', text: '21 January 2025', fixes: ['24 January 2025'] }]);
  });

  it('finds those taking part in the sentence before, or by a pronoun', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Ismail Haniyeh saw Sergei Lavrov twice. The second meeting took place in August 2022.'), [
      { code: 'date-conflict', text: 'August 2022', fixes: ['September 2022'] },
    ]);
    assert.deepEqual(await checkFor('date-conflict', 'Abu Marzouk led the delegation. He held consultations with Bogdanov on 22 January 2024.'), [
      { code: 'date-conflict', text: '22 January 2024', fixes: ['19 January 2024'] },
    ]);
  });

  it('reads a table row with its header, the year of its dates from the header row', async () => {
    const table = '| Date (2024) | What | Where |\n|---|---|---|\n| 23 Jan | Abu Marzouk holds consultations with Bogdanov | Moscow |\n';
    assert.deepEqual(await checkFor('date-conflict', table), [{ code: 'date-conflict', text: '23 Jan', fixes: ['19 Jan'] }]);
  });

  it('gives each date of a sentence its own event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Haniyeh met Lavrov in March 2020 and once more in October 2022.'), [{ code: 'date-conflict', text: 'October 2022', fixes: ['September 2022'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'Hamas delegations visited Moscow in October 2023 and again in February 2024, received each time by Bogdanov.'), [
      { code: 'date-conflict', text: 'February 2024', fixes: ['January 2024'] },
    ]);
  });

  it('takes a date with the same day and month as an event of another year for a slip', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The delegation arrived in Moscow for talks on 3 February 2024.'), [{ code: 'date-conflict', text: '3 February 2024', fixes: ['3 February 2025'] }]);
  });

  it('leaves alone a date said of another occurrence, or in a clause that names no event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'A new round of talks with Bogdanov is planned for March 2025.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov received the delegation in February 2025; the report reached us on 9 February 2025.'), []);
  });

  it('takes the day of another event of someone the sentence names for that event, when the sentence names none by its word', async () => {
    const talks = 'A Hamas delegation held talks with Bogdanov in Moscow in February 2025. ';
    assert.deepEqual(await checkFor('date-conflict', `${talks}Bogdanov had written to Abu Marzouk on 24 January 2025.`), []);
    assert.deepEqual(await textsFor('date-conflict', `${talks}Bogdanov held talks with Abu Marzouk on 24 January 2025.`), ['24 January 2025']);
  });

  it('checks a heading\'s date alone against the event its section opens with, unless the heading is the title or the section times itself', async () => {
    const item = '- A delegation under Abu Marzouk held consultations with Bogdanov in Moscow.';
    assert.deepEqual(await textsFor('date-conflict', `# Notes\n\n### Fri 26 Jan 2024\n\n${item}`), ['26 Jan 2024']);
    assert.deepEqual(await checkFor('date-conflict', `# Notes\n\n### Fri 19 Jan 2024\n\n${item}`), []);
    assert.deepEqual(await checkFor('date-conflict', `# Week in review (26 Jan 2024)\n\n${item}`), []);
    assert.deepEqual(await checkFor('date-conflict', '# Notes\n\n### 26 Jan 2024\n\nToday I read about the consultations Abu Marzouk held with Bogdanov in Moscow.'), []);
  });

  it('takes an event named by its own word and a date it agrees with for named, with no one named, outside a table row', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'The January 2024 consultations, held on Wednesday the 17th, were short.'), ['Wednesday the 17th']);
    assert.deepEqual(await checkFor('date-conflict', 'The January 2024 consultations, held on Friday the 19th, were short.'), []);
    assert.deepEqual(await checkFor('date-conflict', '| Task | Due |\n|---|---|\n| Write up the January 2024 consultations | 14.02.2024 |'), []);
  });

  it('takes a block\'s bold lead for the topic of each of its sentences, as a heading is', async () => {
    const item = (lead: string) => `The February 2025 talks were covered.\n\n- ${lead} We dated it wrongly. That was the date of another item, not of the call. The call itself was on the 20th of January.`;
    assert.deepEqual(await textsFor('date-conflict', item("**Bogdanov's phone call.**")), ['20th of January']);
    assert.deepEqual(await checkFor('date-conflict', item('A correction.')), []);
  });

  it('takes a pronoun no one named before refers to for the person the draft\'s first heading names alone', async () => {
    const section = '\n\n## Diplomacy\n\nThat week he attended the opening of an exhibition on 5 February 2025.';
    assert.deepEqual(await textsFor('date-conflict', `# Profile: Sergei Lavrov${section}`), ['5 February 2025']);
    assert.deepEqual(await checkFor('date-conflict', `# The week in Moscow${section}`), []);
  });

  it("takes a trip's destination for the place of the meeting it was made for", async () => {
    assert.deepEqual(await checkFor('place-conflict', 'In 2009 Lavrov travelled to Amman to see Mashal.'), [{ code: 'place-conflict', text: 'Amman', fixes: ['Damascus'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'In 2009 Lavrov travelled to Damascus to see Mashal.'), []);
    assert.deepEqual(await checkFor('place-conflict', 'In 2009 Lavrov travelled to Amman to sign a trade deal with Jordan, then met Mashal.'), []);
  });

  it('takes a member named alone for the body taking part: a Hamas official makes a Hamas visit', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Abu Marzouk flew to Kazan in October 2023.'), [{ code: 'place-conflict', text: 'Kazan', fixes: ['Moscow'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'Abu Marzouk flew to Moscow in October 2023.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'Abu Marzouk made the journey in November 2023, weeks into the war.'), [{ code: 'date-conflict', text: 'November 2023', fixes: ['October 2023'] }]);
    // An event someone named takes part in in person outweighs one their body takes part in.
    assert.deepEqual(await textsFor('place-conflict', 'Citing Hamas, an agency said the consultations with Bogdanov in Sochi were cordial.'), ['Sochi']);
  });

  it('does not let a far less likely event dated to a span of years explain a day it falls within', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'An archive picture has Meshaal presenting his deputy Abu Marzouk to Lavrov in Moscow on 3 March 2008.'), [
      { code: 'date-conflict', text: '3 March 2008', fixes: ['3 March 2006'] },
    ]);
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov rang the Hamas leaders on the 24th of January, five days after the consultations.'), []);
    const visits = '**2006.** One report dates the start of regular Hamas visits to Moscow to March.\nOn 13 March 2006, as a photo shows, Hamas chief Khaled Meshaal presented his deputy to Sergei Lavrov.';
    assert.deepEqual(await checkFor('date-conflict', visits), [{ code: 'date-conflict', text: '13 March 2006', fixes: ['3 March 2006'] }]);
  });

  it('reads "calls him the head" as naming, not as a call, and a date before "reporting" as the reporting\'s', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Haniyeh is a hardliner; a Gulf weekly calls him the current head of the movement, as of March 2024.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'Khaled Mashal, the former leader in 2024 reporting, made trips to Moscow.'), []);
  });

  it('knows "had rung" as a call, and "rang to repeat that" as no other occurrence', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'By then Bogdanov had rung the Hamas leaders, on 28 January 2025.'), [{ code: 'date-conflict', text: '28 January 2025', fixes: ['24 January 2025'] }]);
    assert.deepEqual(await checkFor('date-conflict', 'On 26 January 2025 Bogdanov phoned the Hamas leadership to repeat that Moscow wanted its citizens back.'), [
      { code: 'date-conflict', text: '26 January 2025', fixes: ['24 January 2025'] },
    ]);
    assert.deepEqual(await checkFor('date-conflict', 'On 26 January 2025 Bogdanov and the Hamas leadership agreed on a repeat call.'), []);
  });

  it('reads a clause a comma and "since" or "because" open apart, and another occurrence told after "and" as not the date\'s', async () => {
    const shipments = (sentence: string) => textsFor('date-conflict', sentence);
    assert.deepEqual(await shipments('Aid talks will resume, because the Emergencies Ministry last sent humanitarian aid in October 2024.'), ['October 2024']);
    assert.deepEqual(await shipments('The Emergencies Ministry last sent humanitarian aid in October 2024 and a new shipment is planned.'), ['October 2024']);
    assert.deepEqual(await shipments('The Emergencies Ministry will send new humanitarian aid in October 2024.'), []);
  });

  it('reads a "when" clause after a date as telling what the date is of', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'The panel moved on to 12 January 2025, when Bogdanov telephoned the Hamas leadership.'), ['12 January 2025']);
    assert.deepEqual(await checkFor('date-conflict', 'The panel moved on to 12 January 2025, and Bogdanov telephoned the Hamas leadership.'), []);
  });

  it('reads "calls on" a date as calls made that day, and "called on" someone as an appeal', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'Bogdanov rang the Hamas leaders. He made the calls on 27 January 2025.'), ['27 January 2025']);
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov called on the Hamas leaders to free the hostages on 27 January 2025.'), []);
  });

  it('reads a paragraph opening with a pronoun as going on from the paragraph before', async () => {
    const draft = 'Date: Wed, 31 Jan 2024 10:00:00 +0000\n\nAbu Marzouk came to Moscow and held consultations with Bogdanov.\n\n';
    assert.deepEqual(await checkFor('date-conflict', `${draft}They sat down on Friday the 26th.`), [{ code: 'date-conflict', text: 'Friday the 26th', fixes: ['19 January 2024'] }]);
    assert.deepEqual(await checkFor('date-conflict', `${draft}He held consultations with Bogdanov on 24 January 2024.`), [{ code: 'date-conflict', text: '24 January 2024', fixes: ['19 January 2024'] }]);
    assert.deepEqual(await checkFor('date-conflict', `${draft}The sitting was on Friday the 26th.`), []);
  });

  it('lets no event another date of the sentence dates outweigh the event a date agrees with', async () => {
    const sentence = "Once Bogdanov had held his phone call with the Hamas leadership on 24 January, Abu Marzouk's delegation sat down for talks at the Foreign Ministry on 3 February 2025.";
    assert.deepEqual(await checkFor('date-conflict', sentence), []);
    assert.deepEqual(await textsFor('date-conflict', sentence.replace('3 February', '9 February')), ['9 February 2025']);
  });

  it('lets a span of years hold an event without dating it, and a far likelier event outweigh one the date\'s clause does not name', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Osama Hamdan came to Moscow often between 2007 and 2011; in 2009 he attended the presentation of Prokhanov\'s book.'), [
      { code: 'date-conflict', text: '2009', fixes: ['2008'] },
    ]);
    const findings = await checkFor('date-conflict', 'Lavrov met Mashal in 2008 and 2009. In 2009 Osama Hamdan attended the presentation of Prokhanov\'s book.');
    assert.deepEqual(findings, [{ code: 'date-conflict', text: '2009', fixes: ['2008'] }]);
  });

  it('reads a date that is all of a quotation as someone\'s wording, not as the draft\'s date', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The memo dated Abu Marzouk\'s consultations with Bogdanov "22 January 2024", which we corrected.'), []);
    assert.equal((await checkFor('date-conflict', 'The memo dated Abu Marzouk\'s consultations with Bogdanov 22 January 2024.')).length, 1);
  });

  it('does not read a dateline or an e-mail Date: line as the date of an event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'MOSCOW, Feb. 6, 2025 (Wire) — Hamas held talks with Bogdanov at the ministry this week.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'From: desk\nDate: Thu, 6 Feb 2025 10:00\nSubject: the talks with Bogdanov\n\nAll went as planned.'), []);
  });

  it('dates the document by a report\'s "Information cut-off:" or "Updated:" line, for the year of a day written without one', async () => {
    const body = '\n\nAbu Marzouk came to Moscow in October 2023 and again in January 2024.\n\nLate in January, Bogdanov phoned the Hamas leadership on the 24th.';
    assert.deepEqual(await checkFor('date-conflict', `**Information cut-off:** 5 February 2025${body}`), []);
    assert.deepEqual(await checkFor('date-conflict', `Updated: 5 February 2025${body}`), []);
  });
});

describe('claims: verbs that name a meeting only with a person as object', () => {
  it('reads "saw" a person as a meeting, and "saw" a thing as none', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'In a busy autumn, Sergei Lavrov saw Ismail Haniyeh in October 2022.'), ['October 2022']);
    assert.deepEqual(await textsFor('date-conflict', 'Ismail Haniyeh came to the capital. Lavrov saw him in October 2022.'), ['October 2022']);
    assert.deepEqual(await checkFor('date-conflict', 'Sergei Lavrov saw a chance in October 2022.'), []);
  });
});

describe('claims: dates written relative to the document or to each other', () => {
  it('resolves weekdays and "yesterday" against the document\'s date', async () => {
    const memo = (body: string) => `---\ndate: 2025-02-05\n---\n\n${body}\n`;
    assert.deepEqual(await checkFor('date-conflict', memo('The delegation held talks with Bogdanov on Monday.')), []);
    assert.deepEqual(await checkFor('date-conflict', memo('The delegation held talks with Bogdanov yesterday.')), [
      { code: 'date-conflict', text: 'yesterday', fixes: ['3 February 2025'] },
    ]);
  });

  it('resolves "the next day" against the date told before it', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The report came out on 23 January 2025; the next day Bogdanov phoned the Hamas leadership.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'The report came out on 25 January 2025; the next day Bogdanov phoned the Hamas leadership.'), [
      { code: 'date-conflict', text: 'the next day', fixes: ['24 January 2025'] },
    ]);
  });

  it('resolves "later that month", "the following month" and "three years later" against the month or year told before', async () => {
    const texts = (draft: string) => checkFor('date-conflict', draft).then((findings) => findings.map((finding) => [finding.text, ...finding.fixes]));
    assert.deepEqual(await texts('The captives were asked after on 24 January 2025. Later that month the Hamas delegation held talks with Bogdanov.'), [['Later that month', 'February 2025']]);
    assert.deepEqual(await texts('The captives were asked after on 24 January 2025. The following month the Hamas delegation held talks with Bogdanov.'), []);
    assert.deepEqual(await texts('Ismail Haniyeh first saw Lavrov in March 2020; three years later Lavrov received Haniyeh again.').then((found) => found.length), 1);
  });

  it('reads the words of another occurrence outside a relative clause as said of something else than its date', async () => {
    const texts = textsOf('date-conflict');
    assert.deepEqual(await texts('Will the Emergencies Ministry, whose last aid flight to Gaza left in December 2024, fly another?'), ['December 2024']);
    assert.deepEqual(await texts('The Emergencies Ministry will send another aid flight to Gaza in December 2025.'), []);
  });

  it('parts clauses at a comma and a conjunction across a line break', async () => {
    const texts = textsOf('date-conflict');
    assert.deepEqual(await texts('Bogdanov spoke by phone with the Hamas leadership on 24 January 2025,\nand in January 2025 Abu Marzouk came to Moscow for talks.'), ['January 2025']);
    assert.deepEqual(await texts('Bogdanov spoke by phone with the Hamas leadership on 24 January 2025,[^2]\nand in January 2025 Abu Marzouk came to Moscow for talks.\n\n[^2]: A note.'), ['January 2025']);
  });

  it('resolves "a year ago today" against the document\'s date, to the day', async () => {
    const column = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}\n`;
    assert.deepEqual(await checkFor('date-conflict', column('2026-02-03', 'A year ago today, the Hamas delegation held talks with Bogdanov in Moscow.')), []);
    assert.deepEqual(await textsFor('date-conflict', column('2026-02-06', 'A year ago today, the Hamas delegation held talks with Bogdanov in Moscow.')), ['A year ago today']);
  });

  it('reads a day of the month against the month a heading dates', async () => {
    const texts = (draft: string) => checkFor('date-conflict', draft).then((findings) => findings.map((finding) => [finding.text, ...finding.fixes]));
    assert.deepEqual((await texts('## Moscow, January 2024\n\nAbu Marzouk held consultations with Bogdanov on Monday the 22nd.\n')).map((found) => found[0]), ['Monday the 22nd']);
    assert.deepEqual(await texts('## Moscow, January 2024\n\nAbu Marzouk held consultations with Bogdanov on Friday the 19th.\n'), []);
  });

  it('takes a table\'s row number for no day of the month in the next cell, and "a Monday-night meeting" for no date', async () => {
    assert.deepEqual(await textsOf('date-conflict')('| # | When | Who |\n|---|---|---|\n| 5 | January 2024 | Abu Marzouk held consultations with Bogdanov in Moscow |\n'), []);
    assert.deepEqual(await textsOf('date-conflict')('---\ndate: 2025-03-12\n---\n\nAbu Marzouk spoke after a Monday-night meeting with Bogdanov in Moscow.\n'), []);
  });

  it('reads "reached" a place as a visit', async () => {
    assert.deepEqual(await textsOf('date-conflict')('Abu Marzouk\'s delegation reached Moscow on 5 February 2025.'), ['5 February 2025']);
  });

  it('reads early, mid and late as thirds of the month', async () => {
    const texts = textsOf('date-conflict');
    assert.deepEqual(await texts('The Hamas delegation held talks with Bogdanov in Moscow in mid-February 2025.'), ['mid-February 2025']);
    assert.deepEqual(await texts('The Hamas delegation held talks with Bogdanov in Moscow in early February 2025.'), []);
  });

  it('takes an event a stated span is counted from for no event the sentence dates', async () => {
    const texts = textsOf('date-conflict');
    assert.deepEqual(await texts('On the Hamas side the envoy is Abu Marzouk, who comes with each delegation. On 24 January 2025, ten days before the latest visit, the deputy minister telephoned the Hamas leadership about the hostages.'), []);
    assert.deepEqual(await texts('On 24 January 2025 the Hamas delegation held talks with Bogdanov in Moscow.'), ['24 January 2025']);
  });

  it('leaves a relative date alone when nothing tells what it is relative to', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The delegation held talks with Bogdanov yesterday.'), []);
  });
});

describe('claims: titles read as offices', () => {
  it('reads a title in a span counted from another event ("19 years after") at that event\'s time, not the sentence\'s date', async () => {
    const sentence = 'On 3 February 2025, SPAN Hamas chief Khaled Mashal first came to Moscow, Abu Marzouk held talks there.';
    assert.deepEqual(await checkFor('role-conflict', sentence.replace('SPAN', '19 years after')), []);
    assert.deepEqual((await checkFor('role-conflict', sentence.replace('SPAN', 'as'))).length, 1);
  });

  it('reads paraphrases of a title and compares them with the sources\' wordings', async () => {
    assert.deepEqual(await textsFor('role-conflict', 'The head of the Russian Foreign Ministry, Mikhail Bogdanov, received them.'), ['head of the Russian Foreign Ministry, Mikhail Bogdanov']);
    assert.deepEqual(await textsFor('role-conflict', 'They were received by Russia\'s top diplomat Bogdanov.'), ['Russia\'s top diplomat Bogdanov']);
    assert.deepEqual(await checkFor('role-conflict', 'They were received by Russia\'s deputy foreign minister, Mikhail Bogdanov.'), []);
  });

  it('reads "affairs" before a rank as the title\'s: "Foreign Affairs Minister"', async () => {
    assert.deepEqual(await textsFor('role-conflict', 'Foreign Affairs Minister Mikhail Bogdanov greeted them.'), ['Foreign Affairs Minister Mikhail Bogdanov']);
    assert.deepEqual(await checkFor('role-conflict', 'Foreign Affairs Minister Sergei Lavrov greeted them.'), []);
  });

  it('gives the titles of a table under a person\'s heading, with no column of names, to that person', async () => {
    const table = (rows: string) => `## Mikhail Bogdanov\n\n| Title | Date | Note |\n|---|---|---|\n${rows}`;
    const texts = textsOf('role-conflict');
    assert.deepEqual(await texts(table('| Foreign Minister | 3 Feb 2025 | Received the delegation |\n')), ['Foreign Minister']);
    assert.deepEqual(await texts(table('| Deputy Foreign Minister | 3 Feb 2025 | Met Abu Marzouk and Basem Naim |\n')), []);
    assert.deepEqual(await texts(table('| Deputy to the foreign minister | 3 Feb 2025 | Stood in for Lavrov |\n')), []);
  });

  it('reads a table of labels and values under a person\'s heading as that person\'s infobox', async () => {
    const infobox = (role: string) => `## Mikhail Bogdanov\n\n| | |\n|---|---|\n| Born | n/s |\n| Position | ${role} |\n`;
    assert.deepEqual(await textsFor('role-conflict', infobox('Foreign Minister')), ['Foreign Minister']);
    assert.deepEqual(await checkFor('role-conflict', infobox('Deputy Foreign Minister')), []);
  });

  it('reads "in charge of" as heading a body, "diplomacy" as the foreign ministry, and "at the time" as "then"', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'We spoke to the man in charge of Russian diplomacy, Mikhail Bogdanov.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'We spoke to the man in charge of Russian diplomacy, Sergei Lavrov.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'On 3 March 2006 Abu Marzouk, at the time the head of Hamas, met Lavrov.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'On 3 March 2006 Khaled Meshaal, at the time the head of Hamas, met Lavrov.'), []);
  });

  it('reads "chairs" and "chief diplomat" as heading, and leaves a title in quotation marks to whoever is quoted', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Basem Naim, who chairs the Politburo, spoke.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', 'The guests were welcomed by Bogdanov, Russia\'s chief diplomat, at the ministry.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'The paper wrote of "Foreign Minister Mikhail Bogdanov" in 2025.'), []);
  });

  it('reads a title owned by "the country"', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Mikhail Bogdanov, the country\'s foreign minister, was there.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Sergei Lavrov, the country\'s foreign minister, was there.'), []);
  });

  it('reads a title after an entry\'s bold name and its capitalised article, and after "was then only"', async () => {
    assert.deepEqual((await checkFor('role-conflict', '**Mikhail Bogdanov.** The foreign minister of Russia.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', 'The envoy, Basem Naim, was then only the Politburo\'s chairman.')).length, 1);
  });

  it('reads the title that opens an entry\'s first sentence as the entry\'s person\'s, not when the sentence refers to that person after it', async () => {
    assert.deepEqual((await checkFor('role-conflict', '**Basem Naim.** The deputy chairman of the Hamas Politburo flew in with the delegation.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', '**Yury Ushakov.** Putin\'s press secretary spoke to reporters in Moscow.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', '**Sergei Lavrov.** Russia\'s foreign minister stayed away from the talks.'), []);
    assert.deepEqual(await checkFor('role-conflict', '**Basem Naim.** The deputy foreign minister welcomed him at the ministry.'), []);
  });

  it('reads a title owned by "the movement" in an apposition, and a table cell\'s title whose body follows a comma', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Hamas sent three men. Joining them was Basem Naim, the group\'s deputy Politburo chairman, on his first trip.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Hamas sent three men. Joining them was Mousa Abu Marzouk, the group\'s deputy Politburo chairman, again.'), []);
    // The last organisation named is the agency, in which he holds no office: the owner says no body.
    assert.deepEqual(await checkFor('role-conflict', 'An AFP photographer caught Mousa Abu Marzouk, the group\'s chief, on the steps.'), []);
    const row = (name: string) => `| Name | Position |\n|---|---|\n| ${name} | Deputy chairman, Hamas Politburo |\n`;
    assert.deepEqual(await textsFor('role-conflict', row('Basem Naim')), ['Deputy chairman, Hamas Politburo']);
    assert.deepEqual(await checkFor('role-conflict', row('Mousa Abu Marzouk')), []);
  });

  it('says a title in a table cell at the date of its column\'s header', async () => {
    const table = (early: string, late: string) => `| Visit | March 2006 | February 2025 |\n|---|---|---|\n| Leader | ${early} | ${late} |\n`;
    assert.deepEqual(await checkFor('role-conflict', table('Khaled Meshaal, the Hamas chief', 'Mousa Abu Marzouk')), []);
    assert.deepEqual(await textsFor('role-conflict', table('Mousa Abu Marzouk', 'Khaled Meshaal, the Hamas chief')), ['Khaled Meshaal, the Hamas chief']);
  });

  it('reads a title before a comma and a name with a courtesy title', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'They were led by the chairman of the Politburo, Mr Mousa Abu Marzouk, this time.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'They were led by the deputy chairman of the Politburo, Mr Mousa Abu Marzouk, this time.'), []);
  });

  it('reads a capital owning a title as its country', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Sergei Lavrov, Moscow\'s chief diplomat, stayed away.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'Mikhail Bogdanov, Moscow\'s chief diplomat, chaired the talks.')).length, 1);
  });

  it('reads a title opening with its owner\'s possessive before a name set off by commas', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'We learnt that Russia\'s chief diplomat, Mikhail Bogdanov, chaired the talks.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'We learnt that Russia\'s chief diplomat, Sergei Lavrov, stayed away.'), []);
  });

  it('reads a title after a bare comma following a titled name as the next member of a list', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'CIA Director William Burns, Egypt\'s intelligence chief and Qatari Prime Minister Mohammed bin Abdulrahman al-Thani were due in Rome.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'William Burns, Egypt\'s intelligence chief, was due in Rome.')).length, 1);
  });

  it('reads a title in a relative clause closed by a word of time', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Bogdanov, who heads the Foreign Ministry these days, received them.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Lavrov, who heads the Foreign Ministry these days, received them.'), []);
  });

  it('tells a deputy called the head of the body from its head', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Politburo chief Mousa Abu Marzouk led them.')).map((finding) => finding.fixes[0]), ['Deputy Chairman of the Hamas Politburo']);
    assert.deepEqual((await checkFor('role-conflict', 'The Foreign Ministry hosted the talks; Lavrov, the ministry\'s number two, stayed away.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', 'Bogdanov, the ministry\'s number one, hosted the talks.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Lavrov, the ministry\'s number one, stayed away.'), []);
  });

  it('flags a title the sources give another, in the short form of theirs', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Press Secretary Yury Ushakov announced the date.')).map((finding) => finding.fixes.at(-1)), ['Dmitry Peskov']);
    assert.deepEqual((await checkFor('role-conflict', 'Ushakov, Yury (the Kremlin press sec.) announced the date.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', 'Prime Minister Vladimir Putin did not see them.')).length, 1);
  });

  it('flags a rank in a body the person does not belong to, and not one shared in their own', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Hamas official Mikhail Bogdanov spoke.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Senior Hamas official Basem Naim spoke.'), []);
  });

  it('flags a one-holder office given to someone at a time the sources name another holder', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'In 2006, Hamas chief Ismail Haniyeh came to Moscow.')).map((finding) => finding.fixes), [['Khaled Meshaal']]);
    assert.deepEqual(await checkFor('role-conflict', 'In 2006, Hamas chief Khaled Mashal came to Moscow.'), []);
    assert.deepEqual(await checkFor('role-conflict', 'In 2025, President Donald Trump received Netanyahu.'), []);
  });

  it('gives a title after a year and before a comma and a name to that name', async () => {
    assert.deepEqual(await textsFor('role-conflict', 'In 2017 Russia\'s ambassador to Israel, Anatoly Viktorov, gave a weekly an interview.'), ['Russia\'s ambassador to Israel, Anatoly Viktorov']);
    assert.deepEqual(await checkFor('role-conflict', 'In January 2024, Russia\'s ambassador to Israel, Anatoly Viktorov, gave a weekly an interview.'), []);
  });

  it('reads a rank that owns a title as part of it, not as a title of its own', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Mikhail Bogdanov, the president\'s special envoy for the Middle East, met them.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'Mikhail Bogdanov, the president\'s press secretary, met them.')).length, 1);
  });

  it('flags a member of a body called its head, and not a member called a member', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Politburo chief Basem Naim sat in on the talks.')).map((finding) => finding.fixes[0]), ['Member of the Hamas Politburo']);
    assert.deepEqual(await checkFor('role-conflict', 'Basem Naim, a member of the Hamas Politburo, sat in.'), []);
  });

  it('reads two titles joined by "and" as two, the first checked alone', async () => {
    assert.deepEqual(await textsFor('role-conflict', '- Mikhail Bogdanov: chief of the Foreign Ministry and Putin\'s envoy to the region.'), ['Mikhail Bogdanov: chief of the Foreign Ministry']);
    assert.deepEqual(await checkFor('role-conflict', 'Lavrov, head of the Foreign Ministry and a veteran diplomat, spoke.'), []);
  });

  it('gives a title after "as" to the person a pronoun subject stands for', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Abu Marzouk was back in 2025. On 3 February he landed in Moscow as chairman of the Politburo.')).map((finding) => finding.fixes[0]), [
      'Deputy Chairman of the Hamas Politburo',
    ]);
    assert.deepEqual(await checkFor('role-conflict', 'Abu Marzouk and Bogdanov met in 2025. He came as deputy chairman of the Politburo.'), []);
    // In an entry about a person, "he" is that person however many are named between.
    const entry = '**Mousa Abu Marzouk (Hamas).** Meshaal took him to see Lavrov in 2006. In February 2025 he flew to Moscow as chairman of the Politburo.';
    assert.deepEqual((await checkFor('role-conflict', entry)).map((finding) => finding.fixes[0]), ['Deputy Chairman of the Hamas Politburo']);
  });

  it('reads a title opened by its verb right after the name', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'At the time Basem Naim headed Hamas\'s foreign relations.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Mousa Abu Marzouk heads Hamas\'s foreign relations.'), []);
  });

  it('reads a title owned by a person named with a title of their own', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Yury Ushakov, Vladimir Putin\'s spokesman, said the date was agreed.')).map((finding) => finding.fixes.at(-1)), ['Dmitry Peskov']);
    assert.deepEqual((await checkFor('role-conflict', 'Yury Ushakov, President Putin\'s press secretary, said so.')).length, 1);
  });

  it('reads "the movement" as the last movement named in the blocks before, not a ministry', async () => {
    const before = 'Hamas sent three envoys to Moscow.\n\nThe Emergencies Ministry flew aid to Gaza.\n\n';
    assert.deepEqual((await checkFor('role-conflict', `${before}Basem Naim, who heads the movement's foreign relations, joined them.`)).length, 1);
    assert.deepEqual((await checkFor('role-conflict', `${before}In 2006 Mashal, then number two of the movement, met Lavrov.`)).map((finding) => finding.fixes[0]), ['Head of Hamas']);
    assert.deepEqual(await checkFor('role-conflict', `${before}Mousa Abu Marzouk, deputy leader of the movement, spoke.`), []);
  });

  it('reads "the movement" after a body within one as the movement it is within', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Basem Naim, a member of the Hamas Politburo who heads the movement\'s foreign relations, spoke.')).length, 1);
  });

  it('gives a title opening an entry to the person it is about, and one in a relative clause after a title to the same person', async () => {
    assert.deepEqual((await checkFor('role-conflict', '**Mousa Abu Marzouk.** Chairman of the Politburo.')).map((finding) => finding.fixes[0]), ['Deputy Chairman of the Hamas Politburo']);
    assert.deepEqual((await checkFor('role-conflict', '**Naim, Basem.** Politburo member who heads Hamas\'s foreign relations.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Mikhail Bogdanov. The Foreign Minister spoke next.'), []);
  });

  it('reads the fields of a record under a line naming only its person: role, location and what it says they did', async () => {
    const record = '**2. LAVROV, Sergei**\n- Role: Deputy Foreign Minister\n- Location: Kazan\n- Notes: sat down with Haniyeh in April 2020.\n';
    assert.deepEqual((await check(record)).filter((finding) => finding.code !== 'name-variant').map((finding) => [finding.code, finding.text]), [
      ['role-conflict', 'Deputy Foreign Minister'],
      ['date-conflict', 'April 2020'],
    ]);
    const hamdan = '### Osama Hamdan\n\n- Location: Doha\n- Role: Hamas official\n';
    assert.deepEqual(await textsFor('place-conflict', hamdan), ['Doha']);
    assert.deepEqual(await checkFor('place-conflict', '### Osama Hamdan and Sergei Lavrov\n\n- Location: Doha\n'), []);
  });

  it('reads where a person works as a home, not as the country of the title', async () => {
    assert.deepEqual(await check('The Egypt-based Hamas official Osama Hamdan spoke to CNN.'), [{ code: 'place-conflict', text: 'Egypt', fixes: ['Lebanon'] }]);
  });
});

describe('claims: places', () => {
  it('checks the place of an undated event the sentence surely tells of', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Netanyahu flew to London for talks with President Donald Trump.'), [{ code: 'place-conflict', text: 'London', fixes: ['Washington'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'Netanyahu went to Washington for talks with President Donald Trump, as London watched.'), []);
  });

  it('reads a place standing before the event\'s word, or in the table\'s place column', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'The Minsk consultations of January 2024 with Bogdanov went on for hours.'), [{ code: 'place-conflict', text: 'Minsk', fixes: ['Moscow'] }]);
    const table = '| When | Event | Where |\n|---|---|---|\n| 2008 | Lavrov meets Mashal | Amman |\n';
    assert.deepEqual(await checkFor('place-conflict', table), [{ code: 'place-conflict', text: 'Amman', fixes: ['Damascus'] }]);
  });

  it('takes no place a comma sets apart from the event\'s word after it, nor one in a relative clause the comma closes', async () => {
    const visit = (subject: string) => checkFor('place-conflict', `It was a meeting in Moscow. ${subject}, travelled there to see Bogdanov. They arrived on 3 February 2025.`);
    assert.deepEqual(await visit('Envoys of Hamas, the movement that rules in Gaza'), []);
    assert.deepEqual(await visit('The Hamas envoys, all from Gaza'), []);
    assert.deepEqual(await textsFor('place-conflict', 'The Hamas envoys travelled to Gaza to see Bogdanov on 3 February 2025.'), ['Gaza']);
  });

  it('reads the place a predicate gives its event, however long the event\'s subject', async () => {
    const meeting = 'That spring a meeting between the Mossad chief David Barnea and CIA Director William Burns was then scheduled in Madrid.';
    assert.deepEqual(await checkFor('place-conflict', meeting), [{ code: 'place-conflict', text: 'Madrid', fixes: ['Rome'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'A meeting of David Barnea and William Burns, reporters in Madrid were told, was planned.'), []);
  });

  it('tells events of a kind apart by the words that qualify them, and flags a place that is neither of two events\' it may mean', async () => {
    const places = (draft: string) => checkFor('place-conflict', draft).then((findings) => findings.map((finding) => [finding.text, ...finding.fixes]));
    assert.deepEqual(await places('Hamas and Fatah sent envoys to reconciliation talks, which took place in Beijing.'), [['Beijing', 'Russia']]);
    assert.deepEqual(await places('A reconciliation meeting of Hamas and Fatah, meant to take place in Doha, was called off.'), [['Doha', 'Russia', 'China']]);
    assert.deepEqual(await places('A reconciliation meeting of Hamas and Fatah, meant to take place in Beijing, was called off.'), []);
    assert.deepEqual(await places('Netanyahu visited Trump for talks on phase two as Hamas talks went on in Moscow.'), []);
  });

  it('checks the place of an undated event in a sentence whose date dates no event', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('| When | What | Who | Where |\n|---|---|---|---|\n| 2024-03 | Reconciliation talks | Hamas, Fatah | Cairo |\n'), ['Cairo']);
    assert.deepEqual(await places('In March 2024 Hamas and Fatah held reconciliation talks in Cairo.'), ['Cairo']);
  });

  it('reads past the words that say how often an event happened on the way to its place', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('Lavrov sat down with Mashal twice, on both occasions in Cairo.'), ['Cairo']);
    assert.deepEqual(await places('Lavrov met up with Mashal again, each time in Cairo.'), ['Cairo']);
  });

  it('reads "to X" after a minister as the way there, not as part of the title', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('The film trails the foreign minister to Cairo, where he sees Mashal in 2009.'), ['Cairo']);
    assert.deepEqual(await checkFor('role-conflict', 'Anatoly Viktorov, the Russian ambassador to Israel, said so in 2023.'), []);
  });

  it('does not take a place for an event when the clause before it names only others than those taking part', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('Mashal came through Moscow several times between 2006 and 2010, and Lavrov flew to Damascus.'), []);
    assert.deepEqual(await places('Mashal came to Moscow many times between 2006 and 2010, and Lavrov met him in Cairo in 2008.'), ['Cairo']);
  });

  it('reads "gather" and "convene" as words of a meeting', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('William Burns, David Barnea, al-Thani and Abbas Kamel were to convene in Madrid.'), ['Madrid']);
  });

  it('flags a place unless its own clause names the sources\' place too', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('He presented his deputy to Lavrov at talks in Damascus on 3 March 2006; visited Moscow often up to 2010.'), ['Damascus']);
    assert.deepEqual(await places('On 3 March 2006 Mashal and Abu Marzouk held talks with Lavrov in Moscow, and not in Damascus.'), []);
  });

  it('reads a place described after "the": "the spa town of X", "the Egyptian capital", and a capital without it', async () => {
    const places = textsOf('place-conflict');
    assert.deepEqual(await places('On 19 January 2024 Abu Marzouk held consultations with Bogdanov in the spa town of Kislovodsk.'), ['Kislovodsk']);
    assert.deepEqual(await places('On 19 January 2024 Abu Marzouk held consultations with Bogdanov in the Egyptian capital.'), ['the Egyptian capital']);
    assert.deepEqual(await places('On 19 January 2024 Abu Marzouk held consultations with Bogdanov in the Russian capital.'), []);
    // Notes leave the article out.
    assert.deepEqual(await places('On 19 January 2024 Abu Marzouk held consultations with Bogdanov in Egyptian capital.'), ['Egyptian capital']);
    assert.deepEqual(await places('On 19 January 2024 Abu Marzouk held consultations with Bogdanov in Russian capital.'), []);
  });

  it('reads a place of several words standing right before the event\'s word', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Benjamin Netanyahu was in Los Angeles for talks with President Donald Trump.'), [{ code: 'place-conflict', text: 'Los Angeles', fixes: ['Washington'] }]);
  });

  it('takes no place said of something else for the event\'s', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'The talks with Bogdanov on 3 February 2025 were about the hostages held in Gaza.'), []);
    assert.deepEqual(await checkFor('place-conflict', 'The talks with Bogdanov on 3 February 2025 covered the hostages who were held in Gaza.'), []);
  });

  it('reads home towns in any phrasing, also towns the sources never name', async () => {
    const towns = (sentence: string) => textsFor('place-conflict', sentence);
    assert.deepEqual(await towns('Alexander Trufanov, a resident of Ashkelon, was taken.'), ['Ashkelon']);
    assert.deepEqual(await towns('The Haifa-born Andrei Kozlov was taken.'), ['Haifa']);
    assert.deepEqual(await towns('Alex Lobanov, an Eilat native, was taken.'), ['Eilat']);
    assert.deepEqual(await towns('Andrei Kozlov, who named his friends, comes from Ashdod.'), ['Ashdod']);
    assert.deepEqual(await towns('Alex Lobanov, the thirty-two-year-old from Ashkelon, was taken.'), []);
    assert.deepEqual(await towns('Andrei Kozlov, 27, a sound engineer from Ashdod, was taken.'), ['Ashdod']);
    assert.deepEqual(await towns('Andrei Kozlov, 27, a sound engineer from Rishon Lezion, was taken.'), []);
  });

  it('reads a home adjective opening the block, and a home phrase in an entry about the person named at its head', async () => {
    const towns = textsOf('place-conflict');
    assert.deepEqual(await towns('Haifa-born Andrei Kozlov was taken.'), ['Haifa']);
    assert.deepEqual(await towns('**Andrei Kozlov.** Taken at the festival; a resident of Eilat.'), ['Eilat']);
    assert.deepEqual(await towns('Andrei Kozlov: taken at the festival, a resident of Eilat.'), ['Eilat']);
    assert.deepEqual(await towns('**Andrei Kozlov.** Taken with Alex Lobanov; a resident of Eilat.'), []);
    assert.deepEqual(await towns('Andrei Kozlov was taken. A resident of Eilat spoke.'), []);
  });

  it('reads a home phrase broken over two lines, and "is from" said of the sentence\'s subject', async () => {
    const towns = (sentence: string) => textsFor('place-conflict', sentence);
    assert.deepEqual(await towns('The family says Lobanov, who comes from\nSderot, is a father of two.'), ['Sderot']);
    assert.deepEqual(await towns('Andrei Kozlov, held since October 2023, is from Haifa.'), ['Haifa']);
    assert.deepEqual(await towns('Andrei Kozlov\'s mother is from Haifa.'), []);
  });

  it('knows a capital the fact base does not name lies in its country', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'The Amman-based Hamas official Osama Hamdan said so.'), [{ code: 'place-conflict', text: 'Amman', fixes: ['Lebanon'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'The Beirut-based Hamas official Osama Hamdan said so.'), []);
  });

  it('reads the place a visit goes to past the names and titles of who makes it', async () => {
    assert.deepEqual(await textsFor('place-conflict', 'The visit by Prime Minister Benjamin Netanyahu to Paris for talks with Donald Trump drew notice.'), ['Paris']);
  });

  it('takes no place from words a preposition does not govern, nor from a title\'s complement', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Bogdanov received them in Moscow on 19 January 2024, and Naim sat in. — Ardent Fox (talk)'), []);
    assert.deepEqual(await checkFor('place-conflict', 'On 3 February 2025 Bogdanov, the envoy for the Middle East and Asia, hosted the delegation.'), []);
  });
});

describe('claims: what a clause tells of', () => {
  it('takes no undated event told of in another clause for what a date dates', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'Haniyeh saw Lavrov in October 2022; Bogdanov also received Abu Marzouk several times.'), ['October 2022']);
  });

  it('reads what a speech verb says as neither taking part in the saying nor dating it', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'In February 2016, Ambassador Shein told an Israeli paper that a ban would be up to the Supreme Court.'), ['February 2016']);
    assert.deepEqual(await checkFor('date-conflict', 'Shein told the paper that a new interview would follow in February 2016.'), []);
  });
});

describe('claims: an event as the topic of a piece of work', () => {
  it('dates the briefing or report about an event, not the event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Our seminar on the Moscow consultations, held on 2 February 2024, was recorded.'), []);
    assert.deepEqual(await textsFor('date-conflict', 'The consultations in Moscow on 2 February 2024 were tense.'), ['2 February 2024']);
  });

  it('dates a gathering held to talk of an event, not the event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'On 18 February 2025 a think tank gathered experts in Vienna to review the Hamas delegation\'s talks in Moscow.'), []);
    assert.deepEqual(await textsFor('date-conflict', 'On 5 February 2025 Abu Marzouk held talks with Bogdanov in Moscow to discuss the hostages.'), ['5 February 2025']);
  });
});

describe('claims: ages', () => {
  it('reads an age in any phrasing', async () => {
    const ages = (sentence: string) => textsFor('age-conflict', `In January 2024 ${sentence}`);
    assert.deepEqual(await ages('Alex Lobanov, aged 35, was still held.'), ['35']);
    assert.deepEqual(await textsFor('age-conflict', '| Held in January 2024 | Source |\n|---|---|\n| Alex Lobanov, 35 | [@s004] |\n'), ['35']);
    assert.deepEqual(await ages('the thirty-five-year-old Lobanov was still held.'), ['thirty-five']);
    assert.deepEqual(await ages('the list gave 35 (Alex Lobanov) for him.'), ['35']);
    assert.deepEqual(await ages('Alex Lobanov, then 32, was still held.'), []);
    assert.deepEqual(await ages('Alex Lobanov was 35 and still held.'), ['35']);
    assert.deepEqual(await ages('Alex Lobanov, thirty-five, from Ashkelon, was still held.'), ['thirty-five']);
    assert.deepEqual(await ages('Alex Lobanov, one of the hostages, was still held.'), []);
    assert.deepEqual(await textsFor('place-conflict', 'In January 2024 Alex Lobanov, thirty-two, from Sderot, was still held.'), ['Sderot']);
    assert.deepEqual(await ages('the list in s004 (Alex Lobanov) names him.'), []);
  });

  it('years from the sources\' date, takes an age for neither theirs nor theirs grown older as a conflict', async () => {
    // Lobanov is 32 in January 2024: in 2019 he was 26 or 27.
    const ages = (sentence: string) => textsFor('age-conflict', sentence);
    assert.deepEqual(await ages('Alex Lobanov, 40, who first visited Israel in 2019, was held.'), ['40']);
    assert.deepEqual(await ages('Alex Lobanov, 32, who first visited Israel in 2019, was held.'), []);
    assert.deepEqual(await ages('Alex Lobanov, 27, moved to Israel in 2019.'), []);
    assert.deepEqual(await ages('Alex Lobanov, 40, moved to Israel in 1995.'), []);
  });


  it('takes the time of an age from its own sentence only', async () => {
    assert.deepEqual(await textsFor('age-conflict', 'Andrei Kozlov, 25, was taken. A book came out in 2008.'), ['25']);
  });
});

describe('claims: given names', () => {
  it('flags a given name no one has when the sentence speaks of the person\'s role', async () => {
    assert.deepEqual(await textsFor('name-mismatch', 'Viktor Bogdanov, the deputy foreign minister, received them.'), ['Viktor Bogdanov']);
    assert.deepEqual(await textsFor('name-mismatch', 'Ivan Kozlov, 27, from Rishon Lezion, was among them.'), ['Ivan Kozlov']);
  });

  it('leaves alone another person who shares the surname', async () => {
    assert.deepEqual(await checkFor('name-mismatch', 'Ivan Kozlov, a Moscow footballer, signed with a new club.'), []);
    assert.deepEqual(await checkFor('name-mismatch', 'Abu Marzouk spoke; Mousa Abu Marzouk and Musa Abu Marzouk are one man.'), []);
  });
});

describe('names across invisible characters', () => {
  it('reads a name with a soft hyphen or a zero-width space inside as one word', async () => {
    assert.deepEqual((await check('Mikhail Bog\u00addonov received them.')).map((finding) => [finding.code, finding.fixes[0]]), [['name-misspelled', 'Mikhail Bogdanov']]);
    assert.deepEqual(await check('Mikhail Bog\u200bdanov received them.'), []);
  });
});

describe('claims: what the first drafts of other writers showed', () => {
  it('reads "called on X to" as an appeal, not a call', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'On 30 January 2025 Bogdanov called on the Hamas leadership to free the captives.'), []);
  });

  it('gives a title written before a comma and a name to that name, in a list of titled people', async () => {
    const findings = await checkFor('role-conflict', 'The mediators were the CIA Director, William Burns, the Mossad chief, David Barnea, and others.');
    assert.deepEqual(findings, []);
  });

  it('says a home in a relative clause of the person named last', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Andrei Kozlov, 27, and Alexander Trufanov, the last of whom hails from Nir Oz, were named.'), []);
    assert.deepEqual(await textsFor('place-conflict', 'Andrei Kozlov, 27, and Alexander Trufanov, the last of whom hails from Sderot, were named.'), ['Sderot']);
  });

  it('reads a place right after "arrived" in notes as where the visit went', async () => {
    assert.deepEqual(await textsFor('date-conflict', '1. Delegation led by Abu Marzouk.\n2. Arrived Moscow 5 February 2025. Talks at the ministry.\n'), ['5 February 2025']);
    assert.deepEqual(await checkFor('date-conflict', '1. Delegation led by Abu Marzouk.\n2. Arrived Moscow 3 February 2025. Talks at the ministry.\n'), []);
  });

  it('reads a place before ", where" as the place of the event its clause tells', async () => {
    assert.deepEqual(await textsFor('place-conflict', 'Lavrov flew to Beirut, where he sat down with Mashal in 2008.'), ['Beirut']);
    assert.deepEqual(await checkFor('place-conflict', 'Lavrov flew to Damascus, where he sat down with Mashal in 2008.'), []);
  });

  it('takes a place the draft denies ("not in Beirut") for no claim of where', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Lavrov sat down with Mashal in 2008, though not in Beirut.'), []);
    assert.deepEqual(await textsFor('place-conflict', 'Lavrov sat down with Mashal in Beirut in 2008.'), ['Beirut']);
  });

  it('takes a place where someone taking no part in the event was for no place of the event', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'While Abu Marzouk was received by Bogdanov on 3 February 2025, Netanyahu was in Washington.'), []);
    assert.deepEqual(await textsFor('place-conflict', 'Abu Marzouk was received by Bogdanov on 3 February 2025, and Bogdanov was in Washington.'), ['Washington']);
  });

  it('takes no name that owns the words after it for a place, and a place cell\'s known place after its venue', async () => {
    const table = '| Date | Event | Where |\n|---|---|---|\n| 3 March 2006 | Hamas delegation talks with Lavrov | Pushkin\'s Palace, Moscow |\n';
    assert.deepEqual(await checkFor('place-conflict', table), []);
    assert.deepEqual(await textsFor('place-conflict', table.replace('Moscow |', 'Sochi |')), ['Sochi']);
    assert.deepEqual(await checkFor('place-conflict', table.replace("Pushkin's Palace, Moscow", 'RVM-201 lab')), []);
    // A venue, then the known place it is in.
    assert.deepEqual(await checkFor('place-conflict', table.replace("Pushkin's Palace", 'Spaso House')), []);
  });

  it('says a home in a relative clause of no one named before someone brought in by what they are to them', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Alexander Trufanov, 28, came with his mother Yelena, who lives in Sderot.'), []);
    assert.deepEqual(await textsFor('place-conflict', 'Alexander Trufanov, 28, who lives in Sderot, came with his mother.'), ['Sderot']);
  });

  it('reads the claims of a timeline in the front matter', async () => {
    const draft = '---\ndate: 2025-02-10\ntimeline:\n  - 2024-10 — last Russian Emergencies Ministry aid shipment to Gaza\n  - 2024-11 — last Russian Emergencies Ministry aid shipment to Gaza\n---\nBody.\n';
    assert.deepEqual(await textsFor('date-conflict', draft), ['2024-10']);
  });

  it('reads an age after an inverted name\'s given name, and a home in the entry it opens as its person\'s', async () => {
    assert.deepEqual(await textsFor('age-conflict', '**Kozlov, Andrei** (30) — Taken from the festival site.'), ['30']);
    assert.deepEqual(await checkFor('age-conflict', '**Kozlov, Andrei** (27) — Taken from the festival site.'), []);
    assert.deepEqual(await textsFor('place-conflict', '**Kozlov, Andrei** — Hostage since 2023; 27, a Sderot native.'), ['Sderot']);
    assert.deepEqual(await checkFor('place-conflict', '**Kozlov, Andrei** — Hostage since 2023; 27, a Rishon Lezion native.'), []);
    assert.deepEqual(await textsFor('place-conflict', '- **Lobanov, Alex**: Ashdod-born father of two.'), ['Ashdod']);
    assert.deepEqual(await checkFor('place-conflict', '- **Lobanov, Alex**: Ashkelon-born father of two.'), []);
    assert.deepEqual(await textsFor('place-conflict', '- **Lobanov, Alex**: 32, from Ashdod; taken at the festival.'), ['Ashdod']);
    assert.deepEqual(await textsFor('place-conflict', '- Kozlov, Andrei (s004) → 27, from Ashdod'), ['Ashdod']);
    assert.deepEqual(await textsFor('place-conflict', 'Pictured: Alex Lobanov, 32, Sderot-born father of two.'), ['Sderot']);
    assert.deepEqual(await textsFor('place-conflict', 'Alex Lobanov, a baker from the coastal city of Haifa, was taken.'), ['Haifa']);
    assert.deepEqual(await textsFor('place-conflict', 'Alex Lobanov is 32. He calls Haifa home; Andrei Kozlov calls Rishon Lezion home.'), ['Haifa']);
    assert.deepEqual(await textsFor('place-conflict', 'Andrei Kozlov is 27. He is originally from Haifa.'), ['Haifa']);
    assert.deepEqual(await textsFor('place-conflict', 'Osama Hamdan, a Hamas official based in Doha, spoke.'), ['Doha']);
    assert.deepEqual(await textsFor('place-conflict', 'Alex Lobanov, 32. He is the one who comes from Haifa.'), ['Haifa']);
    assert.deepEqual(await textsFor('place-conflict', 'Andrei Kozlov, a 27-year-old native of Ma\'alot, was taken.'), ['Ma\'alot']);
  });

  it('reads "then 30" as an age, and a year set alone in bold as the block\'s year', async () => {
    assert.deepEqual(await textsFor('age-conflict', 'In January 2024 Alex Lobanov, then 30, was held.'), ['30']);
    assert.deepEqual((await checkFor('date-conflict', '**2022.** In October, Haniyeh and Lavrov met again.')).map((finding) => finding.fixes), [['September']]);
  });

  it('takes no name in quotation marks for the draft\'s own spelling', async () => {
    assert.deepEqual(await check('The reporter wrote "Viktor Bogdanov", the deputy foreign minister; his name is Mikhail Bogdanov.'), []);
    assert.deepEqual(await check('The Sputnik interview spelled him “Moussa Abu Marzouk”.'), []);
  });

  it('reads a table\'s age, home and role columns as said of the person of the row', async () => {
    const table = (header: string, cell: string) => `| Name | ${header} |\n| --- | --- |\n| Andrei Kozlov | ${cell} |\n`;
    assert.deepEqual(await textsFor('age-conflict', table('Age', '31')), ['31']);
    assert.deepEqual(await checkFor('age-conflict', table('Age', '27')), []);
    assert.deepEqual(await textsFor('place-conflict', table('Hometown', 'Sderot')), ['Sderot']);
    assert.deepEqual(await checkFor('place-conflict', table('Notes', 'Sderot')), []);
    const role = '| Name | Role |\n| --- | --- |\n| Mikhail Bogdanov | Foreign Minister |\n';
    assert.deepEqual(await textsFor('role-conflict', role), ['Foreign Minister']);
  });

  it('reads "the Deputy Minister" and "the same official" as the person named before with that title', async () => {
    const text = 'Mikhail Bogdanov, the deputy foreign minister, met them. On 3 February 2024 the Deputy Minister received the delegation at the Foreign Ministry.';
    assert.deepEqual(await textsFor('date-conflict', text), ['3 February 2024']);
  });

  it('does not take a dateline in bold for the date of an event', async () => {
    assert.deepEqual(await checkFor('date-conflict', '**MOSCOW, Feb. 6, 2025** — Hamas held talks with Bogdanov at the ministry this week.'), []);
  });

  it('takes no one named as the object of another event\'s word for an outsider of this one', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'On 24 January 2025, Mikhail Bogdanov held phone calls stressing the release of Trufanov and Kharkin.'), []);
    assert.deepEqual((await checkFor('date-conflict', 'On 14 January 2025, Mikhail Bogdanov held phone calls stressing the release of Trufanov and Kharkin.')).map((finding) => finding.fixes), [['24 January 2025']]);
  });

  it('reads "by telephone for" as a call, and only "call for" as an appeal', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'On 24 January 2025 Mikhail Bogdanov pressed Hamas by telephone for news.'), []);
    assert.deepEqual(await textsFor('date-conflict', 'On 20 January 2025 Mikhail Bogdanov pressed Hamas by telephone for news.'), ['20 January 2025']);
  });

  it('does not read a dateline without a year as the date of an event', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'MOSCOW, Feb. 4 (Wire) — Hamas held talks with Bogdanov at the Foreign Ministry.'), []);
  });

  it('reads a dateline after a running story\'s label as the dateline', async () => {
    assert.deepEqual(await checkFor('date-conflict', '**UPDATE 2 — MOSCOW, Feb. 7, 2025 (Wire) —** The talks with Bogdanov were the third round.'), []);
    assert.deepEqual((await checkFor('date-conflict', '**UPDATE 2 — MOSCOW —** The talks with Bogdanov were held on 7 February 2025.')).length, 1);
  });

  it('gives a title owned by a pronoun to no one named before it', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'President Vladimir Putin, his press secretary said, would not meet them.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'Vladimir Putin, the press secretary, would not meet them.')).length, 1);
  });

  it('reads "Friday the 26th" in the month the weekday fits, and "the 4th inst." in the letter\'s month', async () => {
    const email = 'Date: Wed, 31 Jan 2024 09:00\n\nBogdanov sat down with Abu Marzouk for consultations on Friday the 26th.';
    assert.deepEqual((await checkFor('date-conflict', email)).map((finding) => finding.fixes), [['19 January 2024']]);
    const letter = 'Kazan, 12th February 2025\n\nSir, Bogdanov received the Hamas delegation in Moscow on the 6th inst.';
    assert.deepEqual(await textsFor('date-conflict', letter), ['the 6th inst.']);
    assert.deepEqual(await checkFor('date-conflict', letter.replace('6th', '3rd')), []);
  });

  it('reads "on the 19th" after "last month" in the month "last month" names, not in a month written earlier', async () => {
    const memo = 'Date: Mon, 12 Feb 2024 09:00\n\nAbu Marzouk came in October 2023. Bogdanov held consultations with him last month, on the DAY.';
    assert.deepEqual(await checkFor('date-conflict', memo.replace('DAY', '19th')), []);
    assert.deepEqual(await textsFor('date-conflict', memo.replace('DAY', '26th')), ['on the 26th']);
  });

  it('reads "the 5th of that month" in the month written just before, even one that only marks a span ("since")', async () => {
    const sentence = 'Envoys of Hamas have been coming to Moscow since March 2006, and on the DAY of that month Lavrov received Meshaal.';
    assert.deepEqual(await checkFor('date-conflict', sentence.replace('DAY', '3rd')), []);
    assert.deepEqual((await checkFor('date-conflict', sentence.replace('DAY', '5th'))).map((finding) => finding.fixes), [['3 March 2006']]);
    assert.deepEqual(await checkFor('date-conflict', 'In March 2006 Lavrov received Meshaal; on the 3rd of the same month they talked.'), []);
  });

  it('reads the date of a piece of writing, or a signature\'s timestamp, as no event\'s', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Your article of 5 February 2025 on the talks Bogdanov held with Abu Marzouk was fair.'), []);
    assert.deepEqual(await checkFor('date-conflict', 'Bogdanov held talks with Abu Marzouk, as I said. Editor1 (talk) 11:20, 5 February 2025 (UTC)'), []);
    assert.deepEqual((await checkFor('date-conflict', 'Bogdanov held talks with Abu Marzouk on 5 February 2025.')).length, 1);
  });

  it('reads a "reception" as a meeting', async () => {
    assert.deepEqual(await textsFor('date-conflict', 'The reception Bogdanov gave Abu Marzouk on 5 February 2025 was warm.'), ['5 February 2025']);
  });

  it('takes no date for an event named by no one taking part, where the clause names an undated one by its own word', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'Hamas officials came often, and the factions held reconciliation talks in Moscow in March 2024.'), []);
  });

  it('flags a person\'s rank placed in a body they do not belong to', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Dmitry Peskov, the Foreign Ministry spokesman, declined to comment.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Dmitry Peskov, the Kremlin spokesman, declined to comment.'), []);
  });

  it('reads a title after "came as", and a title owned by another person as that person\'s office\'s', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'In February 2025 Abu Marzouk travelled as Politburo chairman.')).length, 1);
    assert.deepEqual((await checkFor('role-conflict', 'Sergei Lavrov: Putin\'s envoy for the Middle East, by some accounts.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Mikhail Bogdanov: Putin\'s envoy for the Middle East.'), []);
  });

  it('reads a place written after the dates of its events, in the clause that names them', async () => {
    assert.deepEqual(await textsFor('place-conflict', 'Mashal came to Moscow often, and Lavrov met him in 2008 and in 2009, each time in Cairo.'), ['Cairo']);
    assert.deepEqual(await checkFor('place-conflict', 'Mashal came to Moscow often, and Lavrov met him in 2008 and in 2009, each time in Damascus.'), []);
  });

  it('reads "was 34 at the time" as an age', async () => {
    assert.deepEqual(await textsFor('age-conflict', 'Andrei Kozlov was 31 at the time of the attack.'), ['31']);
  });

  it('reads a date before a piece of writing as that writing\'s', async () => {
    assert.deepEqual(await checkFor('date-conflict', 'The 5 Feb. 2025 report on the talks Bogdanov held with Abu Marzouk was thin.'), []);
  });

  it('reads the draft\'s own relative dates against its date, quoted ones against the cited source\'s', async () => {
    const memo = (line: string) => `Date: 4 Feb 2025\n\n${line}`;
    assert.deepEqual(await checkFor('date-conflict', memo('The delegation of Abu Marzouk arrived in Moscow for talks yesterday [@s000].')), []);
    assert.deepEqual((await checkFor('date-conflict', memo('The delegation of Abu Marzouk arrived in Moscow for talks two days ago [@s000].'))).length, 1);
  });

  it('takes an undated place that is another likely event\'s for that one\'s', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'When Moscow hosted the Hamas team, the mediators conferred far away: CIA Director William Burns, Mossad chief David Barnea, Qatar\'s al-Thani and Egypt\'s Abbas Kamel.'), []);
  });

  it('reads an aside in parentheses as a clause of its own, with its own time', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Shein spoke to the paper in February 2017 (by 2024, s002 names Viktorov as the ambassador).'), []);
    assert.deepEqual((await checkFor('role-conflict', 'Shein spoke to the paper (in February 2017 Viktorov was the ambassador, it said).')).length, 1);
  });

  it('reads a title opened by its verb after "who" as said of the person before', async () => {
    assert.deepEqual((await checkFor('role-conflict', 'Asked about the talks, Osama Hamdan, who heads Hamas\' foreign relations, declined to answer.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Asked about the talks, Mousa Abu Marzouk, who heads Hamas\' foreign relations, declined to answer.'), []);
  });

  it('reads "based in" and a "-based" apposition after a dash as where the person is based', async () => {
    assert.deepEqual(await checkFor('place-conflict', 'Hamdan, who is based in Qatar, answered by e-mail.'), [{ code: 'place-conflict', text: 'Qatar', fixes: ['Lebanon'] }]);
    assert.deepEqual(await checkFor('place-conflict', 'Hamdan was based in Lebanon then.'), []);
    assert.deepEqual(await checkFor('place-conflict', '- **Osama Hamdan** — Qatar-based spokesman of the movement.'), [{ code: 'place-conflict', text: 'Qatar', fixes: ['Lebanon'] }]);
  });

  it('reads a title and a name past a citation, as past a blank', async () => {
    assert.equal((await checkFor('role-conflict', 'Talks opened under Mousa Abu Marzouk, the chairman of the Hamas Politburo [@s003].')).length, 1);
    assert.equal((await checkFor('role-conflict', 'Hamas met the head of the Russian Foreign Ministry, Mikhail Bogdanov [@s001], at noon.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Talks opened under Mousa Abu Marzouk, Deputy Chairman of the Hamas Politburo [@s003].'), []);
  });

  it('reads "political" in a title as the political bureau', async () => {
    assert.equal((await checkFor('role-conflict', 'At the table sat the movement\'s political chief, Mousa Abu Marzouk.')).length, 1);
  });

  it('reads a title right after "is" and before a comma and a name as the name\'s', async () => {
    assert.equal((await checkFor('role-conflict', 'Waiting at the ministry is the Russian foreign minister, Mikhail Bogdanov.')).length, 1);
  });

  it('reads a title after "as" as said of the only person the sentence names before it', async () => {
    assert.equal((await checkFor('role-conflict', 'Abu Marzouk flew to Moscow last winter as chairman of the Hamas Politburo.')).length, 1);
    assert.deepEqual(await checkFor('role-conflict', 'Abu Marzouk flew to Moscow last winter as Deputy Chairman of the Hamas Politburo.'), []);
    assert.deepEqual(await checkFor('role-conflict', 'Abu Marzouk sat beside Bogdanov as chairman of the meeting.'), []);
    assert.deepEqual(await checkFor('role-conflict', 'Abu Marzouk flew in as Deputy Foreign Minister Mikhail Bogdanov waited.'), []);
  });

  it('takes a title at the time the cited source tells of, when that source gives it', async () => {
    const dated = '---\ndate: 2025-02-12\n---\n\nTwo pictures, years apart. In the first, Hamas chief Khaled Mashal greets Russia\'s foreign minister';
    assert.deepEqual(await checkFor('role-conflict', `${dated} [@s002].`), []);
    assert.equal((await checkFor('role-conflict', `${dated}.`)).length, 1);
    assert.equal((await checkFor('role-conflict', `${dated} on 1 March 2025 [@s002].`)).length, 1);
  });

  it('reads a title after a speaker\'s colon, with its verb after it, as no title of the speaker\'s', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Peskov: the president will not receive the delegation.'), []);
    assert.equal((await checkFor('role-conflict', '**Peskov, Dmitry** – president of Russia.')).length, 1);
  });

  it('tells another holder at the time only of a time the title\'s own clause states', async () => {
    assert.deepEqual(await checkFor('role-conflict', 'Anatoly Viktorov, Russia\'s ambassador to Israel in s002; in February 2017 the post was held by Alexander Shein.'), []);
    assert.deepEqual((await checkFor('role-conflict', 'In February 2017, the Russian ambassador to Israel, Anatoly Viktorov, spoke to The News of Israel.')).length, 1);
  });
});
