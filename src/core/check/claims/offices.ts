// What a title says, whatever its wording: a rank (head, member, spokesperson...), whether it is a
// deputy's, the body it is held in ("politburo", "foreign ministry") and the countries it belongs
// to. The fact base's wordings and a draft's title phrases are read the same way, so that
// "Russia's top diplomat", "head of the Foreign Ministry" and "Foreign Minister" compare equal.

import { DEPUTY_WORDS, DOMAIN_SYNONYMS, GENERIC_RANKS, LONGEST_RANK_WORDS, RANK_WORDS, TITLE_FUNCTION_WORDS, TITLE_MODIFIERS, type Rank } from './lexicon';

export interface Office {
  rank: Rank;
  deputy: boolean;
  /** The words naming the body the title is held in, each read as one key: "politburo", "foreign", "ministry", "hamas". */
  body: ReadonlySet<string>;
  /** Ids of the countries (or other places) the title names: "Russian", "Israel's". */
  countries: ReadonlySet<string>;
  /** "former head", "ex-minister": a title said to be past. */
  former: boolean;
  /** "the then ambassador": a title held at the time of what the sentence tells. */
  then: boolean;
  /** Body keys named side by side with "and" ("transport", "infrastructure" of "Minister of Transport and Infrastructure"): a short title may name one alone. */
  coordinated?: ReadonlySet<string>;
}

/** How the words of a fact base's names and titles read inside a title. */
export interface OfficeWords {
  /** A word (or a demonym such as "russian") naming a place, to that place's id. */
  places: ReadonlyMap<string, string>;
  /** Words that may name a body: every word of an organisation's name, and the words of the sources' title wordings. */
  bodyWords: ReadonlySet<string>;
  /** The head words of the sources' titles that name no general rank ("coroner" of "area coroner for Gloucestershire"), each a rank of its own. */
  trades: ReadonlySet<string>;
  /** Words the sources write before a trade, describing the work, not a body: "able" of "able seaman", "area" of "area coroner". */
  tradeQualifiers: ReadonlySet<string>;
}

/** The first words of the rank words: most words start none, and are told so at once. */
const RANK_FIRST_WORDS = new Set([...RANK_WORDS.keys()].map((words) => words.split(' ')[0]));

/** Where a rank word stands among a phrase's words, and what it is. */
interface RankAt {
  at: number;
  length: number;
  rank: Rank;
  domain: readonly string[];
  deputy: boolean;
}

/** The rank word (of one or more words) starting at `at`, the longest first, else a trade the sources' titles name. */
export function rankAt(words: readonly string[], at: number, vocabulary: OfficeWords): RankAt | undefined {
  if (RANK_FIRST_WORDS.has(words[at])) {
    for (let length = Math.min(LONGEST_RANK_WORDS, words.length - at); length >= 1; length--) {
      const found = RANK_WORDS.get(words.slice(at, at + length).join(' '));
      if (found) return { at, length, rank: found.rank, domain: found.domain ?? [], deputy: found.deputy ?? false };
    }
  }
  return vocabulary.trades.has(words[at]) ? { at, length: 1, rank: `trade:${words[at]}`, domain: [], deputy: false } : undefined;
}

/** The domain keys a run of words starting at `at` stands for (one or two words), and how many words it takes. */
function domainAt(words: readonly string[], at: number, vocabulary: OfficeWords): { keys: readonly string[]; length: number; place?: string } | undefined {
  if (at + 1 < words.length) {
    const pair = DOMAIN_SYNONYMS.get(`${words[at]} ${words[at + 1]}`);
    if (pair) return { keys: pair, length: 2 };
    const place = vocabulary.places.get(`${words[at]} ${words[at + 1]}`);
    if (place) return { keys: [], length: 2, place };
  }
  const word = words[at];
  const synonym = DOMAIN_SYNONYMS.get(word);
  if (synonym) return { keys: synonym, length: 1 };
  const place = vocabulary.places.get(word) ?? vocabulary.places.get(word.replace(/-based$/, ''));
  if (place) return { keys: [], length: 1, place };
  if (vocabulary.bodyWords.has(word)) return { keys: [word], length: 1 };
  return undefined;
}

/**
 * The office a title's words state, or undefined when they name no rank. The first rank word is
 * the title's rank ("press secretary of the president"); rank words after it name the body
 * ("president" stands for the presidency, "minister" for a ministry).
 */
export function officeOf(words: readonly string[], vocabulary: OfficeWords): Office | undefined {
  const body = new Set<string>();
  const countries = new Set<string>();
  let rank: RankAt | undefined;
  let deputy = false;
  let former = false;
  let then = false;
  const coordinated = new Set<string>();
  let keysBeforeAnd: readonly string[] = [];
  for (let at = 0; at < words.length; ) {
    const word = words[at];
    if (word === 'and' && keysBeforeAnd.length > 0) {
      at++;
      continue;
    }
    const modifier = TITLE_MODIFIERS.get(word);
    if (modifier === 'former') former = true;
    if (modifier === 'then') then = true;
    if (DEPUTY_WORDS.has(word)) {
      if (!rank) deputy = true;
      at++;
      continue;
    }
    const found = rankAt(words, at, vocabulary);
    if (found) {
      // "the President's press secretary": a rank owning the title names its body, not the title's rank.
      const owner = words[at + found.length] === 's';
      if (!owner) rank ??= found;
      for (const key of found.domain) body.add(key);
      at += found.length + (owner ? 1 : 0);
      continue;
    }
    const domain = domainAt(words, at, vocabulary);
    if (domain) {
      for (const key of domain.keys) body.add(key);
      if (words[at - 1] === 'and' && keysBeforeAnd.length > 0) for (const key of [...keysBeforeAnd, ...domain.keys]) coordinated.add(key);
      keysBeforeAnd = domain.keys;
      // "Lebanon-based" says where the holder works, not whose office it is.
      const based = words[at + domain.length] === 'based';
      if (domain.place && !based) countries.add(domain.place);
      at += domain.length + (based ? 1 : 0);
      continue;
    }
    keysBeforeAnd = [];
    at++;
  }
  if (!rank) return undefined;
  return { rank: rank.rank, deputy: deputy || rank.deputy, body, countries, former, then, ...(coordinated.size > 0 && { coordinated }) };
}

/** A key telling offices apart by rank, deputy, body and countries (not by former or then). */
export function officeKey(office: Office): string {
  return `${office.rank}|${office.deputy}|${[...office.body].sort().join(' ')}|${[...office.countries].sort().join(' ')}`;
}

/** Whether a word may stand inside a title phrase: a rank, deputy or modifier word, a body or place word, or a function word. */
export function isTitleWord(word: string, vocabulary: OfficeWords): boolean {
  return (
    RANK_WORDS.has(word) || vocabulary.trades.has(word) || DEPUTY_WORDS.has(word) || TITLE_MODIFIERS.has(word) || DOMAIN_SYNONYMS.has(word) ||
    vocabulary.bodyWords.has(word) || vocabulary.tradeQualifiers.has(word) || vocabulary.places.has(word) || vocabulary.places.has(word.replace(/-based$/, '')) || TITLE_FUNCTION_WORDS.has(word)
  );
}

/** An office as the sources give it: one wording's reading, with the words its organisation implies. */
export interface WordedOffice extends Office {
  /** Body words a draft may leave out and still mean this office: its organisation's and that organisation's parents'. */
  implied: ReadonlySet<string>;
  /** The parents' words alone: what a head's title may leave out of the body ("politburo" for the Hamas Politburo). */
  parents: ReadonlySet<string>;
}

/**
 * Whether a draft's office names the same office as one the sources word so, setting aside who is
 * deputy: the same rank, every country the draft's names among the sources', and every body word of the draft's within the
 * sources' (or implied by its organisation). For a head, the sources' body must be named too:
 * "Hamas chief" is not the head of Hamas's foreign relations.
 */
export function sameBody(written: Office, source: WordedOffice): boolean {
  if (written.rank !== source.rank) return false;
  for (const country of written.countries) if (!source.countries.has(country)) return false;
  for (const key of written.body) if (!source.body.has(key) && !source.implied.has(key)) return false;
  if (written.rank !== 'head') return true;
  // "BHT chairman" for "chairman of the trust": the organisation named by another of its forms.
  const namesOrganisation = [...written.body].some((key) => source.implied.has(key));
  // "Transport Minister" for the "Minister of Transport and Infrastructure": one of the body's domains named alone.
  const namesCoordinate = [...written.body].some((key) => source.coordinated?.has(key));
  for (const key of source.body) {
    if (!written.body.has(key) && !source.parents.has(key) && !(namesOrganisation && source.implied.has(key)) && !(namesCoordinate && source.coordinated!.has(key))) return false;
  }
  return true;
}

/**
 * Whether a title written alone ("the Deputy Minister") may refer to an office the sources word
 * so: the same rank and deputy, and all it names within what the sources name. Looser than
 * `sameOffice`, as a title that only refers back need not name the whole body.
 */
export function mayReferTo(written: Office, source: WordedOffice): boolean {
  if (written.rank !== source.rank || written.deputy !== source.deputy) return false;
  for (const country of written.countries) if (!source.countries.has(country)) return false;
  for (const key of written.body) if (!source.body.has(key) && !source.implied.has(key)) return false;
  return true;
}

/** Whether a draft's office is one the sources word so, deputy for deputy. */
export function sameOffice(written: Office, source: WordedOffice): boolean {
  return written.deputy === source.deputy && sameBody(written, source);
}

/** Whether the sources' wording is the draft's office, or the same office with the country left unsaid ("Foreign Minister" for "Russia's foreign minister"). */
export function sameOfficeCountryAside(written: Office, source: WordedOffice): boolean {
  return sameOffice(written, source) || (source.countries.size === 0 && sameOffice({ ...written, countries: new Set() }, source));
}

/**
 * "deputy head" with no body, of someone the draft calls "the mission's deputy head": the sources
 * leave the body unsaid, so the draft's may be it (as a country they leave unsaid may be the draft's).
 */
export function isUnattachedForm(office: Office, worded: WordedOffice): boolean {
  return worded.rank === office.rank && worded.deputy === office.deputy && worded.body.size === 0 && worded.countries.size === 0 && worded.implied.size === 0;
}

/**
 * "head of the mission", as the sources call the person, for the draft's "head of the IEMC observer
 * mission": the sources' wording is a shorter form of the draft's, naming part of the same body.
 */
export function isShorterForm(worded: WordedOffice, office: Office): boolean {
  return worded.body.size > 0 && worded.countries.size === 0 && mayReferTo(worded, { ...office, implied: new Set(), parents: new Set() });
}

/** Whether the countries of two offices are both stated and none in common. */
export function countriesDiffer(written: Office, source: WordedOffice): boolean {
  if (written.countries.size === 0 || source.countries.size === 0) return false;
  for (const country of written.countries) if (source.countries.has(country)) return false;
  return true;
}

/** A generic rank with no body ("an official") says nothing checkable. */
export function isCheckable(office: Office): boolean {
  return !GENERIC_RANKS.has(office.rank) || office.body.size > 0;
}
