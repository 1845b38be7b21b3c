// npm run test:package: packages the extension as a fresh checkout would, with a bare `vsce package`
// (no options: its vscode:prepublish step builds the bundles and the package's README), in a copy of
// the repository's files that has no dist/, then reads the VSIX: every file package.json names, the
// README but for its pictures, minified bundles, and nothing of the sources or the tests. Needs no network.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { repoRoot } = require('./paths');

// The VSIX is a zip; vsce reads it with yauzl, its own dependency.
const yauzl = require(require.resolve('yauzl', { paths: [path.dirname(require.resolve('@vscode/vsce/package.json'))] }));

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** The repository's files a clone holds, as they are in the work tree: tracked or new, not ignored. */
function checkoutFiles() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  return listed.split('\0').filter((file) => file && fs.existsSync(path.join(repoRoot, file)));
}

function freshCheckout() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-package-'));
  for (const file of checkoutFiles()) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Each file of the zip, by name, with its text. */
function vsixFiles(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The files package.json points at: the bundles, the icons, the grammar, the schema. */
function manifestFiles() {
  const files = [manifest.main, manifest.browser, manifest.icon];
  const walk = (value, key) => {
    if (typeof value === 'string') {
      // An icon may be a codicon, "$(name)", rather than a file.
      if (['icon', 'path', 'url'].includes(key) && !value.startsWith('$(') && !/^\w+:/.test(value)) files.push(value);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, Array.isArray(value) ? key : childKey);
    }
  };
  walk(manifest.contributes, '');
  return files;
}

/** The pictures of a README, inline (![text](target)) or by reference (![text][label]). */
const PICTURE = /!\[[^\]]*\](\[[^\]]+\]|\([^)]+\))/g;

/** The text without its pictures, paragraph by paragraph: what the package's README must say. */
function withoutPictures(markdown) {
  return markdown
    .replace(PICTURE, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

function problemsOf(files) {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const inExtension = (file) => `extension/${path.posix.normalize(file)}`;
  // vsce writes the README as readme.md and the licence as LICENSE.txt.
  const needed = ['package.json', 'readme.md', 'LICENSE.txt', 'dataset/facts.yaml', ...manifestFiles()];
  const problems = needed.filter((file) => !files.has(inExtension(file))).map((file) => `${file} is missing`);
  for (const name of files.keys()) {
    if (/^extension\/(src|test|bench|node_modules)\//.test(name) || name.endsWith('.map')) problems.push(`${name} should not be packaged`);
  }
  // The package's README says what the repository's does, all but the pictures, with its links as written.
  const packaged = files.get('extension/readme.md');
  if (packaged !== undefined) {
    if (packaged.match(PICTURE)) problems.push('readme.md shows a picture, which vsce takes only from an https address');
    if (JSON.stringify(withoutPictures(packaged)) !== JSON.stringify(withoutPictures(readme))) problems.push('readme.md says other than README.md');
  }
  for (const bundle of [manifest.main, manifest.browser]) {
    const text = files.get(inExtension(bundle));
    if (text === undefined) continue;
    if (text.includes('//# sourceMappingURL')) problems.push(`${bundle} carries a source map: not the production build`);
    // esbuild's minified lines run to thousands of characters; its readable output averages some thirty.
    const meanLine = text.length / text.split('\n').length;
    if (meanLine < 200) problems.push(`${bundle} is not minified (${Math.round(meanLine)} characters a line)`);
  }
  return problems;
}

async function main() {
  const checkout = freshCheckout();
  try {
    // Bare, as anyone would run it; stdin is closed so that a question vsce asks fails instead of waiting.
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package'], { cwd: checkout, stdio: ['ignore', 'inherit', 'inherit'] });
    const files = await vsixFiles(path.join(checkout, `${manifest.name}-${manifest.version}.vsix`));
    const problems = problemsOf(files);
    for (const problem of problems) console.log(`  ✗ ${problem}`);
    console.log(`\nThe package holds ${files.size} files; ${problems.length} problems.`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    fs.rmSync(checkout, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
