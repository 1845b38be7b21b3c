// "Ignore here": where to write a crosscheck-disable comment so that it silences one line of a draft
// without changing how the Markdown renders. A comment on its own line ends a paragraph or a table, so
// inside those the directive goes at the end of the line before instead, or around the table.

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

const LIST_ITEM = /^(\s*(?:>\s?)*\s*)([-+*]|\d{1,9}[.)])(\s+|$)/;
/** Lines that start a new block even right after a paragraph line (CommonMark). */
const INTERRUPTS_PARAGRAPH = /^\s{0,3}(?:#{1,6}(?:\s|$)|[-+*]\s+\S|1[.)]\s+\S|>|```|~~~)/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const QUOTE_PREFIX = /^\s*(?:>\s?)*/;

function disableNextLineComment(codes: readonly string[]): string {
  return `<!-- crosscheck-disable-next-line${codes.map((code) => ` ${code}`).join('')} -->`;
}

/** The insertions that make the checker ignore the given codes on one line (1-based) of a draft. */
export function ignoreInsertions(text: string, lineNumber: number, codes: readonly string[]): Insertion[] {
  const { previous, current: line } = linesAround(text, lineNumber);
  if (!line) return [];
  const comment = disableNextLineComment(codes);
  if (previous && isTableRow(previous.text)) {
    if (TABLE_DELIMITER.test(previous.text)) return aroundTable(text, line, codes);
    return [{ offset: insideLastCell(previous), text: ` ${comment}` }];
  }
  if (!previous || startsOwnBlock(line.text, previous.text)) {
    return [{ offset: line.start, text: `${commentIndent(line.text)}${comment}\n` }];
  }
  return [{ offset: beforeHardBreak(previous), text: ` ${comment}` }];
}

/** Whether a comment on its own line before this line leaves the blocks around it as they were. */
function startsOwnBlock(lineText: string, previousText: string): boolean {
  if (isBlank(unquoted(previousText)) || quoteDepth(lineText) !== quoteDepth(previousText)) return true;
  if (isAtxHeading(previousText) || isFence(previousText) || /-->\s*$/.test(previousText)) return true;
  return isTableRow(lineText) || INTERRUPTS_PARAGRAPH.test(unquoted(lineText));
}

/**
 * The indentation for a comment line before this line: the line's own, or for a list item its content
 * column, so the comment belongs to the item before and the list goes on.
 */
function commentIndent(lineText: string): string {
  const item = LIST_ITEM.exec(lineText);
  if (item) return (item[1] ?? '') + ' '.repeat((item[2] ?? '').length + Math.max((item[3] ?? '').length, 1));
  const quote = QUOTE_PREFIX.exec(lineText)?.[0] ?? '';
  return quote + (/^\s*/.exec(lineText.slice(quote.length))?.[0] ?? '');
}

function aroundTable(text: string, line: Line, codes: readonly string[]): Insertion[] {
  let first: Line = line;
  for (let above = lineBefore(text, line); above && isTableRow(above.text); above = lineBefore(text, above)) first = above;
  let last: Line = line;
  for (let below = lineAfter(text, line); below && isTableRow(below.text); below = lineAfter(text, below)) last = below;
  const indent = /^\s*/.exec(first.text)?.[0] ?? '';
  const list = codes.map((code) => ` ${code}`).join('');
  const afterLast = last.end < text.length ? last.end + lineBreakLength(text, last.end) : text.length;
  const closing = `${indent}<!-- crosscheck-enable${list} -->\n`;
  return [
    { offset: first.start, text: `${indent}<!-- crosscheck-disable${list} -->\n` },
    { offset: afterLast, text: last.end < text.length ? closing : `\n${closing}` },
  ];
}

function insideLastCell(row: Line): number {
  const trimmedEnd = row.text.replace(/\s+$/, '').length;
  const endsWithPipe = row.text[trimmedEnd - 1] === '|' && row.text[trimmedEnd - 2] !== '\\';
  return row.start + (endsWithPipe ? row.text.slice(0, trimmedEnd - 1).replace(/\s+$/, '').length : trimmedEnd);
}

/** Before the two trailing spaces or the backslash of a hard line break, so the break survives. */
function beforeHardBreak(line: Line): number {
  const hardBreak = /(?: {2,}|\\)$/.exec(line.text);
  const content = hardBreak ? line.text.slice(0, hardBreak.index) : line.text.replace(/\s+$/, '');
  return line.start + content.length;
}

function isTableRow(lineText: string): boolean {
  return /^\s{0,3}\|/.test(lineText) || (/\S\s*(?<!\\)\|\s*\S/.test(lineText) && !isFence(lineText));
}

function isFence(lineText: string): boolean {
  return /^\s{0,3}(```|~~~)/.test(unquoted(lineText));
}

function isAtxHeading(lineText: string): boolean {
  return /^\s{0,3}#{1,6}(\s|$)/.test(unquoted(lineText));
}

function isBlank(lineText: string): boolean {
  return /^\s*$/.test(lineText);
}

function unquoted(lineText: string): string {
  return lineText.slice((QUOTE_PREFIX.exec(lineText)?.[0] ?? '').length);
}

function quoteDepth(lineText: string): number {
  return ((QUOTE_PREFIX.exec(lineText)?.[0] ?? '').match(/>/g) ?? []).length;
}

function linesAround(text: string, lineNumber: number): { previous?: Line; current?: Line } {
  let start = 0;
  for (let line = 1; line < lineNumber; line++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return {};
    start = newline + 1;
  }
  const current = lineAt(text, start);
  return { current, previous: lineBefore(text, current) };
}

function lineAt(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
  return { start, end, text: text.slice(start, end) };
}

function lineBefore(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  const previousNewline = text.lastIndexOf('\n', line.start - 2);
  return lineAt(text, previousNewline + 1);
}

function lineAfter(text: string, line: Line): Line | undefined {
  if (line.end >= text.length) return undefined;
  return lineAt(text, line.end + lineBreakLength(text, line.end));
}

function lineBreakLength(text: string, offset: number): number {
  return text[offset] === '\r' ? 2 : 1;
}
