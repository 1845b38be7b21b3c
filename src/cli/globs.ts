// Expands the simple globs a shell may leave unexpanded: "*" and "?" within a path segment, "**"
// across folders. node_modules, dot-folders and symbolic links are never walked into or matched:
// they are listed apart, so that the command can say what it passed over.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export interface GlobMatches {
  /** The files matching, relative to `cwd` as the pattern was written, sorted. */
  files: string[];
  /** Symbolic links that the pattern matches, written the same way. */
  links: string[];
  /** Folders not walked into: dot-folders, node_modules and links to folders. */
  folders: string[];
}

export async function expandGlob(pattern: string, cwd: string): Promise<GlobMatches> {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join('/');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  const root = path.resolve(cwd, base || '.');
  const matches: GlobMatches = { files: [], links: [], folders: [] };
  const written = (relative: string) => (base ? `${base}/${relative}` : relative);
  await walk(root, '', {
    file: (relative) => matcher.test(relative) && matches.files.push(written(relative)),
    link: (relative) => matcher.test(relative) && matches.links.push(written(relative)),
    folder: (relative) => matches.folders.push(written(relative)),
  });
  matches.files.sort();
  return matches;
}

interface Visitor {
  file(relative: string): void;
  /** A symbolic link, to a file or a folder. */
  link(relative: string): void;
  /** A folder passed over. */
  folder(relative: string): void;
}

async function walk(folder: string, relative: string, visit: Visitor): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(path.join(folder, entry.name)).catch(() => undefined);
      if (target?.isDirectory()) visit.folder(child);
      else visit.link(child);
    } else if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) visit.folder(child);
      else await walk(path.join(folder, entry.name), child, visit);
    } else if (entry.isFile()) visit.file(child);
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
