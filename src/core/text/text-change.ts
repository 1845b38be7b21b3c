// What an edit changed between two versions of a draft, and the line starts of the new version
// worked out from the old ones: both in time proportional to the changed part (plus a fast compare).

/** The first `prefix` and the last `suffix` characters are the same in both versions. */
export interface TextChange {
  prefix: number;
  suffix: number;
  /** New length minus old length. */
  delta: number;
}

/** Compared a chunk at a time first: string equality on slices runs at memory speed. */
const CHUNK = 4096;

export function textChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + CHUNK <= shorter && before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = shorter - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { prefix, suffix, delta: after.length - before.length };
}

/**
 * The offsets where lines start in `text` (a line ends at "\n", "\r\n" or a lone "\r", as in
 * VS Code), given those of the version before `change`. A start depends on the two characters
 * around it, so starts inside the unchanged prefix and suffix are kept and only the rest is read.
 */
export function updatedLineStarts(previous: readonly number[], text: string, change: TextChange): number[] {
  const oldLength = text.length - change.delta;
  const changedFrom = change.prefix;
  const changedUntil = text.length - change.suffix;
  const starts: number[] = [];
  let i = 0;
  while (i < previous.length && previous[i] < changedFrom) starts.push(previous[i++]);
  if (starts.length === 0) starts.push(0);
  for (let at = Math.max(changedFrom - 1, 0); at <= changedUntil && at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      if (at + 1 > starts[starts.length - 1]) starts.push(at + 1);
    }
  }
  while (i < previous.length && previous[i] <= oldLength - change.suffix + 1) i++;
  for (; i < previous.length; i++) starts.push(previous[i] + change.delta);
  return starts;
}
