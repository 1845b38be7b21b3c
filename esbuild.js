// Builds the extension (node and web bundles), the CLI and the integration suites.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const shared = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
};

function typeScriptFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

const builds = [
  // The extension for desktop VS Code and the Node extension host of code-server.
  { ...shared, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The same extension for vscode.dev and other hosts without a disk.
  { ...shared, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The core alone, as the CLI and the extension bundle it, for the benchmark (bench/run.js).
  { ...shared, entryPoints: ['src/core/index.ts'], outfile: 'dist/bench/core.js', platform: 'node', format: 'cjs' },
  // Integration suites run inside the extension host, where `vscode` is provided.
  {
    ...shared,
    entryPoints: typeScriptFilesUnder('test/integration'),
    outdir: 'dist/test/integration',
    outbase: 'test/integration',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch(() => process.exit(1));
