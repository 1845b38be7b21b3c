import { strict as assert } from 'node:assert';
import { findMentions, mentionsIn, nameIndexOf } from '../../../src/core/check/names';
import { wordsOf } from '../../../src/core/check/tokens';
import { transliterationKey, editDistance } from '../../../src/core/check/translit';
import { bundledFactBase } from '../editor/bundled';
import { check, checkAgainstSources, checkFor } from './helpers';

async function mentions(text: string): Promise<string[]> {
  const factBase = await bundledFactBase();
  return findMentions(factBase, text).map((mention) => `${text.slice(mention.start, mention.end)}=${mention.actorId}`);
}

describe('findMentions', () => {
  it('finds full names and short forms, the longest spelling first', async () => {
    assert.deepEqual(await mentions('Musa Abu Marzouk met Bogdanov; Abu Marzouk and Marzouk spoke.'), [
      'Musa Abu Marzouk=mousa-abu-marzouk',
      'Bogdanov=mikhail-bogdanov',
      'Abu Marzouk=mousa-abu-marzouk',
      'Marzouk=mousa-abu-marzouk',
    ]);
  });

  it('finds possessives with straight and curly apostrophes', async () => {
    assert.deepEqual(await mentions("Marzouk's words, Marzouk’s visit, Hamas’ position"), ['Marzouk=mousa-abu-marzouk', 'Marzouk=mousa-abu-marzouk', 'Hamas=hamas']);
  });

  it('finds names in all capitals and split by a line break, but not across a blank line', async () => {
    assert.deepEqual(await mentions('MIKHAIL BOGDANOV said so. Mikhail\nBogdanov agreed.'), ['MIKHAIL BOGDANOV=mikhail-bogdanov', 'Mikhail\nBogdanov=mikhail-bogdanov']);
    assert.deepEqual(await mentions('He thanked Mikhail\n\nBogdanov left.'), ['Bogdanov=mikhail-bogdanov']);
  });

  it('finds whole words only', async () => {
    assert.deepEqual(await mentions('Bogdanovich and Moscowite are other words.'), []);
  });

  it('skips code spans, code blocks and URLs', async () => {
    assert.deepEqual(await mentions('See `Bogdanov` and https://example.com/Bogdanov/page\n\n```\nBogdanov\n```\n'), []);
  });
});

describe('mentionsIn', () => {
  it('finds the same mentions from the name starts wordsOf marks as from all the tokens', async () => {
    const index = nameIndexOf(await bundledFactBase());
    const text = 'Musa Abu Marzouk met Bogdanov; Abu Marzouk, Marzouk and MIKHAIL\nBogdanov spoke of Hamas’ position in Москва.';
    const words = wordsOf(text, 0, text.length, 0, index.byFirstWord);
    assert.ok(words.marked.length > 0 && words.marked.length < words.tokens.length);
    const fromStarts = mentionsIn(index, text, words.tokens, words);
    assert.equal(fromStarts.length, 6);
    assert.deepEqual(fromStarts, mentionsIn(index, text, words.tokens));
  });
});

describe('transliteration keys', () => {
  it('make the usual romanisations of one name meet', () => {
    for (const [a, b] of [['kharkin', 'harkin'], ['sergey', 'sergei'], ['marzouk', 'marzuk'], ['meshaal', 'meshal'], ['ivanoff', 'ivanov'], ['maksim', 'maxim']]) {
      assert.equal(transliterationKey(a), transliterationKey(b), `${a} ~ ${b}`);
    }
    assert.notEqual(transliterationKey('bogdanov'), transliterationKey('bagdanov'));
  });

  it('count an adjacent transposition as one edit', () => {
    assert.equal(editDistance('bogdanov', 'bogdnaov', 2), 1);
    assert.equal(editDistance('bogdanov', 'bagdanav', 2), 2);
    assert.equal(editDistance('lavrov', 'peskov', 1), 2);
  });
});

describe('name-misspelled', () => {
  it('names the one person a misspelt surname stands for, with the preferred form of the same shape', async () => {
    assert.deepEqual(await checkFor('name-misspelled', 'Bagdanov agreed with Abu Marzuk. Mikhail Bagdanov left.'), [
      { code: 'name-misspelled', text: 'Bagdanov', fixes: ['Bogdanov'] },
      { code: 'name-misspelled', text: 'Abu Marzuk', fixes: ['Abu Marzouk'] },
      { code: 'name-misspelled', text: 'Mikhail Bagdanov', fixes: ['Mikhail Bogdanov'] },
    ]);
  });

  it('takes a people\'s word for none of the names it comes from', async () => {
    const source = 'Bank taken over\nPublished: 2031-10-17\n\nThe Bank of Slovenia (Banka Slovenije, BS) on Thursday placed Podravska hranilnica under special administration, Governor Ana Ruiz said.\n';
    const misspelled = (await checkAgainstSources([source], 'It was a Slovenian savings bank, Governor Ana Ruiz said.')).filter((finding) => finding.code === 'name-misspelled');
    assert.deepEqual(misspelled, []);
  });

  it('leaves alone short words, lower-case words, ordinary words and unknown names', async () => {
    assert.deepEqual(await checkFor('name-misspelled', 'Petrov and Lavrova met. Russian officials spoke; bagdanov is lower case. Putn is short; Lavrova is another person.'), []);
  });

  it('leaves alone a name that holds a whole surname and a syllable more, but not one letter more', async () => {
    assert.deepEqual(await checkFor('name-misspelled', 'Nabogdanov and Bogdanovich are other people.'), []);
    assert.deepEqual((await checkFor('name-misspelled', 'Bogdanovv spoke.')).map((finding) => finding.text), ['Bogdanovv']);
  });

  it('leaves alone a number written in words, however close its sounds come to a surname', async () => {
    assert.deepEqual(await checkFor('name-misspelled', '- Fourteen index cards, one per meeting'), []);
  });

  it('leaves alone a word the draft also writes in lower case', async () => {
    assert.deepEqual(await checkFor('name-misspelled', 'Trufanoy is odd, but trufanoy is written in lower case here too.'), []);
  });

  it('respects accepted spellings', async () => {
    assert.deepEqual(await checkFor('name-misspelled', 'Bagdanov agreed.', { accept: ['Bagdanov'] }), []);
  });
});

describe('name-variant', () => {
  it('hints at the spelling most sources use and says who writes which', async () => {
    const findings = await check('Alexander Trupanov was named.');
    assert.deepEqual(findings, [{ code: 'name-variant', text: 'Alexander Trupanov', fixes: ['Alexander Trufanov'] }]);
  });

  it('is silent for the preferred spelling and for accepted variants', async () => {
    assert.deepEqual(await check('Alexander Trufanov was named.'), []);
    assert.deepEqual(await check('Alexander Trupanov was named.', { accept: ['alexander trupanov'] }), []);
  });

  it('mends a given name before a variant short form to the preferred full name, not to another blend', async () => {
    assert.deepEqual(await check('Moussa Abu Marzook'), [{ code: 'name-variant', text: 'Moussa Abu Marzook', fixes: ['Mousa Abu Marzouk'] }]);
    assert.deepEqual(await check('Mousa Abu Marzouk'), []);
  });
});

describe('name-mismatch', () => {
  it('flags a given name the sources never give the person', async () => {
    assert.deepEqual(await checkFor('name-mismatch', 'Sergei Bogdanov spoke.'), [{ code: 'name-mismatch', text: 'Sergei Bogdanov', fixes: ['Mikhail Bogdanov'] }]);
  });

  it('flags a given name no source gives anyone when a title the person holds stands right before it', async () => {
    assert.deepEqual((await checkFor('name-mismatch', 'The Kremlin spokesman, Boris Peskov, said nothing.')).map((finding) => finding.text), ['Boris Peskov']);
    assert.deepEqual((await checkFor('name-mismatch', 'Deputy Foreign Minister Boris Bogdanov met them.')).map((finding) => finding.text), ['Boris Bogdanov']);
    assert.deepEqual(await checkFor('name-mismatch', 'A reporter asked Boris Bogdanov, a plumber, about it.'), []);
  });

  it('takes a word no lexicon knows, between the person\'s own title and their surname, for a wrong given name, though no place or people\'s word', async () => {
    assert.deepEqual((await checkFor('name-mismatch', 'Kremlin spokesman Oleg Peskov said nothing.')).map((finding) => finding.text), ['Oleg Peskov']);
    assert.deepEqual(await checkFor('name-mismatch', 'Kremlin spokesman Russian Peskov said nothing.'), []);
    assert.deepEqual(await checkFor('name-mismatch', 'A man called Oleg Peskov said nothing.'), []);
    assert.deepEqual((await checkFor('name-mismatch', 'Kremlin spokesman <!-- a note -->Oleg Peskov said nothing.')).map((finding) => finding.text), ['Oleg Peskov']);
  });

  it('accepts transliteration-close given names and words that are no given names', async () => {
    assert.deepEqual(await checkFor('name-mismatch', 'Yuri Ushakov and Sergey Lavrov spoke. Minister Bogdanov and Moscow Bogdanov too.'), []);
  });
});
