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

/** A word (captured) or a single punctuation character. */
const TOKEN = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/;
/** The one apostrophe that is a letter, and so part of words. */
const LETTER_APOSTROPHE = '\u02bc';

export function tokenize(text: string): Tokens {
  const tokens: Tokens = { texts: [], starts: [], ends: [], isWord: [] };
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const start = match.index;
    const isWord = match[1] !== undefined;
    if (isWord) {
      const lower = written.toLowerCase();
      tokens.texts.push(lower.includes(LETTER_APOSTROPHE) ? lower.replaceAll(LETTER_APOSTROPHE, "'") : lower);
    } else {
      tokens.texts.push(APOSTROPHES.test(written) ? "'" : written.toLowerCase());
    }
    tokens.starts.push(start);
    tokens.ends.push(start + written.length);
    tokens.isWord.push(isWord);
  }
  return tokens;
}
