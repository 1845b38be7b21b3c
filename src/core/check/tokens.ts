// Word tokens of prose and the comparison keys used to match names, titles and event words.

export interface Token {
  start: number;
  end: number;
  /** Lower case, without diacritics: the form every lookup uses. */
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics, so "Marzoúk" and "MARZOUK" compare equal to "marzouk". */
export function normalizeWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of `prose` between start and end; offsets are those of `prose`. */
export function tokenize(prose: string, start = 0, end = prose.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(prose); match && match.index < end; match = WORD.exec(prose)) {
    const tokenEnd = Math.min(match.index + match[0].length, end);
    tokens.push({ start: match.index, end: tokenEnd, norm: normalizeWord(prose.slice(match.index, tokenEnd)) });
  }
  return tokens;
}

/** The words of a name or title as written in the fact base, with the separators between them. */
export function phraseTokens(phrase: string): { words: string[]; separators: string[] } {
  const tokens = tokenize(phrase);
  const separators: string[] = [];
  for (let i = 1; i < tokens.length; i++) separators.push(separatorKey(phrase.slice(tokens[i - 1].end, tokens[i].start)));
  return { words: tokens.map((token) => token.norm), separators };
}

/**
 * What a separator between two words amounts to: its punctuation, typographic forms folded, and
 * one space for any run of white space. "\n " and " " compare equal; "-" and "‐" too.
 */
export function separatorKey(separator: string): string {
  let key = '';
  let space = false;
  for (const char of separator) {
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space && key) key += ' ';
    space = false;
    key += char === '’' || char === '‘' ? "'" : char === '‐' || char === '‑' || char === '–' ? '-' : char;
  }
  if (space) key += ' ';
  return key.trim() === '' ? (separator.length > 0 ? ' ' : '') : key;
}

/** A separator that stays inside one paragraph: no blank line. */
export function isInlineSeparator(separator: string): boolean {
  return !/\n[ \t]*\r?\n/.test(separator);
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
