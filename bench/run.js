// npm run bench: `node --expose-gc bench/run.js [--quick] [--editor] [--no-processes] [--peers]`.
// Measures the core as it ships (dist/bench/core.js, built by esbuild.js like the CLI and the
// extension); the benchmark's own TypeScript (input generators, measurement) loads through tsx.
const path = require('node:path');

// Lets the profile map the bundle's functions back to their TypeScript source.
process.setSourceMapsEnabled(true);
const core = require(path.join(__dirname, '..', 'dist', 'bench', 'core.js'));
require('tsx/cjs/api').register();
const { main } = require('./main.ts');

main(core, process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
