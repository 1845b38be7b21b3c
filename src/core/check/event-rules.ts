// date-conflict and the meeting-place side of place-conflict: a sentence that names a known event
// (an event word plus people taking part) and gives it a date or place the sources contradict.

import { humanDate } from '../describe';
import type { Actor, EventFact } from '../factbase/types';
import { sourcesOf } from './evidence';
import { memoize } from './per-fact-base';
import { eventStemOf } from './facts-index';
import type { NameMention } from './names';
import { citedSources, firstStartingAt, type BlockView, type DraftDate, type RawFinding, type RawFix, type Span, type TextView } from './rules';
import { atDate, formatLike } from './date-format';
import { isCapitalized, phraseTokens, type Token } from './tokens';
import { daysApart, daySpanInYear, overlaps, type DaySpan } from './when';

/** A date this close to an event (or on the same day of the month in another year) is taken to mean it. */
const NEAR_DAYS = 45;

interface Candidate {
  event: EventFact;
  /** The days the event took place on (to its `until`), and those of its date alone. */
  span: DaySpan;
  dateSpan: DaySpan;
  /** How close the people taking part are named: 0 in the clause, 1 sentence, 2 block, 3 heading. */
  distance: number;
}

/** A stretch of the block or of its heading where events and the people taking part are looked for. */
interface Scope {
  span: Span;
  /** The mentions of the block or heading the span lies in. */
  mentions: NameMention[];
  /** The tokens of the block or heading the span lies in. */
  tokens: Token[];
  /** How close to the date: 0 the clause, 1 the sentence, 2 the block, 3 the heading. */
  distance: number;
  /** A whole block or heading, read by every date in it. */
  whole: boolean;
  /** The ids of the persons named within the span, in text order (each once for a whole block or heading), once read. */
  ids: string[] | undefined;
  /** The stems of event words a whole block or heading names, once read: the same for every date. */
  naming: NamingStems | undefined;
  /** The event words of the block or heading the span lies in, once read: shared with the scopes of the same tokens. */
  words: EventWords | undefined;
}

/** The tokens naming events in a block or heading, in text order: each token's index and stem. */
interface EventWords {
  ats: number[];
  stems: string[];
}

/** Adds the block's date-conflict and event place-conflict findings to `findings`. */
export function checkEvents(block: BlockView, findings: RawFinding[]): void {
  if (block.sentences.length === 0 || !block.dates.some(isAbsolute)) return;
  // Events are found through the persons taking part: without one named near, no date can name an event.
  if (!namesParticipant(block, block.mentions) && !(block.heading && namesParticipant(block, block.heading.mentions))) return;
  // One clause scope serves the block's dates in turn, and the two lists of scopes are built once per block.
  const clauseScope: Scope = { span: block, mentions: block.mentions, tokens: block.tokens, distance: 0, whole: false, ids: undefined, naming: undefined, words: eventWordsOf(block, block.tokens) };
  const clauseOnly = [clauseScope];
  let allScopes: Scope[] | undefined;
  for (const sentence of block.sentences) {
    const dates = absoluteDatesWithin(block.dates, sentence);
    if (dates.length === 0) continue;
    // A place is checked once every date of the sentence has named its events: a sentence about two
    // events may name the place of either.
    let placeChecks: PlaceChecks | undefined;
    for (const date of dates) {
      const clause = clauseOf(sentence, dates, date);
      // A sentence with several dates may speak of several events: each date is read with its clause
      // only. A sentence's only date has the sentence as its clause, so the clause stands for both.
      clauseScope.span = clause;
      clauseScope.ids = undefined;
      const scopes = dates.length === 1 ? (allScopes ??= scopesAround(block, clauseScope)) : clauseOnly;
      const candidates = identify(block, sentence, scopes, dates.length === 1);
      if (candidates.length === 0) continue;
      const agreeing = agreeingWith(candidates, date);
      if (agreeing) {
        if (placeChecks) placeChecks.push({ clause, agreeing });
        else placeChecks = [{ clause, agreeing }];
        continue;
      }
      const finding = dateFinding(block, date, candidates);
      if (finding) findings.push(finding);
    }
    if (!placeChecks) continue;
    for (const { clause, agreeing } of placeChecks) {
      const place = placeFinding(block, clause, agreeing, placeChecks);
      if (place) findings.push(place);
    }
  }
}

/** The clause, then the block and its heading. */
function scopesAround(block: BlockView, clauseScope: Scope): Scope[] {
  const blockScope: Scope = { span: block, mentions: block.mentions, tokens: block.tokens, distance: 2, whole: true, ids: undefined, naming: undefined, words: clauseScope.words };
  return block.heading ? [clauseScope, blockScope, headingScope(block.heading)] : [clauseScope, blockScope];
}

/** The candidates whose event the date agrees with, if any. */
function agreeingWith(candidates: Candidate[], date: DraftDate): Candidate[] | undefined {
  let agreeing: Candidate[] | undefined;
  for (const candidate of candidates) {
    if (!agrees(candidate, date)) continue;
    if (agreeing) agreeing.push(candidate);
    else agreeing = [candidate];
  }
  return agreeing;
}

/** A sentence's clauses with the events their dates agree with. */
type PlaceChecks = { clause: Span; agreeing: Candidate[] }[];

/** Whether one of the events the sentence's dates agree with took place at the place. */
function isPlaceOfSentence(placeChecks: PlaceChecks, placeId: string | undefined): boolean {
  for (const { agreeing } of placeChecks) for (const candidate of agreeing) if (candidate.event.place === placeId) return true;
  return false;
}

function isAbsolute(date: DraftDate): boolean {
  return !date.relative;
}

const NO_DATES: DraftDate[] = [];

/** Whether some mention is of a person taking part in some event. */
function namesParticipant(block: BlockView, mentions: NameMention[]): boolean {
  for (const mention of mentions) if (mention.actor.type === 'person' && block.facts.eventsByParticipantStem.has(mention.actorId)) return true;
  return false;
}

/** The dates within the span that date something themselves. */
function absoluteDatesWithin(dates: DraftDate[], span: Span): DraftDate[] {
  let found: DraftDate[] | undefined;
  for (const date of dates) {
    if (date.start < span.start || date.end > span.end || date.relative) continue;
    if (found) found.push(date);
    else found = [date];
  }
  return found ?? NO_DATES;
}

/** The part of the sentence that belongs to one of its dates: from the previous date to the next. */
function clauseOf(sentence: Span, dates: DraftDate[], date: DraftDate): Span {
  if (dates.length === 1) return sentence;
  const index = dates.indexOf(date);
  return { start: index > 0 ? dates[index - 1].end : sentence.start, end: index < dates.length - 1 ? dates[index + 1].start : sentence.end };
}

/** The scope of the heading last read: the blocks under one heading come one after another. */
let lastHeadingScope: Scope | undefined;

/** A heading as a scope, built once for the blocks under it. */
function headingScope(heading: TextView): Scope {
  if (lastHeadingScope?.span !== heading) lastHeadingScope = { span: heading, mentions: heading.mentions, tokens: heading.tokens, distance: 3, whole: true, ids: undefined, naming: undefined, words: undefined };
  return lastHeadingScope;
}

/** The events the first scope (the clause, then its sentence, block and heading) names by word and people. */
function identify(block: BlockView, sentence: Span, scopes: Scope[], wholeSentence: boolean): Candidate[] {
  const naming = namingStems(block, scopes);
  if (naming.stems.length === 0) return NO_CANDIDATES;
  const candidates = eventsOfPeopleNamed(block, scopes, naming, idsOf(scopes[0]), wholeSentence);
  if (candidates.length === 0) return candidates;
  const cited = citedSources(block, sentence);
  if (cited.length === 0) return candidates;
  let fromCited: Candidate[] | undefined;
  for (const candidate of candidates) {
    if (!isFromCited(candidate.event, cited)) continue;
    if (fromCited) fromCited.push(candidate);
    else fromCited = [candidate];
  }
  return fromCited ?? candidates;
}

/** Shared by the dates that name no event; never added to. */
const NO_CANDIDATES: Candidate[] = [];

function isFromCited(event: EventFact, cited: readonly string[]): boolean {
  for (const item of event.evidence) if (cited.includes(item.sourceId)) return true;
  return false;
}

/** The ids of the persons a scope names within its span (see Scope.ids). */
function idsOf(scope: Scope): string[] {
  if (!scope.ids) {
    const { span, mentions } = scope;
    const ids: string[] = [];
    for (let i = firstStartingAt(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) {
      const mention = mentions[i];
      if (mention.end <= span.end && mention.actor.type === 'person') ids.push(mention.actorId);
    }
    scope.ids = scope.whole ? withoutRepeats(ids) : ids;
  }
  return scope.ids;
}

/** The ids in order of first appearance; a block names few persons, so a search costs less than a set. */
function withoutRepeats(ids: string[]): string[] {
  const distinct: string[] = [];
  for (const id of ids) if (!distinct.includes(id)) distinct.push(id);
  return distinct;
}

/**
 * The dated events named by the stems that a person mentioned in the scopes takes part in, less
 * those the sources disagree about and those the clause's people are mostly outside of, each with
 * the distance of the nearest scope naming such a person (one more beyond a sentence holding other
 * dates), in the order the draft's words name them (then the fact base's order). Looked up from the
 * people and the stems, so the cost follows the events they share, not all the events a word such
 * as "talks" names.
 */
function eventsOfPeopleNamed(block: BlockView, scopes: Scope[], naming: NamingStems, clausePeople: string[], wholeSentence: boolean): Candidate[] {
  // Few events are found for one date: lists are searched faster than a map is built.
  const found: RankedCandidate[] = [];
  const { facts } = block;
  const seen = eventMarks(facts.eventCount);
  // A person's events were all found with the nearest scope naming the person: farther scopes skip the person.
  const searched: string[] = [];
  for (const scope of scopes) {
    const searchedBefore = searched.length;
    for (const id of idsOf(scope)) {
      if (searchedBefore > 0 && searched.includes(id)) continue;
      searched.push(id);
      const byStem = facts.eventsByParticipantStem.get(id);
      if (!byStem) continue;
      for (const stem of naming.stems) {
        const events = byStem.get(stem);
        if (!events) continue;
        for (const { event, participants, order, stems, span, dateSpan } of events) {
          // Found or passed over already: an event is looked at once.
          if (seen.marks[order] === seen.mark) continue;
          seen.marks[order] = seen.mark;
          if (!span || !dateSpan || facts.disagreementsAbout.has(event.id) || namesOthers(participants, clausePeople)) continue;
          let firstWord = Infinity;
          for (const eventStem of stems) {
            const named = naming.stems.indexOf(eventStem);
            if (named !== -1) firstWord = Math.min(firstWord, naming.firstWords[named]);
          }
          const distance = scope.distance + (wholeSentence || scope.distance === 0 ? 0 : 1);
          found.push({ event, span, dateSpan, distance, rank: firstWord * facts.eventCount + order });
        }
      }
    }
  }
  return sortedByRank(found);
}

/** Per event, by its order in the fact base: the mark of the date that last looked at it. */
const SEEN = { marks: new Uint32Array(0), mark: 0 };

/** SEEN with a new mark, for a new date: no event carries it yet. */
function eventMarks(eventCount: number): typeof SEEN {
  if (SEEN.marks.length < eventCount || SEEN.mark === 0xffffffff) {
    SEEN.marks = new Uint32Array(Math.max(eventCount, SEEN.marks.length));
    SEEN.mark = 0;
  }
  SEEN.mark++;
  return SEEN;
}

interface RankedCandidate extends Candidate {
  rank: number;
}

/** The few events found, in order of rank: an insertion sort, stable like Array.prototype.sort and cheaper for a handful. */
function sortedByRank<T extends { rank: number }>(found: T[]): T[] {
  for (let i = 1; i < found.length; i++) {
    const entry = found[i];
    let at = i;
    while (at > 0 && found[at - 1].rank > entry.rank) {
      found[at] = found[at - 1];
      at--;
    }
    found[at] = entry;
  }
  return found;
}

/** Distinct stems of event words, each with the index of its first word; a clause names few, so lists beat a map. */
interface NamingStems {
  stems: string[];
  firstWords: number[];
}

/** The stems of event words in the nearest scope that has any, each with the index of its first word there. */
function namingStems(block: BlockView, scopes: Scope[]): NamingStems {
  for (const scope of scopes) {
    const naming = scope.whole ? (scope.naming ??= stemsWithin(block, scope) ?? NO_NAMING) : stemsWithin(block, scope);
    if (naming && naming.stems.length > 0) return naming;
  }
  return NO_NAMING;
}

/** Shared by the many dates whose scopes name no event; never added to. */
const NO_NAMING: NamingStems = { stems: [], firstWords: [] };

/**
 * The stems of the words naming events ("talks", "visited") within the scope's span, each with the
 * index of its first word; undefined when there are none. Only the event words of the block or
 * heading are gone through, read once for all its dates.
 */
function stemsWithin(block: BlockView, scope: Scope): NamingStems | undefined {
  const { span, tokens } = scope;
  const words = (scope.words ??= eventWordsOf(block, tokens));
  let naming: NamingStems | undefined;
  for (let i = 0; i < words.ats.length; i++) {
    const at = words.ats[i];
    const token = tokens[at];
    if (token.start >= span.end) break;
    if (token.start < span.start || token.end > span.end) continue;
    const stem = words.stems[i];
    naming ??= { stems: [], firstWords: [] };
    if (!naming.stems.includes(stem)) {
      naming.stems.push(stem);
      naming.firstWords.push(at);
    }
  }
  return naming;
}

function eventWordsOf(block: BlockView, tokens: Token[]): EventWords {
  const words: EventWords = { ats: [], stems: [] };
  for (let at = 0; at < tokens.length; at++) {
    const stem = eventStemOf(block.facts, tokens[at].norm);
    if (stem === undefined) continue;
    words.ats.push(at);
    words.stems.push(stem);
  }
  return words;
}

/** The clause names more people who take no part in the event than people who do: it is about another one. */
function namesOthers(participants: string[], clausePeople: string[]): boolean {
  let outsiders = 0;
  for (const id of clausePeople) if (!participants.includes(id)) outsiders++;
  return outsiders > 0 && outsiders >= clausePeople.length - outsiders;
}

/** The date agrees with the event; a date written without a year agrees with the same day and month of any year. */
function agrees(candidate: Candidate, date: DraftDate): boolean {
  const { event } = candidate;
  if (!event.date) return false;
  if (date.yearStated || event.until || event.date.precision === 'year') return overlaps(date.span, candidate.span);
  return overlaps(date.span, daySpanInYear(event.date, date.date.year));
}

/** Near enough to be meant: within a month and a half, or the same day and month of another year. */
function nearness(candidate: Candidate, date: DraftDate): number | undefined {
  const { event } = candidate;
  if (!event.date || event.date.precision === 'year' || date.date.precision === 'year' || event.until || date.until) return undefined;
  const apart = daysApart(date.span, candidate.dateSpan);
  if (apart <= NEAR_DAYS) return apart;
  const sameDay = date.yearStated && date.date.precision === 'day' && event.date.precision === 'day' && date.date.month === event.date.month && date.date.day === event.date.day;
  return sameDay ? apart : undefined;
}

function dateFinding(block: BlockView, date: DraftDate, candidates: Candidate[]): RawFinding | undefined {
  let best: { candidate: Candidate; apart: number } | undefined;
  for (const candidate of candidates) {
    const apart = nearness(candidate, date);
    if (apart === undefined) continue;
    if (!best || candidate.distance < best.candidate.distance || (candidate.distance === best.candidate.distance && apart < best.apart)) best = { candidate, apart };
  }
  const event = best?.candidate.event;
  const eventDate = event?.date;
  if (!event || !eventDate) return undefined;
  const replacement = formatLike(date.text, eventDate);
  return {
    code: 'date-conflict',
    start: date.start,
    end: date.end,
    message: `${eventSaid(block, event).date}, not ${date.yearStated ? atDate(date.date) : `on ${date.text}`}.`,
    evidence: event.evidence,
    fixes: [{ title: `Write “${replacement}”`, replacement }],
  };
}

/** "in St Petersburg" for an event the sources place elsewhere. */
function placeFinding(block: BlockView, clause: Span, agreeing: Candidate[], placeChecks: PlaceChecks): RawFinding | undefined {
  const placeId = agreeing[0].event.place;
  if (!placeId) return undefined;
  for (const candidate of agreeing) if (candidate.event.place !== placeId) return undefined;
  const place = block.factBase.actors.get(placeId);
  if (!place) return undefined;
  const written = writtenPlace(block, clause);
  if (!written || written.actor?.id === placeId || isPlaceOfSentence(placeChecks, written.actor?.id) || (written.actor && related(block, written.actor, place))) return undefined;
  const said = eventSaid(block, agreeing[0].event);
  return {
    code: 'place-conflict',
    start: written.start,
    end: written.end,
    message: `${said.place}, not ${block.text.slice(written.start, written.end)}.`,
    evidence: agreeing.length === 1 ? agreeing[0].event.evidence : agreeing.flatMap((candidate) => candidate.event.evidence),
    fixes: said.placeFixes,
  };
}

/** What findings say of an event, worked out once per event. */
interface EventSaid {
  /** "The sources put the Hamas delegation's talks … on 3 February 2025 (s000)" */
  date: string;
  /** "The sources give Moscow as the place of …" */
  place: string;
  placeFixes: RawFix[];
}

const eventSaidOf = memoize((_event: EventFact) => new Map<BlockView['names'], EventSaid>());

function eventSaid(block: BlockView, event: EventFact): EventSaid {
  const byIndex = eventSaidOf(event);
  let said = byIndex.get(block.names);
  if (!said) {
    const name = eventName(block, event);
    const sources = sourcesOf(event.evidence);
    const place = event.place ? block.factBase.actors.get(event.place)?.name : undefined;
    said = {
      date: event.date ? `The sources put ${name} ${atDate(event.date)} (${sources})` : '',
      place: place ? `The sources give ${place} as the place of ${name}${event.date ? `, ${humanDate(event.date)}` : ''} (${sources})` : '',
      placeFixes: place ? [{ title: `Write “${place}”`, replacement: place }] : [],
    };
    byIndex.set(block.names, said);
  }
  return said;
}

/** The place after "in" in the clause: a known town, or capitalised words no actor answers to. */
function writtenPlace(block: BlockView, clause: Span): { start: number; end: number; actor?: Actor } | undefined {
  const { tokens, mentions } = block;
  const first = firstStartingAt(tokens, clause.start);
  let end = first;
  while (end < tokens.length && tokens[end].end <= clause.end) end++;
  for (let i = first; i + 1 < end; i++) {
    if (tokens[i].norm !== 'in') continue;
    const next = tokens[i + 1];
    const at = firstStartingAt(mentions, next.start);
    if (at < mentions.length && mentions[at].start === next.start) {
      const mention = mentions[at];
      const { actor } = mention;
      if (actor.type === 'place') return { start: mention.start, end: mention.end, actor };
      continue;
    }
    const words = unknownProperName(block, i + 1, end);
    if (words > 0) return { start: next.start, end: tokens[i + words].end };
  }
  return undefined;
}

const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter', 'the',
]);

/** How many capitalised words of the block's tokens from `at` (before `end`) form a name that is no known actor and no ordinary word (0 if none). */
function unknownProperName(block: BlockView, at: number, end: number): number {
  const { tokens } = block;
  let count = 0;
  while (at + count < end && count < 3) {
    const token = tokens[at + count];
    const written = block.text.slice(token.start, token.end);
    if (!isCapitalized(written) || /\d/.test(written) || NOT_PLACES.has(token.norm) || block.names.knownWords.has(token.norm)) break;
    if (count > 0 && !/^[ .]{1,2}$/.test(block.text.slice(tokens[at + count - 1].end, token.start))) break;
    count++;
  }
  // A lone initial ("in D.") is no place name.
  if (count === 0 || (count === 1 && tokens[at].end - tokens[at].start < 3)) return 0;
  const words = tokens.slice(at, at + count);
  return words.some((token) => block.names.lowercaseSourceWords.has(token.norm) && token.norm.length > 2) ? 0 : count;
}

/** One place may lie in the other: the fact base says so (member_of), or one of them is a country. */
function related(block: BlockView, a: Actor, b: Actor): boolean {
  return a.memberOf.includes(b.id) || b.memberOf.includes(a.id) || block.facts.countries.has(a.id) || block.facts.countries.has(b.id);
}

/**
 * The event's name inside a sentence: a leading ordinary word ("Talks", "The") in lower case, names
 * as written, and "the" before a possessive that is no actor's name ("the Hamas delegation's talks").
 */
function eventName(block: BlockView, event: EventFact): string {
  const first = /^\p{L}+/u.exec(event.name)?.[0] ?? '';
  const norm = first.toLowerCase();
  if (block.names.lowercaseSourceWords.has(norm) && !block.names.knownWords.has(norm)) return norm + event.name.slice(first.length);
  const possessive = /^((?:\p{Lu}[\p{L}-]*\s+)+)(\p{L}+)['’]s\s/u.exec(event.name);
  if (!possessive) return event.name;
  const { words } = phraseTokens(possessive[1] + possessive[2]);
  const isActorName = (block.names.byFirstWord.get(words[0]) ?? []).some((entry) => entry.words.join(' ') === words.join(' '));
  return isActorName ? event.name : `the ${event.name}`;
}
