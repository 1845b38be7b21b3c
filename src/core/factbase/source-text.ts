import { lastAtOrBefore } from '../text/sorted';
import { TextIndex } from './text-index';
import { tokenize, type Tokens } from './tokens';
import type { FileRange } from './types';

/** A source document's text with what quote and name matching need, each computed once. */
export class SourceText {
  readonly index: TextIndex;
  private collapsed?: { text: string; collapsedStarts: number[]; shifts: number[] };
  private tokenCache?: Tokens;
  private wordCache?: IndexedWords;

  constructor(file: string, readonly text: string) {
    this.index = new TextIndex(file, text);
  }

  get tokens(): Tokens {
    this.tokenCache ??= tokenize(this.text);
    return this.tokenCache;
  }

  /**
   * The text with every whitespace run turned into one space. `shifts` maps back: from collapsed
   * offset `collapsedStarts[i]` on, the original offset is the collapsed one plus `shifts[i]`.
   */
  private get whitespaceCollapsed(): { text: string; collapsedStarts: number[]; shifts: number[] } {
    if (this.collapsed) return this.collapsed;
    const collapsedStarts = [0];
    const shifts = [0];
    let shift = 0;
    for (const run of this.text.matchAll(/\s{2,}/g)) {
      shift += run[0].length - 1;
      collapsedStarts.push(run.index - shifts[shifts.length - 1]! + 1);
      shifts.push(shift);
    }
    this.collapsed = { text: collapseRuns(this.text), collapsedStarts, shifts };
    return this.collapsed;
  }

  private originalOffset(collapsedOffset: number): number {
    const { collapsedStarts, shifts } = this.whitespaceCollapsed;
    return collapsedOffset + shifts[lastAtOrBefore(collapsedStarts, collapsedOffset)]!;
  }

  /** Where the quote stands, whitespace runs aside; undefined when it is not in the text. */
  findQuote(quote: string): FileRange | undefined {
    const wanted = collapseWhitespace(quote);
    if (wanted === '') return undefined;
    const found = this.whitespaceCollapsed.text.indexOf(wanted);
    if (found === -1) return undefined;
    const start = this.originalOffset(found);
    const end = this.originalOffset(found + wanted.length - 1) + 1;
    return this.index.range(start, end);
  }

  /** The text's words in order, the token each is, and where each word stands among them. */
  private get words(): IndexedWords {
    if (this.wordCache) return this.wordCache;
    const tokens = this.tokens;
    const words: string[] = [];
    const wordTokens: number[] = [];
    const positions = new Map<string, number[]>();
    tokens.isWord.forEach((isWord, i) => {
      if (!isWord) return;
      const word = tokens.texts[i]!;
      let at = positions.get(word);
      if (!at) positions.set(word, (at = []));
      at.push(words.length);
      words.push(word);
      wordTokens.push(i);
    });
    this.wordCache = { words, wordTokens, positions };
    return this.wordCache;
  }

  /**
   * The passage that shares most words with the quote: windows of about as many words as the quote,
   * each starting at a word the quote has (found through the word index), with a running count of
   * shared words: linear in how often the quote's words occur, not in the length of the text.
   */
  closestPassage(quote: string): { range: FileRange; text: string } | undefined {
    const wanted = new Map<string, number>();
    let quoteWords = 0;
    const quoteTokens = tokenize(quote);
    quoteTokens.texts.forEach((token, i) => {
      if (!quoteTokens.isWord[i]) return;
      wanted.set(token, (wanted.get(token) ?? 0) + 1);
      quoteWords++;
    });
    const { words, wordTokens, positions } = this.words;
    const candidates = [...wanted.keys()].flatMap((word) => positions.get(word) ?? []).sort((a, b) => a - b);
    if (quoteWords === 0 || candidates.length === 0) return undefined;

    // A passage with a word more or less than the quote ("the group's" for "the") still wins.
    const widths = [quoteWords, quoteWords + Math.ceil(quoteWords / 4) + 1].map((width) => Math.min(width, words.length));
    let best = { score: -Infinity, first: 0, last: 0 };
    for (const width of widths) {
      const window = bestWindow(words, candidates, wanted, width);
      const score = window.shared - 0.5 * (width - quoteWords);
      if (score > best.score) best = { score, first: window.first, last: window.first + width - 1 };
    }
    while (best.first < best.last && !wanted.has(words[best.first]!)) best.first++;
    while (best.last > best.first && !wanted.has(words[best.last]!)) best.last--;

    const start = this.tokens.starts[wordTokens[best.first]!]!;
    const end = this.tokens.ends[wordTokens[best.last]!]!;
    return { range: this.index.range(start, end), text: collapseWhitespace(this.text.slice(start, end)) };
  }
}

interface IndexedWords {
  words: string[];
  /** The token index of each word. */
  wordTokens: number[];
  /** Each word's positions in `words`, in order. */
  positions: Map<string, number[]>;
}

/**
 * The window of `width` words sharing most words with `wanted` (counted with repeats), the first of
 * equals. Only windows starting at a wanted word (`candidates`, their positions in order) or ending
 * the text are weighed: moving a window's start past a word the quote lacks loses nothing.
 */
function bestWindow(words: readonly string[], candidates: readonly number[], wanted: ReadonlyMap<string, number>, width: number): { shared: number; first: number } {
  const inWindow = new Map<string, number>();
  let shared = 0;
  let best = { shared: -1, first: 0 };
  let entering = 0;
  let leaving = 0;
  for (const candidate of candidates) {
    const first = Math.min(candidate, words.length - width);
    for (; entering < candidates.length && candidates[entering]! < first + width; entering++) {
      const word = words[candidates[entering]!]!;
      const count = inWindow.get(word) ?? 0;
      if (count < wanted.get(word)!) shared++;
      inWindow.set(word, count + 1);
    }
    for (; candidates[leaving]! < first; leaving++) {
      const word = words[candidates[leaving]!]!;
      const count = inWindow.get(word)! - 1;
      inWindow.set(word, count);
      if (count < wanted.get(word)!) shared--;
    }
    if (shared > best.shared) best = { shared, first };
  }
  return best;
}

export function collapseWhitespace(text: string): string {
  return collapseRuns(text).trim();
}

/**
 * The text with every whitespace run turned into one space. A lone space is left as it is rather
 * than replaced by itself: most runs are one, and the text comes back without a copy when all are.
 */
function collapseRuns(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}
