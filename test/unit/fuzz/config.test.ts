// Fuzzing `.crosscheck.yaml` reading: whatever the file holds, parsing returns settings of the
// declared types and problems placed inside the file, and the checker honours the options built
// from them.
import * as assert from 'node:assert/strict';
import { checkDraft, checkOptionsOf, FINDING_CODES, parseConfig, type FactBase, type WorkspaceConfig } from '../../../src/core';
import type { Random } from '../../../bench/generators/random';
import { allNames, loadBundledFactBase, readBundled } from './bundled';
import { fuzz, fuzzTimeout, nearOrdinaryTime, preview, shrinkText } from './harness';
import { mutateFactBase, randomMutation } from './hostile-factbase';
import { assertFindingsInside, assertOptionsObeyed, FileOracles, PositionOracle } from './invariants';

const CONFIG_FILE = '/workspace/.crosscheck.yaml';

const VALID_CONFIG = `factBase: [dataset/facts.yaml]
severity: { name-variant: info, age-conflict: off, role-conflict: error }
disable: [place-conflict]
accept: [Marzook, Bogdanovv]
citations: { marzouk2025: s000, report: s004 }
maxFindings: 50
maxDraftSize: 2000000
`;

describe('fuzz: workspace settings', () => {
  let factBase: FactBase;
  let drafts: string[];

  before(async () => {
    factBase = await loadBundledFactBase();
    drafts = readBundled().drafts;
  });

  it('reads hostile settings files into settings of the declared types, and the checker honours them', async () => {
    const check = ({ yaml, draft }: { yaml: string; draft: string }) => {
      const { config, problems } = parseConfig(yaml, CONFIG_FILE);
      const oracle = new PositionOracle(yaml);
      for (const [index, problem] of problems.entries()) {
        assert.equal(problem.file, CONFIG_FILE, `problem ${index} names another file`);
        oracle.assertLineColumnSpan(problem, `problem ${index} (${problem.message})`);
      }
      assertDeclaredTypes(config);
      const options = checkOptionsOf(config);
      const findings = checkDraft(factBase, draft, options);
      assertFindingsInside(draft, findings, new FileOracles(new Map([...factBase.sources.values()].map((source) => [source.resolvedFile, source.text]))));
      assertOptionsObeyed(findings, options);
    };
    const timeLimit = nearOrdinaryTime((draft: string) => check({ yaml: VALID_CONFIG, draft }), 10);
    await fuzz<{ yaml: string; draft: string }>('settings files', {
      cases: 1_200,
      generate: (random) => ({ yaml: hostileConfig(random), draft: drafts.length ? random.pick(drafts).slice(0, 3000) : allNames(factBase).join(' ') }),
      check,
      shrink: function* (input) {
        for (const yaml of shrinkText(input.yaml)) yield { ...input, yaml };
      },
      // The drafts are the examples: what may cost is the settings file, timed against the file it mimics.
      timeLimitMs: ({ draft }) => timeLimit(draft),
      describe: (input) => preview(input.yaml),
    });
  }).timeout(fuzzTimeout(4_000));
});

function hostileConfig(random: Random): string {
  if (random.chance(0.2)) {
    const values = ['', 'off', 'none', '-1', '0', '1.5', '1e9', 'null', '[]', '{}', '[[]]', '"__proto__"', 'constructor', '*a', '&a x', '!!binary aGk=', '|\n  text', '>-\n  folded'];
    const keys = ['factBase', 'severity', 'disable', 'accept', 'citations', 'maxFindings', 'maxDraftSize', '__proto__', 'constructor', ...FINDING_CODES];
    return Array.from({ length: random.int(1, 8) }, () => `${random.pick(keys)}: ${random.pick(values)}`).join('\n');
  }
  return mutateFactBase(random, VALID_CONFIG, randomMutation(random));
}

function assertDeclaredTypes(config: WorkspaceConfig): void {
  const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  assert.ok(isStringList(config.factBase), `factBase ${JSON.stringify(config.factBase)}`);
  assert.ok(isStringList(config.accept), `accept ${JSON.stringify(config.accept)}`);
  assert.ok(Array.isArray(config.disable) && config.disable.every((code) => FINDING_CODES.includes(code)), `disable ${JSON.stringify(config.disable)}`);
  for (const [code, level] of Object.entries(config.severity)) {
    assert.ok(FINDING_CODES.includes(code as never) && ['error', 'warning', 'info', 'hint', 'off'].includes(level as string), `severity ${code}: ${JSON.stringify(level)}`);
  }
  for (const [key, id] of Object.entries(config.citations)) assert.equal(typeof id, 'string', `citation ${key}: ${JSON.stringify(id)}`);
  for (const name of ['maxFindings', 'maxDraftSize'] as const) {
    const value = config[name];
    assert.ok(value === undefined || (Number.isInteger(value) && value > 0), `${name} ${JSON.stringify(value)}`);
  }
  assert.equal(Object.getPrototypeOf(config.citations), Object.getPrototypeOf({}), 'citations is not a plain object');
}
