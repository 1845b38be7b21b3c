// Title claims: a title the draft gives a person, in any of the ways drafts attach one: before
// the name ("Deputy Foreign Minister Bogdanov"), in an apposition before or after it ("the head of
// the Foreign Ministry, Mikhail Bogdanov"; "Bogdanov, the foreign minister,"), in parentheses, after
// "is", "was" or "as", or after a glossary entry's dash ("**Lavrov, Sergei** – Foreign Minister").

import type { Actor } from '../../factbase/types';
import type { NameMention } from '../names';
import { firstStartingAt, withinSorted, type DraftDate, type Span } from '../rules';
import type { Token } from '../tokens';
import { cellsUnder, clauseAt, clausesOf, entryMention, entryTextStart, isQuoted, personNamedAt, personOfRow, sentenceAt, timeAt, type ClaimContext } from './context';
import { COUNTED_SPAN, DEPUTY_WORDS, DOMAIN_SYNONYMS, ORGANISATION_BACK_REFERENCES, RANK_WORDS, TITLE_FUNCTION_WORDS, TITLE_MODIFIERS } from './lexicon';
import { GENERIC_RANKS, type Rank } from './lexicon';
import { isKnownPlace } from './english';
import { isTitleWord, mayReferTo, officeOf, rankAt, type Office } from './offices';
import type { BackReference } from './references';

/** A stretch of the draft that words a title. */
export interface TitlePhrase {
  start: number;
  end: number;
  office: Office;
  /** Token indexes: the first, and the one after the last. */
  first: number;
  last: number;
}

export interface TitleClaim {
  /** The title and the name together. */
  start: number;
  end: number;
  phrase: TitlePhrase;
  person: Actor;
  mention: NameMention;
  /** The title as written. */
  written: string;
  /** The dates the claim is made for (none when the draft gives no time). */
  time: DraftDate[];
  /** The time is stated in the title's own clause, not only elsewhere in its sentence or context. */
  timeInClause: boolean;
}

/** Every stretch of the block's tokens that words a title, in order. */
export function titlePhrases(context: ClaimContext): TitlePhrase[] {
  const { tokens, text } = context;
  const words = tokens.map((token) => token.norm);
  const phrases: TitlePhrase[] = [];
  const vocabulary = context.facts.officeWords;
  for (let i = 0; i < tokens.length; i++) {
    const rank = rankAt(words, i, vocabulary);
    if (!rank) continue;
    let first = i;
    while (first > 0 && joins(text, tokens, first - 1) && extendsTitleLeft(words[first - 1], vocabulary) && !insideMention(context, tokens[first - 1])) first--;
    // "Putin's special envoy": the owner's "s" is no word of the title.
    while (words[first] === 's' && first < i) first++;
    let last = i + rank.length;
    let complement = false;
    while (last < tokens.length && joins(text, tokens, last - 1) && !(tokens[last] && personNamedAt(context, tokens[last].start)) && continuesTitle(words, last, vocabulary, complement)) {
      // "Ambassador to Israel", "adviser to the president"; "followed the foreign minister to Beirut" is his journey.
      if (words[last] === 'to' && !complement && !SENT_TO_RANKS.has(rank.rank)) break;
      complement ||= COMPLEMENT_WORDS.has(words[last]);
      last++;
    }
    // "… for the Middle East and African countries": a noun that names no body still ends the title's words.
    while (last > i + rank.length && TITLE_FUNCTION_WORDS.has(words[last - 1]) && !BODYLESS_NOUNS.has(words[last - 1])) last--;
    let office = officeOf(words.slice(first, last), vocabulary);
    if (!office) continue;
    const bodyEnd = office.body.size === 0 && office.countries.size === 0 ? bodyAfterComma(context, words, last) : undefined;
    if (bodyEnd !== undefined) office = officeOf(words.slice(first, (last = bodyEnd)), vocabulary) ?? office;
    // "the president's special envoy": the owner's rank read first is part of the title it owns.
    if (phrases.length > 0 && phrases[phrases.length - 1].last > first) phrases.pop();
    phrases.push({ start: tokens[first].start, end: tokens[last - 1].end, office, first, last });
    i = last - 1;
  }
  return phrases;
}

/**
 * "| Deputy chairman, Hamas Politburo |": a title naming no body (its words end before `last`) goes
 * on past a comma with its body alone, when that ends the cell, line or sentence (a table cell, a
 * signature, a list). Returns the token after the body, or undefined.
 */
function bodyAfterComma(context: ClaimContext, words: readonly string[], last: number): number | undefined {
  const { tokens, text } = context;
  const vocabulary = context.facts.officeWords;
  if (!tokens[last] || !/^,[ \t]*$/.test(text.slice(tokens[last - 1].end, tokens[last].start))) return undefined;
  let end = last;
  while (end < tokens.length && (vocabulary.bodyWords.has(words[end]) || vocabulary.places.has(words[end])) && !rankAt(words, end, vocabulary) && !(end > last && !joins(text, tokens, end - 1))) end++;
  if (end === last || !/^[*_]*[ \t]*(?:\||\r?\n|$|[.;)])/.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 4))) return undefined;
  return end;
}

/** Whether token `at` and the next are written as one phrase: a space, a hyphen or an apostrophe's "s" between, no punctuation. */
function joins(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next) return false;
  const between = text.slice(tokens[at].end, next.start);
  // A title word's abbreviating dot joins too: "Dep. FM", "Amb. Shein".
  const word = tokens[at].norm;
  const abbreviated = between.startsWith('.') && word.length <= 4 && (RANK_WORDS.has(word) || DEPUTY_WORDS.has(word) || TITLE_MODIFIERS.has(word));
  return /^(?:[ \t]*\r?\n?[ \t]*|-|[ \t]*[-‐][ \t]*|['’]|['’]s?[ \t]+)$/.test(abbreviated ? between.slice(1) : between) && between.length > 0;
}

/** Whether a word before a rank belongs to the title: "Russia's Deputy", "Hamas politburo", "Foreign Affairs"; "deputy to", "the" and "of" do not. */
function extendsTitleLeft(word: string, vocabulary: ClaimContext['facts']['officeWords']): boolean {
  return word === 's' || BODYLESS_NOUNS.has(word) || (isTitleWord(word, vocabulary) && !TITLE_FUNCTION_WORDS.has(word));
}

/** Words that name no body but are nouns a title may end with: "… and African countries", "Minister of Foreign Affairs". */
const BODYLESS_NOUNS: ReadonlySet<string> = new Set(['countries', 'country', 'affairs', 'republic', 'federation', 'kingdom', 'state']);

/** Ranks held towards someone or somewhere, whose title may go on with "to": "Ambassador to Israel", "envoy to the talks". */
const SENT_TO_RANKS: ReadonlySet<Rank> = new Set(['ambassador', 'representative', 'aide', 'spokesperson']);

/** Words that open a title's complement, after which a rank word names the body: "Press Secretary of the President". */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to']);

/**
 * Whether the words from `at` go on with the title: "of the Foreign Ministry", "to Israel", "for
 * the Middle East and African countries". A rank word goes on only within such a complement.
 */
function continuesTitle(words: readonly string[], at: number, vocabulary: ClaimContext['facts']['officeWords'], inComplement: boolean): boolean {
  const word = words[at];
  // "envoy for the Middle East and Africa": a complement may name places the fact base does not know.
  const titleWord = (w: string) => isTitleWord(w, vocabulary) || (inComplement && isKnownPlace(w));
  if (word === 'and') return at + 1 < words.length && titleWord(words[at + 1]) && !TITLE_FUNCTION_WORDS.has(words[at + 1]) && !opensTitle(words, at + 1, vocabulary);
  if (TITLE_MODIFIERS.has(word) && !DEPUTY_WORDS.has(word)) return false;
  return (titleWord(word) || DOMAIN_SYNONYMS.has(`${words[at - 1]} ${word}`)) && (inComplement || !rankAt(words, at, vocabulary));
}

/** Whether the title words from `at` hold a rank of their own: "… and presidential envoy" opens a second title. */
function opensTitle(words: readonly string[], at: number, vocabulary: ClaimContext['facts']['officeWords']): boolean {
  for (let i = at; i < words.length && isTitleWord(words[i], vocabulary) && !TITLE_FUNCTION_WORDS.has(words[i]); i++) if (rankAt(words, i, vocabulary)) return true;
  return false;
}

function insideMention(context: ClaimContext, token: Token): boolean {
  const index = firstStartingAt(context.mentions, token.start + 1) - 1;
  const mention = context.mentions[index];
  return mention !== undefined && mention.actor.type === 'person' && mention.start <= token.start && token.end <= mention.end;
}

/** How far before a title a span counted from another event is looked for. */
const COUNTED_FROM_REACH = 80;
/** "eight days after deputy mayor Hristov was detained": a span counted from another event, whose time the clause's title is said at. */
const COUNTED_FROM_EVENT = new RegExp(COUNTED_SPAN, 'iu');

/** Words before a title that say it is held now: "now Culture Secretary". */
const CURRENT_BEFORE = /\b(?:now|currently)[ \t]+(?:the[ \t]+)?$/i;
const CURRENT_TITLE: ReadonlySet<string> = new Set([...TITLE_MODIFIERS].filter(([, kind]) => kind === 'current').map(([word]) => word));
/** After the name, that the person took the title up at a time the draft tells: "Whitfield, promoted in May,". */
const TAKEN_UP_AFTER = /^[*_]*,[ \t]*(?:who[ \t]+was[ \t]+)?(?:promoted|appointed|named|elected|sworn[ \t]+in)\b/i;

/** Words before a title that make it the title of the one a person serves: "deputy to the", "aide to". */
const SERVING_BEFORE = /\b(?:deputy|aide|adviser|advisor|assistant|number two|second)[ \t]+to[ \t]+(?:the[ \t]+)?$/i;

const POSSESSIVE_BEFORE = /\b(?:his|her|their|its)[ \t]*\r?\n?[ \t]*$/i;

const ROLE_COLUMN = /^(?:role|title|position|post|office|job|function)s?\b/i;

/** A title phrase and the person it is said of. */
export interface AttachedTitle {
  phrase: TitlePhrase;
  mention: NameMention;
}

/** Each title phrase with the person it is said of, where the draft says it of one. */
export function attachTitles(context: ClaimContext, phrases: TitlePhrase[], references: readonly BackReference[]): { attached: AttachedTitle[]; alone: TitlePhrase[] } {
  const attached: AttachedTitle[] = [];
  const alone: TitlePhrase[] = [];
  // A table's role column says the titles of the person its row is about.
  const roleCells = context.cells || context.record ? cellsUnder(context, ROLE_COLUMN) : [];
  const rowPerson = roleCells.length > 0 ? personOfRow(context) : undefined;
  let previous: AttachedTitle | undefined;
  for (const phrase of phrases) {
    const inRoleCell = rowPerson && roleCells.some((cell) => cell.start <= phrase.start && phrase.end <= cell.end);
    // "a Politburo member who heads its foreign relations": a title in a relative clause after another is the same person's.
    if (previous && RELATIVE_TITLE_LEAD.test(context.text.slice(previous.phrase.end, phrase.start))) {
      attached.push((previous = { phrase, mention: previous.mention }));
      continue;
    }
    // "Putin, his press secretary said": a title owned by a pronoun is someone else's, named after it if at all.
    // "Deputy to Hamas chief": the title of the one the person serves.
    const owned = POSSESSIVE_BEFORE.test(context.text.slice(Math.max(0, phrase.start - 8), phrase.start)) || SERVING_BEFORE.test(context.text.slice(Math.max(0, phrase.start - 24), phrase.start));
    // A role cell's title is its row's person's, though another cell names someone after it.
    const named = owned ? undefined : personBefore(context, phrase);
    const before = named && ownedByUnknownBody(context, phrase, named, references) ? undefined : named;
    // "Mossad chief David Barnea, Qatar's prime minister and …": after a name its own title opens, a title after a bare comma is the list's next member.
    const listed = before !== undefined && phrases.some((other) => other !== phrase && other.end <= before.start && /^[ \t]+$/.test(context.text.slice(other.end, before.start))) && (/^[ \t]*,[ \t]*$/.test(context.text.slice(before.end, phrase.start)) || (/^[ \t]*,[ \t]*the[ \t]+$/i.test(context.text.slice(before.end, phrase.start)) && /^[ \t]+and\b/.test(context.text.slice(phrase.end, phrase.end + 6))));
    const mention = (owned ? undefined : ((listed ? undefined : before) ?? subjectOfAs(context, phrase, references))) ?? (inRoleCell && !owned ? rowPerson : undefined) ?? personAfter(context, phrase) ?? entrySubject(context, phrase);
    previous = mention ? { phrase, mention } : undefined;
    if (previous) attached.push(previous);
    else alone.push(phrase);
  }
  return { attached, alone };
}

/**
 * "**Basem Naim.** The deputy chairman of the Politburo sat in on the talks": a title that opens an
 * entry's text is the subject of its first sentence, and so the entry's person, unless the sentence
 * goes on to refer to that person as someone else ("… received him", "… pressed for Kozlov's release").
 */
function entrySubject(context: ClaimContext, phrase: TitlePhrase): NameMention | undefined {
  const entry = entryMention(context);
  if (!entry) return undefined;
  const textStart = entryTextStart(context, entry);
  // Only a name set in emphasis and closed by a full stop or dash opens an entry; "Peskov: the president …" is a speaker's line.
  const nameEnd = context.text.slice(entry.end, textStart);
  if (!/[*_]/.test(nameEnd) || nameEnd.includes(':') || !ENTRY_SUBJECT_LEAD.test(context.text.slice(textStart, phrase.start))) return undefined;
  const sentence = sentenceAt(context, phrase.start);
  if (/\b(?:him|her|his|them|their)\b/i.test(context.text.slice(phrase.end, sentence.end))) return undefined;
  const again = withinSorted(context.mentions, { start: phrase.end, end: sentence.end }).some((mention) => mention.actorId === entry.actorId);
  return again ? undefined : entry;
}

/** What may stand before a title that is the subject of an entry's text: an article, or an owner ("Putin's press secretary"). */
const ENTRY_SUBJECT_LEAD = /^[ \t]*(?:[Tt]he[ \t]+|[Aa]n?[ \t]+|\p{Lu}\p{L}*['’]s[ \t]+)?$/u;

/**
 * "Meshaal, then the movement's chief": a title owned by a word referring back to an organisation
 * says no body to compare unless that organisation is one the person holds office in (the last
 * organisation named may be the news agency that took a photograph).
 */
function ownedByUnknownBody(context: ClaimContext, phrase: TitlePhrase, person: NameMention, references: readonly BackReference[]): boolean {
  const owner = /(\p{L}+)['’]s[ \t]+$/u.exec(context.text.slice(Math.max(0, phrase.start - 24), phrase.start));
  if (!owner || !ORGANISATION_BACK_REFERENCES.has(owner[1].toLowerCase())) return false;
  const referred = references.find((reference) => reference.type === 'organisation' && ownsTitle(context.text, reference, phrase));
  const words = context.facts.organisationWords.get(referred?.actorId ?? '') ?? [];
  const held = context.facts.officesOf.get(person.actorId) ?? [];
  return !held.some((office) => office.offices.some((worded) => [...words].some((word) => worded.body.has(word) || worded.implied.has(word))));
}

/** What joins a title to one in a relative clause after it: " who is ", ", who serves as ", " who " before "heads". */
const RELATIVE_TITLE_LEAD = /^,?[ \t]+who[ \t]+(?:(?:is|was|heads|headed|leads|led|serves[ \t]+as|served[ \t]+as)[ \t]+)?(?:(?:the|a|an)[ \t]+)?$/;

/**
 * Title phrases said of no name that refer back to a person ("the Deputy Minister had phoned",
 * "the same official"): the person named last whose office it is, or for a mere rank the person
 * named last; or, when one person alone holds the office in the sources, that person.
 */
export function titleReferences(context: ClaimContext, alone: TitlePhrase[]): BackReference[] {
  const references: BackReference[] = [];
  const persons = [...(context.heading?.mentions ?? []), ...context.mentions].filter((mention) => mention.actor.type === 'person');
  for (const phrase of alone) {
    if (!/\b(?:the|that|this|same)[ \t]*\r?\n?[ \t]*$/i.test(context.text.slice(Math.max(0, phrase.start - 12), phrase.start))) continue;
    const holds = (actorId: string) => (context.facts.officesOf.get(actorId) ?? []).some((held) => held.offices.some((worded) => mayReferTo(phrase.office, worded)));
    const generic = GENERIC_RANKS.has(phrase.office.rank) && phrase.office.body.size === 0;
    const before = persons.filter((mention) => mention.end <= phrase.start || context.heading?.mentions.includes(mention));
    const named = [...before].reverse().find((mention) => generic || holds(mention.actorId));
    const holders = generic ? [] : [...new Set(context.facts.allOffices.filter((held) => held.offices.some((worded) => mayReferTo(phrase.office, worded))).map((held) => held.holder.id))];
    const actorId = named?.actorId ?? (holders.length === 1 ? holders[0] : undefined);
    if (actorId) references.push({ start: phrase.start, end: phrase.end, actorId, type: 'person' });
  }
  return references;
}

/**
 * The title claims of a block: each title phrase attached to the person it is said of.
 * `eventTimes` dates sentences by the events they tell of; `references` resolve "the ministry's
 * number two" to the ministry named before.
 */
export function readTitleClaims(context: ClaimContext, attachedTitles: AttachedTitle[], eventTimes: ReadonlyMap<number, DraftDate[]>, references: readonly BackReference[]): TitleClaim[] {
  const claims: TitleClaim[] = [];
  for (const { phrase: titled, mention } of attachedTitles) {
    // "We attributed the remarks to "Ambassador Anatoly Viktorov"": a title in quotation marks is someone's wording, as a name there is.
    if (isQuoted(context, titled)) continue;
    const phrase = withReferredBodies(context, titled, references);
    const sentence = sentenceAt(context, phrase.start);
    const own = timeAt(context, phrase.start);
    const ownIsSentence = own.some((date) => date.start >= sentence.start && date.end <= sentence.end);
    const then = phrase.office.then || /\b(?:then|at the time)\b[^.,;]{0,8}$/i.test(context.text.slice(Math.max(0, phrase.start - 20), phrase.start));
    // "Whitfield, now Culture Secretary, proposed it in March", "Culture Secretary Whitfield, promoted in May, …": the title is said as it is now, not at the sentence's time.
    const current = CURRENT_BEFORE.test(context.text.slice(Math.max(0, phrase.start - 16), phrase.start)) || CURRENT_TITLE.has(context.tokens[phrase.first].norm) || TAKEN_UP_AFTER.test(context.text.slice(mention.end, mention.end + 40));
    // "On 22 May, eight days after deputy mayor Hristov was detained, …": said at the time the span is counted from, not the sentence's.
    const lead = context.text.slice(Math.max(sentence.start, phrase.start - COUNTED_FROM_REACH), phrase.start);
    const countedFrom = COUNTED_FROM_EVENT.test(lead.slice(lead.lastIndexOf(',') + 1));
    const time = current || countedFrom ? [] : ownIsSentence ? own : (eventTimes.get(sentence.start) ?? (then ? [] : own));
    const clause = clauseAt(clausesOf(context, sentence), phrase.start);
    // A finding covers the title and its name, unless the name stands in another table cell.
    const cell = context.cells?.find((span) => span.start <= phrase.start && phrase.end <= span.end);
    const withName = !cell || (cell.start <= mention.start && mention.end <= cell.end);
    claims.push({
      start: withName ? Math.min(phrase.start, mention.start) : phrase.start,
      end: withName ? Math.max(phrase.end, mention.end) : phrase.end,
      phrase,
      person: mention.actor,
      mention,
      written: context.text.slice(phrase.start, phrase.end),
      time,
      timeInClause: own.some((date) => date.start >= clause.start && date.end <= clause.end),
    });
  }
  return claims;
}

/**
 * The person a title written after a name is said of: "Bogdanov, the foreign minister,",
 * "Bogdanov (deputy FM)", "Lavrov is the minister", "**Lavrov, Sergei** – Foreign Minister".
 */
function personBefore(context: ClaimContext, phrase: TitlePhrase): NameMention | undefined {
  const { text, mentions } = context;
  let before = firstStartingAt(mentions, phrase.start) - 1;
  // "Lavrov — Putin's special envoy": the title's owner stands between it and the person it is said of.
  if (before > 0 && ownerOf(context, phrase)) before--;
  const mention = mentions[before];
  if (!mention || mention.actor.type !== 'person' || mention.end > phrase.start) return undefined;
  const between = text.slice(mention.end, phrase.start);
  // "Naim heads the movement's foreign relations": the title opens with its verb.
  const saidByVerb = VERB_RANKS.has(context.tokens[phrase.first].norm) && /^[*_]*[ \t]+$/.test(between);
  if (between.length > 60 || !(saidByVerb || APPOSITION_LEAD.test(between)) || isListItem(context, before) || namesTheNext(context, phrase)) return undefined;
  // "Peskov: the president has no plans": after a speaker's colon or dash, a title its verb follows is the subject of what is said.
  if (/[–—:]|[ \t]-[ \t]/.test(between) && SPOKEN_VERB_AFTER.test(text.slice(phrase.end, phrase.end + 12))) return undefined;
  return endsApposition(text, phrase.end, context) ? mention : undefined;
}

/**
 * The person a title after "as" is said of, further on in the clause than an apposition reaches:
 * "Abu Marzouk arrived in Moscow on Monday as chairman of the Politburo". Only when the sentence
 * names no one else before the title.
 */
function subjectOfAs(context: ClaimContext, phrase: TitlePhrase, references: readonly BackReference[]): NameMention | undefined {
  if (!/\bas[ \t]+(?:(?:the|a|an)[ \t]+)?$/i.test(context.text.slice(Math.max(0, phrase.start - 8), phrase.start))) return undefined;
  // "at the same table as the minister", "as close as the envoy": "as" compares, giving no title.
  if (COMPARING_AS.test(context.text.slice(Math.max(0, phrase.start - 60), phrase.start))) return undefined;
  // "as Deputy Foreign Minister Mikhail Bogdanov", "as President Putin's envoy": the title is the name's after it.
  const next = context.mentions[firstStartingAt(context.mentions, phrase.end)];
  if (next && next.actor.type === 'person' && /^[ \t]*\r?\n?[ \t]*$/.test(context.text.slice(phrase.end, next.start))) return undefined;
  const sentence = sentenceAt(context, phrase.start);
  const lead = { start: Math.max(sentence.start, phrase.start - MAX_SUBJECT_CHARS), end: phrase.start };
  const before = withinSorted(context.mentions, lead).filter((mention) => mention.actor.type === 'person');
  // "he arrived in Moscow as chairman of the Politburo": a pronoun stands for the subject when no one is named.
  const pronouns = before.length === 0 ? withinSorted(references, lead).filter((reference) => reference.referent !== undefined && standsAlone(context, reference)) : [];
  const subjects = before.length > 0 ? before : pronouns.map((reference) => ({ ...reference.referent!, start: reference.start, end: reference.end }));
  const subject = subjects[0];
  if (!subject || new Set(subjects.map((mention) => mention.actorId)).size !== 1 || /[;:]/.test(context.text.slice(subject.end, phrase.start))) return undefined;
  return subject;
}

/** Whether the person a pronoun refers to is the only one the block names from that person's sentence to the pronoun. */
function standsAlone(context: ClaimContext, pronoun: BackReference): boolean {
  const referent = pronoun.referent!;
  if (!context.mentions.includes(referent) || referent === entryMention(context)) return true;
  const named = withinSorted(context.mentions, { start: sentenceAt(context, referent.start).start, end: pronoun.start });
  return named.every((mention) => mention.actor.type !== 'person' || mention.actorId === referent.actorId);
}

/** "the same long table as the", "as often as": a comparison ending in "as", a few words long. */
const COMPARING_AS = /\b(?:same|such|as[ \t]+\p{L}+)(?:[ \t]+\p{L}+){0,3}[ \t]+as[ \t]+(?:(?:the|a|an)[ \t]+)?$/iu;

/** How far before a title after "as" the clause's subject may stand. */
const MAX_SUBJECT_CHARS = 200;

/** Rank words that are verbs, saying the title of the subject right before them. */
const VERB_RANKS: ReadonlySet<string> = new Set(['heads', 'headed', 'chairs', 'chaired']);

const SPOKEN_VERB_AFTER = /^[ \t]+(?:has|had|have|was|is|are|were|will|would|does|did|says|said|told|plans|wants)\b/i;

/** "the CIA Director, William Burns, the Mossad chief, David Barnea": a title right before a comma and a name is that name's. */
function namesTheNext(context: ClaimContext, phrase: TitlePhrase): boolean {
  const next = context.mentions[firstStartingAt(context.mentions, phrase.end)];
  return next !== undefined && next.actor.type === 'person' && /^[*_]*,[ \t]*\r?\n?[ \t]*$/.test(context.text.slice(phrase.end, next.start));
}

/**
 * Whether mention `at` is an item of a list of people ("Burns, Mossad's David Barnea, the Qatari
 * prime minister and ..."): a comma before it, right after another person's name and title words.
 * A title after such an item may be the list's next item rather than said of it.
 */
function isListItem(context: ClaimContext, at: number): boolean {
  const mention = context.mentions[at];
  for (let i = at - 1; i >= 0 && mention.start - context.mentions[i].end <= 48; i--) {
    const previous = context.mentions[i];
    if (previous.actor.type !== 'person') continue;
    const between = context.text.slice(previous.end, mention.start);
    return between.length <= 48 && /^[*_)]*[ \t]*,[^,;.:()\n]*$/.test(between);
  }
  return false;
}

/** What stands between a name and a title said of it after the name. */
const APPOSITION_LEAD = new RegExp(
  [
    '^[*_]*(?:,[ \\t]*\\p{Lu}\\p{L}+[*_]*)?', // the name, and a glossary's given name after a comma
    '(?:[ \\t]*\\([^()\\n]{0,40}\\))?', // a parenthesis: "(Sergey in s002)"
    '(?:',
    // an apposition; "who" alone before a title that opens with its verb: "Hamdan, who heads Hamas' foreign relations"
    '[ \\t]*,[ \\t]*\\r?\\n?[ \\t]*(?:who[ \\t]+(?:(?:is|was|serves[ \\t]+as|served[ \\t]+as|heads|headed|chairs|chaired|leads|led)[ \\t]+)?|then[ \\t]+|at[ \\t]+the[ \\t]+time[ \\t]+|now[ \\t]+|also[ \\t]+|(?:is|was)[ \\t]+|described[ \\t]+(?:here[ \\t]+|there[ \\t]+)?as[ \\t]+)?',
    '|[ \\t]*\\([ \\t]*', // a parenthesis
    '|[ \\t]+(?:is|was|as|became|becomes|remains|remained|serves[ \\t]+as|served[ \\t]+as|heads|headed|\\p{Ll}+[ \\t]+as)[ \\t]+', // a verb: "is", "came as"
    '|[ \\t]*[*_]*[ \\t]*[–—:][ \\t]*|[ \\t]+-[ \\t]+', // a glossary's dash or colon
    '|\\.[*_]+[ \\t]+', // an entry's name in bold, closed by a full stop: "**Naim, Basem.** Member of the Politburo"
    ')',
    // then articles, and an owner with a title of its own: "President Putin's"
    `(?:(?:[Tt]he|[Aa]n?|then|also|now|only|still|another|one|its|his|her|(?:country|nation|${[...ORGANISATION_BACK_REFERENCES].join('|')})['’]s)(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)|(?:\\p{Lu}\\p{L}*[ \\t]+){0,2}\\p{Lu}\\p{L}*['’]s[ \\t]+)*$`,
  ].join(''),
  'u',
);

/** Whether a title after a name ends where an apposition does: punctuation, a line's end, "and" or "who". */
function endsApposition(text: string, end: number, context: ClaimContext): boolean {
  // "the deputy leader of the movement,": the title's body named by a word referring back.
  const referred = /^[ \t]+of[ \t]+(?:the|its|that|this)[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 40));
  if (referred && ORGANISATION_BACK_REFERENCES.has(referred[1].toLowerCase())) return endsApposition(text, end + referred[0].length, context);
  const after = text.slice(end, end + 12);
  if (/^[*_]*[ \t]*(?:[,;.:)—–|]|\r?\n|$|and\b|who\b|since\b|until\b|in\b|at\b|from\b|for\b|with\b|had\b|has\b|was\b|is\b|said\b)/.test(after)) return true;
  // "who heads the politburo these days, says": a word of time closes it too.
  if (/^[ \t]+(?:these[ \t]+days|nowadays|now|today|currently|then|at[ \t]+the[ \t]+time)\b/i.test(text.slice(end, end + 20))) return true;
  return end >= context.text.length;
}

/**
 * The person a title written before a name is said of: "Deputy Foreign Minister Mikhail Bogdanov",
 * or, after a comma, "the head of the Foreign Ministry, Mikhail Bogdanov,".
 */
function personAfter(context: ClaimContext, phrase: TitlePhrase): NameMention | undefined {
  const { text, mentions } = context;
  const mention = mentions[firstStartingAt(mentions, phrase.end)];
  if (!mention || mention.actor.type !== 'person') return undefined;
  const between = text.slice(phrase.end, mention.start);
  if (/^[ \t]*\r?\n?[ \t]*$/.test(between) && between.length > 0) return mention;
  // "the head of the Politburo, Mr Mousa Abu Marzouk": a courtesy title may stand before the name.
  if (!/^,[ \t]*\r?\n?[ \t]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?$/.test(between)) return undefined;
  // "the head of the Foreign Ministry, Mikhail Bogdanov": only a title opened as a noun phrase, and a name closed as an apposition.
  const opener = text.slice(Math.max(0, phrase.start - 12), phrase.start);
  // "is Russia's top diplomat, Mikhail Bogdanov": a title right after "is", "was" or "by" is opened as a noun phrase too, and so is one after a year ("In February 2017, Russia's ambassador to Israel, Alexander Shein").
  // "the man in charge of Russia's diplomacy, Mikhail Bogdanov": a word for a person before the rank opens it too.
  // "Note that Russia's top diplomat, Mikhail Bogdanov,": a title opening with its owner's possessive is a noun phrase itself.
  const opened = /(?:^|[\s(])(?:the|a|an|its|his|her|is|was|by|[\p{Lu}][\p{L}]*['’]s)\s+(?:(?:man|woman|person|official)\s+)?$/iu.test(opener) || /(?:^|[.:;—–]\s*|\b(?:1[89]|20)\d\d,?\s+)$/.test(opener) || phrase.start === 0 || OWNER_OPENS.test(text.slice(phrase.start, phrase.end));
  return opened && /^[*_]*[ \t]*(?:[,;.:)—–]|\r?\n|$)/.test(text.slice(mention.end, mention.end + 4)) ? mention : undefined;
}

/** A title written from its owner's possessive on: "Russia's top diplomat". */
const OWNER_OPENS = /^\p{Lu}\p{L}*['’]s\s/u;

/** The phrase with the bodies of the organisations it refers back to ("the ministry's") among its body words. */
function withReferredBodies(context: ClaimContext, phrase: TitlePhrase, references: readonly BackReference[]): TitlePhrase {
  const referred = references.filter((reference) => reference.type === 'organisation' && ownsTitle(context.text, reference, phrase));
  const owner = ownerOf(context, phrase);
  if (referred.length === 0 && !owner) return phrase;
  const body = new Set(phrase.office.body);
  for (const reference of referred) for (const word of context.facts.organisationWords.get(reference.actorId) ?? []) body.add(word);
  // "Putin's envoy": the body of the office its owner heads.
  for (const held of context.facts.officesOf.get(owner?.actorId ?? '') ?? []) {
    for (const worded of held.offices) if (worded.rank === 'head' && !worded.deputy && !held.title.former) for (const word of worded.body) body.add(word);
  }
  return { ...phrase, office: { ...phrase.office, body } };
}

/** Whether an organisation referred to is the body of the title: within it, before it as its owner ("the movement's leader"), or after it ("leader of the movement"). */
function ownsTitle(text: string, reference: Span, phrase: TitlePhrase): boolean {
  if (reference.end > phrase.start && reference.start < phrase.end) return true;
  if (reference.end <= phrase.start) return /^['’]s[ \t]+$/.test(text.slice(reference.end, phrase.start));
  return /^[ \t]+of[ \t]+$/.test(text.slice(phrase.end, reference.start));
}

/** The person whose possessive stands right before the title ("Putin's special envoy"), if any. */
function ownerOf(context: ClaimContext, phrase: TitlePhrase): NameMention | undefined {
  const at = firstStartingAt(context.mentions, phrase.start) - 1;
  const mention = context.mentions[at];
  return mention && mention.actor.type === 'person' && /^['’]s[ \t]+$/.test(context.text.slice(mention.end, phrase.start)) ? mention : undefined;
}

/** Stretches to leave out when looking for event places: the titles ("Ambassador to Israel"). */
export function spansOf(phrases: TitlePhrase[]): Span[] {
  return phrases.map((phrase) => ({ start: phrase.start, end: phrase.end }));
}
