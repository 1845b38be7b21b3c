// One check of a draft in a fresh process, for its peak memory: plain JavaScript and the shipped core
// bundle only, so that nothing else the benchmark loads weighs on the figure.
//   node --expose-gc bench/memory-probe.js FACTS.yaml DRAFT.md   -> JSON on stdout
const fs = require('node:fs');
const path = require('node:path');
const core = require(path.join(__dirname, '..', 'dist', 'bench', 'core.js'));

const MB = 1024 * 1024;
const reader = {
  resolve: (fromFile, relativePath) => path.resolve(path.dirname(fromFile), relativePath),
  read: (file) => fs.promises.readFile(file, 'utf8').catch(() => undefined),
};

async function probe(factsFile, draftFile) {
  const startRss = process.memoryUsage().rss;
  const { factBase } = await core.loadFactBase([{ file: factsFile, text: fs.readFileSync(factsFile, 'utf8') }], reader);
  const draft = fs.readFileSync(draftFile, 'utf8');
  global.gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const findings = core.checkDraft(factBase, draft);
  const checkMs = performance.now() - start;
  const after = process.memoryUsage();
  return {
    startRssMb: startRss / MB,
    baselineRssMb: before.rss / MB,
    // maxRSS is in kilobytes.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    heapBeforeMb: before.heapUsed / MB,
    heapAfterMb: after.heapUsed / MB,
    checkMs,
    findings: findings.length,
  };
}

probe(process.argv[2], process.argv[3]).then(
  (figures) => process.stdout.write(JSON.stringify(figures)),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
