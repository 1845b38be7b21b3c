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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

export function tokenize(text: string): Tokens {
  const tokens: Tokens = { texts: [], starts: [], ends: [], isWord: [] };
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const start = match.index;
    tokens.texts.push(written.toLowerCase().replace(APOSTROPHES, "'"));
    tokens.starts.push(start);
    tokens.ends.push(start + written.length);
    tokens.isWord.push(/[\p{L}\p{M}\p{N}]/u.test(written[0] ?? ''));
  }
  return tokens;
}

/** The key two spellings share when they are the same name: tokens joined by single spaces. */
export function spellingKey(text: string): string {
  return tokenize(text).texts.join(' ');
}
