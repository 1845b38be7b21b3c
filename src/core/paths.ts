// Path helpers for the core, which never touches a disk: the same code handles POSIX paths
// ("/home/a/facts.yaml"), Windows paths given with forward or back slashes, and URIs
// ("file:///home/a/facts.yaml", "vscode-vfs://github/org/repo/facts.yaml").

const URI_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;

export function isUri(pathOrUri: string): boolean {
  return URI_SCHEME.test(pathOrUri);
}

/** Splits a path or URI into a prefix that is never changed (scheme and authority, or a drive) and a path. */
function splitRoot(pathOrUri: string): { root: string; path: string } {
  const scheme = URI_SCHEME.exec(pathOrUri);
  if (scheme) {
    const afterScheme = pathOrUri.slice(scheme[0].length);
    const slash = afterScheme.indexOf('/');
    const authorityEnd = slash === -1 ? afterScheme.length : slash;
    return { root: scheme[0] + afterScheme.slice(0, authorityEnd), path: afterScheme.slice(authorityEnd) };
  }
  const normalized = pathOrUri.replace(/\\/g, '/');
  const drive = /^[a-zA-Z]:/.exec(normalized);
  if (drive) return { root: drive[0], path: normalized.slice(drive[0].length) };
  return { root: '', path: normalized };
}

/** Removes "." segments and folds ".." into its parent, keeping a leading "/" and leading ".." of relative paths. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      else if (!absolute) segments.push('..');
      continue;
    }
    segments.push(segment);
  }
  const joined = segments.join('/');
  return absolute ? '/' + joined : joined || '.';
}

/** The folder of a path or URI: "a/b/c.yaml" -> "a/b", "file:///x/y.yaml" -> "file:///x". */
export function dirname(pathOrUri: string): string {
  const { root, path } = splitRoot(pathOrUri);
  const slash = path.lastIndexOf('/');
  if (slash === -1) return root || '.';
  if (slash === 0) return root + '/';
  return root + path.slice(0, slash);
}

/** The last segment of a path or URI. */
export function basename(pathOrUri: string): string {
  const { path } = splitRoot(pathOrUri);
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Resolves `relativePath` against the folder of `fromFile`, keeping the scheme and authority of a
 * URI. An absolute `relativePath` (or a URI) is returned as it is, normalized.
 */
export function resolveRelative(fromFile: string, relativePath: string): string {
  if (isUri(relativePath)) return relativePath;
  const target = relativePath.replace(/\\/g, '/');
  const { root, path } = splitRoot(fromFile);
  if (target.startsWith('/')) return root + normalizePath(target);
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const joined = normalizePath(folder + target);
  return root + (root && !joined.startsWith('/') && joined !== '.' ? '/' + joined : joined);
}

/** Whether a path or URI lies inside a folder (or is the folder). Drive letters compare without case. */
export function isInside(folder: string, pathOrUri: string): boolean {
  const outer = splitRoot(folder);
  const inner = splitRoot(pathOrUri);
  if (outer.root.toLowerCase() !== inner.root.toLowerCase()) return false;
  const folderPath = normalizePath(outer.path);
  const innerPath = normalizePath(inner.path);
  if (folderPath === '.') return !innerPath.startsWith('/') && innerPath !== '..' && !innerPath.startsWith('../');
  return innerPath === folderPath || innerPath.startsWith(folderPath.endsWith('/') ? folderPath : `${folderPath}/`);
}

/**
 * The path of `target` relative to `folder`, with forward slashes ("../sources/a.txt"); both paths
 * or URIs of the same root. Undefined when their roots differ.
 */
export function relativePath(folder: string, target: string): string | undefined {
  const from = splitRoot(folder);
  const to = splitRoot(target);
  if (from.root.toLowerCase() !== to.root.toLowerCase()) return undefined;
  const fromSegments = normalizePath(from.path).split('/').filter((segment) => segment !== '' && segment !== '.');
  const toSegments = normalizePath(to.path).split('/').filter((segment) => segment !== '' && segment !== '.');
  let common = 0;
  while (common < fromSegments.length && common < toSegments.length && fromSegments[common] === toSegments[common]) common++;
  return [...fromSegments.slice(common).map(() => '..'), ...toSegments.slice(common)].join('/') || '.';
}
