// Checks the Debian packages the harness needs and installs the missing ones when it can.
const { spawnSync } = require('node:child_process');

const REQUIRED = [
  'chromium', // the browser that drives the workbench
  'fonts-liberation', // only recommended by chromium, whose pages otherwise have no fonts to render text
  'libkrb5-dev', // headers for code-server's kerberos native module
  'ripgrep', // stands in for the ripgrep code-server would download from GitHub
  'g++', // node-gyp builds code-server's native modules
  'make',
  'python3',
];

function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function packageManagerBusy() {
  return spawnSync('pgrep', ['-x', 'apt|apt-get|dpkg|unattended-upgr'], { stdio: 'ignore' }).status === 0;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function waitForPackageManager() {
  const deadline = Date.now() + 15 * 60 * 1000;
  let announced = false;
  while (packageManagerBusy()) {
    if (Date.now() > deadline) throw new Error('another apt or dpkg process has been running for 15 minutes');
    if (!announced) console.log('Waiting for another apt/dpkg process to finish...');
    announced = true;
    sleep(2000);
  }
}

function aptGet(args) {
  waitForPackageManager();
  const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
}

/** Returns when every required package is installed; throws with the command to run otherwise. */
function ensureDebianPackages() {
  if (!hasCommand('dpkg-query')) {
    throw new Error(`Not a Debian system: install the equivalents of ${REQUIRED.join(', ')} and rerun.`);
  }
  const missing = REQUIRED.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them with:\n  sudo sh -c '${command}'`);
  }
  console.log(`Installing Debian packages: ${missing.join(', ')}`);
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', ...missing]);
}

module.exports = { ensureDebianPackages };

if (require.main === module) {
  try {
    ensureDebianPackages();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
