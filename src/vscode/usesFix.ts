// In a fact base file, the quick fix for uses counts that differ from the sources: every spelling's
// uses in the file set to the counts its sources have, the rest of the file left as it is written.
import * as vscode from 'vscode';
import { usesEdits } from '../core/factbase/fix-uses';
import { guarded } from './log';
import type { CrosscheckWorkspace } from './workspace';

const USES_CODES = new Set(['uses-count', 'unused-spelling']);

export function registerUsesFix(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    [{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }],
    {
      provideCodeActions: guarded('Fixing uses counts', async (document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken) => {
        const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === 'crosscheck' && USES_CODES.has(String(diagnostic.code)));
        if (diagnostics.length === 0) return [];
        const file = document.uri.toString();
        const loaded = await workspace.store.loadedFrom(document.uri);
        if (!loaded || token.isCancellationRequested) return [];
        const edits = usesEdits(document.getText(), file, loaded.factBase);
        if (edits.length === 0) return [];
        const action = new vscode.CodeAction("Set every spelling's uses to the counts in the sources", vscode.CodeActionKind.QuickFix);
        action.diagnostics = diagnostics;
        action.isPreferred = true;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.replacement);
        return [action];
      }),
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
