// Expands the simple globs a shell may leave unexpanded: "*" and "?" within a path segment, "**"
// across folders. node_modules and dot-folders are never walked into.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** The files matching a glob, relative to `cwd` as the pattern was written, sorted. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join('/');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  const root = path.resolve(cwd, base || '.');
  const found: string[] = [];
  await walk(root, '', (relative) => {
    if (matcher.test(relative)) found.push(base ? `${base}/${relative}` : relative);
  });
  return found.sort();
}

async function walk(folder: string, relative: string, visit: (relative: string) => void): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(path.join(folder, entry.name), child, visit);
    } else if (entry.isFile()) visit(child);
  }
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
