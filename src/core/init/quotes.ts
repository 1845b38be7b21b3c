// Quotes cut from the documents themselves, so every one is verbatim.
import type { Sentence } from './sentences';

const MAX_QUOTE = 240;

/** The passage from `start` to `end` with a few words either side, inside its sentence. */
export function quoteAround(text: string, sentence: Sentence, start: number, end: number, context = 6): string {
  let from = start;
  let to = end;
  for (let words = 0; words < context && from > sentence.start; words++) from = previousWordStart(text, from, sentence.start);
  for (let words = 0; words < context && to < sentence.end; words++) to = nextWordEnd(text, to, sentence.end);
  return tidy(text.slice(from, to));
}

/** The sentence, or a stretch of it about the passage from `start` to `end` when it is long. */
export function sentenceQuote(text: string, sentence: Sentence, start: number, end: number): string {
  if (sentence.text.length <= MAX_QUOTE) return tidy(sentence.text);
  return quoteAround(text, sentence, start, end, 12);
}

function previousWordStart(text: string, offset: number, limit: number): number {
  let at = offset;
  while (at > limit && /\s/.test(text[at - 1]!)) at--;
  while (at > limit && !/\s/.test(text[at - 1]!)) at--;
  return at;
}

function nextWordEnd(text: string, offset: number, limit: number): number {
  let at = offset;
  while (at < limit && /\s/.test(text[at]!)) at++;
  while (at < limit && !/\s/.test(text[at]!)) at++;
  return at;
}

/** Trailing commas, colons and dashes are cut: still verbatim, and reads better. */
function tidy(quote: string): string {
  return quote.replace(/[\s,;:–—-]+$/, '').replace(/^[\s,;:–—-]+/, '');
}
