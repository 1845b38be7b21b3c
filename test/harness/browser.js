// Headless Debian Chromium driven by playwright-core, kept off the network: every request that is
// not to loopback (or blob:/data:) is aborted, so nothing waits on a server it cannot reach.
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isAllowed(url) {
  if (url.protocol === 'blob:' || url.protocol === 'data:') return true;
  return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
}

/** Resolves to { browser, page }; close with `browser.close()`. */
async function launchBrowser({ viewport = { width: 1280, height: 800 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const context = await browser.newContext({ viewport });
  await context.route((url) => !isAllowed(url), (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  return { browser, page };
}

module.exports = { launchBrowser };
