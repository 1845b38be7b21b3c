// npm run test:electron: the same integration runs in desktop VS Code through @vscode/test-electron,
// for machines that can download it (it is cached in .vscode-test/). Takes the options of
// run-integration.js. On Linux without a display, run it under xvfb-run.
const { downloadAndUnzipVSCode, runTests, TestRunFailedError } = require('@vscode/test-electron');
const path = require('node:path');
const { runAll, suiteEnvironment } = require('./integration-runs');
const { repoRoot, cacheDir, integrationSuitesDir } = require('./paths');

async function downloadVSCode() {
  try {
    // `timeout` is an idle timeout: a download that stalls fails instead of hanging.
    return await downloadAndUnzipVSCode({ cachePath: cacheDir, timeout: 15000 });
  } catch (error) {
    throw new Error(
      `Desktop VS Code could not be downloaded (${error.message}).\n` +
        'Without access to update.code.visualstudio.com, run the same suites with `npm run test:integration`.',
    );
  }
}

async function main() {
  const vscodeExecutablePath = await downloadVSCode();
  await runAll('electron', async (run, outputDir, resultFile) => {
    const launchArgs = [
      ...(run.workspace ? [run.workspace] : []),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(outputDir, 'user-data')}`,
    ];
    return runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(integrationSuitesDir, 'index.js'),
      extensionTestsEnv: suiteEnvironment(run, resultFile),
      launchArgs,
    }).catch((error) => (error instanceof TestRunFailedError && error.code !== undefined ? error.code : Promise.reject(error)));
  });
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
