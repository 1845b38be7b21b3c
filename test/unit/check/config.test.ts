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

  it('reports bad entries with file, line and column, keeping the good ones', () => {
    const { config, problems } = parseConfig(['severity:', '  name-variant: loud', '  no-such-code: warning', 'disable: [age-conflict, typo]', 'maxFindings: -3', 'colour: blue', ''].join('\n'), 'ws/.crosscheck.yaml');
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.message}`),
      [
        'ws/.crosscheck.yaml:2:17 error severity of name-variant: "loud" is not one of error, warning, info, hint, off',
        'ws/.crosscheck.yaml:3:3 error severity: unknown code "no-such-code" (codes: date-conflict, name-variant, name-misspelled, name-mismatch, role-conflict, age-conflict, place-conflict)',
        'ws/.crosscheck.yaml:4:10 error disable: unknown code "typo" (codes: date-conflict, name-variant, name-misspelled, name-mismatch, role-conflict, age-conflict, place-conflict)',
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
});
