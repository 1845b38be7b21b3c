// The command line on files that are not what they seem: pipes and devices named as drafts or fact
// bases, and drafts with a byte order mark.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { crosscheck, inScratchFolder } from './helpers';

describe('crosscheck on hostile input', function () {
  this.timeout(60000);
  inScratchFolder('crosscheck-hostile-');

  it('gives the columns of a draft with a byte order mark as editors count them', async () => {
    const draft = `Foreign Minister Mikhail Bogdanov received them.\n\n${readFileSync('reports/errors.md', 'utf8')}`;
    writeFileSync('plain.md', draft);
    writeFileSync('bom.md', `\ufeff${draft}`);
    const plain = JSON.parse((await crosscheck('check', '--format', 'json', 'plain.md')).stdout);
    const bom = JSON.parse((await crosscheck('check', '--format', 'json', 'bom.md')).stdout);
    const place = (finding: { line: number; column: number; endColumn: number }) => `${finding.line}:${finding.column}-${finding.endColumn}`;
    assert.equal(place(plain.findings[0]), '1:1-34');
    assert.deepEqual(bom.findings.map(place), plain.findings.map(place));
  });

  if (process.platform === 'linux') {
    it('refuses a draft or a fact base that is a pipe or a device at once, naming it', async () => {
      execFileSync('mkfifo', ['pipe.md']);
      const draft = await crosscheck('check', 'pipe.md', 'reports/errors.md');
      assert.match(draft.stderr, /^crosscheck check: cannot read pipe\.md: not a regular file but a pipe$/m);
      assert.match(draft.stdout, /^reports\/errors\.md:\d+:\d+: /m);
      assert.equal(draft.code, 2);
      const facts = await crosscheck('check', '--facts', '/dev/zero', 'reports/errors.md');
      assert.equal(facts.stderr, 'crosscheck check: cannot read /dev/zero: not a regular file but a character device');
      assert.equal(facts.code, 2);
    });
  }
});
