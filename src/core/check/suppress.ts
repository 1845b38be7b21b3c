// In-draft suppression comments: <!-- crosscheck-disable-next-line [code ...] -->,
// <!-- crosscheck-disable [code ...] --> … <!-- crosscheck-enable [code ...] -->, and
// <!-- crosscheck-ignore [code ...] --> for the finding that starts at the first letter or digit after
// it, whatever lines lie between. No code means every code.

import type { HtmlComment } from '../text/markdown';
import { keepShapeOf } from '../text/shapes';
import { FINDING_CODES, type FindingCode } from './types';

interface Suppression {
  /** Offsets the suppression covers, end exclusive. */
  start: number;
  end: number;
  codes: Set<FindingCode>;
}

const BLANKS = /\s*/y;
const DIRECTIVE = /^\s*crosscheck-(disable-next-line|disable|enable|ignore)\b([^]*)$/;
const WORD_START = /[\p{L}\p{N}]/gu;

export class Suppressions {
  private readonly ranges: Suppression[] = [];

  constructor(text: string, comments: HtmlComment[]) {
    const open = new Map<FindingCode, number>();
    for (const [index, comment] of comments.entries()) {
      const directive = DIRECTIVE.exec(comment.text);
      if (!directive) continue;
      const codes = parseCodes(directive[2]);
      if (directive[1] === 'disable-next-line') {
        // The next line of the draft itself: lines holding only comments (more directives) are passed over.
        let lineEnd = endOfLine(text, comment.end);
        let nextEnd = endOfLine(text, Math.min(text.length, lineEnd + 1));
        while (nextEnd < text.length && holdsOnlyComments(text, comments, index + 1, lineEnd + 1, nextEnd)) {
          lineEnd = nextEnd;
          nextEnd = endOfLine(text, lineEnd + 1);
        }
        this.ranges.push({ start: lineEnd, end: nextEnd, codes: new Set(codes) });
      } else if (directive[1] === 'ignore') {
        const word = wordStartAfter(text, comments, index);
        if (word >= 0) this.ranges.push({ start: comment.end, end: word + 1, codes: new Set(codes) });
      } else if (directive[1] === 'disable') {
        for (const code of codes) if (!open.has(code)) open.set(code, comment.end);
      } else {
        for (const code of codes) {
          const start = open.get(code);
          if (start === undefined) continue;
          this.ranges.push({ start, end: comment.start, codes: new Set([code]) });
          open.delete(code);
        }
      }
    }
    for (const [code, start] of open) this.ranges.push({ start, end: text.length, codes: new Set([code]) });
  }

  private byCode: Map<FindingCode, Suppression[]> | undefined;

  suppresses(code: FindingCode, start: number): boolean {
    this.byCode ??= this.rangesByCode();
    const ranges = this.byCode.get(code);
    if (!ranges) return false;
    // The last range starting at or before `start`; ranges of one code never overlap once merged.
    let low = 0;
    let high = ranges.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (ranges[middle].start <= start) low = middle;
      else high = middle - 1;
    }
    return ranges[low].start <= start && start < ranges[low].end;
  }

  private rangesByCode(): Map<FindingCode, Suppression[]> {
    const byCode = new Map<FindingCode, Suppression[]>();
    for (const code of FINDING_CODES) {
      const ranges = this.ranges.filter((range) => range.codes.has(code)).sort((a, b) => a.start - b.start);
      const merged: Suppression[] = [];
      for (const range of ranges) {
        const last = merged[merged.length - 1];
        if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
        else merged.push({ ...range });
      }
      if (merged.length > 0) byCode.set(code, merged);
    }
    return byCode;
  }
}

function parseCodes(written: string): FindingCode[] {
  const words = written.split(/[\s,]+/).filter((word) => word !== '');
  const codes = words.filter((word): word is FindingCode => (FINDING_CODES as readonly string[]).includes(word));
  return words.length === 0 ? [...FINDING_CODES] : codes;
}

/** The first letter or digit after the comment at `index` that no later comment holds, or -1. */
function wordStartAfter(text: string, comments: HtmlComment[], index: number): number {
  let next = index + 1;
  WORD_START.lastIndex = comments[index].end;
  for (let word = WORD_START.exec(text); word; word = WORD_START.exec(text)) {
    while (next < comments.length && comments[next].end <= word.index) next++;
    const holder = comments[next];
    if (holder === undefined || word.index < holder.start) return word.index;
    WORD_START.lastIndex = holder.end;
  }
  return -1;
}

/**
 * Whether text[from, to) holds nothing but blanks and whole comments, as the Markdown scan found
 * them; comments before `firstComment` lie before `from`.
 */
function holdsOnlyComments(text: string, comments: HtmlComment[], firstComment: number, from: number, to: number): boolean {
  let next = firstComment;
  while (next < comments.length && comments[next].start < from) next++;
  let at = from;
  for (;;) {
    BLANKS.lastIndex = at;
    BLANKS.exec(text);
    at = BLANKS.lastIndex;
    if (at >= to) return true;
    const comment = comments[next];
    if (comment === undefined || comment.start !== at || comment.end > to) return false;
    at = comment.end;
    next++;
  }
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

keepShapeOf(new Suppressions('', []));
