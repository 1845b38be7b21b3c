// Fact base and configuration problems shown as diagnostics in the files that have them.
import * as vscode from 'vscode';
import type { Problem, ProblemSeverity } from '../core/factbase/types';

const severities: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function problemDiagnostic(problem: Problem): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(problem.line - 1, 0), Math.max(problem.column - 1, 0));
  const end = new vscode.Position(Math.max(problem.endLine - 1, 0), Math.max(problem.endColumn - 1, 0));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end.isBefore(start) ? start : end), problem.message, severities[problem.severity]);
  diagnostic.source = 'crosscheck';
  diagnostic.code = problem.code;
  return diagnostic;
}
