// `crosscheck check` through runCli: output formats, exit codes, --max-warnings, missing drafts,
// the workspace's .crosscheck.yaml and a broken fact base.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { crosscheck, DATASET, inScratchFolder } from './helpers';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  related: { file: string; line: number; column: number; message: string }[];
  fixes: { title: string; replacement: string; line: number; column: number; endLine: number; endColumn: number }[];
}

describe('crosscheck check', function () {
  this.timeout(60000);
  inScratchFolder('crosscheck-check-', (dir) => {
    const facts = readFileSync(path.join(DATASET, 'facts.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'facts', 'facts.yaml'), facts);
    writeFileSync(path.join(dir, 'facts', 'broken.yaml'), facts.replace('date: 2025-02-03', 'date: 2025-02-30'));
  });

  it('with --fix, applies every fix that is its finding\'s only one, says so, and reports what is left', async () => {
    const original = readFileSync('reports/errors.md', 'utf8');
    mkdirSync('fixing', { recursive: true });
    writeFileSync('fixing/fixing.md', original);
    const before = JSON.parse((await crosscheck('check', '--format', 'json', 'fixing/fixing.md')).stdout).findings as JsonFinding[];
    const dry = await crosscheck('check', '--fix-dry-run', 'fixing/fixing.md');
    assert.equal(readFileSync('fixing/fixing.md', 'utf8'), original, 'a dry run changes nothing');
    assert.match(dry.stdout, /^--- a\/fixing\/fixing\.md\n\+\+\+ b\/fixing\/fixing\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    const { code, stdout, stderr } = await crosscheck('check', '--fix', 'fixing/fixing.md');
    const unambiguous = before.filter((finding) => finding.fixes.length === 1);
    assert.ok(unambiguous.length > 0);
    assert.match(stderr, new RegExp(`^crosscheck check: fixing/fixing\\.md: ${unambiguous.length} fix(es)? applied, \\d+ findings? left$`));
    const fixed = readFileSync('fixing/fixing.md', 'utf8');
    for (const finding of unambiguous) assert.ok(fixed.includes(finding.fixes[0]!.replacement), finding.fixes[0]!.replacement);
    for (const line of dry.stdout.split('\n').filter((each) => each.startsWith('+') && !each.startsWith('+++'))) assert.ok(fixed.includes(line.slice(1)), `the dry run showed ${line}`);
    assert.equal(code, stdout.includes('warning') ? 1 : 0);
    rmSync('fixing', { recursive: true, force: true });
  });

  it('gives each fix its exact range in JSON, and SARIF results their fixes as artifact changes', async () => {
    const { findings } = JSON.parse((await crosscheck('check', '--format', 'json', 'reports/errors.md')).stdout) as { findings: JsonFinding[] };
    const text = readFileSync('reports/errors.md', 'utf8').split('\n');
    for (const finding of findings) {
      for (const fix of finding.fixes) {
        assert.ok(fix.line >= finding.line && fix.endLine <= finding.endLine, `${finding.code}: fix inside its finding's lines`);
        assert.ok(text[fix.line - 1]!.length >= fix.column - 1);
      }
    }
    const sarif = JSON.parse((await crosscheck('check', '--format', 'sarif', 'reports/errors.md')).stdout);
    const withFixes = sarif.runs[0].results.filter((result: { fixes: unknown[] }) => result.fixes.length > 0);
    assert.ok(withFixes.length > 0);
    const change = withFixes[0].fixes[0].artifactChanges[0];
    assert.equal(change.artifactLocation.uri, 'reports/errors.md');
    assert.deepEqual(Object.keys(change.replacements[0].deletedRegion), ['startLine', 'startColumn', 'endLine', 'endColumn']);
    assert.equal(typeof change.replacements[0].insertedContent.text, 'string');
  });

  it('prints file:line:column, severity, code and message per finding, a summary, and exits 1', async () => {
    const { code, stdout } = await crosscheck('check', 'reports/errors.md');
    const lines = stdout.split('\n');
    assert.match(lines[0], /^reports\/errors\.md:\d+:\d+: (warning|hint) [a-z-]+ \S/);
    assert.ok(lines.slice(0, -1).every((line) => line.startsWith('reports/errors.md:')));
    assert.match(lines[lines.length - 1], /^1 draft checked: \d+ warnings?/);
    assert.equal(code, 1);
  });

  it('exits 0 and says so when a draft has no findings', async () => {
    const { code, stdout } = await crosscheck('check', 'reports/clean.md');
    assert.equal(stdout, '1 draft checked, no findings');
    assert.equal(code, 0);
  });

  it('prints JSON findings with ranges, related passages and fixes', async () => {
    const { code, stdout } = await crosscheck('check', '--facts', 'facts/facts.yaml', '--format', 'json', 'reports/*.md');
    const { findings } = JSON.parse(stdout) as { findings: JsonFinding[] };
    assert.ok(findings.length > 0);
    for (const finding of findings) {
      assert.equal(finding.file, 'reports/errors.md');
      assert.ok(finding.line >= 1 && finding.column >= 1 && (finding.endLine > finding.line || finding.endColumn > finding.column));
      assert.ok(finding.related.every((related) => related.file.startsWith('facts/sources/') && related.line >= 1));
      assert.ok(finding.fixes.every((fix) => typeof fix.title === 'string' && typeof fix.replacement === 'string'));
    }
    assert.ok(findings.some((finding) => finding.code === 'date-conflict' && finding.related.length > 0));
    assert.equal(code, 1);
  });

  it("with --coverage, prints each draft's claims and citing, in text and in JSON", async () => {
    mkdirSync('covered', { recursive: true });
    writeFileSync(
      'covered/draft.md',
      ['Kremlin spokesman Dmitry Peskov declined to comment [@s000].', 'Andrei Kozlov, 31, was freed.', 'Hamdan said "we will never surrender to anyone at all".', ''].join('\n\n'),
    );
    const text = await crosscheck('check', '--coverage', 'covered/draft.md');
    assert.match(text.stdout, /^covered\/draft\.md: coverage: 3 claims: 1 supported, 1 contradicted, 1 unsupported · 33% of sentences cite a source \(claims found: 1 title, 1 age, 1 quotation\)$/m);
    const { coverage } = JSON.parse((await crosscheck('check', '--coverage', '--format', 'json', 'covered/draft.md')).stdout);
    assert.deepEqual(coverage, [
      { file: 'covered/draft.md', claims: { date: 0, title: 1, age: 1, place: 0, quotation: 1 }, supported: 1, contradicted: 1, unsupported: 1, sentences: 3, citedSentences: 1, citedShare: 33 },
    ]);
    const plain = await crosscheck('check', '--format', 'json', 'covered/draft.md');
    assert.equal(JSON.parse(plain.stdout).coverage, undefined, 'only when asked for');
    assert.doesNotMatch((await crosscheck('check', 'covered/draft.md')).stdout, /coverage/);
    rmSync('covered', { recursive: true, force: true });
  });

  it('prints SARIF 2.1.0 with rules, their help, levels, relative locations and related passages', async () => {
    const { code, stdout } = await crosscheck('check', '--facts', 'facts/facts.yaml', '--format', 'sarif', 'reports/errors.md', 'reports/clean.md');
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const { rules } = sarif.runs[0].tool.driver;
    assert.deepEqual(
      rules.map((rule: { id: string }) => rule.id),
      ['date-conflict', 'name-variant', 'name-misspelled', 'name-mismatch', 'role-conflict', 'age-conflict', 'place-conflict', 'quote-mismatch', 'unknown-source', 'citation-unsupported', 'unsupported-claim'],
    );
    const configuration = (id: string) => rules.find((rule: { id: string }) => rule.id === id).defaultConfiguration;
    assert.deepEqual([configuration('date-conflict'), configuration('name-variant'), configuration('unsupported-claim')], [{ level: 'warning' }, { level: 'note' }, { enabled: false, level: 'note' }]);
    for (const rule of rules) {
      assert.equal(rule.helpUri, undefined, 'no address that may not resolve');
      assert.match(rule.help.text, new RegExp(`docs/findings\\.md, section ${rule.id}, in the Crosscheck package`));
    }
    const results = sarif.runs[0].results;
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.ok(rules.some((rule: { id: string }) => rule.id === result.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, 'reports/errors.md');
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
      for (const related of result.relatedLocations) {
        assert.match(related.physicalLocation.artifactLocation.uri, /^facts\/sources\/[^\\]+\.txt$/);
        assert.ok(related.physicalLocation.region.startLine >= 1);
      }
    }
    assert.ok(results.some((result: { relatedLocations: unknown[] }) => result.relatedLocations.length > 0));
    assert.equal(code, 1);
  });

  it('gives SARIF file URIs for source passages outside the working folder', async () => {
    const sarif = JSON.parse((await crosscheck('check', '--format', 'sarif', 'reports/errors.md')).stdout);
    const uris = sarif.runs[0].results.flatMap((result: { relatedLocations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      result.relatedLocations.map((related) => related.physicalLocation.artifactLocation.uri),
    );
    assert.ok(uris.length > 0);
    for (const uri of uris) assert.match(uri, /^file:\/\/\/.*\/dataset\/sources\/[^/]+\.txt$/);
  });

  it('fails on warnings only past --max-warnings', async () => {
    const { findings } = JSON.parse((await crosscheck('check', '--format', 'json', 'reports/errors.md')).stdout) as { findings: JsonFinding[] };
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    assert.ok(warnings > 0);
    assert.equal((await crosscheck('check', '--max-warnings', String(warnings), 'reports/errors.md')).code, 0);
    assert.equal((await crosscheck('check', '--max-warnings', String(warnings - 1), 'reports/errors.md')).code, 1);
    assert.equal((await crosscheck('check', '--max-warnings', '-1', 'reports/errors.md')).code, 2);
  });

  it('reports a missing draft, checks the others and exits 2', async () => {
    const { code, stdout, stderr } = await crosscheck('check', 'reports/missing.md', 'reports/errors.md', 'drafts/*.md');
    assert.match(stderr, /cannot read reports\/missing\.md: ENOENT/);
    assert.match(stderr, /no file matches drafts\/\*\.md/);
    assert.match(stdout, /^reports\/errors\.md:\d+:\d+: /m);
    assert.equal(code, 2);
  });

  it('checks every Markdown draft under a folder, and says when a folder holds none', async () => {
    const { stdout } = await crosscheck('check', 'reports/');
    assert.match(stdout, /^reports\/errors\.md:\d+:\d+: /m);
    assert.match(stdout, /^2 drafts checked: \d+ warnings?/m);
    const empty = await crosscheck('check', 'facts');
    assert.match(empty.stderr, /no Markdown file \(\.md, \.markdown\) in facts/);
    assert.equal(empty.code, 2);
  });

  it('reads .crosscheck.yaml in the working folder: fact base and settings', async () => {
    const all = JSON.parse((await crosscheck('check', '--format', 'json', 'reports/errors.md')).stdout) as { findings: JsonFinding[] };
    const disabled = all.findings[0].code;
    writeFileSync('.crosscheck.yaml', `factBase: facts/facts.yaml\ndisable: [${disabled}]\nseverity: { name-variant: error }\n`);
    const { code, stdout } = await crosscheck('check', '--format', 'json', 'reports/errors.md');
    const { findings } = JSON.parse(stdout) as { findings: JsonFinding[] };
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.code !== disabled));
    assert.ok(findings.every((finding) => finding.code !== 'name-variant' || finding.severity === 'error'));
    assert.ok(findings.every((finding) => finding.related.every((related) => related.file.startsWith('facts/sources/'))));
    assert.equal(code, 1);
  });

  it('exits 2 with the loader’s messages when the fact base is broken', async () => {
    for (const run of [() => crosscheck('check', '--facts', 'facts/broken.yaml', 'reports/clean.md'), () => (writeFileSync('.crosscheck.yaml', 'factBase: [facts/broken.yaml]\n'), crosscheck('check', 'reports/clean.md'))]) {
      const { code, stdout, stderr } = await run();
      assert.match(stderr, /facts\/broken\.yaml:11:\d+: error:/);
      assert.match(stderr, /the fact base has \d+ error\(s\)/);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    }
  });

  it('reports a broken .crosscheck.yaml with its line and exits 2', async () => {
    writeFileSync('.crosscheck.yaml', 'disable: [no-such-code]\n');
    const { code, stderr } = await crosscheck('check', 'reports/clean.md');
    assert.match(stderr, /\.crosscheck\.yaml:1:\d+: error: .*unknown code "no-such-code"/);
    assert.equal(code, 2);
  });
});
