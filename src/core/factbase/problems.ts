import type { FileRange, Problem, ProblemSeverity } from './types';

export type ProblemCode =
  | 'file-too-large'
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'yaml-alias'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'invalid-date'
  | 'source-unreadable'
  | 'source-outside'
  | 'invalid-utf8'
  | 'quote-not-found'
  | 'shared-spelling'
  | 'duplicate-spelling'
  | 'uses-count'
  | 'unused-spelling';

/** Collects the problems found while loading, each tied to a stretch of a fact base file. */
export class ProblemSink {
  readonly problems: Problem[] = [];

  report(severity: ProblemSeverity, code: ProblemCode, at: FileRange, message: string): void {
    this.problems.push({
      file: at.file,
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column,
      severity,
      code,
      message,
    });
  }

  error(code: ProblemCode, at: FileRange, message: string): void {
    this.report('error', code, at, message);
  }

  warning(code: ProblemCode, at: FileRange, message: string): void {
    this.report('warning', code, at, message);
  }
}

/** "facts.yaml:12:5", for messages that point at another entry. */
export function describeLocation(at: FileRange): string {
  return `${at.file}:${at.start.line}:${at.start.column}`;
}
