// Word tokens of prose and the comparison keys used to match names, titles and event words.

import { mayStartDate } from '../text/dates';

export interface Token {
  start: number;
  end: number;
  /** Lower case, without diacritics: the form every lookup uses. */
  norm: string;
}

/** Diacritics, and the invisible characters that may stand inside a word: soft hyphens, zero-width spaces and joiners. */
const MARKS = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics or invisible characters, so "Marzoúk", "MARZOUK" and "Mar\u00adzouk" compare equal to "marzouk". */
export function normalizeWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Whether a code unit is a soft hyphen or a zero-width character: invisible, so a word goes on across it. */
function isInvisibleInWord(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
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
    // eslint-disable-next-line crosscheck/no-module-state -- what is stored depends on the code unit alone; filling all 65,536 at load would cost 10 ms of every start
    unitKinds[code] = kind;
  }
  return kind === WORD_UNIT;
}

/** The words of `prose` between start and end; offsets are those of `prose`. */
export function tokenize(prose: string, start = 0, end = prose.length): Token[] {
  return wordsOf(prose, start, end).tokens;
}

/**
 * Words worth knowing about as they are read, such as those a name can start with, with what each
 * stands for. Must not change once used.
 */
export interface WordLookup<V> {
  get(word: string): V | undefined;
}

export interface ProseWords<V = unknown> {
  tokens: Token[];
  /** The indexes of the tokens whose word is in the `WordLookup` given, in order. */
  marked: number[];
  /** What the `WordLookup` gives for the word of each token in `marked`. */
  markedValues: V[];
  /** The ASCII tokens a date may start at, as `mayStartDate` tells, in order. */
  dateLeads: Token[];
  /** An ASCII digit occurs in the text read. */
  hasDigit: boolean;
  /** Every word read is ASCII: no other letter, mark or digit occurs in the text read. */
  asciiOnly: boolean;
}

/** Shared by the many stretches with no word marked; never added to. */
const NONE_MARKED: readonly number[] = [];
const NO_MARKED_VALUES: never[] = [];
/** Shared by the many stretches with no word a date may start at; never added to. */
const NO_DATE_LEADS: readonly Token[] = [];

/**
 * `tokenize`, also telling whether the text has a digit and which words `marks` has, with what it
 * gives for them: read in the same pass, and what `marks` gives for each ASCII word remembered with
 * the word, so that a word is looked up once. Offsets are counted
 * from `origin`: a block's words can be read from the whole draft's prose, which is flat and so
 * faster to read than a slice of it.
 */
export function wordsOf<V = unknown>(prose: string, start = 0, end = prose.length, origin = 0, marks?: WordLookup<V>): ProseWords<V> {
  const tokens: Token[] = [];
  let marked = NONE_MARKED as number[];
  let markedValues: V[] = NO_MARKED_VALUES;
  let dateLeads = NO_DATE_LEADS as Token[];
  let hasDigit = false;
  let asciiOnly = true;
  let i = start;
  while (i < end) {
    let code = prose.charCodeAt(i);
    if (code < 128) {
      if (ASCII_WORD_LOWER[code] === 0) {
        i++;
        continue;
      }
    } else if (!isNonAsciiWordCharAt(prose, i, code, end)) {
      i += isHighSurrogate(code) ? 2 : 1;
      continue;
    }
    const tokenStart = i;
    // The ASCII letters and digits the word starts with: the first four read as one number, the rest as another.
    const headEnd = Math.min(end, i + HEAD_LETTERS);
    let head = 0;
    let letters = 0;
    for (; i < headEnd; i++) {
      code = prose.charCodeAt(i);
      const lower = code < 128 ? ASCII_WORD_LOWER[code] : 0;
      if (lower === 0) break;
      head = (Math.imul(head, LETTER_BASE) + lower) | 0;
    }
    if (i - tokenStart === HEAD_LETTERS) {
      for (; i < end; i++) {
        code = prose.charCodeAt(i);
        const lower = code < 128 ? ASCII_WORD_LOWER[code] : 0;
        if (lower === 0) break;
        letters = (Math.imul(letters, LETTER_BASE) + lower) | 0;
      }
    }
    const ascii = i === end || code < 128 || (!isNonAsciiWordCharAt(prose, i, code, end) && !(isInvisibleInWord(code) && continuesAfterInvisible(prose, i, end)));
    if (!ascii) i = wordEndFrom(prose, i, end);
    let norm: string;
    let value: V | undefined;
    let leadsDate = false;
    if (ascii) {
      const slot = asciiWords.intern(prose, tokenStart, i, head, letters);
      norm = asciiWords.wordAt(slot);
      if (marks !== undefined) value = asciiWords.markValueAt(slot, marks);
      const flags = asciiWords.flagsAt(slot);
      leadsDate = (flags & DATE_LEAD) !== 0;
      if ((flags & HAS_DIGIT) !== 0) hasDigit = true;
    } else {
      const word = prose.slice(tokenStart, i);
      if (ASCII_DIGIT.test(word)) hasDigit = true;
      norm = normalizeWord(word);
      asciiOnly = false;
      if (marks !== undefined) value = marks.get(norm);
    }
    if (value !== undefined) {
      if (marked === NONE_MARKED) {
        marked = [];
        markedValues = [];
      }
      marked.push(tokens.length);
      markedValues.push(value);
    }
    const token = { start: tokenStart - origin, end: i - origin, norm };
    tokens.push(token);
    if (leadsDate) {
      if (dateLeads === NO_DATE_LEADS) dateLeads = [];
      dateLeads.push(token);
    }
  }
  return { tokens, marked, markedValues, dateLeads, hasDigit, asciiOnly };
}

/** The end of the word whose letters, marks and digits go on at `position`. */
function wordEndFrom(prose: string, position: number, end: number): number {
  let i = position;
  while (i < end) {
    const code = prose.charCodeAt(i);
    if (code < 128) {
      if (ASCII_WORD_LOWER[code] === 0) break;
      i++;
    } else if (isInvisibleInWord(code)) {
      if (!continuesAfterInvisible(prose, i, end)) break;
      i++;
    } else {
      if (!isNonAsciiWordCharAt(prose, i, code, end)) break;
      // A lone high surrogate takes the character after it into the word, digit or not.
      i += isHighSurrogate(code) ? 2 : 1;
    }
  }
  return i;
}

/** Whether a letter, mark or digit follows the invisible characters at `position`: "Bog\u00addanov" is one word. */
function continuesAfterInvisible(prose: string, position: number, end: number): boolean {
  let i = position;
  while (i < end && isInvisibleInWord(prose.charCodeAt(i))) i++;
  if (i >= end) return false;
  const code = prose.charCodeAt(i);
  return code < 128 ? ASCII_WORD_LOWER[code] !== 0 : isNonAsciiWordCharAt(prose, i, code, end);
}

const ASCII_DIGIT = /[0-9]/;
/** What the word table tells of a word besides its lower-case form. */
const DATE_LEAD = 1;
const HAS_DIGIT = 2;

function flagsOf(word: string): number {
  return (mayStartDate(word) ? DATE_LEAD : 0) | (ASCII_DIGIT.test(word) ? HAS_DIGIT : 0);
}

/**
 * Above every ASCII code: a number that reads at most four letters in this base, which fits in 31
 * bits as 122 * (131^3 + 131^2 + 131 + 1) < 2^31, is theirs alone.
 */
const LETTER_BASE = 131;
/** How many letters each of the two numbers that tell a word apart reads. */
const HEAD_LETTERS = 4;
/** Words longer than this are told apart by the letters after these too. */
const KEYED_LETTERS = 2 * HEAD_LETTERS;

/**
 * The lower-case forms of the ASCII words read so far: a draft repeats its words, so each token
 * reuses one string instead of slicing and lower-casing its own. A word is found by its length,
 * its first four letters and its next four, each four read as one number in `LETTER_BASE`: that
 * tells apart any two words of at most eight letters. The letters of longer words after their
 * eighth are kept in one byte array, so telling such words apart reads neither string's memory.
 * What a token needs of its word sits in two places only, its slot's numbers and its pair of
 * entries, as each array read for a word is mostly a cache miss.
 */
class AsciiWordTable {
  /** Per slot, two entries: its word, then what `marks` gives for it (`NOT_LOOKED_UP` until asked). */
  private entries: unknown[] = [];
  private marks: WordLookup<unknown> | undefined;
  /**
   * Per slot: the word's length times 4 plus its `flagsOf` (0 for an empty slot), its first four
   * letters, its next four, where its other letters start.
   */
  private slots = new Int32Array(0);
  private letters = new Uint8Array(1 << 16);
  private lettersUsed = 0;
  private mask = 0;
  private count = 0;

  constructor(private readonly maxWords: number) {
    this.reset(1024);
  }

  /**
   * The slot of the ASCII word text[start, end), added if new, whose first four letters lower-cased
   * read `head` in `LETTER_BASE`, and the next four (fewer, or more wrapping to 32 bits) `next`.
   * The slot is the word's until the next word is interned.
   */
  intern(text: string, start: number, end: number, head: number, next: number): number {
    const length = end - start;
    const slots = this.slots;
    for (let slot = slotHash(head, next, length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT_FIELDS;
      const lengthAndFlags = slots[at];
      if (lengthAndFlags === 0) break;
      if (lengthAndFlags >>> FLAG_BITS === length && slots[at + 1] === head && slots[at + 2] === next &&
          (length <= KEYED_LETTERS || this.holdsAt(slots[at + 3], text, start + KEYED_LETTERS, end))) {
        return slot;
      }
    }
    const word = text.slice(start, end).toLowerCase();
    if (this.count >= this.maxWords) this.reset(this.slots.length / SLOT_FIELDS);
    else if (2 * (this.count + 1) > this.slots.length / SLOT_FIELDS) this.grow();
    return this.insert(word, (length << FLAG_BITS) | flagsOf(word), head, next, this.store(word), NOT_LOOKED_UP);
  }

  /** The lower-case form of the word in `slot`. */
  wordAt(slot: number): string {
    return this.entries[2 * slot] as string;
  }

  /** The `flagsOf` the word in `slot`. */
  flagsAt(slot: number): number {
    return this.slots[slot * SLOT_FIELDS] & FLAGS_MASK;
  }

  /** What `marks` gives for the word in `slot`; asked once per word as long as `marks` stays the same. */
  markValueAt<V>(slot: number, marks: WordLookup<V>): V | undefined {
    if (marks !== this.marks) {
      for (let i = 1; i < this.entries.length; i += 2) this.entries[i] = NOT_LOOKED_UP;
      this.marks = marks;
    }
    let value = this.entries[2 * slot + 1];
    if (value === NOT_LOOKED_UP) {
      value = marks.get(this.entries[2 * slot] as string);
      this.entries[2 * slot + 1] = value;
    }
    return value as V | undefined;
  }

  /** Whether the letters stored at `offset` are those of text[from, end), lower-cased. */
  private holdsAt(offset: number, text: string, from: number, end: number): boolean {
    const letters = this.letters;
    for (let k = from; k < end; k++) if (letters[offset + k - from] !== ASCII_WORD_LOWER[text.charCodeAt(k)]) return false;
    return true;
  }

  /** Stores the word's letters after its eighth; returns where they start. */
  private store(word: string): number {
    const rest = Math.max(0, word.length - KEYED_LETTERS);
    if (this.lettersUsed + rest > this.letters.length) {
      const letters = new Uint8Array(Math.max(2 * this.letters.length, this.lettersUsed + rest));
      letters.set(this.letters.subarray(0, this.lettersUsed));
      this.letters = letters;
    }
    const offset = this.lettersUsed;
    for (let k = 0; k < rest; k++) this.letters[offset + k] = word.charCodeAt(KEYED_LETTERS + k);
    this.lettersUsed += rest;
    return offset;
  }

  /** Puts the word in a free slot and returns it. */
  private insert(word: string, lengthAndFlags: number, head: number, next: number, offset: number, markValue: unknown): number {
    let slot = slotHash(head, next, word.length) & this.mask;
    while (this.slots[slot * SLOT_FIELDS] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * SLOT_FIELDS;
    this.entries[2 * slot] = word;
    this.entries[2 * slot + 1] = markValue;
    this.slots[at] = lengthAndFlags;
    this.slots[at + 1] = head;
    this.slots[at + 2] = next;
    this.slots[at + 3] = offset;
    this.count++;
    return slot;
  }

  private grow(): void {
    const { entries, slots } = this;
    this.reset(2 * (slots.length / SLOT_FIELDS), this.lettersUsed);
    for (let at = 0, slot = 0; at < slots.length; at += SLOT_FIELDS, slot++) {
      if (slots[at] !== 0) this.insert(entries[2 * slot] as string, slots[at], slots[at + 1], slots[at + 2], slots[at + 3], entries[2 * slot + 1]);
    }
  }

  /** Empties the table, keeping the first `lettersKept` stored letters (those of the words put back). */
  private reset(capacity: number, lettersKept = 0): void {
    this.entries = new Array<unknown>(2 * capacity).fill(NOT_LOOKED_UP);
    this.slots = new Int32Array(capacity * SLOT_FIELDS);
    this.lettersUsed = lettersKept;
    this.mask = capacity - 1;
    this.count = 0;
  }
}

const SLOT_FIELDS = 4;
/**
 * A slot's first number holds its word's flags in its low bits, and the length above them: a
 * string has fewer than 2^29 characters, so the number stays below 2^31.
 */
const FLAG_BITS = 2;
const FLAGS_MASK = (1 << FLAG_BITS) - 1;
/** Stands for a word not yet looked up in the current `marks`. */
const NOT_LOOKED_UP: unknown = Symbol('not looked up');

/** Spreads the numbers that tell words apart over the low bits that pick a slot. */
function slotHash(head: number, next: number, length: number): number {
  const hash = Math.imul(head ^ Math.imul(next, 0x85ebca6b) ^ length, 0x9e3779b1);
  return hash ^ (hash >>> 15);
}

/** Bounded, so that a long editing session does not keep every word it ever saw. */
// eslint-disable-next-line crosscheck/no-module-state -- shared by every checker and fact base: to be made per-checker state
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

/** Whether the word starting at `at` starts with a lower-case letter, answered for ASCII without a string. */
export function startsLowercase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(text.slice(at, at + 2));
}

/** `isCapitalized` of the word starting at `at`, answered for ASCII without a string. */
export function isCapitalizedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 65 && code <= 90 : isCapitalized(text.charAt(at));
}
