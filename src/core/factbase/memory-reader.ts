import { resolveRelative } from '../paths';
import type { FileReader } from './types';

/** A FileReader over texts held in memory, keyed by path or URI; for hosts without a disk and for tests. */
export function createMemoryFileReader(files: ReadonlyMap<string, string>): FileReader {
  return {
    resolve: (fromFile, relativePath) => resolveRelative(fromFile, relativePath),
    read: async (file) => files.get(file),
  };
}
