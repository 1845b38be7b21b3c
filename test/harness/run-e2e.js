// npm run test:e2e: the end-to-end tests of test/e2e/, driving the workbench in headless Chromium.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');
const { ensureCodeServer } = require('./code-server-install');
const { repoRoot } = require('./paths');

function e2eTests() {
  const dir = path.join(repoRoot, 'test', 'e2e');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(dir, name));
}

function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  ensureCodeServer();
  const mocha = new Mocha({ reporter: 'spec', timeout: 60000 });
  for (const file of e2eTests()) mocha.addFile(file);
  const runner = mocha.run(() => {
    const { passes, failures } = runner.stats;
    console.log(`\n${passes} passed, ${failures} failed`);
    process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
  });
}

try {
  main();
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
