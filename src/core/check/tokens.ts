// Word tokens of prose and the comparison keys used to match names, titles and event words.

export interface Token {
  start: number;
  end: number;
  /** Lower case, without diacritics: the form every lookup uses. */
  norm: string;
}

const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics, so "Marzoúk" and "MARZOUK" compare equal to "marzouk". */
export function normalizeWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Per ASCII code: its lower-case form when it is a letter or digit, else 0. */
const ASCII_WORD_LOWER = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_WORD_LOWER[code] = code;
for (let code = 97; code <= 122; code++) ASCII_WORD_LOWER[code] = code;
for (let code = 65; code <= 90; code++) ASCII_WORD_LOWER[code] = code + 32;

const UNKNOWN = 0;
const WORD_UNIT = 1;
const OTHER_UNIT = 2;
/** Per UTF-16 code unit, whether it is a letter, mark or digit, learnt on first sight. */
const unitKinds = new Uint8Array(0x10000);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A letter, mark or digit at `i`, whose code unit `code` is not ASCII. */
function isNonAsciiWordCharAt(text: string, i: number, code: number): boolean {
  if (isHighSurrogate(code)) return WORD_CHAR.test(text.slice(i, i + 2));
  let kind = unitKinds[code];
  if (kind === UNKNOWN) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? WORD_UNIT : OTHER_UNIT;
    unitKinds[code] = kind;
  }
  return kind === WORD_UNIT;
}

/** The words of `prose` between start and end; offsets are those of `prose`. */
export function tokenize(prose: string, start = 0, end = prose.length): Token[] {
  return wordsOf(prose, start, end).tokens;
}

export interface ProseWords {
  tokens: Token[];
  /** An ASCII digit occurs in the text read. */
  hasDigit: boolean;
}

/** `tokenize`, also telling whether the text has a digit: read in the same pass. */
export function wordsOf(prose: string, start = 0, end = prose.length): ProseWords {
  const tokens: Token[] = [];
  let hasDigit = false;
  let i = start;
  while (i < end) {
    let code = prose.charCodeAt(i);
    if (code < 128 ? ASCII_WORD_LOWER[code] === 0 : !isNonAsciiWordCharAt(prose, i, code)) {
      i += isHighSurrogate(code) ? 2 : 1;
      continue;
    }
    const tokenStart = i;
    let ascii = true;
    let hash = 0;
    while (i < end) {
      code = prose.charCodeAt(i);
      if (code < 128) {
        const lower = ASCII_WORD_LOWER[code];
        if (lower === 0) break;
        if (lower <= 57) hasDigit = true;
        hash = (Math.imul(hash, 31) + lower) | 0;
        i++;
      } else {
        if (!isNonAsciiWordCharAt(prose, i, code)) break;
        ascii = false;
        if (isHighSurrogate(code)) {
          // A lone high surrogate takes the character after it into the word, digit or not.
          if (isAsciiDigit(prose.charCodeAt(i + 1))) hasDigit = true;
          i += 2;
        } else {
          i++;
        }
      }
    }
    const norm = ascii ? asciiWords.intern(prose, tokenStart, i, hash) : normalizeWord(prose.slice(tokenStart, i));
    tokens.push({ start: tokenStart, end: i, norm });
  }
  return { tokens, hasDigit };
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The lower-case forms of the ASCII words read so far, found by a hash of their letters: a draft
 * repeats its words, so each token reuses one string instead of slicing and lower-casing its own.
 */
class AsciiWordTable {
  private words: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  private count = 0;

  constructor(private readonly maxWords: number) {
    this.reset(1024);
  }

  /** The lower-case form of the ASCII word text[start, end), whose letters lower-cased hash to `hash`. */
  intern(text: string, start: number, end: number, hash: number): string {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === hash && isLowerCaseOf(word, text, start, end)) return word;
    }
    const word = text.slice(start, end).toLowerCase();
    if (this.count >= this.maxWords) this.reset(this.words.length);
    else if (2 * (this.count + 1) > this.words.length) this.grow();
    this.insert(word, hash);
    return word;
  }

  private insert(word: string, hash: number): void {
    let slot = hash & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.count++;
  }

  private grow(): void {
    const { words, hashes } = this;
    this.reset(words.length * 2);
    for (let slot = 0; slot < words.length; slot++) {
      const word = words[slot];
      if (word !== undefined) this.insert(word, hashes[slot]);
    }
  }

  private reset(capacity: number): void {
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
  }
}

function isLowerCaseOf(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) return false;
  return true;
}

/** Bounded, so that a long editing session does not keep every word it ever saw. */
const asciiWords = new AsciiWordTable(1 << 16);

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

/** `isCapitalized` of the word starting at `at`, answered for ASCII without a string. */
export function isCapitalizedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 65 && code <= 90 : isCapitalized(text.charAt(at));
}
