// Hostile drafts: random Unicode with lone surrogates and right-to-left text, unbalanced Markdown,
// huge lines, long runs of blanks, deep nesting of block quotes and lists, runs of dates, names glued
// to punctuation, mixed line endings, and mutations of real drafts.
import type { Random } from '../../../bench/generators/random';
import { formatDate, misspell, randomDate, randomDateStyle } from '../../../bench/generators/text-variation';

const MARKDOWN_TOKENS = [
  '```', '~~~', '`', '> ', '- ', '* ', '1. ', '#', '| ', ' |', '---', '[', ']', '(', ')', '![', '](', '**', '_',
  '<!--', '-->', '<div>', '</div>', '\\', '[@s000]', '[@__proto__]', '[@constructor; @s004]', '[^1]', '\t', '    ', '\n', '\n\n', '\r\n', '\r',
];
const PUNCTUATION = [...'.,;:!?"\'()[]{}<>«»“”‘’—–-/\\*_`~|@#&%'];
const CODE_POINT_RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // control characters
  [0xa0, 0x24f], // Latin supplements
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x5ff], // Hebrew (right to left)
  [0x600, 0x6ff], // Arabic (right to left)
  [0x200b, 0x200f], // zero-width and direction marks
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2066, 0x2069], // bidirectional isolates
  [0x300, 0x36f], // combining marks
  [0xd800, 0xdfff], // lone surrogates
  [0xfeff, 0xfeff], // byte order mark
  [0xfff0, 0xffff], // specials and non-characters
  [0x1f300, 0x1f6ff], // emoji (surrogate pairs)
  [0x10000, 0x10ffff], // anything astral
];

export function randomUnicode(random: Random, length: number): string {
  let text = '';
  while (text.length < length) {
    const [low, high] = random.pick(CODE_POINT_RANGES);
    const codePoint = random.int(low, high);
    // Lone surrogates are code units: String.fromCharCode keeps them unpaired.
    text += codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
  }
  return text;
}

export interface TextMaterial {
  /** Real drafts and source texts to mutate. */
  texts: string[];
  /** Names in every form the fact base knows. */
  names: string[];
}

export type HostileKind =
  | 'unicode'
  | 'markdown-soup'
  | 'huge-line'
  | 'deep-nesting'
  | 'many-dates'
  | 'glued-names'
  | 'mutated-draft'
  | 'spliced-drafts'
  | 'blank-runs'
  | 'deep-quotes'
  | 'deep-lists'
  | 'mixed-line-endings'
  | 'long-sentence'
  | 'line-over-3mb';

/** Block openers that a run of blanks may follow: each reads the rest of its line differently. */
const LINE_OPENERS = ['- ', '* ', '1. ', '> ', '|', '|-', '| --- |', ':--', '#', '---', '***', '===', '```', '    ', '\t', '[^1]: ', '[a]: '];

export function hostileDraft(random: Random, material: TextMaterial, kind: HostileKind, size: number): string {
  switch (kind) {
    case 'unicode':
      return randomUnicode(random, size);
    case 'markdown-soup':
      return soup(size, () => (random.chance(0.5) ? random.pick(MARKDOWN_TOKENS) : nameOrWord(random, material)));
    case 'huge-line':
      return soup(size, () => `${nameOrWord(random, material)}${random.pick([' ', ', ', ' - ', '  '])}`).replace(/[\r\n]/g, ' ');
    case 'deep-nesting':
      return deepNesting(random, material, size);
    case 'many-dates':
      return soup(size, () => `${random.chance(0.2) ? nameOrWord(random, material) + ' ' : ''}${formatDate(randomDate(random, 1, 9999), randomDateStyle(random))}${random.pick([', ', ' ', '; ', '–'])}`).replace(/\n/g, ' ');
    case 'glued-names':
      return soup(size, () => gluedName(random, material));
    case 'mutated-draft':
      return mutate(random, material.texts.length ? random.pick(material.texts) : randomUnicode(random, 100), random.int(1, 40), material);
    case 'spliced-drafts':
      return soup(size, () => {
        const text = material.texts.length ? random.pick(material.texts) : '';
        const start = random.int(0, text.length);
        return text.slice(start, start + random.int(0, 400));
      });
    case 'blank-runs':
      return blankRuns(random, material, size);
    case 'deep-quotes':
      return deepQuotes(random, material, size);
    case 'deep-lists':
      return deepLists(random, material, size);
    case 'mixed-line-endings':
      return mixedLineEndings(random, material, size);
    case 'long-sentence':
      return longSentence(random, material, size);
    case 'line-over-3mb':
      // A line of more than 3 MB whatever the size asked, without a line break.
      return soup(3 * 1024 * 1024 + random.int(0, 100_000), () => `${nameOrWord(random, material)}${random.pick([' ', ' ', ', ', ' - ', ' | ', ' > ', ' `', '** ', ' [@s000] '])}`);
  }
}

/** Lines that open a block, then a long run of spaces, tabs or blank lines, then a word. */
function blankRuns(random: Random, material: TextMaterial, size: number): string {
  return soup(size, () => {
    const blank = random.pick([' ', '\t', '\n', ' \n', '\u00a0']);
    return `${random.pick(['', '\n', 'a | b\n', 'Text\n'])}${random.pick(LINE_OPENERS)}${blank.repeat(random.int(1, Math.max(1, size / 2)))}${nameOrWord(random, material)}\n`;
  });
}

/** Block quotes hundreds to thousands of levels deep, their markers spaced as Markdown allows. */
function deepQuotes(random: Random, material: TextMaterial, size: number): string {
  return soup(size, () => {
    const marker = random.pick(['>', '> ', '>  ', ' > ', '>\t']);
    const depth = random.int(1, Math.max(1, Math.floor(size / (2 * marker.length))));
    return `${marker.repeat(depth)}${random.pick(['', '- ', '1. ', '| a | b |', '```'])}${nameOrWord(random, material)} ${nameOrWord(random, material)}\n`;
  });
}

/** Lists nested hundreds to thousands of items deep, each item indented under the one before. */
function deepLists(random: Random, material: TextMaterial, size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let depth = 0; length < size; depth++) {
    const line = `${'  '.repeat(depth)}${random.pick(['- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '> - '])}${nameOrWord(random, material)}`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** A real draft whose line breaks are each written as "\n", "\r\n", a lone "\r" or U+2028. */
function mixedLineEndings(random: Random, material: TextMaterial, size: number): string {
  const source = soup(size, () => (material.texts.length ? random.pick(material.texts) : nameOrWord(random, material)) + '\n');
  return source.replace(/\r\n|\r|\n/g, () => random.pick(['\n', '\r\n', '\r', '\r', '\u2028', '\n\r']));
}

const CLAIM_VERBS = ['met', 'held talks with', 'visited', 'was released by', 'received', ', 25, from', 'was appointed'];

/**
 * A passage of a real draft or source repeated into one sentence of names, titles, event words and
 * dates, its sentence ends and line breaks written as commas, semicolons or "and": the same events
 * and people named again and again in one sentence with other numbers each time, or made-up claims of people, events and dates.
 */
function longSentence(random: Random, material: TextMaterial, size: number): string {
  const joiner = random.pick([', ', '; ', ' and ', ' (', ') ']);
  const text = material.texts.length ? random.pick(material.texts) : nameOrWord(random, material);
  const start = random.int(0, text.length);
  const passage = text.slice(start, start + random.int(50, 1000)) || nameOrWord(random, material);
  const claim = () => `${nameOrWord(random, material)} ${random.pick(CLAIM_VERBS)} ${nameOrWord(random, material)} ${random.pick(['on', 'in', 'at'])} ${random.chance(0.7) ? formatDate(randomDate(random, 1990, 2030), randomDateStyle(random)) : nameOrWord(random, material)}. `;
  const retold = () => passage.replace(/\d+/g, (digits) => String(digits.length === 4 ? random.int(1990, 2030) : random.int(1, 28))) + ' ';
  const source = soup(size, random.chance(0.5) ? retold : claim);
  return source.replace(/[.!?]+(?=\s)|\s*[\r\n]+\s*/g, () => joiner);
}

/** A kind of hostile draft, any but 'line-over-3mb', which callers ask for a few times each run. */
export function randomHostileKind(random: Random): HostileKind {
  return random.weighted({
    unicode: 2,
    'markdown-soup': 3,
    'huge-line': 1,
    'deep-nesting': 1,
    'many-dates': 1,
    'glued-names': 2,
    'mutated-draft': 4,
    'spliced-drafts': 1,
    'blank-runs': 1,
    'deep-quotes': 1,
    'deep-lists': 1,
    'mixed-line-endings': 1,
    'long-sentence': 1,
  });
}

/** Small random edits: deletions, duplications, insertions of Markdown, names, odd characters. */
export function mutate(random: Random, text: string, edits: number, material: TextMaterial): string {
  for (let i = 0; i < edits; i++) {
    const at = random.int(0, text.length);
    const span = random.int(0, Math.min(200, text.length - at));
    switch (random.int(0, 6)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + span);
        break;
      case 1:
        text = text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span);
        break;
      case 2:
        text = text.slice(0, at) + random.pick(MARKDOWN_TOKENS) + text.slice(at);
        break;
      case 3:
        text = text.slice(0, at) + randomUnicode(random, random.int(1, 8)) + text.slice(at);
        break;
      case 4:
        text = text.slice(0, at) + gluedName(random, material) + text.slice(at);
        break;
      case 5:
        text = text.slice(0, at) + formatDate(randomDate(random, 1900, 2100), randomDateStyle(random)) + text.slice(at);
        break;
      default: {
        // Cut inside a surrogate pair or a CRLF on purpose.
        text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1));
      }
    }
  }
  return text;
}

function soup(size: number, piece: () => string): string {
  let text = '';
  while (text.length < size) text += piece();
  return text;
}

function nameOrWord(random: Random, material: TextMaterial): string {
  if (material.names.length && random.chance(0.4)) return random.pick(material.names);
  return random.pick([
    'the', 'talks', 'in', 'Moscow', 'said', 'minister', 'on', 'deputy', 'head', 'of', 'age', '27', 'former',
    // Words that are also keys of every plain object.
    'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf',
  ]);
}

function gluedName(random: Random, material: TextMaterial): string {
  const name = material.names.length ? random.pick(material.names) : 'Bogdanov';
  const written = random.chance(0.2) ? misspell(random, name) : random.chance(0.2) ? name.toUpperCase() : name;
  const before = random.chance(0.7) ? random.pick(PUNCTUATION) + (random.chance(0.3) ? random.pick(PUNCTUATION) : '') : '';
  const after = random.chance(0.7) ? random.pick([...PUNCTUATION, "'s", '’s', '-based', '\u0301', '\u200d']) : '';
  return before + written + after + (random.chance(0.5) ? ' ' : '');
}

function deepNesting(random: Random, material: TextMaterial, size: number): string {
  const lines: string[] = [];
  let length = 0;
  let depth = 0;
  while (length < size) {
    depth = Math.max(0, depth + random.int(-2, 6));
    const prefix = random.pick([
      () => '> '.repeat(depth),
      () => '  '.repeat(depth) + '- ',
      () => Array.from({ length: depth }, () => random.pick(['> ', '- ', '1. ', '  '])).join(''),
    ])();
    const line = prefix + nameOrWord(random, material) + ' ' + nameOrWord(random, material);
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}
