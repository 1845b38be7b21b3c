// What must hold of every position the core reports, whatever the input: offsets inside the text,
// start before end, and line/column agreeing with the offset (lines end at \n, \r\n or a lone \r;
// columns count UTF-16 code units from 1).
import * as assert from 'node:assert/strict';
import { FINDING_CODES, type CheckOptions, type Finding } from '../../../src/core';

export interface Position {
  line: number;
  column: number;
  offset: number;
}

/**
 * Knows the line and column of every offset by walking the text once, deliberately not the way the
 * core computes them (a binary search over line starts), so that the two can disagree.
 */
export class PositionOracle {
  private readonly lineOfOffset: Int32Array;
  private readonly columnOfOffset: Int32Array;
  /** Offset where each line starts, index 0 for line 1. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    this.lineOfOffset = new Int32Array(text.length + 1);
    this.columnOfOffset = new Int32Array(text.length + 1);
    let line = 1;
    let column = 1;
    for (let offset = 0; offset <= text.length; offset++) {
      this.lineOfOffset[offset] = line;
      this.columnOfOffset[offset] = column;
      const char = text[offset];
      const endsLine = char === '\n' || (char === '\r' && text[offset + 1] !== '\n');
      if (endsLine) {
        line++;
        column = 1;
        this.starts.push(offset + 1);
      } else {
        column++;
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line and column of an offset. */
  positionOf(offset: number): { line: number; column: number } {
    return { line: this.lineOfOffset[offset], column: this.columnOfOffset[offset] };
  }

  assertPosition(position: Position, label: string): void {
    const { line, column, offset } = position;
    if (![line, column, offset].every(Number.isInteger)) throw new Error(`${label}: non-integer position ${JSON.stringify(position)}`);
    if (offset < 0 || offset > this.text.length) throw new Error(`${label}: offset ${offset} outside the text (length ${this.text.length})`);
    const expected = this.positionOf(offset);
    if (expected.line !== line || expected.column !== column) {
      throw new Error(`${label}: offset ${offset} is line ${expected.line} column ${expected.column}, reported as line ${line} column ${column}`);
    }
  }

  assertRange(range: { start: Position; end: Position }, label: string): void {
    this.assertPosition(range.start, `${label} start`);
    this.assertPosition(range.end, `${label} end`);
    if (range.start.offset > range.end.offset) {
      throw new Error(`${label}: start ${range.start.offset} after end ${range.end.offset}`);
    }
  }

  /** A line/column pair without an offset, as in problems and related passages: both inside the text. */
  assertLineColumn(line: number, column: number, label: string): void {
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) {
      throw new Error(`${label}: invalid line ${line} column ${column}`);
    }
    if (line > this.lineCount) throw new Error(`${label}: line ${line} beyond the last line ${this.lineCount}`);
    const lineStart = this.starts[line - 1];
    // Lenient by the line break: an end column may stand just past the last character.
    const lineEnd = line < this.lineCount ? this.starts[line] : this.text.length;
    if (lineStart + column - 1 > lineEnd) {
      throw new Error(`${label}: column ${column} beyond the end of line ${line} (${lineEnd - lineStart} code units)`);
    }
  }

  assertLineColumnSpan(span: { line: number; column: number; endLine: number; endColumn: number }, label: string): void {
    this.assertLineColumn(span.line, span.column, `${label} start`);
    this.assertLineColumn(span.endLine, span.endColumn, `${label} end`);
    if (span.endLine < span.line || (span.endLine === span.line && span.endColumn < span.column)) {
      throw new Error(`${label}: end ${span.endLine}:${span.endColumn} before start ${span.line}:${span.column}`);
    }
  }
}

/** Oracles for several files by name, built on first use. */
export class FileOracles {
  private readonly oracles = new Map<string, PositionOracle>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  get(file: string, label: string): PositionOracle {
    let oracle = this.oracles.get(file);
    if (!oracle) {
      const text = this.texts.get(file);
      if (text === undefined) throw new Error(`${label}: unknown file ${JSON.stringify(file)}`);
      oracle = new PositionOracle(text);
      this.oracles.set(file, oracle);
    }
    return oracle;
  }
}

/** Every finding of a draft, its fixes and its cited passages lie inside their texts. */
export function assertFindingsInside(text: string, findings: Finding[], sourceOracles: FileOracles): void {
  const draft = new PositionOracle(text);
  for (const [index, finding] of findings.entries()) {
    const label = `finding ${index} (${finding.code}: ${finding.message.slice(0, 100)})`;
    assert.ok(FINDING_CODES.includes(finding.code), `${label}: unknown code`);
    assert.ok(finding.message.trim().length > 0, `${label}: empty message`);
    draft.assertRange(finding.range, label);
    for (const [fixIndex, fix] of finding.fixes.entries()) {
      assert.equal(typeof fix.replacement, 'string', `${label} fix ${fixIndex}: replacement is not text`);
      if (fix.range) draft.assertRange(fix.range, `${label} fix ${fixIndex}`);
    }
    for (const [relatedIndex, related] of finding.related.entries()) {
      const relatedLabel = `${label} related ${relatedIndex}`;
      sourceOracles.get(related.file, relatedLabel).assertLineColumnSpan(related, relatedLabel);
    }
  }
}

/** The findings honour the options: disabled codes and codes set off are absent, severities as set, no more than maxFindings. */
export function assertOptionsObeyed(findings: Finding[], options: CheckOptions): void {
  for (const finding of findings) {
    assert.ok(!options.disable?.includes(finding.code), `a disabled ${finding.code} was reported`);
    const severity = options.severity?.[finding.code];
    assert.notEqual(severity, 'off', `${finding.code} is off but was reported`);
    if (severity) assert.equal(finding.severity, severity, `${finding.code} reported as ${finding.severity}, not ${severity}`);
  }
  if (options.maxFindings !== undefined && options.maxFindings >= 0) {
    assert.ok(findings.length <= options.maxFindings, `${findings.length} findings, more than maxFindings ${options.maxFindings}`);
  }
}
