// A large Markdown draft that quotes the bundled sources: prose from the draft generator with a
// quotation set into every block, drawn from a source's sentences as a writer would quote them,
// exactly, with an omission marked, or altered (a word changed, dropped or added, the wrong source
// cited), cited or attributed.
import type { FactBase } from '../../src/core/factbase/types';
import { buildDraft, type DraftMaterial } from './draft';
import type { Random } from './random';

export interface QuotationDraftSpec {
  targetLength: number;
  quotations: number;
}

interface QuotedSource {
  id: string;
  /** The source's sentences long enough to quote from, as word lists. */
  sentences: string[][];
}

/** The draft and how many of its quotations were altered. */
export interface QuotationDraft {
  text: string;
  quotations: number;
  altered: number;
}

const MIN_QUOTED_WORDS = 5;
const MAX_QUOTED_WORDS = 18;
/** About how long a sentence with a quotation is: the prose around them is cut by as much. */
const QUOTATION_SENTENCE_CHARS = 110;

export function buildQuotationDraft(random: Random, factBase: FactBase, material: DraftMaterial, spec: QuotationDraftSpec): QuotationDraft {
  const sources = quotedSources(factBase);
  if (sources.length === 0) throw new Error('no source text to quote from');
  const blocks = buildDraft(random, material, { targetLength: spec.targetLength - spec.quotations * QUOTATION_SENTENCE_CHARS }).split(/\n\n/);
  const prose = blocks.flatMap((block, i) => (/^(?:#|\||```|<!--)/.test(block) ? [] : [i]));
  const quoted = new Set(Array.from({ length: Math.min(spec.quotations, prose.length) }, (_, i) => prose[Math.floor((i * prose.length) / spec.quotations)]));
  let altered = 0;
  const withQuotes = blocks.map((block, i) => {
    if (!quoted.has(i)) return block;
    const quote = writeQuotation(random, sources);
    if (quote.altered) altered++;
    return `${block} ${quote.sentence}`;
  });
  return { text: withQuotes.join('\n\n'), quotations: quoted.size, altered };
}

function quotedSources(factBase: FactBase): QuotedSource[] {
  return [...factBase.sources.values()]
    .filter((source) => source.text !== '')
    .map((source) => ({
      id: source.id,
      sentences: source.text
        .split(/(?<=[.!?])\s+/)
        .map((sentence) => sentence.split(/\s+/).filter((word) => /^[\p{L}\p{N}][\p{L}\p{N},'’-]*$/u.test(word)))
        .filter((words) => words.length >= MIN_QUOTED_WORDS),
    }))
    .filter((source) => source.sentences.length > 0);
}

function writeQuotation(random: Random, sources: QuotedSource[]): { sentence: string; altered: boolean } {
  const source = random.pick(sources);
  const sentence = random.pick(source.sentences);
  const length = random.int(MIN_QUOTED_WORDS, Math.min(MAX_QUOTED_WORDS, sentence.length));
  const from = random.int(0, sentence.length - length);
  let words = sentence.slice(from, from + length);
  const change = random.weighted({ exact: 55, omission: 10, changed: 12, dropped: 8, added: 5, miscited: 10 });
  const at = random.int(1, words.length - 2);
  if (change === 'omission') words = [...words.slice(0, at), '…', ...words.slice(at + 1)];
  if (change === 'changed') words = words.map((word, i) => (i === at ? random.pick(['never', 'all', 'first', 'later', 'Moscow', 'talks']) : word));
  if (change === 'dropped') words = words.filter((_, i) => i !== at);
  if (change === 'added') words = [...words.slice(0, at), random.pick(['fully', 'also', 'urgent']), ...words.slice(at)];
  const cited = change === 'miscited' ? random.pick(sources.filter((other) => other.id !== source.id).concat(source)).id : source.id;
  const quoted = words.join(' ').replace(/,$/, '');
  const form = random.weighted({ cited: 6, attributed: 2, plain: 2 });
  const marks = random.chance(0.5) ? ['“', '”'] : ['"', '"'];
  const quotation = `${marks[0]}${quoted}${marks[1]}`;
  const written =
    form === 'cited' ? `The source puts it as ${quotation} [@${cited}].` : form === 'attributed' ? `As the report said, ${quotation}.` : `One passage reads ${quotation} in full.`;
  return { sentence: written, altered: change !== 'exact' && change !== 'omission' };
}
