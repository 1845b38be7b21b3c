import { LineCounter } from 'yaml';
import type { FileRange, TextPosition } from './types';

/** Turns 0-based offsets in one text into 1-based line and column positions. */
export class TextIndex {
  private readonly lines: LineCounter;

  /** Pass the LineCounter the YAML parser filled to reuse its line starts; otherwise they are computed. */
  constructor(readonly file: string, readonly text: string, lines?: LineCounter) {
    if (lines) {
      this.lines = lines;
      return;
    }
    this.lines = new LineCounter();
    this.lines.addNewLine(0);
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
      this.lines.addNewLine(newline + 1);
    }
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
