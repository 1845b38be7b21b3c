// Find all references: where the sources and the workspace's drafts name an actor or cite a source.
import * as vscode from 'vscode';
import { symbolAt } from '../core/editor/lookup';
import { LineIndex } from '../core/text/lines';
import { actorMentions, actorMentionsInSources, sourceCitations, type TextSpan } from '../core/editor/references';
import { draftSelector } from './drafts';
import { scanOf } from './scans';
import { editorRange } from './locations';
import { guarded } from './log';
import { readText } from './workspaceFiles';
import type { CrosscheckWorkspace } from './workspace';

export const draftGlob = '**/*.{md,markdown}';
export const excludedGlob = '**/{node_modules,.git,.vscode-test}/**';

export function registerReferences(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(draftSelector, {
    provideReferences: guarded('Find references', async (document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken) => {
      const { factBase } = (await workspace.contextFor(document.uri)).loaded;
      const symbol = symbolAt(factBase, document.getText(), document.offsetAt(position), scanOf(document));
      if (symbol?.kind === 'actor') {
        const inSources = actorMentionsInSources(factBase, symbol.actor.id).map(
          (span) => new vscode.Location(vscode.Uri.parse(span.file), editorRange(span.line, span.column, span.endLine, span.endColumn)),
        );
        return [...inSources, ...(await inDrafts(document, token, (text) => actorMentions(factBase, text, symbol.actor.id)))];
      }
      if (symbol?.kind === 'citation') {
        const source = factBase.sources.get(symbol.sourceId);
        const sourceLocation = source ? [new vscode.Location(vscode.Uri.parse(source.resolvedFile), new vscode.Position(0, 0))] : [];
        return [...sourceLocation, ...(await inDrafts(document, token, (text) => sourceCitations(text, symbol.sourceId)))];
      }
      return undefined;
    }),
  });
}

/** The spans found in every draft of the workspace (and in this document, saved or not). */
async function inDrafts(current: vscode.TextDocument, token: vscode.CancellationToken, find: (text: string) => TextSpan[]): Promise<vscode.Location[]> {
  const files = await vscode.workspace.findFiles(draftGlob, excludedGlob, undefined, token);
  if (!files.some((file) => file.toString() === current.uri.toString())) files.push(current.uri);
  const locations: vscode.Location[] = [];
  for (const file of files) {
    if (token.isCancellationRequested) break;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
    const text = open ? open.getText() : await readText(file);
    if (text === undefined) continue;
    const lines = new LineIndex(text);
    for (const span of find(text)) {
      const start = lines.position(span.start);
      const end = lines.position(span.end);
      locations.push(new vscode.Location(file, editorRange(start.line, start.column, end.line, end.column)));
    }
  }
  return locations;
}
