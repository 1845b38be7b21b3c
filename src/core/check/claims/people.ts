// Age and home claims: what a draft says of a person's age ("Kozlov, 27,", "the 34-year-old
// Lobanov", "Lobanov was 32", "Trufanov (26, Nir Oz)") and home ("Trufanov, 28, from Nir Oz",
// "a resident of Ashkelon", "an Ashdod native", "Ashkelon-born", "the Qatar-based official").

import type { Actor } from '../../factbase/types';
import type { NameMention } from '../names';
import { normalizeWord } from '../tokens';
import { firstStartingAt, withinSorted, type DraftDate } from '../rules';
import { cellsUnder, entryMention, entryTextStart, personOfRow, sentenceAt, timeAt, tokensWithin, type ClaimContext } from './context';
import { writtenPlaceAt, type WrittenPlace } from './places';
import { isPersonNoun } from './english';
import { SUBJECT_PRONOUNS } from './lexicon';
import type { BackReference } from './references';

export interface AgeClaim {
  start: number;
  end: number;
  value: number;
  person: Actor;
  time: DraftDate[];
}

export interface HomeClaim {
  start: number;
  end: number;
  written: WrittenPlace;
  person: Actor;
  /** "X-based" says where someone lives and works; the other forms where they are from. */
  kind: 'hometown' | 'residence';
}

const NUMBER_WORDS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** 27 for "27", "twenty-seven" or "twenty seven"; undefined for anything else. */
export function numberOf(written: string): number | undefined {
  if (/^\d{1,3}$/.test(written)) return Number(written);
  const parts = written.toLowerCase().split(/[-\s]+/);
  if (parts.length === 1) return NUMBER_WORDS.get(parts[0]);
  const [tens, ones] = parts.map((part) => NUMBER_WORDS.get(part));
  return parts.length === 2 && tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10 ? tens + ones : undefined;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = `(?:(?:${TENS})(?:[- ](?:${ONES}))?|${ONES}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)`;
const NUMBER = `(\\d{1,3}|${WORD_NUMBER})`;
/** After a name: ", 27,", ", aged 27", ", 27 |" (a table cell's end), " (27", " (aged 27", " — 27,", ", who was 27", " was 32", " was 32 at the time", " was 24 and from", ", a 32-year-old". */
const AGE_AFTER = new RegExp(
  `^[*_]*(?:,[ \\t]*(?:aged[ \\t]+|age[ \\t]+|then[ \\t]+|now[ \\t]+)?(\\d{1,3})(?=[ \\t]*(?:[,;.)|]|\\(|years?[ \\t]+old\\b|$|[ \\t]+(?:from|of|in)\\b))` +
    `|,[ \\t]*(?:aged[ \\t]+)?(${WORD_NUMBER})(?=[ \\t]*[,;])` +
    `|[ \\t]*\\([ \\t]*(?:aged[ \\t]+)?(\\d{1,3})(?=[ \\t]*[,;)])` +
    `|[ \\t]*[—–][ \\t]*(\\d{1,3})(?=[ \\t]*[,;)])` +
    `|,?[ \\t]+(?:who[ \\t]+(?:is|was|turned)|is|was|turned|aged)[ \\t]+${NUMBER}(?=[ \\t]*(?:[,;.)]|years?\\b|$|(?:at|in|when|during|on|and)\\b))` +
    `|,[ \\t]*(?:a|an|the)[ \\t]+${NUMBER}-year-old\\b` +
    `|,[ \\t]*[^,;.()\\n]{1,40},[ \\t]*(?:was|is|aged)[ \\t]+(\\d{1,3})(?=[ \\t]*(?:[,;.)]|$)))`,
);
/** Before a name: "27-year-old Kozlov", "the thirty-two-year-old hostage Lobanov", "27 (Andrei Kozlov"; never the digits of a word ("s002 (Trufanov"). */
const AGE_BEFORE = new RegExp(`(?:\\b${NUMBER}-year-old[ \\t]+(?:[\\p{Ll}-]+[ \\t]+){0,3}|(?<![\\p{L}\\d.,])(\\d{1,3})[ \\t]*\\([ \\t]*)$`, 'u');

const AGE_COLUMN = /^age\b/i;
const HOME_COLUMN = /^(?:home(?:[ -]?town)?|town|from|city|residence|based|lives)\b/i;
const RESIDENCE_FIELD = /^(?:location|residence|based|base|lives)\b/i;

/** The age claims of a block: an age written next to a name, or in a table's age column, read for the time of its sentence. */
export function readAgeClaims(context: ClaimContext): AgeClaim[] {
  const claims: AgeClaim[] = [];
  const { text } = context;
  const rowPerson = context.cells || context.record ? personOfRow(context) : undefined;
  if (rowPerson && context.facts.agesOf.has(rowPerson.actorId)) {
    for (const cell of cellsUnder(context, AGE_COLUMN)) {
      const written = text.slice(cell.start, cell.end).replace(/[*_]/g, '').trim();
      const value = numberOf(written);
      if (value !== undefined && value > 0 && value <= 120) {
        const start = cell.start + text.slice(cell.start, cell.end).indexOf(written);
        claims.push({ start, end: start + written.length, value, person: rowPerson.actor, time: timeAt(context, cell.start) });
      }
    }
  }
  for (const mention of context.mentions) {
    if (!context.facts.agesOf.has(mention.actorId)) continue;
    const nameEnd = invertedNameEnd(text, mention);
    const after = AGE_AFTER.exec(text.slice(nameEnd, nameEnd + 80));
    const age = (after ? ageIn(after, nameEnd) : undefined) ?? ageBefore(text, mention);
    if (!age) continue;
    claims.push({ start: age.start, end: age.end, value: age.value, person: mention.actor, time: timeAt(context, age.start) });
  }
  return claims;
}

/** Where a name ends, with the given name after the surname in an inverted name ("**Kozlov, Andrei** (27)"). */
function invertedNameEnd(text: string, mention: NameMention): number {
  const inverted = /^[*_]*,[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(mention.end, mention.end + 40));
  if (!inverted || !mention.actor.givenNames.some((name) => normalizeWord(name) === normalizeWord(inverted[1]))) return mention.end;
  return mention.end + inverted[0].length;
}

function ageIn(match: RegExpExecArray, offset: number): { start: number; end: number; value: number } | undefined {
  const group = match.slice(1).find((value) => value !== undefined);
  if (group === undefined) return undefined;
  const value = numberOf(group);
  if (value === undefined || value === 0 || value > 120) return undefined;
  const start = offset + match.index + match[0].lastIndexOf(group);
  return { start, end: start + group.length, value };
}

function ageBefore(text: string, mention: NameMention): { start: number; end: number; value: number } | undefined {
  const lead = text.slice(Math.max(0, mention.start - 60), mention.start);
  if (!lead.includes('-year-old') && !lead.includes('(')) return undefined;
  const before = AGE_BEFORE.exec(lead);
  if (!before) return undefined;
  const group = before[1] ?? before[2];
  const value = numberOf(group);
  if (value === undefined || value === 0 || value > 120) return undefined;
  const start = mention.start - lead.length + before.index + before[0].indexOf(group);
  // The last digits of a longer number ("2019-year-old") are no age.
  if (/\d/.test(text.charAt(start - 1))) return undefined;
  return { start, end: start + group.length, value };
}

/** Phrases said of the person named last before them: "a resident of", "who hails from". */
const HOME_APPOSITIONS = /\b(?:(?:a|an|the)\s+(?:[\w-]+-year-old\s+)?(?:resident|native|inhabitant)\s+of|who\s+(?:hails|comes|is|was|came|lives|lived)\s+(?:from|in)|from\s+the\s+(?:[\w-]+\s+)?(?:kibbutz|town|city|village)\s+of)\s+$/i;
/** A home verb in a relative clause, said of the person named last: "Trufanov, the last of whom hails from". */
const RELATIVE_HOME_VERB = /\b(?:who|whom|whose)\b[^,;.]{0,20}\b(?:hails|comes|came|lives|lived|born|grew\s+up)\s+(?:from|in)\s+$/i;
/** Verbs said of the sentence's subject: "Trufanov, 28 when named ..., comes from Nir Oz", "Lobanov, who ..., is from". */
const HOME_VERBS = /\b(?:hails|comes|came|(?:is|was)(?:\s+originally)?)\s+from\s+$|\b(?:lives|lived|was\s+born|grew\s+up)\s+in\s+$/i;
/**
 * Right after a name (and its age, in figures or words): ", from", " (", ", of", " — 24,", ", thirty-two, from", ", the 32-year-old from", ", 41, a
 * history teacher from"; in
 * notes, past an inverted name's given name, an aside and an arrow or colon ("Lobanov, Alex (s002:
 * Alexander) → 32, from").
 */
const HOME_AFTER_NAME = new RegExp(String.raw`^[*_]*(?:,[ \t]*\p{Lu}[\p{L}\p{M}'’-]*[*_]*(?=[ \t]*[(→:]))?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[→:](?=[ \t]))?(?:,?[ \t]*(?:\(?[ \t]*(?:aged[ \t]+)?(?:\d{1,3}|${WORD_NUMBER})[ \t]*,?[ \t]*)?(?:also[ \t]+|originally[ \t]+)?(?:from|of)[ \t]+|[ \t]*\([ \t]*\d{1,3}[ \t]*,[ \t]*|,[ \t]*\d{1,3}[ \t]*\([ \t]*|[ \t]*[—–][ \t]*\d{1,3}[ \t]*,[ \t]*|,[ \t]*(?:\d{1,3}[ \t]*,[ \t]*)?(?:a|an|the)[ \t]+(?:[\w-]+-year-old[ \t]+(?:[a-z]+[ \t]+)?|(?:[a-z]+[ \t]+){1,3})from[ \t]+)$`, 'u');
/** Where someone lives and works, said of the person named last: "Hamdan, who is based in", "Hamdan, based in". */
const RESIDENCE_LEAD = /(?:\bwho\s+(?:is|was)\s+|\b(?:is|was|are|were)\s+|,\s*|\b(?:official|figure|leader|member|representative|spokesman|spokeswoman|envoy)\s+)based\s+in\s+$/i;
/** What may stand between an entry's name and a place that opens its text: "an", "the". */
const ENTRY_OPENING = /^[ \t]*(?:(?:a|an|the)[ \t]+)?$/i;
/** What may open an entry's text before its person's home: "from", "27, of". */
const ENTRY_HOME_LEAD = /^[ \t]*(?:\d{1,3}[ \t]*,[ \t]*)?(?:from|of)[ \t]+$/i;
/** Before a name, or after it as an apposition: "Ashkelon-born", "an Ashdod native", "a Nir Oz resident", "the Qatar-based". */

const HOME_ADJECTIVE = /^[ \t]*[-‐][ \t]*(born|based)\b|^[ \t]+(native|resident)\b/i;

/** The home claims of a block: a place said to be a person's home town or residence. */
export function readHomeClaims(context: ClaimContext, references: readonly BackReference[] = []): HomeClaim[] {
  const claims: HomeClaim[] = [];
  const rowPerson = context.cells || context.record ? personOfRow(context) : undefined;
  if (!context.mentions.some((mention) => context.facts.homesOf.has(mention.actorId)) && !(rowPerson && context.facts.homesOf.has(rowPerson.actorId))) return claims;
  const { tokens, text } = context;
  if (rowPerson) {
    // A record's "Location:" is where its person is: their base.
    const kind = context.record && RESIDENCE_FIELD.test(context.record.label) ? 'residence' : 'hometown';
    for (const cell of kind === 'residence' ? [context.record!.value] : cellsUnder(context, HOME_COLUMN)) {
      const written = writtenPlaceAt(context, tokensWithin(tokens, cell).first, true);
      if (written && written.end <= cell.end) claims.push({ start: written.start, end: written.end, written, person: rowPerson.actor, kind });
    }
  }
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    const adjective = HOME_ADJECTIVE.test(text.slice(token.end, token.end + 12)) ? adjectiveClaim(context, at) : undefined;
    if (adjective) {
      claims.push(adjective);
      continue;
    }
    if (at === 0) continue;
    const word = tokens[at - 1].norm;
    // "He calls Ashdod home".
    if (CALLS.has(word)) {
      const written = writtenPlaceAt(context, at, true);
      const person = written && /^[ \t]+home\b/i.test(text.slice(written.end, written.end + 8)) ? (subjectBefore(context, token.start) ?? pronounSubject(context, references, token.start)) : undefined;
      if (written && person) claims.push({ start: written.start, end: written.end, written, person: person.actor, kind: 'hometown' });
      continue;
    }
    if (word !== 'of' && word !== 'from' && word !== 'in' && token.start > 0 && text.charCodeAt(token.start - 1) !== 40 && !/[—–,]\s*$/.test(text.slice(token.start - 3, token.start))) continue;
    const lead = text.slice(Math.max(0, token.start - 40), token.start);
    const residence = RESIDENCE_LEAD.test(lead);
    const person =
      residence || HOME_APPOSITIONS.test(lead) || RELATIVE_HOME_VERB.test(lead)
        ? (personBefore(context, token.start) ?? entryPerson(context, token.start) ?? pronounSubject(context, references, token.start))
        : HOME_VERBS.test(lead) ? (subjectBefore(context, token.start) ?? pronounSubject(context, references, token.start)) : nameRightBefore(context, token.start);
    if (!person) continue;
    const written = writtenPlaceAt(context, at, true);
    if (!written) continue;
    claims.push({ start: written.start, end: written.end, written, person: person.actor, kind: residence ? 'residence' : 'hometown' });
    at = written.next - 1;
  }
  return claims.filter((claim) => context.facts.homesOf.has(claim.person.id));
}

const CALLS: ReadonlySet<string> = new Set(['calls', 'call', 'called']);

/** The person a sentence's opening "he" or "she" refers to, when it opens the sentence the offset is in. */
function pronounSubject(context: ClaimContext, references: readonly BackReference[], offset: number): NameMention | undefined {
  const sentence = sentenceAt(context, offset);
  const first = context.tokens[tokensWithin(context.tokens, sentence).first];
  if (!first || !SUBJECT_PRONOUNS.has(first.norm)) return undefined;
  return references.find((reference) => reference.start === first.start && reference.type === 'person')?.referent;
}

/** The person named right before a place, with only an age, "from" or "of" between: "Trufanov, 28, from". */
function nameRightBefore(context: ClaimContext, offset: number): NameMention | undefined {
  const { mentions, text } = context;
  const mention = mentions[firstStartingAt(mentions, offset) - 1];
  if (!mention || mention.actor.type !== 'person' || offset - mention.end > 48) return undefined;
  return HOME_AFTER_NAME.test(text.slice(mention.end, offset)) || opensEntry(context, mention, offset, ENTRY_HOME_LEAD) ? mention : undefined;
}

/** How far a phrase about a person's home may stand after the person's name: a long apposition's length. */
const MAX_APPOSITION_CHARS = 240;
/** How far before its verb a sentence's subject may stand. */
const MAX_SUBJECT_CHARS = 400;

/** The first person named in the sentence before the offset, its subject, with no ";" between. */
function subjectBefore(context: ClaimContext, offset: number): NameMention | undefined {
  const sentence = sentenceAt(context, offset);
  const { mentions } = context;
  let mention: NameMention | undefined;
  const from = Math.max(sentence.start, offset - MAX_SUBJECT_CHARS);
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i].end <= offset && !mention; i++) if (mentions[i].actor.type === 'person') mention = mentions[i];
  // "Kozlov's mother is from": the subject is someone the person's name only owns.
  if (!mention || context.text.slice(mention.end, offset).includes(';') || /^['’]s\b/.test(context.text.slice(mention.end, mention.end + 3))) return undefined;
  return mention;
}

/** The last person named before the offset in the same sentence, with no other person between, and no ";" either. */
function personBefore(context: ClaimContext, offset: number): NameMention | undefined {
  const sentence = sentenceAt(context, offset);
  const { mentions } = context;
  let mention: NameMention | undefined;
  for (let i = firstStartingAt(mentions, offset) - 1; i >= 0 && mentions[i].start >= sentence.start && offset - mentions[i].end <= MAX_APPOSITION_CHARS; i--) {
    if (mentions[i].actor.type === 'person' && mentions[i].end <= offset) {
      mention = mentions[i];
      break;
    }
  }
  if (!mention || context.text.slice(mention.end, offset).includes(';') || namesAnotherPerson(context.text.slice(mention.end, offset))) return undefined;
  return mention;
}

/** "Dowling, 58, of Pershore, and his nephew Liam, 31, who lives in": words after a name that bring in someone else by what they are to someone. */
function namesAnotherPerson(between: string): boolean {
  for (const match of between.matchAll(/(?:\band|\bwith|,)\s+(?:his|her|their)\s+(\p{Ll}+)/gu)) if (isPersonNoun(match[1])) return true;
  return false;
}

/** The person an entry is about (see `entryMention`), when it names no other person before the offset. */
function entryPerson(context: ClaimContext, offset: number): NameMention | undefined {
  const entry = entryMention(context);
  if (!entry) return undefined;
  const others = withinSorted(context.mentions, { start: entry.end, end: offset }).some((mention) => mention.actor.type === 'person' && mention.actorId !== entry.actorId);
  return others ? undefined : entry;
}

/** Whether the entry about the person mentioned opens with `lead` up to the offset. */
function opensEntry(context: ClaimContext, mention: NameMention, offset: number, lead = ENTRY_OPENING): boolean {
  return mention === entryMention(context) && lead.test(context.text.slice(entryTextStart(context, mention), offset));
}

/** "Ashkelon-born Lobanov", "Lobanov, an Ashdod native", "the Qatar-based Hamas official Hamdan": the place ends at token `at`. */
function adjectiveClaim(context: ClaimContext, at: number): HomeClaim | undefined {
  const { text } = context;
  const written = placeEndingAt(context, at);
  if (!written) return undefined;
  const adjective = HOME_ADJECTIVE.exec(text.slice(written.end, written.end + 12))!;
  const kind = (adjective[1] ?? adjective[2]).toLowerCase() === 'based' ? 'residence' : 'hometown';
  const sentence = sentenceAt(context, written.start);
  // Said of the person named right after ("Ashkelon-born Lobanov", "Qatar-based Hamas official Osama Hamdan") or in the apposition before.
  const after = withinSorted(context.mentions, { start: written.end, end: Math.min(sentence.end, written.end + 60) }).find((mention) => mention.actor.type === 'person');
  // "**Okafor, Simon** — Director since 2022; 49, a Gloucester native": in an entry, its person's.
  const before = personBefore(context, written.start) ?? entryPerson(context, written.start);
  const closesNothing = after && !/[,;.]/.test(text.slice(written.end, after.start));
  // "Hamdan, the Qatar-based official", "Hamdan — Qatar-based Hamas official", "**Kozlov, Andrei**: Ashkelon-born hostage"
  const apposition = before && (/(?:\b(?:a|an|the)|^[*_]*,(?:[ \t]*\d{1,3}[ \t]*,)?|^[*_]*[ \t]*[—–:])[ \t]+$/i.test(text.slice(before.end, written.start)) || opensEntry(context, before, written.start));
  const person = closesNothing ? after : apposition ? before : undefined;
  if (!person) return undefined;
  return { start: written.start, end: written.end, written, person: person.actor, kind };
}

/** The place of one to three words ending with token `at`. */
function placeEndingAt(context: ClaimContext, at: number): WrittenPlace | undefined {
  for (let first = Math.max(0, at - 2); first <= at; first++) {
    const written = writtenPlaceAt(context, first, true);
    if (written && written.next === at + 1) return written;
  }
  return undefined;
}
