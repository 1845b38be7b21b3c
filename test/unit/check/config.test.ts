import { strict as assert } from 'node:assert';
import { checkOptionsOf, parseConfig } from '../../../src/core/config';

describe('.crosscheck.yaml', () => {
  it('reads every setting', () => {
    const { config, problems } = parseConfig(
      ['factBase: [kb/facts.yaml, kb/more.facts.yaml]', 'severity: { name-variant: info, age-conflict: off }', 'disable: [place-conflict]', 'accept: [Marzook]', 'citations: { report2025: s000 }', 'maxFindings: 50', 'maxDraftSize: 100000', ''].join('\n'),
      '.crosscheck.yaml',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      factBase: ['kb/facts.yaml', 'kb/more.facts.yaml'],
      severity: { 'name-variant': 'info', 'age-conflict': 'off' },
      disable: ['place-conflict'],
      accept: ['Marzook'],
      citations: { report2025: 's000' },
      maxFindings: 50,
      maxDraftSize: 100000,
    });
    assert.deepEqual(checkOptionsOf(config), { severity: config.severity, disable: ['place-conflict'], accept: ['Marzook'], citations: { report2025: 's000' }, maxFindings: 50 });
  });

  it('takes a single fact base path and an empty file', () => {
    assert.deepEqual(parseConfig('factBase: facts.yaml\n', 'c.yaml').config.factBase, ['facts.yaml']);
    assert.deepEqual(parseConfig('', 'c.yaml').problems, []);
  });

  it('takes a fact base only inside the settings file\'s folder, whether written relative, absolute or as a URI', () => {
    const { config, problems } = parseConfig('factBase: [kb/facts.yaml, /ws/kb/b.yaml, ../other/facts.yaml, /proc/self/environ, kb/../../x.yaml]\n', '/ws/.crosscheck.yaml');
    assert.deepEqual(config.factBase, ['kb/facts.yaml', '/ws/kb/b.yaml']);
    assert.deepEqual(
      problems.map((problem) => `${problem.line}:${problem.column} ${problem.message.split(';')[0]}`),
      ['1:42 factBase: "../other/facts.yaml" lies outside this folder', '1:63 factBase: "/proc/self/environ" lies outside this folder', '1:83 factBase: "kb/../../x.yaml" lies outside this folder'],
    );
    assert.deepEqual(parseConfig('factBase: /ws/facts.yaml\n', 'file:///ws/.crosscheck.yaml').config.factBase, ['/ws/facts.yaml']);
    assert.equal(parseConfig('factBase: /etc/passwd\n', 'file:///ws/.crosscheck.yaml').problems.length, 1);
  });

  it('reports bad entries with file, line and column, keeping the good ones', () => {
    const { config, problems } = parseConfig(['severity:', '  name-variant: loud', '  no-such-code: warning', 'disable: [age-conflict, typo]', 'maxFindings: -3', 'colour: blue', ''].join('\n'), 'ws/.crosscheck.yaml');
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.message}`),
      [
        'ws/.crosscheck.yaml:2:17 error severity of name-variant: "loud" is not one of error, warning, info, hint, off',
        'ws/.crosscheck.yaml:3:3 error severity: unknown code "no-such-code" (codes: date-conflict, name-variant, name-misspelled, name-mismatch, role-conflict, age-conflict, place-conflict, quote-mismatch, unknown-source, citation-unsupported, unsupported-claim)',
        'ws/.crosscheck.yaml:4:10 error disable: unknown code "typo" (codes: date-conflict, name-variant, name-misspelled, name-mismatch, role-conflict, age-conflict, place-conflict, quote-mismatch, unknown-source, citation-unsupported, unsupported-claim)',
        'ws/.crosscheck.yaml:5:14 error maxFindings must be a positive whole number',
        'ws/.crosscheck.yaml:6:1 warning unknown setting "colour" (settings: factBase, severity, disable, accept, citations, maxFindings, maxDraftSize)',
      ],
    );
    assert.deepEqual(config.disable, ['age-conflict']);
  });

  it('reports YAML syntax errors and a file that is no mapping', () => {
    assert.equal(parseConfig('severity: [unclosed\n', 'c.yaml').problems[0]?.code, 'config');
    assert.match(parseConfig('- a\n- b\n', 'c.yaml').problems[0]?.message ?? '', /must be a mapping/);
  });

  it('places a syntax error inside the file, even one at its very end', () => {
    const [problem] = parseConfig('[', 'c.yaml').problems;
    assert.deepEqual([problem?.line, problem?.column, problem?.endLine, problem?.endColumn], [1, 2, 1, 2]);
    const [afterLineBreak] = parseConfig('accept: [a,\r\n', 'c.yaml').problems;
    assert.deepEqual([afterLineBreak?.line, afterLineBreak?.column, afterLineBreak?.endLine, afterLineBreak?.endColumn], [2, 1, 2, 1]);
  });

  it('refuses brackets nested too deep, at the first one too many, without reading further', () => {
    const { problems } = parseConfig('['.repeat(11_000), 'c.yaml');
    assert.deepEqual(
      problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`),
      ['1:201 brackets nest more than 200 levels deep here; the file is not read'],
    );
  });

  it('reports indentation nested too deep as such', () => {
    const { problems } = parseConfig('- '.repeat(20_000), 'c.yaml');
    assert.ok(problems.length > 0);
    assert.ok(problems.every((problem) => problem.message === 'the file nests too deeply to be read'), problems.map((problem) => problem.message).join('\n'));
  });

  it('lists the first fifty problems and says how many more there are', () => {
    const { problems } = parseConfig(`disable: [${'typo, '.repeat(80)}]\n`, 'c.yaml');
    assert.equal(problems.length, 51);
    assert.ok(problems.slice(0, 50).every((problem) => problem.message.startsWith('disable: unknown code "typo"')));
    assert.equal(problems[50]?.message, '30 more problems not listed');
    assert.deepEqual([problems[50]?.line, problems[50]?.column], [2, 1]);
  });
});
