// The name index of a fact base: every spelling and short form of every actor, found in prose in
// time independent of the number of actors.

import { perFactBase } from './per-fact-base';
import type { Actor, FactBase, Spelling } from '../factbase/types';
import { scanMarkdown } from '../text/markdown';
import { isInlineSeparator, normalizeWord, phraseTokens, separatorKey, tokenize, type Token } from './tokens';
import { FuzzyWordIndex } from './translit';

export interface NameMention {
  /** Offsets in the draft, end exclusive. */
  start: number;
  end: number;
  actorId: string;
  /** The actor of that id, as the fact base holds it. */
  actor: Actor;
  spelling: Spelling;
  /** The index of the mention's first token among the tokens it was found in. */
  token: number;
}

/** A draft's text with its prose: the same text with everything that is not prose masked to spaces. */
export interface ProseText {
  text: string;
  prose: string;
}

export interface NameEntry {
  actor: Actor;
  spelling: Spelling;
  words: string[];
  separators: string[];
}

export interface NameIndex {
  factBase: FactBase;
  /** Spellings by their first word, longest first. */
  byFirstWord: Map<string, NameEntry[]>;
  /** Each actor's spellings then short forms, in the fact base's order, with their words. */
  entriesByActor: Map<Actor, NameEntry[]>;
  /** Every word of every spelling and given name. */
  knownWords: Set<string>;
  /** Normalised given name to the persons the sources give it to. */
  givenNames: Map<string, Set<string>>;
  /** Words the source documents write in lower case: ordinary words, never taken for misspelt names. */
  lowercaseSourceWords: Set<string>;
  /** The last words of persons' names (surnames), for spotting misspellings. */
  surnames: FuzzyWordIndex<Surname>;
  /** The surnames each word already read may be a misspelling of (none for known words): drafts repeat their words. */
  surnameLookups: Map<string, Surname[]>;
}

export interface Surname {
  actor: Actor;
  /** Normalised. */
  word: string;
}

/** Misspellings are looked for up to this many edits. */
export const MAX_NAME_EDITS = 2;
const MIN_SURNAME_LENGTH = 5;

/** The name index of a fact base, built on first use and kept as long as the fact base lives. */
export const nameIndexOf = perFactBase(buildNameIndex);

function buildNameIndex(factBase: FactBase): NameIndex {
  const byFirstWord = new Map<string, NameEntry[]>();
  const entriesByActor = new Map<Actor, NameEntry[]>();
  const knownWords = new Set<string>();
  const givenNames = new Map<string, Set<string>>();
  const surnames = new FuzzyWordIndex<Surname>(MAX_NAME_EDITS);
  for (const actor of factBase.actors.values()) {
    const given = new Set(actor.givenNames.map(normalizeWord));
    for (const name of actor.givenNames) {
      for (const word of phraseTokens(name).words) {
        knownWords.add(word);
        const actors = givenNames.get(word);
        if (actors) actors.add(actor.id);
        else givenNames.set(word, new Set([actor.id]));
      }
    }
    const surnamesAdded = new Set<string>();
    const actorEntries: NameEntry[] = [];
    entriesByActor.set(actor, actorEntries);
    for (const forms of [actor.spellings, actor.shortForms]) {
      for (const spelling of forms) {
        const { words, separators } = phraseTokens(spelling.text);
        if (words.length === 0) continue;
        for (const word of words) knownWords.add(word);
        const entry = { actor, spelling, words, separators };
        actorEntries.push(entry);
        const entries = byFirstWord.get(words[0]);
        if (entries) entries.push(entry);
        else byFirstWord.set(words[0], [entry]);
        // The last word of a person's name, for spotting misspelt surnames.
        const last = words[words.length - 1];
        if (actor.type !== 'person' || last.length < MIN_SURNAME_LENGTH || given.has(last) || surnamesAdded.has(last)) continue;
        surnamesAdded.add(last);
        surnames.add(last, { actor, word: last });
      }
    }
  }
  for (const entries of byFirstWord.values()) if (entries.length > 1) entries.sort((a, b) => b.words.length - a.words.length);
  return { factBase, byFirstWord, entriesByActor, knownWords, givenNames, lowercaseSourceWords: lowercaseWordsOf(factBase), surnames, surnameLookups: new Map() };
}

function lowercaseWordsOf(factBase: FactBase): Set<string> {
  const words = new Set<string>();
  for (const source of factBase.sources.values()) {
    for (const match of source.text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(normalizeWord(match[0]));
  }
  return words;
}

/** Every mention of every spelling and short form in the prose of a Markdown draft (or a scanned one). */
export function findMentions(factBase: FactBase, input: string | ProseText): NameMention[] {
  const { text, prose } = typeof input === 'string' ? { text: input, prose: scanMarkdown(input).prose } : input;
  return mentionsIn(nameIndexOf(factBase), text, tokenize(prose));
}

/** The tokens whose word starts some spelling, in order, with the spellings it starts. */
export interface NameStarts {
  marked: readonly number[];
  markedValues: readonly NameEntry[][];
}

/**
 * The mentions among the given prose tokens, longest spelling first. Words of one name may be
 * split by a line break but not by a blank line or by anything masked out of the prose.
 * `nameStarts`, when given, are the tokens `wordsOf` marks with `byFirstWord`; no other token is looked at.
 */
export function mentionsIn(index: NameIndex, text: string, tokens: Token[], nameStarts?: NameStarts): NameMention[] {
  const { marked, markedValues } = nameStarts ?? nameStartsAmong(index, tokens);
  const mentions: NameMention[] = [];
  let next = 0;
  for (let k = 0; k < marked.length; k++) {
    const i = marked[k];
    if (i < next) continue;
    const entry = entryMatchingAt(markedValues[k], text, tokens, i);
    if (!entry) continue;
    const last = tokens[i + entry.words.length - 1];
    mentions.push({ start: tokens[i].start, end: last.end, actorId: entry.actor.id, actor: entry.actor, spelling: entry.spelling, token: i });
    next = i + entry.words.length;
  }
  return mentions;
}

/**
 * The mentions less the given names written after a surname in an inverted name ("Kamel, Abbas"):
 * "Abbas" there is Abbas Kamel's given name, not a mention of Mahmoud Abbas.
 */
export function withoutInvertedGivenNames(text: string, mentions: NameMention[]): NameMention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (isInvertedGivenName(text, mentions, i)) return mentions.filter((_, at) => !isInvertedGivenName(text, mentions, at));
  }
  return mentions;
}

function isInvertedGivenName(text: string, mentions: NameMention[], i: number): boolean {
  if (i === 0) return false;
  const surname = mentions[i - 1];
  const given = mentions[i];
  if (surname.actor.type !== 'person' || !/^[*_]*,[ \t]*$/.test(text.slice(surname.end, given.start))) return false;
  const written = normalizeWord(text.slice(given.start, given.end));
  return surname.actor.givenNames.some((name) => normalizeWord(name) === written);
}

function nameStartsAmong(index: NameIndex, tokens: Token[]): NameStarts {
  const marked: number[] = [];
  const markedValues: NameEntry[][] = [];
  tokens.forEach((token, i) => {
    const entries = index.byFirstWord.get(token.norm);
    if (entries === undefined) return;
    marked.push(i);
    markedValues.push(entries);
  });
  return { marked, markedValues };
}

function entryMatchingAt(entries: NameEntry[], text: string, tokens: Token[], at: number): NameEntry | undefined {
  for (const entry of entries) if (matchesAt(entry, text, tokens, at)) return entry;
  return undefined;
}

function matchesAt(entry: NameEntry, text: string, tokens: Token[], at: number): boolean {
  if (at + entry.words.length > tokens.length) return false;
  for (let k = 1; k < entry.words.length; k++) {
    const previous = tokens[at + k - 1];
    const token = tokens[at + k];
    if (token.norm !== entry.words[k]) return false;
    if (!separatorMatchesAt(text, previous.end, token.start, entry.separators[k - 1])) return false;
  }
  return true;
}

/** separatorMatches for the separator between two offsets of `text`; the common single space is answered without slicing. */
function separatorMatchesAt(text: string, start: number, end: number, expected: string): boolean {
  if (end - start === 1 && text.charCodeAt(start) === 32) return expected === ' ';
  return separatorMatches(text.slice(start, end), expected);
}

/** A separator in the draft stands for the spelling's one if it has the same punctuation and stays in its paragraph. */
export function separatorMatches(separator: string, expected: string): boolean {
  return isInlineSeparator(separator) && separatorKey(separator) === expected;
}
