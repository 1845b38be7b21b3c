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

/** A letter, mark or digit at `i`, whose code unit `code` is not ASCII; nothing from `end` on is read. */
function isNonAsciiWordCharAt(text: string, i: number, code: number, end: number): boolean {
  if (isHighSurrogate(code)) return WORD_CHAR.test(text.slice(i, Math.min(i + 2, end)));
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
  /** Every word read is ASCII: no other letter, mark or digit occurs in the text read. */
  asciiOnly: boolean;
}

/**
 * `tokenize`, also telling whether the text has a digit: read in the same pass. Offsets are counted
 * from `origin`: a block's words can be read from the whole draft's prose, which is flat and so
 * faster to read than a slice of it.
 */
export function wordsOf(prose: string, start = 0, end = prose.length, origin = 0): ProseWords {
  const tokens: Token[] = [];
  let hasDigit = false;
  let asciiOnly = true;
  let i = start;
  while (i < end) {
    let code = prose.charCodeAt(i);
    if (code < 128 ? ASCII_WORD_LOWER[code] === 0 : !isNonAsciiWordCharAt(prose, i, code, end)) {
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
        if (!isNonAsciiWordCharAt(prose, i, code, end)) break;
        ascii = false;
        if (isHighSurrogate(code)) {
          // A lone high surrogate takes the character after it into the word, digit or not.
          if (i + 1 < end && isAsciiDigit(prose.charCodeAt(i + 1))) hasDigit = true;
          i += 2;
        } else {
          i++;
        }
      }
    }
    let norm: string;
    if (ascii) {
      norm = asciiWords.intern(prose, tokenStart, i, hash);
    } else {
      norm = normalizeWord(prose.slice(tokenStart, i));
      asciiOnly = false;
    }
    tokens.push({ start: tokenStart - origin, end: i - origin, norm });
  }
  return { tokens, hasDigit, asciiOnly };
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The lower-case forms of the ASCII words read so far, found by a hash of their letters: a draft
 * repeats its words, so each token reuses one string instead of slicing and lower-casing its own.
 * A word's letters are also kept in one byte array, next to its hash and length, so that telling
 * a word from another with the same hash reads neither string's memory.
 */
class AsciiWordTable {
  private words: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  /** Per slot: the word's length, 0 for an empty slot. */
  private lengths = new Int32Array(0);
  /** Per slot: where the word's letters start in `letters`. */
  private offsets = new Int32Array(0);
  private letters = new Uint8Array(1 << 16);
  private lettersUsed = 0;
  private mask = 0;
  private count = 0;

  constructor(private readonly maxWords: number) {
    this.reset(1024);
  }

  /** The lower-case form of the ASCII word text[start, end), whose letters lower-cased hash to `hash`. */
  intern(text: string, start: number, end: number, hash: number): string {
    const length = end - start;
    for (let slot = hash & this.mask; this.lengths[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.holdsAt(this.offsets[slot], text, start, length)) return this.words[slot]!;
    }
    const word = text.slice(start, end).toLowerCase();
    if (this.count >= this.maxWords) this.reset(this.words.length);
    else if (2 * (this.count + 1) > this.words.length) this.grow();
    this.insert(word, hash, this.store(word));
    return word;
  }

  /** Whether the letters stored at `offset` are those of text[start, start + length), lower-cased. */
  private holdsAt(offset: number, text: string, start: number, length: number): boolean {
    const letters = this.letters;
    for (let k = 0; k < length; k++) if (letters[offset + k] !== ASCII_WORD_LOWER[text.charCodeAt(start + k)]) return false;
    return true;
  }

  private store(word: string): number {
    if (this.lettersUsed + word.length > this.letters.length) {
      const letters = new Uint8Array(Math.max(2 * this.letters.length, this.lettersUsed + word.length));
      letters.set(this.letters.subarray(0, this.lettersUsed));
      this.letters = letters;
    }
    const offset = this.lettersUsed;
    for (let k = 0; k < word.length; k++) this.letters[offset + k] = word.charCodeAt(k);
    this.lettersUsed += word.length;
    return offset;
  }

  private insert(word: string, hash: number, offset: number): void {
    let slot = hash & this.mask;
    while (this.lengths[slot] !== 0) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.lengths[slot] = word.length;
    this.offsets[slot] = offset;
    this.count++;
  }

  private grow(): void {
    const { words, hashes, offsets } = this;
    this.reset(words.length * 2, this.lettersUsed);
    for (let slot = 0; slot < words.length; slot++) {
      const word = words[slot];
      if (word !== undefined) this.insert(word, hashes[slot], offsets[slot]);
    }
  }

  /** Empties the table, keeping the first `lettersKept` stored letters (those of the words put back). */
  private reset(capacity: number, lettersKept = 0): void {
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.lettersUsed = lettersKept;
    this.mask = capacity - 1;
    this.count = 0;
  }
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
