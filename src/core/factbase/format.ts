import type { Problem } from './types';

/** One diagnostic as compilers print it: "file:line:col: severity: message [code]". */
export function formatDiagnostic(file: string, line: number, column: number, severity: string, message: string, code: string): string {
  return `${file}:${line}:${column}: ${severity}: ${message} [${code}]`;
}

export function formatProblem(problem: Problem): string {
  return formatDiagnostic(problem.file, problem.line, problem.column, problem.severity, problem.message, problem.code);
}

/** How many problems of a severity there are, counting those a listed problem stands for. */
export function countProblems(problems: readonly Problem[], severity: Problem['severity']): number {
  let count = 0;
  for (const problem of problems) if (problem.severity === severity) count += problem.unlisted ?? 1;
  return count;
}
