// What the claim rules look up in a fact base: offices by holder, events by word, kind and
// participant, home places and ages by person, and which places are countries. Built once per
// fact base and never changed after.

import type { Actor, AttributeFact, Disagreement, EventFact, FactBase, PartialDate, TitleFact } from '../../factbase/types';
import { perFactBase } from '../per-fact-base';
import { normalizeWord, phraseTokens } from '../tokens';
import { daySpan, type DaySpan } from '../when';
import { COMMON_EVENT_WORDS, EVENT_KINDS, LIGHT_VERBS, RANK_WORDS, TITLE_FUNCTION_WORDS, TITLE_MODIFIERS, DEPUTY_WORDS, DOMAIN_SYNONYMS } from './lexicon';
import { officeOf, type OfficeWords, type WordedOffice } from './offices';
import { stemOf } from '../../text/stems';
import { QuoteIndex } from '../quote-index';
import { countryOfCapital } from './english';

/** One title of a person, read once per wording the sources use. */
export interface HeldOffice {
  holder: Actor;
  title: TitleFact;
  offices: readonly WordedOffice[];
  tenure: Tenure;
}

/** When a title is held as far as the sources tell. */
export interface Tenure {
  /** Held from the first day of `from`, up to the last day of `until`. */
  from?: DaySpan;
  until?: DaySpan;
  /** Stated as held on these days, neither start nor end known. */
  asOf?: DaySpan;
  /** The date from which a source calls the holder its former holder, and that evidence. */
  formerSince?: { date: PartialDate; title: TitleFact };
}

export interface IndexedEvent {
  event: EventFact;
  order: number;
  /** The ids of those taking part, each once. */
  participants: readonly string[];
  /** The stems of the event's own words ("visit", "consultation"). */
  stems: readonly string[];
  /** The kinds of event its words name ("meeting", "visit"). */
  kinds: readonly string[];
  /** The stems of the words before the last in its own words, which tell it from others of its kind ("reconciliation" of "reconciliation talks"). */
  qualifiers: readonly string[];
  /** The days the event took place on (to its `until`), and those of its date alone; undefined for an undated event. */
  span?: DaySpan;
  dateSpan?: DaySpan;
}

export interface FactsIndex {
  factBase: FactBase;
  officeWords: OfficeWords;
  /** Each person's titles as offices. */
  officesOf: ReadonlyMap<string, readonly HeldOffice[]>;
  /** Every title of every person as offices. */
  allOffices: readonly HeldOffice[];
  /** The words of the bodies each person belongs to, by office or membership. */
  bodiesOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** The body words of each organisation's name ("Russian Foreign Ministry": "foreign", "ministry"). */
  organisationWords: ReadonlyMap<string, readonly string[]>;
  events: readonly IndexedEvent[];
  eventsByStem: ReadonlyMap<string, readonly IndexedEvent[]>;
  eventsByKind: ReadonlyMap<string, readonly IndexedEvent[]>;
  eventsByParticipant: ReadonlyMap<string, readonly IndexedEvent[]>;
  /**
   * Participant or place id, then an event word's stem or `kind:` and a kind, to the events
   * named so that this actor takes part in or that took place there: events are looked up from
   * what a sentence names, so the cost follows the events it may mean, not all a word names.
   */
  eventsByActorAndWord: ReadonlyMap<string, ReadonlyMap<string, readonly IndexedEvent[]>>;
  /** Stem of a word naming a kind of event, to that kind. */
  kindOfStem: ReadonlyMap<string, string>;
  /** A person's home towns and places of residence. */
  homesOf: ReadonlyMap<string, readonly AttributeFact[]>;
  /** A person's ages (as numbers). */
  agesOf: ReadonlyMap<string, readonly AttributeFact[]>;
  /** Place ids that are countries: naming one for a town within is no conflict. */
  countries: ReadonlySet<string>;
  disagreementsAbout: ReadonlyMap<string, readonly Disagreement[]>;
  /** The sources' texts, for the draft's quotations. */
  quotes: QuoteIndex;
}

export const factsIndexOf = perFactBase(buildFactsIndex);

const COMMON_EVENT_STEMS = new Set([...COMMON_EVENT_WORDS].map(stemOf));

function buildFactsIndex(factBase: FactBase): FactsIndex {
  const officeWords = officeWordsOf(factBase);
  const officesOf = new Map<string, HeldOffice[]>();
  const allOffices: HeldOffice[] = [];
  const bodiesOf = new Map<string, Set<string>>();
  const homesOf = new Map<string, AttributeFact[]>();
  const agesOf = new Map<string, AttributeFact[]>();
  for (const actor of factBase.actors.values()) {
    const bodies = new Set<string>();
    for (const organisation of actor.memberOf) for (const word of bodyWordsOfActor(factBase, organisation, officeWords)) bodies.add(word);
    for (const title of actor.titles) {
      const held = heldOffice(factBase, actor, title, officeWords);
      if (held.offices.length === 0) continue;
      pushTo(officesOf, actor.id, held);
      allOffices.push(held);
      for (const office of held.offices) for (const word of office.body) bodies.add(word);
    }
    bodiesOf.set(actor.id, bodies);
    for (const attribute of actor.attributes) {
      if ((attribute.kind === 'hometown' || attribute.kind === 'residence') && typeof attribute.value === 'string') pushTo(homesOf, actor.id, attribute);
      if (attribute.kind === 'age' && typeof attribute.value === 'number') pushTo(agesOf, actor.id, attribute);
    }
  }
  const organisationWords = new Map<string, string[]>();
  for (const actor of factBase.actors.values()) if (actor.type === 'organisation') organisationWords.set(actor.id, bodyWordsOfActor(factBase, actor.id, officeWords));
  const kindOfStem = new Map<string, string>();
  for (const [kind, words] of EVENT_KINDS) for (const word of words) if (!kindOfStem.has(stemOf(word))) kindOfStem.set(stemOf(word), kind);
  const events: IndexedEvent[] = [];
  const eventsByStem = new Map<string, IndexedEvent[]>();
  const eventsByKind = new Map<string, IndexedEvent[]>();
  const eventsByParticipant = new Map<string, IndexedEvent[]>();
  const eventsByActorAndWord = new Map<string, Map<string, IndexedEvent[]>>();
  for (const event of factBase.events.values()) {
    const stems = eventStems(event, kindOfStem);
    const kinds = [...new Set(stems.map((stem) => kindOfStem.get(stem)).filter((kind): kind is string => kind !== undefined))];
    const indexed: IndexedEvent = { event, order: events.length, participants: [...new Set(event.participants)], stems, kinds, qualifiers: qualifiersOf(event), span: event.date && daySpan(event.date, event.until), dateSpan: event.date && daySpan(event.date) };
    events.push(indexed);
    for (const stem of stems) pushTo(eventsByStem, stem, indexed);
    for (const kind of kinds) pushTo(eventsByKind, kind, indexed);
    for (const participant of indexed.participants) pushTo(eventsByParticipant, participant, indexed);
    for (const actor of event.place ? [...indexed.participants, event.place] : indexed.participants) {
      let byWord = eventsByActorAndWord.get(actor);
      if (!byWord) eventsByActorAndWord.set(actor, (byWord = new Map()));
      for (const key of [...stems, ...kinds.map(kindKey)]) pushTo(byWord, key, indexed);
    }
  }
  const disagreementsAbout = new Map<string, Disagreement[]>();
  for (const disagreement of factBase.disagreements.values()) for (const id of disagreement.about) pushTo(disagreementsAbout, id, disagreement);
  return {
    factBase,
    quotes: new QuoteIndex(factBase),
    officeWords,
    officesOf,
    allOffices,
    bodiesOf,
    organisationWords,
    events,
    eventsByStem,
    eventsByKind,
    eventsByParticipant,
    eventsByActorAndWord,
    kindOfStem,
    homesOf,
    agesOf,
    countries: countriesOf(factBase),
    disagreementsAbout,
  };
}

/**
 * The stems of the words naming an event: its own words (the last word of each: "phone
 * conversations" gives "conversation"), and the words its quotes use of the same kinds ("arrived"
 * where a source writes "the delegation arrived in Moscow for talks" of a visit). Quotes' words of
 * other kinds tell of other events ("before the meeting" in a quote about a phone call).
 */
function eventStems(event: EventFact, kindOfStem: ReadonlyMap<string, string>): string[] {
  const stems = new Set(event.words.map((word) => stemOf(phraseTokens(word).words.at(-1) ?? normalizeWord(word))));
  const kinds = new Set([...stems].map((stem) => kindOfStem.get(stem)));
  for (const evidence of event.evidence) {
    for (const word of phraseTokens(evidence.quote).words) {
      const stem = stemOf(word);
      const kind = kindOfStem.get(stem);
      if (kind !== undefined && kinds.has(kind) && !LIGHT_VERBS.has(stem) && !COMMON_EVENT_STEMS.has(stem)) stems.add(stem);
    }
  }
  return [...stems];
}

function qualifiersOf(event: EventFact): string[] {
  const qualifiers = new Set<string>();
  for (const word of event.words) for (const qualifier of phraseTokens(word).words.slice(0, -1)) if (!TITLE_FUNCTION_WORDS.has(qualifier)) qualifiers.add(stemOf(qualifier));
  return [...qualifiers];
}

function heldOffice(factBase: FactBase, holder: Actor, title: TitleFact, officeWords: OfficeWords): HeldOffice {
  const implied = new Set<string>();
  const parents = new Set<string>();
  const countries = new Set<string>();
  const organisation = title.organisation ? factBase.actors.get(title.organisation) : undefined;
  if (organisation?.type === 'place') countries.add(organisation.id);
  else if (organisation) {
    for (const word of bodyWordsOfActor(factBase, organisation.id, officeWords)) implied.add(word);
    for (const parent of organisation.memberOf) for (const word of bodyWordsOfActor(factBase, parent, officeWords)) parents.add(word);
    for (const word of phraseTokens(organisation.name).words) {
      const place = officeWords.places.get(word);
      if (place) countries.add(place);
    }
  }
  for (const word of parents) implied.add(word);
  const offices: WordedOffice[] = [];
  for (const wording of new Set([title.title, ...title.wordings])) {
    const office = officeOf(phraseTokens(wording).words, officeWords);
    if (!office) continue;
    const officeCountries = new Set([...office.countries, ...countries]);
    offices.push({ ...office, countries: officeCountries, former: office.former || title.former === true, implied, parents });
  }
  return { holder, title, offices, tenure: tenureOf(factBase, holder, title) };
}

/** The body words of an actor's name: "Russian Foreign Ministry" gives "foreign" and "ministry". */
function bodyWordsOfActor(factBase: FactBase, id: string, officeWords: OfficeWords): string[] {
  const actor = factBase.actors.get(id);
  if (!actor || actor.type === 'place') return [];
  // Every written form of its name: "the KGC chairman" holds office in the Kolkhida Gateway Consortium.
  const words = new Set([actor.name, ...actor.spellings.map((spelling) => spelling.text), ...actor.shortForms.map((spelling) => spelling.text)].flatMap((form) => phraseTokens(form).words));
  return [...words].filter((word) => officeWords.bodyWords.has(word) && !officeWords.places.has(word));
}

function tenureOf(factBase: FactBase, holder: Actor, title: TitleFact): Tenure {
  const tenure: Tenure = {};
  if (title.from) tenure.from = daySpan(title.from);
  if (title.until) tenure.until = daySpan(title.until);
  if (title.asOf && !title.former) tenure.asOf = daySpan(title.asOf);
  const formers = title.former ? [title] : holder.titles.filter((other) => other.former && other.title === title.title);
  let earliest: { date: PartialDate; title: TitleFact } | undefined;
  for (const former of formers) {
    const date = former.asOf ?? earliestPublished(factBase, former);
    if (date && (!earliest || daySpan(date).first < daySpan(earliest.date).first)) earliest = { date, title: former };
  }
  if (earliest) tenure.formerSince = earliest;
  return tenure;
}

function earliestPublished(factBase: FactBase, title: TitleFact): PartialDate | undefined {
  let earliest: PartialDate | undefined;
  for (const item of title.evidence) {
    const date = factBase.sources.get(item.sourceId)?.published?.date;
    if (date && (!earliest || daySpan(date).first < daySpan(earliest).first)) earliest = date;
  }
  return earliest;
}

/**
 * How a fact base's words read in titles: its places by name and demonym, and the words that may
 * name a body (organisations' names and the sources' title wordings, less ranks and function words).
 */
function officeWordsOf(factBase: FactBase): OfficeWords {
  const places = new Map<string, string>();
  for (const actor of factBase.actors.values()) {
    if (actor.type !== 'place') continue;
    for (const spelling of [...actor.spellings, ...actor.shortForms]) {
      const words = phraseTokens(spelling.text).words;
      if (words.length === 0 || words.length > 2) continue;
      places.set(words.join(' '), actor.id);
      if (words.length === 1) for (const demonym of demonymsOf(words[0])) if (!places.has(demonym)) places.set(demonym, actor.id);
    }
  }
  // "Moscow's top diplomat": a capital stands for its country's government, when the fact base knows the country.
  for (const [words, id] of [...places]) {
    const country = places.get(countryOfCapital(words) ?? '');
    if (country && country !== id) places.set(words, country);
  }
  const isStructural = (word: string) => RANK_WORDS.has(word) || DEPUTY_WORDS.has(word) || TITLE_MODIFIERS.has(word) || TITLE_FUNCTION_WORDS.has(word) || places.has(word) || /\d/.test(word);
  const wordings = [...factBase.actors.values()].flatMap((actor) => actor.titles.flatMap((title) => [title.title, ...title.wordings].map((wording) => phraseTokens(wording).words)));
  const generalOnly: OfficeWords = { places, bodyWords: new Set(), trades: new Set(), tradeQualifiers: new Set() };
  // Each wording's trade head, when it names no general rank: read once for the trades and for the words before them.
  const tradeHeads = wordings.map((words) => (officeOf(words, generalOnly) ? undefined : tradeOf(words)));
  const trades = new Set<string>();
  for (const head of tradeHeads) if (head && !isStructural(head) && !DOMAIN_SYNONYMS.has(head)) trades.add(head);
  const bodyWords = new Set<string>();
  const isBodyWord = (word: string) => !isStructural(word) && !trades.has(word) && !COMPLEMENT_OPENERS.has(word);
  for (const actor of factBase.actors.values()) {
    if (actor.type === 'organisation') for (const spelling of [...actor.spellings, ...actor.shortForms]) for (const word of phraseTokens(spelling.text).words) if (isBodyWord(word)) bodyWords.add(word);
  }
  const tradeQualifiers = new Set<string>();
  wordings.forEach((words, i) => {
    // "able seaman", "history teacher": the words before a trade describe the work, and name no body it is held in.
    const trade = words.lastIndexOf(tradeHeads[i] ?? '');
    words.forEach((word, at) => {
      if (!isBodyWord(word) || DOMAIN_SYNONYMS.has(word)) return;
      (at < trade ? tradeQualifiers : bodyWords).add(word);
    });
  });
  for (const word of bodyWords) tradeQualifiers.delete(word);
  return { places, bodyWords, trades, tradeQualifiers };
}

/** Words that end a title's head and open what it is held in: "coroner | for Gloucestershire". */
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'from', 'on', 'and']);

/** The head word of a title that names no general rank: "surveyor" of "chartered land surveyor", "owner" of "farm's owner". */
function tradeOf(words: readonly string[]): string | undefined {
  const end = words.findIndex((word) => COMPLEMENT_OPENERS.has(word));
  const head = words[(end < 0 ? words.length : end) - 1];
  return head && /^\p{L}{3,}$/u.test(head) ? head : undefined;
}

/** The usual English adjectives of a country's name: "russia" gives "russian", "israel" "israeli", "lebanon" "lebanese". */
export function demonymsOf(name: string): string[] {
  const forms = [`${name}n`, `${name}an`, `${name}i`, `${name}ian`, `${name}ese`];
  if (name.endsWith('a')) forms.push(`${name.slice(0, -1)}ese`, `${name.slice(0, -1)}ian`);
  if (name.endsWith('e')) forms.push(`${name.slice(0, -1)}ian`);
  if (name.endsWith('on')) forms.push(`${name.slice(0, -2)}ese`);
  if (name.endsWith('y')) forms.push(`${name.slice(0, -1)}ian`);
  return forms;
}

/** The names a word may be the usual English adjective of, the inverse of `demonymsOf`: "slovenian" gives "slovenia". */
export function namesOfDemonym(word: string): string[] {
  const names: string[] = [];
  for (const ending of ['n', 'an', 'i', 'ian', 'ese']) if (word.endsWith(ending)) names.push(word.slice(0, -ending.length));
  if (word.endsWith('ese')) names.push(`${word.slice(0, -3)}a`, `${word.slice(0, -3)}on`);
  if (word.endsWith('ian')) names.push(`${word.slice(0, -3)}a`, `${word.slice(0, -3)}e`, `${word.slice(0, -3)}y`);
  return names;
}

/**
 * Place ids the fact base shows to be countries: a citizenship or nationality, or a place whose
 * demonym the sources write ("Russian", "Israeli"). English knows more (see `isCountry`).
 */
function countriesOf(factBase: FactBase): Set<string> {
  const countries = new Set<string>();
  const capitalised = new Set<string>();
  for (const source of factBase.sources.values()) for (const match of source.text.matchAll(/\p{Lu}\p{Ll}+/gu)) capitalised.add(match[0].toLowerCase());
  for (const actor of factBase.actors.values()) {
    for (const attribute of actor.attributes) {
      if ((attribute.kind === 'citizenship' || attribute.kind === 'nationality') && typeof attribute.value === 'string' && factBase.actors.has(attribute.value)) countries.add(attribute.value);
    }
    if (actor.type !== 'place') continue;
    if (!/\s/.test(actor.name) && demonymsOf(normalizeWord(actor.name)).some((form) => capitalised.has(form))) countries.add(actor.id);
  }
  return countries;
}

/** The key of a kind of event among the keys of `eventsByActorAndWord`. */
export function kindKey(kind: string): string {
  return `kind:${kind}`;
}

/** Sources disagree about the actor or event, and one of their claims says what the draft says. */
export function isDisputed(facts: FactsIndex, id: string, value: string): boolean {
  const disagreements = facts.disagreementsAbout.get(id);
  if (!disagreements) return false;
  const written = normalizeWord(value);
  return disagreements.some((disagreement) => disagreement.claims.some((claim) => normalizeWord(claim.value).includes(written)));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
