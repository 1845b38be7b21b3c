// npm start: builds and packages the extension, installs it into a fresh code-server and opens
// examples/ (drafts checked against the bundled fact base); prints the address; Ctrl+C stops it.
//   npm start -- --port 8080                    a fixed port instead of a free one
//   npm start -- --screenshot media/demo.png    instead, saves a picture of the demo and stops
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const { startCodeServer } = require('./code-server');
const { repoRoot, cacheDir, examplesDir } = require('./paths');

const vsix = path.join(cacheDir, 'crosscheck.vsix');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed`);
}

/** `npm run package`: vsce, whose vscode:prepublish step builds the minified bundles. */
function buildAndPackage() {
  run('npm', ['run', 'package', '--', '--out', vsix]);
}

async function serve(port) {
  const server = await startCodeServer({ extensions: [vsix], port });
  console.log(`\nCrosscheck is running in VS Code at\n\n  ${server.url}/?${new URLSearchParams({ folder: examplesDir })}\n`);
  console.log('Open a draft from the Explorer. Press Ctrl+C to stop.');
  const code = await server.exited; // Ctrl+C stops the server together with this process
  throw new Error(`code-server stopped by itself (exit code ${code}). Its log:\n${server.serverLog()}`);
}

async function screenshot(file) {
  const { takeDemoScreenshot } = require('../e2e/demo-screenshot');
  await takeDemoScreenshot(vsix, path.resolve(file));
  console.log(`Saved ${path.relative(process.cwd(), path.resolve(file))}`);
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, screenshot: { type: 'string' } } });
  buildAndPackage();
  if (values.screenshot) await screenshot(values.screenshot);
  else await serve(values.port ? Number(values.port) : undefined);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
