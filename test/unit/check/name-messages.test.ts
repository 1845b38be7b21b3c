// What name findings say about who writes which form, on a small fact base of names made up for it.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';

const SOURCES = new Map([
  ['/f/a.txt', 'Ilya Varnavsky spoke. Varnavsky left. Varnavsky returned. Varnavsky slept. Maria Solberg agreed.'],
  ['/f/b.txt', 'Ilya Varnavsky wrote.'],
  ['/f/c.txt', 'Ilia Varnavskiy answered.'],
]);

const YAML = `version: 1
sources:
  - id: a
    file: a.txt
    title: Report a
  - id: b
    file: b.txt
    title: Report b
  - id: c
    file: c.txt
    title: Report c
actors:
  - id: ilya-varnavsky
    type: person
    name: Ilya Varnavsky
    given: [Ilya, Ilia]
    spellings:
      - { text: Ilya Varnavsky, uses: { a: 1, b: 1 } }
      - { text: Ilia Varnavskiy, uses: { c: 1 } }
    short:
      - { text: Varnavsky, uses: { a: 3 } }
      - { text: Varnavskiy, uses: {} }
      - { text: Varnavskii, uses: {} }
    evidence: [{ source: a, quote: Ilya Varnavsky spoke }]
  - id: maria-solberg
    type: person
    name: Maria Solberg
    given: [Maria]
    spellings:
      - { text: Maria Solberg, uses: { a: 1 } }
    short:
      - { text: Solberg, uses: {} }
    evidence: [{ source: a, quote: Maria Solberg agreed }]
`;

async function factBase(): Promise<FactBase> {
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: YAML }], createMemoryFileReader(SOURCES));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

async function messages(code: string, text: string): Promise<string[]> {
  return checkDraft(await factBase(), text).filter((finding) => finding.code === code).map((finding) => finding.message);
}

describe('name messages', () => {
  it('say that a short form no source writes alone is written within a longer form, and by which sources', async () => {
    assert.deepEqual(await messages('name-variant', 'Then Varnavskiy spoke.'), [
      'Most sources write “Varnavsky” for Ilya Varnavsky (a); no source writes “Varnavskiy” alone, only within “Ilia Varnavskiy” (c).',
    ]);
  });

  it('still say no source writes a form that no longer form holds either', async () => {
    assert.deepEqual(await messages('name-variant', 'Then Varnavskii spoke.'), [
      'Most sources write “Varnavsky” for Ilya Varnavsky (a); no source writes “Varnavskii”.',
    ]);
  });

  it('say which longer form holds the suggested form when no source writes it alone', async () => {
    assert.deepEqual(await messages('name-misspelled', 'Then Solbreg agreed.'), [
      'No source writes “Solbreg”; the fact base gives “Solberg” (Maria Solberg), which sources write only within “Maria Solberg” (a).',
    ]);
  });
});
