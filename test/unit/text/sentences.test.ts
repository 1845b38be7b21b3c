import { strict as assert } from 'node:assert';
import { sentenceSpans } from '../../../src/core/text/sentences';

function sentences(text: string, start?: number, end?: number): string[] {
  return sentenceSpans(text, start, end).map((span) => text.slice(span.start, span.end));
}

describe('sentenceSpans', () => {
  it('splits at terminators followed by a capital, a digit or an opening quote', () => {
    assert.deepEqual(sentences('Talks ended. Hamas left! Why? "We insist," said Marzouk. 2008 was quiet.'), [
      'Talks ended.',
      'Hamas left!',
      'Why?',
      '"We insist," said Marzouk.',
      '2008 was quiet.',
    ]);
  });

  it('splits before a sentence opening in bold or italics, but not after a terminator inside them (a bold lead)', () => {
    assert.deepEqual(sentences('Shein spoke in 2017. **Viktorov**, the ambassador, spoke later. **17 January 2024.** Talks were held.'), [
      'Shein spoke in 2017.',
      '**Viktorov**, the ambassador, spoke later.',
      '**17 January 2024.** Talks were held.',
    ]);
  });

  it('gives exact offsets, without surrounding blanks', () => {
    const text = '  First one.  Second one.\n';
    assert.deepEqual(sentenceSpans(text), [
      { start: 2, end: 12 },
      { start: 14, end: 25 },
    ]);
  });

  it('does not split after titles, initials, dotted acronyms or references before numbers', () => {
    assert.deepEqual(
      sentences('Mr. Bogdanov met Dr. Naim in St. Petersburg. The release of A. Trufanov was agreed in the U.S. capital. See p. 2 and No. 5 on Feb. 3 too. Done.'),
      [
        'Mr. Bogdanov met Dr. Naim in St. Petersburg.',
        'The release of A. Trufanov was agreed in the U.S. capital.',
        'See p. 2 and No. 5 on Feb. 3 too.',
        'Done.',
      ],
    );
  });

  it('keeps decimals, URLs, ellipses before lowercase and closing quotes in one sentence', () => {
    assert.deepEqual(sentences('Aid rose 2.5 percent... then fell. He said "Stop." Then Ria.ru/x.html went down.'), [
      'Aid rose 2.5 percent... then fell.',
      'He said "Stop."',
      'Then Ria.ru/x.html went down.',
    ]);
  });

  it('takes in closing brackets and footnote markers after the terminator', () => {
    assert.deepEqual(sentences('Under the ceasefire.[1] In turn (as it seems.) The Kremlin asked.'), [
      'Under the ceasefire.[1]',
      'In turn (as it seems.)',
      'The Kremlin asked.',
    ]);
    assert.deepEqual(sentences('It was a gesture.[^note-2]\nThe Kremlin asked.'), ['It was a gesture.[^note-2]', 'The Kremlin asked.']);
  });

  it('ends a sentence after a citation standing past its terminator', () => {
    assert.deepEqual(sentences('He called it "over." [@s001] Then he left. See [see @s002, p. 4]\nThe end.'), ['He called it "over." [@s001]', 'Then he left.', 'See [see @s002, p. 4]\nThe end.']);
    assert.deepEqual(sentences('It ended. [a note] Then more.'), ['It ended. [a note] Then more.']);
  });

  it('does not split at a line break inside a block, and splits before non-ASCII capitals', () => {
    assert.deepEqual(sentences('Mikhail\nBogdanov met them. Ölkers came.'), ['Mikhail\nBogdanov met them.', 'Ölkers came.']);
  });

  it('does not split after a month\'s abbreviation before a year\'s last two digits', () => {
    assert.deepEqual(sentences("They met in Sept. '19 in Urk. Then they left."), ["They met in Sept. '19 in Urk.", 'Then they left.']);
  });

  it('splits before a line that opens a message of a chat or a transcript', () => {
    assert.deepEqual(sentences('**[10:02] Ana:** they met in Doha\n**[10:03] Ben:** no, in Rome. Ok'), ['**[10:02] Ana:** they met in Doha', '**[10:03] Ben:** no, in Rome.', 'Ok']);
    assert.deepEqual(sentences('**Q:** where was it\n**A:** in Rome'), ['**Q:** where was it', '**A:** in Rome']);
    assert.deepEqual(sentences('It was **not**\nin Rome: **they** met in Doha.'), ['It was **not**\nin Rome: **they** met in Doha.']);
  });

  it('works within the range given and on empty or odd ranges', () => {
    const text = 'Skip this. Take this one. And this. Not this.';
    const start = text.indexOf('Take');
    const end = text.indexOf(' Not');
    assert.deepEqual(sentenceSpans(text, start, end), [
      { start, end: start + 14 },
      { start: start + 15, end },
    ]);
    assert.deepEqual(sentenceSpans(text, 5, 2), []);
    assert.deepEqual(sentenceSpans('   '), []);
    assert.deepEqual(sentences('No terminator at all'), ['No terminator at all']);
    assert.deepEqual(sentences('...!?'), ['...!?']);
  });

  it('stays linear on long runs of terminators and abbreviations', () => {
    for (const text of ['. '.repeat(100000), 'Mr. '.repeat(50000), '?'.repeat(200000), 'A. B. '.repeat(40000)]) {
      const started = performance.now();
      sentenceSpans(text);
      assert.ok(performance.now() - started < 2000);
    }
  });
});
