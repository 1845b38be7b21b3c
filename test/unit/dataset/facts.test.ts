// Content tests of the bundled fact base: what dataset/facts.yaml says, read through the project's loader.
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { nodeFileReader } from '../../../src/cli/node-files';
import { formatPartialDate, formatProblem, loadFactBase, type Actor, type EventFact, type FactBase, type Problem } from '../../../src/core/factbase';

const FACTS_FILE = path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.yaml');

let factBase: FactBase;
let problems: Problem[];

before(async () => {
  ({ factBase, problems } = await loadFactBase([{ file: FACTS_FILE, text: await readFile(FACTS_FILE, 'utf8') }], nodeFileReader()));
});

function actor(id: string): Actor {
  const found = factBase.actors.get(id);
  assert.ok(found, `no actor ${id}`);
  return found;
}

function event(id: string): EventFact {
  const found = factBase.events.get(id);
  assert.ok(found, `no event ${id}`);
  return found;
}

function dateOf(fact: { date?: Parameters<typeof formatPartialDate>[0] }): string | undefined {
  return fact.date && formatPartialDate(fact.date);
}

function allEvidence() {
  const actors = [...factBase.actors.values()];
  return [
    ...actors.flatMap((a) => [...a.evidence, ...a.titles.flatMap((t) => t.evidence), ...a.attributes.flatMap((at) => at.evidence)]),
    ...[...factBase.events.values()].flatMap((e) => e.evidence),
    ...[...factBase.disagreements.values()].flatMap((d) => d.claims.flatMap((c) => c.evidence)),
  ];
}

describe('the bundled fact base', () => {
  it('loads with no problems', () => {
    assert.equal(problems.map(formatProblem).join('\n'), '');
  });

  it('locates every quote in its source document', () => {
    const evidence = allEvidence();
    assert.ok(evidence.length > 200, `only ${evidence.length} quotes`);
    const missing = evidence.filter((item) => !item.passage).map((item) => `${item.sourceId}: ${item.quote}`);
    assert.deepEqual(missing, []);
    for (const item of evidence) {
      const source = factBase.sources.get(item.sourceId)!;
      const { start, end } = item.passage!;
      const passage = source.text.slice(start.offset, end.offset).replace(/\s+/g, ' ');
      assert.equal(passage, item.quote.replace(/\s+/g, ' ').trim());
    }
  });

  it('cites evidence for every actor', () => {
    const without = [...factBase.actors.values()].filter((a) => a.evidence.length === 0).map((a) => a.id);
    assert.deepEqual(without, []);
  });

  it('has the five sources s000..s004 in file-name order, with publication dates only where the text fixes them', () => {
    const sources = [...factBase.sources.values()];
    assert.deepEqual(sources.map((s) => s.id), ['s000', 's001', 's002', 's003', 's004']);
    assert.deepEqual(sources.map((s) => s.file), sources.map((s) => s.file).sort());
    for (const source of sources) assert.ok(source.text.length > 1000, `${source.id} was not read`);
    assert.equal(formatPartialDate(factBase.sources.get('s000')!.published!.date), '2025-02-03');
    const s004 = factBase.sources.get('s004')!;
    assert.equal(s004.outlet, 'The News of Israel');
    assert.equal(formatPartialDate(s004.published!.date), '2024-01');
    assert.match(s004.published!.inferred!, /Friday, January 19/);
    for (const id of ['s001', 's002', 's003']) {
      assert.equal(factBase.sources.get(id)!.published, undefined, id);
      assert.equal(factBase.sources.get(id)!.outlet, undefined, id);
    }
  });
});

describe('people in the bundled fact base', () => {
  const PEOPLE = [
    'Mousa Abu Marzouk', 'Mikhail Bogdanov', 'Sergei Lavrov', 'Vladimir Putin', 'Dmitry Peskov',
    'Alexander Trufanov', 'Maksim Kharkin', 'Ramil Sitdikov', 'Khaled Mashal', 'Yuri Kadobnov',
    'Osama Hamdan', 'Alexander Lobanov', 'Anatoly Viktorov', 'Andrei Kozlov', 'Yury Ushakov',
    'Mahmoud Abbas', 'Benjamin Netanyahu', 'Donald Trump', 'William Burns', 'David Barnea',
    'Mohammed bin Abdulrahman al-Thani', 'Abbas Kamel', 'Basem Naim', 'Alexander Shein',
    'Dmitry Medvedev', 'Alexander Prokhanov', 'Ismail Haniyeh', 'Hind Rajab',
  ];

  it('has every person the sources name, each spelled as a source spells it', () => {
    const persons = [...factBase.actors.values()].filter((a) => a.type === 'person');
    for (const name of PEOPLE) {
      const person = persons.find((p) => p.spellings.some((s) => s.text.toLowerCase() === name.toLowerCase()));
      assert.ok(person, `no person spelled ${name}`);
      const spelling = person.spellings.find((s) => s.text.toLowerCase() === name.toLowerCase())!;
      assert.ok(Object.keys(spelling.uses).length > 0, `no source uses ${name}`);
    }
    assert.equal(persons.length, PEOPLE.length);
  });

  it('prefers Mousa Abu Marzouk over the other spellings', () => {
    const marzouk = actor('mousa-abu-marzouk');
    assert.equal(marzouk.preferred, 'Mousa Abu Marzouk');
    assert.deepEqual(marzouk.givenNames, ['Mousa', 'Musa', 'Moussa']);
    const variants = marzouk.spellings.filter((s) => !s.preferred).map((s) => [s.text, s.suggestion]);
    assert.deepEqual(variants, [
      ['Musa Abu Marzouk', 'Mousa Abu Marzouk'],
      ['Moussa Abu Marzouk', 'Mousa Abu Marzouk'],
      ['Mousa Abu Marzook', 'Mousa Abu Marzouk'],
    ]);
    assert.equal(marzouk.shortForms.find((s) => s.text === 'Abu Marzouk')!.preferred, true);
    assert.equal(marzouk.shortForms.find((s) => s.text === 'Marzouk')!.preferred, true);
  });

  it('knows Trupanov as a variant of Trufanov', () => {
    const trufanov = actor('alexander-trufanov');
    assert.equal(trufanov.preferred, 'Alexander Trufanov');
    const trupanov = trufanov.spellings.find((s) => s.text === 'Alexander Trupanov')!;
    assert.equal(trupanov.preferred, false);
    assert.equal(trupanov.suggestion, 'Alexander Trufanov');
    assert.deepEqual({ ...trupanov.uses }, { s001: 2 });
    assert.equal(trufanov.shortForms.find((s) => s.text === 'Trupanov')!.suggestion, 'Trufanov');
  });

  it('counts Kharkin, Herkin and Harkin as one person, Maksim Kharkin preferred', () => {
    const kharkin = actor('maksim-kharkin');
    assert.equal(kharkin.preferred, 'Maksim Kharkin');
    assert.deepEqual(
      kharkin.spellings.map((s) => [s.text, { ...s.uses }]),
      [['Maksim Kharkin', { s000: 2 }], ['Maxim Herkin', { s001: 1 }], ['Maxim Harkin', { s003: 1 }]],
    );
  });

  it('gives the hostages their ages as of January 2024 and their home towns', () => {
    const expected: [string, number, string][] = [
      ['andrei-kozlov', 27, 'rishon-lezion'],
      ['alexander-lobanov', 32, 'ashkelon'],
      ['alexander-trufanov', 28, 'nir-oz'],
    ];
    for (const [id, age, hometown] of expected) {
      const attributes = actor(id).attributes;
      const ageFact = attributes.find((a) => a.kind === 'age')!;
      assert.equal(ageFact.value, age, id);
      assert.equal(formatPartialDate(ageFact.asOf!), '2024-01', id);
      assert.equal(ageFact.evidence[0]!.sourceId, 's004');
      assert.equal(attributes.find((a) => a.kind === 'hometown')!.value, hometown, id);
    }
  });

  it('dates the Russian ambassadors to Israel: Shein in February 2017, Viktorov as s002 states', () => {
    const shein = actor('alexander-shein').titles.find((t) => t.title === 'Russian Ambassador to Israel')!;
    assert.equal(formatPartialDate(shein.asOf!), '2017-02');
    assert.equal(shein.organisation, 'russia');
    const viktorov = actor('anatoly-viktorov').titles.find((t) => t.title === 'Russian Ambassador to Israel')!;
    assert.ok(viktorov.wordings.includes('Russian Ambassador to Israel'));
    assert.deepEqual(viktorov.evidence.map((e) => e.sourceId), ['s002']);
  });

  it('keeps time-scoped titles: Mashal Hamas chief in 2006 and former head later, Medvedev a former president', () => {
    const mashal = actor('khaled-mashal').titles;
    assert.equal(formatPartialDate(mashal.find((t) => t.wordings.includes('Hamas chief'))!.asOf!), '2006-03-03');
    assert.equal(mashal.find((t) => t.wordings.includes('former head of Hamas'))!.former, true);
    assert.equal(actor('dmitry-medvedev').titles[0]!.former, true);
    const bogdanov = actor('mikhail-bogdanov').titles.filter((t) => t.title === 'Deputy Foreign Minister');
    assert.deepEqual(bogdanov.map((t) => t.asOf && formatPartialDate(t.asOf)), ['2025-02-03', '2024-01-19', undefined]);
    assert.ok(bogdanov.every((t) => t.wordings.includes('Deputy Head of the Foreign Ministry')));
  });

  it('links members to their organisations', () => {
    assert.deepEqual(actor('mousa-abu-marzouk').memberOf, ['hamas', 'hamas-politburo']);
    assert.deepEqual(actor('basem-naim').memberOf, ['hamas', 'hamas-politburo']);
    assert.deepEqual(actor('mikhail-bogdanov').memberOf, ['russian-foreign-ministry']);
    assert.deepEqual(actor('sergei-lavrov').memberOf, ['russian-foreign-ministry']);
  });
});

describe('organisations and places in the bundled fact base', () => {
  it('has every organisation and place the sources name', () => {
    const expected = {
      organisation: [
        'Hamas', 'Hamas Politburo', 'Islamic Jihad', 'Fatah', 'Palestinian Authority', 'Russian Foreign Ministry',
        'Russian Emergencies Ministry', 'Kremlin', 'TASS', 'RIA Novosti', 'Sputnik', 'Mossad', 'CIA', 'Hezbollah',
        'AFP', 'Getty Images', 'The News of Israel', 'Russian State Duma', 'Supreme Court',
        'Hamas Palestinian Information Center', 'CNN', 'Columbia University',
      ],
      place: [
        'Moscow', 'Gaza Strip', 'Israel', 'Russia', 'Ukraine', 'Damascus', 'Rome', 'Washington', 'Rishon Lezion',
        'Ashkelon', 'Nir Oz', 'Qatar', 'Egypt', 'Iran', 'Lebanon', 'China', 'Indonesia', 'United States',
      ],
    };
    for (const [type, names] of Object.entries(expected)) {
      for (const name of names) {
        const found = [...factBase.actors.values()].find((a) => a.type === type && a.spellings.some((s) => s.text === name));
        assert.ok(found, `no ${type} ${name}`);
      }
    }
  });

  it('counts Gaza apart from Gaza Strip and TASS in any case', () => {
    const gaza = actor('gaza-strip');
    assert.deepEqual(gaza.spellings.map((s) => s.text), ['Gaza Strip']);
    assert.deepEqual(gaza.shortForms.map((s) => s.text), ['Gaza']);
    assert.ok(gaza.shortForms[0]!.preferred);
    // "Russia's TASS media", "Tass.ru/...", "\"TASS\" media" in s000; "according to Tass" in s002.
    assert.deepEqual({ ...actor('tass').spellings[0]!.uses }, { s000: 3, s002: 1 });
  });
});

describe('events in the bundled fact base', () => {
  it('dates the consultations of Friday, January 19 to 2024, day precision, Abu Marzouk and Bogdanov in Moscow', () => {
    const consultations = event('moscow-consultations-2024-01-19');
    assert.deepEqual(consultations.date, { year: 2024, month: 1, day: 19, precision: 'day' });
    assert.equal(consultations.place, 'moscow');
    assert.ok(consultations.participants.includes('mousa-abu-marzouk'));
    assert.ok(consultations.participants.includes('mikhail-bogdanov'));
    assert.ok(consultations.words.includes('consultations'));
    assert.ok(consultations.evidence.some((e) => e.sourceId === 's004' && e.quote.startsWith('On Friday, January 19')));
    assert.match(consultations.note ?? '', /the year is 2024/);
  });

  it('has every dated event with its date and place', () => {
    const expected: [id: string, date: string, until: string | undefined, place: string | undefined, participant: string][] = [
      ['moscow-talks-2006-03-03', '2006-03-03', undefined, 'moscow', 'khaled-mashal'],
      ['mashal-moscow-visits-2006-2010', '2006', '2010', 'moscow', 'khaled-mashal'],
      ['hamdan-moscow-visits-2007-2011', '2007', '2011', 'moscow', 'osama-hamdan'],
      ['prokhanov-book-presentation-2008', '2008', undefined, undefined, 'osama-hamdan'],
      ['lavrov-mashal-damascus-2008', '2008', undefined, 'damascus', 'sergei-lavrov'],
      ['lavrov-mashal-damascus-2009', '2009', undefined, 'damascus', 'khaled-mashal'],
      ['detention-request-ignored-2012', '2012', undefined, undefined, 'hamas'],
      ['shein-interview-2017-02', '2017-02', undefined, undefined, 'alexander-shein'],
      ['haniyeh-lavrov-meeting-2020-03', '2020-03', undefined, undefined, 'ismail-haniyeh'],
      ['abbas-russia-visit-2021', '2021', undefined, 'russia', 'mahmoud-abbas'],
      ['haniyeh-lavrov-meeting-2022-09', '2022-09', undefined, undefined, 'sergei-lavrov'],
      ['october-7-attack-2023-10-07', '2023-10-07', undefined, 'israel', 'hamas'],
      ['moscow-visit-2023-10', '2023-10', undefined, 'moscow', 'hamas'],
      ['moscow-consultations-2024-01-19', '2024-01-19', undefined, 'moscow', 'basem-naim'],
      ['aid-flight-2024-11', '2024-11', undefined, undefined, 'russian-emergencies-ministry'],
      ['bogdanov-phone-call-2025-01-24', '2025-01-24', undefined, undefined, 'mikhail-bogdanov'],
      ['moscow-talks-2025-02-03', '2025-02-03', undefined, 'moscow', 'mousa-abu-marzouk'],
    ];
    for (const [id, date, until, place, participant] of expected) {
      const found = event(id);
      assert.equal(dateOf(found), date, id);
      assert.equal(found.until && formatPartialDate(found.until), until, id);
      assert.equal(found.place, place, id);
      assert.ok(found.participants.includes(participant), `${id} without ${participant}`);
      assert.ok(found.words.length > 0, `${id} has no words`);
    }
  });

  it('leaves undated the events whose source fixes no date, and names where they come from', () => {
    const undated: [id: string, source: string, place: string | undefined][] = [
      ['reconciliation-talks-march-s002', 's002', 'russia'],
      ['moscow-january-visit-s002', 's002', 'moscow'],
      ['moscow-october-visit-s002', 's002', 'moscow'],
      ['moscow-monday-meeting-s002', 's002', 'moscow'],
      ['hostage-release-november-s002', 's002', 'gaza-strip'],
      ['china-reconciliation-meeting-postponed-s002', 's002', 'china'],
      ['abu-marzouk-moscow-arrival-s003', 's003', 'moscow'],
      ['rome-meeting-s003', 's003', 'rome'],
      ['netanyahu-washington-visit', 's001', 'washington'],
      ['moscow-meeting-s001', 's001', 'moscow'],
      ['hamas-moscow-visits-since-2006-03', 's004', 'moscow'],
    ];
    for (const [id, source, place] of undated) {
      const found = event(id);
      assert.equal(found.date, undefined, id);
      assert.equal(found.place, place, id);
      assert.ok(found.evidence.every((e) => e.sourceId === source), id);
    }
  });
});

describe('disagreements in the bundled fact base', () => {
  it('keeps both claims on who holds Trufanov', () => {
    const captor = factBase.disagreements.get('trufanov-captor')!;
    assert.deepEqual(captor.about, ['alexander-trufanov']);
    assert.deepEqual(captor.claims.map((c) => c.value), ['Islamic Jihad', 'Hamas']);
    assert.deepEqual(captor.claims[0]!.evidence.map((e) => e.sourceId), ['s002']);
    assert.ok(captor.claims[1]!.evidence.some((e) => e.sourceId === 's000'));
    const attributes = actor('alexander-trufanov').attributes.filter((a) => a.kind === 'captor').map((a) => a.value);
    assert.deepEqual(attributes, ['islamic-jihad', 'hamas']);
  });

  it('sets claims of different sources against each other in every disagreement', () => {
    assert.ok(factBase.disagreements.size >= 5);
    for (const disagreement of factBase.disagreements.values()) {
      const sourcesPerClaim = disagreement.claims.map((c) => new Set(c.evidence.map((e) => e.sourceId)));
      for (let i = 0; i < sourcesPerClaim.length; i++) {
        for (let j = i + 1; j < sourcesPerClaim.length; j++) {
          const shared = [...sourcesPerClaim[i]!].filter((s) => sourcesPerClaim[j]!.has(s));
          assert.deepEqual(shared, [], `${disagreement.id}: one source on both sides`);
        }
      }
    }
  });

  it('records the hostage counts each source gives', () => {
    const remaining = factBase.disagreements.get('remaining-hostages-count')!;
    assert.deepEqual(remaining.claims.map((c) => c.value), ['more than 130', 'approximately 121']);
    const russian = factBase.disagreements.get('russian-hostages-count')!;
    assert.deepEqual(russian.claims.map((c) => c.value), ['three', 'two']);
  });
});
