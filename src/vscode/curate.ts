// In a source document of a fact base, what a selection may become: a spelling of an actor,
// evidence for an actor or an event, or a new actor. Each writes into the fact base file through an
// edit the user sees (and may undo), with the verbatim quote and the uses `validate` counts.
import * as vscode from 'vscode';
import { actorIdFor, actorInsertion, evidenceInsertion, spellingInsertion, usesOfSpelling, type Insertion } from '../core/factbase/curate';
import { formatPartialDate } from '../core/factbase/dates';
import type { ActorType, FactBase, SourceDocument } from '../core/factbase/types';
import type { LoadedFactBase } from './factBases';
import { guarded, registerGuardedCommand } from './log';
import type { CrosscheckWorkspace } from './workspace';

/** The longest selection offered as a spelling or a quote. */
const MAX_SELECTION = 400;

interface SourceOfFactBase {
  loaded: LoadedFactBase;
  source: SourceDocument;
}

export function registerCuration(workspace: CrosscheckWorkspace): vscode.Disposable {
  const sourceOf = (uri: vscode.Uri): Promise<SourceOfFactBase | undefined> => workspace.store.withSource(uri.toString());
  const selectionOf = (document: vscode.TextDocument, range: vscode.Range) => document.getText(range).replace(/\s+/g, ' ').trim();
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }],
      {
        provideCodeActions: guarded('Offering to curate the fact base', async (document: vscode.TextDocument, range: vscode.Range | vscode.Selection, _context: vscode.CodeActionContext, token: vscode.CancellationToken) => {
          if (range.isEmpty || document.offsetAt(range.end) - document.offsetAt(range.start) > MAX_SELECTION) return [];
          const found = await sourceOf(document.uri);
          const text = selectionOf(document, range);
          if (!found || token.isCancellationRequested || !/[\p{L}\p{N}]/u.test(text)) return [];
          const action = (title: string, command: string) => {
            const each = new vscode.CodeAction(title, vscode.CodeActionKind.Refactor.append('crosscheck'));
            each.command = { title, command, arguments: [document.uri, text] };
            return each;
          };
          const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
          return [
            action(`Add “${short}” as a spelling of…`, 'crosscheck.addSpelling'),
            action(`Add “${short}” as evidence for…`, 'crosscheck.addEvidence'),
            action(`New actor from “${short}”…`, 'crosscheck.newActor'),
          ];
        }),
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.Refactor.append('crosscheck')] },
    ),
    registerGuardedCommand('crosscheck.addSpelling', 'Adding a spelling', async (uri?: unknown, text?: unknown, actorId?: unknown) => {
      const found = await curationTarget(sourceOf, uri, text);
      if (!found) return undefined;
      const actor = typeof actorId === 'string' ? found.loaded.factBase.actors.get(actorId) : await pickActor(found.loaded.factBase, `Actor that “${found.text}” is a spelling of`);
      if (!actor) return undefined;
      const kind = found.text.split(' ').length === 1 || actor.shortForms.some((form) => found.text.endsWith(form.text)) ? 'short' : 'full';
      return insertInto(vscode.Uri.parse(actor.at.file), (yaml) => spellingInsertion(yaml, actor.id, kind, found.text, usesOfSpelling(found.loaded.factBase, actor.id, found.text)));
    }),
    registerGuardedCommand('crosscheck.addEvidence', 'Adding evidence', async (uri?: unknown, text?: unknown, targetId?: unknown) => {
      const found = await curationTarget(sourceOf, uri, text);
      if (!found) return undefined;
      const { factBase } = found.loaded;
      const target = typeof targetId === 'string' ? targetById(factBase, targetId) : await pickTarget(factBase, `What “${found.text}” is evidence for`);
      if (!target) return undefined;
      return insertInto(vscode.Uri.parse(target.file), (yaml) => evidenceInsertion(yaml, { list: target.list, id: target.id }, found.source.id, found.text));
    }),
    registerGuardedCommand('crosscheck.newActor', 'Adding an actor', async (uri?: unknown, text?: unknown, typeGiven?: unknown) => {
      const found = await curationTarget(sourceOf, uri, text);
      if (!found) return undefined;
      const type = isActorType(typeGiven) ? typeGiven : await pickType(found.text);
      if (!type) return undefined;
      const { factBase } = found.loaded;
      const id = actorIdFor(found.text, (taken) => factBase.actors.has(taken) || factBase.events.has(taken) || factBase.sources.has(taken));
      const file = found.loaded.files[0]!;
      return insertInto(file, (yaml) => actorInsertion(yaml, { id, type, name: found.text, uses: usesOfSpelling(factBase, id, found.text), sourceId: found.source.id, quote: found.text }));
    }),
  );
}

/** The source and the selected words: as the code action passes them, else the active editor's selection. */
async function curationTarget(sourceOf: (uri: vscode.Uri) => Promise<SourceOfFactBase | undefined>, uri: unknown, text: unknown): Promise<(SourceOfFactBase & { text: string }) | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!(uri instanceof vscode.Uri) && editor && !editor.selection.isEmpty) {
    uri = editor.document.uri;
    text = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  }
  if (!(uri instanceof vscode.Uri) || typeof text !== 'string' || text === '') return undefined;
  const found = await sourceOf(uri);
  if (!found) void vscode.window.showWarningMessage('Crosscheck: this document is no source of a fact base in use.');
  return found && { ...found, text };
}

/** Makes the insertion in the fact base file as an edit of its document, shown at the insertion; the file the user saves. */
async function insertInto(file: vscode.Uri, insertion: (yaml: string) => Insertion | undefined): Promise<vscode.Uri | undefined> {
  const document = await vscode.workspace.openTextDocument(file);
  const made = insertion(document.getText());
  if (!made) {
    void vscode.window.showWarningMessage(`Crosscheck: ${vscode.workspace.asRelativePath(file)} has no list to add to there.`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const at = document.positionAt(made.offset);
  edit.insert(file, at, made.text);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const end = document.positionAt(made.offset + made.text.length);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, end), preview: false });
  return file;
}

interface Target {
  list: 'actors' | 'events';
  id: string;
  file: string;
}

function targetById(factBase: FactBase, id: string): Target | undefined {
  const actor = factBase.actors.get(id);
  if (actor) return { list: 'actors', id, file: actor.at.file };
  const event = factBase.events.get(id);
  return event && { list: 'events', id, file: event.at.file };
}

async function pickActor(factBase: FactBase, placeHolder: string) {
  const items = [...factBase.actors.values()].sort((a, b) => a.name.localeCompare(b.name)).map((actor) => ({ label: actor.name, description: actor.type, detail: actor.description, actor }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.actor;
}

async function pickTarget(factBase: FactBase, placeHolder: string): Promise<Target | undefined> {
  const items = [
    ...[...factBase.actors.values()].map((actor) => ({ label: actor.name, description: actor.type, detail: actor.description, target: { list: 'actors' as const, id: actor.id, file: actor.at.file } })),
    ...[...factBase.events.values()].map((event) => ({ label: event.name, description: 'event', detail: event.date ? formatPartialDate(event.date) : undefined, target: { list: 'events' as const, id: event.id, file: event.at.file } })),
  ].sort((a, b) => a.label.localeCompare(b.label));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.target;
}

async function pickType(name: string): Promise<ActorType | undefined> {
  const picked = await vscode.window.showQuickPick(
    (['person', 'organisation', 'place'] as const).map((type) => ({ label: type, type })),
    { placeHolder: `What “${name}” is` },
  );
  return picked?.type;
}

function isActorType(value: unknown): value is ActorType {
  return value === 'person' || value === 'organisation' || value === 'place';
}
