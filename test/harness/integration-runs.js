// What an integration pass is and how its outcome is told, whichever host runs it. A run is
// { name, workspace, suites, grep }: the workspace (a folder, a .code-workspace file, or undefined for
// an empty window) is opened in a fresh window, and the suite index (test/integration/index.ts) runs
// the named suites there, writing its results to a JSON file kept as <outputDir>/result.json.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { repoRoot, resultsDir, examplesDir, integrationSuitesDir } = require('./paths');

// Suites that need a workspace of their own get a run here; every other suite runs in examples/.
const RUNS = [
  // An empty window, where nothing but opening a Markdown file can activate the extension.
  { name: 'smoke', workspace: undefined, suites: ['smoke'] },
  // A fresh window on the example drafts (a folder without a fact base), so that opening one is what activates.
  { name: 'activation', workspace: examplesDir, suites: ['activation'] },
  // Two folders, each with a fact base of its own.
  { name: 'multi-root', workspace: path.join(repoRoot, 'test', 'integration', 'fixtures', 'multi-root', 'crosscheck.code-workspace'), suites: ['multiRoot'] },
  // A fact base and a draft written to break out of the hover's Markdown.
  { name: 'hostile', workspace: path.join(repoRoot, 'test', 'integration', 'fixtures', 'hostile'), suites: ['hostile'] },
  // A scratch folder of someone's own sources and a draft, with no fact base yet: the command builds one there.
  { name: 'own-sources', prepare: ownSourcesWorkspace, suites: ['buildFactBase'] },
];

/** A fresh folder holding sources/ (the port strike reports of test/fixtures/init-other) and a draft. */
function ownSourcesWorkspace() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-own-sources-'));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'init-other'), path.join(folder, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'draft.md'), '# The strike\n\nUnion leader Pieter van Dijk, 60, from Schiedam, called the walkout.\n');
  return folder;
}

function compiledSuites() {
  return fs
    .readdirSync(integrationSuitesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => name.replace(/\.test\.js$/, ''))
    .sort();
}

function plannedRuns() {
  const claimed = new Set(RUNS.flatMap((run) => run.suites));
  const rest = compiledSuites().filter((suite) => !claimed.has(suite));
  return rest.length > 0 ? [...RUNS, { name: 'examples', workspace: examplesDir, suites: rest }] : RUNS;
}

/** `--workspace <path|none> --suites a,b --grep text` asks for one run; no options, for all of them. */
function runsFromArguments() {
  const { values } = parseArgs({
    options: { workspace: { type: 'string' }, suites: { type: 'string' }, grep: { type: 'string' } },
  });
  if (Object.keys(values).length === 0) return plannedRuns();
  const workspace = values.workspace ?? examplesDir;
  return [{
    name: 'selected',
    workspace: workspace === 'none' ? undefined : path.resolve(workspace),
    suites: values.suites?.split(','),
    grep: values.grep,
  }];
}

function checkBuilt() {
  for (const file of ['dist/extension.js', 'dist/test/integration/index.js']) {
    if (!fs.existsSync(path.join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

/** The environment the suite index reads. */
function suiteEnvironment(run, resultFile) {
  return {
    CROSSCHECK_TEST_RESULT: resultFile,
    CROSSCHECK_TEST_SUITES: run.suites?.join(',') ?? '',
    CROSSCHECK_TEST_GREP: run.grep ?? '',
  };
}

function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function printTests(result) {
  for (const test of result.tests) {
    const mark = { passed: '✓', failed: '✗', pending: '-' }[test.state];
    const duration = test.state === 'passed' && test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark} ${test.title}${duration}`);
    if (test.error) console.log(test.error.replace(/^/gm, '      '));
  }
}

/**
 * Tells the outcome of one run from the host's exit code and the result file, which must agree:
 * a host that failed to start, hung, or failed without a failing test counts as one failure.
 */
function tellOutcome(outputDir, resultFile, hostOutcome) {
  const logs = `logs: ${path.relative(repoRoot, outputDir)}`;
  if (hostOutcome.error) {
    console.log(`  ✗ ${hostOutcome.error.message}\n    ${logs}`);
    return { passed: 0, failed: 1 };
  }
  const result = readResult(resultFile);
  if (!result) {
    console.log(`  ✗ the suite index wrote no result (exit code ${hostOutcome.exitCode}); ${logs}`);
    return { passed: 0, failed: 1 };
  }
  printTests(result);
  if (hostOutcome.exitCode !== 0 && result.failed === 0) {
    console.log(`  ✗ the host reported failure (exit code ${hostOutcome.exitCode}); ${logs}`);
    return { passed: result.passed, failed: 1 };
  }
  return { passed: result.passed, failed: result.failed };
}

async function runInWorkspace(run, outputDir, resultFile, runInHost) {
  const prepared = run.prepare ? { ...run, workspace: run.prepare() } : run;
  if (prepared.workspace && !fs.existsSync(prepared.workspace)) throw new Error(`workspace ${prepared.workspace} does not exist`);
  try {
    return await runInHost(prepared, outputDir, resultFile);
  } finally {
    if (run.prepare) fs.rmSync(prepared.workspace, { recursive: true, force: true });
  }
}

/** Runs one run and tells its outcome. */
async function runOne(host, run, runInHost) {
  const outputDir = path.join(resultsDir, host, run.name);
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const where = run.prepare ? 'a scratch folder' : run.workspace ? path.relative(repoRoot, run.workspace) || '.' : 'an empty window';
  console.log(`\n${run.name}: ${run.suites?.join(', ') ?? 'all suites'} in ${where}`);
  // The result is written outside test-results/, which another run of the same name may be clearing.
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-result-'));
  const resultFile = path.join(resultDir, 'result.json');
  try {
    const hostOutcome = await runInWorkspace(run, outputDir, resultFile, runInHost).then(
      (exitCode) => ({ exitCode }),
      (error) => ({ error }),
    );
    if (fs.existsSync(resultFile)) fs.copyFileSync(resultFile, path.join(outputDir, 'result.json'));
    return tellOutcome(outputDir, resultFile, hostOutcome);
  } finally {
    fs.rmSync(resultDir, { recursive: true, force: true });
  }
}

/**
 * Runs every requested run with `runInHost(run, outputDir, resultFile)`, which resolves to the host's
 * exit code, prints each test and the closing `N passed, N failed`, and sets the process exit code.
 */
async function runAll(host, runInHost) {
  checkBuilt();
  let passed = 0;
  let failed = 0;
  for (const run of runsFromArguments()) {
    const outcome = await runOne(host, run, runInHost);
    passed += outcome.passed;
    failed += outcome.failed;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

module.exports = { runAll, suiteEnvironment };
