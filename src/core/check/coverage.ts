// A draft's coverage: how many of the claims the checker reads a source supports, contradicts or
// leaves unsupported, and how many of its sentences cite a source.

import type { Citation, ProseBlockKind } from '../text/markdown';
import { firstStartingAt, type Span } from './rules';
import { CLAIM_KINDS, type ClaimKind, type ClassifiedClaim } from './rules/support';

export interface Coverage {
  /** The claims read, by kind. */
  claims: Record<ClaimKind, number>;
  supported: number;
  contradicted: number;
  unsupported: number;
  /** Sentences of the draft's prose (headings and footnotes aside), and how many cite a source. */
  sentences: number;
  citedSentences: number;
}

/** What a block's sentences cite, as far as the block itself tells. */
export interface BlockCiting {
  sentences: number;
  /** Sentences with a citation ([@s000]) of their own. */
  cited: number;
  /** For each other sentence referring to footnotes ([^1]), their labels: it cites when one of them does. */
  footnoted: string[][];
  /** For a footnote's own block: its label, and whether its text has a citation. */
  footnote?: { label: string; cites: boolean };
}

const FOOTNOTE_REFERENCE = /\[\^([^\]\s]{1,100})\](?!:)/g;
const FOOTNOTE_LABEL_BEFORE = /\[\^([^\]\s]{1,100})\]:[ \t]*$/;

/**
 * The citing of one block: `text` is the block's, `before` the text of its line before it (where a
 * footnote's label stands), `sentences` and `citations` relative to the block.
 */
export function blockCiting(kind: ProseBlockKind, text: string, before: string, sentences: readonly Span[], citations: readonly Citation[]): BlockCiting {
  if (kind === 'footnote') {
    const label = FOOTNOTE_LABEL_BEFORE.exec(before)?.[1];
    return { sentences: 0, cited: 0, footnoted: [], footnote: label === undefined ? undefined : { label, cites: citations.length > 0 } };
  }
  if (kind === 'heading') return { sentences: 0, cited: 0, footnoted: [] };
  let cited = 0;
  const footnoted: string[][] = [];
  sentences.forEach((sentence, i) => {
    // As a claim's citation: within the sentence, or right after its end.
    const citation = citations[firstStartingAt(citations, sentence.start)];
    if (citation !== undefined && citation.start < sentence.end + 2) {
      cited++;
      return;
    }
    // A footnote's marker may stand after the sentence's full stop: "in Moscow.[^1]".
    const labels = [...text.slice(sentence.start, sentences[i + 1]?.start ?? text.length).matchAll(FOOTNOTE_REFERENCE)].map((match) => match[1]);
    if (labels.length > 0) footnoted.push(labels);
  });
  return { sentences: sentences.length, cited, footnoted };
}

/** The coverage of a draft from its blocks' classed claims and citing. */
export function draftCoverage(blocks: readonly { claims: readonly ClassifiedClaim[]; citing: BlockCiting }[]): Coverage {
  const coverage: Coverage = { claims: { date: 0, title: 0, age: 0, place: 0, quotation: 0 }, supported: 0, contradicted: 0, unsupported: 0, sentences: 0, citedSentences: 0 };
  const citingFootnotes = new Set<string>();
  for (const { citing } of blocks) if (citing.footnote?.cites) citingFootnotes.add(citing.footnote.label);
  for (const { claims, citing } of blocks) {
    for (const claim of claims) {
      coverage.claims[claim.kind]++;
      coverage[claim.status]++;
    }
    coverage.sentences += citing.sentences;
    coverage.citedSentences += citing.cited + citing.footnoted.filter((labels) => labels.some((label) => citingFootnotes.has(label))).length;
  }
  return coverage;
}

const KIND_NAMES: Record<ClaimKind, [string, string]> = {
  date: ['date', 'dates'],
  title: ['title', 'titles'],
  age: ['age', 'ages'],
  place: ['place', 'places'],
  quotation: ['quotation', 'quotations'],
};

/** "12 claims: 9 supported, 1 contradicted, 2 unsupported · 40% of sentences cite a source". */
export function describeCoverage(coverage: Coverage): string {
  const total = coverage.supported + coverage.contradicted + coverage.unsupported;
  const claims = `${total} ${total === 1 ? 'claim' : 'claims'}${total === 0 ? '' : `: ${coverage.supported} supported, ${coverage.contradicted} contradicted, ${coverage.unsupported} unsupported`}`;
  return `${claims} · ${citedShare(coverage)}% of sentences cite a source`;
}

/** "5 dates, 3 titles, 1 quotation": the claims of each kind read, kinds with none left out. */
export function describeClaimKinds(coverage: Coverage): string {
  const kinds = CLAIM_KINDS.filter((kind) => coverage.claims[kind] > 0).map((kind) => `${coverage.claims[kind]} ${KIND_NAMES[kind][coverage.claims[kind] === 1 ? 0 : 1]}`);
  return kinds.length > 0 ? kinds.join(', ') : 'none';
}

/** The share of sentences citing a source, in whole percent (0 for a draft without sentences). */
export function citedShare(coverage: Coverage): number {
  return coverage.sentences === 0 ? 0 : Math.round((100 * coverage.citedSentences) / coverage.sentences);
}
