// Symbols: the actors and events a draft mentions in its Outline and breadcrumbs, and the fact
// bases' actors in Go to Symbol in Workspace.
import * as vscode from 'vscode';
import { actorSymbols, draftSymbols, type DraftSymbol } from '../core/editor/symbols';
import type { ActorType } from '../core/factbase/types';
import type { DraftDiagnostics } from './diagnostics';
import { draftSelector } from './drafts';
import { fileRangeLocation } from './locations';
import { guarded } from './log';
import { scanOf } from './scans';
import type { CrosscheckWorkspace } from './workspace';

const kinds: Record<ActorType | 'event', vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organisation: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Field,
  event: vscode.SymbolKind.Event,
};

export function registerSymbols(workspace: CrosscheckWorkspace, diagnostics: DraftDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(
      draftSelector,
      {
        provideDocumentSymbols: guarded('Document symbols', async (document: vscode.TextDocument, token: vscode.CancellationToken) => {
          const { factBase } = (await workspace.contextFor(document.uri)).loaded;
          if (token.isCancellationRequested) return undefined;
          const { actors, events } = draftSymbols(factBase, document.getText(), diagnostics.findingsOf(document.uri), scanOf(document));
          return [group(document, 'Actors', vscode.SymbolKind.Namespace, actors), group(document, 'Events', vscode.SymbolKind.Namespace, events)].filter((each) => each !== undefined);
        }),
      },
      { label: 'Crosscheck' },
    ),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: guarded('Workspace symbols', async (query: string, token: vscode.CancellationToken) => {
        const symbols: vscode.SymbolInformation[] = [];
        const seen = new Set<string>();
        // The first folder's fact base at least, when no draft has had one loaded yet.
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (folder) await workspace.contextFor(folder.uri);
        for (const { factBase } of await workspace.store.loaded()) {
          if (token.isCancellationRequested) break;
          for (const actor of actorSymbols(factBase, query)) {
            const location = fileRangeLocation(actor.at);
            const key = `${location.uri.toString()}#${actor.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            symbols.push(new vscode.SymbolInformation(actor.name, kinds[actor.type], actor.description ? `${actor.type} · ${actor.description}` : actor.type, location));
          }
        }
        return symbols;
      }),
    }),
  );
}

/** A symbol holding the others, over the stretch from the first to the last; undefined when there are none. */
function group(document: vscode.TextDocument, name: string, kind: vscode.SymbolKind, members: DraftSymbol[]): vscode.DocumentSymbol | undefined {
  if (members.length === 0) return undefined;
  const children = members.map((member) => {
    const range = new vscode.Range(document.positionAt(member.start), document.positionAt(member.end));
    return new vscode.DocumentSymbol(member.name, member.detail, kinds[member.kind], range, range);
  });
  const range = children.reduce((all, child) => all.union(child.range), children[0]!.range);
  const symbol = new vscode.DocumentSymbol(name, `${members.length}`, kind, range, children[0]!.selectionRange);
  symbol.children = children;
  return symbol;
}
