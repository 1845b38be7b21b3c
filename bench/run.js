// npm run bench: `node --expose-gc bench/run.js [--quick] [--editor] [--no-processes]`.
// Measures the core as it ships (dist/bench/core.js, built by esbuild.js like the CLI and the
// extension); the benchmark's own TypeScript (input generators, measurement) loads through tsx.
const path = require('node:path');

// Lets the profile map the bundle's functions back to their TypeScript source.
process.setSourceMapsEnabled(true);
const core = require(path.join(__dirname, '..', 'dist', 'bench', 'core.js'));
require('tsx/cjs/api').register();
const { main, memoryProbe } = require('./main.ts');

const argv = process.argv.slice(2);
const probe = argv.indexOf('--memory-probe');
const run = probe >= 0 ? memoryProbe(core, argv[probe + 1], argv[probe + 2]) : main(core, argv);
run.catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
