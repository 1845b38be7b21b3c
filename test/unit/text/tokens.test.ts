import { strict as assert } from 'node:assert';
import { isCapitalized, isCapitalizedAt, normalizeWord, tokenize, wordsOf } from '../../../src/core/check/tokens';

function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}

describe('tokenize', () => {
  it('reads letters, marks and digits as words, lower-cased and without diacritics', () => {
    assert.deepEqual(words('Abu Marzoúk’s 2nd visit, Москва — 7 октября!'), ['abu', 'marzouk', 's', '2nd', 'visit', 'москва', '7', 'октября']);
  });

  it('gives the offsets of the words as written', () => {
    const text = '  “Haniyeh”, Lavrov.';
    assert.deepEqual(
      tokenize(text).map((token) => text.slice(token.start, token.end)),
      ['Haniyeh', 'Lavrov'],
    );
  });

  it('reads only between start and end', () => {
    assert.deepEqual(tokenize('one two three', 4, 9).map((token) => token.norm), ['two', 't']);
  });

  it('gives one string to every spelling of a repeated ASCII word', () => {
    const [first, second, third] = tokenize('Hamas HAMAS hamas');
    assert.equal(first.norm, 'hamas');
    assert.equal(second.norm, first.norm);
    assert.equal(third.norm, first.norm);
  });

  it('tells apart words that share a length and most of their letters', () => {
    const words = [
      'abc', 'abd', 'abcd', 'abce', 'c0', 'an', 'abcde', 'abcdf', 'abcdefgh', 'abcdefgi', 'abcdxfgh',
      'negotiation', 'negotiatiom', 'negotiatxon', 'negxtiation', 'xegotiation', 'negotiations', 'negotiation0',
    ];
    const text = [...words, ...words.map((word) => word.toUpperCase())].join(' ');
    assert.deepEqual(tokenize(text).map((token) => token.norm), [...words, ...words]);
  });

  it('keeps letters outside the Basic Multilingual Plane inside the word', () => {
    assert.deepEqual(words('a𝐀b c'), ['a𝐀b', 'c']);
  });
});

describe('wordsOf', () => {
  it('tells whether the text has an ASCII digit', () => {
    assert.equal(wordsOf('Talks in March').hasDigit, false);
    assert.equal(wordsOf('Talks on 3 March').hasDigit, true);
    assert.equal(wordsOf('Talks in Room B12').hasDigit, true);
    assert.equal(wordsOf('Talks in Roombook12').hasDigit, true);
    assert.equal(wordsOf('Talks in Москва7').hasDigit, true);
    // Arabic-Indic digits are words but not the digits dates are written with.
    assert.equal(wordsOf('٢٠٢٣').hasDigit, false);
  });

  it('tells whether every word is ASCII', () => {
    assert.equal(wordsOf('Talks in Moscow, 2006: “Hamas” – Lavrov’s deputy').asciiOnly, true);
    assert.equal(wordsOf('Talks in Moscou (Москва)').asciiOnly, false);
    assert.equal(wordsOf('Marzou\u0301k').asciiOnly, false);
    assert.equal(wordsOf('x \ud8005 y').asciiOnly, false);
    // Words outside the range read do not count.
    assert.equal(wordsOf('Москва in 2006', 7).asciiOnly, true);
  });

  it('sees a digit that follows a lone high surrogate', () => {
    const { tokens, hasDigit } = wordsOf('x \ud8005 y');
    assert.equal(hasDigit, true);
    assert.equal(tokens.length, 3);
  });

  it('lists the ASCII words a date may start at: digits first, or a month or season name first', () => {
    const text = 'Mayor Jansen met Marchenko in Sept 2006, in springtime, on 3rd March, not in A320 or Москва-7а';
    assert.deepEqual(
      wordsOf(text).dateLeads.map((token) => text.slice(token.start, token.end)),
      ['Mayor', 'Jansen', 'Marchenko', 'Sept', '2006', 'springtime', '3rd', 'March'],
    );
  });

  it('gives the same tokens as tokenize', () => {
    const text = 'Sergei Lavrov met Khaled Mashal on 3 March 2006 in Moscow.';
    assert.deepEqual(wordsOf(text).tokens, tokenize(text));
  });
});

describe('normalizeWord', () => {
  it('folds case and diacritics', () => {
    assert.equal(normalizeWord('MARZOÚK'), 'marzouk');
    assert.equal(normalizeWord('Lavrov'), 'lavrov');
  });
});

describe('isCapitalizedAt', () => {
  it('agrees with isCapitalized of the word at the offset', () => {
    const text = 'Émile met émile, Lavrov, lavrov, 2006 and Ωmega.';
    for (const token of tokenize(text)) {
      assert.equal(isCapitalizedAt(text, token.start), isCapitalized(text.slice(token.start, token.end)), text.slice(token.start, token.end));
    }
    assert.equal(isCapitalizedAt(text, 0), true);
    assert.equal(isCapitalizedAt(text, text.indexOf('émile')), false);
    assert.equal(isCapitalizedAt(text, text.indexOf('Ωmega')), true);
  });
});

describe('wordsOf with an origin', () => {
  it('reads a stretch of a longer text with offsets counted from the origin', () => {
    const text = 'Before. Lavrov met Haniyeh in 2020. After.';
    const start = text.indexOf('Lavrov');
    const end = text.indexOf(' After');
    const stretch = text.slice(start, end);
    assert.deepEqual(wordsOf(text, start, end, start), wordsOf(stretch));
  });

  it('reads nothing past the end, even for a high surrogate just before it', () => {
    const text = 'ab\ud8005';
    assert.deepEqual(wordsOf(text, 0, 3, 0), wordsOf(text.slice(0, 3)));
    assert.equal(wordsOf(text, 0, 3, 0).hasDigit, false);
  });
});

describe('wordsOf with a lookup of words to mark', () => {
  it('lists the tokens whose word the lookup has, ASCII or not, with what it gives for them', () => {
    const marks = new Map([['lavrov', 'minister'], ['москва', 'city']]);
    const words = wordsOf('Lavrov in Москва met LAVROV and Lavrova', 0, undefined, 0, marks);
    assert.deepEqual(words.marked, [0, 2, 4]);
    assert.deepEqual(words.markedValues, ['minister', 'city', 'minister']);
    assert.deepEqual(wordsOf('Lavrov in Москва').marked, []);
  });

  it('answers for each lookup asked, though words remember what the last lookup said of them', () => {
    const text = 'Haniyeh met Bogdanov, then Haniyeh left';
    const first = new Map([['haniyeh', 1]]);
    const second = new Map([['bogdanov', 2], ['left', 3]]);
    assert.deepEqual(wordsOf(text, 0, undefined, 0, first).markedValues, [1, 1]);
    assert.deepEqual(wordsOf(text, 0, undefined, 0, second).marked, [2, 5]);
    assert.deepEqual(wordsOf(text, 0, undefined, 0, second).markedValues, [2, 3]);
    assert.deepEqual(wordsOf(text, 0, undefined, 0, first).marked, [0, 4]);
  });
});
