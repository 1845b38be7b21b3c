// Dated events: a sentence with a date and a word naming an event ("talks", "met", "strike"), with
// the actors it names as participants and the place it names as where.
import { AFTER_OBJECTLESS_VERB } from '../check/claims/lexicon';
import { DATELINE_LEAD, findDates, formatDate, yearOfDocumentFor, yearOfWeekday, type DateMention } from './dates';
import { ATTRIBUTED_TO, EVENT_WORDS, FUNCTION_WORDS, MONTHS, PLACE_VERBS } from './lexicon';
import { wordsOf, type Word } from './names';
import { sentenceQuote } from './quotes';
import type { Sentence } from './sentences';
import { uniqueId, type ActorType, type DraftEvent } from './drafts';
import type { DocumentContext } from './person-facts';

export interface NamedActor {
  id: string;
  type: ActorType;
  name: string;
  /** Whether "in", "at" or "to" stands before this mention. */
  placed: boolean;
  /** Where the mention starts in its document. */
  at: number;
  /** Whether the mention is part of a title: "Culture" of "Culture Secretary", "Japan" of "ambassador to Japan". */
  inTitle: boolean;
  /** Whether the mention only describes a place a noun after it names: "Sahili" of "the Sahili capital". */
  describing: boolean;
  /** Whether the mention owns what the words after it name: "Moscow" of "Moscow's interest". */
  owner: boolean;
}

export interface EventDocument extends DocumentContext {
  sentences: readonly Sentence[];
  /** The actors each sentence names, in order, by the sentence's index. */
  actorsIn: (sentence: number) => NamedActor[];
}

/** "from Pershore", "of Evesham": where a person is from, not where something happened. */
const ORIGIN_BEFORE = /\b(?:from|of)\s+$/i;
const REFERENCE_BEFORE = /\b(?:before|after|since|until|following|ahead of|prior to)\s+(?:the|a|an|its|their|his|her|this|that)?\s*$/i;

export function eventsOf(documents: readonly EventDocument[], taken: Set<string>): DraftEvent[] {
  const found = new Map<string, DraftEvent>();
  for (const document of documents) {
    let lastDated: DateMention | undefined;
    let paragraphOfLastYear = -1;
    document.sentences.forEach((sentence, index) => {
      const paragraph = document.text.lastIndexOf('\n', sentence.start) + 1;
      // A dateline dates the document, not an event: "GOUDA, March 12, 2026 - Aid was sent...".
      const dates = findDates(sentence.text)
        .map((date) => ({ ...date, start: date.start + sentence.start, end: date.end + sentence.start }))
        .filter((date) => !DATELINE_LEAD.test(document.text.slice(document.text.lastIndexOf('\n', date.start - 1) + 1, date.start)));
      // "the lowest since 1991": a date that anchors a comparison or a span dates no event of the sentence.
      const eventDates = dates.filter((date) => !ANCHOR_BEFORE.test(document.text.slice(Math.max(0, date.start - 8), date.start)));
      // "Before the meeting, on January 24, Bogdanov held phone conversations": a word after "before" or "after" is the time's reference, not its event.
      const words = wordsOf(sentence.text, sentence.start);
      const namingWords = words.filter((word) => isEventWord(word, sentence));
      const isReference = (word: Word) => REFERENCE_BEFORE.test(document.text.slice(Math.max(0, word.start - 24), word.start));
      const eventWords = namingWords.filter((word) => !isReference(word));
      const yearBefore = { dated: lastDated, inParagraph: paragraphOfLastYear === paragraph };
      for (const date of dates) {
        if (date.year === undefined) continue;
        lastDated = date;
        paragraphOfLastYear = paragraph;
      }
      if (eventWords.length === 0) return;
      const actors = [...document.actorsIn(index), ...personTold(document, index, paragraph)];
      const places = actors.filter((actor) => actor.type === 'place' && !actor.inTitle && !actor.describing);
      // Each date of the sentence is an event of its own, named by the event word nearest to it: "met in March 2020 and September 2022".
      for (const date of eventDates) {
        // "held talks in Tashkent in June 2020, but did not agree a release schedule": the nearest word of the date's clause.
        const ofClause = eventWords.filter((word) => sameClause(sentence, word.start, date.start));
        // "The inspection, the first since the spill that poisoned the river on 14 March, was led by": the date is the reference's.
        if (ofClause.length === 0 && namingWords.some((word) => isReference(word) && sameClause(sentence, word.start, date.start))) continue;
        const eventWord = (ofClause.length > 0 ? ofClause : eventWords).reduce((best, word) => (Math.abs(word.start - date.start) < Math.abs(best.start - date.start) ? word : best));
        const placed = places.filter((actor) => actor.placed);
        // "would sit in Marlow Falls for two weeks and then move to Timmins on May 26": the place nearest the date in its clause, else the event word's.
        const nearestDate = (actors: NamedActor[]) => actors.reduce<NamedActor | undefined>((best, actor) => (!best || Math.abs(actor.at - date.start) < Math.abs(best.at - date.start) ? actor : best), undefined);
        // Else any other place of the sentence ("visited Gouda"), though never one a person is from ("a postman from Pershore") nor one speaking as a state ("Moscow's interest").
        const notOrigin = places.find((actor) => !actor.owner && !ORIGIN_BEFORE.test(document.text.slice(Math.max(0, actor.at - 6), actor.at)));
        const place = nearestDate(placed.filter((actor) => sameClause(sentence, actor.at, date.start))) ?? placed.find((actor) => sameClause(sentence, actor.at, eventWord.start)) ?? placed[0] ?? notOrigin;
        const dated = resolveYear(date, dates, yearBefore, document, FUTURE.test(sentence.text), sentence);
        if (!dated) continue;
        // "accepted his resignation at a meeting on 2 April and named Lidia Markova chief executive": those the next predicate names took no part.
        const predicateEnd = nextPredicateAt(sentence, Math.max(date.end, eventWord.end));
        // "according to a CARBC statement": whom the sentence owes what it says to took no part.
        const taking = actors.filter((actor) => actor.type !== 'place' && actor.at < predicateEnd && !ATTRIBUTED_TO.test(document.text.slice(Math.max(0, actor.at - 24), actor.at)));
        const participants = [...new Set(taking.map((actor) => actor.id))];
        const names = [...new Set(taking.map((actor) => actor.name))];
        const group = EVENT_WORDS.get(eventWord.text.toLowerCase())!;
        const thing = thingActedOn(eventWord, words, sentence) ?? bodyThatMet(eventWord, words, sentence);
        const companions = [...wordsNaming(eventWord, eventWords, words, sentence), ...(thing ? [thing] : [])];
        const until = date.untilYear === undefined ? undefined : String(date.untilYear);
        const evidence = { source: document.sourceId, quote: sentenceQuote(document.text, sentence, Math.min(date.start, eventWord.start), Math.max(date.end, eventWord.end)) };
        const key = `${group}|${dated.date}|${until ?? ''}`;
        const known = found.get(key);
        if (known) {
          if (!known.evidence.some((item) => item.source === evidence.source && item.quote === evidence.quote)) known.evidence.push(evidence);
          for (const id of participants) if (!known.participants.includes(id)) known.participants.push(id);
          for (const word of companions) if (!known.words.includes(word.text.toLowerCase())) known.words.push(word.text.toLowerCase());
          known.place ??= place?.id;
          if (dated.review && !known.review) known.review = dated.review;
          continue;
        }
        const label = group.charAt(0).toUpperCase() + group.slice(1);
        const event: DraftEvent = {
          id: uniqueId(`${group}${place ? `-${place.name}` : ''}-${dated.date}${until ? `-${until}` : ''}`, taken),
          name: `${label}${place ? ` in ${place.name}` : ''}${names.length > 0 ? `: ${names.slice(0, 4).join(', ')}` : ''}`,
          words: [...new Set(companions.map((word) => word.text.toLowerCase()))],
          date: dated.date,
          participants,
          evidence: [evidence],
        };
        if (until) event.until = until;
        if (place) event.place = place.id;
        if (dated.review) {
          event.note = dated.review;
          event.review = dated.review;
        }
        found.set(key, event);
      }
    });
  }
  return withCoarserJoined(found).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
}

/**
 * The events, an event dated only to a month or year joined to the one event of its kind within
 * it that shares someone taking part and no other place: "inaugurated in March 2022 by Sadeghi"
 * and "Sadeghi inaugurated the dam on 14 March 2022" are one inauguration. `found` is keyed by
 * kind, date and end.
 */
function withCoarserJoined(found: ReadonlyMap<string, DraftEvent>): DraftEvent[] {
  const entries = [...found].map(([key, event]) => ({ kind: key.split('|')[0]!, event }));
  const joined = new Set<DraftEvent>();
  for (const { kind, event: coarse } of entries) {
    if (coarse.until) continue;
    const finer = entries.filter(({ kind: other, event }) =>
      other === kind && event !== coarse && !event.until && event.date!.startsWith(`${coarse.date}-`) &&
      event.participants.some((id) => coarse.participants.includes(id)) && (!coarse.place || !event.place || coarse.place === event.place));
    if (finer.length !== 1) continue;
    const target = finer[0]!.event;
    for (const item of coarse.evidence) if (!target.evidence.some((known) => known.source === item.source && known.quote === item.quote)) target.evidence.push(item);
    for (const id of coarse.participants) if (!target.participants.includes(id)) target.participants.push(id);
    for (const word of coarse.words) if (!target.words.includes(word)) target.words.push(word);
    target.place ??= coarse.place;
    joined.add(coarse);
  }
  return entries.map(({ event }) => event).filter((event) => !joined.has(event));
}

/** A word naming an event, capitalised too as a sentence's first ("Talks began"), though no month ("March"). */
function isEventWord(word: Word, sentence: Sentence): boolean {
  if (EVENT_WORDS.has(word.text)) return true;
  const lower = word.text.toLowerCase();
  return word.start === sentence.start && EVENT_WORDS.has(lower) && !MONTHS.includes(lower);
}

/**
 * "On 15 November 2019 he was detained": for a "he" or "she" that stands before any person the
 * sentence names, the last person named before it in its paragraph.
 */
function personTold(document: EventDocument, index: number, paragraph: number): NamedActor[] {
  const sentence = document.sentences[index]!;
  const pronoun = /\b(?:he|she)\b/i.exec(sentence.text);
  // "On 19 October he travelled to Ankara, where he held talks with Aydogdu": a pronoun before anyone named is the subject.
  if (!pronoun || document.actorsIn(index).some((actor) => actor.type === 'person' && actor.at < sentence.start + pronoun.index)) return [];
  for (let earlier = index - 1; earlier >= 0 && document.sentences[earlier]!.start >= paragraph; earlier--) {
    const person = document.actorsIn(earlier).filter((actor) => actor.type === 'person').pop();
    if (person) return [person];
  }
  return [];
}

/**
 * "and named", "but said": a conjunction opening another predicate, its verb in the past; ", again
 * stressing": a clause of what was said, whose people are spoken of, not taking part.
 */
const NEXT_PREDICATE = /\b(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:\p{Ll}+ed|said|told|gave|took|made|sent|left|won|lost|chose|became)\b|,\s+(?:again\s+|also\s+|once\s+more\s+)?(?:stressing|emphasi[sz]ing|underlining|underscoring|urging|calling|saying|adding|noting|expressing|reiterating|repeating|insisting|demanding|warning|asking|raising|discussing)\b/u;

/** Where, after `from`, the sentence goes on to tell another thing done (see `NEXT_PREDICATE`); its end if it does not. */
function nextPredicateAt(sentence: Sentence, from: number): number {
  const match = NEXT_PREDICATE.exec(sentence.text.slice(from - sentence.start));
  return match ? from + match.index : sentence.end;
}

/** Clauses end at punctuation: a word across a comma names another event ("held talks, stressing the release of..."). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;
/** How many words apart two words of one clause may stand and still name one event: "arrived in Moscow for talks". */
const NAMING_REACH = 4;

/** Whether no clause break stands between two offsets of the sentence. */
function sameClause(sentence: Sentence, a: number, b: number): boolean {
  return !CLAUSE_BREAK.test(sentence.text.slice(Math.min(a, b) - sentence.start, Math.max(a, b) - sentence.start));
}

/**
 * The words that name the event of a date: the event word nearest to it first, then the sentence's
 * other event words that stand near it in its clause ("arrived in Moscow for talks"), never those of
 * another clause or further off ("the release of civilians captured during attacks on October 7").
 */
function wordsNaming(nearest: Word, eventWords: readonly Word[], words: readonly Word[], sentence: Sentence): Word[] {
  const position = (word: Word) => words.findIndex((candidate) => candidate.start === word.start);
  const at = position(nearest);
  const near = eventWords.filter((word) => word !== nearest && sameClause(sentence, word.start, nearest.start) && Math.abs(position(word) - at) <= NAMING_REACH);
  return [nearest, ...near];
}

/**
 * What a verb of the event acts on, by the noun heading its object ("signed the contract", "imposed
 * a ban") or its passive subject ("The contract, worth 2.4 million euros, was signed"): a word that
 * names the event too. None for verbs of going somewhere, whose object is a place.
 */
function thingActedOn(verb: Word, words: readonly Word[], sentence: Sentence): Word | undefined {
  const text = verb.text.toLowerCase();
  if (!text.endsWith('ed') || PLACE_VERBS.has(text)) return undefined;
  const at = words.findIndex((word) => word.start === verb.start);
  if (DETERMINERS.has(words[at + 1]?.text.toLowerCase() ?? '') && sameClause(sentence, verb.start, words[at + 1].start)) return headNoun(words, at + 2, sentence);
  const auxiliary = [at - 1, at - 2].find((index) => index >= 0 && /^(?:was|were)$/i.test(words[index]!.text));
  return auxiliary === undefined ? undefined : passiveSubject(words, auxiliary, sentence);
}

/**
 * The noun heading the subject of a passive, its auxiliary at `auxiliary`: right before it ("the
 * loan was approved"), or opening the sentence with an aside between ("The contract, worth 2.4
 * million euros, was signed").
 */
function passiveSubject(words: readonly Word[], auxiliary: number, sentence: Sentence): Word | undefined {
  for (let first = auxiliary - 1; first >= Math.max(1, auxiliary - 3); first--) {
    if (DETERMINERS.has(words[first - 1]!.text.toLowerCase())) return headNoun(words, first, sentence) === words[auxiliary - 1] ? words[auxiliary - 1] : undefined;
  }
  if (!DETERMINERS.has(words[0]?.text.toLowerCase() ?? '')) return undefined;
  const head = headNoun(words, 1, sentence);
  const aside = head && sentence.text.slice(head.end - sentence.start, words[auxiliary]!.start - sentence.start);
  return aside && /^,[^,;]*,\s*$/.test(aside) ? head : undefined;
}

/** Verbs of a body's sitting, said with no object: "The committee met for the first time". */
const SITTING_VERBS: ReadonlySet<string> = new Set(['met', 'convened', 'gathered', 'sat', 'reconvened']);

/**
 * The body a verb of sitting says met, by the noun heading its subject right before it: "The
 * committee met for the first time", "the board convened on". None when the verb has an object
 * ("the delegation met Bogdanov"): then the subject names who took part, not the sitting.
 */
function bodyThatMet(verb: Word, words: readonly Word[], sentence: Sentence): Word | undefined {
  if (!SITTING_VERBS.has(verb.text.toLowerCase())) return undefined;
  const at = words.findIndex((word) => word.start === verb.start);
  const next = words[at + 1];
  if (next && !AFTER_OBJECTLESS_VERB.has(next.text)) return undefined;
  const subject = words[at - 1];
  if (at < 2 || !subject || !/^\p{Ll}{3,}$/u.test(subject.text) || FUNCTION_WORDS.has(subject.text) || !DETERMINERS.has(words[at - 2]!.text.toLowerCase())) return undefined;
  return sameClause(sentence, subject.start, verb.start) ? subject : undefined;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** The last of up to three lower-case words from `from` that no function word or punctuation parts: "exploitation licence". */
function headNoun(words: readonly Word[], from: number, sentence: Sentence): Word | undefined {
  let head: Word | undefined;
  for (let i = from; i < Math.min(words.length, from + 3); i++) {
    const word = words[i];
    if (!/^\p{Ll}{3,}$/u.test(word.text) || FUNCTION_WORDS.has(word.text) || (head && !sameClause(sentence, head.end, word.start))) break;
    head = word;
  }
  return head;
}

/** Words of a sentence that tells of what is to come: its days need not be past. */
const FUTURE = /\b(?:will|would|shall|is to|are to|plans? to|planned|expects?|expected|scheduled|due to)\b/i;

/**
 * A date without a year takes one from its sentence, else from a date written before it in its
 * paragraph ("On 15 November 2019 he was detained. Two weeks later, on 2 December…"), else the
 * document's (the year before it when the day comes later in the year than a date the document
 * states: a report tells of what is past, unless the sentence tells of what is to come), else that
 * of a date written before it.
 */
function resolveYear(date: DateMention, dates: readonly DateMention[], before: { dated: DateMention | undefined; inParagraph: boolean }, document: DocumentContext, future: boolean, sentence: Sentence): { date: string; review?: string } | undefined {
  const yearBefore = before.dated?.year;
  if (date.year !== undefined) return { date: formatDate(date)! };
  const documentDate = document.date;
  // "on 14 June last year": the year counts from the document's.
  if (date.relativeYear !== undefined && documentDate) {
    const year = Number(documentDate.slice(0, 4)) + date.relativeYear;
    return { date: formatDate({ ...date, year })!, ...(document.dateStated ? {} : { review: `the source says the year relative to its own, and its date (${documentDate}) is the latest it mentions` }) };
  }
  const documentYear = documentDate ? yearOfDocumentFor(date, documentDate, document.dateStated === true && !future) : undefined;
  const reference = documentYear ?? yearBefore;
  if (date.weekday !== undefined && reference !== undefined) {
    const year = yearOfWeekday(date, reference);
    if (year !== undefined) return { date: formatDate({ ...date, year })!, review: `the source gives no year: ${year} is the first year from ${reference} in which that day falls on the weekday it names` };
  }
  // The nearest year of the sentence, though not one that only anchors a comparison ("the lowest since 1991").
  const inSentence = dates
    .filter((other) => other.year !== undefined && !ANCHOR_BEFORE.test(document.text.slice(sentence.start, other.start)))
    .sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
  if (inSentence) return { date: formatDate({ ...date, year: inSentence.year })!, review: 'the year is taken from another date of the same sentence' };
  // A past event told with no year is not after the document: the year before in the paragraph may be a future one's ("elections in 2025").
  const pastBound = (year: number) => future || !documentDate || !isAfter({ ...date, year }, documentDate);
  // "has met every year since 1991 … the session ended on 25 October", in a report of October 2023: a year alone, long before, is background; news tells of its own days.
  const background = before.dated?.month === undefined && yearBefore !== undefined && documentYear !== undefined && document.dateStated === true && documentYear - yearBefore > 1;
  if (yearBefore !== undefined && before.inParagraph && pastBound(yearBefore) && !background) {
    // "opened on Nov. 12, 2018 ... walked out on June 4": told in order, a day earlier in the year falls in the next one.
    const next = yearBefore + 1;
    if (!PAST_PERFECT.test(sentence.text) && comesBefore(date, before.dated!) && (!documentDate || !isAfter({ ...date, year: next }, documentDate))) {
      return { date: formatDate({ ...date, year: next })!, review: `the source gives no year: ${next} is the year after that of the date written before it in its paragraph, as the day comes earlier in the year` };
    }
    return { date: formatDate({ ...date, year: yearBefore })!, review: `the source gives no year: ${yearBefore} is the year of the date written before it in its paragraph` };
  }
  if (documentYear !== undefined) return { date: formatDate({ ...date, year: documentYear })!, review: `the source gives no year: ${documentYear} is the year of the document's date (${documentDate}) or the one before` };
  if (yearBefore !== undefined) return { date: formatDate({ ...date, year: yearBefore })!, review: `the source gives no year: ${yearBefore} is the year of the date written before it` };
  return undefined;
}

/** "since 1991", "before 2020": a date that anchors another time, not its own event. */
const ANCHOR_BEFORE = /\b(?:since|until|till|before|after|by)\s+$/i;

/** "had begun", "had met": a sentence telling of what came before the last date told. */
const PAST_PERFECT = /\bhad\s+(?:\p{L}+ed|been|met|begun|held|made|gone|come|taken|given|seen|done|won|lost|left|sent|signed)\b/iu;

/** Whether a day (or month) comes earlier in the year than another's. */
function comesBefore(date: DateMention, other: DateMention): boolean {
  if (date.month === undefined || other.month === undefined) return false;
  if (date.month !== other.month) return date.month < other.month;
  return date.day !== undefined && other.day !== undefined && date.day < other.day;
}

/** Whether a date lies after the document's date (YYYY, YYYY-MM or YYYY-MM-DD). */
function isAfter(date: DateMention, documentDate: string): boolean {
  return formatDate(date)! > documentDate;
}

