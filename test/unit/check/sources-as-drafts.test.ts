// The sources are what every check is against: each of them, checked as a draft, states nothing
// that conflicts with the fact base drawn from them all.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { check } from './helpers';

const SOURCES = path.join(__dirname, '..', '..', '..', 'dataset', 'sources');
const CONFLICTS = new Set(['date-conflict', 'place-conflict', 'role-conflict', 'age-conflict', 'name-mismatch', 'name-misspelled', 'quote-mismatch']);

describe('the sources checked as drafts', () => {
  for (const file of readdirSync(SOURCES).filter((name) => name.endsWith('.txt'))) {
    it(`${file} conflicts with nothing the fact base draws from the sources`, async () => {
      const findings = await check(readFileSync(path.join(SOURCES, file), 'utf8'));
      assert.deepEqual(findings.filter((finding) => CONFLICTS.has(finding.code)), []);
    });
  }

  it('reads them as claims: one date changed in a source is a conflict', async () => {
    const text = readFileSync(path.join(SOURCES, readdirSync(SOURCES).find((name) => name.startsWith('000_'))!), 'utf8');
    const changed = text.replace('On February 3, 2025', 'On February 6, 2025');
    assert.notEqual(changed, text);
    assert.deepEqual((await check(changed)).filter((finding) => finding.code === 'date-conflict').map((finding) => finding.text), ['February 6, 2025']);
  });
});
