// Capitalised words that no source uses but that are clearly a known person's name misspelt.

import type { Actor, Spelling } from '../factbase/types';
import { MAX_NAME_EDITS, separatorMatches, type NameEntry, type NameIndex, type NameMention, type Surname } from './names';
import { countryOfDemonym, isKnownPlace } from './claims/english';
import { namesOfDemonym } from './claims/facts';
import { numberOf } from './claims/people';
import { isCapitalizedAt, startsLowercase, type Token } from './tokens';

export interface Misspelling {
  start: number;
  end: number;
  actor: Actor;
  /** The spelling the draft's words stand for, e.g. "Abu Marzouk" for "Abu Marzuk". */
  meant: Spelling;
  /** The preferred form of the same shape. */
  suggestion: string;
}

const MIN_LENGTH = 5;

/** Edits allowed for a word of this many letters: one for 5-7 letters, two from 8. */
function allowedEdits(length: number): number {
  return length >= 8 ? MAX_NAME_EDITS : 1;
}

/**
 * Misspelt names among the tokens not already recognised as names. A word qualifies only when it is
 * capitalised, at least five letters long, no known name or ordinary word, and close to the surname
 * of exactly one person.
 */
export function findMisspellings(
  index: NameIndex,
  text: string,
  tokens: Token[],
  mentions: NameMention[],
): Misspelling[] {
  const misspellings: Misspelling[] = [];
  let mentionAt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const word = token.norm;
    // Most words are short or lower case: ruled out before the mentions are stepped through.
    if (!isCapitalizedAt(text, token.start) || word.length < MIN_LENGTH) continue;
    while (mentionAt < mentions.length && mentions[mentionAt].end <= token.start) mentionAt++;
    if (mentionAt < mentions.length && mentions[mentionAt].start <= token.start) continue;
    const candidates = surnamesNear(index, word);
    if (!ofOneActor(candidates) || isOrdinaryWord(text, tokens, word)) continue;
    const { actor, word: surname } = candidates[0];
    // "Lavrova" is the feminine of "Lavrov": another person, not a misspelling; "Slovenian" is English, not "Slovenije" misspelt.
    if (word === `${surname}a` || isPeoplesWord(word)) continue;
    // "Nasimiyu" holds all of "Simiyu" and more: a name of its own, as a slip adds a letter, not a syllable.
    if (word.length >= surname.length + 2 && (word.endsWith(surname) || word.startsWith(surname))) continue;
    const entries = index.entriesByActor.get(actor) ?? [];
    const found = longestEntryEndingAt(entries, surname, text, tokens, i);
    if (!found) continue;
    const extraWords = found.words.length - 1;
    misspellings.push({ start: tokens[i - extraWords].start, end: token.end, actor, meant: found.spelling, suggestion: sameShapePreferred(actor, found, entries) });
  }
  return misspellings;
}

/** Whether English knows the word as a place or the adjective of one: "Slovenian", "Lebanese". */
function isPeoplesWord(word: string): boolean {
  return isKnownPlace(word) || countryOfDemonym(word) !== undefined || namesOfDemonym(word).some(isKnownPlace);
}

/**
 * Whether the block also writes the word in lower case: an ordinary word, not a name. Asked only of
 * the few capitalised words that could be misspelt names: a scan costs less than a set per block.
 */
function isOrdinaryWord(text: string, tokens: Token[], word: string): boolean {
  for (const token of tokens) if (token.norm === word && startsLowercase(text, token.start)) return true;
  return false;
}

/** Whether there are surnames and all are one person's; a plain loop, as a closure here would be built for every token. */
function ofOneActor(candidates: Surname[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i].actor !== candidates[0].actor) return false;
  return candidates.length > 0;
}

const MAX_REMEMBERED_LOOKUPS = 100_000;

/** The surnames a word may be a misspelling of: none for a word with a digit or one the fact base or its sources use. */
function surnamesNear(index: NameIndex, word: string): Surname[] {
  let found = index.surnameLookups.get(word);
  if (!found) {
    if (index.surnameLookups.size >= MAX_REMEMBERED_LOOKUPS) index.surnameLookups.clear();
    const known = /\d/.test(word) || numberOf(word) !== undefined || index.knownWords.has(word) || index.lowercaseSourceWords.has(word);
    found = known ? [] : index.surnames.lookup(word, allowedEdits(word.length));
    index.surnameLookups.set(word, found);
  }
  return found;
}

/** The actor's longest spelling (among its entries) ending in `surname` whose other words stand right before token `at`. */
function longestEntryEndingAt(entries: NameEntry[], surname: string, text: string, tokens: Token[], at: number): NameEntry | undefined {
  let best: NameEntry | undefined;
  for (const entry of entries) {
    const { words, separators } = entry;
    if (words[words.length - 1] !== surname) continue;
    const extraWords = words.length - 1;
    if (at < extraWords || (best && best.words.length - 1 >= extraWords)) continue;
    let matches = true;
    for (let k = 0; k < extraWords && matches; k++) {
      const token = tokens[at - extraWords + k];
      const next = tokens[at - extraWords + k + 1];
      matches = token.norm === words[k] && separatorMatches(text.slice(token.end, next.start), separators[k]);
    }
    if (matches) best = entry;
  }
  return best;
}

/** The preferred spelling of the same kind and number of words (surname for surname, full name for full name), among the actor's entries. */
function sameShapePreferred(actor: Actor, entry: NameEntry, entries: NameEntry[]): string {
  const { spelling } = entry;
  if (spelling.kind === 'full') return actor.preferred;
  const length = entry.words.length;
  const preferred = entries.find((other) => other.spelling.preferred && other.words.length === length && actor.shortForms.includes(other.spelling));
  return preferred?.spelling.text ?? spelling.suggestion ?? spelling.text;
}
