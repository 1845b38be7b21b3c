// Counting how often each source uses each spelling of each actor, and picking the preferred forms.
import type { SourceText } from './source-text';
import { CharacterClass, classAt, codePointLength, isAsciiWordCharacter, tokenEnd, tokenize, tokenText } from './tokens';
import type { Spelling } from './types';

/** The spellings one source uses, by index, and how often it uses each: `counts[i]` is the count of `spellings[i]`. */
export interface SpellingCounts {
  spellings: Int32Array;
  counts: Int32Array;
}

/**
 * Counts whole-word, case-insensitive occurrences of many spellings, scanning each source's tokens
 * once. Where two forms of the same actor match at overlapping places, the longer one takes the
 * occurrence ("Marzouk" inside "Abu Marzouk" counts for "Abu Marzouk" only).
 *
 * The spellings are kept in columns of numbers rather than an object each: a large fact base has
 * tens of thousands, and objects that live through the whole load cost the collector much.
 */
export class SpellingCounter {
  /** The vocabulary is each token of any spelling, numbered from 0 in the order first met: this many. */
  private vocabularySize = 0;
  /** The numbers of the vocabulary's tokens other than words of ASCII letters and digits, which `asciiWords` keeps. */
  private readonly otherTokens = new Map<string, number>();
  /** The token numbers of spelling `i` run from `tokenStarts[i]` to `tokenStarts[i + 1]` in `spellingTokens`. */
  private readonly spellingTokens: Int32Array;
  private readonly tokenStarts: Int32Array;
  /** Per spelling, the number of its actor. */
  private readonly actorOf: Int32Array;
  /** The one-token spellings of token `t` run from `singleStarts[t]` to `singleStarts[t + 1]` in `singles`. */
  private readonly singleStarts: Int32Array;
  private readonly singles: Int32Array;
  /** Per token, whether a longer spelling begins with it: most words of a source begin none. */
  private readonly beginsLonger: Uint8Array;
  /**
   * Longer spellings grouped by their first two tokens (see `pairKey`): common given names begin
   * many spellings, and a source's words are compared with only those that go on alike. Group `g`
   * runs from `groupStarts[g]` to `groupStarts[g + 1]` in `grouped`, longest first.
   */
  private readonly groupOfPair = new Map<number, number>();
  private readonly groupStarts: Int32Array;
  private readonly grouped: Int32Array;
  /** Per actor, the token index up to which a longer form of that actor already took the text... */
  private readonly takenUntil: Int32Array;
  /** ...in the source of this number: `takenUntil` holds stale values for the others. */
  private readonly takenIn: Int32Array;
  private sourcesCounted = 0;
  /** Per spelling, its count in the source of the number in `countedIn`: stale for the others. */
  private readonly countOf: Int32Array;
  private readonly countedIn: Int32Array;
  /** The spellings counted in the current source, in the order first found. */
  private readonly used: Int32Array;
  private usedCount = 0;
  /** The vocabulary's words of ASCII letters and digits: a spelling has mostly these. */
  private readonly asciiWords = new AsciiWordTable();
  /** Per ASCII punctuation character, its number in the vocabulary or -1: punctuation is frequent, and each is one token. */
  private asciiPunctuation?: Int32Array;
  /** The token numbers of the source counted last, reused from source to source: a source has no more tokens than characters. */
  private tokenBuffer = new Int32Array(0);
  /** Per spelling, the first spelling with the same tokens: itself if none comes before it. Such spellings are the same name. */
  readonly firstOfName: Int32Array;

  /**
   * Spelling `i` is `texts[i]`, of the actor `actorIds[i]`: an occurrence inside a longer form of the
   * same actor is not counted.
   */
  constructor(texts: readonly string[], actorIds: readonly string[]) {
    const actors = new Map<string, number>();
    const count = texts.length;
    const allTokens: number[] = [];
    this.tokenStarts = new Int32Array(count + 1);
    this.actorOf = new Int32Array(count);
    let longest = 0;
    // An actor's spellings mostly come one after another: its number is looked up once for them.
    let lastActorId: string | undefined;
    let actor = -1;
    for (let index = 0; index < count; index++) {
      const text = texts[index]!;
      const actorId = actorIds[index]!;
      if (actorId !== lastActorId) {
        lastActorId = actorId;
        const known = actors.get(actorId);
        if (known === undefined) actors.set(actorId, (actor = actors.size));
        else actor = known;
      }
      this.actorOf[index] = actor;
      if (isSimpleName(text)) this.pushSimpleTokens(text, allTokens);
      else for (const token of tokenize(text).texts) allTokens.push(this.tokenNumber(token));
      this.tokenStarts[index + 1] = allTokens.length;
      longest = Math.max(longest, this.lengthOf(index));
    }
    this.spellingTokens = Int32Array.from(allTokens);
    this.firstOfName = this.firstsOfNames();
    // Pair keys are numbered by the size of the whole vocabulary.
    const { vocabularySize } = this;
    this.beginsLonger = new Uint8Array(vocabularySize);
    this.singleStarts = new Int32Array(vocabularySize + 1);
    const groupSizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const length = this.lengthOf(index);
      if (length === 0) continue;
      const first = this.spellingTokens[this.tokenStarts[index]!]!;
      if (length === 1) {
        this.singleStarts[first + 1]!++;
        continue;
      }
      this.beginsLonger[first] = 1;
      const key = this.pairKey(first, this.spellingTokens[this.tokenStarts[index]! + 1]!);
      const group = this.groupOfPair.get(key);
      if (group === undefined) {
        this.groupOfPair.set(key, groupSizes.length);
        groupSizes.push(1);
      } else {
        groupSizes[group]!++;
      }
    }
    for (let token = 0; token < vocabularySize; token++) this.singleStarts[token + 1]! += this.singleStarts[token]!;
    this.singles = new Int32Array(this.singleStarts[vocabularySize]!);
    const nextSingle = this.singleStarts.slice(0, vocabularySize);
    this.groupStarts = new Int32Array(groupSizes.length + 1);
    for (let group = 0; group < groupSizes.length; group++) this.groupStarts[group + 1] = this.groupStarts[group]! + groupSizes[group]!;
    this.grouped = new Int32Array(this.groupStarts[groupSizes.length]!);
    const nextGrouped = this.groupStarts.slice(0, groupSizes.length);
    for (let index = 0; index < count; index++) {
      if (this.lengthOf(index) === 1) this.singles[nextSingle[this.spellingTokens[this.tokenStarts[index]!]!]!++] = index;
    }
    // Longest first, and in the order listed among spellings of one length: a counting sort by length.
    const lengthStarts = new Int32Array(longest + 1);
    for (let index = 0; index < count; index++) if (this.lengthOf(index) >= 2) lengthStarts[this.lengthOf(index)]!++;
    for (let length = longest, start = 0; length >= 2; length--) {
      const spellingsOfLength = lengthStarts[length]!;
      lengthStarts[length] = start;
      start += spellingsOfLength;
    }
    const longestFirst = new Int32Array(this.grouped.length);
    for (let index = 0; index < count; index++) if (this.lengthOf(index) >= 2) longestFirst[lengthStarts[this.lengthOf(index)]!++] = index;
    for (const index of longestFirst) {
      const start = this.tokenStarts[index]!;
      const group = this.groupOfPair.get(this.pairKey(this.spellingTokens[start]!, this.spellingTokens[start + 1]!))!;
      this.grouped[nextGrouped[group]!++] = index;
    }
    this.takenUntil = new Int32Array(actors.size);
    this.takenIn = new Int32Array(actors.size);
    this.countOf = new Int32Array(count);
    this.countedIn = new Int32Array(count);
    this.used = new Int32Array(count);
  }

  /** Occurrence counts in one source: the spellings the source uses, by index, each with its count. */
  countIn(source: SourceText): SpellingCounts {
    const tokens = this.tokenNumbers(source.text);
    const stamp = ++this.sourcesCounted;
    this.usedCount = 0;
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!;
      if (token === -1) continue;
      // Longer spellings before one-token ones, as the longer form of an actor takes the text.
      if (this.beginsLonger[token] === 1 && position + 1 < tokens.length && tokens[position + 1] !== -1) {
        const group = this.groupOfPair.get(this.pairKey(token, tokens[position + 1]!));
        if (group !== undefined) this.countMatches(this.grouped, this.groupStarts[group]!, this.groupStarts[group + 1]!, tokens, position, stamp);
      }
      this.countMatches(this.singles, this.singleStarts[token]!, this.singleStarts[token + 1]!, tokens, position, stamp);
    }
    const spellings = this.used.slice(0, this.usedCount);
    const counts = new Int32Array(spellings.length);
    for (let i = 0; i < spellings.length; i++) counts[i] = this.countOf[spellings[i]!]!;
    return { spellings, counts };
  }

  /** Counts each spelling listed in `list` from `from` to `to` whose tokens stand at the position. */
  private countMatches(list: Int32Array, from: number, to: number, tokens: Int32Array, position: number, stamp: number): void {
    for (let i = from; i < to; i++) {
      const index = list[i]!;
      if (!this.matchesAt(tokens, position, index)) continue;
      const actor = this.actorOf[index]!;
      const end = position + this.lengthOf(index);
      if (this.takenIn[actor] === stamp && this.takenUntil[actor]! >= end) continue;
      this.takenIn[actor] = stamp;
      this.takenUntil[actor] = end;
      if (this.countedIn[index] === stamp) {
        this.countOf[index]!++;
      } else {
        this.countedIn[index] = stamp;
        this.countOf[index] = 1;
        this.used[this.usedCount++] = index;
      }
    }
  }

  /** Whether the spelling's tokens after its first stand in the source after the position. */
  private matchesAt(tokens: Int32Array, position: number, index: number): boolean {
    const start = this.tokenStarts[index]!;
    const length = this.tokenStarts[index + 1]! - start;
    if (position + length > tokens.length) return false;
    for (let i = 1; i < length; i++) {
      if (tokens[position + i] !== this.spellingTokens[start + i]) return false;
    }
    return true;
  }

  private lengthOf(index: number): number {
    return this.tokenStarts[index + 1]! - this.tokenStarts[index]!;
  }

  private tokenNumber(text: string): number {
    let number = this.knownNumber(text);
    if (number !== -1) return number;
    number = this.vocabularySize++;
    if (ASCII_WORD.test(text)) this.asciiWords.add(text, number);
    else this.otherTokens.set(text, number);
    return number;
  }

  /** The number of the token in the vocabulary; -1 if the vocabulary lacks it. */
  private knownNumber(text: string): number {
    if (!ASCII_WORD.test(text)) return this.otherTokens.get(text) ?? -1;
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = wordHash(hash, text.charCodeAt(i));
    return this.asciiWords.find(text, 0, text.length, hash);
  }

  /**
   * Pushes the numbers of the words of a simple name (see `isSimpleName`), lower-cased: its words
   * are found in place, and only a word new to the vocabulary is made a string.
   */
  private pushSimpleTokens(name: string, numbers: number[]): void {
    let start = 0;
    while (start < name.length) {
      let end = start;
      let hash = 0;
      while (end < name.length && name.charCodeAt(end) !== 0x20) hash = wordHash(hash, name.charCodeAt(end++));
      let number = this.asciiWords.find(name, start, end, hash);
      if (number === -1) this.asciiWords.add(name.slice(start, end).toLowerCase(), (number = this.vocabularySize++));
      numbers.push(number);
      start = end + 1;
    }
  }

  /** See `firstOfName`: spellings are told apart by a hash of their token numbers, then compared token by token. */
  private firstsOfNames(): Int32Array {
    const count = this.actorOf.length;
    const firstOfName = new Int32Array(count);
    // The first spelling of each name with a hash, then, from each such spelling, the next name with the same hash.
    const firstWithHash = new Map<number, number>();
    const nextWithHash = new Int32Array(count).fill(-1);
    for (let index = 0; index < count; index++) {
      const hash = this.tokensHash(index);
      const found = firstWithHash.get(hash);
      if (found === undefined) {
        firstWithHash.set(hash, index);
        firstOfName[index] = index;
        continue;
      }
      let same = found;
      for (;;) {
        if (this.sameTokens(same, index)) {
          firstOfName[index] = same;
          break;
        }
        const next = nextWithHash[same]!;
        if (next === -1) {
          nextWithHash[same] = index;
          firstOfName[index] = index;
          break;
        }
        same = next;
      }
    }
    return firstOfName;
  }

  private tokensHash(index: number): number {
    let hash = this.lengthOf(index);
    for (let i = this.tokenStarts[index]!; i < this.tokenStarts[index + 1]!; i++) hash = (Math.imul(hash, 0x9e3779b1) + this.spellingTokens[i]!) | 0;
    return hash;
  }

  private sameTokens(first: number, second: number): boolean {
    const length = this.lengthOf(first);
    if (this.lengthOf(second) !== length) return false;
    const firstStart = this.tokenStarts[first]!;
    const secondStart = this.tokenStarts[second]!;
    for (let i = 0; i < length; i++) if (this.spellingTokens[firstStart + i] !== this.spellingTokens[secondStart + i]) return false;
    return true;
  }

  /**
   * The source's tokens by their number in the vocabulary; -1 for a token no spelling has. The
   * tokens are those of `tokenize`; ASCII words are looked up without making a string of each.
   */
  private tokenNumbers(text: string): Int32Array {
    const words = this.asciiWords;
    this.asciiPunctuation ??= asciiPunctuationNumbers(this.otherTokens);
    const punctuation = this.asciiPunctuation;
    if (this.tokenBuffer.length < text.length) this.tokenBuffer = new Int32Array(Math.max(text.length, this.tokenBuffer.length * 2));
    const numbers = this.tokenBuffer;
    let count = 0;
    let offset = 0;
    while (offset < text.length) {
      const start = offset;
      const char = text.charCodeAt(offset);
      // Most characters that are not in words are the spaces between them.
      if (char === 0x20) {
        offset++;
        continue;
      }
      if (isAsciiWordCharacter(char)) {
        let hash = 0;
        do {
          hash = wordHash(hash, text.charCodeAt(offset++));
        } while (offset < text.length && isAsciiWordCharacter(text.charCodeAt(offset)));
        // A word that goes on with other letters, marks or digits is looked up as text.
        if (offset === text.length || text.charCodeAt(offset) < 0x80 || classAt(text, offset) !== CharacterClass.Word) {
          numbers[count++] = words.find(text, start, offset, hash);
          continue;
        }
      }
      const kind = classAt(text, start);
      if (kind === CharacterClass.Punctuation && char < 0x80) {
        offset = start + 1;
        numbers[count++] = punctuation[char]!;
        continue;
      }
      if (kind === CharacterClass.Space) {
        offset = start + codePointLength(text, start);
        continue;
      }
      offset = tokenEnd(text, start, kind);
      numbers[count++] = this.knownNumber(tokenText(text, start, offset, kind === CharacterClass.Word));
    }
    return numbers.subarray(0, count);
  }

  private pairKey(first: number, second: number): number {
    return first * this.vocabularySize + second;
  }
}

/** The vocabulary's number of each ASCII punctuation character's token, as `tokenText` writes it; -1 where the vocabulary lacks it. */
function asciiPunctuationNumbers(otherTokens: ReadonlyMap<string, number>): Int32Array {
  const numbers = new Int32Array(0x80).fill(-1);
  for (let char = 0; char < 0x80; char++) {
    const text = String.fromCharCode(char);
    if (classAt(text, 0) !== CharacterClass.Punctuation) continue;
    numbers[char] = otherTokens.get(tokenText(text, 0, 1, false)) ?? -1;
  }
  return numbers;
}

/** The hash of a word of ASCII letters and digits, lower-cased, extended by one more character. */
function wordHash(hash: number, char: number): number {
  const lower = char >= 0x41 && char <= 0x5a ? char | 0x20 : char;
  return (Math.imul(hash, 31) + lower) | 0;
}

/**
 * Words of ASCII letters and digits, lower-case, each with its number: found by hash and compared in
 * place in a text. Most words of a source are no spelling's: the table is kept at most a quarter
 * full, so that looking for one such ends at an empty slot soon.
 */
class AsciiWordTable {
  private slots = new Int32Array(1 << 10).fill(-1);
  /** The number of bits of a slot's index. */
  private bits = 10;
  private size = 0;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];

  add(word: string, number: number): void {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i));
    this.words[number] = word;
    this.hashes[number] = hash;
    if (++this.size * 4 > this.slots.length) this.grow();
    else this.place(number, hash);
  }

  /** The number of the word from `start` to `end` of the text, lower-cased; -1 if the table lacks it. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = firstSlotOf(hash, this.bits); this.slots[slot] !== -1; slot = (slot + 1) & mask) {
      const number = this.slots[slot]!;
      if (this.hashes[number] === hash && sameWord(this.words[number]!, text, start, end)) return number;
    }
    return -1;
  }

  private place(number: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = firstSlotOf(hash, this.bits);
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = number;
  }

  private grow(): void {
    this.bits++;
    this.slots = new Int32Array(1 << this.bits).fill(-1);
    for (let number = 0; number < this.words.length; number++) {
      if (this.words[number] !== undefined) this.place(number, this.hashes[number]!);
    }
  }
}

/** Where to look first for a word of this hash: its top bits, mixed (Fibonacci hashing), as words alike in their last letter hash alike. */
function firstSlotOf(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}

/** Whether the lower-case word is the text from `start` to `end`, lower-cased. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const char = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (char >= 0x41 && char <= 0x5a ? char | 0x20 : char)) return false;
  }
  return true;
}

const WHITESPACE = /\s/;

const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * Whether the text is letters of the English alphabet in words between single spaces: its tokens are
 * no more than its words, lower-cased.
 */
function isSimpleName(text: string): boolean {
  if (text.length === 0) return false;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a)) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace;
}

/** By a spelling's index: how many sources use it (more than 0 times), and how often they use it in all. */
export class UseScores {
  readonly sources: Int32Array;
  readonly totals: Float64Array;

  constructor(spellingCount: number) {
    this.sources = new Int32Array(spellingCount);
    this.totals = new Float64Array(spellingCount);
  }

  /** Scores the spelling of this index by its uses. */
  score(index: number, uses: Readonly<Record<string, number>>): void {
    let sources = 0;
    let total = 0;
    for (const sourceId in uses) {
      const count = uses[sourceId]!;
      if (count > 0) {
        sources++;
        total += count;
      }
    }
    this.sources[index] = sources;
    this.totals[index] = total;
  }
}

/**
 * Marks the preferred form among the forms of one kind, `forms[i]` for each i in `indices`: the one
 * most sources use, then the one used most often in all, then the first listed. Forms used by fewer
 * sources than the preferred one are variants and get it as their suggestion. Returns the preferred
 * form, if any.
 */
export function markPreferred(forms: readonly Spelling[], indices: readonly number[], scores: UseScores): Spelling | undefined {
  const { sources, totals } = scores;
  let preferred = -1;
  for (const index of indices) {
    if (preferred === -1 || sources[index]! > sources[preferred]! || (sources[index] === sources[preferred] && totals[index]! > totals[preferred]!)) preferred = index;
  }
  if (preferred === -1) return undefined;
  const best = forms[preferred]!;
  for (const index of indices) {
    const form = forms[index]!;
    form.preferred = form === best;
    if (sources[index]! < sources[preferred]!) form.suggestion = best.text;
  }
  return best;
}

/** The indices from `from` to `to` of short forms, grouped by their number of words, so that each length has its own preferred form. */
export function groupByWordCount(forms: readonly Spelling[], from: number, to: number): number[][] {
  const groups = new Map<number, number[]>();
  for (let index = from; index < to; index++) {
    const words = wordCount(forms[index]!.text);
    const group = groups.get(words);
    if (group) group.push(index);
    else groups.set(words, [index]);
  }
  return [...groups.values()];
}

/** The number of words between whitespace, as `text.trim().split(/\s+/).length` counts them: 1 for blank text. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    const space = char < 0x80 ? char === 0x20 || (char >= 0x09 && char <= 0x0d) : WHITESPACE.test(text[i]!);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(words, 1);
}
