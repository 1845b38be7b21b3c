// Claims read in linear time: a paragraph of a megabyte, one sentence of names and dates, or mixed
// line endings take no more than a few times what ordinary prose of their length takes.
import { checkDraft } from '../../../src/core/check/checker';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from '../editor/bundled';
import { assertNearProseTime } from '../prose-time';

describe('long input for the claim rules', function () {
  this.timeout(120_000);
  let factBase: FactBase;
  const check = (text: string) => checkDraft(factBase, text);

  before(async () => {
    factBase = await bundledFactBase();
  });

  it('reads a megabyte of names, homes and ages in one paragraph as fast as prose', () => {
    assertNearProseTime('"Kozlov, from " repeated', 'Kozlov, from '.repeat(80_000), check);
    assertNearProseTime('"Kozlov, 27, from Ashkelon; " repeated', 'Kozlov, 27, from Ashkelon; '.repeat(40_000), check);
  });

  it('reads one long sentence of names, titles, places and dates as fast as prose', () => {
    assertNearProseTime('talks sentence', 'Bogdanov met Abu Marzouk in Moscow on 3 February 2025 and '.repeat(17_000), check);
    assertNearProseTime('titles sentence', 'Foreign Minister Bogdanov, the deputy head of the Politburo, Lavrov, '.repeat(15_000), check);
    assertNearProseTime('dates sentence', 'in October 2023, the next day, on Monday, 2024-01, '.repeat(20_000), check);
    const dayAfterDay = Array.from({ length: 6_000 }, (_, i) => `Kozlov met Bogdanov on ${(i % 28) + 1} May 2016, `).join('');
    assertNearProseTime('one clause of dates no event agrees with', dayAfterDay, check);
    assertNearProseTime('clauses and asides', 'Kozlov (who was held in Gaza since 2023) met Bogdanov in Moscow on 5 May 2016; '.repeat(5_000), check);
    assertNearProseTime('parentheses never closed', 'Kozlov met Bogdanov (in Moscow on 5 May 2016 '.repeat(10_000), check);
  });

  it('reads mixed line endings as fast as prose', () => {
    assertNearProseTime('mixed line endings', 'Hamas chief Mashal met Lavrov in 2008\r\nin Damascus\rand Bogdanov\n'.repeat(15_000), check);
  });
});
