import * as assert from 'node:assert/strict';
import { SpellingCounter } from '../../../src/core/factbase/spellings';
import { SourceText } from '../../../src/core/factbase/source-text';
import { tokenize } from '../../../src/core/factbase/tokens';

/** The definition the tokenizer follows: a run of letters, marks and digits, or one other non-space character. */
function referenceTokens(text: string): { texts: string[]; starts: number[]; ends: number[]; isWord: boolean[] } {
  const tokens = { texts: [] as string[], starts: [] as number[], ends: [] as number[], isWord: [] as boolean[] };
  for (const match of text.matchAll(/([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const isWord = match[1] !== undefined;
    const lower = match[0].toLowerCase();
    tokens.texts.push(isWord ? lower.replaceAll('\u02bc', "'") : /[\u2018\u2019\u02bc`]/.test(match[0]) ? "'" : lower);
    tokens.starts.push(match.index);
    tokens.ends.push(match.index + match[0].length);
    tokens.isWord.push(isWord);
  }
  return tokens;
}

/** Texts of pieces that stress the tokenizer: cases, marks, astral and lone surrogates, Unicode spaces, apostrophes. */
function generatedTexts(count: number): string[] {
  const pieces = ['a', 'Z', '9', 'Abu', 'MARZOUK', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', 'é', 'e\u0301', 'İ', 'ß', 'Σ', 'Ж', '٣', '\u02bc', '\u2019', '`', "'", '-', '.', ',', '😀', '𝔸', '\ud800', '\udc00', '\u200b', '\ufeff'];
  let seed = 11;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
}

describe('fact base tokens', () => {
  it('splits text as the definition does: words, single punctuation characters, whitespace left out', () => {
    for (const text of generatedTexts(2000)) assert.deepEqual(tokenize(text), referenceTokens(text), JSON.stringify(text));
  });

  it('counts spellings in any text as the tokens of that text say', () => {
    const spellings = [
      { actorId: 'marzouk', text: 'Abu Marzouk' },
      { actorId: 'marzouk', text: 'Marzouk' },
      { actorId: 'accented', text: 'Zé Marzouk' },
      { actorId: 'astral', text: '𝔸bu' },
      { actorId: 'apostrophe', text: "O'Brien" },
    ];
    const counter = new SpellingCounter(spellings.map((spelling) => spelling.text), spellings.map((spelling) => spelling.actorId));
    const counted = (text: string) => {
      const { spellings: used, counts } = counter.countIn(new SourceText('s.txt', text));
      return Object.fromEntries([...used].map((index, i) => [spellings[index]!.text, counts[i]]));
    };
    assert.deepEqual(counted('ABU marzouk, Marzouk and abu\nMARZOUK; Marzouki, Marzouk\u0301'), { 'Abu Marzouk': 2, Marzouk: 1 });
    // "Marzouk" inside another actor's name still counts for its own actor.
    assert.deepEqual(counted('zé marzouk, ZÉ Marzouk, Ze Marzouk'), { 'Zé Marzouk': 2, Marzouk: 3 });
    assert.deepEqual(counted('𝔸bu Marzouk, 𝔸bu'), { '𝔸bu': 2, Marzouk: 1 });
    // The letter apostrophe ʼ makes one word of "Oʼbrien", which the three tokens of "O'Brien" do not match.
    assert.deepEqual(counted('o’brien, O`Brien, O\u02bcBrien'), { "O'Brien": 2 });
  });

  it('tells spellings of the same tokens for the same name, however they are written', () => {
    const texts = ['Abu Marzouk', "O'Brien", 'abu  MARZOUK', 'Abu-Marzouk', 'o’brien', 'ABU MARZOUK', 'abu - marzouk', 'Abu', 'Marzouk Abu'];
    const counter = new SpellingCounter(texts, texts.map(() => 'actor'));
    assert.deepEqual([...counter.firstOfName], [0, 1, 0, 3, 1, 0, 3, 7, 8]);
  });
});
