// Reading a file from a Node disk with its size bounded before and while reading: only regular files
// are read, so a path naming a device (/dev/zero), a pipe or a terminal (/dev/stdin) is refused at
// once instead of read forever, and a file that reports no size (/proc) or grows is cut off.
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import { tooLargeToRead, type ReadRefusal } from '../core/factbase';
import { decodeUtf8, type DecodedText } from '../core/text/utf8';

// Opening a pipe for reading waits for a writer unless the open does not block.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const CHUNK = 64 * 1024;

export async function readRegularFile(file: string, maxBytes: number): Promise<DecodedText | ReadRefusal> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    return { refused: reasonOf(error) };
  }
  try {
    const refusal = refusalOf(await handle.stat(), maxBytes);
    if (refusal) return refusal;
    const steps = collectBytes(maxBytes);
    let step = steps.next();
    while (!step.done) step = steps.next((await handle.read(step.value, 0, step.value.length, null)).bytesRead);
    return step.value;
  } catch (error) {
    return { refused: reasonOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** `readRegularFile` for the callers that cannot wait. */
export function readRegularFileSync(file: string, maxBytes: number): DecodedText | ReadRefusal {
  let descriptor: number;
  try {
    descriptor = openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { refused: reasonOf(error) };
  }
  try {
    const refusal = refusalOf(fstatSync(descriptor), maxBytes);
    if (refusal) return refusal;
    const steps = collectBytes(maxBytes);
    let step = steps.next();
    while (!step.done) step = steps.next(readSync(descriptor, step.value, 0, step.value.length, null));
    return step.value;
  } catch (error) {
    return { refused: reasonOf(error) };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Gathers a file's bytes a chunk at a time, for a synchronous or an asynchronous reader: each step
 * yields the buffer to read into and is given how many bytes were read, none at the end.
 */
function* collectBytes(maxBytes: number): Generator<Uint8Array, DecodedText | ReadRefusal, number> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
    const bytesRead = yield chunk;
    if (bytesRead === 0) return decodeUtf8(concatenate(chunks, total));
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return tooLargeToRead(undefined, maxBytes);
  }
}

/** The path with every symbolic link resolved; undefined when it names nothing. */
export async function realPathOf(file: string): Promise<string | undefined> {
  try {
    return await fs.realpath(file);
  } catch {
    return undefined;
  }
}

function refusalOf(stats: Stats, maxBytes: number): ReadRefusal | undefined {
  if (!stats.isFile()) return { refused: `not a regular file but ${kindOf(stats)}` };
  if (stats.size > maxBytes) return tooLargeToRead(stats.size, maxBytes);
  return undefined;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function concatenate(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export function isRefusal(read: DecodedText | ReadRefusal): read is ReadRefusal {
  return 'refused' in read;
}
