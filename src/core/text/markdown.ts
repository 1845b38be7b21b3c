// A fast, line-oriented reading of a Markdown draft: which stretches are prose to check, in which
// blocks, and what is markup, code, comment or citation. Not a full CommonMark parser: it covers
// what report drafts use, in one linear pass, and never throws.

import { keepShapeOf } from './shapes';

export type ProseBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'blockquote' | 'footnote';

export interface Span {
  start: number;
  end: number;
}

export interface ProseBlock {
  kind: ProseBlockKind;
  /** Offset of the first prose character. */
  start: number;
  /** Offset just after the last prose character. */
  end: number;
  /** 1-6, for headings. */
  headingLevel?: number;
  /** Index in `blocks` of the nearest heading block before this one, or -1. */
  heading: number;
  /** For table rows: each cell's content, trimmed. */
  cells?: Span[];
}

export interface HtmlComment {
  /** Offset of "<!--". */
  start: number;
  /** Offset just after "-->" (or the end of the text when the comment is not closed). */
  end: number;
  /** The text between "<!--" and "-->", as written. */
  text: string;
  /** Offset of `text` in the draft. */
  textStart: number;
}

export interface CitationKey {
  id: string;
  /** Offsets of the key without its "@". */
  start: number;
  end: number;
}

export interface Citation {
  /** Offsets of the whole bracketed citation, "[" to "]" inclusive. */
  start: number;
  end: number;
  keys: CitationKey[];
}

export interface MarkdownScan {
  /**
   * Same length as the text: everything that is not checked prose replaced by spaces (line breaks
   * kept), so offsets in `prose` are offsets in the draft.
   */
  prose: string;
  /** In document order. */
  blocks: ProseBlock[];
  /** Every HTML comment, with its offsets and inner text (for suppression directives). */
  comments: HtmlComment[];
  /** Pandoc citations: [@s000], [@s000; @s004], [see @s000, p. 2]. */
  citations: Citation[];
}

export function scanMarkdown(text: string): MarkdownScan {
  return new MarkdownScanner(text, new Uint8Array(text.length)).scan().scan;
}

/**
 * Line starts where no block, fence, table or comment is open: what follows such a line start is
 * read the same whatever came before it, given the two state bits. In document order.
 */
export interface ScanCheckpoints {
  offsets: number[];
  /** Per offset: `IN_LIST`, plus `AFTER_BLANK_LINE` when the line before was blank. */
  states: number[];
}

export const IN_LIST = 1;
export const AFTER_BLANK_LINE = 2;

export interface CheckpointedScan {
  scan: MarkdownScan;
  checkpoints: ScanCheckpoints;
  /** The draft opens front matter that never closes: an edit anywhere may close it. */
  frontMatterUnclosed: boolean;
}

/** Where a section scan starts: a checkpoint, and what the blocks before it were. */
export interface SectionStart {
  offset: number;
  state: number;
  /** How many blocks lie before `offset`. */
  blocksBefore: number;
  /** Index of the last heading block before `offset`, or -1. */
  headingBefore: number;
}

/** What a section scan read from its start to `end`, offsets in the whole text. */
export interface SectionScan {
  end: number;
  /** The prose of [start, end). */
  prose: string;
  /** With heading indices counted in the whole scan. */
  blocks: ProseBlock[];
  comments: HtmlComment[];
  citations: Citation[];
  /** Those in [start, end). */
  checkpoints: ScanCheckpoints;
}

/**
 * A full scan that also records its checkpoints. `mask` is a zeroed scratch array at least as long
 * as the text, and is left zeroed.
 */
export function scanMarkdownWithCheckpoints(text: string, mask: Uint8Array): CheckpointedScan {
  const scanner = new MarkdownScanner(text, mask, { offsets: [], states: [] });
  const result = scanner.scan();
  mask.fill(0, 0, text.length);
  return result;
}

/**
 * Scans `text` from a checkpoint until `stopAt` accepts a later checkpoint (or the text ends).
 * `mask` is a zeroed scratch array at least as long as the text, and is left zeroed.
 */
export function scanMarkdownSection(
  text: string,
  mask: Uint8Array,
  start: SectionStart,
  stopAt: (offset: number, state: number) => boolean,
): SectionScan {
  const scanner = new MarkdownScanner(text, mask, { offsets: [], states: [] });
  const section = scanner.scanSection(start, stopAt);
  mask.fill(0, start.offset, section.end);
  return section;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

/** Tags and other inline constructs longer than this are read as text (keeps the scan linear). */
const MAX_INLINE_CONSTRUCT = 512;
const MAX_BRACKET_DEPTH = 32;

const ATX_HEADING = /#{1,6}(?=[ \t]|$)/my;
const FENCE_OPEN = /(`{3,}|~{3,})([^\n\r]*)/y;
const FOOTNOTE_DEFINITION = /\[\^[^\]\s]{1,100}\]:/y;
const REFERENCE_DEFINITION = /\[[^\]\n\r]{1,999}\]:[ \t]*\S/y;
const LIST_MARKER = /(?:[-*+]|(\d{1,9})[.)])(?=[ \t]|$)/my;
const TASK_BOX = /\[[ xX]\](?=[ \t])/y;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,100}\]/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>/y;
const HTML_TAG =
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"\n\r]*"|'[^'\n\r]*'|[^\s"'=<>`]+))?)*[ \t]*\/?>/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const URL_START = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::[0-9]{1,5})?\/)/y;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const CITATION_KEY = /@(?:\{([^{}\n\r]{1,200})\}|([A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*))/y;
const REFERENCE_LABEL = /\[[^\]\n\r]{0,999}\]/y;
/** The characters inline markup starts with, and line breaks to bound the search to the line. */
const INLINE_SPECIAL = /[\n\r\\`<\[\]@*_~&/]|[Ww]{3}\./g;

interface OpenBlock {
  index: number;
  quoteDepth: number;
  lines: number;
}

interface Bracket {
  start: number;
  hasAt: boolean;
  nested: boolean;
}

interface Fence {
  marker: number;
  length: number;
  quoteDepth: number;
}

class MarkdownScanner {
  private readonly length: number;
  private readonly blocks: ProseBlock[] = [];
  private readonly comments: HtmlComment[] = [];
  private readonly citations: Citation[] = [];
  private open: OpenBlock | undefined;
  private fence: Fence | undefined;
  private tableQuoteDepth = -1;
  private inList = false;
  private previousLineBlank = true;
  private lastHeading = -1;
  private readonly brackets: Bracket[] = [];
  /** End of the stretch a failed link target attempt read on this line. */
  private linkTargetFailedUntil = -1;
  private greaterThanAt = -1;
  /** Where the line read last starts after its block quote markers. */
  private quotedContentStart = 0;
  /** End of the last comment: a comment read inside a heading, list item or table row may mask lines ahead. */
  private commentsEnd = 0;

  constructor(
    private readonly text: string,
    private readonly mask: Uint8Array,
    private readonly checkpoints: ScanCheckpoints = { offsets: [], states: [] },
  ) {
    this.length = text.length;
  }

  scan(): CheckpointedScan {
    const frontMatterEnd = this.skipFrontMatter();
    this.readLines(frontMatterEnd, neverStop);
    const scan = { prose: this.composeProse(0, this.length), blocks: this.proseBlocks(0, -1), comments: this.comments, citations: this.citations };
    return { scan, checkpoints: this.checkpoints, frontMatterUnclosed: frontMatterEnd === 0 && frontMatterMarker(this.text) !== undefined };
  }

  scanSection(start: SectionStart, stopAt: (offset: number, state: number) => boolean): SectionScan {
    this.inList = (start.state & IN_LIST) !== 0;
    this.previousLineBlank = (start.state & AFTER_BLANK_LINE) !== 0;
    const end = this.readLines(start.offset, stopAt);
    return {
      end,
      prose: this.composeProse(start.offset, end),
      blocks: this.proseBlocks(start.blocksBefore, start.headingBefore),
      comments: this.comments,
      citations: this.citations,
      checkpoints: this.checkpoints,
    };
  }

  /** Reads lines from `position` to the end, or to the first checkpoint `stopAt` accepts; returns where it stopped. */
  private readLines(position: number, stopAt: (offset: number, state: number) => boolean): number {
    const { offsets, states } = this.checkpoints;
    while (position < this.length) {
      if (!this.open && !this.fence && this.tableQuoteDepth < 0 && position >= this.commentsEnd) {
        const state = (this.inList ? IN_LIST : 0) | (this.previousLineBlank ? AFTER_BLANK_LINE : 0);
        if (stopAt(position, state)) return position;
        offsets.push(position);
        states.push(state);
      }
      const lineEnd = this.lineEndFrom(position);
      const resume = this.readLine(position, lineEnd);
      position = resume > lineEnd ? this.continueAfterComment(resume) : this.nextLineStart(lineEnd);
    }
    this.closeBlock();
    return this.length;
  }

  /** A comment ran past its line: the rest of the line where it ends is inline text of the open block. */
  private continueAfterComment(resume: number): number {
    let position = resume;
    while (position < this.length) {
      const lineEnd = this.lineEndFrom(position);
      const next = this.nextLineStart(lineEnd);
      const start = this.skipSpaces(position, lineEnd);
      if (start >= lineEnd) return next;
      if (!this.open) this.openBlock('paragraph', start, 0);
      const stop = this.scanInline(start, lineEnd);
      this.extendOpenBlock(start, lineEnd);
      if (stop <= lineEnd) return next;
      position = stop;
    }
    return this.length;
  }

  private skipFrontMatter(): number {
    const text = this.text;
    const marker = frontMatterMarker(text);
    if (!marker) return 0;
    const firstLineEnd = this.lineEndFrom(0);
    let position = this.nextLineStart(firstLineEnd);
    while (position < this.length) {
      const lineEnd = this.lineEndFrom(position);
      const line = text.slice(position, lineEnd).trimEnd();
      if (line === marker || (marker === '---' && line === '...')) {
        const end = this.nextLineStart(lineEnd);
        this.maskRange(0, end);
        if (marker === '---') this.readFrontMatterProse(this.nextLineStart(firstLineEnd), position);
        return end;
      }
      position = this.nextLineStart(lineEnd);
    }
    return 0;
  }

  /**
   * The prose YAML front matter holds: a list item or a value of some words ("  - 2024-10 — last
   * aid shipment to Gaza", "summary: The delegation met Bogdanov on 3 February"), each a block of
   * its own; metadata (dates, authors, tags, source lists) stays masked.
   */
  private readFrontMatterProse(start: number, end: number): void {
    for (let position = start; position < end; position = this.nextLineStart(this.lineEndFrom(position))) {
      const lineEnd = this.lineEndFrom(position);
      const value = FRONT_MATTER_VALUE.exec(this.text.slice(position, lineEnd));
      if (!value || (value[1] !== undefined && FRONT_MATTER_METADATA.has(value[1].toLowerCase()))) continue;
      let valueStart = lineEnd - value[2]!.length;
      let valueEnd = this.trimEnd(valueStart, lineEnd);
      const quote = this.text.charAt(valueStart);
      if ((quote === '"' || quote === "'") && this.text.charAt(valueEnd - 1) === quote) {
        valueStart++;
        valueEnd--;
      }
      if (this.text.slice(valueStart, valueEnd).split(/\s+/).filter(Boolean).length < FRONT_MATTER_PROSE_WORDS) continue;
      this.mask.fill(0, valueStart, valueEnd);
      this.pushBlock(value[1] === undefined ? 'list-item' : 'paragraph', valueStart, valueEnd);
    }
  }

  private lineEndFrom(position: number): number {
    const lineBreak = this.text.indexOf('\n', position);
    let lineEnd = lineBreak < 0 ? this.length : lineBreak;
    if (lineEnd > position && this.text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    return lineEnd;
  }

  private nextLineStart(lineEnd: number): number {
    // Mostly a line end found by `lineEndFrom`, at its line feed: no search needed.
    if (this.text.charCodeAt(lineEnd) === LF) return lineEnd + 1;
    const lineBreak = this.text.indexOf('\n', lineEnd);
    return lineBreak < 0 ? this.length : lineBreak + 1;
  }

  /** Reads one line; returns where reading stopped (past the line when a comment runs on). */
  private readLine(lineStart: number, lineEnd: number): number {
    const text = this.text;
    this.linkTargetFailedUntil = -1;
    if (this.fence) {
      this.readFencedLine(lineStart, lineEnd);
      return lineEnd;
    }
    const depth = this.stripQuoteMarkers(lineStart, lineEnd, Infinity);
    const contentStart = this.quotedContentStart;
    const first = this.skipSpaces(contentStart, lineEnd);
    const indent = this.indentWidth(contentStart, first);
    const blank = first >= lineEnd;
    const wasBlank = this.previousLineBlank;
    this.previousLineBlank = blank;

    if (blank) {
      this.closeBlock();
      this.tableQuoteDepth = -1;
      return lineEnd;
    }
    const firstCode = text.charCodeAt(first);
    if (indent >= 4 && !this.open && !this.inList && this.tableQuoteDepth < 0) {
      this.maskRange(first, lineEnd);
      return lineEnd;
    }
    if ((indent < 4 || this.inList) && (firstCode === 96 || firstCode === 126) && this.openFence(first, lineEnd, depth)) {
      return lineEnd;
    }
    if (indent === 0 && wasBlank && !this.isListMarker(first)) this.inList = false;

    if (firstCode === 60 && text.startsWith('<!--', first)) return this.readCommentLine(first, lineEnd, depth);
    if (indent < 4 && firstCode === 35 && this.readAtxHeading(first, lineEnd)) return lineEnd;
    if (indent < 4 && this.readTableDelimiter(first, lineEnd, depth)) return lineEnd;
    if (this.tableQuoteDepth >= 0 && this.tableQuoteDepth === depth) {
      this.readTableRow(first, lineEnd);
      return lineEnd;
    }
    this.tableQuoteDepth = -1;
    if (indent < 4 && (firstCode === 61 || firstCode === 45) && this.readSetextUnderline(first, lineEnd, depth)) {
      return lineEnd;
    }
    if (indent < 4 && (firstCode === 42 || firstCode === 45 || firstCode === 95) && this.readThematicBreak(first, lineEnd)) {
      return lineEnd;
    }
    if (indent < 4 && firstCode === 91 && this.readDefinition(first, lineEnd, depth)) return lineEnd;
    if (this.readListItem(first, lineEnd, depth)) return lineEnd;
    return this.readParagraphText(first, lineEnd, depth);
  }

  private readFencedLine(lineStart: number, lineEnd: number): void {
    const fence = this.fence!;
    this.stripQuoteMarkers(lineStart, lineEnd, fence.quoteDepth);
    const first = this.skipSpaces(this.quotedContentStart, lineEnd);
    this.maskRange(lineStart, lineEnd);
    let run = first;
    while (run < lineEnd && this.text.charCodeAt(run) === fence.marker) run++;
    if (run - first >= fence.length && this.skipSpaces(run, lineEnd) >= lineEnd) this.fence = undefined;
  }

  private openFence(first: number, lineEnd: number, depth: number): boolean {
    FENCE_OPEN.lastIndex = first;
    const match = FENCE_OPEN.exec(this.text);
    if (!match || first + match[0].length > lineEnd + 1) return false;
    const marker = match[1].charCodeAt(0);
    const info = this.text.slice(first + match[1].length, lineEnd);
    if (marker === 96 && info.includes('`')) return false;
    this.closeBlock();
    this.tableQuoteDepth = -1;
    this.fence = { marker, length: match[1].length, quoteDepth: depth };
    this.maskRange(first, lineEnd);
    return true;
  }

  /** A comment at the start of a line ends the open block, like an HTML block. */
  private readCommentLine(first: number, lineEnd: number, depth: number): number {
    this.closeBlock();
    this.tableQuoteDepth = -1;
    let position = first;
    while (this.text.startsWith('<!--', position)) {
      const after = this.readAngle(position, lineEnd);
      if (after > lineEnd) return after;
      position = this.skipSpaces(after, lineEnd);
    }
    return position < lineEnd ? this.readParagraphText(position, lineEnd, depth) : lineEnd;
  }

  private readAtxHeading(first: number, lineEnd: number): boolean {
    ATX_HEADING.lastIndex = first;
    const match = ATX_HEADING.exec(this.text);
    if (!match) return false;
    this.closeBlock();
    this.tableQuoteDepth = -1;
    const level = match[0].length;
    const hashesEnd = first + level;
    this.maskRange(first, hashesEnd);
    const contentStart = this.skipSpaces(hashesEnd, lineEnd);
    let contentEnd = this.trimEnd(contentStart, lineEnd);
    let closing = contentEnd;
    while (closing > contentStart && this.text.charCodeAt(closing - 1) === 35) closing--;
    if (closing < contentEnd && (closing === contentStart || this.isSpace(this.text.charCodeAt(closing - 1)))) {
      this.maskRange(closing, contentEnd);
      contentEnd = this.trimEnd(contentStart, closing);
    }
    if (contentEnd > contentStart) {
      this.pushBlock('heading', contentStart, contentEnd, level);
      this.brackets.length = 0;
      this.scanInline(contentStart, contentEnd);
    }
    return true;
  }

  private readSetextUnderline(first: number, lineEnd: number, depth: number): boolean {
    const open = this.open;
    if (!open || open.quoteDepth !== depth) return false;
    const block = this.blocks[open.index];
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote') return false;
    if (!isSetextUnderline(this.text, first, lineEnd)) return false;
    block.kind = 'heading';
    block.headingLevel = this.text.charCodeAt(first) === 61 ? 1 : 2;
    this.lastHeading = open.index;
    this.maskRange(first, lineEnd);
    this.closeBlock();
    return true;
  }

  private readThematicBreak(first: number, lineEnd: number): boolean {
    if (!isThematicBreak(this.text, first, lineEnd)) return false;
    this.closeBlock();
    this.maskRange(first, lineEnd);
    return true;
  }

  /** A delimiter row under a one-line paragraph with pipes turns that paragraph into a table header. */
  private readTableDelimiter(first: number, lineEnd: number, depth: number): boolean {
    const open = this.open;
    if (!open || open.lines !== 1 || open.quoteDepth !== depth || this.tableQuoteDepth >= 0) return false;
    const header = this.blocks[open.index];
    if (header.kind !== 'paragraph' && header.kind !== 'blockquote') return false;
    const code = this.text.charCodeAt(first);
    if (code !== 124 && code !== 58 && code !== 45) return false;
    if (!isTableDelimiterRow(this.text, first, lineEnd)) return false;
    if (charIndexIn(this.text, PIPE, first, lineEnd) < 0 || charIndexIn(this.text, PIPE, header.start, header.end) < 0) return false;
    header.kind = 'table-row';
    header.cells = this.splitCells(header.start, header.end);
    this.maskRange(first, lineEnd);
    this.closeBlock();
    this.tableQuoteDepth = depth;
    return true;
  }

  private readTableRow(first: number, lineEnd: number): void {
    const end = this.trimEnd(first, lineEnd);
    const cells = this.splitCells(first, end);
    if (cells.length === 0) return;
    const index = this.pushBlock('table-row', cells[0].start, cells[cells.length - 1].end);
    this.blocks[index].cells = cells;
    this.brackets.length = 0;
    this.scanInline(first, end);
  }

  /** Masks the unescaped pipes of a row and returns the trimmed, non-empty cells. */
  private splitCells(start: number, end: number): Span[] {
    const text = this.text;
    const cells: Span[] = [];
    let cellStart = start;
    let i = start;
    while (i <= end) {
      // The end of the row closes its last cell as a pipe would.
      while (i < end && !isCellSpecial(text.charCodeAt(i))) i++;
      if (i < end && text.charCodeAt(i) === BACKSLASH) {
        i += 2;
        continue;
      }
      if (i < end) this.mask[i] = 1;
      const contentStart = this.skipSpaces(cellStart, i);
      const contentEnd = this.trimEnd(contentStart, i);
      if (contentEnd > contentStart) cells.push({ start: contentStart, end: contentEnd });
      cellStart = i + 1;
      i++;
    }
    return cells;
  }

  /** Footnote definitions open a footnote block; reference definitions are masked whole. */
  private readDefinition(first: number, lineEnd: number, depth: number): boolean {
    FOOTNOTE_DEFINITION.lastIndex = first;
    const footnote = FOOTNOTE_DEFINITION.exec(this.text);
    if (footnote && first + footnote[0].length <= lineEnd) {
      this.closeBlock();
      const labelEnd = first + footnote[0].length;
      this.maskRange(first, labelEnd);
      const contentStart = this.skipSpaces(labelEnd, lineEnd);
      if (contentStart < lineEnd) {
        this.openBlock('footnote', contentStart, depth);
        this.scanInline(contentStart, lineEnd);
        this.extendOpenBlock(contentStart, lineEnd);
      }
      return true;
    }
    if (this.open) return false;
    REFERENCE_DEFINITION.lastIndex = first;
    const reference = REFERENCE_DEFINITION.exec(this.text);
    if (!reference || first + reference[0].length > lineEnd) return false;
    this.maskRange(first, lineEnd);
    return true;
  }

  private isListMarker(first: number): boolean {
    LIST_MARKER.lastIndex = first;
    return LIST_MARKER.test(this.text);
  }

  private readListItem(first: number, lineEnd: number, depth: number): boolean {
    LIST_MARKER.lastIndex = first;
    const match = LIST_MARKER.exec(this.text);
    if (!match) return false;
    const markerEnd = first + match[0].length;
    const contentStart = this.skipSpaces(markerEnd, lineEnd);
    const open = this.open;
    const interruptsParagraph =
      open && open.quoteDepth <= depth && this.blocks[open.index].kind !== 'list-item' && this.blocks[open.index].kind !== 'footnote';
    if (interruptsParagraph && (contentStart >= lineEnd || (match[1] !== undefined && match[1] !== '1'))) return false;
    this.closeBlock();
    this.inList = true;
    this.maskRange(first, markerEnd);
    let itemStart = contentStart;
    TASK_BOX.lastIndex = itemStart;
    if (itemStart < lineEnd && TASK_BOX.test(this.text)) {
      this.maskRange(itemStart, itemStart + 3);
      itemStart = this.skipSpaces(itemStart + 3, lineEnd);
    }
    if (itemStart < lineEnd) {
      this.openBlock('list-item', itemStart, depth);
      this.scanInline(itemStart, lineEnd);
      this.extendOpenBlock(itemStart, lineEnd);
    }
    return true;
  }

  private readParagraphText(first: number, lineEnd: number, depth: number): number {
    const open = this.open;
    if (open && depth <= open.quoteDepth) {
      open.lines++;
    } else {
      this.closeBlock();
      this.openBlock(depth > 0 ? 'blockquote' : 'paragraph', first, depth);
    }
    const stop = this.scanInline(first, lineEnd);
    this.extendOpenBlock(first, Math.min(stop, lineEnd));
    return stop;
  }

  private openBlock(kind: ProseBlockKind, start: number, quoteDepth: number): void {
    const index = this.pushBlock(kind, start, start);
    this.open = { index, quoteDepth, lines: 1 };
    this.brackets.length = 0;
  }

  private extendOpenBlock(lineContentStart: number, lineEnd: number): void {
    if (!this.open) return;
    const block = this.blocks[this.open.index];
    const end = this.trimEnd(lineContentStart, lineEnd);
    if (end > block.end) block.end = end;
  }

  /** Ends the open block; a block that holds no prose at all (only markup) is dropped. */
  private closeBlock(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const block = this.blocks[open.index];
    if (open.index === this.blocks.length - 1 && block.end <= block.start) this.blocks.pop();
  }

  private pushBlock(kind: ProseBlockKind, start: number, end: number, headingLevel?: number): number {
    const block: ProseBlock = { kind, start, end, heading: this.lastHeading };
    if (headingLevel !== undefined) block.headingLevel = headingLevel;
    const index = this.blocks.push(block) - 1;
    if (kind === 'heading') this.lastHeading = index;
    return index;
  }

  /** Masks up to `maxDepth` block quote markers; returns the depth, and sets where the content starts. */
  private stripQuoteMarkers(lineStart: number, lineEnd: number, maxDepth: number): number {
    let position = lineStart;
    let depth = 0;
    while (depth < maxDepth) {
      const first = this.skipSpaces(position, lineEnd);
      if (first >= lineEnd || first - position > 3 || this.text.charCodeAt(first) !== 62) break;
      let end = first + 1;
      if (end < lineEnd && this.isSpace(this.text.charCodeAt(end))) end++;
      this.maskRange(first, end);
      position = end;
      depth++;
    }
    this.quotedContentStart = position;
    return depth;
  }

  /**
   * Masks the inline markup of [start, end): code spans, links targets, autolinks, URLs, tags,
   * comments, citations, footnote references, emphasis and escapes. Returns `end`, or the offset
   * just after a comment that runs past the line.
   */
  private scanInline(start: number, end: number): number {
    const text = this.text;
    const mask = this.mask;
    let tokenCheckedUpTo = start;
    let backtickRuns: BacktickRuns | undefined;
    const special = INLINE_SPECIAL;
    let i = start;
    while (i < end) {
      special.lastIndex = i;
      if (!special.test(text)) break;
      i = special.lastIndex - 1;
      if (text.charCodeAt(i) === 46) i -= 3; // the match was "www."
      if (i >= end) break;
      const code = text.charCodeAt(i);
      switch (code) {
        case 92: // backslash
          if (i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
            mask[i] = 1;
            i += 2;
          } else {
            i++;
          }
          continue;
        case 96: {
          backtickRuns ??= new BacktickRuns(text, i, end);
          const close = backtickRuns.closingAfter(i);
          const runLength = backtickRuns.lengthAt(i);
          if (close >= 0) {
            this.maskRange(i, close + runLength);
            i = close + runLength;
          } else {
            i += runLength;
          }
          continue;
        }
        case 60: {
          const after = this.readAngle(i, end);
          if (after > end) return after;
          i = after;
          continue;
        }
        case 91:
          i = this.openBracket(i, end);
          continue;
        case 93:
          i = this.closeBracket(i, end);
          continue;
        case 42:
          mask[i] = 1;
          i++;
          continue;
        case 95:
          if (!(isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1)))) mask[i] = 1;
          i++;
          continue;
        case 126:
          i = this.readStrikethrough(i, end);
          continue;
        case 38:
          i = Math.max(i + 1, this.maskMatch(ENTITY, i));
          continue;
        case 64:
          if (this.brackets.length > 0 && isCitationLead(text.charCodeAt(i - 1))) {
            this.brackets[this.brackets.length - 1].hasAt = true;
            i++;
            continue;
          }
          break;
        default:
          break;
      }
      // "/", "@" or "www.": the token around it may be a URL or an e-mail address; each token is checked once.
      if (i < tokenCheckedUpTo) {
        i++;
        continue;
      }
      const tokenStart = skipOpeners(text, tokenStartBefore(text, i, Math.max(start, tokenCheckedUpTo)), i + 1);
      tokenCheckedUpTo = tokenEndFrom(text, i, end);
      const linkEnd = code === 64 ? this.maskMatch(EMAIL, tokenStart) : code === 47 ? this.readUrl(tokenStart, end) :
        tokenStart === i ? this.maskUrlFrom(i, end) : -1;
      i = linkEnd > i ? linkEnd : i + 1;
    }
    return end;
  }

  private readAngle(i: number, end: number): number {
    const text = this.text;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const commentEnd = close < 0 ? this.length : close + 3;
      const textEnd = close < 0 ? this.length : close;
      this.comments.push({ start: i, end: commentEnd, text: text.slice(i + 4, textEnd), textStart: i + 4 });
      this.commentsEnd = commentEnd;
      this.maskRange(i, commentEnd);
      return commentEnd;
    }
    if (this.greaterThanAt < i) {
      this.greaterThanAt = text.indexOf('>', i);
      if (this.greaterThanAt < 0) this.greaterThanAt = this.length;
    }
    if (this.greaterThanAt >= end || this.greaterThanAt - i > MAX_INLINE_CONSTRUCT) return i + 1;
    const autolinkEnd = this.maskMatch(AUTOLINK, i);
    if (autolinkEnd > i) return autolinkEnd;
    return Math.max(i + 1, this.maskMatch(HTML_TAG, i));
  }

  private openBracket(i: number, end: number): number {
    const text = this.text;
    if (text.charCodeAt(i + 1) === 94) {
      const referenceEnd = this.matchAt(FOOTNOTE_REFERENCE, i);
      if (referenceEnd > i && referenceEnd <= end) {
        this.maskRange(i, referenceEnd);
        return referenceEnd;
      }
    }
    if (this.brackets.length >= MAX_BRACKET_DEPTH) return i + 1;
    if (this.brackets.length > 0) this.brackets[this.brackets.length - 1].nested = true;
    this.brackets.push({ start: i, hasAt: false, nested: false });
    return i + 1;
  }

  private closeBracket(i: number, end: number): number {
    const bracket = this.brackets.pop();
    if (!bracket) return i + 1;
    const text = this.text;
    const next = text.charCodeAt(i + 1);
    if (next === 40 && i + 1 < end) {
      const targetEnd = this.linkTargetEnd(i + 2, end);
      if (targetEnd > 0) {
        this.maskLinkOpener(bracket.start);
        this.maskRange(i, targetEnd);
        return targetEnd;
      }
    }
    if (next === 91 && i + 1 < end) {
      const labelEnd = this.matchAt(REFERENCE_LABEL, i + 1);
      if (labelEnd > 0 && labelEnd <= end) {
        this.maskLinkOpener(bracket.start);
        this.maskRange(i, labelEnd);
        return labelEnd;
      }
    }
    if (bracket.hasAt && !bracket.nested) this.readCitation(bracket.start, i + 1);
    return i + 1;
  }

  private maskLinkOpener(bracketStart: number): void {
    this.mask[bracketStart] = 1;
    if (bracketStart > 0 && this.text.charCodeAt(bracketStart - 1) === 33) this.mask[bracketStart - 1] = 1;
  }

  /**
   * Offset just after the ")" closing a link target `(destination "title")` that starts at `start`,
   * or -1. A destination has no spaces unless written in <...>. A failed attempt marks how far it
   * read; a later attempt starting inside that stretch fails too, which keeps the scan linear.
   */
  private linkTargetEnd(start: number, end: number): number {
    if (start < this.linkTargetFailedUntil) return -1;
    const text = this.text;
    let position = this.skipSpaces(start, end);
    if (text.charCodeAt(position) === 60) {
      const close = text.indexOf('>', position);
      if (close < 0 || close >= end) return this.failLinkTarget(end);
      position = close + 1;
    } else {
      let depth = 0;
      for (; position < end; position++) {
        const code = text.charCodeAt(position);
        if (code === 92) position++;
        else if (code === 40) depth++;
        else if (code === 41 && depth-- === 0) return position + 1;
        else if (this.isSpace(code)) break;
      }
    }
    position = this.skipSpaces(position, end);
    const quote = text.charCodeAt(position);
    if (quote === 34 || quote === 39 || quote === 40) {
      const close = text.indexOf(quote === 40 ? ')' : String.fromCharCode(quote), position + 1);
      if (close < 0 || close >= end) return this.failLinkTarget(end);
      position = this.skipSpaces(close + 1, end);
    }
    if (position < end && text.charCodeAt(position) === 41) return position + 1;
    return this.failLinkTarget(Math.max(position, start + 1));
  }

  private failLinkTarget(readUntil: number): number {
    this.linkTargetFailedUntil = readUntil;
    return -1;
  }

  /** A bracketed group holding @keys is a Pandoc citation when it yields at least one key. */
  private readCitation(start: number, end: number): void {
    const text = this.text;
    const keys: CitationKey[] = [];
    for (let at = charIndexIn(text, AT_SIGN, start, end); at >= 0; at = charIndexIn(text, AT_SIGN, at + 1, end)) {
      if (!isCitationLead(text.charCodeAt(at - 1))) continue;
      CITATION_KEY.lastIndex = at;
      const match = CITATION_KEY.exec(text);
      if (!match || at + match[0].length > end - 1) continue;
      if (match[1] !== undefined) {
        keys.push({ id: match[1], start: at + 2, end: at + 2 + match[1].length });
      } else {
        let id = match[2];
        while (id.length > 0 && ':.#$%&-+?<>~/'.includes(id[id.length - 1])) id = id.slice(0, -1);
        if (id.length > 0) keys.push({ id, start: at + 1, end: at + 1 + id.length });
      }
    }
    if (keys.length === 0) return;
    this.citations.push({ start, end, keys });
    this.maskRange(start, end);
  }

  private readStrikethrough(i: number, end: number): number {
    const text = this.text;
    let run = i;
    while (run < end && text.charCodeAt(run) === 126) run++;
    if (run - i < 2) return run;
    const close = text.indexOf('~~', run);
    if (close < 0 || close >= end) return run;
    let closeEnd = close;
    while (closeEnd < end && text.charCodeAt(closeEnd) === 126) closeEnd++;
    this.maskRange(i, closeEnd);
    return closeEnd;
  }

  private readUrl(tokenStart: number, end: number): number {
    const matched = this.matchAt(URL_START, tokenStart);
    if (matched < 0 || matched > end) return -1;
    return this.maskUrlFrom(tokenStart, end);
  }

  /** Masks a bare URL from `start` to the next space, without trailing punctuation or unbalanced ")". */
  private maskUrlFrom(start: number, end: number): number {
    const text = this.text;
    let urlEnd = start;
    let openParens = 0;
    let closeParens = 0;
    while (urlEnd < end) {
      const code = text.charCodeAt(urlEnd);
      if (code === SPACE || code === TAB || code === 60) break;
      if (code === 40) openParens++;
      else if (code === 41) closeParens++;
      urlEnd++;
    }
    while (urlEnd > start) {
      const code = text.charCodeAt(urlEnd - 1);
      if (code === 41 && closeParens > openParens) {
        closeParens--;
        urlEnd--;
      } else if (isTrailingUrlPunctuation(code)) {
        urlEnd--;
      } else {
        break;
      }
    }
    this.maskRange(start, urlEnd);
    return Math.max(urlEnd, start + 1);
  }

  private matchAt(pattern: RegExp, at: number): number {
    pattern.lastIndex = at;
    const match = pattern.exec(this.text);
    return match ? at + match[0].length : -1;
  }

  private maskMatch(pattern: RegExp, at: number): number {
    const matchEnd = this.matchAt(pattern, at);
    if (matchEnd > at) this.maskRange(at, matchEnd);
    return matchEnd;
  }

  private maskRange(start: number, end: number): void {
    if (end > start) this.mask.fill(1, start, end);
  }

  private skipSpaces(position: number, end: number): number {
    while (position < end && this.isSpace(this.text.charCodeAt(position))) position++;
    return position;
  }

  private trimEnd(start: number, end: number): number {
    while (end > start && this.isSpace(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  private isSpace(code: number): boolean {
    return code === SPACE || code === TAB;
  }

  private indentWidth(start: number, end: number): number {
    let width = 0;
    for (let i = start; i < end; i++) width = this.text.charCodeAt(i) === TAB ? width + 4 - (width % 4) : width + 1;
    return width;
  }

  /**
   * The blocks trimmed to their first and last unmasked character or citation; blocks left with no
   * prose (a heading that is all code, a paragraph that is only a comment or an image) are dropped. Indices
   * count `blocksBefore` blocks ahead of these; a heading before them all is `headingBefore`.
   */
  private proseBlocks(blocksBefore: number, headingBefore: number): ProseBlock[] {
    const kept: ProseBlock[] = [];
    const newIndex: number[] = [];
    const citations = this.citations;
    let citation = 0;
    for (const block of this.blocks) {
      const heading = block.heading < 0 ? headingBefore : newIndex[block.heading];
      while (citation < citations.length && citations[citation].start < block.start) citation++;
      let start = this.firstProse(block.start, block.end);
      let end = this.lastProse(start, block.end);
      // A citation is markup but belongs to the block: "[@s003]." opens a footnote, or is the whole item.
      if (citation < citations.length && citations[citation].start < block.end) {
        start = Math.min(start, citations[citation].start);
        let last = citation;
        while (last + 1 < citations.length && citations[last + 1].start < block.end) last++;
        end = Math.max(end, citations[last].end);
      }
      if (end <= start) {
        newIndex.push(heading);
        continue;
      }
      newIndex.push(blocksBefore + kept.length);
      block.start = start;
      block.end = end;
      block.heading = heading;
      if (block.cells) block.cells = this.proseCells(block.cells);
      kept.push(block);
    }
    return kept;
  }

  /** The cells trimmed like blocks; those left with no prose are dropped. */
  private proseCells(cells: Span[]): Span[] {
    const kept: Span[] = [];
    for (const cell of cells) {
      const start = this.firstProse(cell.start, cell.end);
      const end = this.lastProse(start, cell.end);
      if (end > start) kept.push({ start, end });
    }
    return kept;
  }

  private firstProse(start: number, end: number): number {
    while (start < end && (this.mask[start] === 1 || isBlankCode(this.text.charCodeAt(start)))) start++;
    return start;
  }

  private lastProse(start: number, end: number): number {
    while (end > start && (this.mask[end - 1] === 1 || isBlankCode(this.text.charCodeAt(end - 1)))) end--;
    return end;
  }

  /**
   * The text of [from, to) with every masked character but line breaks turned into a space. Runs
   * are short and many: the concatenated pieces are copied once, when the string is first read.
   */
  private composeProse(from: number, to: number): string {
    const text = this.text;
    const mask = this.mask;
    const maskWords = wordsOfMask(mask);
    let prose = '';
    let position = from;
    let i = from;
    while (i < to) {
      i = nextMasked(mask, maskWords, i, to);
      if (i > position) prose += text.slice(position, i);
      let runStart = i;
      for (; i < to && mask[i] !== 0; i++) {
        const code = text.charCodeAt(i);
        if (code === LF || code === CR) {
          prose += spaces(i - runStart);
          prose += code === LF ? '\n' : '\r';
          runStart = i + 1;
        }
      }
      prose += spaces(i - runStart);
      position = i;
    }
    return prose;
  }
}

/** Backtick runs of a line, to pair each opening run with the next run of the same length. */
class BacktickRuns {
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly nextSameLength: number[] = [];

  constructor(text: string, from: number, end: number) {
    const lastByLength = new Map<number, number>();
    for (let i = charIndexIn(text, BACKTICK, from, end); i >= 0; i = charIndexIn(text, BACKTICK, i, end)) {
      let run = i;
      while (run < end && text.charCodeAt(run) === 96) run++;
      const index = this.starts.length;
      this.starts.push(i);
      this.lengths.push(run - i);
      this.nextSameLength.push(-1);
      const previous = lastByLength.get(run - i);
      if (previous !== undefined) this.nextSameLength[previous] = index;
      lastByLength.set(run - i, index);
      i = run;
    }
  }

  lengthAt(position: number): number {
    const index = this.indexOf(position);
    return index < 0 ? 1 : this.lengths[index];
  }

  /** Start of the run closing the run at `position`, or -1. */
  closingAfter(position: number): number {
    const index = this.indexOf(position);
    if (index < 0) return -1;
    const next = this.nextSameLength[index];
    return next < 0 ? -1 : this.starts[next];
  }

  private indexOf(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.starts[middle];
      if (start === position) return middle;
      if (start < position) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

// The line-wide constructs below are read by loops rather than regular expressions: on a line of
// millions of dashes or spaces, a regular expression backtracks quadratically or overflows the stack.

/** Three or more of the same "*", "-" or "_" from `first`, spaces and tabs between, and nothing else on the line. */
function isThematicBreak(text: string, first: number, lineEnd: number): boolean {
  const marker = text.charCodeAt(first);
  let markers = 0;
  let i = first;
  for (; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === marker) markers++;
    else if (code !== SPACE && code !== TAB) break;
  }
  return markers >= 3 && endsLine(text, i, lineEnd);
}

/** A run of "=" or of "-" from `first`, then only spaces and tabs. */
function isSetextUnderline(text: string, first: number, lineEnd: number): boolean {
  const marker = text.charCodeAt(first);
  let i = first;
  while (i < lineEnd && text.charCodeAt(i) === marker) i++;
  return i > first && endsLine(text, skipBlanks(text, i, lineEnd), lineEnd);
}

/**
 * A table's delimiter row from `first`: cells of dashes with an optional colon at either end,
 * split by pipes, with optional pipes at both ends and spaces or tabs around each cell.
 */
export function isTableDelimiterRow(text: string, first: number, lineEnd: number): boolean {
  let i = text.charCodeAt(first) === PIPE ? first + 1 : first;
  for (;;) {
    const cellEnd = delimiterCellEnd(text, skipBlanks(text, i, lineEnd), lineEnd);
    if (cellEnd < 0) return false;
    i = skipBlanks(text, cellEnd, lineEnd);
    if (i >= lineEnd || text.charCodeAt(i) !== PIPE) return endsLine(text, i, lineEnd);
    i = skipBlanks(text, i + 1, lineEnd);
    const next = text.charCodeAt(i);
    // A pipe not followed by another cell closes the row.
    if (i >= lineEnd || (next !== COLON && next !== DASH)) return endsLine(text, i, lineEnd);
  }
}

/** The end of a delimiter cell (":---:") at `start`, or -1 when none starts there. */
function delimiterCellEnd(text: string, start: number, lineEnd: number): number {
  let i = start < lineEnd && text.charCodeAt(start) === COLON ? start + 1 : start;
  const dashes = i;
  while (i < lineEnd && text.charCodeAt(i) === DASH) i++;
  if (i === dashes) return -1;
  return i < lineEnd && text.charCodeAt(i) === COLON ? i + 1 : i;
}

function skipBlanks(text: string, position: number, end: number): number {
  while (position < end && (text.charCodeAt(position) === SPACE || text.charCodeAt(position) === TAB)) position++;
  return position;
}

/** Whether a line ends at `position`: its end, or a lone carriage return or Unicode line break before it. */
function endsLine(text: string, position: number, lineEnd: number): boolean {
  if (position >= lineEnd) return true;
  const code = text.charCodeAt(position);
  return code === CR || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}

function neverStop(): boolean {
  return false;
}

/** A front matter line's key (none for a list item) and value: "summary: …", "  - …". */
const FRONT_MATTER_VALUE = /^[ \t]*(?:-[ \t]+(?![\w-]+:[ \t])|([\w-]+):[ \t]+(?![|>][ \t]*$))(\S.*)$/;
/** Front matter keys whose values are the document's data, not its prose. */
const FRONT_MATTER_METADATA = new Set(['date', 'author', 'authors', 'tags', 'keywords', 'categories', 'sources', 'bibliography', 'lang', 'language', 'layout', 'id', 'slug', 'status', 'version', 'draft', 'classification', 'to', 'from', 'cc', 'distribution']);
/** How many words a front matter value holds at least to be read as prose. */
const FRONT_MATTER_PROSE_WORDS = 4;

function frontMatterMarker(text: string): '---' | '+++' | undefined {
  const marker = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!marker) return undefined;
  const lineBreak = text.indexOf('\n');
  return text.slice(3, lineBreak < 0 ? text.length : lineBreak).trim() === '' ? marker : undefined;
}

/** Short runs of spaces made once: most masked runs are a character or two. */
const SHORT_SPACES = Array.from({ length: 65 }, (_, count) => ' '.repeat(count));

const PIPE = 124;
const COLON = 58;
const DASH = 45;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const AT_SIGN = 64;
const BACKTICK = 96;
const BACKSLASH = 92;

/** What splits a table row: its pipes, and the backslashes that escape them. */
function isCellSpecial(code: number): boolean {
  return code === PIPE || code === BACKSLASH;
}

/**
 * The index of the first character `code` in `text` from `from` up to `end`, or -1. Unlike indexOf,
 * it never reads past `end`: asked of every block, a search running on to the draft's next such
 * character would make the scan quadratic.
 */
function charIndexIn(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

const NO_WORDS = new Uint32Array(0);

/** The mask read four bytes at a time, when its bytes are aligned for it; else no word at all. */
function wordsOfMask(mask: Uint8Array): Uint32Array {
  return (mask.byteOffset & 3) === 0 ? new Uint32Array(mask.buffer, mask.byteOffset, mask.length >> 2) : NO_WORDS;
}

/**
 * The first masked offset in [from, to), or `to`. Most of a draft is prose: four unmasked bytes
 * are skipped at once, where `maskWords` covers them.
 */
function nextMasked(mask: Uint8Array, maskWords: Uint32Array, from: number, to: number): number {
  let i = from;
  while (i < to && (i & 3) !== 0) {
    if (mask[i] !== 0) return i;
    i++;
  }
  const wordsEnd = Math.min(to >> 2, maskWords.length);
  let word = i >> 2;
  while (word < wordsEnd && maskWords[word] === 0) word++;
  i = Math.max(i, word << 2);
  while (i < to && mask[i] === 0) i++;
  return i;
}

function spaces(count: number): string {
  if (count < SHORT_SPACES.length) return SHORT_SPACES[count];
  return ' '.repeat(count);
}

function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** "@" starts a citation key after "[", a space, ";" or "-" (author suppressed). */
function isCitationLead(code: number): boolean {
  return code === 91 || code === SPACE || code === TAB || code === 59 || code === 45 || code === LF || code === CR;
}

function isTrailingUrlPunctuation(code: number): boolean {
  // . , : ; ! ? " ' * _ ~ ]
  return code === 46 || code === 44 || code === 58 || code === 59 || code === 33 || code === 63 || code === 34 ||
    code === 39 || code === 42 || code === 95 || code === 126 || code === 93;
}

/** Skips the punctuation that may open a token before a URL: ( [ < " ' * _ */
function skipOpeners(text: string, start: number, limit: number): number {
  let position = start;
  while (position < limit) {
    const code = text.charCodeAt(position);
    if (code !== 40 && code !== 91 && code !== 60 && code !== 34 && code !== 39 && code !== 42 && code !== 95) break;
    position++;
  }
  return position;
}

function tokenStartBefore(text: string, position: number, limit: number): number {
  while (position > limit && !isBlankCode(text.charCodeAt(position - 1))) position--;
  return position;
}

function tokenEndFrom(text: string, position: number, end: number): number {
  while (position < end && !isBlankCode(text.charCodeAt(position))) position++;
  return position;
}

/** A draft holding each kind of block, inline markup and citation the scanner records. */
const SAMPLE_DRAFT = '# Heading\n\nText with `code`, a [link](https://example.org) [@s000, p. 2] <!-- note -->.\n\n- item\n\n| a | b |\n|---|---|\n| c | d |\n\n> quote\n';
keepShapeOf(scannedSample());
keepShapeOf(new BacktickRuns(SAMPLE_DRAFT, 0, SAMPLE_DRAFT.length));

function scannedSample(): MarkdownScanner {
  const scanner = new MarkdownScanner(SAMPLE_DRAFT, new Uint8Array(SAMPLE_DRAFT.length));
  scanner.scan();
  return scanner;
}
