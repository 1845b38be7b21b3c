// Stretches of text set in quotation marks: “…”, "…", «…». A name inside is someone else's
// wording, reported as written.

import type { Span } from './markdown';

/** The longest stretch taken for one quotation: an unpaired mark must not quote the rest of a long block. */
const MAX_QUOTE = 400;

const PAIRS: [string, string][] = [['\u201c', '\u201d'], ['"', '"'], ['\u00ab', '\u00bb']];

/**
 * The quoted stretches of the text, marks included, in text order. The stretches `aside` (HTML
 * comments, sorted) count for nothing: a comment written into a line neither quotes nor parts a quotation.
 */
export function quotedSpans(text: string, aside: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  const within = (at: number) => aside.some((span) => span.start <= at && at < span.end);
  const asideLength = (start: number, end: number) => aside.reduce((sum, span) => sum + Math.max(0, Math.min(end, span.end) - Math.max(start, span.start)), 0);
  const next = (mark: string, from: number) => {
    let at = text.indexOf(mark, from);
    while (at !== -1 && within(at)) at = text.indexOf(mark, at + 1);
    return at;
  };
  for (const [open, close] of PAIRS) {
    for (let start = next(open, 0); start !== -1; ) {
      const end = next(close, start + 1);
      if (end === -1) break;
      if (end - start - asideLength(start, end) <= MAX_QUOTE) {
        spans.push({ start, end: end + 1 });
        start = next(open, end + 1);
      } else {
        start = next(open, start + 1);
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
