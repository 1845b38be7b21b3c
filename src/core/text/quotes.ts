// Stretches of text set in quotation marks: “…”, "…", «…». A name inside is someone else's
// wording, reported as written.

import type { Span } from './markdown';

/** The longest stretch taken for one quotation: an unpaired mark must not quote the rest of a long block. */
const MAX_QUOTE = 400;

const PAIRS: [string, string][] = [['\u201c', '\u201d'], ['"', '"'], ['\u00ab', '\u00bb']];

/** The quoted stretches of the text, marks included, in text order. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    for (let start = text.indexOf(open); start !== -1; ) {
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      if (end - start <= MAX_QUOTE) {
        spans.push({ start, end: end + 1 });
        start = text.indexOf(open, end + 1);
      } else {
        start = text.indexOf(open, start + 1);
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
