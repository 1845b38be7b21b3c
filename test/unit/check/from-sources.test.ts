// Facts as init draws them from a corpus, checked like the bundled ones: titles held from a day
// and of any trade ("coroner", "surveyor"), each trade a rank of its own; titles whose body names
// two domains; ages the sources give at two times.
import { strict as assert } from 'node:assert';
import { checkAgainstSources } from './helpers';

const SOURCE = `Inquest into the dyke breach opens in Goes
Published: 2031-05-02

The inquest into the dyke breach was opened on Tuesday by the area coroner for Zeeland, Joris Baan. The senior coroner for Utrecht, Sanne Vos, sent a statement. Sem Dekker, a chartered land surveyor from Goes, measured the breach.
`;

/** The texts of the draft's findings of a code, checked against what init draws from the sources. */
async function findingsOf(code: string, sources: readonly string[], text: string): Promise<string[]> {
  return (await checkAgainstSources(sources, text)).filter((finding) => finding.code === code).map((finding) => finding.text);
}

const roleConflicts = (text: string) => findingsOf('role-conflict', [SOURCE], text);

const MINISTRY = `Fisheries report
Published: 2031-05-02

Ana Ruiz became Undersecretary of Fisheries in March 2029. Ana Ruiz has been Minister of Fisheries since April 2030.
`;

describe('titles over time, as init reads them', () => {
  it('finds a title used before the day the sources say it was taken up, an undersecretary being a minister\'s deputy', async () => {
    const conflicts = (text: string) => findingsOf('role-conflict', [MINISTRY], text);
    assert.deepEqual(await conflicts('In May 2029, Minister of Fisheries Ana Ruiz met the skippers.'), ['Minister of Fisheries Ana Ruiz']);
    assert.deepEqual(await conflicts('In May 2031, Minister of Fisheries Ana Ruiz met the skippers.'), []);
    assert.deepEqual(await conflicts('In May 2029, Undersecretary of Fisheries Ana Ruiz met the skippers.'), []);
  });

  it('reads a title whose country the sources leave unsaid as the draft\'s, of that country', async () => {
    const earlier = 'Dam safe\nPublished: 2022-07-11\n\nDeputy Energy Minister Nurlan Sadykov said the dam in Kyrgyzstan was safe.\n';
    const later = 'Energy talks\nPublished: 2024-03-05\n\nNurlan Sadykov, 47, a native of Naryn, has been Kyrgyzstan\'s Minister of Energy since January 2023.\n';
    const text = 'In June 2020, the talks were led by Nurlan Sadykov, then Kyrgyz deputy energy minister.';
    assert.deepEqual(await findingsOf('role-conflict', [earlier, later], text), []);
  });

  it('reads a title said with no time of its own at the date of the source the sentence cites', async () => {
    const earlier = 'Dam safe\nPublished: 2022-07-11\n\nDeputy Energy Minister Nurlan Sadykov said the dam was safe. The dam lies in Kyrgyzstan, near the border with Uzbekistan.\n';
    const later = 'Treaty signed\nPublished: 2025-04-23\n\nThe treaty was signed by the Minister of Energy of Kyrgyzstan, Nurlan Sadykov.\n';
    const conflicts = (text: string) => findingsOf('role-conflict', [earlier, later], text);
    assert.deepEqual(await conflicts('Kyrgyz Deputy Energy Minister Nurlan Sadykov called the treaty a model [@s001].'), ['Deputy Energy Minister Nurlan Sadykov']);
    assert.deepEqual(await conflicts('Kyrgyz Deputy Energy Minister Nurlan Sadykov called the dam safe [@s000].'), []);
    assert.deepEqual(await conflicts('Kyrgyz Deputy Energy Minister Nurlan Sadykov called the dam safe.'), []);
  });

  it('reads a state secretary as the deputy of the ministry\'s head', async () => {
    const source = 'Fisheries talks\nPublished: 2031-05-02\n\nAna Ruiz, state secretary at the Ministry of Fisheries, led the talks.\n';
    assert.deepEqual(await findingsOf('role-conflict', [source], 'Ana Ruiz, the deputy fisheries minister, led the talks.'), []);
    assert.deepEqual(await findingsOf('role-conflict', [source], 'Ana Ruiz, the fisheries minister, led the talks.'), ['Ana Ruiz, the fisheries minister']);
  });

  it('reads an undersecretary as the deputy of the ministry\'s head', async () => {
    const source = 'Fisheries report\nPublished: 2031-05-02\n\nAna Ruiz has been Minister of Fisheries since April 2030. The Undersecretary of Fisheries, Piet Mol, attended.\n';
    const text = 'In May 2031, Undersecretary of Fisheries Ana Ruiz signed the plan.';
    assert.deepEqual(await findingsOf('role-conflict', [source], text), ['Undersecretary of Fisheries Ana Ruiz']);
  });

  it('finds a head\'s title used at a time the sources then call the person its deputy, whose body they leave unsaid', async () => {
    const earlier = 'Dyke hearing\nPublished: 2029-05-02\n\nObservers of the Dyke Mission, whose deputy head Ada Stam attended the hearing, said little.\n';
    const later = 'Dyke accord\nPublished: 2031-05-02\n\nThe Head of the Dyke Mission, Ada Stam, signed the accord.\n';
    const conflicts = (text: string) => findingsOf('role-conflict', [earlier, later], text);
    assert.deepEqual(await conflicts('In May 2029, the head of the Dyke Mission, Ada Stam, attended the hearing.'), ['head of the Dyke Mission, Ada Stam']);
    assert.deepEqual(await conflicts('In May 2029, the deputy head of the Dyke Mission, Ada Stam, attended the hearing.'), []);
    assert.deepEqual(await conflicts('In May 2031, the head of the Dyke Mission, Ada Stam, signed the accord.'), []);
  });
});

describe('titles of a trade', () => {
  it('finds a trade the sources give another holder, in another place', async () => {
    assert.deepEqual(await roleConflicts('Joris Baan, the senior coroner for Utrecht, opened the inquest.'), ['Joris Baan, the senior coroner for Utrecht']);
    assert.deepEqual(await roleConflicts('Joris Baan, the area coroner for Zeeland, opened the inquest.'), []);
  });

  it('reads a place before a trade no one else holds there as where the person works or comes from', async () => {
    assert.deepEqual(await roleConflicts('The Goes surveyor Sem Dekker measured the breach.'), []);
    assert.deepEqual(await roleConflicts('The surveyor, Sem Dekker, measured the breach.'), []);
  });

  it('gives no title after an "as" that compares', async () => {
    assert.deepEqual(await roleConflicts('Sanne Vos was never at the same table as the area coroner for Zeeland.'), []);
    assert.deepEqual(await roleConflicts('Sanne Vos came to Goes in May as the area coroner for Zeeland.'), ['Sanne Vos came to Goes in May as the area coroner for Zeeland']);
  });
});

describe('titles naming a country by its form of state', () => {
  it('reads "of the Republic of Zeeland" as the country, not as a body the title must name', async () => {
    const official = 'Accord signed\nPublished: 2031-05-02\n\nThe accord was signed by the Minister of Water Resources of the Republic of Zeeland, Ada Stam.\n';
    const wire = 'Dyke accord\nPublished: 2031-05-03\n\nWater Resources Minister Ada Stam signed the dyke accord in Zeeland on Friday.\n';
    const text = 'Water minister Ada Stam signed the accord [@s000].';
    assert.deepEqual(await findingsOf('citation-unsupported', [official, wire], text), []);
  });
});

describe('given names with the titles init reads', () => {
  it('finds a wrong given name before a surname the draft gives the rank the sources give the person', async () => {
    const source = 'Mine chief resigns\nPublished: 2025-06-04\n\nBoard chair Jonathan Reyes said a search would begin soon.\n';
    assert.deepEqual(await findingsOf('name-mismatch', [source], 'James Reyes, the chair, says a search starts soon.'), ['James Reyes']);
    assert.deepEqual(await findingsOf('name-mismatch', [source], 'Her son, James Reyes, says a search starts soon.'), []);
  });
});

describe('trades many people hold', () => {
  it('does not give a trade of no body to its one holder in the sources alone', async () => {
    const survey = 'Dam survey\nPublished: 2031-05-02\n\nIngrid Solberg, 52, a former hydrologist from the coastal town of Mersund, measured the river. Mehran Tabrizi, 41, ran the pumps. Tabrizi was detained on Friday.\n';
    const release = 'Engineer freed\nPublished: 2031-06-01\n\nMehran Tabrizi, 41, from Kashvar, was freed on Monday, his lawyer said.\n';
    assert.deepEqual(await findingsOf('role-conflict', [survey, release], 'Hydrologist Mehran Tabrizi ran the pumps.'), []);
    assert.deepEqual(await roleConflicts('Sanne Vos, the area coroner for Zeeland, opened the inquest.'), ['Sanne Vos, the area coroner for Zeeland']);
  });

  it('reads the words the sources write before a trade as describing the work, not as a body it is held in', async () => {
    const crew = 'Freighter still held\nPublished: 2031-05-02\n\nPiet Mol, an able seaman, stayed aboard. Jan Kok, 33, from Urk, flew home. Kok said the food ran out.\n';
    assert.deepEqual(await findingsOf('role-conflict', [crew], 'Able seaman Jan Kok flew home.'), []);
  });
});

const CULTURE = `Museum opens in Leiden
Published: 2031-05-02

Minister of Culture and Education Anna Berg opened the museum on Tuesday. Berg, 51, praised the curators.
`;

describe('titles whose body names two domains', () => {
  it('takes a title naming one of the domains alone for the same office, and its deputy for another', async () => {
    const conflicts = (text: string) => findingsOf('role-conflict', [CULTURE], text);
    assert.deepEqual(await conflicts('Culture Minister Anna Berg cut the ribbon.'), []);
    assert.deepEqual(await conflicts('Education Minister Anna Berg cut the ribbon.'), []);
    assert.deepEqual(await conflicts('Deputy Culture Minister Anna Berg cut the ribbon.'), ['Deputy Culture Minister Anna Berg']);
  });
});

const CAPTAIN_2021 = `Freighter held in Damietta
Published: 2021-03-17

The ship's master, Captain Jan Mol, 52, from Urk, stayed aboard. Mol said the crew was calm.
`;
const CAPTAIN_2023 = `Crew of held freighter flies home
Published: 2023-02-16

Captain Jan Mol, 54, flew home to Urk on Thursday. Mol thanked the embassy.
`;

describe('ages the sources give at two times', () => {
  it('compares an age with the one the sources give at its own time, not with one a year or so off at another', async () => {
    const conflicts = (text: string) => findingsOf('age-conflict', [CAPTAIN_2021, CAPTAIN_2023], text);
    assert.deepEqual(await conflicts('When the ship was held in March 2021, Jan Mol, 55, stayed aboard.'), ['55']);
    assert.deepEqual(await conflicts('When the ship was held in March 2021, Jan Mol, 52, stayed aboard.'), []);
    assert.deepEqual(await conflicts('Jan Mol, 54, flew home in February 2023.'), []);
  });
});

const HANDOVER = `Museum changes hands
Published: 2024-07-02

Jan Mol, 49, who has been deputy director since 2018, will take over. Mol, deputy director since 2018, became director on 1 April 2024. The Director of the Delta Museum, Jan Mol, signed the deed in June.
`;

describe('a rank written without its body', () => {
  it('is a shorter wording of the person\'s own title, not their deputy title misnamed', async () => {
    assert.deepEqual(await findingsOf('role-conflict', [HANDOVER], 'Director Jan Mol signed the deed in June 2024.'), []);
  });
});

const MISSION = `Mission changes head
Published: 2025-10-15

The Delta Council's observer mission has a new head. Ana Ruiz, who had headed its mission since August, left on 3 October. Jan Mol, head of the Delta observer mission, took her place. Ruiz, 60, did not comment. Mol, 52, spoke.
`;

describe('a title the sources word shorter', () => {
  it('is the same office as the draft\'s fuller wording of it, not another holder\'s', async () => {
    assert.deepEqual(await findingsOf('role-conflict', [MISSION], 'Ana Ruiz, the former head of the Delta observer mission, left in October.'), []);
  });
});

const HARBOUR = `Harbour notes
Published: 2031-06-10

Hassan Nasser, the harbour master of Tyre, closed the port on Monday. Ali Hassan, the mayor of Tyre, objected.
`;

describe('a one-word name that is one person\'s surname and another\'s given name', () => {
  it('is taken for the title\'s holder named short, not for the other misnamed', async () => {
    assert.deepEqual(await findingsOf('role-conflict', [HARBOUR], 'The harbour master of Tyre, Hassan, closed the port.'), []);
    assert.deepEqual(await findingsOf('role-conflict', [HARBOUR], 'The harbour master of Tyre, Ali Hassan, closed the port.'), ['harbour master of Tyre, Ali Hassan']);
  });
});

const UNSAID_COUNTRY = `Talks in Lisbon
Published: 2031-06-10

Foreign Minister Ana Ruiz arrived in Lisbon on Monday for talks.
`;
const SAID_COUNTRY = `Fisheries pact
Published: 2031-06-12

Russian Foreign Minister Ana Ruiz met her Portuguese counterpart in Moscow on 9 June 2031. She said Russia wanted a fisheries pact.
`;

describe('a source that words a title without its country', () => {
  it('tells of the title the draft gives with the country, for a citation of it', async () => {
    const unsupported = (text: string) => findingsOf('citation-unsupported', [UNSAID_COUNTRY, SAID_COUNTRY], text);
    assert.deepEqual(await unsupported("Ana Ruiz, Russia's top diplomat, went to Lisbon [@s000]."), []);
    assert.deepEqual(await unsupported("Ana Ruiz, Russia's top diplomat, met her counterpart in Moscow [@s001]."), []);
  });
});

const LISBON = `Talks in Lisbon
Published: 2031-05-03

On 2 May 2031 the delegation led by Ana Ruiz arrived in Lisbon for talks.
`;

describe('a name in capitals that no source and no English names a place', () => {
  it('is an outlet\'s or a body\'s, not a place contradicting the sources\'', async () => {
    const places = (text: string) => findingsOf('place-conflict', [LISBON], text);
    assert.deepEqual(await places('The delegation of Ana Ruiz held talks on 2 May 2031, as reported in RTP.'), []);
    assert.deepEqual(await places('The delegation of Ana Ruiz held talks in Porto on 2 May 2031.'), ['Porto']);
  });
});

const MARCH = `March in Gouda
Published: 2031-05-03

On 2 May 2031 about 3,000 people marched through Gouda behind the Polder Collective. On 2 May 2031 Ana Ruiz, of the Polder Collective, arrived in Delft for talks.
`;

describe('a place a march went through', () => {
  it('is the march\'s place; one a trip passes through is none', async () => {
    const expected: [string, string[]][] = [
      ['On 2 May 2031 the Polder Collective marched through Leiden.', ['Leiden']],
      ['On 2 May 2031 the Polder Collective marched through Gouda.', []],
      ['On 2 May 2031 Ana Ruiz travelled through Leiden and arrived in Delft for talks.', []],
    ];
    for (const [draft, places] of expected) assert.deepEqual(await findingsOf('place-conflict', [MARCH], draft), places, draft);
  });
});

const RESIGNED = `Housing row
Published: 2031-06-10

Ana Ruiz, who resigned as deputy mayor for housing in May 2031, denied the charges on Monday.
`;
const SHORTER = `Trial opens
Published: 2031-09-02

Gouda's former deputy mayor Ana Ruiz appeared in court on Tuesday.
`;

describe('a cited source that words the title shorter', () => {
  it('tells of the draft\'s fuller wording of the same office', async () => {
    const draft = 'The former deputy mayor for housing, Ana Ruiz, appeared in court [@s001].';
    assert.deepEqual(await findingsOf('citation-unsupported', [RESIGNED, SHORTER], draft), []);
  });
});
