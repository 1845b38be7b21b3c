import { lastAtOrBefore } from '../text/sorted';
import type { FileRange, TextPosition } from './types';

/** Turns 0-based offsets in one text into 1-based line and column positions. */
export class TextIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];
  /** The line of the last position asked for: positions are mostly asked for in order. */
  private lastLine = 0;

  // The line starts are computed here rather than taken from the YAML parser, which stops
  // recording them at some syntax errors.
  constructor(readonly file: string, readonly text: string) {
    // Line breaks as editors count them: \n, \r\n and a lone \r; most texts have only \n, found faster.
    if (!text.includes('\r')) {
      for (let lineFeed = text.indexOf('\n'); lineFeed !== -1; lineFeed = text.indexOf('\n', lineFeed + 1)) this.lineStarts.push(lineFeed + 1);
      return;
    }
    for (let offset = 0; offset < text.length; offset++) {
      const char = text.charCodeAt(offset);
      if (char === 0x0a) this.lineStarts.push(offset + 1);
      else if (char === 0x0d && text.charCodeAt(offset + 1) !== 0x0a) this.lineStarts.push(offset + 1);
    }
  }

  position(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line]! + 1, offset: clamped };
  }

  range(start: number, end: number): FileRange {
    return { file: this.file, start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The 0-based line holding the offset: the last line that starts at or before it. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (starts[line]! <= offset && (line + 1 === starts.length || starts[line + 1]! > offset)) return line;
    line = lastAtOrBefore(starts, offset);
    this.lastLine = line;
    return line;
  }
}
