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
    this.collapsed = { text: this.text.replace(/\s+/g, ' '), collapsedStarts, shifts };
    return this.collapsed;
  }

  private originalOffset(collapsedOffset: number): number {
    const { collapsedStarts, shifts } = this.whitespaceCollapsed;
    let low = 0;
    let high = collapsedStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (collapsedStarts[middle]! <= collapsedOffset) low = middle;
      else high = middle - 1;
    }
    return collapsedOffset + shifts[low]!;
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
   * The passage that shares most words with the quote: a window of as many words as the quote,
   * slid over the text once with a running count of shared words.
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
    const wordIndexes: number[] = [];
    tokens.isWord.forEach((isWord, i) => {
      if (isWord) wordIndexes.push(i);
    });
    if (quoteWords === 0 || wordIndexes.length === 0) return undefined;

    const inWindow = new Map<string, number>();
    let shared = 0;
    let best = { shared: -1, first: 0 };
    const width = Math.min(quoteWords, wordIndexes.length);
    for (let w = 0; w < wordIndexes.length; w++) {
      const entering = tokens.texts[wordIndexes[w]!]!;
      const enteringCount = inWindow.get(entering) ?? 0;
      if (enteringCount < (wanted.get(entering) ?? 0)) shared++;
      inWindow.set(entering, enteringCount + 1);
      if (w >= width) {
        const leaving = tokens.texts[wordIndexes[w - width]!]!;
        const leavingCount = inWindow.get(leaving)! - 1;
        inWindow.set(leaving, leavingCount);
        if (leavingCount < (wanted.get(leaving) ?? 0)) shared--;
      }
      if (w >= width - 1 && shared > best.shared) best = { shared, first: w - width + 1 };
    }
    const start = tokens.starts[wordIndexes[best.first]!]!;
    const lastToken = wordIndexes[best.first + width - 1]!;
    // Take the punctuation that closes the passage ("Marzouk," or "2025.") too.
    const end = lastToken + 1 < tokens.texts.length && !tokens.isWord[lastToken + 1] && tokens.starts[lastToken + 1] === tokens.ends[lastToken]
      ? tokens.ends[lastToken + 1]!
      : tokens.ends[lastToken]!;
    return { range: this.index.range(start, end), text: collapseWhitespace(this.text.slice(start, end)) };
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
