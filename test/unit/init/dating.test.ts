import * as assert from 'node:assert/strict';
import { findDates, formatDate } from '../../../src/core/init/dates';
import { initFactBase } from '../../../src/core/init';
import { publishedOf } from '../../../src/core/init/source-info';

describe('init: dates', () => {
  it('reads dates at the precision they are written', () => {
    const text = 'On February 3, 2025 they met; on 4 March 2025 again, in April 2025 a third time, and on January 19 once more, as in 2008.';
    assert.deepEqual(findDates(text).map(formatDate), ['2025-02-03', '2025-03-04', '2025-04', undefined, '2008']);
    assert.deepEqual(findDates('February 30, 2025').map(formatDate), []);
  });

  it('dates a document by its published line, else by the latest date it mentions', () => {
    assert.equal(publishedOf('Strike talks\nPublished: March 2, 2026\nThe strike began on March 1, 2026, and ends on April 9, 2026.')?.date, '2026-03-02');
    const latest = publishedOf('The strike began on March 1, 2026 and ended on March 12, 2026.');
    assert.equal(latest?.date, '2026-03-12');
    assert.match(latest!.inferred, /latest date the text mentions/);
    assert.equal(publishedOf('Talks of March 3, 2006 were recalled; in September 2022 they met again.')?.date, '2022-09');
    assert.equal(publishedOf('No date at all here.'), undefined);
  });

  it('dates the events of courts, elections, disasters, reports, deals, retractions, orders and protests that news tells of', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'The Gouda court upheld the fine on March 3, 2026. A recount was held on March 9, 2026. The dyke breach of April 2, 2026 flooded the polder.\nThe study was published on May 5, 2026, and the loan was approved on May 20, 2026. The journal retracted it on June 9, 2026. The board ordered a recount on June 12, 2026. Police dispersed protesters on June 14, 2026. On June 20, 2026 about 3,000 people marched through Gouda, demanding an inspection.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words]), [
      ['2026-03-03', ['upheld']],
      ['2026-03-09', ['recount']],
      ['2026-04-02', ['breach']],
      ['2026-05-05', ['published', 'study']],
      ['2026-05-20', ['approved', 'loan']],
      ['2026-06-09', ['retracted']],
      ['2026-06-12', ['recount', 'ordered']],
      ['2026-06-14', ['protesters']],
      ['2026-06-20', ['marched']],
    ]);
  });

  it('dates the decisions of courts and agencies: rights annulled, a licence granted, a ban imposed', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'The tribunal annulled the water rights on 15 March 2022. The agency granted the licence on 22 May 2018, and the ministry imposed a ban on 11 June 2024.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words[0]]), [
      ['2018-05-22', 'granted'],
      ['2022-03-15', 'annulled'],
      ['2024-06-11', 'ban'],
    ]);
  });

  it('names an event by what its verb acts on too: the object, or the subject of a passive', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'The harbour lease, worth 9 million euros, was signed on 2 April 2027 by Mayor Joana Reis. The port board approved the dredging plan on 9 April 2027, and the survey was published on 12 April 2027.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words]), [
      ['2027-04-02', ['signed', 'lease']],
      ['2027-04-09', ['approved', 'plan']],
      ['2027-04-12', ['published', 'survey']],
    ]);
  });

  it('takes no year from a date that anchors a comparison or a span, nor from a year alone long before the document', () => {
    const text = 'Quota agreed\nPublished: 2031-10-30\n\nThe commission has held talks each autumn since 1976. The session ended on 25 October with the lowest quota since 1991.';
    const events = initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => [event.date, event.words[0]]);
    assert.deepEqual(events, [['2031-10-25', 'session']]);
  });

  it('dates events, and marks for review a year taken from elsewhere', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'Mayor Lotte Bakker visited Gouda on March 3, 2026.\nOn March 9, the union held talks with Lotte Bakker in Gouda.' },
    ]);
    const events = factBase.events.map((event) => [event.date, event.words, event.place, event.participants, event.review !== undefined]);
    assert.deepEqual(events, [
      ['2026-03-03', ['visited'], 'gouda', ['lotte-bakker'], false],
      ['2026-03-09', ['talks'], 'gouda', ['lotte-bakker'], true],
    ]);
  });
});

describe('init: the year of a date written without one', () => {
  it('is the year of the document\'s date, or the one before for a later day of a stated date, before that of a date written earlier', () => {
    const dated = (text: string) => initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => event.date);
    assert.deepEqual(dated('GOUDA, March 12, 2026 - Aid was last sent in November 2025.\nOn February 24, Mayor Lotte Bakker held talks in Gouda.'), ['2025-11', '2026-02-24']);
    assert.deepEqual(dated('GOUDA, March 12, 2026 - Mayor Lotte Bakker held talks in Gouda on December 2.'), ['2025-12-02']);
    assert.deepEqual(dated('GOUDA, South Holland, 12 March 2026 (Delta Wire) - A protest in Gouda on 11 March ended late.'), ['2026-03-11']);
  });
});

describe('init: a year said relative to the document\'s', () => {
  it('counts "last year" and "next year" from the document\'s date', () => {
    const dated = (text: string) => initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => [event.date, event.review]);
    assert.deepEqual(dated('Ferry strike ends\nBy Joris Veld | 9 May 2031\n\nSkipper Wim Hoek said the ceremony on 14 June last year had changed nothing.'), [['2030-06-14', undefined]]);
  });

  it('takes the year of a date written before it in its paragraph before the document\'s', () => {
    const text = 'Ferry strike ends\nBy Joris Veld | 9 May 2031\n\nSkipper Wim Hoek was arrested in Harlingen on 15 November 2029. Two weeks later, on 2 December, Mayor Ada Stam resigned.\nA vigil was held on 2 May.';
    const events = initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => [event.date, event.words]);
    assert.deepEqual(events, [['2029-11-15', ['arrested']], ['2029-12-02', ['resigned']], ['2031-05-02', ['vigil']]]);
  });

  it('takes the next year for a day earlier in the year than the date told before it, unless that was later than the document or the sentence looks back, and never a past day after the document', () => {
    const text = 'Ferry strike ends\nBy Joris Veld | 9 May 2031\n\nThe inquiry opened on 15 November 2029. The unions met on 4 June.\nThe ferry strike began on 15 November 2030. The union held a vigil on 2 June.\nTalks began on 3 October 2028. The union had met on 4 June.\nElections are due in 2032. The court ruled on 12 March.';
    const events = initFactBase([{ name: 'a.txt', text }]).factBase.events.map((event) => [event.date, event.words[0]]);
    assert.deepEqual(events, [['2028-06-04', 'met'], ['2028-10-03', 'talks'], ['2029-11-15', 'opened'], ['2030-06-02', 'vigil'], ['2030-06-04', 'met'], ['2030-11-15', 'strike'], ['2031-03-12', 'ruled'], ['2032', 'elections']]);
  });
});

describe('init: a participant told of by "he" or "she"', () => {
  it('is the last person named before in the paragraph, when the sentence names none', () => {
    const text = 'The skipper Wim Hoek fell out with the council in 2029. On 15 November 2029 he was arrested in Harlingen.\nOn 2 December 2029 she was arrested in Urk.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.participants]), [['2029-11-15', ['wim-hoek']], ['2029-12-02', []]]);
  });

  it('is the last person named before too when the sentence names someone after the pronoun', () => {
    const text = 'Minister Wim Hoek, 55, went abroad in 2029. On 19 October 2029 he travelled to Urk, where he met Mayor Ada Stam. Stam, 60, spoke.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.participants.sort()]), [['2029-10-19', ['ada-stam', 'wim-hoek']]]);
  });
});

describe('init: a weekday fixes a year', () => {
  it('takes the first year from the document’s on which the day falls on its weekday, for review', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'On Friday, January 19, union leader Ines Brand held talks in Gouda.\nIts deadline of October 7, 2023 was recalled.' }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.review]), [['2024-01-19', 'the source gives no year: 2024 is the first year from 2023 in which that day falls on the weekday it names']]);
  });
});

describe('init: several dates in one sentence', () => {
  it('reads a stretch of years and a second year, and makes an event of each date', () => {
    assert.deepEqual(findDates('between 2006 and 2010, from 2007 to 2011, in 2008 and 2009').map((date) => [formatDate(date), date.untilYear]), [
      ['2006', 2010],
      ['2007', 2011],
      ['2008', undefined],
      ['2009', undefined],
    ]);
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'Union leader Ines Brand met Mayor Tom Baas in Gouda in March 2020 and September 2022.\nInes Brand visited Gouda between 2006 and 2010.' }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.until, event.words, event.place]), [
      ['2006', '2010', ['visited'], 'gouda'],
      ['2020-03', undefined, ['met'], 'gouda'],
      ['2022-09', undefined, ['met'], 'gouda'],
    ]);
  });
});

describe('init: the words that name a dated event', () => {
  it('are the words near the nearest one in its clause, never those of another clause', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'On May 4, 2026, Mayor Lotte Bakker held talks with the union in Gouda, again urging the release of the detained strikers.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => event.words), [['talks']]);
  });

  it('are those of the date\'s clause, though a word of another clause stands nearer', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'The unions held talks on the rules for the port of Gouda in June 2026, but no release.' }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words]), [['2026-06', ['talks']]]);
  });

  it('are not those of a further phrase of the clause that the date does not date', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'The council stressed the release of workers held during protests on May 6, 2026 in Gouda.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words]), [['2026-05-06', ['protests']]]);
  });

  it('take no participant from a further predicate after the date: "met on 2 May and appointed Ana Ruiz"', () => {
    const text = 'The board of the Gouda Port Company met on May 2, 2026 and appointed Ana Ruiz, 41, as its director. Ruiz spoke later.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const ruiz = factBase.actors.find((actor) => actor.name === 'Ana Ruiz');
    assert.ok(ruiz);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.participants.includes(ruiz.id)]), [['2026-05-02', false]]);
  });

  it('take no participant from a clause of what was said, nor a place that speaks as a state: ", again stressing Lisbon\'s interest in Ana Ruiz"', () => {
    const text = 'Minister Wim Hoek held talks with the Gouda Port Company on May 2, 2026, again stressing Lisbon\'s interest in the release of Ana Ruiz, 41. Ruiz is held in Porto. Hoek flew back to Lisbon.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const ruiz = factBase.actors.find((actor) => actor.name === 'Ana Ruiz');
    assert.ok(ruiz);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.participants.includes(ruiz.id), event.place]), [['2026-05-02', false, undefined]]);
  });

  it('name a sitting by the body that met, when the verb has no object, and take no one the sentence owes what it says to', () => {
    const text = 'The board met for the first time on May 2, 2026, according to a Velox statement. The delegation met Ana Ruiz on May 9, 2026. The court transferred the case to Porto on May 12, 2026.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.words, event.participants.some((id) => id.includes('velox'))]), [
      ['2026-05-02', ['met', 'board'], false],
      ['2026-05-09', ['met'], false],
      ['2026-05-12', ['transferred', 'case'], false],
    ]);
  });

  it('take the place a kind of place stands for, never the name describing it ("in the Sahili capital, Qadira")', () => {
    const text = 'Talks were held in the Sahili capital, Qadira, on May 2, 2026. Sahili officials spoke. On May 9, 2026, Minister Ana Ruiz travelled to the Sahili capital for talks.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.place]), [['2026-05-02', 'qadira'], ['2026-05-09', undefined]]);
  });

  it('are joined with those of the same kind of event another document dates to the month only', () => {
    const { factBase } = initFactBase([
      { name: 'a.txt', text: 'Mayor Ana Ruiz inaugurated the Delta Dam on 14 March 2026, before a crowd.' },
      { name: 'b.txt', text: 'The Delta Dam, inaugurated in March 2026 by Mayor Ana Ruiz, filled slowly. Ruiz, 50, spoke.' },
    ]);
    assert.deepEqual(factBase.events.map((event) => [event.date, event.evidence.map((item) => item.source)]), [['2026-03-14', ['s000', 's001']]]);
  });

  it('are none for a date in the clause of an event the sentence refers to ("the first since the spill that ... on 14 March")', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'The inspection, the first since the spill that poisoned the river on 14 March 2026, was led by Mayor Jan Mol. Mol, 50, spoke.' }]);
    assert.deepEqual(factBase.events.map((event) => event.date), []);
  });

  it('keep a second word that names the same event close by: "arrived ... for talks"', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'Mayor Lotte Bakker arrived in Gouda for talks on May 7, 2026.' }]);
    assert.deepEqual(factBase.events.map((event) => event.words), [['talks', 'arrived']]);
  });

  it('reads home towns and places of residence from an apposition, after an age too, and a title after the age', () => {
    const text = 'Ana Ruiz, 39, the director of the Dune Trust, said on May 2, 2026 that Ivo Brabec, 44, a Delft native, and Eva Kral, who grew up in Gouda, would come. Piet Mol, 50, a fisherman from Urk, agreed. Jan Vos, the mayor, and Lies Bos, who lives in Ede, left. Ida Wit, a member of Hamas, met them in Ede, Gouda, Delft and Urk.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const homes = (name: string) => factBase.actors.find((actor) => actor.name === name)?.attributes.filter((attribute) => attribute.kind !== 'age').map((attribute) => [attribute.kind, attribute.value]);
    assert.deepEqual(homes('Ivo Brabec'), [['hometown', 'delft']]);
    assert.deepEqual(homes('Eva Kral'), [['hometown', 'gouda']]);
    assert.deepEqual(homes('Piet Mol'), [['hometown', 'urk']]);
    assert.deepEqual(homes('Lies Bos'), [['residence', 'ede']]);
    assert.deepEqual(homes('Jan Vos'), []);
    assert.deepEqual(homes('Ida Wit'), []);
    assert.deepEqual(factBase.actors.find((actor) => actor.name === 'Ana Ruiz')?.titles.map((title) => title.title), ['Director of the Dune Trust']);
  });

  it('reads an age and a home town in a relative clause after the apposition', () => {
    const text = 'Skipper\nBy Joris Veld | 9 May 2031\n\nWe met Wim Hoek, the harbour master of Harlingen Port, who is 49 and comes from Urk. Ada Stam, 29, a skipper who was born in Edam, agreed. Both sail from Urk and Edam.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const facts = (name: string) => factBase.actors.find((actor) => actor.name === name)?.attributes.map((attribute) => [attribute.kind, attribute.value, attribute.asOf]);
    assert.deepEqual(facts('Wim Hoek'), [['hometown', 'urk', undefined], ['age', 49, '2031-05-09']]);
    assert.deepEqual(facts('Ada Stam'), [['hometown', 'edam', undefined], ['age', 29, '2031-05-09']]);
  });

  it('reads an age and a home town told by "he" or "she" for the last person named before in the paragraph, for review', () => {
    const text = 'Skipper\nBy Joris Veld | 9 May 2031\n\nA court fined Wim Hoek in 2029. Now 59, he lives in his native Urk.\nAda Stam spoke. A native of Edam and a skipper by trade, she sails daily.\nHe was born in Gouda.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const facts = (name: string) => factBase.actors.find((actor) => actor.name === name)?.attributes.map((attribute) => [attribute.kind, attribute.value, attribute.review !== undefined]);
    assert.deepEqual(facts('Wim Hoek'), [['age', 59, true], ['hometown', 'Urk', true]]);
    assert.deepEqual(facts('Ada Stam'), [['hometown', 'Edam', true]]);
  });
});
