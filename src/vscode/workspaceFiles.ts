// Reads files through vscode.workspace.fs, so Crosscheck works in virtual workspaces and on the web;
// a Node extension host reads its own disk's files directly.
import * as vscode from 'vscode';
import type { FileReader } from '../core/factbase/types';

/** Set by esbuild.js: true in the bundle for Node extension hosts, false in the web one. */
declare const NODE_EXTENSION_HOST: boolean;

const utf8 = new TextDecoder('utf-8');

/**
 * A file's bytes. Through workspace.fs each read is a round trip to the window, which answers slowly
 * while the workbench is still starting: the first check would wait hundreds of milliseconds on it.
 */
async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (NODE_EXTENSION_HOST && uri.scheme === 'file') {
    const { readFile } = await import('node:fs/promises');
    return readFile(uri.fsPath);
  }
  return vscode.workspace.fs.readFile(uri);
}

/** The text of a file, preferring an open editor's unsaved buffer; undefined when it cannot be read. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openText(uri);
  if (open !== undefined) return open;
  try {
    return utf8.decode(await readBytes(uri));
  } catch {
    return undefined;
  }
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
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    try {
      return { text: utf8.decode(readFileSync(uri.fsPath)) };
    } catch {
      return { text: undefined };
    }
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

/** The loader's view of the workspace: file names are URI strings. */
export const workspaceFileReader: FileReader = {
  resolve: (fromFile, relativePath) => resolveUri(vscode.Uri.parse(fromFile), relativePath).toString(),
  read: (file) => readText(vscode.Uri.parse(file)),
};
