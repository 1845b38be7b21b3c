// The CLI's access to the disk: a FileReader over Node's fs and the bundled fact base.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES, type FactBaseInput, type FileReader } from '../core/factbase';
import type { DecodedText } from '../core/text/utf8';
import { isRefusal, readRegularFile, realPathOf } from '../node/regular-files';

/**
 * Reads files from the disk; paths are resolved against the folder of the file that names them.
 * Sources may lie in their fact base file's folder or under the working folder.
 */
export function nodeFileReader(): FileReader {
  return {
    resolve: (fromFile, relativePath) => path.resolve(path.dirname(fromFile), relativePath),
    read: (file) => readRegularFile(file, MAX_FILE_BYTES),
    roots: [process.cwd()],
    realPath: realPathOf,
  };
}

/**
 * The bundled `dataset/facts.yaml`: next to `dist/` when running the built `dist/cli.js`, two
 * folders up when running `src/cli/main.ts` directly.
 */
export function bundledFactBasePath(): string {
  const candidates = [path.join(__dirname, '..', 'dataset', 'facts.yaml'), path.join(__dirname, '..', '..', 'dataset', 'facts.yaml')];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

export class UnreadableFileError extends Error {}

/** A file named on the command line or in .crosscheck.yaml; throws UnreadableFileError naming the file. */
export async function readNamedFile(file: string): Promise<DecodedText> {
  const read = await readRegularFile(file, MAX_FILE_BYTES);
  if (isRefusal(read)) throw new UnreadableFileError(`cannot read ${file}: ${read.refused}`);
  return read;
}

/** Reads fact base files given on the command line; throws UnreadableFileError naming the file. */
export async function readFactBaseInputs(files: readonly string[]): Promise<FactBaseInput[]> {
  return Promise.all(files.map(async (file) => ({ file, ...(await readNamedFile(file)) })));
}
