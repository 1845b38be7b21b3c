// The English words `init` reads names, titles, dates and events by: general vocabulary of news
// writing, not names of any corpus.

import { isGivenName } from '../check/claims/english';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that head a title: "Foreign Minister", "intelligence chief", "a member of". Lower case. */
export const TITLE_HEADS = words(`
  minister president premier chancellor secretary director chairman chairwoman chairperson chair chief head
  spokesman spokeswoman spokesperson mayor governor ambassador envoy representative senator commissioner
  king queen prince princess emir sultan sheikh pope bishop archbishop rabbi imam judge justice captain
  colonel general lieutenant sergeant commander inspector officer leader member official adviser advisor
  councillor councilor alderman executive ceo manager administrator coordinator speaker deputy attorney
  editor correspondent reporter analyst lawyer negotiator mediator founder owner organiser organizer
  steward superintendent dean rector professor aide master undersecretary
`);

/** A title's head word, in any case, or joined to a prefix: "Minister", "vice-president", "co-chair". */
export function isTitleHead(word: string): boolean {
  const lower = word.toLowerCase();
  // "vice-president", "co-chair"; "Director-General", "attorney-general".
  return TITLE_HEADS.has(lower) || TITLE_HEADS.has(/^(?:vice|co|deputy|ex|under|sub)-(\p{L}+)$/u.exec(lower)?.[1] ?? '') || TITLE_HEADS.has(/^(\p{L}+)-general$/u.exec(lower)?.[1] ?? '');
}

/** Words after a title's head that open its complement: "Minister of", "Ambassador to", "Vice-Rector for". */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'to', 'for']);

/** Endings of abstract nouns, which a name has seldom (and then a given name: "Clement"): "Infrastructure", "Development", "Security". */
const ABSTRACT_NOUN_ENDING = /(?:tion|sion|ment|ity|ics|ology|ture|ness|ship|ism)$/;

/**
 * Whether a capitalised word is a common word, no name's: one the documents also write in lower
 * case, a domain of offices ("Affairs"), or an abstract noun by its ending (a ministry's
 * "Infrastructure" the texts never write in lower case).
 */
export function isCommonWord(word: string, lowerCaseWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return lowerCaseWords.has(lower) || OFFICE_DOMAINS.has(lower) || (lower.length > 6 && ABSTRACT_NOUN_ENDING.test(lower) && !isGivenName(lower));
}

/** What ministries and offices are of: "Maritime Affairs", "Justice", "Labour". Lower case. */
const OFFICE_DOMAINS = words(`
  affairs defence defense justice health finance labour labor interior trade industry energy agriculture
  transport housing culture education environment tourism sport sports fisheries works resources welfare
  commerce economy treasury research science technology communications media arts heritage
`);

/**
 * Nouns for a person that are no office held: kin, company, a state one is in. "his nephew, Liam
 * Dowling" and "the hostage, Ana Ruiz" give no title. Lower case.
 */
export const NOT_OFFICES = words(`
  aunt auntie uncle brother sister son daughter father mother dad daddy mom mommy mum mummy parent
  grandparent grandfather grandmother grandpa grandma grandson granddaughter grandchild nephew niece neice
  cousin wife husband spouse fiance bride groom boyfriend girlfriend lover sweetheart friend pal mate buddy
  chum comrade colleague coworker acquaintance neighbor neighbour stranger enemy foe kin kinsman kinswoman
  baby child boy girl man woman lad lass person human somebody nobody anybody youth teenager toddler infant
  hostage prisoner captive victim refugee survivor witness immigrant exile native citizen inhabitant resident
  tourist visitor guest tenant orphan veteran character soul beings population phrase
`);

/** Words that may stand before a title's head inside it: "Deputy Foreign", "senior", "port". Lower case. */
export const TITLE_MODIFIERS = words(`
  deputy vice senior junior acting interim former first second prime foreign interior defence defense
  finance economy economic labour labor transport health justice energy trade education security intelligence
  military police union port city state regional national general assistant associate executive chief
  special top lead principal managing political press presidential royal
`);

/** Words that make a title another rank, or one of another time: a deputy minister is no minister, a former one no longer. Lower case. */
export const RANK_MODIFIERS = words('deputy vice acting interim first second assistant associate junior senior co under sub former ex then retired late');

/** Courtesy titles written before a name. */
export const HONORIFICS = words('mr mrs ms miss dr prof sir dame lord lady');

/** Last words of organisation names. Lower case. */
export const ORGANISATION_HEADS = words(`
  ministry council agency party movement union committee commission bank university college court authority
  center centre institute organization organisation association federation front army forces force navy
  service services office department bureau group company corporation corp inc ltd llc plc foundation
  network news times post press agency parliament assembly senate congress duma police guard brigades
  board trust fund alliance coalition league society club chamber church school hospital administration
  government cabinet politburo directorate command tribunal panel mission delegation
  resources minerals metals energy holdings industries enterprises partners consortium monitor
`);

/** Last words of place names: "Kyrgyz Republic", "Sary River", "Fergana Valley". Lower case. */
/** Nouns for a kind of place a name is said with: "the city of Osh", "the Sahili capital, Qadira". Lower case. */
export const PLACE_KINDS = words('capital city town port village region province district municipality county oblast');

export const PLACE_HEADS = words(`
  republic kingdom emirate emirates region province district county oblast prefecture municipality
  river lake reservoir valley mountains mountain hills island islands peninsula sea bay gulf strait coast desert
  village town city square street avenue road bridge
`);

/** Lower-case words a name may hold between its capitalised words: "bin", "al", "van der". */
export const NAME_PARTICLES = words('al el bin ibn bint de da di del della van von der den le la du dos das');

/** Words that put a place after them: "in Moscow", "from Nir Oz". */
export const PLACE_PREPOSITIONS = words('in from to at near into across outside inside toward towards via');

/** Words after a place that make someone its own: "a Delft native", "Gouda residents". */
export const RESIDENT_WORDS = words('native natives resident residents');

/** Verbs whose object is mostly a place: "visited Moscow", "left Gaza". */
export const PLACE_VERBS = words('visited visiting visit left leaving reached entered toured flew travelled traveled returned arrived');

/** Capitalised words that begin sentences and headings but are no names. */
export const FUNCTION_WORDS = words(`
  the a an on in at of for to from by with without about after before during since until while when where
  as and but or nor so yet if though although because despite among amid between within according
  however meanwhile moreover also additionally furthermore instead indeed still then thus therefore this
  that these those there here it its he she they we you i his her their our my your who what which whom
  whose why how all some many most several both each every any no not one two three four five six seven
  eight nine ten last next earlier later today yesterday tomorrow tonight recently late early over under
  upon against around again such other another only just even more less much very analysis summary
  executive report skip main content read see watch photo video image file note update updated published
  breaking exclusive live opinion editorial given why
`);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** In the order of `Date.getUTCDay`. */
export const WEEKDAYS = words('sunday monday tuesday wednesday thursday friday saturday');

/** Words that name an event, each with the word it is listed under. */
export const EVENT_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    talks: 'talks', talk: 'talks', negotiations: 'negotiations', negotiated: 'negotiations',
    meeting: 'meeting', meetings: 'meeting', met: 'meeting', meets: 'meeting', meet: 'meeting',
    visit: 'visit', visits: 'visit', visited: 'visit', visiting: 'visit', arrived: 'visit', arrival: 'visit', trip: 'visit',
    consultations: 'consultations', conversation: 'call', conversations: 'call', call: 'call', called: 'call', phoned: 'call',
    summit: 'summit', conference: 'conference', interview: 'interview', attack: 'attack', attacks: 'attack', attacked: 'attack',
    strike: 'strike', strikes: 'strike', walkout: 'strike', protest: 'protest', protests: 'protest', rally: 'protest', march: 'protest', marched: 'protest', protested: 'protest',
    election: 'election', elections: 'election', vote: 'election', signed: 'agreement', agreement: 'agreement', deal: 'agreement',
    released: 'release', release: 'release', freed: 'release', arrested: 'arrest', arrest: 'arrest', detained: 'arrest',
    ceremony: 'ceremony', hearing: 'hearing', trial: 'hearing', ruling: 'hearing', presentation: 'presentation',
    exhibition: 'exhibition', launched: 'launch', opened: 'launch', announced: 'announcement', announcement: 'announcement',
    sent: 'delivery', delivered: 'delivery', delivery: 'delivery', blockade: 'strike', blocked: 'strike', stoppage: 'strike',
    resigned: 'resignation', resignation: 'resignation', resigns: 'resignation', stepped: 'resignation',
    appointed: 'appointment', appointment: 'appointment', named: 'appointment', elected: 'election', confirmed: 'appointment', sworn: 'appointment',
    inspection: 'inspection', inspected: 'inspection', testified: 'testimony', testimony: 'testimony', testify: 'testimony',
    vigil: 'vigil', funeral: 'funeral', memorial: 'memorial', inquiry: 'inquiry', investigation: 'inquiry', hearings: 'hearing', session: 'meeting',
    collapse: 'accident', collapsed: 'accident', accident: 'accident', explosion: 'accident', fire: 'accident', crash: 'accident',
    verdict: 'hearing', sentenced: 'hearing', charged: 'arrest', filed: 'filing', lawsuit: 'filing', report: 'report', briefing: 'briefing',
    convicted: 'hearing', conviction: 'hearing', acquitted: 'hearing', overturned: 'hearing', promoted: 'appointment',
    groundbreaking: 'ceremony', inaugurated: 'ceremony', inauguration: 'ceremony', rallied: 'protest', rallies: 'protest', demonstration: 'protest',
    gathered: 'meeting', convened: 'meeting', hosted: 'meeting', received: 'meeting', voted: 'election', ballot: 'election', referendum: 'election',
    ruled: 'hearing', decision: 'hearing', judgment: 'hearing', judgement: 'hearing', upheld: 'hearing', appeal: 'hearing', appealed: 'hearing',
    fined: 'hearing', guilty: 'hearing', acquittal: 'hearing', inquest: 'hearing', arguments: 'hearing',
    transferred: 'transfer', transfer: 'transfer', relocated: 'transfer',
    round: 'election', runoff: 'election', 'run-off': 'election', recount: 'election', recounted: 'election', polls: 'election',
    flood: 'accident', flooded: 'accident', flooding: 'accident', breach: 'accident', rockfall: 'accident', landslide: 'accident',
    earthquake: 'accident', spill: 'accident', published: 'report', publication: 'report', survey: 'report', study: 'report',
    approved: 'agreement', approval: 'agreement', loan: 'agreement', contract: 'agreement', treaty: 'agreement', accord: 'agreement',
    memorandum: 'agreement', settlement: 'agreement', settled: 'agreement', seized: 'arrest', seizure: 'arrest', boarded: 'arrest',
    detention: 'arrest', raided: 'arrest', raid: 'arrest', dismissed: 'dismissal', dismissal: 'dismissal', sacked: 'dismissal',
    toured: 'visit', tour: 'visit', travelled: 'visit', traveled: 'visit', evacuated: 'evacuation', evacuation: 'evacuation',
    found: 'discovery', discovered: 'discovery', discovery: 'discovery', unearthed: 'discovery', uncovered: 'discovery',
    annulled: 'hearing', annulment: 'hearing', quashed: 'hearing', voided: 'hearing', indicted: 'hearing', indictment: 'hearing',
    granted: 'decision', revoked: 'decision', revocation: 'decision', suspended: 'decision', suspension: 'decision', banned: 'decision',
    ban: 'decision', imposed: 'decision', lifted: 'decision', licensed: 'decision', decree: 'decision', decreed: 'decision',
    retracted: 'retraction', retraction: 'retraction', withdrawn: 'retraction', ordered: 'decision', orders: 'decision',
    protesters: 'protest', demonstrators: 'protest',
  }),
);

/** Verbs that make words a clause, not a title: "were", "has", "led". Lower case. */
export const CLAUSE_VERBS = words('is are was were be been being has have had do does did will would shall should can could may might must led');

/** Verbs of saying: a name before one is a person's or an organisation's, not a place's. */
export const SPEECH_VERBS = words('said says told stated added reported announced claimed confirmed warned noted asked replied wrote urged');

/** "according to ", "according to a ": before whom words are owed to (a person or a body), who is neither a place nor one taking part. */
export const ATTRIBUTED_TO = /\baccording to (?:(?:a|an|the)\s+)?$/i;

/** Endings of words for peoples and their adjectives: "Russian", "Israeli", "Dutch". */
export const DEMONYM_ENDING = /(?:ian|ean|ese|ish|ic|i|ch|an)$/;
