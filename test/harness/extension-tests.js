// Runs the integration suites inside code-server's Node extension host: a fresh server and browser
// per run, the workbench opened on the run's workspace with the suite index as its extension tests.
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer } = require('./code-server');
const { launchBrowser } = require('./browser');
const { suiteEnvironment } = require('./integration-runs');
const { repoRoot, integrationSuitesDir } = require('./paths');

const TIMEOUT_MS = 180000;

/** The workbench's `payload` hook stands in for --extensionDevelopmentPath, which code-server rejects. */
function workbenchUrl(serverUrl, { workspace, extensionDevelopmentPath = repoRoot }) {
  const remote = (file) => `vscode-remote://remote${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(path.join(integrationSuitesDir, 'index.js'))],
  ];
  const query = new URLSearchParams();
  if (workspace) query.set(workspace.endsWith('.code-workspace') ? 'workspace' : 'folder', workspace);
  query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query}`;
}

function saveLogs(dir, logs) {
  for (const { relativePath, contents } of logs ?? []) {
    const file = path.join(dir, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
}

function deadline(ms, message) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { expired, cancel: () => clearTimeout(timer) };
}

/**
 * Resolves to the exit code the workbench reports through window.codeAutomationExit(code, logs) when
 * the suite index's run() settles; rejects when the server does not start or the run hangs.
 */
async function runInCodeServer(run, outputDir, resultFile) {
  const server = await startCodeServer({ env: suiteEnvironment(run, resultFile) });
  const { browser, page } = await launchBrowser().catch(async (error) => {
    await server.stop();
    throw error;
  });
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
  const timeoutMs = run.timeoutMs ?? TIMEOUT_MS;
  const limit = deadline(timeoutMs, `run "${run.name}" did not finish within ${timeoutMs / 1000} s: a test or the extension host hung`);
  try {
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code, logs) => reportExit({ code, logs }));
    await page.goto(workbenchUrl(server.url, run));
    const { code, logs } = await Promise.race([exited, limit.expired]);
    saveLogs(path.join(outputDir, 'logs'), logs);
    return code;
  } finally {
    limit.cancel();
    fs.writeFileSync(path.join(outputDir, 'console.log'), consoleLines.join('\n'));
    fs.writeFileSync(path.join(outputDir, 'server.log'), server.serverLog());
    await browser.close();
    await server.stop();
  }
}

module.exports = { runInCodeServer };
