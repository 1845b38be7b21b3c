import { lastAtOrBefore } from '../text/sorted';
import { TextIndex } from './text-index';
import { tokenize, type Tokens } from './tokens';
import type { FileRange } from './types';

/** A source document's text with what quote and name matching need, each computed once. */
export class SourceText {
  readonly index: TextIndex;
  private collapsed?: { text: string; collapsedStarts: number[]; shifts: number[] };
  private tokenCache?: Tokens;

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

  /**
   * The passage that shares most words with the quote: windows of about as many words as the quote
   * slid over the text with a running count of shared words, linear in the length of the text.
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
    const tokens = this.tokens;
    const words: string[] = [];
    const wordTokens: number[] = [];
    tokens.isWord.forEach((isWord, i) => {
      if (!isWord) return;
      words.push(tokens.texts[i]!);
      wordTokens.push(i);
    });
    if (quoteWords === 0 || words.length === 0) return undefined;

    // A passage with a word more or less than the quote ("the group's" for "the") still wins.
    const widths = [quoteWords, quoteWords + Math.ceil(quoteWords / 4) + 1].map((width) => Math.min(width, words.length));
    let best = { score: -Infinity, first: 0, last: 0 };
    for (const width of widths) {
      const window = bestWindow(words, wanted, width);
      const score = window.shared - 0.5 * (width - quoteWords);
      if (score > best.score) best = { score, first: window.first, last: window.first + width - 1 };
    }
    while (best.first < best.last && !wanted.has(words[best.first]!)) best.first++;
    while (best.last > best.first && !wanted.has(words[best.last]!)) best.last--;

    const start = tokens.starts[wordTokens[best.first]!]!;
    const lastToken = wordTokens[best.last]!;
    const end = tokens.ends[lastToken]!;
    return { range: this.index.range(start, end), text: collapseWhitespace(this.text.slice(start, end)) };
  }
}

/** The window of `width` words sharing most words with `wanted` (counted with repeats). */
function bestWindow(words: readonly string[], wanted: ReadonlyMap<string, number>, width: number): { shared: number; first: number } {
  const inWindow = new Map<string, number>();
  let shared = 0;
  let best = { shared: -1, first: 0 };
  for (let w = 0; w < words.length; w++) {
    const entering = words[w]!;
    const enteringCount = inWindow.get(entering) ?? 0;
    if (enteringCount < (wanted.get(entering) ?? 0)) shared++;
    inWindow.set(entering, enteringCount + 1);
    if (w >= width) {
      const leaving = words[w - width]!;
      const leavingCount = inWindow.get(leaving)! - 1;
      inWindow.set(leaving, leavingCount);
      if (leavingCount < (wanted.get(leaving) ?? 0)) shared--;
    }
    if (w >= width - 1 && shared > best.shared) best = { shared, first: w - width + 1 };
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
