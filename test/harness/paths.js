// Where the harness keeps things: everything it downloads or writes is under ignored folders.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');

module.exports = {
  repoRoot,
  cacheDir: path.join(repoRoot, '.vscode-test'),
  resultsDir: path.join(repoRoot, 'test-results'),
  integrationSuitesDir: path.join(repoRoot, 'dist', 'test', 'integration'),
  examplesDir: path.join(repoRoot, 'examples'),
};
