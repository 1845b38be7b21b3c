// Sentence boundaries within a block of prose. Intl.Segmenter is far too slow for megabyte drafts
// (seconds per megabyte), so this is a single pass over the terminators: a ".", "!", "?" or "…"
// ends a sentence when followed by space and a capital, a digit or an opening quote, unless it ends
// an abbreviation ("Mr.", "U.S."), an initial ("A. Trufanov") or a reference before a number
// ("p. 2", "No. 5", "Feb. 3"). A citation right after the terminator ("… so." [@s004]) stays with
// the sentence it follows. A line break ends a sentence only before a line's speaker or time lead
// ("**[09:31] Omar:**", "[09:31]", "**Q:**"): the messages of a chat or a transcript.

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a "." never ends a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'messrs', 'mme', 'jr', 'sr', 'vs', 'cf', 'approx', 'dept',
  'univ', 'inc', 'ltd', 'co', 'corp', 'est', 'ca', 'mt', 'ft', 'brig', 'cpl', 'pvt', 'supt', 'insp',
]);
/** Abbreviations that do not end a sentence when a number follows: "p. 2", "No. 5", "Feb. 3". */
const ABBREVIATIONS_BEFORE_NUMBER = new Set([
  'no', 'nos', 'p', 'pp', 'vol', 'fig', 'art', 'para', 'sec', 'ch', 'op', 'ed', 'tel', 'ref',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...ABBREVIATIONS_BEFORE_NUMBER].map((word) => word.length));

export function sentenceSpans(text: string, start = 0, end = text.length): SentenceSpan[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const spans: SentenceSpan[] = [];
  let sentenceStart = skipBlank(text, from, to);
  let i = sentenceStart;
  while (i < to) {
    // A regular expression finds the next terminator faster than a loop over the characters.
    TERMINATOR.lastIndex = i;
    if (!TERMINATOR.test(text)) break;
    const runStart = TERMINATOR.lastIndex - 1;
    if (runStart >= to) break;
    i = runStart;
    let runEnd = i + 1;
    while (runEnd < to && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    const sentenceEnd = skipClosers(text, runEnd, to);
    i = sentenceEnd;
    if (sentenceEnd < to && !isBlank(text.charCodeAt(sentenceEnd))) continue;
    let next = skipBlank(text, sentenceEnd, to);
    // "… citizens." [@s004] Former …": a citation after the terminator belongs to the sentence it follows.
    let end = sentenceEnd;
    for (let close = citationEnd(text, next, to); close > 0; close = citationEnd(text, next, to)) {
      end = close;
      next = skipBlank(text, close, to);
    }
    if (next >= to) break;
    if (!startsSentence(text, next, to)) continue;
    const loneDot = runEnd === runStart + 1 && text.charCodeAt(runStart) === 46;
    if (loneDot && !endsSentenceAfterDot(text, from, runStart, next)) continue;
    spans.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = next;
  }
  const lastEnd = trimEnd(text, sentenceStart, to);
  if (lastEnd > sentenceStart) spans.push({ start: sentenceStart, end: lastEnd });
  return splitAtSpeakerLines(text, spans, from, to);
}

/** A line break before a line's lead that opens a message of its own: a time in brackets, or a speaker's label in emphasis. */
const SPEAKER_LINE = /\n[ \t]*(?=[*_]*\[\d{1,2}:\d{2}|[*_]{1,2}[^*_\n]{1,40}:[*_]{1,2}[ \t])/y;

/** The spans parted before every line of text[from, to) that opens a message of its own; only the range's line breaks are read. */
function splitAtSpeakerLines(text: string, spans: SentenceSpan[], from: number, to: number): SentenceSpan[] {
  const breaks: { at: number; end: number }[] = [];
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    SPEAKER_LINE.lastIndex = at;
    const match = SPEAKER_LINE.exec(text);
    if (match) breaks.push({ at, end: at + match[0].length });
  }
  if (breaks.length === 0) return spans;
  const parted: SentenceSpan[] = [];
  let next = 0;
  for (const span of spans) {
    let start = span.start;
    for (; next < breaks.length && breaks[next].at < span.end; next++) {
      if (breaks[next].at <= start) continue;
      const end = trimEnd(text, start, breaks[next].at);
      if (end > start) parted.push({ start, end });
      start = breaks[next].end;
    }
    parted.push({ start, end: span.end });
  }
  return parted;
}

/** Whether a lone "." at `dot`, followed by a sentence start at `next`, ends the sentence. */
function endsSentenceAfterDot(text: string, from: number, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > from && dot - wordStart < 24 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  const length = dot - wordStart;
  if (length === 0) return true;
  const beforeWord = wordStart > from ? text.charCodeAt(wordStart - 1) : -1;
  // "U.S.", "e.g.": a dotted acronym
  if (beforeWord === 46 && length <= 2) return false;
  // "A. Trufanov": an initial
  if (length === 1 && isUpperLetter(text.charCodeAt(wordStart))) return false;
  if (length > LONGEST_ABBREVIATION) return true;
  const lower = text.slice(wordStart, dot).toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // "Feb. 3", and "Nov. '23" with its year's last two digits.
  const numberAt = text.charCodeAt(next) === 39 || text.charCodeAt(next) === 0x2019 ? next + 1 : next;
  return !(ABBREVIATIONS_BEFORE_NUMBER.has(lower) && isDigitCode(text.charCodeAt(numberAt)));
}

/** A sentence starts with a capital or a digit, possibly after opening quotes or brackets. */
function startsSentence(text: string, position: number, to: number): boolean {
  let i = position;
  while (i < to && isOpener(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  if (isDigitCode(code) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Skips closing quotes and brackets and footnote markers such as "[1]" or "[^2]" after a terminator. */
function skipClosers(text: string, position: number, to: number): number {
  let i = position;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isCloser(code)) {
      i++;
    } else if (code === 91) {
      const labelEnd = footnoteMarkerEnd(text, i, to);
      if (labelEnd < 0) break;
      i = labelEnd;
    } else {
      break;
    }
  }
  return i;
}

/** The end of a footnote marker "[1]" or "[^note-1]" at `open`, or -1. */
function footnoteMarkerEnd(text: string, open: number, to: number): number {
  const caret = text.charCodeAt(open + 1) === 94;
  let j = caret ? open + 2 : open + 1;
  const labelStart = j;
  const longest = caret ? 40 : 4;
  while (j < to && j - labelStart < longest && (caret ? isLabelCode(text.charCodeAt(j)) : isDigitCode(text.charCodeAt(j)))) j++;
  return j > labelStart && j < to && text.charCodeAt(j) === 93 ? j + 1 : -1;
}

/** The end of a Pandoc citation "[@s004]" or "[see @s001, p. 2]" at `open`, on one line, or -1. */
function citationEnd(text: string, open: number, to: number): number {
  if (text.charCodeAt(open) !== 91) return -1;
  let at = false;
  for (let j = open + 1; j < to && j - open <= MAX_CITATION_CHARS; j++) {
    const code = text.charCodeAt(j);
    if (code === 93) return at ? j + 1 : -1;
    if (code === 10 || code === 91) return -1;
    if (code === 64) at = true;
  }
  return -1;
}

const MAX_CITATION_CHARS = 120;

function isLabelCode(code: number): boolean {
  return isWordCode(code) || code === 45 || code === 95;
}

function skipBlank(text: string, position: number, to: number): number {
  while (position < to && isBlank(text.charCodeAt(position))) position++;
  return position;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

const TERMINATOR = /[.!?\u2026]/g;

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

/**
 * Opening quotes and brackets, and emphasis marks: "**Viktorov**, the ambassador, said" opens a
 * sentence. (A terminator inside emphasis ends none: "**17 January 2024.** A delegation …" is one
 * sentence, its date a lead in bold.)
 */
function isOpener(code: number): boolean {
  return code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0xab || code === 42 || code === 95;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}
