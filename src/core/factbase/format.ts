import type { Problem } from './types';

/** One diagnostic as compilers print it: "file:line:col: severity: message [code]". */
export function formatDiagnostic(file: string, line: number, column: number, severity: string, message: string, code: string): string {
  return `${file}:${line}:${column}: ${severity}: ${message} [${code}]`;
}

export function formatProblem(problem: Problem): string {
  return formatDiagnostic(problem.file, problem.line, problem.column, problem.severity, problem.message, problem.code);
}
