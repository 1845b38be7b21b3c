// Installs code-server (the real VS Code workbench and extension host, from npm) into .vscode-test/.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { cacheDir } = require('./paths');
const { ensureDebianPackages } = require('./debian-packages');

// 4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20; the harness relies on its
// workbench's `payload` and `codeAutomationExit` hooks, so the version is pinned exactly.
const VERSION = '4.100.3';
const installDir = path.join(cacheDir, `code-server-${VERSION}`);
const binary = path.join(installDir, 'node_modules', '.bin', 'code-server');

// code-server's nested @vscode/ripgrep postinstall downloads ripgrep from GitHub unless it finds this
// archive in its cache, so Debian's rg is put there instead.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function seedRipgrepCache() {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) throw new Error(`no ripgrep build is known for architecture ${process.arch}`);
  const dir = path.join(os.tmpdir(), RIPGREP_CACHE);
  const archive = path.join(dir, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (fs.existsSync(archive)) return;
  fs.mkdirSync(dir, { recursive: true });
  run('tar', ['-czf', archive, '-C', '/usr/bin', 'rg']);
}

/** The folder holding Node's headers, so node-gyp builds against them instead of downloading them. */
function nodeHeadersDir() {
  const dir = path.resolve(process.execPath, '..', '..');
  if (!fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) {
    throw new Error(`Node headers not found under ${dir}/include/node: install Node 20 with its headers`);
  }
  return dir;
}

/**
 * The shell npm runs install scripts in. As root, code-server's postinstall goes on only when
 * npm_config_unsafe_perm is "true", an option today's npm no longer has and warns of when it is set
 * for npm itself; so only the scripts' shell is given it.
 */
function writeScriptShell(dir) {
  const file = path.join(dir, 'script-shell.sh');
  fs.writeFileSync(file, '#!/bin/sh\nnpm_config_unsafe_perm=true exec /bin/sh "$@"\n', { mode: 0o755 });
  return file;
}

function install() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${VERSION} needs Node 20; this is Node ${process.versions.node}`);
  ensureDebianPackages();
  seedRipgrepCache();
  // Installed beside the final folder and renamed at the end, so an interrupted install is never used.
  const partial = `${installDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  // The two packages whose install scripts code-server needs: its own (which installs VS Code's
  // dependencies) and argon2's (its native module).
  fs.writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true } }));
  const scriptShell = writeScriptShell(partial);
  console.log(`Installing code-server ${VERSION} into ${path.relative(process.cwd(), installDir)} (about a minute)...`);
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${VERSION}`], {
    cwd: partial,
    env: {
      ...process.env,
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
      npm_config_script_shell: scriptShell,
      npm_config_nodedir: nodeHeadersDir(),
    },
  });
  fs.rmSync(scriptShell);
  fs.renameSync(partial, installDir);
}

/** Returns the path of the code-server executable, installing it on first use. */
function ensureCodeServer() {
  if (!fs.existsSync(binary)) install();
  return binary;
}

module.exports = { ensureCodeServer, CODE_SERVER_VERSION: VERSION };
