// In a fact base file, hovering a quote shows the passage in its source, in context, with a link
// that opens it there.
import * as vscode from 'vscode';
import { describeQuoteInContext } from '../core/editor/describe';
import type { Evidence, FactBase } from '../core/factbase/types';
import { openPassageCommand, passageLink } from './locations';
import { guarded } from './log';
import type { CrosscheckWorkspace } from './workspace';

export function registerQuoteHover(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerHoverProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], {
    provideHover: guarded('Showing a quote in its source', async (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => {
      const file = document.uri.toString();
      const loaded = await workspace.store.loadedFrom(document.uri);
      if (!loaded || token.isCancellationRequested) return undefined;
      const line = position.line + 1;
      const column = position.character + 1;
      const evidence = evidenceOf(loaded.factBase).find(({ at }) => at.file === file && (at.start.line < line || (at.start.line === line && at.start.column <= column)) && (at.end.line > line || (at.end.line === line && at.end.column >= column)));
      if (!evidence) return undefined;
      const markdown = new vscode.MarkdownString(describeQuoteInContext(loaded.factBase, evidence, passageLink));
      markdown.isTrusted = { enabledCommands: [openPassageCommand] };
      return new vscode.Hover(markdown);
    }),
  });
}

function evidenceOf(factBase: FactBase): Evidence[] {
  const all: Evidence[] = [];
  for (const actor of factBase.actors.values()) {
    all.push(...actor.evidence);
    for (const title of actor.titles) all.push(...title.evidence);
    for (const attribute of actor.attributes) all.push(...attribute.evidence);
  }
  for (const event of factBase.events.values()) all.push(...event.evidence);
  for (const disagreement of factBase.disagreements.values()) for (const claim of disagreement.claims) all.push(...claim.evidence);
  return all;
}
