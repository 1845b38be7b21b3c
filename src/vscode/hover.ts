// Hover: what the sources say about the actor, date or source under the pointer.
import * as vscode from 'vscode';
import { describeActor, describeDate, describeSource, describeUnknownSource } from '../core/editor/describe';
import { symbolAt } from '../core/editor/lookup';
import { revealActorCommand, revealActorLink } from './actorsView';
import { draftSelector } from './drafts';
import { scanOf } from './scans';
import { fileLink, openPassageCommand, passageLink } from './locations';
import { guarded } from './log';
import type { CrosscheckWorkspace } from './workspace';

export function registerHover(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.languages.registerHoverProvider(draftSelector, {
    provideHover: guarded('Hover', async (document: vscode.TextDocument, position: vscode.Position) => {
      const { loaded } = await workspace.contextFor(document.uri);
      const { factBase } = loaded;
      const symbol = symbolAt(factBase, document.getText(), document.offsetAt(position), scanOf(document));
      if (!symbol) return undefined;
      let text: string | undefined;
      if (symbol.kind === 'actor') text = describeActor(factBase, symbol.actor, passageLink, { reveal: revealActorLink(symbol.actor.id), written: symbol.spelling });
      else if (symbol.kind === 'date') text = describeDate(factBase, symbol.date, passageLink);
      else {
        const source = factBase.sources.get(symbol.sourceId);
        text = source ? describeSource(source, fileLink(source.resolvedFile)) : describeUnknownSource(symbol.sourceId, factBase);
      }
      if (!text) return undefined;
      const markdown = new vscode.MarkdownString(text);
      markdown.isTrusted = { enabledCommands: [openPassageCommand, revealActorCommand] };
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(symbol.start), document.positionAt(symbol.end)));
    }),
  });
}
