// Sentence boundaries inside a block: a full stop, question or exclamation mark followed by space
// and a capital, digit or quote, unless the word before is an initial or a common abbreviation.

import type { Span } from './rules';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'lt', 'sen', 'rep', 'gov', 'prof']);
const BOUNDARY = /[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;

export function sentenceSpans(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  BOUNDARY.lastIndex = start;
  for (let match = BOUNDARY.exec(text); match && match.index < end; match = BOUNDARY.exec(text)) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1] ?? '';
    if (text[match.index] === '.' && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()) || /\p{L}\.\p{L}$/u.test(word))) continue;
    const sentenceEnd = match.index + match[0].length;
    spans.push({ start: sentenceStart, end: sentenceEnd });
    sentenceStart = sentenceEnd;
    while (sentenceStart < end && /\s/.test(text[sentenceStart])) sentenceStart++;
  }
  if (sentenceStart < end) spans.push({ start: sentenceStart, end });
  return spans;
}
