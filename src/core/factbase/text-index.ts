import { LineCounter } from 'yaml';
import type { FileRange, TextPosition } from './types';

/** Turns 0-based offsets in one text into 1-based line and column positions. */
export class TextIndex {
  private readonly lines: LineCounter;

  // The line starts are computed here rather than taken from the YAML parser, which stops
  // recording them at some syntax errors.
  constructor(readonly file: string, readonly text: string) {
    this.lines = new LineCounter();
    this.lines.addNewLine(0);
    // Line breaks as editors count them: \n, \r\n and a lone \r.
    for (const lineBreak of text.matchAll(/\r\n?|\n/g)) this.lines.addNewLine(lineBreak.index + lineBreak[0].length);
  }

  position(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lines.linePos(clamped);
    return { line: Math.max(line, 1), column: Math.max(col, 1), offset: clamped };
  }

  range(start: number, end: number): FileRange {
    return { file: this.file, start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}
