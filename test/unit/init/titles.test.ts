import * as assert from 'node:assert/strict';
import { initFactBase } from '../../../src/core/init';

function titlesOf(text: string, name: string): string[][] {
  const { factBase } = initFactBase([{ name: 'a.txt', text }]);
  const actor = factBase.actors.find((candidate) => candidate.name === name);
  assert.ok(actor, `${name} is drawn from: ${factBase.actors.map((candidate) => candidate.name).join(', ')}`);
  return actor.titles.map((title) => [title.title, ...title.wordings]);
}

/** The titles init draws for each named person from the text, each read through `fields`. */
function titleFieldsOf<T>(text: string, fields: (title: InitTitle) => T): (name: string) => T[] | undefined {
  const { factBase } = initFactBase([{ name: 'a.txt', text }]);
  return (name) => factBase.actors.find((actor) => actor.name === name)?.titles.map(fields);
}

type InitTitle = ReturnType<typeof initFactBase>['factBase']['actors'][number]['titles'][number];

describe('init: titles', () => {
  it('reads a title whose complement opens with "for" before the name, leaving the name its own', () => {
    const text = 'Vice-Rector for Research Lena Dias chaired the panel on May 1, 2026. Dias, 54, spoke.';
    assert.deepEqual(titlesOf(text, 'Lena Dias'), [['Vice-Rector for Research', 'Vice-Rector for Research'], ['Head of the panel', 'chaired the panel']]);
  });

  it('reads a title before a name, in capitals or not, and keeps an organisation before it apart', () => {
    const text = 'FBI Director Laura Chen met Dutch intelligence chief Rik Mol and Mayor of Utrecht Sanne Vos on May 1, 2026.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const byName = new Map(factBase.actors.map((actor) => [actor.name, actor]));
    assert.deepEqual(byName.get('Laura Chen')?.titles.map((title) => [title.title, title.organisation]), [['Director', 'fbi']]);
    assert.equal(byName.get('FBI')?.type, 'organisation');
    assert.deepEqual(titlesOf(text, 'Rik Mol'), [['Intelligence chief', 'Dutch intelligence chief']]);
    assert.deepEqual(titlesOf(text, 'Sanne Vos'), [['Mayor of Utrecht', 'Mayor of Utrecht']]);
  });

  it('gives a title that names its body by a word the last organisation named ends in ("chairman of the trust") that organisation', () => {
    const text = 'The Brill Harbour Trust won the bid on May 2, 2026. Its founder spoke first. Piet Mol, chairman of the trust, said work would start soon.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const trust = factBase.actors.find((actor) => actor.name === 'Brill Harbour Trust');
    assert.deepEqual(factBase.actors.find((actor) => actor.name === 'Piet Mol')?.titles.map((title) => [title.title, title.organisation]), [['Chairman of the trust', trust?.id]]);
  });

  it('reads common words after "of" as the title\'s, the name starting after them', () => {
    const text = 'Minister of Public Works Daan Smit opened the dam on May 1, 2026. The public works there were late, and the other works too.';
    assert.deepEqual(titlesOf(text, 'Daan Smit'), [['Minister of Public Works', 'Minister of Public Works']]);
    assert.deepEqual(titlesOf('Mayor of Utrecht Sanne Vos spoke on May 1, 2026, of utrecht.', 'Sanne Vos'), [['Mayor of Utrecht', 'Mayor of Utrecht']]);
  });

  it('reads a title in an apposition and a title run before a comma', () => {
    assert.deepEqual(titlesOf('The talks were led by Joost Kok, a member of the Works Council, on May 2, 2026.', 'Joost Kok'), [['Member of the Works Council', 'member of the Works Council']]);
    assert.deepEqual(titlesOf('In 2017, Dutch Ambassador to Chile, Bram Wolters, spoke.', 'Bram Wolters'), [['Ambassador to Chile', 'Dutch Ambassador to Chile']]);
  });

  it('reads a trade in an apposition as a title, its head not among the title words, though no kin or state one is in', () => {
    const text = 'The ferry was sold on May 2, 2031, by the harbour assessor for Zeeland, Joris Baan, to 1,200 buyers. The boatbuilder, Mila Vink, objected. Her nephew, Tom Vink, was there; so was the hostage, Ruud Kaan.\nThe deal came through Sem Dekker, a chartered land surveyor from Goes, and Luuk Hart, chief engineer of the Zeeland Dyke and Water Systems Authority, who grew up in Goes.';
    assert.deepEqual(titlesOf(text, 'Joris Baan'), [['Harbour assessor for Zeeland', 'harbour assessor for Zeeland']]);
    assert.deepEqual(titlesOf(text, 'Mila Vink'), [['Boatbuilder', 'boatbuilder']]);
    assert.deepEqual(titlesOf(text, 'Tom Vink'), []);
    assert.deepEqual(titlesOf(text, 'Ruud Kaan'), []);
    assert.deepEqual(titlesOf(text, 'Sem Dekker'), [['Chartered land surveyor', 'chartered land surveyor']]);
    assert.deepEqual(titlesOf(text, 'Luuk Hart').map(([title]) => title), ['Chief engineer of the Zeeland Dyke and Water Systems Authority']);
  });

  it('reads a trade right before a name as its title only after an article, and no title holding a relative clause', () => {
    const text = 'On May 2, 2031, the assessor Joris Baan met surveyor Sem Dekker and Ada Stam, the younger of the two women who found the wreck.';
    assert.deepEqual(titlesOf(text, 'Joris Baan'), [['Assessor', 'assessor']]);
    assert.deepEqual(titlesOf(text, 'Sem Dekker'), []);
    assert.deepEqual(titlesOf(text, 'Ada Stam'), []);
  });

  it('reads the head of a body named by its verb ("previously headed the directorate"), past when the verb says so, and no head of talks', () => {
    const text = 'Review ordered\nPublished: 2031-05-06\n\nSanne Vos, who previously headed the agency\'s trials directorate, spoke. Ana Ruiz led the talks on Monday. Wim Hoek, who leads the Dyke Council, spoke.';
    const titles = titleFieldsOf(text, (title) => [title.title, title.wordings, title.former === true]);
    assert.deepEqual(titles('Sanne Vos'), [["Head of the agency's trials directorate", ["previously headed the agency's trials directorate"], true]]);
    assert.deepEqual(titles('Ana Ruiz'), []);
    assert.deepEqual(titles('Wim Hoek'), [['Head of the Dyke Council', ['leads the Dyke Council'], false]]);
  });

  it('reads a title with "-General" and a courtesy title with its dot between a title and the name', () => {
    const text = 'Trial halted\nPublished: 2031-09-12\n\nAgency Director-General Dr. Sanne Vos told reporters in Utrecht that the trial was halted. Dr. Wim Hoek, 44, agreed.';
    assert.deepEqual(titlesOf(text, 'Sanne Vos').map(([title]) => title), ['Agency Director-General']);
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.actors.find((actor) => actor.name === 'Wim Hoek')?.attributes.map((attribute) => attribute.value), [44]);
  });

  it('reads a title taken up as held from the day its sentence names, else as of the document\'s date', () => {
    const text = 'Fisheries report\nPublished: 2031-05-02\n\nAda Stam became Undersecretary of Fisheries in March 2029. Wim Hoek, 47, a native of Urk, has been Minister of Fisheries since April 2030. Piet Mol, who was sworn in as Harbour Master last Friday, spoke. Sem Dekker replaced Piet Mol as Mayor of Urk on 2 February 2030. Jan Vos, who was promoted to Port Director in the reshuffle of 12 April, spoke too.';
    const times = titleFieldsOf(text, (title) => [title.title, title.from, title.asOf]);
    assert.deepEqual(times('Ada Stam'), [['Undersecretary of Fisheries', '2029-03', undefined]]);
    assert.deepEqual(times('Wim Hoek'), [['Minister of Fisheries', '2030-04', undefined]]);
    assert.deepEqual(times('Piet Mol'), [['Harbour Master', undefined, '2031-05-02']]);
    assert.deepEqual(times('Sem Dekker'), [['Mayor of Urk', '2030-02-02', undefined]]);
    // A day without its year, in a dated document: that year, or the one before when the day comes later.
    assert.deepEqual(times('Jan Vos'), [['Port Director', '2031-04-12', undefined]]);
  });

  it('reads a title before the surname alone, as the fuller title the person has, never as one of another rank', () => {
    const text = 'Deputy Minister of Fisheries Wim Hoek met skippers in Harlingen on May 1, 2031.\nLater Deputy Minister Hoek spoke again, and Minister Hoek was named in one report.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    const hoek = factBase.actors.find((actor) => actor.name === 'Wim Hoek')!;
    assert.deepEqual(hoek.titles.map((title) => [title.title, title.wordings, title.evidence.map((item) => item.quote)]), [
      ['Deputy Minister of Fisheries', ['Deputy Minister of Fisheries'], ['Deputy Minister of Fisheries Wim Hoek', 'Deputy Minister Hoek']],
      ['Minister', ['Minister'], ['Minister Hoek']],
    ]);
  });

  it('reads "and" inside a title\'s "of" phrase as the title\'s, and makes no name of the words after it', () => {
    const text = 'The plan was signed by Ada Stam, Minister of Fisheries and Coastal Management, on May 1, 2031.\nOn May 2, 2031, the Deputy Minister of Fisheries and Coastal Management Wim Hoek agreed with the plan after long talks. Coastal management is costly.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.actors.filter((actor) => actor.type === 'person').map((actor) => [actor.name, actor.titles.map((title) => title.title)]), [
      ['Ada Stam', ['Minister of Fisheries and Coastal Management']],
      ['Wim Hoek', ['Deputy Minister of Fisheries and Coastal Management']],
    ]);
  });

  it('reads an abstract noun after "and" inside a title\'s "of" phrase as the title\'s, though the documents never write it in lower case', () => {
    const text = 'Minister of Energy and Infrastructure Jana Kowalczyk opened the plant on May 1, 2031. Kowalczyk, 51, spoke briefly.';
    assert.deepEqual(titlesOf(text, 'Jana Kowalczyk'), [['Minister of Energy and Infrastructure', 'Minister of Energy and Infrastructure']]);
    assert.deepEqual(titlesOf(text.replace(/Energy/g, 'Housing'), 'Jana Kowalczyk'), [['Minister of Housing and Infrastructure', 'Minister of Housing and Infrastructure']]);
  });

  it('reads a domain of offices after "of" as the title\'s ("Minister of Maritime Affairs")', () => {
    const text = 'Minister of Maritime Affairs Piet Kramer opened the dock on May 2, 2026. Kramer, 50, spoke.';
    assert.deepEqual(titlesOf(text, 'Piet Kramer'), [['Minister of Maritime Affairs', 'Minister of Maritime Affairs']]);
  });

  it('reads an apposition\'s title held "at" a body, and one that a relative clause follows', () => {
    const text = 'The talks were chaired by Jan Mol, a senior mediator at the Dutch Office for Mediation and Arbitration (DOMA), on May 1, 2026. Later Jan Mol, the senior DOMA mediator whom the labour minister chose in March after six weeks of strikes at the port of Delfzijl, spoke again.';
    assert.deepEqual(titlesOf(text, 'Jan Mol').map(([title]) => title), ['Senior mediator at the Dutch Office for Mediation and Arbitration', 'Senior DOMA mediator']);
  });

  it('reads a title opening a sentence though the documents write its head in lower case', () => {
    const text = 'The minister arrived late. Minister of Housing Jana Kowalczyk opened the plant on May 1, 2031. Kowalczyk, 51, spoke briefly.';
    assert.deepEqual(titlesOf(text, 'Jana Kowalczyk'), [['Minister of Housing', 'Minister of Housing']]);
  });

  it('reads the head of a body named by its verb with "a" too, up to a relative clause ("chaired a panel that found")', () => {
    const text = 'On May 1, 2026 Vice-Rector Lena Dias chaired a panel that found the images altered. Dias, 54, spoke.';
    assert.deepEqual(titlesOf(text, 'Lena Dias').map(([title]) => title), ['Vice-Rector', 'Head of a panel']);
  });

  it('reads an apposition\'s title held "since" a date as taken up then, the date no word of the title', () => {
    const text = 'Inquiry hears rector\nPublished: 2018-07-10\n\nThe committee heard Ana Ruiz, rector of Delta University since 2 May 2017, and others. Ruiz, 54, spoke.';
    assert.deepEqual(titleFieldsOf(text, (title) => [title.title, title.from])('Ana Ruiz'), [['Rector of Delta University', '2017-05-02']]);
  });

  it('dates a title taken up by the date told after it, or after "since", not by the sentence\'s first date', () => {
    const text = 'Museum handover\nPublished: 2024-07-02\n\nAna Ruiz retired on 31 March 2024 and was succeeded by Jan Mol, 49, who has been deputy director since 2018. Mol, deputy director since 2018, became director on 1 April 2024.';
    assert.deepEqual(titleFieldsOf(text, (title) => [title.title, title.from])('Jan Mol'), [['Deputy director', '2018'], ['Director', '2024-04-01']]);
    const relative = 'Museum handover\nPublished: 2024-07-02\n\nJan Mol, 49, who has been deputy director since 2018, will take over. Mol spoke.';
    assert.deepEqual(titleFieldsOf(relative, (title) => [title.title, title.from])('Jan Mol'), [['Deputy director', '2018']]);
  });

  it('reads a title taken over, and the head of a mission or delegation by its verb, past after "had"', () => {
    const text = 'Mission changes head\nPublished: 2025-10-15\n\nThe hearing came after Jan Mol, who took over as head of the observer mission on 3 October, met the chair. Ana Ruiz, who had headed its mission since August, left. Mol, 52, spoke. Ruiz, 60, did not.';
    const titles = titleFieldsOf(text, (title) => [title.title, title.from ?? (title.former ? 'former' : '')]);
    assert.deepEqual(titles('Jan Mol'), [['Head of the observer mission', '2025-10-03']]);
    assert.deepEqual(titles('Ana Ruiz'), [['Head of the mission', 'former']]);
  });

  it('reads a title whose "of" names the body opening the run of names, and one in capitals opening a caption before a comma', () => {
    const text = 'Dyke talks\nPublished: 2026-05-04\n\nThe delegation headed by the deputy head of the board\'s Council Jan Mol arrived on 3 May 2026. Deputy Chairman of the Council of the Delta movement Rijn, Jan Mol at the ministry.';
    assert.deepEqual(titlesOf(text, 'Jan Mol').map(([title]) => title), ["Deputy head of the board's Council", 'Deputy Chairman of the Council of the Delta movement Rijn']);
    assert.deepEqual(titlesOf('Talks\nPublished: 2026-05-04\n\nDeputy Minister Ana Ruiz met Jan Mol, Piet Kok and others on 3 May 2026. Kok, 40, left. Ruiz spoke.', 'Piet Kok'), []);
  });

  it('reads a rank written in lower case before a capitalised title as the title\'s ("deputy Foreign Minister")', () => {
    const text = 'Talks\nPublished: 2026-02-04\n\nOn January 24, deputy Foreign Minister Piet Kok phoned them. Kok, 60, spoke.';
    assert.deepEqual(titlesOf(text, 'Piet Kok'), [['Deputy Foreign Minister', 'deputy Foreign Minister']]);
  });

  it('gives no name the title and name of the next person in a list ("William Burns, Mossad chief David Barnea, ...")', () => {
    const text = 'Talks in Rome\nPublished: 2024-01-27\n\nCIA Director Wim Hoek, Mossad chief Jan Mol, and Egyptian intelligence chief Piet Kok meet in Rome on Sunday. Hoek, 67, spoke. Mol said nothing.';
    assert.deepEqual(titlesOf(text, 'Wim Hoek').map(([title]) => title), ['CIA Director']);
    const own = 'Talks\nPublished: 2024-01-27\n\nAda Stam, now Halvia\'s Deputy Foreign Minister, flew in. Dr Ida Wit, head of the toxicology unit at Delta General Hospital, spoke. Stam, 50, left. Wit, 44, stayed.';
    assert.deepEqual(titlesOf(own, 'Ada Stam').map(([title]) => title), ['Deputy Foreign Minister']);
    assert.deepEqual(titlesOf(own, 'Ida Wit').map(([title]) => title), ['Head of the toxicology unit at Delta General Hospital']);
  });

  it('reads a title said of the name with "is", and takes an abbreviated one for it', () => {
    const text = 'Ada Stam, 42, is the director of the Wadden Trust (WT), the group that sued on May 1, 2031.\nIts director, Ada Stam, spoke again on May 9, 2031.';
    assert.deepEqual(titlesOf(text, 'Ada Stam'), [['Director of the Wadden Trust', 'director of the Wadden Trust']]);
  });

  it('reads an organisation\'s title before a comma, and a former title with "former" inside it', () => {
    const text = 'WFU\'s chief executive, Ada Stam, spoke on May 1, 2031.\nOn May 9, 2031, Wim Hoek, the union\'s former head, spoke too.';
    const titles = titleFieldsOf(text, (title) => [title.title, title.organisation, title.former]);
    assert.deepEqual(titles('Ada Stam'), [['Chief executive', 'wfu', undefined]]);
    assert.deepEqual(titles('Wim Hoek'), [['Union\'s head', undefined, true]]);
  });

  it('gives no name the title of the next name in a list, and reads a title that opens at an article inside a clause', () => {
    const text = 'The deal was signed on May 1, 2031 by the Minister of Fisheries of the Kingdom of Frisia, Ada Stam, and the Mayor of Harlingen, Wim Hoek.\nOn May 9, 2031, Ada Stam, as Minister of Fisheries, spoke again.';
    const titles = titleFieldsOf(text, (title) => [title.title, title.evidence.length]);
    assert.deepEqual(titles('Ada Stam'), [['Minister of Fisheries of the Kingdom of Frisia', 2]]);
    assert.deepEqual(titles('Wim Hoek'), [['Mayor of Harlingen', 1]]);
  });

  it('leaves out a title held of someone named before that no fuller title of the person completes', () => {
    const text = 'On May 1, 2031, skippers blocked the port of Harlingen. Their leader, Wim Hoek, spoke, and Ada Stam, his deputy, agreed.';
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.deepEqual(factBase.actors.filter((actor) => actor.type === 'person').map((actor) => [actor.name, actor.titles]), [['Wim Hoek', []], ['Ada Stam', []]]);
  });

  it('leaves the place of a body out of the title', () => {
    const text = 'On May 1, 2031, Ada Stam, director of the Wadden Museum in Harlingen, met skippers in Harlingen.';
    assert.deepEqual(titlesOf(text, 'Ada Stam'), [['Director of the Wadden Museum', 'director of the Wadden Museum']]);
  });

  it('reads a title a verb gives or takes away, and a former one completes a short title', () => {
    const text = 'Dune Mining chief executive Ada Stam spoke on May 1, 2031.\nOn June 2, 2031, Ada Stam resigned as chief executive of Dune Mining, and the board named Wim Hoek, its treasurer, as interim chief executive with immediate effect. Jan Vos, who was promoted to Deputy Mayor of Ede in 2030, was there. Mayor of Urk Piet Kok, who was promoted from alderman in the reshuffle of 2029, spoke.';
    const titles = titleFieldsOf(text, (title) => [title.title, title.former === true]);
    assert.deepEqual(titles('Ada Stam'), [['Chief executive of Dune Mining', false], ['Chief executive of Dune Mining', true]]);
    assert.deepEqual(titles('Wim Hoek'), [['Interim chief executive', false]]);
    assert.deepEqual(titles('Jan Vos'), [['Deputy Mayor of Ede', false]]);
    assert.deepEqual(titles('Piet Kok'), [['Mayor of Urk', false], ['Alderman', true]]);
  });

  it('takes no adjective or sentence-opening word for a name', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'Senior union official Tom Baas said a Rotterdam-based firm would pay. Senior staff agreed.' }]);
    assert.deepEqual(
      factBase.actors.map((actor) => actor.name),
      ['Tom Baas'],
    );
  });

  it('reads a title that opens a clause before a comma, and a former title as former', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'On May 2, 2026, the new chairman of the Works Council, Joost Kok, met Lies Mol, former mayor of Gouda, in Delft.' }]);
    const titles = (name: string) => factBase.actors.find((actor) => actor.name === name)?.titles.map((title) => [title.title, title.asOf, title.former, title.evidence[0]!.quote]);
    assert.deepEqual(titles('Joost Kok'), [['Chairman of the Works Council', '2026-05-02', undefined, 'new chairman of the Works Council, Joost Kok']]);
    assert.deepEqual(titles('Lies Mol'), [['Mayor of Gouda', undefined, true, 'Lies Mol, former mayor of Gouda']]);
  });
});

describe('init: a bare title before a comma', () => {
  it('reads names and a title head set off by commas as the title of the name after them', () => {
    assert.deepEqual(titlesOf('Leading the walkout, Union chief, Marta Bos, spoke in Delft on May 3, 2026.', 'Marta Bos'), [['Union chief', 'Union chief']]);
  });

  it('gives no title from a clause that is not a title alone', () => {
    assert.deepEqual(titlesOf('After meeting Union chief, Marta Bos spoke in Delft on May 3, 2026.', 'Marta Bos'), []);
  });
});

describe('init: the title of a work', () => {
  it('names no place or person inside a quoted title after the word for the work', () => {
    const { factBase } = initFactBase([{ name: 'a.txt', text: 'In 2019, Pim Hout presented his book "A Journey to Zeeland Bay" in Gouda.' }]);
    const names = factBase.actors.map((actor) => actor.name);
    assert.ok(names.includes('Gouda'), names.join(', '));
    assert.ok(!names.some((name) => /Zeeland/.test(name)), names.join(', '));
  });

  it('keeps a sentence-opening title word that the documents also write in lower case', () => {
    const text = 'Deputy Health Minister Rosa Lind said on May 4, 2026 that the deputy would stay.';
    assert.deepEqual(titlesOf(text, 'Rosa Lind'), [['Deputy Health Minister', 'Deputy Health Minister']]);
  });

  it('reads "the Minister of Foreign Affairs of Chile, Marta Rojas" as one title, with no actor "Affairs"', () => {
    const text = 'The Minister of Foreign Affairs of Chile, Marta Rojas, arrived on May 1, 2026, and the Minister of Mining of Peru, Luis Vega, followed.';
    assert.deepEqual(titlesOf(text, 'Marta Rojas'), [['Minister of Foreign Affairs of Chile', 'Minister of Foreign Affairs of Chile']]);
    assert.deepEqual(titlesOf(text, 'Luis Vega'), [['Minister of Mining of Peru', 'Minister of Mining of Peru']]);
    const { factBase } = initFactBase([{ name: 'a.txt', text }]);
    assert.ok(!factBase.actors.some((actor) => actor.name === 'Affairs'));
  });

  it('takes no clause before a comma for a title', () => {
    assert.deepEqual(titlesOf('The working groups were headed by two deputy governors, Pavel Novak and Eva Dvorak.', 'Pavel Novak'), []);
  });

  it('reads a title joined to its prefix, and dates a "then" title by its sentence, without the country', () => {
    const text = "Published 3 June 2026. The plant opened on 2 March 2019 with Ivo Brabec, then Slovakia's Minister of Economy, and Jana Kral, vice-president for lending of the Danube Bank.";
    const titles = titleFieldsOf(text, (title) => [title.title, title.asOf]);
    assert.deepEqual(titles('Ivo Brabec'), [['Minister of Economy', '2019-03-02']]);
    assert.deepEqual(titles('Jana Kral'), [['Vice-president for lending of the Danube Bank', '2026-06-03']]);
  });
});
