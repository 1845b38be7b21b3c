// The sources' texts as a draft's quotations are looked up in: typographic quotation marks,
// apostrophes and dashes read as plain ones (a character for a character, so that offsets hold) and whitespace
// runs as one space. Each source is prepared the first time a quotation is looked up in it.

import { SourceText } from '../factbase/source-text';
import { sentenceSpans } from '../text/sentences';
import type { FactBase, FileRange } from '../factbase/types';

/** A passage of a source: where it stands and its words. */
export interface Passage {
  sourceId: string;
  range: FileRange;
  text: string;
}

export class QuoteIndex {
  private readonly prepared = new Map<string, SourceText>();
  /** The ids of the sources whose text could be read. */
  readonly sourceIds: readonly string[];
  /** How many characters the readable sources hold in all. */
  readonly totalLength: number;

  constructor(private readonly factBase: FactBase) {
    const readable = [...factBase.sources.values()].filter((source) => source.text !== '');
    this.sourceIds = readable.map((source) => source.id);
    this.totalLength = readable.reduce((sum, source) => sum + source.text.length, 0);
  }

  /**
   * Where each part of a quotation stands verbatim in the source (the parts that omissions and
   * insertions leave), the first part's place; undefined when one part is not there. The first
   * letter's case is free: a quotation may start within a sentence of the source.
   */
  find(sourceId: string, parts: readonly string[]): FileRange | undefined {
    const text = this.textOf(sourceId);
    if (!text || parts.length === 0) return undefined;
    let first: FileRange | undefined;
    for (const part of parts) {
      const found = text.findQuote(plainMarks(part)) ?? text.findQuote(plainMarks(withFirstLetterSwapped(part)));
      if (!found) return undefined;
      first ??= found;
    }
    return first;
  }

  /**
   * The passage of the source that shares most words with the quotation: the whole of what the
   * source itself sets in quotation marks there, when it is not much longer, else those words widened by as many words as the
   * quotation has before its first shared word and after its last.
   */
  closest(sourceId: string, quotation: string): Passage | undefined {
    const text = this.textOf(sourceId);
    const found = text?.closestPassage(plainMarks(quotation));
    if (!text || !found) return undefined;
    const around = quotedAround(text.text, found.range.start.offset, found.range.end.offset);
    const fits = around && around.end - around.start <= 1.5 * quotation.length + 40;
    const wide = fits ? around : widened(text.text, found.range.start.offset, found.range.end.offset, quotation, found.text);
    const original = this.factBase.sources.get(sourceId)!.text;
    let span = wide;
    if (!SENTENCE_END.test(quotation)) {
      // A quotation of one sentence is held against one sentence: the one of the shared words' that shares most.
      const core = sentenceSharingMost(text.text, { start: found.range.start.offset, end: found.range.end.offset }, quotation);
      span = withinSentence(text.text, wide, core.start);
    }
    const passage = original.slice(span.start, span.end).replace(/\s+/g, ' ');
    return { sourceId, range: text.index.range(span.start, span.end), text: passage };
  }

  private textOf(sourceId: string): SourceText | undefined {
    let text = this.prepared.get(sourceId);
    if (!text) {
      const source = this.factBase.sources.get(sourceId);
      if (!source || source.text === '') return undefined;
      text = new SourceText(source.resolvedFile, plainMarks(source.text));
      this.prepared.set(sourceId, text);
    }
    return text;
  }
}

/** Typographic quotation marks, apostrophes and dashes as plain ones, one character for one. */
export function plainMarks(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-');
}

function withFirstLetterSwapped(text: string): string {
  const first = text.charAt(0);
  const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return swapped + text.slice(1);
}

const SENTENCE_END = /[.!?]["')\]]* \p{Lu}/u;
/** The sentence within the span that shares most words with the quotation (the first of equals). */
function sentenceSharingMost(text: string, span: { start: number; end: number }, quotation: string): { start: number; end: number } {
  const quoted = new Set(wordList(quotation));
  let best = span;
  let bestShared = -1;
  for (const sentence of sentenceSpans(text, span.start, span.end)) {
    const shared = wordList(text.slice(sentence.start, sentence.end)).filter((word) => quoted.has(word)).length;
    if (shared > bestShared) [best, bestShared] = [sentence, shared];
  }
  return best;
}

/** The span cut to the sentence of the source that holds the offset. */
function withinSentence(text: string, span: { start: number; end: number }, offset: number): { start: number; end: number } {
  const sentences = sentenceSpans(text, span.start, span.end);
  return [...sentences].reverse().find((sentence) => sentence.start <= offset) ?? sentences[0] ?? span;
}

/** How far from a passage the quotation marks around it may stand. */
const MAX_QUOTED_AROUND = 300;

/** The inside of the quotation marks the passage stands in, if it stands in a quotation of its line. */
function quotedAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const open = text.lastIndexOf('"', start - 1);
  const close = text.indexOf('"', end);
  if (open === -1 || close === -1 || start - open > MAX_QUOTED_AROUND || close - end > MAX_QUOTED_AROUND) return undefined;
  const inside = text.slice(open + 1, close);
  if (inside.includes('"') || inside.includes('\n')) return undefined;
  // An even count of marks before the opening one: it opens a quotation rather than closing one.
  return countOf(text.slice(Math.max(0, open - 2000), open), '"') % 2 === 0 ? { start: open + 1, end: close } : undefined;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (const each of text) if (each === char) count++;
  return count;
}

/** The passage widened by the quotation's words before its first and after its last word the passage shares. */
function widened(text: string, start: number, end: number, quotation: string, passage: string): { start: number; end: number } {
  const shared = new Set(wordList(passage));
  const quoted = wordList(quotation);
  const first = quoted.findIndex((word) => shared.has(word));
  const last = quoted.length - 1 - [...quoted].reverse().findIndex((word) => shared.has(word));
  if (first === -1) return { start, end };
  let from = start;
  for (let words = first; words > 0; words--) from = wordStartBefore(text, from);
  let to = end;
  for (let words = quoted.length - 1 - last; words > 0; words--) to = wordEndAfter(text, to);
  return { start: from, end: to };
}

function wordList(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function wordStartBefore(text: string, offset: number): number {
  const before = /[\p{L}\p{N}]+[^\p{L}\p{N}\n]*$/u.exec(text.slice(Math.max(0, offset - 80), offset));
  return before ? offset - before[0].length : offset;
}

function wordEndAfter(text: string, offset: number): number {
  const after = /^[^\p{L}\p{N}\n]*[\p{L}\p{N}]+/u.exec(text.slice(offset, offset + 80));
  return after ? offset + after[0].length : offset;
}
