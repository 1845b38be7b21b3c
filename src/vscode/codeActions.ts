// Quick fixes: each fix the checker offers, "Fix all <code> in this file", "Ignore here", and the
// source.fixAll.crosscheck action run on save when the user asks for it.
import * as vscode from 'vscode';
import type { Finding, FindingCode, Fix } from '../core/check/types';
import { fixAllReplacements, type Replacement } from '../core/editor/fixAll';
import { ignoreInsertions } from '../core/editor/ignore';
import { findingOf, type DraftDiagnostics } from './diagnostics';
import { draftSelector } from './drafts';
import { editorRange } from './locations';
import { guarded } from './log';

const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('crosscheck');

export function registerCodeActions(diagnostics: DraftDiagnostics): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    draftSelector,
    {
      provideCodeActions: guarded('Quick fixes', (document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext) => {
        const findings = diagnostics.findingsOf(document.uri);
        const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
        const actions: vscode.CodeAction[] = [];
        if (wants(vscode.CodeActionKind.QuickFix)) actions.push(...quickFixes(document, findings, diagnostics.diagnosticsAt(document.uri, range)));
        if (wants(fixAllKind) && findings.some((finding) => finding.fixes.length > 0)) actions.push(fixAllAction(document, findings, undefined, fixAllKind));
        return actions;
      }),
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind] },
  );
}

function quickFixes(document: vscode.TextDocument, findings: Finding[], diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const fixAllOffered = new Set<FindingCode>();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(findings, diagnostic);
    if (!finding) continue;
    actions.push(...fixActions(document, finding, diagnostic));
    const fixableOfCode = findings.filter((other) => other.code === finding.code && other.fixes.length > 0).length;
    if (fixableOfCode > 1 && !fixAllOffered.has(finding.code)) {
      fixAllOffered.add(finding.code);
      actions.push(fixAllAction(document, findings, finding.code, vscode.CodeActionKind.QuickFix));
    }
    actions.push(ignoreAction(document, finding, diagnostic, findings));
  }
  return actions;
}

function fixActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return finding.fixes.map((fix, index) => {
    const action = new vscode.CodeAction(fixTitle(fix), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, rangeOf(fix.range ?? finding.range), fix.replacement);
    action.diagnostics = [diagnostic];
    action.isPreferred = index === 0;
    return action;
  });
}

/** "Replace with “…”", keeping the checker's explanation of why, when it gives one. */
function fixTitle(fix: Fix): string {
  const why = /\s(\([^()]*\))$/.exec(fix.title)?.[1];
  return `Replace with “${fix.replacement}”${why ? ` ${why}` : ''}`;
}

function fixAllAction(document: vscode.TextDocument, findings: Finding[], code: FindingCode | undefined, kind: vscode.CodeActionKind): vscode.CodeAction {
  const title = code ? `Fix all ${code} in this file` : 'Fix all Crosscheck findings in this file';
  const action = new vscode.CodeAction(title, kind);
  action.edit = new vscode.WorkspaceEdit();
  for (const replacement of fixAllReplacements(findings, code)) action.edit.replace(document.uri, rangeOf(replacement.range), replacement.text);
  return action;
}

function ignoreAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, findings: Finding[]): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore ${finding.code} here`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const words = findings.map(({ range }) => ({ start: range.start.offset, end: range.end.offset }));
  for (const insertion of ignoreInsertions(document.getText(), finding.range.start, [finding.code], words)) {
    action.edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
  }
  action.diagnostics = [diagnostic];
  return action;
}

function rangeOf(range: Replacement['range']): vscode.Range {
  return editorRange(range.start.line, range.start.column, range.end.line, range.end.column);
}
