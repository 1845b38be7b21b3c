// Starts an isolated code-server: throwaway HOME, user data and extensions, a free loopback port,
// no marketplace, no telemetry, no update checks, no trust prompt.
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureCodeServer } = require('./code-server-install');
const { spawnGroup, stopGroup } = require('./processes');

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // The web workbench saves after a delay by default: tests that edit a draft must leave it unchanged.
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function isHealthy(url) {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

function makeProfile(settings) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-code-server-'));
  const profile = {
    root,
    home: path.join(root, 'home'),
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    logFile: path.join(root, 'server.log'),
  };
  fs.mkdirSync(profile.home);
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensionsDir);
  const allSettings = { ...SETTINGS, ...settings };
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(allSettings, null, 2));
  return profile;
}

function installExtension(binary, profile, vsix) {
  const result = spawnSync(
    binary,
    ['--install-extension', vsix, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir],
    { encoding: 'utf8', env: { ...process.env, HOME: profile.home } },
  );
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Starts code-server and waits until it answers /healthz.
 * `env` reaches the extension host, which inherits the server's environment.
 * Resolves to { url, stop(), serverLog(), exited }, `exited` settling when the server stops by itself.
 */
async function startCodeServer({ env = {}, settings = {}, extensions = [], port, startTimeoutMs = 60000 } = {}) {
  const binary = ensureCodeServer();
  const profile = makeProfile(settings);
  const removeProfile = () => {
    try {
      fs.rmSync(profile.root, { recursive: true, force: true });
    } catch {
      // the server, just killed, may still be writing into it; it is under the system temp folder
    }
  };
  process.on('exit', removeProfile);
  for (const vsix of extensions) installExtension(binary, profile, vsix);
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(profile.logFile, 'a');
  const server = spawnGroup(
    binary,
    [
      '--config', '/dev/null',
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
    ],
    { env: { ...process.env, HOME: profile.home, EXTENSIONS_GALLERY: '{}', ...env }, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const serverLog = () => fs.readFileSync(profile.logFile, 'utf8');
  const stop = async () => {
    await stopGroup(server);
    process.off('exit', removeProfile);
    removeProfile();
  };

  const deadline = Date.now() + startTimeoutMs;
  while (!(await isHealthy(url))) {
    if (server.exitCode !== null || server.signalCode !== null || Date.now() > deadline) {
      const why = server.exitCode !== null ? `exited with code ${server.exitCode}` : 'did not answer /healthz in time';
      const text = serverLog();
      await stop();
      throw new Error(`code-server ${why}. Its log:\n${text}`);
    }
    await sleep(250);
  }
  return { url, stop, serverLog, exited };
}

module.exports = { startCodeServer };
