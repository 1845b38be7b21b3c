// What one block of a draft says in itself, whatever surrounds it: its words, names, dates,
// sentences and citations, with offsets relative to the block.

import { findDates, type DateMention } from '../text/dates';
import type { Citation, MarkdownScan, ProseBlock } from '../text/markdown';
import { sentenceSpans } from '../text/sentences';
import { statedYears } from './draft-dates';
import { mentionsIn, type NameIndex, type NameMention } from './names';
import { withinSorted, type Span } from './rules';
import { tokenize, type Token } from './tokens';

export interface BlockAnalysis {
  text: string;
  prose: string;
  tokens: Token[];
  mentions: NameMention[];
  dateMentions: DateMention[];
  years: number[];
  /** Some date leaves its year to be inferred from the context. */
  hasYearlessDate: boolean;
  sentences: Span[];
  citations: Citation[];
}

const MAY_HOLD_DATE = /\d|\b(?:spring|summer|autumn|fall|winter)\b/i;

export function analyzeBlock(names: NameIndex, text: string, scan: MarkdownScan, block: ProseBlock): BlockAnalysis {
  const local = text.slice(block.start, block.end);
  const prose = scan.prose.slice(block.start, block.end);
  const tokens = tokenize(prose);
  const dateMentions = MAY_HOLD_DATE.test(prose) ? findDates(prose) : [];
  return {
    text: local,
    prose,
    tokens,
    mentions: mentionsIn(names, local, tokens),
    dateMentions,
    years: statedYears(dateMentions),
    hasYearlessDate: dateMentions.some(isYearless),
    // Sentences only matter to the rules that read dates.
    sentences: dateMentions.length > 0 ? sentenceSpans(local, 0, local.length) : [],
    citations: citationsWithin(scan.citations, block),
  };
}

function isYearless(mention: DateMention): boolean {
  return mention.year === undefined;
}

/** The citations inside the block, moved to block offsets; the scan lists them in text order. */
function citationsWithin(citations: Citation[], block: ProseBlock): Citation[] {
  const by = block.start;
  return withinSorted(citations, block).map((citation) => ({ start: citation.start - by, end: citation.end - by, keys: citation.keys.map((key) => ({ ...key, start: key.start - by, end: key.end - by })) }));
}
