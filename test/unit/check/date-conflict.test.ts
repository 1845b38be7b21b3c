// date-conflict's fixes on a small fact base made up for it: two talks of the same people a year apart.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from '../editor/bundled';

const SOURCE = 'On 20 January 2024 Ivan Petrov held talks with Olga Sokolova. On 3 February 2025 Ivan Petrov held talks with Olga Sokolova again.';

const YAML = `version: 1
sources:
  - id: s1
    file: s1.txt
    title: Two rounds of talks
actors:
  - id: ivan-petrov
    type: person
    name: Ivan Petrov
    given: [Ivan]
    spellings: [{ text: Ivan Petrov, uses: { s1: 2 } }]
    short: [{ text: Petrov, uses: {} }]
    evidence: [{ source: s1, quote: Ivan Petrov held talks }]
  - id: olga-sokolova
    type: person
    name: Olga Sokolova
    given: [Olga]
    spellings: [{ text: Olga Sokolova, uses: { s1: 2 } }]
    short: [{ text: Sokolova, uses: {} }]
    evidence: [{ source: s1, quote: talks with Olga Sokolova }]
events:
  - id: first-talks
    name: Petrov's first talks with Sokolova
    words: [talks]
    date: 2024-01-20
    participants: [ivan-petrov, olga-sokolova]
    evidence: [{ source: s1, quote: On 20 January 2024 Ivan Petrov held talks with Olga Sokolova }]
  - id: second-talks
    name: Petrov's second talks with Sokolova
    words: [talks]
    date: 2025-02-03
    participants: [ivan-petrov, olga-sokolova]
    evidence: [{ source: s1, quote: On 3 February 2025 Ivan Petrov held talks with Olga Sokolova again }]
`;

async function factBase(): Promise<FactBase> {
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: YAML }], createMemoryFileReader(new Map([['/f/s1.txt', SOURCE]])));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

async function conflicts(text: string): Promise<{ text: string; fixes: string[]; message: string }[]> {
  return checkDraft(await factBase(), text)
    .filter((finding) => finding.code === 'date-conflict')
    .map((finding) => ({ text: text.slice(finding.range.start.offset, finding.range.end.offset), fixes: finding.fixes.map((fix) => fix.replacement), message: finding.message }));
}

describe('date-conflict: a slip of the year', () => {
  it('offers first the date of the event of the same day in another year, then the nearest event', async () => {
    assert.deepEqual(await conflicts('Ivan Petrov held talks with Olga Sokolova on 3 February 2024.'), [
      {
        text: '3 February 2024',
        fixes: ['3 February 2025', '20 January 2024'],
        message:
          "The sources put Petrov's first talks with Sokolova on 20 January 2024 (s1), not on 3 February 2024; they put Petrov's second talks with Sokolova on 3 February 2025 (s1), the same day in another year.",
      },
    ]);
  });

  it('takes no month written without its day for a slip of an event told to the day', async () => {
    assert.deepEqual((await conflicts('Ivan Petrov held talks with Olga Sokolova in February 2024.')).map((finding) => finding.fixes), [['January 2024']]);
  });

  it('offers the nearest event alone when no event has the day in another year', async () => {
    assert.deepEqual((await conflicts('Ivan Petrov held talks with Olga Sokolova on 4 February 2024.')).map((finding) => finding.fixes), [['20 January 2024']]);
  });
});

describe('date-conflict: the message', () => {
  const messages = async (text: string) => checkDraft(await bundledFactBase(), text).filter((finding) => finding.code === 'date-conflict').map((finding) => finding.message);

  it('states the date once when the event\'s name states it, and gives a name after its title no "the"', async () => {
    assert.deepEqual(await messages('Haniyeh saw Lavrov in October 2022.'), ["The sources put Ismail Haniyeh's meeting with Sergei Lavrov in September 2022 (s004), not in October 2022."]);
    assert.deepEqual(await messages('In February 2016 Shein gave an interview to The News of Israel.'), ["The sources put Ambassador Alexander Shein's interview with The News of Israel in February 2017 (s004), not in February 2016."]);
  });
});
