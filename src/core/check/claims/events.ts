// Which event of the fact base a sentence tells of, and what it claims of it: the date each of its
// dates gives the event, and the place it names. An event is known by the words that name it (the
// sources' own, or words of the same kind in any inflection), by who takes part (named in the
// sentence, the one before it, the heading, or referred back to), and by its place.

import type { Actor } from '../../factbase/types';
import type { NameMention } from '../names';
import { firstStartingAt, withinSorted, type DraftDate, type Span } from '../rules';
import { isCapitalizedAt, type Token } from '../tokens';
import { daysApart, daySpanInYear, overlaps } from '../when';
import { cellsUnder, citedSources, clauseAt, clausesOf, eventDatesWithin, personNamedAt, previousSentence, sentenceAt, timeAt, tokensWithin, type ClaimContext } from './context';
import { kindKey, type IndexedEvent } from './facts';
import { AFTER_OBJECTLESS_VERB, COUNTED_SPAN, DIRECTIVE_VERBS, LIGHT_VERBS, OBJECTLESS_MEETING_VERBS, OTHER_OCCURRENCE_WORDS, PERSON_OBJECT_VERBS, SPEECH_VERBS, TOPIC_PREPOSITIONS, TOPIC_VERBS, WORK_NOUNS } from './lexicon';
import { isTitleWord } from './offices';
import { placeFits, writtenPlaceAt, type WrittenPlace } from './places';
import type { BackReference } from './references';

/** A date the draft gives an event: agreeing with the sources' date, or not. */
export interface EventDateClaim {
  start: number;
  end: number;
  date: DraftDate;
  event: IndexedEvent;
  agrees: boolean;
  /**
   * For a date that disagrees: another event of those taking part in `event`, dated the same day
   * (or month) in another year, which the date likely means with its year slipped.
   */
  yearSlipOf?: IndexedEvent;
}

/**
 * A place the draft gives events it tells of, which the sources place at one place (or, when the
 * draft may mean either of two events, at two): one of those places, or another.
 */
export interface EventPlaceClaim {
  start: number;
  end: number;
  written: WrittenPlace;
  events: IndexedEvent[];
  /** The events' places, each once, in the events' order. */
  places: Actor[];
  agrees: boolean;
}

export interface EventClaims {
  dates: EventDateClaim[];
  places: EventPlaceClaim[];
  /** For sentences with no date of their own, by their start: the dates of the dated events they surely tell of. */
  times: Map<number, DraftDate[]>;
}

/** A date this close to an event (or on the same day of the month in another year) is taken to mean it. */
const NEAR_DAYS = 45;
/** How sure an identification must be before a date that disagrees is reported. */
const MIN_SCORE_TO_CONTRADICT = 3;
/** How sure an identification must be before a place is checked with no date to confirm it. */
const MIN_SCORE_UNDATED = 5;
/** How much surer an undated event must be than a dated one to be taken for what a date means. */
const UNDATED_MARGIN = 2;

interface Cue extends Span {
  /** The token's index. */
  at: number;
  /** The stem, when some event's own word has it; '' otherwise. */
  stem: string;
  kind: string | undefined;
}

/** A place the sentence says something took place at, and the word naming what (none for a table's place column). */
interface PlaceSlot extends WrittenPlace {
  cue?: Cue;
  /** For where a trip went: the meeting it was made for, named right after the place ("flew to Beirut to meet him"). */
  purpose?: Cue;
}

interface Candidate {
  indexed: IndexedEvent;
  score: number;
  /** How many of the persons named in the sentence take part in the event. */
  insiders: number;
  /** Where in the sentence the words and people naming the event stand, in order: for telling which of several dates is its. */
  anchors: number[];
  /** Those taking part whom the sentence names, how surely, and where. */
  namedHere: { weight: number; positions: number[] }[];
  /** How many bodies taking part the sentence names only by a member ("Abu Marzouk" for Hamas). */
  throughBodies: number;
  /** Where the sentence names the event by a word of its own, not only of its kind. */
  ownWords: number[];
  /** Where the sentence names the event by a word of its own or of its kind, and how much that adds to the score. */
  words: { weight: number; positions: number[] };
}

/**
 * The event claims of a block. `excluded` are stretches (titles, homes) whose places are no
 * event's place, sorted; `titles` are the title phrases, whose sentences need the time of the
 * events they tell of.
 */
export function readEventClaims(context: ClaimContext, references: readonly BackReference[], excluded: readonly Span[], titles: readonly Span[]): EventClaims {
  const claims: EventClaims = { dates: [], places: [], times: new Map() };
  if (context.facts.events.length === 0) return claims;
  const directed: Cue[] = [];
  const cues = cuesOf(context, context.tokens, directed);
  const headingCues = context.heading ? cuesOf(context, context.heading.tokens) : [];
  // "### Fri 26 Jan 2024" over "- … held consultations with Bogdanov in Moscow": a heading's date is of what its section opens with.
  const leadCues = context.sectionLead ? cuesOf(context, context.sectionLead.tokens) : [];
  let layout: BlockLayout | undefined;
  for (const sentence of context.sentences) {
    const within = tokensWithin(context.tokens, sentence);
    const ownCues = withinSorted(cues, sentence);
    const mentions = withinSorted(context.mentions, sentence);
    if (ownCues.length === 0 && leadCues.length === 0 && mentions.filter((mention) => mention.actor.type === 'person').length < 2) continue;
    const dates = eventDatesWithin(context.dates, sentence);
    const places = placeSlots(context, sentence, within, ownCues, excluded, (layout ??= blockLayout(context, cues, excluded)));
    // A sentence with no date, no place and no title claims nothing of an event.
    if (dates.length === 0 && places.length === 0 && withinSorted(titles, sentence).length === 0) continue;
    const previous = previousSentence(context, sentence);
    // "ordered the commission to recount": the act a sentence says is ordered is not what a heading or the sentence before names it for.
    const orderedHere = withinSorted(directed, sentence);
    const notOrderedHere = (cue: Cue) => !orderedHere.some((order) => (order.stem !== '' && order.stem === cue.stem) || (order.kind !== undefined && order.kind === cue.kind));
    const previousCues = previous ? withinSorted(cues, previous).filter(notOrderedHere) : [];
    const people = participantsOf(context, previous, mentions, withinSorted(references, sentence), ownCues);
    const all = candidatesOf(context, ownCues, [...previousCues, ...headingCues.filter(notOrderedHere), ...leadCues], people, places, dates);
    const candidates = fromCitedSources(all, citedSources(context, sentence));
    if (candidates.length === 0) continue;
    if (dates.length > 0) {
      const uncited = candidates === all ? [] : all.filter((candidate) => !candidates.includes(candidate));
      const dated = claimDates(context, sentence, dates, candidates, uncited, people, places, claims);
      const namedInClause = clauseNaming(context, sentence, ownCues, people);
      // A place by no date of a dated event is said of the undated event the sentence surely tells of, if any.
      let undated: IndexedEvent[] | undefined;
      const undatedOnes = () => (undated ??= identifyUndated(context, sentence, withoutOutsiders(context, candidates, people, sentence)).filter((indexed) => !indexed.span));
      claimPlaces(context, places, (slot) => {
        const near = eventsDatedNear(dated, slot);
        return namedInClause(slot, near.length > 0 ? near : undatedOnes());
      }, claims);
      continue;
    }
    const identified = identifyUndated(context, sentence, withoutOutsiders(context, candidates, people, sentence));
    const times = identified.flatMap((indexed) => (indexed.event.date && indexed.span ? [eventTime(indexed)] : []));
    if (times.length > 0 && times.length === identified.length) claims.times.set(sentence.start, times);
    // With no date to pin the event, a place that is another likely event's ("the Moscow visit") is said of that one.
    // Not an event far less likely that the place's word names less surely: "the reconciliation talks held in Beijing" are not the meeting planned in China.
    const best = Math.max(0, ...candidates.filter(({ indexed }) => identified.includes(indexed)).map(({ score }) => score));
    const placeOfAnother = (slot: PlaceSlot) => {
      const needed = slot.cue ? Math.max(0, ...identified.map((indexed) => cueStrength(indexed, slot.cue!))) : 0;
      return candidates.some((candidate) => {
        const { indexed, score } = candidate;
        if (identified.includes(indexed) || indexed.event.place === undefined) return false;
        const strength = slot.cue ? cueStrength(indexed, slot.cue) : 2;
        if (strength === 0 || (strength < needed && score <= best - 2 && !namedJustBefore(candidate, slot))) return false;
        return placeFits(context, slot, context.factBase.actors.get(indexed.event.place)!) === true;
      });
    };
    claimPlaces(context, places, () => identified, claims, placeOfAnother);
  }
  return claims;
}

/**
 * The tokens naming events: a word of some event (by stem), or of a kind of event some event is
 * of. A verb that names an event only with its noun ("held talks", "talks were held") counts only
 * next to one ("citizens held in Gaza" names none).
 */
function cuesOf(context: ClaimContext, tokens: readonly Token[], directed: Cue[] = []): Cue[] {
  const cues: Cue[] = [];
  const { facts } = context;
  for (let at = 0; at < tokens.length; at++) {
    const stem = context.session.stemOf(tokens[at].norm);
    const exact = facts.eventsByStem.has(stem);
    const kind = facts.kindOfStem.get(stem);
    if (!exact && (kind === undefined || !facts.eventsByKind.has(kind))) continue;
    // "called on Russia to", "calls for a ceasefire": an appeal, not a call; "made the calls on 26 January" is one.
    if (stem === 'call' && APPEAL_PARTICLES.has(tokens[at + 1]?.norm ?? '') && !datedRightAfter(context, tokens[at + 1]!.end)) continue;
    if (PERSON_OBJECT_VERBS.has(stem) && !startsPersonObject(context, tokens, at + 1)) continue;
    if (OBJECTLESS_MEETING_VERBS.has(stem) && hasObject(context.text, tokens, at)) continue;
    if (stem === 'call' && namesWithTitle(context, tokens, at)) continue;
    if (isTopicOfWork(tokens, at)) continue;
    // "ten days before the latest visit": the event a stated span is counted from, not the one the sentence dates.
    if (COUNTED_FROM.test(context.text.slice(Math.max(0, tokens[at].start - 48), tokens[at].start))) continue;
    (isDirected(tokens, at) ? directed : cues).push({ start: tokens[at].start, end: tokens[at].end, at, stem: exact ? stem : '', kind });
  }
  const isLight = (cue: Cue) => LIGHT_VERBS.has(context.session.stemOf(tokens[cue.at].norm));
  // "held talks", "held a meeting", "the talks were held": a light verb with the word of its event
  // as its object, right after it, or as the subject of its passive, before it.
  const kindsBefore = new Set<string | undefined>();
  return cues.filter((cue, i) => {
    if (!isLight(cue)) {
      kindsBefore.add(cue.kind);
      return true;
    }
    for (let next = i + 1; next < cues.length && cues[next].at - cue.at <= 3; next++) if (cues[next].kind === cue.kind && !isLight(cues[next])) return true;
    // "who were held": the passive says something of persons, not of the event.
    return cue.at > 0 && PASSIVE_AUXILIARIES.has(tokens[cue.at - 1].norm) && !PERSON_RELATIVES.has(tokens[cue.at - 2]?.norm ?? '') && kindsBefore.has(cue.kind);
  });
}

/**
 * Whether token `at` is the topic of a piece of work or talk that the clause tells of instead:
 * "our briefing on the Moscow talks, held online on 6 February" dates the briefing.
 */
function isTopicOfWork(tokens: readonly Token[], at: number): boolean {
  for (let about = at - 1; about >= Math.max(1, at - 4); about--) {
    if (TOPIC_PREPOSITIONS.has(tokens[about].norm)) return WORK_NOUNS.has(tokens[about - 1].norm);
  }
  // "brought specialists together to unpack the Hamas delegation's talks": a gathering whose purpose is to talk of the event.
  for (let about = at - 1; about >= Math.max(1, at - MAX_TOPIC_WORDS); about--) {
    if (TOPIC_VERBS.has(tokens[about].norm) && tokens[about - 1].norm === 'to') return true;
  }
  return false;
}

/**
 * Whether token `at` names an act another verb orders or asks for ("ordered the recount", "urged
 * the commission to recount"): the clause's date is the order's, the act still to come.
 */
function isDirected(tokens: readonly Token[], at: number): boolean {
  for (let before = at - 1; before >= Math.max(0, at - MAX_DIRECTED_WORDS); before--) if (DIRECTIVE_VERBS.has(tokens[before].norm)) return true;
  return false;
}

/** How many words may stand between a verb that orders and the act it orders: "ordered the Central Electoral Commission to recount". */
const MAX_DIRECTED_WORDS = 6;

/** "calls him the current head", "called Naim its spokesman": a verb naming a person by a title, not a call. */
function namesWithTitle(context: ClaimContext, tokens: readonly Token[], at: number): boolean {
  if (!startsPersonObject(context, tokens, at + 1)) return false;
  const object = tokens === context.tokens ? personNamedAt(context, tokens[at + 1].start) : undefined;
  let next = at + 2;
  while (object && next < tokens.length && tokens[next].start < object.end) next++;
  for (let i = next; i < Math.min(tokens.length, next + 4); i++) if (isTitleWord(tokens[i].norm, context.facts.officeWords)) return true;
  return false;
}

/** How many words may stand between a verb of talking of something and the event's word it is about: "to unpack the Hamas delegation's talks". */
const MAX_TOPIC_WORDS = 6;

/** Whether token `at` opens a person as an object: an object pronoun, or a person's name ("saw Lavrov", "saw him"). */
function startsPersonObject(context: ClaimContext, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  // A heading's tokens are not where the block's names stand: only its pronouns count.
  return OBJECT_PRONOUNS.has(token.norm) || (tokens === context.tokens && personNamedAt(context, token.start) !== undefined);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const PERSON_RELATIVES = new Set(['who', 'whom']);
const APPEAL_PARTICLES = new Set(['on', 'upon', 'for', 'off', 'out']);

/** Whether a date of the draft opens right after the offset, past spaces: "on 26 January", "on the twenty-sixth". */
function datedRightAfter(context: ClaimContext, offset: number): boolean {
  const start = offset + (/^[ \t]*/.exec(context.text.slice(offset, offset + 8))?.[0].length ?? 0);
  return context.dates[firstStartingAt(context.dates, start)]?.start === start;
}

/** Before an event's word, a span counted from it: "ten days before the latest", "a week after their". */
const COUNTED_FROM = new RegExp(String.raw`${COUNTED_SPAN}[ \t]+(?:(?:the|a|an|his|her|their|its|this|that)[ \t]+)?(?:\p{Ll}+[ \t]+)?$`, 'iu');

/** Whether the verb at token `at` has an object: a word right after it that no verb without one is followed by. */
function hasObject(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && /^[ \t]+$/.test(text.slice(tokens[at].end, next.start)) && !AFTER_OBJECTLESS_VERB.has(next.norm);
}

/** A person named where those taking part stand; `of`, the word naming an event whose object they are ("release of Trufanov"). */
interface ActorMention extends Span {
  actorId: string;
  of?: Cue;
}

interface People {
  /** Actor id to how surely the sentence names it. */
  weights: Map<string, number>;
  /** Persons named in the sentence itself, with where they stand. */
  persons: Map<string, number>;
  /**
   * Persons named where those taking part in what the sentence tells stand, with where: before its
   * first word naming an event, or right after one ("met Netanyahu"). Persons named later are
   * mostly what is talked about ("called Hamas and asked for Trufanov's release").
   */
  actors: Map<string, number>;
  /** The mentions of `actors`, in text order, each with the word naming an event it follows, if any. */
  actorMentions: ActorMention[];
  /** Organisations named in the sentence itself, or referred to there. */
  organisations: { actorId: string; start: number }[];
  /** Where the sentence names each actor it names or refers to. */
  positions: Map<string, number[]>;
  /** The bodies the persons named in the sentence are members of, each to those members. */
  bodies: Map<string, string[]>;
}

/** Who the sentence speaks of: named in it (most surely), referred back to (`references`, the sentence's), or named in the sentence before or the heading. */
function participantsOf(context: ClaimContext, previous: Span | undefined, mentions: NameMention[], references: readonly BackReference[], cues: Cue[]): People {
  const weights = new Map<string, number>();
  const persons = new Map<string, number>();
  const actors = new Map<string, number>();
  const actorMentions: ActorMention[] = [];
  const organisations: People['organisations'] = [];
  const positions = new Map<string, number[]>();
  const bodies = new Map<string, string[]>();
  const at = (id: string, start: number) => {
    const list = positions.get(id);
    if (list) list.push(start);
    else positions.set(id, [start]);
  };
  const add = (id: string, weight: number) => weights.set(id, Math.max(weights.get(id) ?? 0, weight));
  const cueStarts = cues.map((cue) => cue.start);
  for (const mention of mentions) {
    add(mention.actorId, mention.actor.type === 'person' ? 2 : 1);
    at(mention.actorId, mention.start);
    if (mention.actor.type === 'organisation') organisations.push(mention);
    if (mention.actor.type !== 'person') continue;
    if (!persons.has(mention.actorId)) persons.set(mention.actorId, mention.start);
    for (const body of mention.actor.memberOf) {
      const members = bodies.get(body);
      if (!members) bodies.set(body, [mention.actorId]);
      else if (!members.includes(mention.actorId)) members.push(mention.actorId);
    }
    const object = cueStarts.length > 0 && mention.start >= cueStarts[0] && distanceAfterLast(cueStarts, mention.start) <= DIRECT_OBJECT_CHARS;
    if (cueStarts.length === 0 || mention.start < cueStarts[0] || object) {
      actors.set(mention.actorId, mention.start);
      actorMentions.push({ start: mention.start, end: mention.end, actorId: mention.actorId, of: object ? cues[firstAtOrAfter(cueStarts, mention.start) - 1] : undefined });
    }
  }
  for (const reference of references) {
    add(reference.actorId, reference.type === 'person' ? 1.5 : 1);
    at(reference.actorId, reference.start);
    if (reference.type === 'organisation') organisations.push(reference);
    else if (!persons.has(reference.actorId)) persons.set(reference.actorId, reference.start);
  }
  // A record's field speaks of its person: "- Remarks: met Lavrov in March 2020".
  if (context.record) add(context.record.person.actorId, 1.5);
  const around = [...(previous ? withinSorted(context.mentions, previous) : (context.continues ?? [])), ...(context.heading?.mentions ?? []), ...(context.sectionLead?.mentions ?? []), ...leadMentions(context, previous)];
  for (const mention of around) add(mention.actorId, mention.actor.type === 'person' ? 1 : 0.5);
  for (const list of positions.values()) list.sort((x, y) => x - y);
  return { weights, persons, actors, actorMentions, organisations, positions, bodies };
}

/** "- **Bogdanov's phone call.** … The call itself was on the 22nd": a bold lead opening the block is its topic, as a heading is (the scan may leave its opening marks out). */
const BOLD_LEAD = /^[ \t]*(?:\*\*|__)?([^*_\n]{2,80}?)(?:\*\*|__)(?=[ \t]|$)/;

/** The mentions of the block's bold lead, for a sentence after the one holding it (that one names them itself or in the sentence before). */
function leadMentions(context: ClaimContext, previous: Span | undefined): NameMention[] {
  if (!previous) return [];
  const lead = BOLD_LEAD.exec(context.text);
  if (!lead || lead.index + lead[0].length > previous.end) return [];
  return withinSorted(context.mentions, { start: 0, end: lead.index + lead[0].length });
}

/** How far after an event's word a person may stand and still be taken for one taking part: "met with Netanyahu". */
const DIRECT_OBJECT_CHARS = 24;

/**
 * The events the sentence may tell of, with how surely. An event needs a word naming it here (or,
 * less surely, in the sentence before or the heading) and someone taking part or its place, or
 * else two of its people named here.
 */
function candidatesOf(context: ClaimContext, ownCues: Cue[], nearbyCues: Cue[], people: People, places: WrittenPlace[], dates: readonly DraftDate[]): Candidate[] {
  const { facts } = context;
  const own = cueSetOf(ownCues);
  const nearby = cueSetOf(nearbyCues);
  const found = new Set<IndexedEvent>();
  const collect = (events: readonly IndexedEvent[] | undefined) => {
    for (const indexed of events ?? []) found.add(indexed);
  };
  const placesNamed = new Set(places.map((written) => written.place?.id));
  // From who and where the sentence names, by the words naming events: the events it may mean.
  const keys = [...own.stems, ...nearby.stems, ...[...own.kinds, ...nearby.kinds].map(kindKey)];
  for (const actor of [...people.weights.keys(), ...people.bodies.keys(), ...placesNamed]) {
    const byWord = actor && facts.eventsByActorAndWord.get(actor);
    if (byWord) for (const key of keys) collect(byWord.get(key));
  }
  // An event's own word alone may name it ("the consultations"), when few events have that word.
  for (const stem of own.stems) {
    const events = facts.eventsByStem.get(stem);
    if (events && events.length <= FEW_EVENTS) collect(events);
  }
  if (people.persons.size >= 2) collect(eventsOfTwo(facts, [...people.persons.keys()]));
  const candidates: Candidate[] = [];
  for (const indexed of found) {
    const cue = cueScore(indexed, own, 1) || cueScore(indexed, nearby, 0.5);
    let takingPart = 0;
    let throughBodies = 0;
    let insiders = 0;
    for (const participant of indexed.participants) {
      const weight = people.weights.get(participant);
      if (weight !== undefined) takingPart += weight;
      else if (speaksForBody(context, indexed, people, participant)) throughBodies++;
      if (people.persons.has(participant)) insiders++;
    }
    const atPlace = indexed.event.place !== undefined && placesNamed.has(indexed.event.place) ? 1 : 0;
    // "The reconstruction contract … was signed on": two words of the event's own name it with no one named, when one is of no general kind.
    const ownStems = new Set(ownCues.filter((found) => found.stem !== '' && indexed.stems.includes(found.stem)).map((found) => found.stem));
    const namedByWords = ownStems.size >= 2 && [...ownStems].some((stem) => !facts.kindOfStem.has(stem));
    // "The January 2024 consultations, held on Thursday the 18th": its own word and a date it agrees with name it, with no one named
    // (not across a table row's cells, which may hold other dates: "| the February 2025 talks | Novak | 14.02.2025 |").
    const namedByDate = context.kind !== 'table-row' && ownStems.size > 0 && dates.some((date) => agrees(indexed, date));
    const named = cue >= 1 && (takingPart + throughBodies + atPlace >= 1 || namedByWords || namedByDate);
    const byPeople = insiders >= 2 && takingPart >= 4;
    if (!named && !byPeople) continue;
    const anchors: number[] = [];
    for (const participant of indexed.participants) {
      const at = people.persons.get(participant);
      if (at !== undefined) anchors.push(at);
    }
    const ownWords: number[] = [];
    const words: number[] = [];
    for (const cue of ownCues) {
      if (!cueMatches(indexed, cue)) continue;
      anchors.push(cue.start);
      words.push(cue.start);
      if (cue.stem !== '' && indexed.stems.includes(cue.stem)) ownWords.push(cue.start);
    }
    for (const mention of people.organisations) if (indexed.participants.includes(mention.actorId)) anchors.push(mention.start);
    const namedHere = indexed.participants.filter((participant) => people.positions.has(participant)).map((participant) => ({ weight: people.weights.get(participant)!, positions: people.positions.get(participant)! }));
    candidates.push({ indexed, score: 2 * cue + takingPart + BODY_WEIGHT * throughBodies + atPlace, insiders, throughBodies, anchors: anchors.sort((x, y) => x - y), namedHere, ownWords, words: { weight: 2 * cue, positions: words } });
  }
  return candidates.sort((x, y) => y.score - x.score || x.indexed.order - y.indexed.order);
}

/**
 * How much a body taking part adds to how surely the sentence tells of an event, when only a member
 * of it is named: less than the body named itself, though it counts as much for naming the event.
 */
const BODY_WEIGHT = 1;

/** Whether a member named in the sentence speaks for a body taking part in the event (see `mayActFor`). */
function speaksForBody(context: ClaimContext, indexed: IndexedEvent, people: People, body: string): boolean {
  return people.bodies.has(body) && mayActFor(context, indexed, body);
}

/** Whether the actor takes part in the event, in person or through a body they may act for in it. */
function takesPart(context: ClaimContext, indexed: IndexedEvent, actorId: string): boolean {
  if (indexed.participants.includes(actorId)) return true;
  return context.factBase.actors.get(actorId)?.memberOf.some((body) => indexed.participants.includes(body) && mayActFor(context, indexed, body)) ?? false;
}

/**
 * Whether any member of a body taking part in the event may be the one who acted for it: "Abu
 * Marzouk travelled to Moscow" tells of a Hamas visit. Not when the sources name who of the body
 * took part: the others then took no part.
 */
function mayActFor(context: ClaimContext, indexed: IndexedEvent, body: string): boolean {
  return !indexed.participants.some((participant) => context.factBase.actors.get(participant)?.memberOf.includes(body));
}

/** How many events may share a word for that word alone to name one of them. */
const FEW_EVENTS = 8;

/** The events two of the persons take part in: those of the person with fewest, with another of them among the participants. */
function eventsOfTwo(facts: ClaimContext['facts'], persons: string[]): IndexedEvent[] {
  const lists = persons.map((id) => ({ id, events: facts.eventsByParticipant.get(id) ?? [] })).sort((a, b) => a.events.length - b.events.length);
  const [fewest, ...others] = lists;
  return fewest.events.filter((indexed) => others.some((other) => indexed.participants.includes(other.id)));
}

/** The distinct stems (of events' own words) and kinds a list of cues names. */
interface CueSet {
  stems: Set<string>;
  kinds: Set<string>;
}

function cueSetOf(cues: Cue[]): CueSet {
  const set: CueSet = { stems: new Set(), kinds: new Set() };
  for (const cue of cues) {
    if (cue.stem !== '') set.stems.add(cue.stem);
    if (cue.kind !== undefined) set.kinds.add(cue.kind);
  }
  return set;
}

/** A sentence citing sources tells of what those sources tell, when they tell of any of its candidates. */
function fromCitedSources(candidates: Candidate[], cited: string[]): Candidate[] {
  if (cited.length === 0) return candidates;
  const told = candidates.filter((candidate) => candidate.indexed.event.evidence.some((item) => cited.includes(item.sourceId)));
  return told.length > 0 ? told : candidates;
}

/** How far before a place someone taking part in an event may be named for the place to be said of that event: "as Hamas talks in Moscow". */
const NAMED_BEFORE_PLACE_CHARS = 40;

function namedJustBefore(candidate: Candidate, slot: Span): boolean {
  return candidate.namedHere.some(({ positions }) => positions.some((at) => at < slot.start && slot.start - at <= NAMED_BEFORE_PLACE_CHARS));
}

/** 2 when the cue is one of the event's own words, 1 when it is only of its kind, 0 when it names another kind. */
function cueStrength(indexed: IndexedEvent, cue: Cue): number {
  if (cue.stem !== '' && indexed.stems.includes(cue.stem)) return 2;
  return cue.kind !== undefined && indexed.kinds.includes(cue.kind) ? 1 : 0;
}

function cueMatches(indexed: IndexedEvent, cue: Cue): boolean {
  return (cue.stem !== '' && indexed.stems.includes(cue.stem)) || (cue.kind !== undefined && indexed.kinds.includes(cue.kind));
}

/** 2 for the event's own word, 1 for a word of its kind, times `weight`; 0 when none names it. */
function cueScore(indexed: IndexedEvent, cues: CueSet, weight: number): number {
  if (indexed.stems.some((stem) => cues.stems.has(stem))) return 2 * weight;
  return indexed.kinds.some((kind) => cues.kinds.has(kind)) ? weight : 0;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** A date of the sentence with the events it agrees with; its offsets are the date's. */
interface DatedEvents extends Span {
  date: DraftDate;
  events: IndexedEvent[];
}

/**
 * Gives each of the sentence's dates its event: one it agrees with, else one it agrees with of
 * those `uncited` (the candidates only sources the sentence does not cite tell of: the date is
 * theirs, cited to another source), else the likeliest event near it in time that no date as
 * precise already took. Returns the dates that agree with events.
 */
function claimDates(context: ClaimContext, sentence: Span, dates: DraftDate[], all: Candidate[], uncited: Candidate[], people: People, places: PlaceSlot[], claims: EventClaims): DatedEvents[] {
  const clauses = clausesOf(context, sentence);
  const agreed: DatedEvents[] = [];
  const takenAt = new Map<IndexedEvent, number>();
  const unexplained: { date: DraftDate; candidates: Candidate[] }[] = [];
  const byClause = new Map<Span, Candidate[]>();
  const clauseCommas = new Map<Span, ClauseCommas>();
  const nearestDates = new NearestDates(dates);
  for (const date of dates) {
    const clause = clauseAt(clauses, date.start);
    let candidates = byClause.get(clause);
    if (!candidates) byClause.set(clause, (candidates = withoutOutsiders(context, all, people, clause)));
    // In a relative clause ("Sadykov, who had been deputy before taking over in January 2023, signed…"), what the clause around it tells does not outweigh what it says itself;
    // nor does an event another date of the sentence stands nearer to ("after the 24 January call, the delegation arrived on 3 February").
    const rivals = candidates.filter((candidate) => !nearestDates.nearerToAnother(candidate.indexed, date));
    let agreeing = notOutweighed(candidates.filter((candidate) => agrees(candidate.indexed, date)), rivals, date, relativeClauseAround(context.text, clause, date, clauseCommas) ?? clause);
    if (agreeing.length === 0 && uncited.length > 0) agreeing = withoutOutsiders(context, uncited, people, clause).filter((candidate) => agrees(candidate.indexed, date));
    if (agreeing.length === 0) {
      unexplained.push({ date, candidates });
      continue;
    }
    const best = nearestTo(agreeing, date);
    claims.dates.push({ start: date.start, end: date.end, date, event: best.indexed, agrees: true });
    agreed.push({ start: date.start, end: date.end, date, events: agreeing.map((candidate) => candidate.indexed) });
    // A span of years ("between 2007 and 2011") holds the events it agrees with without dating them: another date may still.
    if (!date.until) for (const candidate of agreeing) takenAt.set(candidate.indexed, Math.max(takenAt.get(candidate.indexed) ?? -1, PRECISION_RANK[date.date.precision]));
  }
  if (unexplained.length === 0) return agreed;
  const contradictableBySpan = new Map<string, Candidate[]>();
  for (const { date, candidates } of unexplained) {
    const clause = clauseAt(clauses, date.start);
    // "Will the ministry, whose last shipment went in October, send another?": the words of another occurrence outside the relative clause a date stands in are said of something else;
    // so are those of a predicate "and" joins after it ("last sent aid in December 2024 and no new shipment has been announced").
    const relative = relativeClauseAround(context.text, clause, date, clauseCommas);
    const told = predicateOf(context, relative ?? clause, date);
    const key = `${told.start}:${told.end}`;
    let contradictable = relative ? undefined : contradictableBySpan.get(key);
    if (!contradictable) {
      // A heading's date alone, of the event its section opens with: named there, not in the heading's own words.
      const ofSection = context.kind === 'heading' && context.sectionLead !== undefined;
      contradictable = speaksOfAnotherOccurrence(context, told) ? [] : ofSection ? candidates.filter((candidate) => candidate.score >= MIN_SCORE_TO_CONTRADICT) : mayBeContradicted(clause, candidates);
      if (!relative) contradictableBySpan.set(key, contradictable);
    }
    const near = contradictable.filter((candidate) => {
      const taken = takenAt.get(candidate.indexed);
      return (taken === undefined || taken < PRECISION_RANK[date.date.precision]) && nearness(candidate.indexed, date) !== undefined && !placedElsewhere(context, candidate.indexed, places);
    });
    if (near.length === 0) continue;
    const topScore = near[0].score;
    const likeliest = near.filter((candidate) => candidate.score === topScore);
    const best = nearestTo(likeliest, date);
    if (daysAnotherEventOfTheNamed(context, best, date, people)) continue;
    const yearSlipOf = likeliest.find((candidate) => candidate !== best && sharesParticipant(candidate.indexed, best.indexed) && isYearSlip(candidate.indexed, date))?.indexed;
    claims.dates.push({ start: date.start, end: date.end, date, event: best.indexed, agrees: false, ...(yearSlipOf && { yearSlipOf }) });
  }
  return agreed;
}

/** For each event, the two dates of a sentence nearest to it in time, found once. */
class NearestDates {
  private readonly byEvent = new Map<IndexedEvent, { nearest?: DraftDate; apart: number; secondApart: number }>();

  constructor(private readonly dates: readonly DraftDate[]) {}

  /** Whether another date of the sentence lies nearer in time to the event than the date does. */
  nearerToAnother(indexed: IndexedEvent, date: DraftDate): boolean {
    const apart = nearness(indexed, date);
    if (apart === undefined) return false;
    const found = this.of(indexed);
    return (found.nearest === date ? found.secondApart : found.apart) < apart;
  }

  private of(indexed: IndexedEvent): { nearest?: DraftDate; apart: number; secondApart: number } {
    let found = this.byEvent.get(indexed);
    if (found) return found;
    found = { apart: Infinity, secondApart: Infinity };
    for (const date of this.dates) {
      const apart = nearness(indexed, date) ?? Infinity;
      if (apart < found.apart) found = { nearest: date, apart, secondApart: found.apart };
      else if (apart < found.secondApart) found.secondApart = apart;
    }
    this.byEvent.set(indexed, found);
    return found;
  }
}

/**
 * Whether the day is that of another event of someone the sentence names, while the likeliest event
 * is named by no word of the sentence itself (only by the one before or the heading): "She then wrote
 * to the editor, Dr Kühnel, on 26 September" after her complaint of 14 September tells of the
 * 26 September e-mail Kühnel received, not of the complaint misdated.
 */
function daysAnotherEventOfTheNamed(context: ClaimContext, best: Candidate, date: DraftDate, people: People): boolean {
  if (best.words.positions.length > 0 || date.date.precision !== 'day') return false;
  return context.facts.events.some((indexed) => indexed !== best.indexed && indexed.event.date?.precision === 'day' && agrees(indexed, date) && indexed.event.participants.some((id) => people.persons.has(id)));
}

/**
 * Whether the sentence puts what it dates at a place that is not the event's: told otherwise in
 * both where and when, it tells of another occurrence ("hearings opened on 6 May in Marlow Falls"
 * for the hearings that moved to Timmins on 26 May), not of this one misdated.
 */
function placedElsewhere(context: ClaimContext, indexed: IndexedEvent, places: readonly PlaceSlot[]): boolean {
  const place = indexed.event.place === undefined ? undefined : context.factBase.actors.get(indexed.event.place);
  if (place === undefined) return false;
  const fits = places.filter((slot) => slot.place !== undefined).map((slot) => placeFits(context, slot, place));
  return fits.includes(false) && !fits.includes(true);
}

/** How much surer an event the date is near must be for an event the date agrees with no longer to explain it. */
const OUTWEIGHING_MARGIN = 3;

/**
 * The agreeing candidates less those that do not explain the date as well as an event it is near
 * but does not agree with: one the date fits only loosely (it is more precise than they are dated, or
 * falls within their span of years) and no surer than that event ("Meshaal introducing Abu Marzouk to
 * Lavrov on 13 March 2006" is the talks of 3 March misdated, not one of Mashal's visits of 2006 to
 * 2010), and one far less sure that the date's clause does not name.
 */
function notOutweighed(agreeing: Candidate[], candidates: Candidate[], date: DraftDate, clause: Span): Candidate[] {
  if (agreeing.length === 0) return agreeing;
  const near = candidates.filter((candidate) => !agreeing.includes(candidate) && nearness(candidate.indexed, date) !== undefined);
  const strongest = Math.max(-Infinity, ...near.map((candidate) => candidate.score));
  const strongestInClause = Math.max(-Infinity, ...near.map((candidate) => toldInClause(candidate, clause)));
  // Named in the clause, it still gives way to an event the clause itself tells far more surely ("pressed them by telephone, and later that month the delegation arrived").
  const namedHereEnough = (candidate: Candidate) => namedInClause(candidate, clause) && toldInClause(candidate, clause) > strongestInClause - OUTWEIGHING_MARGIN;
  return agreeing.filter((candidate) => (fitsLoosely(candidate.indexed, date) ? candidate.score > strongest : candidate.score > strongest - OUTWEIGHING_MARGIN || namedHereEnough(candidate)));
}

/** Whether the date is more precise than the event is dated, or falls within its span of years: it fits it, but does not date it. */
export function fitsLoosely(indexed: IndexedEvent, date: DraftDate): boolean {
  const told = indexed.event.date;
  return told !== undefined && (indexed.event.until !== undefined || PRECISION_RANK[told.precision] < PRECISION_RANK[date.date.precision]);
}

/**
 * The candidates a date of the clause that none of them agrees with may contradict, when the clause
 * speaks of no other occurrence. An event the sources leave undated may be what the sentence
 * dates: no clearly weaker candidate is taken for it, nor, when the clause names it by a word of its
 * own, one the clause names neither by that word nor by anyone taking part ("reconciliation talks in
 * Russia in March").
 */
function mayBeContradicted(clause: Span, candidates: Candidate[]): Candidate[] {
  // An undated event told of in another clause only ("…; Lavrov also received Abu Marzouk several times") is not what this one dates.
  const undated = candidates.filter((candidate) => !candidate.indexed.span && namedInClause(candidate, clause));
  const undatedScore = Math.max(0, ...undated.map((candidate) => scoreInClause(candidate, clause)));
  const undatedWords = new Set(undated.flatMap((candidate) => sortedWithin(candidate.ownWords, clause)));
  return candidates.filter((candidate) => {
    if (!namedInClause(candidate, clause) || scoreInClause(candidate, clause) < MIN_SCORE_TO_CONTRADICT) return false;
    if (candidate.score <= undatedScore - UNDATED_MARGIN) return false;
    const ownWordsHere = new Set(sortedWithin(candidate.ownWords, clause));
    const outworded = [...undatedWords].some((at) => !ownWordsHere.has(at)) && !namesOneTakingPartIn(candidate, clause);
    return !outworded;
  });
}

/** The date, its year stated, is the event's day (or month, both told to the month) in another year. */
function isYearSlip(indexed: IndexedEvent, date: DraftDate): boolean {
  const told = indexed.event.date;
  const written = date.date;
  if (!told || !date.yearStated || date.until || told.precision !== written.precision || told.year === written.year) return false;
  return told.precision !== 'year' && told.month === written.month && told.day === written.day;
}

function sharesParticipant(a: IndexedEvent, b: IndexedEvent): boolean {
  return a.participants.some((id) => b.participants.includes(id));
}

/** Of several candidates, the one whose words and people stand nearest the date, then nearest in time. */
function nearestTo(candidates: Candidate[], date: DraftDate): Candidate {
  let best = candidates[0];
  let bestDistance = Infinity;
  let bestApart = Infinity;
  for (const candidate of candidates) {
    const distance = distanceToNearest(candidate.anchors, date.start);
    const apart = candidate.indexed.dateSpan ? daysApart(date.span, candidate.indexed.dateSpan) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && apart < bestApart)) {
      best = candidate;
      bestDistance = distance;
      bestApart = apart;
    }
  }
  return best;
}

/** The index of the first of the sorted positions at or after the offset. */
function firstAtOrAfter(sorted: number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the clause itself names the event, someone taking part or its place: a date in a clause that does not is said of something else. */
function namedInClause(candidate: Candidate, clause: Span): boolean {
  return anyWithin(candidate.anchors, clause);
}

function namesOneTakingPartIn(candidate: Candidate, clause: Span): boolean {
  return candidate.namedHere.some(({ positions }) => anyWithin(positions, clause));
}

/** Whether any of the sorted positions lies within the span. */
function anyWithin(sorted: number[], span: Span): boolean {
  const at = firstAtOrAfter(sorted, span.start);
  return at < sorted.length && sorted[at] < span.end;
}

/** The sorted positions within the span. */
function sortedWithin(sorted: number[], span: Span): number[] {
  return sorted.slice(firstAtOrAfter(sorted, span.start), firstAtOrAfter(sorted, span.end));
}

/** How surely the clause of a date tells of the event: those taking part named only in another clause of the sentence do not count. */
function scoreInClause(candidate: Candidate, clause: Span): number {
  let score = candidate.score;
  for (const { weight, positions } of candidate.namedHere) if (!anyWithin(positions, clause)) score -= weight;
  return score;
}

/** How surely the clause by itself tells of the event: neither those taking part nor the words naming it count when they stand only in another clause. */
function toldInClause(candidate: Candidate, clause: Span): number {
  const { weight, positions } = candidate.words;
  return scoreInClause(candidate, clause) - (anyWithin(positions, clause) ? 0 : weight);
}

/** How far the offset lies from the nearest of the sorted positions (Infinity when there are none). */
function distanceToNearest(sorted: number[], offset: number): number {
  const low = firstAtOrAfter(sorted, offset);
  return Math.min(low < sorted.length ? sorted[low] - offset : Infinity, low > 0 ? offset - sorted[low - 1] : Infinity);
}

/** How far the offset lies after the last of the sorted positions before it (Infinity when none is). */
function distanceAfterLast(sorted: number[], offset: number): number {
  const low = firstAtOrAfter(sorted, offset);
  return low > 0 ? offset - sorted[low - 1] : Infinity;
}

/** Where a clause's relative clauses set off by a comma open ("…, whose"), and where its commas stand, in order. */
interface ClauseCommas {
  relatives: number[];
  commas: number[];
}

/** The relative clause set off by a comma that the date stands in ("…, whose last shipment went in October 2024, …"), if any. */
function relativeClauseAround(text: string, clause: Span, date: Span, known: Map<Span, ClauseCommas>): Span | undefined {
  let commas = known.get(clause);
  if (!commas) {
    commas = { relatives: [], commas: [] };
    for (const match of text.slice(clause.start, clause.end).matchAll(CLAUSE_COMMA)) {
      commas.commas.push(clause.start + match.index);
      if (match[1]) commas.relatives.push(clause.start + match.index);
    }
    known.set(clause, commas);
  }
  const opening = firstAtOrAfter(commas.relatives, date.start) - 1;
  if (opening < 0) return undefined;
  const close = commas.commas[firstAtOrAfter(commas.commas, date.end)];
  return { start: commas.relatives[opening], end: close ?? clause.end };
}

/** A comma, and whether a relative pronoun opens a clause after it. */
const CLAUSE_COMMA = /,(?:[ \t]*(whose|which|who)\b)?/g;

/**
 * What the date's own predicate tells: the clause up to an "and" or "but" after the date that follows
 * a verb in the past ("last sent aid in December 2024 and no new shipment has been announced"), not
 * one joining those who did it ("On 26 January Bogdanov and the Hamas leaders agreed").
 */
function predicateOf(context: ClaimContext, clause: Span, date: Span): Span {
  const { first, end } = tokensWithin(context.tokens, { start: date.end, end: clause.end });
  for (let i = first; i < Math.min(end, first + PREDICATE_REACH); i++) {
    const token = context.tokens[i]!;
    if (token.norm !== 'and' && token.norm !== 'but') continue;
    const verbFrom = Math.max(clause.start, date.start - VERB_REACH_CHARS);
    return PAST_VERB.test(context.text.slice(verbFrom, token.start)) ? { start: clause.start, end: token.start } : clause;
  }
  return clause;
}

/** How many words after a date an "and" may stand and still end its predicate; how far before the date its verb. */
const PREDICATE_REACH = 8;
const VERB_REACH_CHARS = 120;

const PAST_VERB = /\b(?:\p{Ll}{2,}ed|met|held|sent|came|went|flew|spoke|told|gave|took|made|saw|rang)\b/u;

/** "a new meeting", "the next round", "talks planned for": the clause tells of another occurrence than the sources date. */
function speaksOfAnotherOccurrence(context: ClaimContext, clause: Span): boolean {
  const { first, end } = tokensWithin(context.tokens, saying(context, clause));
  const dates = withinSorted(context.dates, clause);
  for (let i = first; i < end; i++) {
    const token = context.tokens[i];
    // "the next day" is a date, not another occurrence; "rang to repeat that" is a verb, said of no occurrence.
    if (OTHER_OCCURRENCE_WORDS.has(token.norm) && context.tokens[i - 1]?.norm !== 'to' && !dates.some((date) => date.start <= token.start && token.end <= date.end)) return true;
  }
  return false;
}

/**
 * The candidates not ruled out by the clause: one that names more persons taking no part in the
 * event, where those taking part stand, than the sentence names who do, tells of another event.
 */
function withoutOutsiders(context: ClaimContext, candidates: Candidate[], people: People, clause: Span): Candidate[] {
  const inClause = withinSorted(people.actorMentions, saying(context, clause));
  if (inClause.length === 0) return candidates;
  return candidates.filter((candidate) => {
    // The object of another event's word ("calls stressing the release of Trufanov") takes no part in this one.
    const outsiders = new Set(inClause.filter((mention) => !takesPart(context, candidate.indexed, mention.actorId) && (!mention.of || cueMatches(candidate.indexed, mention.of))).map((mention) => mention.actorId));
    return outsiders.size <= candidate.insiders;
  });
}

/**
 * The clause less what a speech verb in it says ("told the paper that …", "said that …"), when the
 * clause's dates all stand before that: what was said tells neither who took part in the saying
 * nor when it happened. The whole clause otherwise.
 */
function saying(context: ClaimContext, clause: Span): Span {
  const { first, end } = tokensWithin(context.tokens, clause);
  for (let i = first; i < end; i++) {
    if (!SPEECH_VERBS.has(context.tokens[i].norm)) continue;
    for (let j = i + 1; j < Math.min(end, i + 5); j++) {
      if (context.tokens[j].norm !== 'that') continue;
      const said = context.tokens[j].end;
      return withinSorted(context.dates, { start: said, end: clause.end }).length > 0 ? clause : { start: clause.start, end: said };
    }
  }
  return clause;
}

/** The events a sentence with no date of its own surely tells of: its time from the heading or table, or its words and people alone. */
function identifyUndated(context: ClaimContext, sentence: Span, candidates: Candidate[]): IndexedEvent[] {
  const time = timeAt(context, sentence.start).filter((date) => date.role === 'event');
  const fitting = time.length > 0 ? candidates.filter((candidate) => !candidate.indexed.span || time.some((date) => agrees(candidate.indexed, date))) : candidates;
  const sure = fitting.filter((candidate) => candidate.score >= MIN_SCORE_UNDATED || (time.length > 0 && candidate.indexed.span !== undefined));
  // Only the likeliest: an event named less surely than another is not what the sentence tells of.
  const best = Math.max(...sure.map((candidate) => candidate.score));
  const near = sure.filter((candidate) => candidate.score >= best - 1);
  // An event someone named takes part in in person is likelier than one reached through their body only.
  const throughBodyAlone = (candidate: Candidate) => candidate.throughBodies > 0 && candidate.insiders === 0;
  const likeliest = near.some((candidate) => candidate.insiders > 0) ? near.filter((candidate) => !throughBodyAlone(candidate)) : near;
  // Of those, the ones a word telling them from others of their kind names ("reconciliation talks"), when some are.
  const { first, end } = tokensWithin(context.tokens, sentence);
  const stems = new Set(context.tokens.slice(first, end).map((token) => context.session.stemOf(token.norm)));
  const qualified = likeliest.filter((candidate) => candidate.indexed.qualifiers.some((qualifier) => stems.has(qualifier)));
  return (qualified.length > 0 ? qualified : likeliest).map((candidate) => candidate.indexed);
}

/** The event's date as a date of the draft's, for the time of what a sentence tells of it. */
function eventTime(indexed: IndexedEvent): DraftDate {
  const { event } = indexed;
  return { start: -1, end: -1, text: '', date: event.date!, until: event.until, span: indexed.span!, yearStated: true, role: 'event' };
}

/** The date agrees with the event; a date written without a year agrees with the same day and month of any year. */
function agrees(indexed: IndexedEvent, date: DraftDate): boolean {
  const { event, span } = indexed;
  if (!event.date || !span) return false;
  if (date.yearStated || event.until || event.date.precision === 'year') return overlaps(date.span, span);
  return overlaps(date.span, daySpanInYear(event.date, date.date.year));
}

/**
 * How far apart, in days, a date is from an event it may be meant for: within a month and a half,
 * the same day and month (or month) of a year or two before or after, or a year off for events
 * dated to the year. Undefined when the date is too far to mean the event.
 */
function nearness(indexed: IndexedEvent, date: DraftDate): number | undefined {
  const { event, dateSpan } = indexed;
  if (!event.date || !dateSpan || event.until || date.until) return undefined;
  // A date written without its year is read in the year of the event it may mean.
  const apart = daysApart(date.yearStated || date.date.precision !== 'day' ? date.span : daySpanInYear(date.date, event.date.year), dateSpan);
  const yearsApart = Math.abs(date.date.year - event.date.year);
  if (event.date.precision === 'year' || date.date.precision === 'year') return yearsApart === 1 ? apart : undefined;
  if (apart <= NEAR_DAYS) return apart;
  if (!date.yearStated || yearsApart > 2) return undefined;
  if (date.date.month !== event.date.month) return undefined;
  const sameDay = date.date.precision === 'day' && event.date.precision === 'day' && date.date.day === event.date.day;
  const sameMonth = date.date.precision === 'month' || event.date.precision === 'month';
  return sameDay || sameMonth ? apart : undefined;
}

/**
 * Where the sentence says an event took place: "in X" or "at X", "to X" after a word of a visit,
 * "visited X", a place named before the event's word ("the Moscow talks"), the table's place
 * column, or a place standing alone between commas. Places inside titles ("Ambassador to Israel")
 * and places of origin ("from X", "X-based") are none.
 */
function placeSlots(context: ClaimContext, sentence: Span, within: { first: number; end: number }, cues: Cue[], excluded: readonly Span[], layout: BlockLayout): PlaceSlot[] {
  const { tokens, text } = context;
  const slots: PlaceSlot[] = [];
  const starts = new Set<number>();
  const add = (written: WrittenPlace | undefined, cue?: Cue, purpose?: Cue) => {
    if (!written || starts.has(written.start) || isWithinAny(excluded, written)) return;
    if (/^\s*-\s*based\b/i.test(text.slice(written.end, written.end + 10))) return;
    // "signed in Copiapó, not in Santiago": a place the draft denies is no claim of where.
    if (DENIED_PLACE.test(text.slice(Math.max(0, written.start - 24), written.start))) return;
    starts.add(written.start);
    slots.push({ ...written, cue, ...(purpose && { purpose }) });
  };
  const visitCues = new Set(cues.filter((cue) => cue.kind === 'visit').map((cue) => cue.at));
  // "a trip by Israeli Prime Minister Benjamin Netanyahu to": names, titles and dates between count for no word.
  const visitBefore = (at: number) => {
    for (let i = at - 1, words = 0; i >= within.first && words < 3; i--) {
      if (layout.cueAtToken[i] >= 0 && layout.cues[layout.cueAtToken[i]].kind === 'visit') return layout.cues[layout.cueAtToken[i]];
      if (!layout.skipped[i]) words++;
    }
    return undefined;
  };
  const nearCue = (at: number) => cueNear(context, layout, within, at);
  // A date just after "in X" ("in Moscow on 3 March"), or closing the phrase before it ("in 2008 and 2009, both times in Doha").
  const nearDate = (at: number) =>
    withinSorted(context.dates, { start: Math.max(sentence.start, tokens[at].start - PLACE_TO_DATE_CHARS - 40), end: tokens[at].end + PLACE_TO_DATE_CHARS + 40 }).some(
      (date) => date.role === 'event' && (date.start >= tokens[at].end ? date.start - tokens[at].end <= PLACE_TO_DATE_CHARS : date.end <= tokens[at].start && DATE_THEN_PLACE.test(text.slice(date.end, tokens[at].start))),
    );
  const where = text.indexOf(', where', sentence.start);
  const hasWhere = where >= 0 && where < sentence.end;
  for (let i = within.first; i < within.end; i++) {
    const word = tokens[i].norm;
    const cue = nearCue(i);
    // "sat in. — Halvard K": a preposition's object follows it with nothing but spaces or emphasis between.
    const object = i + 1 < within.end && /^[\s*_]+$/.test(text.slice(tokens[i].end, tokens[i + 1].start));
    // "followed him to Beirut, where he sat down with Mashal": the place of the event its "where" clause tells.
    const whereClause = hasWhere && (word === 'in' || word === 'at' || word === 'to') && object ? placeBeforeWhere(context, i + 1) : undefined;
    if (whereClause) add(whereClause, cues.find((after) => after.start > whereClause.end && after.start < sentence.end));
    else if ((word === 'in' || word === 'at') && object && (cue || nearDate(i)) && !followedByPossessive(text, tokens, i + 1)) add(writtenPlaceAt(context, i + 1, true), cue);
    // "marched through Sarakou": where a march went; not a trip's ("flew through Istanbul" passes on the way).
    else if (word === 'through' && object && cue && cue.kind !== 'visit' && !followedByPossessive(text, tokens, i + 1)) add(writtenPlaceAt(context, i + 1, true), cue);
    else if (word === 'to' && object && visitBefore(i)) {
      const destination = writtenPlaceAt(context, i + 1, true);
      add(destination, visitBefore(i), destination && meetingAfter(context, cues, sentence, destination));
    }
    // "visited Moscow", "toured Gaza"; in notes, "arrived Moscow".
    else if (visitCues.has(i) && (word.startsWith('visit') || PLACE_OBJECT_VERBS.has(word)) && i + 1 < within.end) add(writtenPlaceAt(context, i + 1, false), cue);
  }
  for (const cue of cues) if (cue.at > within.first) add(placeEndingAt(context, cue.at), cue);
  for (const cell of layout.placeCells) {
    const at = tokensWithin(tokens, cell).first;
    if (at < within.end && tokens[at]?.start >= sentence.start) add(placeOfCell(context, cell, at));
  }
  for (let i = within.first; i < within.end; i++) {
    const cue = nearCue(i);
    if (cue && standsAloneInList(text, tokens, i, sentence)) add(writtenPlaceAt(context, i, false), cue);
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** Words a trip's destination and the meeting it was made for may stand apart by: "to Beirut to meet", "to Doha, where he met". */
const MAX_WORDS_TO_PURPOSE = 3;

/** The word naming a meeting a few words after a trip's destination, in its clause: what the trip was for. */
function meetingAfter(context: ClaimContext, cues: readonly Cue[], sentence: Span, destination: Span): Cue | undefined {
  const clause = clauseAt(clausesOf(context, sentence), destination.start);
  const next = cues.find((cue) => cue.start >= destination.end && cue.end <= clause.end);
  if (!next || next.kind !== 'meeting') return undefined;
  const between = context.text.slice(destination.end, next.start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return between <= MAX_WORDS_TO_PURPOSE ? next : undefined;
}

/** A place cell's place: "Legion hall, Marlow Falls" and "Queen's Park, Toronto" name a venue, then the known place it is in. */
function placeOfCell(context: ClaimContext, cell: Span, first: number): WrittenPlace | undefined {
  const { tokens, text } = context;
  const atStart = writtenPlaceAt(context, first, true);
  if (atStart?.place) return atStart;
  let unknown = atStart;
  for (let i = first + 1; i < tokens.length && tokens[i].start < cell.end; i++) {
    if (!/,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) continue;
    const after = writtenPlaceAt(context, i, true);
    if (!after || after.end > cell.end) continue;
    if (after.place) return after;
    unknown ??= after;
  }
  return unknown;
}

/** Verbs of a visit whose object is a place without "in" or "to": "toured Gaza", and in notes "arrived Moscow", "reached Doha". */
const PLACE_OBJECT_VERBS: ReadonlySet<string> = new Set(['toured', 'arrived', 'reached', 'landed', 'entered']);

/** "not in", "never to", "rather than in": words before a place that deny something happened there. */
const DENIED_PLACE = /\b(?:not|never|rather than|instead of)[ \t]+(?:in|at|to)[ \t]+(?:the[ \t]+)?$/i;

/** The place at token `at` when ", where" follows it: the clause after it tells what happened there. */
function placeBeforeWhere(context: ClaimContext, at: number): WrittenPlace | undefined {
  const written = writtenPlaceAt(context, at, true);
  return written && /^[ \t]*,[ \t]*where\b/.test(context.text.slice(written.end, written.end + 12)) ? written : undefined;
}

/** How far after "in X" a date may start and still date what happened there: "in Damascus on March 3, 2006". */
const PLACE_TO_DATE_CHARS = 32;
/** What may stand between a date and the "in" of its place after it: a comma and a few words ("2009, on both occasions in"). */
const DATE_THEN_PLACE = /^[ \t]*,[^,;.:()\n]{0,24}$/;

/** How many words may stand between an event's word and the place said of it, names, titles and dates aside. */
const MAX_WORDS_TO_PLACE = 3;

/** What the place slots of a block's sentences are read with, worked out once for the block. */
interface BlockLayout {
  /** Per token, the index of the cue it is, or -1. */
  cueAtToken: Int32Array;
  cues: Cue[];
  /** Per token, 1 when it lies in a name, a title or a date: words that do not part an event's word from its place. */
  skipped: Uint8Array;
  /** The table row's cells under a column of places. */
  placeCells: Span[];
}

function blockLayout(context: ClaimContext, cues: Cue[], excluded: readonly Span[]): BlockLayout {
  const { tokens } = context;
  const cueAtToken = new Int32Array(tokens.length).fill(-1);
  cues.forEach((cue, i) => (cueAtToken[cue.at] = i));
  const skipped = new Uint8Array(tokens.length);
  const mark = (span: Span) => {
    for (let i = tokensWithin(tokens, span).first; i < tokens.length && tokens[i].end <= span.end; i++) skipped[i] = 1;
  };
  for (const mention of context.mentions) if (mention.actor.type !== 'place') mark(mention);
  for (const span of excluded) mark(span);
  for (const date of context.dates) mark(date);
  for (const match of context.text.matchAll(REPEATING_OR_PARTICLE)) mark({ start: match.index, end: match.index + match[0].length });
  return { cueAtToken, cues, skipped, placeCells: cellsUnder(context, PLACE_COLUMN) };
}

/** Words that tell how often or complete a verb, not where: "sat down with Mashal twice, both times in Beirut". */
const REPEATING_OR_PARTICLE = /\b(?:twice|again|(?:on[ \t]+)?(?:both|each|every)[ \t]+(?:times?|occasions?)|down|up)\b/gi;

/** Tokens looked through, at most, on the way back from a place to the word of its event. */
const MAX_TOKENS_TO_CUE = 40;

/**
 * The cue that the "in" at token `at` stands close after ("talks with Bogdanov in Moscow", "arrived
 * in Moscow"), or whose clause's predicate it closes ("a meeting of Burns and Barnea was scheduled
 * in Rome"), or that follows the place right after ("in Moscow, the talks", "in Washington for
 * talks"): a place farther off is said of something else ("the release of citizens held in Gaza").
 */
function cueNear(context: ClaimContext, layout: BlockLayout, within: { first: number; end: number }, at: number): Cue | undefined {
  const { cueAtToken, cues, skipped } = layout;
  const { tokens, text } = context;
  let afterPlace = at + 1;
  while (afterPlace < within.end && afterPlace <= at + MAX_PLACE_TOKENS && isCapitalizedAt(text, tokens[afterPlace].start)) afterPlace++;
  const closesAside = afterPlace < within.end && closesRelativeClause(text, tokens[within.first].start, tokens[at].start, tokens[afterPlace - 1].end, tokens[afterPlace].start);
  if (!closesAside) for (let i = Math.min(afterPlace, at + 2); i < Math.min(within.end, afterPlace + 2); i++) if (cueAtToken[i] >= 0) return cues[cueAtToken[i]];
  const leadStart = Math.max(0, tokens[at].start - 40);
  const predicate = HAPPENING_PREDICATE.exec(text.slice(leadStart, tokens[at].start));
  const predicateStart = predicate ? leadStart + predicate.index : -1;
  let words = 0;
  // Before the predicate, the event's subject: its word, then names, titles and the words that join them ("of", "and").
  for (let i = at - 1; i >= within.first && at - i <= MAX_TOKENS_TO_CUE; i--) {
    if (cueAtToken[i] >= 0) return cues[cueAtToken[i]];
    const inPredicate = predicate !== null && tokens[i].start >= predicateStart;
    const inSubject = predicate !== null && !inPredicate;
    if (skipped[i] || inPredicate) continue;
    if (inSubject) {
      if (SUBJECT_JOINING_WORDS.has(tokens[i].norm) || isCapitalizedAt(text, tokens[i].start) || isTitleWord(tokens[i].norm, context.facts.officeWords)) continue;
      return undefined;
    }
    if (++words > MAX_WORDS_TO_PLACE) return undefined;
  }
  return undefined;
}

/**
 * Whether a comma after the place closes a relative clause it stands in: in "Hamas, the group that has
 * been fighting Israel in Gaza, travelled there", the word after the comma is the main clause's, not done there.
 */
function closesRelativeClause(text: string, from: number, placeStart: number, placeEnd: number, next: number): boolean {
  if (!text.slice(placeEnd, next).includes(',')) return false;
  const lead = text.slice(Math.max(from, placeStart - RELATIVE_CLAUSE_CHARS), placeStart);
  const opening = lead.lastIndexOf(',');
  return opening >= 0 && RELATIVE_PRONOUN.test(lead.slice(opening));
}

const RELATIVE_PRONOUN = /\b(?:that|which|who|whose|whom)\b/i;
/** How far back from a place the comma opening a relative clause is looked for. */
const RELATIVE_CLAUSE_CHARS = 200;

/** Words that join the names and titles of an event's subject: "a meeting of Burns and Barnea". */
const SUBJECT_JOINING_WORDS = new Set(['of', 'between', 'with', 'and', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'by', 'among', 'that', 'which']);

/** How many capitalised words a place after "in" may have: "in New York". */
const MAX_PLACE_TOKENS = 3;

/** A predicate that says where its subject, an event, happens: "was held", "is scheduled", "took place", "was supposed to take place". */
const HAPPENING_PREDICATE = /\b(?:(?:was|were|is|are|be|been|being)[ \t]+(?:(?:then|later|first|originally|initially|also|now)[ \t]+)?(?:held|scheduled|planned|set|staged|convened|hosted|organi[sz]ed|due)|(?:(?:(?:was|were|is|are)[ \t]+)?(?:supposed|due|set|scheduled|expected|planned|meant)[ \t]+to[ \t]+)?t(?:ook|akes?|aking)[ \t]+place)[ \t]*$/i;

function followedByPossessive(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && /^['’]s\b/.test(text.slice(token.end, token.end + 3));
}

/** A place right before the token: "the Moscow talks", "the Minsk consultations"; not one a comma or other stop sets apart ("fighting in Gaza, travelled"). */
function placeEndingAt(context: ClaimContext, at: number): WrittenPlace | undefined {
  const before = context.tokens[at - 1];
  if (!/^[\s*_]*$/.test(context.text.slice(before.end, context.tokens[at].start))) return undefined;
  const { mentions } = context;
  const mention = mentions[firstStartingAt(mentions, before.end) - 1];
  if (mention && mention.end === before.end) return mention.actor.type === 'place' ? { start: mention.start, end: mention.end, place: mention.actor, next: at } : undefined;
  const written = writtenPlaceAt(context, at - 1, false);
  return written?.next === at ? written : undefined;
}

/** Whether the span lies within one of the spans, sorted by start and not overlapping. */
function isWithinAny(spans: readonly Span[], span: Span): boolean {
  const holder = spans[firstStartingAt(spans, span.start + 1) - 1];
  return holder !== undefined && holder.start <= span.start && span.end <= holder.end;
}

/** The header of a column of places: "Where", "Place", "Venue". */
const PLACE_COLUMN = /^(?:where|place|location|venue|city|site|setting)\b/i;

/** A word standing alone between list punctuation: "two meetings, Beirut, 2008 & 2009". */
function standsAloneInList(text: string, tokens: readonly Token[], at: number, sentence: Span): boolean {
  const token = tokens[at];
  if (at === 0 || token.start <= sentence.start) return false;
  const before = text.slice(tokens[at - 1].end, token.start).trim();
  if (before !== ',' && before !== '(' && before !== '—' && before !== '–') return false;
  let last = at;
  while (last + 1 < tokens.length && /^[ -]$/.test(text.slice(tokens[last].end, tokens[last + 1].start)) && last - at < 2) last++;
  const after = text.slice(tokens[last].end, tokens[last + 1]?.start ?? sentence.end).trim();
  return after === ',' || after === ')' || after === ';' || after === '' || after === '.';
}

/** Characters by which a date may stand farther from a place than the nearest date and still be said with it: "in Beirut, 2008 and 2009". */
const DATES_TOGETHER = 16;

/**
 * Of the events a place may be said of, those the words of the place's own clause name, when it
 * has any that name some; never one its clause names only others than those taking part in ("…, and
 * Lavrov flying to Damascus" is no place of Mashal's visits). Each clause's answer for each event is
 * worked out once.
 */
function clauseNaming(context: ClaimContext, sentence: Span, cues: Cue[], people: People): (slot: PlaceSlot, events: IndexedEvent[]) => IndexedEvent[] {
  const clauses = clausesOf(context, sentence);
  const named = new Map<Span, Map<IndexedEvent, boolean>>();
  return (slot, events) => {
    const clause = clauseAt(clauses, slot.start);
    let known = named.get(clause);
    if (!known) named.set(clause, (known = new Map()));
    // Those named before the place in its clause: who did what happened there.
    const before = { start: clause.start, end: slot.start };
    const persons = [...people.positions].filter(([actorId, positions]) => context.factBase.actors.get(actorId)?.type === 'person' && anyWithin(positions, before)).map(([actorId]) => actorId);
    const possible = events.filter((indexed) => persons.every((actorId) => takesPart(context, indexed, actorId)));
    const naming = possible.filter((indexed) => {
      let names = known!.get(indexed);
      if (names === undefined) known!.set(indexed, (names = withinSorted(cues, clause).some((cue) => cueMatches(indexed, cue))));
      return names;
    });
    return naming.length > 0 ? naming : possible;
  };
}

/** The events the dates nearest a place agree with (`dated` in text order): the place is said of what those dates date. */
function eventsDatedNear(dated: DatedEvents[], slot: PlaceSlot): IndexedEvent[] {
  if (dated.length === 0) return [];
  const distance = (at: number) => (dated[at].date.start >= slot.end ? dated[at].date.start - slot.end : Math.max(0, slot.start - dated[at].date.end));
  const after = firstStartingAt(dated, slot.end);
  const nearest = Math.min(after < dated.length ? distance(after) : Infinity, after > 0 ? distance(after - 1) : Infinity);
  const events = new Set<IndexedEvent>();
  for (let at = after - 1; at >= 0 && distance(at) <= nearest + DATES_TOGETHER; at--) for (const indexed of dated[at].events) events.add(indexed);
  for (let at = after; at < dated.length && distance(at) <= nearest + DATES_TOGETHER; at++) for (const indexed of dated[at].events) events.add(indexed);
  return [...events];
}

/**
 * Place claims: a place said of events (those its word names, those its dates date) that all took
 * place at one place, agreeing when it is that place. A place that is not it makes a disagreeing
 * claim only when the sentence names their place nowhere.
 */
function claimPlaces(context: ClaimContext, slots: PlaceSlot[], eventsOf: (slot: PlaceSlot) => IndexedEvent[], claims: EventClaims, saysOfAnother: (slot: PlaceSlot) => boolean = () => false): void {
  const judged = new Map<string, { places: Actor[]; events: IndexedEvent[]; fitting?: PlaceSlot; fittingEvents?: IndexedEvent[]; conflicting?: PlaceSlot }>();
  for (const slot of slots) {
    // A place said with an event's word is said of the events that word names.
    const events = eventsOf(slot).filter((indexed) => !slot.cue || cueMatches(indexed, slot.cue) || (slot.purpose !== undefined && cueMatches(indexed, slot.purpose)));
    const places = placesOf(context, events);
    if (!places) continue;
    const key = events.map((indexed) => indexed.order).join(',');
    let group = judged.get(key);
    if (!group) judged.set(key, (group = { places, events }));
    // Of events placed apart, a place that is none of theirs is wrong whichever the sentence means.
    const fits = places.map((place) => placeFits(context, slot, place));
    if (fits.includes(true)) {
      group.fitting ??= slot;
      group.fittingEvents ??= events.filter((indexed) => fits[places.findIndex((place) => place.id === indexed.event.place)] === true);
    } else if (fits.every((fit) => fit === false) && !saysOfAnother(slot) && !whereOutsiderWas(context, slot, events)) group.conflicting ??= slot;
  }
  // Whether the clause of the conflicting place names the sources' place too ("…, visited Moscow several times" after a ";" is another clause).
  const named = (place: Actor, conflicting: PlaceSlot) => {
    const clause = clauseAt(clausesOf(context, sentenceAt(context, conflicting.start)), conflicting.start);
    return slots.some((slot) => slot.start >= clause.start && slot.end <= clause.end && placeFits(context, slot, place) === true);
  };
  const agreeing = new Set<number>();
  for (const { places, events, fitting, fittingEvents, conflicting } of judged.values()) {
    if (fitting) {
      if (agreeing.has(fitting.start)) continue;
      agreeing.add(fitting.start);
      const fitted = fittingEvents!;
      claims.places.push({ start: fitting.start, end: fitting.end, written: fitting, events: fitted, places: placesOf(context, fitted)!, agrees: true });
    } else if (conflicting && !places.some((place) => named(place, conflicting))) claims.places.push({ start: conflicting.start, end: conflicting.end, written: conflicting, events, places, agrees: false });
  }
}

/**
 * Whether the place is where the sentence says someone taking no part in the events was: "while
 * Abu Marzouk was received by Bogdanov, Netanyahu was in Washington".
 */
function whereOutsiderWas(context: ClaimContext, slot: PlaceSlot, events: readonly IndexedEvent[]): boolean {
  const sentence = sentenceAt(context, slot.start);
  const person = withinSorted(context.mentions, { start: sentence.start, end: slot.start }).filter((mention) => mention.actor.type === 'person').pop();
  if (!person || !BEING_AT.test(context.text.slice(person.end, slot.start))) return false;
  return events.every((indexed) => !takesPart(context, indexed, person.actorId));
}

/** "was in", "had been in", "stayed at": between a person and a place, where the person was. */
const BEING_AT = /^[ \t\r\n]+(?:was|is|were|are|had been|has been|stayed|remained)[ \t\r\n]+(?:(?:still|already|then|also)[ \t\r\n]+)?(?:in|at)[ \t\r\n]+$/;

/** How many places events a place is said of may be placed at, for the place to be judged against them all. */
const MAX_PLACES_APART = 2;

/** The distinct places of the events, in their order; none when one has no place, or they lie too far apart to judge. */
function placesOf(context: ClaimContext, events: IndexedEvent[]): Actor[] | undefined {
  const ids = [...new Set(events.map((indexed) => indexed.event.place))];
  if (ids.length === 0 || ids.length > MAX_PLACES_APART || ids.includes(undefined)) return undefined;
  return ids.map((id) => context.factBase.actors.get(id!)!);
}
