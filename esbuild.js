// Builds the CLI, writes the snapshot of the bundled fact base with it, then bundles the extension
// (node and web) with that snapshot inlined, so the editor reads no file before its first check.
// The core bundle for the benchmark and the integration suites are built alongside.
const esbuild = require('esbuild');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const snapshotFile = 'dist/facts.snapshot.json';

const shared = { bundle: true, sourcemap: !production, minify: production, logLevel: 'info', target: 'es2022', format: 'cjs' };
const cli = { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } };
const independent = [
  // The core alone, as the CLI and the extension bundle it, for the benchmark (bench/run.js).
  { ...shared, entryPoints: ['src/core/index.ts'], outfile: 'dist/bench/core.js', platform: 'node' },
  // Integration suites run inside the extension host, where `vscode` is provided.
  { ...shared, entryPoints: typeScriptFilesUnder('test/integration'), outdir: 'dist/test/integration', outbase: 'test/integration', platform: 'node', external: ['vscode', 'mocha'] },
];

function typeScriptFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name));
}

function writeSnapshot() {
  execFileSync(process.execPath, ['dist/cli.js', 'snapshot', 'dataset/facts.yaml', '--out', snapshotFile], { stdio: 'inherit' });
  return fs.readFileSync(snapshotFile, 'utf8');
}

/** The extension for desktop VS Code and code-server's Node host, and for hosts without a disk. */
function extensionBuilds(snapshotText) {
  const extension = { ...shared, entryPoints: ['src/vscode/extension.ts'], external: ['vscode'] };
  const define = (nodeHost) => ({ BUNDLED_FACT_BASE_SNAPSHOT: JSON.stringify(snapshotText), NODE_EXTENSION_HOST: String(nodeHost) });
  return [
    { ...extension, outfile: 'dist/extension.js', platform: 'node', define: define(true) },
    { ...extension, outfile: 'dist/web/extension.js', platform: 'browser', define: define(false) },
  ];
}

async function build() {
  const others = Promise.all(independent.map((options) => esbuild.build(options)));
  await esbuild.build(cli);
  await Promise.all(extensionBuilds(writeSnapshot()).map((options) => esbuild.build(options)));
  await others;
}

// Watching rebuilds the code, but the snapshot is written once at the start: restart the watch after
// changing dataset/facts.yaml (the extension itself reloads that file whenever it changes).
async function watchAll() {
  await esbuild.build(cli);
  const contexts = await Promise.all([cli, ...independent, ...extensionBuilds(writeSnapshot())].map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
}

(watch ? watchAll() : build()).catch((error) => {
  // esbuild has already logged its own errors.
  if (!error.errors) console.error(error.message);
  process.exit(1);
});
