// Splitting text into comparable tokens: words (letters, marks and digits) and single punctuation
// characters, lower-cased, with whitespace ignored. Names and quotes are matched token by token,
// so "Abu Marzouk" matches "Abu\n  Marzouk" and "Abu Marzouk's", but neither "Abu-Marzouk" nor "Abu Marzouki".

export interface Tokens {
  /** Lower-cased token texts. */
  texts: string[];
  /** Offset of each token's first character. */
  starts: number[];
  /** Offset just past each token's last character. */
  ends: number[];
  /** Whether each token is a word (not punctuation). */
  isWord: boolean[];
}

/** A character of a word: a letter, mark or digit. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s/;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/;
/** The one apostrophe that is a letter, and so part of words. */
const LETTER_APOSTROPHE = '\u02bc';

export const enum CharacterClass {
  Word,
  Space,
  Punctuation,
}

export function isAsciiWordCharacter(char: number): boolean {
  return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a) || (char >= 0x30 && char <= 0x39);
}

/** The class of the code point at the offset; ASCII decided without a regular expression. */
export function classAt(text: string, offset: number): CharacterClass {
  const char = text.charCodeAt(offset);
  if (char < 0x80) {
    if (isAsciiWordCharacter(char)) return CharacterClass.Word;
    return char === 0x20 || (char >= 0x09 && char <= 0x0d) ? CharacterClass.Space : CharacterClass.Punctuation;
  }
  const codePoint = String.fromCodePoint(text.codePointAt(offset)!);
  if (WORD_CHARACTER.test(codePoint)) return CharacterClass.Word;
  return WHITESPACE.test(codePoint) ? CharacterClass.Space : CharacterClass.Punctuation;
}

/** The number of UTF-16 code units of the code point at the offset. */
export function codePointLength(text: string, offset: number): number {
  return text.codePointAt(offset)! > 0xffff ? 2 : 1;
}

/** Where the word that goes on at the offset ends. */
function wordEnd(text: string, offset: number): number {
  while (offset < text.length) {
    const char = text.charCodeAt(offset);
    if (char < 0x80) {
      if (!isAsciiWordCharacter(char)) break;
      offset++;
    } else {
      if (classAt(text, offset) !== CharacterClass.Word) break;
      offset += codePointLength(text, offset);
    }
  }
  return offset;
}

/** Where the word or punctuation character of the given class that starts at `start` ends. */
export function tokenEnd(text: string, start: number, kind: CharacterClass.Word | CharacterClass.Punctuation): number {
  const next = start + codePointLength(text, start);
  return kind === CharacterClass.Word ? wordEnd(text, next) : next;
}

/** The comparable text of the token from `start` to `end`: lower-cased, every apostrophe written `'`. */
export function tokenText(text: string, start: number, end: number, isWord: boolean): string {
  if (isWord) {
    const lower = text.slice(start, end).toLowerCase();
    return lower.includes(LETTER_APOSTROPHE) ? lower.replaceAll(LETTER_APOSTROPHE, "'") : lower;
  }
  const written = text.slice(start, end);
  return APOSTROPHES.test(written) ? "'" : written.toLowerCase();
}

export function tokenize(text: string): Tokens {
  const tokens: Tokens = { texts: [], starts: [], ends: [], isWord: [] };
  let offset = 0;
  while (offset < text.length) {
    const start = offset;
    const kind = classAt(text, offset);
    if (kind === CharacterClass.Space) {
      offset += codePointLength(text, offset);
      continue;
    }
    offset = tokenEnd(text, start, kind);
    const isWord = kind === CharacterClass.Word;
    tokens.texts.push(tokenText(text, start, offset, isWord));
    tokens.starts.push(start);
    tokens.ends.push(offset);
    tokens.isWord.push(isWord);
  }
  return tokens;
}
