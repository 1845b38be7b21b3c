// "Ignore here": where to write a crosscheck comment so that it silences a finding without changing
// how the Markdown renders. A comment on its own line ends a paragraph or a table, so inside those the
// directive goes at the end of the line before instead, or around the table. Nor may it fall inside
// the words of another finding: at a line break a sentence runs on across, a crosscheck-ignore comment
// goes right before the finding (or at the end of the line before, when the finding opens its line),
// and only where that too would fall inside another finding are the lines of the sentence wrapped in
// disable and enable.
// A disable-next-line comment silences the line after the one it ends on, lines ending at "\n" only
// (see check/suppress.ts), while findings number their lines as editors do, a lone "\r" ending one too.

import { LineIndex } from '../text/lines';
import { isTableDelimiterRow, scanMarkdown, type HtmlComment, type MarkdownScan, type ProseBlock } from '../text/markdown';
import { sentenceSpans } from '../text/sentences';

export interface Insertion {
  /** 0-based offset in the draft. */
  offset: number;
  text: string;
}

interface Line {
  start: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  text: string;
}

const QUOTE_PREFIX = /^\s*(?:>\s?)*/;

/** Where the finding to ignore starts: its 1-based line and 0-based offset. */
export interface IgnoredAt {
  line: number;
  offset: number;
}

/** Offsets of a finding's words, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

function directive(kind: 'disable-next-line' | 'disable' | 'enable' | 'ignore', codes: readonly string[]): string {
  return `<!-- crosscheck-${kind}${codes.map((code) => ` ${code}`).join('')} -->`;
}

/**
 * The insertions that make the checker ignore the given codes for the finding that starts at `at`
 * (and, in most places, on the rest of its line). `findings` are the draft's findings, whose words no
 * insertion may fall inside.
 */
export function ignoreInsertions(text: string, at: IgnoredAt, codes: readonly string[], findings: readonly OffsetRange[] = []): Insertion[] {
  const lineNumber = at.line;
  const lines = new LineIndex(text);
  if (!Number.isInteger(lineNumber) || lineNumber < 1 || lineNumber > lines.lineCount) return [];
  const line = lineAt(text, text.lastIndexOf('\n', lines.lineStart(lineNumber) - 1) + 1);
  const previous = lineBefore(text, line);
  if (previous && isTableRow(previous.text)) {
    if (isTableDelimiterRow(previous.text, indentation(previous.text), previous.text.length)) return aroundTable(text, line, codes);
    return [{ offset: insideLastCell(previous), text: ` ${directive('disable-next-line', codes)}` }];
  }
  if (previous) {
    const scan = scanMarkdown(text);
    const block = blockContinued(scan, line);
    if (block) return insideBlock(text, scan, block, previous, line, codes, { at: at.offset, findings });
  }
  return [{ offset: line.start, text: `${commentIndent(text, line)}${directive('disable-next-line', codes)}\n` }];
}

/**
 * At the end of the line before, when a sentence ends there outside any comment. A sentence running
 * on across that line break may hold a finding that spans it ("Foreign\nMinister Naim", "Naim, the\n
 * foreign minister"), which a comment there would fall inside. Then the run of lines that sentences
 * join is wrapped: disable at the end of the line before the run or on its own line before the block,
 * enable at the end of the run's last line. Findings of those codes elsewhere in the run are silenced too.
 */
function insideBlock(text: string, scan: MarkdownScan, block: ProseBlock, previous: Line, line: Line, codes: readonly string[], target: { at: number; findings: readonly OffsetRange[] }): Insertion[] {
  const sentences = sentenceSpans(scan.prose, block.start, block.end);
  const joined = (above: Line, below: Line) => sentences.some((sentence) => sentence.start < above.end && sentence.end > below.start);
  const outside = (offset: number) => outsideComments(text, scan.comments, offset);
  const previousEnd = beforeHardBreak(previous);
  if (!joined(previous, line) && outside(previousEnd) === previousEnd) {
    return [{ offset: previousEnd, text: ` ${directive('disable-next-line', codes)}` }];
  }
  const before = justBefore(text, scan.prose, line, previousEnd, target.at);
  if (before !== undefined && outside(before) === before && !target.findings.some((finding) => finding.start < before && before < finding.end)) {
    return [{ offset: before, text: before === target.at ? directive('ignore', codes) : ` ${directive('ignore', codes)}` }];
  }
  let first = previous;
  let above = lineBefore(text, first);
  while (above && above.end >= block.start && joined(above, first)) {
    first = above;
    above = lineBefore(text, first);
  }
  let last = line;
  let below = lineAfter(text, last);
  while (below && below.start < block.end && joined(last, below)) {
    last = below;
    below = lineAfter(text, last);
  }
  const disable = directive('disable', codes);
  const opening = above && above.end >= block.start
    ? { offset: outside(beforeHardBreak(above)), text: ` ${disable}` }
    : { offset: first.start, text: `${commentIndent(text, first)}${disable}\n` };
  return [opening, { offset: outside(beforeHardBreak(last)), text: ` ${directive('enable', codes)}` }];
}

/**
 * Where a crosscheck-ignore comment goes for a finding starting at `at` on this line: right before it,
 * or at the end of the line before when the finding opens its line (a comment opening a line would
 * begin an HTML block). Undefined when `at` is not on the line, or follows a backslash, which would
 * escape the comment's "<".
 */
function justBefore(text: string, prose: string, line: Line, previousEnd: number, at: number): number | undefined {
  if (at < line.start || at >= line.end) return undefined;
  let first = line.start;
  while (first < at && /\s/.test(prose[first] ?? '')) first++;
  if (first >= at) return previousEnd;
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 0 ? at : undefined;
}

/**
 * The offset, or the start of the HTML comment it falls inside: a directive written inside a comment
 * would close it early. A comment holds no finding, so its start still comes after the findings of
 * every line before the offset's that it does not cover.
 */
function outsideComments(text: string, comments: readonly HtmlComment[], offset: number): number {
  const around = comments.find((comment) => comment.start < offset && (offset < comment.end || !text.startsWith('-->', comment.end - 3)));
  return around ? around.start : offset;
}

/**
 * The block the line's prose belongs to when that block began on a line before, as the Markdown scan
 * of the checker reads it: a comment on its own line would split that block. A line after indented
 * code, a heading, a fence or front matter begins its own.
 */
function blockContinued({ prose, blocks }: MarkdownScan, line: Line): ProseBlock | undefined {
  let first = line.start;
  while (first < line.end && /\s/.test(prose[first] ?? '')) first++;
  if (first >= line.end) return undefined;
  // The last block starting at or before the line's first prose character.
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (blocks[middle]!.start <= first) low = middle;
    else high = middle - 1;
  }
  const block = blocks[low];
  return block !== undefined && block.start < line.start && first < block.end ? block : undefined;
}

/**
 * The indentation for a comment line before this line: the line's own; for a list item that follows
 * another of its list, that item's content column, so the comment belongs to it and the list goes on;
 * for the first item of a list, its marker's column, as deeper would make the comment indented code.
 */
function commentIndent(text: string, line: Line): string {
  const item = listItem(line.text);
  if (!item) {
    const quote = QUOTE_PREFIX.exec(line.text)?.[0] ?? '';
    return quote + (/^\s*/.exec(line.text.slice(quote.length))?.[0] ?? '');
  }
  const sibling = itemBefore(text, line, item);
  return item.quote + ' '.repeat(sibling ? sibling.contentColumn : item.markerColumn);
}

interface ListItem {
  /** Quote markers before the item, as written. */
  quote: string;
  /** Columns after the quote markers. */
  markerColumn: number;
  contentColumn: number;
}

/**
 * The list item a line opens, after any quote markers (each may follow blanks). Read by stepping
 * through the line: a regular expression for it backtracks exponentially on deep quotes.
 */
function listItem(lineText: string): ListItem | undefined {
  let quoteEnd = 0;
  for (;;) {
    const marker = whitespaceEnd(lineText, quoteEnd);
    if (lineText[marker] !== '>') break;
    quoteEnd = marker + 1 < lineText.length && isWhitespace(lineText[marker + 1]!) ? marker + 2 : marker + 1;
  }
  const markerStart = whitespaceEnd(lineText, quoteEnd);
  const markerEnd = listMarkerEnd(lineText, markerStart);
  if (markerEnd < 0) return undefined;
  const contentStart = whitespaceEnd(lineText, markerEnd);
  if (contentStart === markerEnd && markerEnd < lineText.length) return undefined;
  const markerColumn = markerStart - quoteEnd;
  const spacing = contentStart - markerEnd;
  // Five spaces or more after the marker start indented code inside the item: its content is one space in.
  const gap = spacing >= 1 && spacing <= 4 ? spacing : 1;
  return { quote: lineText.slice(0, quoteEnd), markerColumn, contentColumn: markerColumn + (markerEnd - markerStart) + gap };
}

/** The end of a list marker ("-", "+", "*", or up to nine digits and "." or ")") at `start`, or -1. */
function listMarkerEnd(lineText: string, start: number): number {
  const first = lineText[start];
  if (first === '-' || first === '+' || first === '*') return start + 1;
  let digitsEnd = start;
  while (digitsEnd < lineText.length && digitsEnd - start < 10 && lineText[digitsEnd]! >= '0' && lineText[digitsEnd]! <= '9') digitsEnd++;
  const digits = digitsEnd - start;
  return digits >= 1 && digits <= 9 && (lineText[digitsEnd] === '.' || lineText[digitsEnd] === ')') ? digitsEnd + 1 : -1;
}

function whitespaceEnd(lineText: string, from: number): number {
  let end = from;
  while (end < lineText.length && isWhitespace(lineText[end]!)) end++;
  return end;
}

function isWhitespace(char: string): boolean {
  return /\s/.test(char);
}

/** The item before this one in the same list, looking back over the content of the items between. */
function itemBefore(text: string, line: Line, item: ListItem): ListItem | undefined {
  const depth = quoteDepth(line.text);
  for (let above = lineBefore(text, line); above; above = lineBefore(text, above)) {
    if (isBlank(unquoted(above.text))) continue;
    if (quoteDepth(above.text) !== depth || isFence(above.text)) return undefined;
    const candidate = listItem(above.text);
    if (candidate && candidate.markerColumn <= item.markerColumn) {
      return item.markerColumn < candidate.contentColumn ? candidate : undefined;
    }
    if (!candidate && indentation(unquoted(above.text)) < item.markerColumn) return undefined;
  }
  return undefined;
}

function indentation(lineText: string): number {
  return whitespaceEnd(lineText, 0);
}

function aroundTable(text: string, line: Line, codes: readonly string[]): Insertion[] {
  let first: Line = line;
  for (let above = lineBefore(text, line); above && isTableRow(above.text); above = lineBefore(text, above)) first = above;
  let last: Line = line;
  for (let below = lineAfter(text, line); below && isTableRow(below.text); below = lineAfter(text, below)) last = below;
  const indent = /^\s*/.exec(first.text)?.[0] ?? '';
  const afterLast = last.end < text.length ? last.end + lineBreakLength(text, last.end) : text.length;
  const closing = `${indent}${directive('enable', codes)}\n`;
  return [
    { offset: first.start, text: `${indent}${directive('disable', codes)}\n` },
    { offset: afterLast, text: last.end < text.length ? closing : `\n${closing}` },
  ];
}

function insideLastCell(row: Line): number {
  const trimmedEnd = row.text.trimEnd().length;
  const endsWithPipe = row.text[trimmedEnd - 1] === '|' && row.text[trimmedEnd - 2] !== '\\';
  return row.start + (endsWithPipe ? row.text.slice(0, trimmedEnd - 1).trimEnd().length : trimmedEnd);
}

/** Before the two trailing spaces or the backslash of a hard line break, so the break survives. */
function beforeHardBreak(line: Line): number {
  const text = line.text;
  if (text.endsWith('\\')) return line.start + text.length - 1;
  let spacesFrom = text.length;
  while (spacesFrom > 0 && text[spacesFrom - 1] === ' ') spacesFrom--;
  return line.start + (text.length - spacesFrom >= 2 ? spacesFrom : text.trimEnd().length);
}

function isTableRow(lineText: string): boolean {
  return /^\s{0,3}\|/.test(lineText) || (/\S\s*(?<!\\)\|\s*\S/.test(lineText) && !isFence(lineText));
}

function isFence(lineText: string): boolean {
  return /^\s{0,3}(```|~~~)/.test(unquoted(lineText));
}

function isBlank(lineText: string): boolean {
  return lineText.trim() === '';
}

function unquoted(lineText: string): string {
  return lineText.slice((QUOTE_PREFIX.exec(lineText)?.[0] ?? '').length);
}

function quoteDepth(lineText: string): number {
  return ((QUOTE_PREFIX.exec(lineText)?.[0] ?? '').match(/>/g) ?? []).length;
}

function lineAt(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
  return { start, end, text: text.slice(start, end) };
}

function lineBefore(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  // lastIndexOf takes a negative start as 0 and would find the line break just before this line.
  const previousNewline = line.start >= 2 ? text.lastIndexOf('\n', line.start - 2) : -1;
  return lineAt(text, previousNewline + 1);
}

function lineAfter(text: string, line: Line): Line | undefined {
  if (line.end >= text.length) return undefined;
  return lineAt(text, line.end + lineBreakLength(text, line.end));
}

function lineBreakLength(text: string, offset: number): number {
  return text[offset] === '\r' ? 2 : 1;
}
