// The English a claim is read with, whatever the sources: the words that name a rank or office, the
// words that name kinds of event, the words that refer back to someone named before. Every table
// here is general vocabulary; what a fact base adds (its own title and event words) comes on top.

/**
 * What a title says a person is, once its wording is set aside: one of English's general ranks, or
 * a trade a fact base's titles name by their head word ("coroner", "surveyor"), each its own rank.
 */
export type Rank = 'head' | 'member' | 'official' | 'representative' | 'spokesperson' | 'ambassador' | 'aide' | `trade:${string}`;

/** Whether a rank is a trade a fact base's titles name, rather than one of English's general ranks. */
export function isTrade(rank: Rank): rank is `trade:${string}` {
  return rank.startsWith('trade:');
}

/** Ranks that name one office at a time in a body: a second holder at the same time contradicts the first. */
export const SINGLE_HOLDER_RANKS: ReadonlySet<Rank> = new Set(['head', 'ambassador']);

/** Ranks that say little more than belonging, which many hold at once: compatible with any office in the same body. */
export const GENERIC_RANKS: ReadonlySet<Rank> = new Set(['member', 'official', 'representative']);

interface RankWord {
  rank: Rank;
  /** Words of the body the rank word implies: "minister" heads a ministry. */
  domain?: readonly string[];
  deputy?: boolean;
}

/**
 * Rank words, one or more words each (normalised, joined by spaces). "prime minister" heads a
 * government, "minister" a ministry, "president" a presidency; "number two" is a deputy head.
 */
export const RANK_WORDS: ReadonlyMap<string, RankWord> = new Map<string, RankWord>([
  ...['head', 'heads', 'headed', 'chief', 'chiefs', 'leader', 'chairman', 'chairwoman', 'chair', 'chairs', 'chaired', 'chairperson', 'director', 'boss', 'commander', 'secretary-general', 'secretary general']
    .map((word): [string, RankWord] => [word, { rank: 'head' }]),
  ['minister', { rank: 'head', domain: ['ministry'] }],
  ['fm', { rank: 'head', domain: ['ministry', 'foreign'] }],
  ['top diplomat', { rank: 'head', domain: ['ministry', 'foreign'] }],
  ['chief diplomat', { rank: 'head', domain: ['ministry', 'foreign'] }],
  ['prime minister', { rank: 'head', domain: ['government'] }],
  ['premier', { rank: 'head', domain: ['government'] }],
  ['pm', { rank: 'head', domain: ['government'] }],
  ['president', { rank: 'head', domain: ['presidency'] }],
  ['number one', { rank: 'head' }],
  ['in charge of', { rank: 'head' }],
  ['number two', { rank: 'head', deputy: true }],
  // "Undersecretary of Mining", "state secretary at the Ministry of Fisheries": a minister's deputy.
  ...['undersecretary', 'under-secretary', 'under secretary', 'state secretary'].map((word): [string, RankWord] => [word, { rank: 'head', domain: ['ministry'], deputy: true }]),
  ['no. 2', { rank: 'head', deputy: true }],
  ['second-in-command', { rank: 'head', deputy: true }],
  ['second in command', { rank: 'head', deputy: true }],
  ...['member', 'members'].map((word): [string, RankWord] => [word, { rank: 'member' }]),
  ...['official', 'officials', 'figure', 'functionary', 'cadre'].map((word): [string, RankWord] => [word, { rank: 'official' }]),
  ...['representative', 'rep', 'envoy', 'emissary', 'special representative', 'point man'].map((word): [string, RankWord] => [word, { rank: 'representative' }]),
  ...['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'press sec', 'press officer', 'mouthpiece'].map((word): [string, RankWord] => [word, { rank: 'spokesperson' }]),
  ...['ambassador', 'amb'].map((word): [string, RankWord] => [word, { rank: 'ambassador' }]),
  ...['aide', 'adviser', 'advisor', 'assistant', 'counsellor', 'counselor'].map((word): [string, RankWord] => [word, { rank: 'aide' }]),
]);

/** The longest rank word, in words. */
export const LONGEST_RANK_WORDS = Math.max(...[...RANK_WORDS.keys()].map((words) => words.split(' ').length));

/** Words before a rank that make it a deputy's: "deputy head", "vice chairman". */
export const DEPUTY_WORDS: ReadonlySet<string> = new Set(['deputy', 'dep', 'vice']);

/** Words about when or how a title is held, kept apart from what the title is. */
export const TITLE_MODIFIERS: ReadonlyMap<string, 'former' | 'then' | 'current' | 'other'> = new Map([
  ['former', 'former'], ['ex', 'former'], ['ex-', 'former'], ['erstwhile', 'former'], ['onetime', 'former'], ['one-time', 'former'], ['late', 'former'],
  ['then', 'then'], ['then-', 'then'],
  ['current', 'current'], ['incumbent', 'current'], ['sitting', 'current'], ['present', 'current'],
  ['acting', 'other'], ['interim', 'other'], ['senior', 'other'], ['top', 'other'], ['longtime', 'other'], ['long-time', 'other'], ['long-serving', 'other'],
  ['veteran', 'other'], ['special', 'other'], ['de facto', 'other'], ['key', 'other'], ['leading', 'other'], ['prominent', 'other'],
]);

/** Words that name the body a title is held in, read as one key: "political wing" is the politburo. */
export const DOMAIN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['politburo', ['politburo']],
  ['political bureau', ['politburo']],
  ['political wing', ['politburo']],
  ['political office', ['politburo']],
  ['political leadership', ['politburo']],
  // "Hamas's political chief": the head of its political bureau.
  ['political', ['politburo']],
  ['ministry', ['ministry']],
  ['ministries', ['ministry']],
  ['foreign affairs', ['foreign']],
  ['foreign office', ['foreign', 'ministry']],
  ['mfa', ['foreign', 'ministry']],
  ['foreign-relations', ['foreign', 'relations']],
  ['presidential', ['presidency']],
  ['presidency', ['presidency']],
  ['government', ['government']],
  ['cabinet', ['government']],
  ['intelligence', ['intelligence']],
  ['diplomatic', ['foreign']],
  ['diplomacy', ['foreign', 'ministry']],
]);

/** Words that never name a body inside a title: "the head of the ...". */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'for', 'to', 'and', 'its', 'his', 'her', 'their', 's', 'a', 'an', 'in', 'on', 'at', "'s", 'group', 'movement', 'organisation', 'organization', 'country', 'countries', 'state', 'affairs', 'republic', 'kingdom', 'federation']);

/**
 * Kinds of event and the words that name them in any inflection (by stem, see `stemOf`): a draft's
 * word of the same kind as a fact base event's word may name that event, less surely than the
 * source's own word.
 */
export const EVENT_KINDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['meeting', ['meet', 'met', 'meeting', 'gather', 'convene', 'reconvene', 'held', 'talk', 'consultation', 'consult', 'discussion', 'discuss', 'negotiation', 'negotiate', 'round', 'session', 'conference', 'summit', 'sat', 'sit', 'receive', 'received', 'reception', 'host', 'hosted', 'encounter', 'sitting', 'see', 'saw', 'seen']],
  ['visit', ['visit', 'trip', 'journey', 'travel', 'travelled', 'traveled', 'arrive', 'arrival', 'came', 'come', 'went', 'flew', 'fly', 'stay', 'mission', 'landing', 'land', 'landed', 'stopover', 'tour', 'reached']],
  ['call', ['call', 'phone', 'telephone', 'conversation', 'spoke', 'speak', 'rang', 'rung', 'ring']],
  ['interview', ['interview', 'told', 'tell', 'stated']],
  ['delivery', ['aid', 'delivery', 'deliver', 'sent', 'send', 'shipment', 'ship', 'flight', 'airlift', 'consignment', 'convoy', 'cargo']],
  ['attack', ['attack', 'assault', 'raid', 'massacre', 'incursion', 'strike', 'onslaught', 'rampage']],
  ['release', ['release', 'freed', 'free', 'freeing', 'handed', 'handover', 'liberation', 'liberate']],
  ['presentation', ['presentation', 'present', 'launch', 'unveil', 'unveiling']],
  ['request', ['request', 'ask', 'asked', 'demand', 'appeal', 'plea']],
]);

/** Stems of verbs that name an event only together with a word naming it: "held talks", "talks were held". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['hold']);

/** Stems of verbs that name a meeting only with no object: "were due to gather in Rome"; "gathered experts" names none. */
export const OBJECTLESS_MEETING_VERBS: ReadonlySet<string> = new Set(['gather', 'conven', 'reconven']);

/** Words that may follow a verb used without an object: a preposition, an adverb of time or place, a conjunction. */
export const AFTER_OBJECTLESS_VERB: ReadonlySet<string> = new Set(['in', 'at', 'to', 'on', 'for', 'with', 'of', 'again', 'there', 'here', 'near', 'outside', 'around', 'today', 'tomorrow', 'later', 'once', 'twice', 'and', 'but', 'behind', 'after', 'before', 'soon']);

/** Stems of verbs that name a meeting only with a person as their object: "saw him", "seen Lavrov"; "saw it as" names none. */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set(['see', 'saw', 'seen']);

/**
 * Words of a kind of event so common in other senses ("came out", "sat on the board", "sent a
 * letter") that a source's quote using them does not make them that event's own word.
 */
export const COMMON_EVENT_WORDS: ReadonlySet<string> = new Set(['come', 'came', 'go', 'went', 'sit', 'sat', 'stay', 'receive', 'received', 'send', 'sent', 'ask', 'asked', 'tell', 'told', 'stated', 'free', 'host', 'hosted', 'present', 'call', 'land', 'stop', 'round', 'session', 'mission', 'ship', 'strike']);

/** "ten days after", "a week before": a span counted from another event. */
export const COUNTED_SPAN = String.raw`\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:days?|weeks?|months?|years?)[ \t]+(?:before|after|ahead[ \t]+of|prior[ \t]+to)\b`;

/** Words that make a sentence speak of another occurrence than the one the sources date: "met again in March". */
export const OTHER_OCCURRENCE_WORDS: ReadonlySet<string> = new Set([
  'another', 'new', 'next', 'upcoming', 'future', 'planned', 'plan', 'plans', 'scheduled', 'expected', 'will', 'would',
  'subsequent', 'follow-up', 'further', 'fresh', 'repeat', 'anniversary',
]);

/** Pronouns that refer back to the last person named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);

/** The person pronouns that stand as a clause's subject: in an entry about someone, that person. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Pronouns that, opening a paragraph, carry on from the one before: "They met on Friday." */
export const OPENING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'his', 'her', 'their']);

/** Nouns that, after "the", refer back to the last organisation named: "the delegation", "the group". */
export const ORGANISATION_BACK_REFERENCES: ReadonlySet<string> = new Set(['delegation', 'group', 'movement', 'organisation', 'organization', 'faction', 'party', 'side', 'ministry', 'agency', 'delegates']);

/** Verbs of saying: what follows them and "that" is what was said. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'saying', 'told', 'tells', 'telling', 'stated', 'states', 'added', 'adding', 'noted', 'noting', 'argued', 'arguing', 'claimed', 'claiming',
  'insisted', 'insisting', 'explained', 'explaining', 'warned', 'warning', 'declared', 'announced', 'stressed', 'stressing', 'emphasised', 'emphasized',
]);

/** Prepositions that make an event the topic of a piece of work: "a briefing on the talks". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'into', 'regarding', 'concerning']);

/** Verbs whose object, after "to", is what a gathering talks of: "met to unpack the talks". */
export const TOPIC_VERBS: ReadonlySet<string> = new Set(['discuss', 'unpack', 'analyse', 'analyze', 'examine', 'review', 'debate', 'assess', 'dissect']);

/** Things made or given about an event, with dates of their own. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'briefing', 'briefings', 'lecture', 'seminar', 'webinar', 'panel', 'report', 'reports', 'article', 'articles', 'story', 'book', 'film', 'documentary',
  'podcast', 'episode', 'paper', 'study', 'essay', 'column', 'editorial', 'piece', 'commentary', 'note', 'memo', 'thread', 'post', 'hearing', 'debate',
]);

/** Verbs that order or ask for an act, which is then still to come: "ordered the recount", "urged Hamas to release" (no form also a noun: "repeated the demand by phone"). */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set([
  'ordered', 'demanded', 'urge', 'urges', 'urged', 'instruct', 'instructs', 'instructed',
  'directed', 'authorised', 'authorized', 'required', 'proposed',
]);
