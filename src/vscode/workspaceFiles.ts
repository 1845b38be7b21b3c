// Reads files through vscode.workspace.fs, so Crosscheck works in virtual workspaces and on the web;
// a Node extension host reads its own disk's files directly. Either way only regular files are read,
// and none larger than MAX_FILE_BYTES: a path naming a device or a pipe is refused unread.
import * as vscode from 'vscode';
import { MAX_FILE_BYTES, tooLargeToRead } from '../core/factbase/load';
import type { FileReader, ReadRefusal } from '../core/factbase/types';
import { decodeUtf8, type DecodedText } from '../core/text/utf8';

/** Set by esbuild.js: true in the bundle for Node extension hosts, false in the web one. */
declare const NODE_EXTENSION_HOST: boolean;

/** The Node reader, required only where NODE_EXTENSION_HOST holds: the web bundle leaves it out. */
type NodeFiles = typeof import('../node/regular-files');

/**
 * A file's bytes through workspace.fs. Each read is a round trip to the window, which answers slowly
 * while the workbench is still starting: a Node extension host reads its own disk's files directly.
 */
async function readThroughWorkspace(uri: vscode.Uri): Promise<DecodedText | ReadRefusal> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) return { refused: stat.type & vscode.FileType.Directory ? 'it is a folder' : 'not a regular file' };
    if (stat.size > MAX_FILE_BYTES) return tooLargeToRead(stat.size);
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length > MAX_FILE_BYTES ? tooLargeToRead(bytes.length) : decodeUtf8(bytes);
  } catch (error) {
    return { refused: error instanceof vscode.FileSystemError ? error.code : String(error) };
  }
}

/** The text of a file, preferring an open editor's unsaved buffer, or why it was not read. */
export async function readFile(uri: vscode.Uri): Promise<DecodedText | ReadRefusal> {
  const open = openText(uri);
  if (open !== undefined) return { text: open };
  if (NODE_EXTENSION_HOST && uri.scheme === 'file') return (require('../node/regular-files') as NodeFiles).readRegularFile(uri.fsPath, MAX_FILE_BYTES);
  return readThroughWorkspace(uri);
}

/** The text of a file, preferring an open editor's unsaved buffer; undefined when it cannot be read. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const read = await readFile(uri);
  return 'text' in read ? read.text : undefined;
}

/**
 * `readText` without waiting on anything: possible for open editors and, in a Node extension host,
 * for files on its own disk. `undefined` when the file can only be read asynchronously; `{ text:
 * undefined }` when it cannot be read at all. The first check of a draft needs its folder's small
 * .crosscheck.yaml, and a read that waits for the event loop waits behind every other extension starting.
 */
export function readTextAtOnce(uri: vscode.Uri): { text: string | undefined } | undefined {
  const open = openText(uri);
  if (open !== undefined) return { text: open };
  if (NODE_EXTENSION_HOST && uri.scheme === 'file') {
    const read = (require('../node/regular-files') as NodeFiles).readRegularFileSync(uri.fsPath, MAX_FILE_BYTES);
    return { text: 'text' in read ? read.text : undefined };
  }
  return undefined;
}

function openText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key)?.getText();
}

/** Resolves a path written in a file relative to that file; absolute paths and URIs stand as they are. */
export function resolveUri(fromFile: vscode.Uri, relativePath: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(relativePath)) return vscode.Uri.parse(relativePath);
  if (/^([a-zA-Z]:)?[\\/]/.test(relativePath)) {
    return fromFile.scheme === 'file' ? vscode.Uri.file(relativePath) : fromFile.with({ path: relativePath });
  }
  return vscode.Uri.joinPath(fromFile, '..', relativePath);
}

/**
 * The loader's view of the workspace: file names are URI strings. Sources may lie in their fact base
 * file's folder or in a workspace folder; on a Node host's disk, symbolic links are resolved first.
 */
export const workspaceFileReader: FileReader = {
  resolve: (fromFile, relativePath) => resolveUri(vscode.Uri.parse(fromFile), relativePath).toString(),
  read: (file) => readFile(vscode.Uri.parse(file)),
  get roots() {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  },
  realPath: async (file) => {
    const uri = vscode.Uri.parse(file);
    if (NODE_EXTENSION_HOST && uri.scheme === 'file') {
      const real = await (require('../node/regular-files') as NodeFiles).realPathOf(uri.fsPath);
      return real === undefined ? undefined : vscode.Uri.file(real).toString();
    }
    return file;
  },
};
