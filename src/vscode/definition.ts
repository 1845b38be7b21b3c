// Go to definition: an actor's entry in the fact base, a cited source's document.
import * as vscode from 'vscode';
import { symbolAt } from '../core/editor/lookup';
import { draftSelector } from './drafts';
import { scanOf } from './scans';
import { fileRangeLocation } from './locations';
import { guarded } from './log';
import type { CrosscheckWorkspace } from './workspace';

export function registerDefinition(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(draftSelector, {
    provideDefinition: guarded('Go to definition', async (document: vscode.TextDocument, position: vscode.Position) => {
      const { factBase } = (await workspace.contextFor(document.uri)).loaded;
      const symbol = symbolAt(factBase, document.getText(), document.offsetAt(position), scanOf(document));
      if (symbol?.kind === 'actor') return fileRangeLocation(symbol.actor.at);
      if (symbol?.kind === 'citation') {
        const source = factBase.sources.get(symbol.sourceId);
        return source && new vscode.Location(vscode.Uri.parse(source.resolvedFile), new vscode.Position(0, 0));
      }
      return undefined;
    }),
  });
}
