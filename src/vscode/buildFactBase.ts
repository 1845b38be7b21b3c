// "Crosscheck: Build Fact Base from Sources…": draws a fact base from a folder's .txt and .md
// documents, with progress, writes it where the user says (replacing the file, or adding what is new
// to it and keeping its edits), opens it, and offers to check the folder's drafts against it.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config';
import { initFactBase, mergeFactBase, MergeError, type InitDocument } from '../core/init';
import { relativePath } from '../core/paths';
import { inBackground, registerGuardedCommand } from './log';
import { readFile } from './workspaceFiles';

const DOCUMENT = /\.(?:txt|md)$/i;

/** What the command did: for the tests that run it, and for whoever runs it from another command. */
export interface BuiltFactBase {
  file: vscode.Uri;
  summary: string;
  skipped: string[];
}

export function registerBuildFactBase(): vscode.Disposable {
  return registerGuardedCommand('crosscheck.buildFactBase', 'Building a fact base from sources', async (folderGiven?: unknown, outGiven?: unknown, whenExists?: unknown) => {
    const folder = folderGiven instanceof vscode.Uri ? folderGiven : await pickFolder();
    if (!folder) return undefined;
    const out = outGiven instanceof vscode.Uri ? outGiven : await pickOut(folder);
    if (!out) return undefined;
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === out.toString() && document.isDirty)) {
      void vscode.window.showWarningMessage(`Crosscheck: save ${vscode.workspace.asRelativePath(out)} first; it has changes that are not saved.`);
      return undefined;
    }
    const existing = await exists(out);
    const mode = !existing ? 'write' : whenExists === 'replace' || whenExists === 'update' ? whenExists : await askReplaceOrUpdate(out);
    if (!mode) return undefined;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Crosscheck: building the fact base', cancellable: true }, async (progress, token) => {
      const built = await build(folder, out, mode, progress, token);
      if (!built) return undefined;
      await vscode.window.showTextDocument(out);
      const skipped = built.skipped.length > 0 ? ` (${built.skipped.length} not read: ${built.skipped.slice(0, 3).join(', ')}${built.skipped.length > 3 ? '…' : ''})` : '';
      const message = `Crosscheck: ${built.summary}${skipped}. Entries marked review: true need a person's eye.`;
      const folderConfig = configOf(out);
      if (folderConfig && !(await exists(folderConfig))) {
        const use = 'Check Drafts Against It';
        inBackground('Offering the new fact base', Promise.resolve(vscode.window.showInformationMessage(message, use)).then((answer) => (answer === use ? vscode.commands.executeCommand('crosscheck.useFactBase', out) : undefined)));
      } else {
        void vscode.window.showInformationMessage(message);
      }
      return built;
    });
  });
}

/**
 * "Crosscheck: Use Fact Base for This Folder": writes a .crosscheck.yaml naming the fact base at the
 * root of its workspace folder, when the folder has none, so that its drafts are checked against it.
 */
export function registerUseFactBase(): vscode.Disposable {
  return registerGuardedCommand('crosscheck.useFactBase', 'Using the fact base for the folder', async (given?: unknown) => {
    const facts = given instanceof vscode.Uri ? given : vscode.window.activeTextEditor?.document.uri;
    const config = facts && configOf(facts);
    if (!facts || !config) {
      void vscode.window.showWarningMessage('Crosscheck: open a fact base file of a workspace folder first.');
      return undefined;
    }
    if (await exists(config)) {
      void vscode.window.showWarningMessage(`Crosscheck: ${vscode.workspace.asRelativePath(config)} exists; add ${vscode.workspace.asRelativePath(facts, false)} to its factBase: list to use it.`);
      await vscode.window.showTextDocument(config);
      return undefined;
    }
    const name = relativePath(vscode.Uri.joinPath(config, '..').toString(), facts.toString());
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(`# Drafts in this folder are checked against this fact base.\nfactBase: [${JSON.stringify(name)}]\n`));
    void vscode.window.showInformationMessage(`Crosscheck: drafts in ${vscode.workspace.getWorkspaceFolder(facts)?.name ?? 'this folder'} are now checked against ${name}.`);
    return config;
  });
}

/** The .crosscheck.yaml at the root of the workspace folder holding the file, if it is in one. */
function configOf(file: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  return folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
}

async function build(folder: vscode.Uri, out: vscode.Uri, mode: 'write' | 'replace' | 'update', progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<BuiltFactBase | undefined> {
  progress.report({ message: 'finding the documents' });
  const files = await documentsUnder(folder, token);
  const outFolder = vscode.Uri.joinPath(out, '..');
  const documents: InitDocument[] = [];
  const skipped: string[] = [];
  for (const [index, file] of files.entries()) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: `reading ${vscode.workspace.asRelativePath(file)}`, increment: 50 / files.length });
    const read = await readFile(file);
    const name = relativePath(outFolder.toString(), file.toString());
    if ('text' in read && name !== undefined) documents.push({ name, text: read.text });
    else skipped.push(`${vscode.workspace.asRelativePath(file)}: ${'refused' in read ? read.refused : 'on another drive'}`);
    if (index % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (documents.length === 0) {
    void vscode.window.showWarningMessage(`Crosscheck: no .txt or .md document could be read under ${vscode.workspace.asRelativePath(folder)}.`);
    return undefined;
  }
  const result = initFactBase(documents, (step) => progress.report({ message: step }));
  if (token.isCancellationRequested) return undefined;
  let yaml = result.yaml;
  let summary = result.summary;
  if (mode === 'update') {
    const current = await readFile(out);
    if (!('text' in current)) throw new Error(`cannot read ${out.toString()}: ${current.refused}`);
    try {
      const merged = mergeFactBase(current.text, result.factBase);
      yaml = merged.yaml;
      summary = `${result.summary}; ${merged.summary}`;
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      void vscode.window.showErrorMessage(`Crosscheck: ${vscode.workspace.asRelativePath(out)} was left as it is: ${error.message}`);
      return undefined;
    }
  }
  progress.report({ message: 'writing the fact base', increment: 50 });
  await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(yaml));
  return { file: out, summary, skipped };
}

/** The documents under a folder, sorted, without following links or entering dot-folders and node_modules. */
async function documentsUnder(folder: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (token.isCancellationRequested || type & vscode.FileType.SymbolicLink) continue;
    const entry = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) {
      if (!name.startsWith('.') && name !== 'node_modules') found.push(...(await documentsUnder(entry, token)));
    } else if (type & vscode.FileType.File && DOCUMENT.test(name)) found.push(entry);
  }
  return found.sort((a, b) => a.toString().localeCompare(b.toString()));
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Build Fact Base', title: 'Crosscheck: the folder of source documents' });
  return picked?.[0];
}

/** Where to write: facts.yaml at the root of the workspace folder holding the documents, else beside them. */
async function pickOut(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(folder)?.uri ?? folder;
  return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(root, 'facts.yaml'), filters: { 'Fact base': ['yaml', 'yml'] }, saveLabel: 'Write Fact Base', title: 'Crosscheck: the fact base file to write' });
}

async function askReplaceOrUpdate(out: vscode.Uri): Promise<'replace' | 'update' | undefined> {
  const update = 'Add What Is New';
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(out)} exists. Add what is new to it, keeping its entries, edits and comments, or replace it?`,
    { modal: true },
    update,
    replace,
  );
  return answer === update ? 'update' : answer === replace ? 'replace' : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
