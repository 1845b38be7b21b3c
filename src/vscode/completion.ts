// Completion: actor names as the user types a capitalised word, source ids after "[@".
import * as vscode from 'vscode';
import { completionContextAt, nameCompletions, sourceCompletions } from '../core/editor/completion';
import type { ActorType } from '../core/factbase/types';
import { draftSelector } from './drafts';
import { guarded } from './log';
import type { CrosscheckWorkspace } from './workspace';

const kinds: Record<ActorType, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  organisation: vscode.CompletionItemKind.Module,
  place: vscode.CompletionItemKind.Reference,
};

export function registerCompletion(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    draftSelector,
    {
      provideCompletionItems: guarded('Completion', async (document: vscode.TextDocument, position: vscode.Position) => {
        const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
        const context = completionContextAt(linePrefix);
        if (!context) return undefined;
        const { factBase } = (await workspace.contextFor(document.uri)).loaded;
        if (context.kind === 'citation') {
          const range = new vscode.Range(position.line, context.start, position.line, position.character);
          return sourceCompletions(factBase, context.prefix).map((source) => {
            const item = new vscode.CompletionItem({ label: source.id, description: source.title }, vscode.CompletionItemKind.Reference);
            item.detail = source.title;
            item.documentation = source.detail || undefined;
            item.range = range;
            return item;
          });
        }
        const { start, items } = nameCompletions(factBase, context.prefix);
        const range = new vscode.Range(position.line, context.start + start, position.line, position.character);
        return items.map((name, index) => {
          const item = new vscode.CompletionItem(name.label, kinds[name.actorType]);
          item.detail = name.detail;
          item.range = range;
          item.sortText = String(index).padStart(4, '0');
          item.preselect = index === 0;
          return item;
        });
      }),
    },
    '@',
  );
}
