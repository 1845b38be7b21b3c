// Look-up tables over a fact base for the title, event and attribute rules, built once per fact base.

import { perFactBase } from './per-fact-base';
import type { Actor, Disagreement, EventFact, FactBase, TitleFact } from '../factbase/types';
import type { Reading } from './role-rules';
import { normalizeWord, phraseTokens } from './tokens';
import { daySpan, type DaySpan } from './when';

/** One way the sources word a title, and who holds it under that wording. */
export interface Wording {
  /** Normalised words joined by single spaces: the key. */
  key: string;
  words: string[];
  separators: string[];
  /** Actor id to the titles of that actor worded so. */
  holders: Map<string, TitleFact[]>;
  /** The same wording with "former" before it, when the sources use that too. */
  former?: Wording;
  /** How the wording reads next to each person it was found next to, worked out once per person. */
  readings: Map<Actor, Reading>;
}

/** An event with its place in the fact base and the distinct stems of its words. */
export interface IndexedEvent {
  event: EventFact;
  /** The event's participants as the ids of the actors themselves, the strings name mentions carry: compared at once. */
  participants: string[];
  order: number;
  stems: string[];
  /** The days the event took place on (to its `until`), and those of its date alone; undefined for an undated event. */
  span: DaySpan | undefined;
  dateSpan: DaySpan | undefined;
}

export interface FactsIndex {
  wordingsByKey: Map<string, Wording>;
  /** Title wordings by their last word, longest first: for wordings written before a name. */
  wordingsByLastWord: Map<string, Wording[]>;
  /** The same wordings by their first word, longest first: for appositions after a name. */
  wordingsByFirstWord: Map<string, Wording[]>;
  /** Stems of the words that name events, to the events named so. */
  eventsByWordStem: Map<string, EventFact[]>;
  /** Person or other actor id to the events it takes part in, by the stems of the words naming them. */
  eventsByParticipantStem: Map<string, Map<string, IndexedEvent[]>>;
  /** How many events the fact base holds. */
  eventCount: number;
  /** Place ids that are some person's home town: towns, not countries. */
  hometowns: Set<string>;
  /** Ids of the actors the sources give an age (a number) or a home town: the only ones whose age or home town is checked. */
  withAgeOrHometown: Set<string>;
  /** Place ids where some event took place. */
  eventPlaces: Set<string>;
  /**
   * Place ids that look like countries (a citizenship, or a demonym such as "Russian" or "Israeli" in
   * the sources): they may contain a town, so naming one instead of a town is no conflict.
   */
  countries: Set<string>;
  /** Disagreements by the actor or event ids they are about. */
  disagreementsAbout: Map<string, Disagreement[]>;
  /** Each stem of the words naming events to the one string all the tables hold for it: compared at once. */
  stemKeys: Map<string, string>;
  /** Words of drafts already looked up: the stem (from stemKeys) for words that name events, '' for the others. */
  eventStemByWord: Map<string, string>;
  /** One bit per startKey of the words that may name events: most words are told apart by their first letters at once. */
  eventWordStarts: Uint32Array;
}

/** The look-up tables of a fact base, built on first use and kept as long as the fact base lives. */
export const factsIndexOf = perFactBase(buildFactsIndex);

function buildFactsIndex(factBase: FactBase): FactsIndex {
  const wordings = new Map<string, Wording>();
  const hometowns = new Set<string>();
  const withAgeOrHometown = new Set<string>();
  const eventPlaces = new Set<string>();
  for (const actor of factBase.actors.values()) {
    for (const title of actor.titles) addTitle(wordings, actor, title);
    for (const attribute of actor.attributes) {
      if (attribute.kind === 'hometown' && typeof attribute.value === 'string' && factBase.actors.has(attribute.value)) hometowns.add(attribute.value);
      if (attribute.kind === 'hometown' || (attribute.kind === 'age' && typeof attribute.value === 'number')) withAgeOrHometown.add(actor.id);
    }
  }
  const eventsByWordStem = new Map<string, EventFact[]>();
  const eventsByParticipantStem = new Map<string, Map<string, IndexedEvent[]>>();
  const stemKeys = new Map<string, string>();
  const stemKey = (stem: string): string => {
    const key = stemKeys.get(stem);
    if (key !== undefined) return key;
    stemKeys.set(stem, stem);
    return stem;
  };
  let eventCount = 0;
  for (const event of factBase.events.values()) {
    if (event.place) eventPlaces.add(event.place);
    const participants = event.participants.map((participant) => factBase.actors.get(participant)?.id ?? participant);
    const indexed: IndexedEvent = {
      event,
      participants,
      order: eventCount++,
      stems: [...new Set(event.words.map((word) => stemKey(eventWordStem(word))))],
      span: event.date && daySpan(event.date, event.until),
      dateSpan: event.date && daySpan(event.date),
    };
    for (const stem of indexed.stems) pushTo(eventsByWordStem, stem, event);
    // Keyed by the actor's own id string, the one name mentions carry, so that look-ups match it at once.
    for (const key of new Set(participants)) {
      let byStem = eventsByParticipantStem.get(key);
      if (!byStem) eventsByParticipantStem.set(key, (byStem = new Map()));
      for (const stem of indexed.stems) pushTo(byStem, stem, indexed);
    }
  }
  const countries = countriesOf(factBase);
  const disagreementsAbout = new Map<string, Disagreement[]>();
  for (const disagreement of factBase.disagreements.values()) {
    for (const id of disagreement.about) pushTo(disagreementsAbout, id, disagreement);
  }
  for (const wording of wordings.values()) wording.former = wordings.get(`former ${wording.key}`);
  const wordingsByLastWord = new Map<string, Wording[]>();
  const wordingsByFirstWord = new Map<string, Wording[]>();
  for (const wording of wordings.values()) {
    pushTo(wordingsByLastWord, wording.words[wording.words.length - 1], wording);
    pushTo(wordingsByFirstWord, wording.words[0], wording);
  }
  for (const list of [...wordingsByLastWord.values(), ...wordingsByFirstWord.values()]) list.sort((a, b) => b.words.length - a.words.length);
  const eventWordStarts = new Uint32Array(START_KEYS / 32);
  for (const stem of eventsByWordStem.keys()) addStartKey(eventWordStarts, stem);
  for (const [word, stem] of Object.entries(IRREGULAR_STEMS)) if (eventsByWordStem.has(stem)) addStartKey(eventWordStarts, word);
  return {
    wordingsByKey: wordings,
    wordingsByLastWord,
    wordingsByFirstWord,
    eventsByWordStem,
    eventsByParticipantStem,
    eventCount,
    hometowns,
    withAgeOrHometown,
    eventPlaces,
    countries,
    disagreementsAbout,
    stemKeys,
    eventStemByWord: new Map(),
    eventWordStarts,
  };
}

/** How many start keys there are: three 7-bit letters. */
const START_KEYS = 1 << 21;

function addStartKey(keys: Uint32Array, word: string): void {
  const key = startKey(word);
  if (key !== undefined) keys[key >>> 5] |= 1 << (key & 31);
}

function hasStartKey(keys: Uint32Array, key: number): boolean {
  return (keys[key >>> 5] & (1 << (key & 31))) !== 0;
}

/**
 * The first three letters of a word as one small number, the word padded when shorter; undefined
 * when one of them is not ASCII. A stem keeps at least the first three letters of its word (or the
 * whole of a shorter one), so a word whose key no event stem shares names no event.
 */
function startKey(word: string): number | undefined {
  // Past the end of the word charCodeAt gives NaN, which `| 0` makes 0.
  const first = word.charCodeAt(0) | 0;
  const second = word.charCodeAt(1) | 0;
  const third = word.charCodeAt(2) | 0;
  return (first | second | third) < 128 ? (first << 14) | (second << 7) | third : undefined;
}

function countriesOf(factBase: FactBase): Set<string> {
  const countries = new Set<string>();
  const capitalisedWords = new Set<string>();
  for (const source of factBase.sources.values()) for (const match of source.text.matchAll(/\p{Lu}\p{Ll}+/gu)) capitalisedWords.add(match[0]);
  for (const actor of factBase.actors.values()) {
    for (const attribute of actor.attributes) {
      if ((attribute.kind === 'citizenship' || attribute.kind === 'nationality') && typeof attribute.value === 'string' && factBase.actors.has(attribute.value)) countries.add(attribute.value);
    }
    if (actor.type !== 'place' || /\s/.test(actor.name)) continue;
    const stem = actor.name.replace(/[aeiy]$/, '');
    if (['i', 'n', 'an', 'ian', 'ese'].some((ending) => capitalisedWords.has(stem + ending) || capitalisedWords.has(actor.name + ending))) countries.add(actor.id);
  }
  return countries;
}

function addTitle(wordings: Map<string, Wording>, actor: Actor, title: TitleFact): void {
  for (const written of new Set([title.title, ...title.wordings])) {
    const { words, separators } = phraseTokens(written);
    if (words.length === 0) continue;
    const key = words.join(' ');
    let wording = wordings.get(key);
    if (!wording) {
      wording = { key, words, separators, holders: new Map(), readings: new Map() };
      wordings.set(key, wording);
    }
    const titles = wording.holders.get(actor.id) ?? [];
    if (!titles.includes(title)) titles.push(title);
    wording.holders.set(actor.id, titles);
  }
}

/** Sources disagree about the actor or event, and one of their claims says what the draft says. */
export function isDisputed(facts: FactsIndex, id: string, value: string): boolean {
  const disagreements = facts.disagreementsAbout.get(id);
  if (!disagreements) return false;
  const written = normalizeWord(value);
  return disagreements.some((disagreement) => normalizedClaims(disagreement).some((claim) => claim.includes(written)));
}

const normalizedClaimsByDisagreement = new WeakMap<Disagreement, string[]>();

/** The values a disagreement's claims give, normalised once. */
function normalizedClaims(disagreement: Disagreement): string[] {
  let claims = normalizedClaimsByDisagreement.get(disagreement);
  if (!claims) {
    claims = disagreement.claims.map((claim) => normalizeWord(claim.value));
    normalizedClaimsByDisagreement.set(disagreement, claims);
  }
  return claims;
}

const MAX_REMEMBERED_WORDS = 100_000;

/** The stem of a normalised word of a draft when it names some event ("visited" → "visit"), else undefined. */
export function eventStemOf(facts: FactsIndex, word: string): string | undefined {
  const start = startKey(word);
  if (start !== undefined && !hasStartKey(facts.eventWordStarts, start)) return undefined;
  let stem = facts.eventStemByWord.get(word);
  if (stem === undefined) {
    if (facts.eventStemByWord.size >= MAX_REMEMBERED_WORDS) facts.eventStemByWord.clear();
    stem = facts.stemKeys.get(stemOf(word)) ?? '';
    facts.eventStemByWord.set(word, stem);
  }
  return stem === '' ? undefined : stem;
}

const IRREGULAR_STEMS: Record<string, string> = { met: 'meet', held: 'hold', spoke: 'speak', came: 'come', went: 'go' };

/**
 * A crude stem that makes the forms of an event word meet: "visited", "visits", "visiting" give
 * "visit", "released" and "releases" give "releas"; "met" and "meeting" give "meet". For a phrase
 * ("phone conversations") the last word counts.
 */
export function eventWordStem(word: string): string {
  return stemOf(phraseTokens(word).words.at(-1) ?? normalizeWord(word));
}

/** The stem of one normalised word (see eventWordStem). */
export function stemOf(last: string): string {
  if (IRREGULAR_STEMS[last]) return IRREGULAR_STEMS[last];
  const suffix = ['ings', 'ing', 'ed', 'es', 's'].find((ending) => last.endsWith(ending) && last.length - ending.length >= 3);
  const stem = suffix ? last.slice(0, -suffix.length) : last;
  return stem.length > 3 ? stem.replace(/e$/, '') : stem;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
