// The CLI's access to the disk: a FileReader over Node's fs and the bundled fact base.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FactBaseInput, FileReader } from '../core/factbase';

/** Reads files from the disk; paths are resolved against the folder of the file that names them. */
export const nodeFileReader: FileReader = {
  resolve: (fromFile, relativePath) => path.resolve(path.dirname(fromFile), relativePath),
  read: async (file) => {
    try {
      return await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/**
 * The bundled `dataset/facts.yaml`: next to `dist/` when running the built `dist/cli.js`, two
 * folders up when running `src/cli/main.ts` directly.
 */
export function bundledFactBasePath(): string {
  const candidates = [path.join(__dirname, '..', 'dataset', 'facts.yaml'), path.join(__dirname, '..', '..', 'dataset', 'facts.yaml')];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

export class UnreadableFileError extends Error {}

/** Reads fact base files given on the command line; throws UnreadableFileError naming the file. */
export async function readFactBaseInputs(files: readonly string[]): Promise<FactBaseInput[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await fs.readFile(file, 'utf8') };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UnreadableFileError(`cannot read ${file}: ${reason}`);
      }
    }),
  );
}
