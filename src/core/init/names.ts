// Runs of capitalised words in a sentence, the raw material of names: "Deputy Foreign Minister
// Mikhail Bogdanov", "Mohammed bin Abdulrahman al-Thani", "Port of Rotterdam".
import { COMPLEMENT_OPENERS, FUNCTION_WORDS, isCommonWord, isTitleHead, HONORIFICS, MONTHS, NAME_PARTICLES, ORGANISATION_HEADS, WEEKDAYS } from './lexicon';

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface NameRun {
  words: Word[];
  /** Whether the run begins its sentence, where any word is capitalised. */
  opensSentence: boolean;
}

/** A word, with inner hyphens and apostrophes ("al-Thani", "O'Neill") but no possessive "'s". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITALISED = /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u;

export function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let written = match[0];
    if (/['’]s$/i.test(written) && written.length > 2) written = written.slice(0, -2);
    words.push({ text: written, start: offset + match.index, end: offset + match.index + written.length });
  }
  return words;
}

/** A capitalised word, but no adjective like "Lebanon-based" or "Western-led". */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word) && !/^\d/.test(word) && !/-\p{Ll}+$/u.test(word);
}

/** A capitalised word that names no one: a month, a weekday. */
function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.includes(lower) || WEEKDAYS.has(lower);
}

/**
 * The runs of capitalised words of a sentence (`text`, starting at `offset` of its document). Words
 * are joined across single spaces only; a particle joins when a capitalised word follows it, and
 * "of", "of the" or "to" when an organisation's or a title's head word stands before it, and after
 * those "and" before capitalised words one of which `lowerCaseWords` holds (a common word, no name).
 */
export function nameRuns(text: string, offset: number, words: readonly Word[] = wordsOf(text, offset), lowerCaseWords: ReadonlySet<string> = new Set()): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  let opens = false;
  const close = () => {
    while (current.length > 0 && !isCapitalised(current[current.length - 1]!.text)) current.pop();
    if (current.length > 0) runs.push({ words: current, opensSentence: opens });
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = current[current.length - 1];
    const between = previous === undefined ? '' : text.slice(previous.end - offset, word.start - offset);
    // "Dr. Samuel Chebet": a courtesy title's abbreviating dot joins it to the name.
    const adjacent = previous !== undefined && (between === ' ' || (between === '. ' && HONORIFICS.has(previous.text.toLowerCase())));
    const capitalised = isCapitalised(word.text) && !isCalendarWord(word.text);
    if (capitalised && (adjacent || current.length === 0)) {
      if (current.length === 0) opens = opensClause(text, word.start - offset);
      current.push(word);
      continue;
    }
    const next = words[i + 1];
    const joinsNext = next !== undefined && isCapitalised(next.text) && text.slice(word.end - offset, next.start - offset) === ' ';
    if (adjacent && joinsNext && NAME_PARTICLES.has(word.text.toLowerCase())) {
      current.push(word);
      continue;
    }
    // "Minister of Economy and Sustainable Development", "Office for Mediation and Arbitration": after a head's "of" or "for", "and" joins capitalised words one of which is a common word (see `isCommonWord`).
    const inPhrase = current.some((joined, j) => COMPLEMENT_OPENERS.has(joined.text) && j > 0 && isHead(current[j - 1]!.text));
    if (adjacent && joinsNext && word.text === 'and' && inPhrase && capitalisedRunFrom(text, offset, words, i + 1).some((after) => isCommonWord(after.text, lowerCaseWords))) {
      current.push(word);
      continue;
    }
    const joinsHead = previous !== undefined && isHead(previous.text);
    if (adjacent && COMPLEMENT_OPENERS.has(word.text) && joinsHead) {
      const after = words[i + 1];
      const the = after?.text === 'the' ? 1 : 0;
      const following = words[i + 1 + the];
      if (following && isCapitalised(following.text)) {
        current.push(word);
        if (the) current.push(words[++i]!);
        continue;
      }
    }
    close();
    if (capitalised) {
      opens = opensClause(text, word.start - offset);
      current.push(word);
    }
  }
  close();
  return runs.map(trimLeadingFunctionWords).filter((run): run is NameRun => run !== undefined);
}

/** The capitalised words from `from` on, each a single space after the one before. */
function capitalisedRunFrom(text: string, offset: number, words: readonly Word[], from: number): Word[] {
  const run: Word[] = [];
  for (let i = from; i < words.length && isCapitalised(words[i]!.text); i++) {
    if (run.length > 0 && text.slice(run[run.length - 1]!.end - offset, words[i]!.start - offset) !== ' ') break;
    run.push(words[i]!);
  }
  return run;
}

function isHead(word: string): boolean {
  return ORGANISATION_HEADS.has(word.toLowerCase()) || isTitleHead(word);
}

/**
 * Whether a word at `at` of the sentence stands where any word is capitalised: first, or after a
 * speaker's colon ("Reporter: Is it true?"), an opening quotation mark, a dash or a table's bar.
 */
function opensClause(text: string, at: number): boolean {
  return at === 0 || /(?:[:|\u2013\u2014]|\s-|["“‘])\s*$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** "The Kremlin" is "Kremlin", "According to" nothing. */
function trimLeadingFunctionWords(run: NameRun): NameRun | undefined {
  let first = 0;
  while (first < run.words.length && FUNCTION_WORDS.has(run.words[first]!.text.toLowerCase())) first++;
  if (first === run.words.length) return undefined;
  return first === 0 ? run : { words: run.words.slice(first), opensSentence: false };
}
