// Offsets <-> 1-based line/column positions over a text, by binary search over line starts.
// A line ends at "\n", "\r\n" or a lone "\r", as in VS Code.

import { lastAtOrBefore } from './sorted';

export interface LinePosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

export class LineIndex {
  private readonly starts: number[];
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        starts.push(i + 1);
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  position(offset: number): LinePosition {
    const clamped = clamp(Math.floor(offset) || 0, 0, this.length);
    const lineIndex = this.lineIndexOf(clamped);
    return { line: lineIndex + 1, column: clamped - this.starts[lineIndex] + 1, offset: clamped };
  }

  /** The offset of a 1-based line and column; both are clamped to the text and to the line. */
  offsetAt(line: number, column: number): number {
    const lineIndex = clamp(Math.floor(line) - 1 || 0, 0, this.starts.length - 1);
    const start = this.starts[lineIndex];
    return clamp(start + (Math.floor(column) - 1 || 0), start, this.lineContentEnd(lineIndex));
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    return this.starts[clamp(Math.floor(line) - 1 || 0, 0, this.starts.length - 1)];
  }

  private lineContentEnd(lineIndex: number): number {
    if (lineIndex + 1 >= this.starts.length) return this.length;
    const breakStart = this.starts[lineIndex + 1] - 1;
    const crlf = this.text.charCodeAt(breakStart) === 10 && this.text.charCodeAt(breakStart - 1) === 13;
    return crlf && breakStart - 1 >= this.starts[lineIndex] ? breakStart - 1 : breakStart;
  }

  private lineIndexOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
