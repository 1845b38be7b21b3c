import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES } from '../../../src/core/check/types';

describe('finding documentation', () => {
  it('has a section for every finding code, which diagnostics link to', () => {
    const headings = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'findings.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    const missing = FINDING_CODES.filter((code) => !headings.includes(code));
    assert.deepEqual(missing, [], `docs/findings.md has no section for ${missing.join(', ')}`);
  });
});
