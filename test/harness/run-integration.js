// npm run test:integration: the integration suites in code-server's Node extension host.
//   node test/harness/run-integration.js                           every run (see integration-runs.js)
//   node test/harness/run-integration.js --suites smoke --grep act  chosen suites in examples/
//   node test/harness/run-integration.js --workspace none           ... or in another workspace
const { runAll } = require('./integration-runs');
const { runInCodeServer } = require('./extension-tests');

runAll('integration', runInCodeServer).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
