// Places in fact base and source files, as the editor knows them.
import * as vscode from 'vscode';
import type { Evidence, FileRange } from '../core/factbase/types';
import { crosscheckLog, registerGuardedCommand } from './log';
import type { CrosscheckWorkspace } from './workspace';

export const openPassageCommand = 'crosscheck.openPassage';

/** A 1-based line/column stretch as an editor range. */
export function editorRange(startLine: number, startColumn: number, endLine: number, endColumn: number): vscode.Range {
  return new vscode.Range(Math.max(startLine - 1, 0), Math.max(startColumn - 1, 0), Math.max(endLine - 1, 0), Math.max(endColumn - 1, 0));
}

export function fileRangeLocation(range: FileRange): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(range.file), editorRange(range.start.line, range.start.column, range.end.line, range.end.column));
}

/** A command link that opens a source document with the quoted passage selected. */
export function passageLink(evidence: Evidence): string | undefined {
  const passage = evidence.passage;
  if (!passage) return undefined;
  const args = [passage.file, passage.start.line, passage.start.column, passage.end.line, passage.end.column];
  return `command:${openPassageCommand}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A link that opens a whole file. */
export function fileLink(file: string): string {
  return `command:${openPassageCommand}?${encodeURIComponent(JSON.stringify([file, 1, 1, 1, 1]))}`;
}

/**
 * Opens a passage of a source document. Hovers link to it with their arguments in the link, so it
 * opens only a source of a fact base in use, at a whole-number place: a link the hover did not make
 * can open nothing else.
 */
export function registerOpenPassage(workspace: CrosscheckWorkspace): vscode.Disposable {
  return registerGuardedCommand(openPassageCommand, 'Opening a source passage', async (...args: unknown[]) => {
    const [file, ...place] = args;
    const isPlace = place.length === 4 && place.every((value) => Number.isInteger(value) && (value as number) >= 1);
    if (typeof file !== 'string' || !isPlace || !(await isSourceInUse(workspace, file))) {
      crosscheckLog().warn(`${openPassageCommand}: refused to open ${JSON.stringify(args).slice(0, 200)}: not a passage of a source in use`);
      return;
    }
    const [startLine, startColumn, endLine, endColumn] = place as number[];
    const selection = editorRange(startLine!, startColumn!, endLine!, endColumn!);
    await vscode.window.showTextDocument(vscode.Uri.parse(file), { selection, preview: true });
  });
}

async function isSourceInUse(workspace: CrosscheckWorkspace, file: string): Promise<boolean> {
  return (await workspace.store.withSource(file)) !== undefined;
}
