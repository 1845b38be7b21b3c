// Child processes started in their own process group, so stopping one also stops everything it
// started (code-server's extension host, Chromium's helpers); whatever is still running when the
// harness exits or is interrupted is stopped too.
const { spawn } = require('node:child_process');
const os = require('node:os');

const running = new Set();

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Like `spawn`, but detached into its own process group and tracked until it exits. */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** SIGTERM to the whole group, then SIGKILL after `graceMs` if it is still there. */
async function stopGroup(child, graceMs = 5000) {
  if (!running.has(child)) {
    signalGroup(child, 'SIGKILL'); // the leader is gone; its children may not be
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL');
}

function killAll() {
  for (const child of running) signalGroup(child, 'SIGKILL');
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killAll();
    process.exit(128 + os.constants.signals[signal]);
  });
}

module.exports = { spawnGroup, stopGroup };
