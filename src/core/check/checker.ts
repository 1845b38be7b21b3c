// The checker: a pure function from a fact base and a Markdown draft to findings, and an
// incremental form of it that re-reads only the blocks an edit touched and moves the findings of
// the others.

import type { FactBase, PartialDate } from '../factbase/types';
import { type MarkdownScan, type ProseBlock, type ProseBlockKind } from '../text/markdown';
import { createMarkdownScanner } from '../text/markdown-incremental';
import { analyzeBlock, type BlockAnalysis } from './block-analysis';
import { recordOf, recordPerson, sourcesOfCitations, type ClaimContext, type ContextBlock } from './claims/context';
import { frontMatterDate } from './claims/document';
import { factsIndexOf, type FactsIndex } from './claims/facts';
import { OPENING_PRONOUNS } from './claims/lexicon';
import { readClaims } from './claims/read';
import { resolveDates, resolveRelativeDates } from './draft-dates';
import { nameIndexOf, type NameIndex, type NameMention } from './names';
import { blockFindings, placeFindings, type LocalFinding } from './placement';
import { firstStartingAt, withinSorted, type DraftDate, type RawFinding } from './rules';
import { RULES } from './rules/index';
import { classifiedClaims, contradicts, type ClassifiedClaim } from './rules/support';
import { draftCoverage, type Coverage } from './coverage';
import { CheckSession } from './session';
import { Suppressions } from './suppress';
import { textChange, updatedLineStarts, type TextChange } from '../text/text-change';
import { normalizeWord } from './tokens';
import { DEFAULT_SEVERITY, type CheckOptions, type Finding, type FindingCode, type Severity } from './types';

export interface DraftChecker {
  /**
   * The findings for the whole draft; blocks unchanged since the last call are not checked again.
   * The findings returned are shared with later calls: read them, do not change them.
   */
  check(text: string): Finding[];
  /** The coverage of the draft last checked; undefined unless the checker was made with `coverage`. */
  coverage(): Coverage | undefined;
}

/** One block of the draft last checked, with what was found in it. */
interface BlockState extends PlacedFindings {
  kind: ProseBlockKind;
  end: number;
  analysis: BlockAnalysis;
  /** What the findings were found with besides the block itself. */
  surroundings?: Surroundings;
  /** The block's claims, classed, when the checker works out coverage. */
  claims?: ClassifiedClaim[];
}

interface CheckContext {
  factBase: FactBase;
  names: NameIndex;
  facts: FactsIndex;
  session: CheckSession;
  accepted: ReadonlySet<string>;
  citationMap: Record<string, string>;
  severity: Map<FindingCode, Severity>;
  coverage: boolean;
}

/** What a block is read with besides itself: the heading above it, its table's header row, the document's date and years. */
interface Surroundings {
  heading?: BlockAnalysis;
  tableHeader?: BlockAnalysis;
  /** For a block quote, the paragraph before it when that ends in ":", introducing it as a quotation. */
  leadIn?: BlockAnalysis;
  /** For a block opening with a pronoun ("They met on …"), the block right before it, which it goes on from. */
  continued?: BlockAnalysis;
  /** For a field of a record ("- Position: …"), the block naming the person the record is about, right before its list. */
  recordHead?: BlockAnalysis;
  documentDate?: PartialDate;
  /** The years the draft states, most stated first: for dates written without one. */
  draftYears: number[];
  /** The organisations named in the blocks before, each at its last mention, the latest last: what "the movement" refers back to. */
  earlierOrganisations: readonly NameMention[];
  /** The person the draft is about, when its first heading names one alone ("# Profile: Stefan Horvat"): whom a "he" with no one named before refers to. */
  subject?: NameMention;
  /** For a heading, the paragraph or list item that opens its section: what a date in the heading alone dates ("### Fri 26 Jan 2024" over "- … held consultations with Bogdanov"). */
  sectionLead?: BlockAnalysis;
}

/** The findings of a draft checked once. */
export function checkDraft(factBase: FactBase, text: string, options: CheckOptions = {}): Finding[] {
  return createDraftChecker(factBase, options).check(text);
}

/** Offsets where the draft's lines start. */
function lineStartsOf(text: string): number[] {
  return updatedLineStarts([0], text, textChange('', text));
}

export function createDraftChecker(factBase: FactBase, options: CheckOptions = {}): DraftChecker {
  const context = contextOf(factBase, options);
  let previousText = '';
  let previousProse = '';
  let previousBlocks: BlockState[] = [];
  let lineStarts: number[] = [0];
  const scanner = createMarkdownScanner();

  return {
    check(text: string): Finding[] {
      const scan = scanner.scan(text);
      const change = textChange(previousText, text);
      const blocks = matchBlocks(previousBlocks, previousProse, text, scan, change, context);
      lineStarts = previousText === '' ? lineStartsOf(text) : updatedLineStarts(lineStarts, text, change);
      const draftYears = yearsByFrequency(blocks);
      const contextBlocks = new Map<BlockAnalysis, ContextBlock>();
      let documentDate = frontMatterDate(text);
      let earlierOrganisations: readonly NameMention[] = [];
      const records = recordHeads();
      const subject = subjectOf(blocks);
      const title = scan.blocks.findIndex((block) => block.kind === 'heading');
      blocks.forEach((state, i) => {
        for (const dated of state.analysis.documentDates) documentDate = dated.date ?? documentDate;
        const surroundings: Surroundings = {
          heading: headingOf(blocks, scan.blocks, i),
          tableHeader: tableHeaderOf(blocks, scan.blocks, text, i),
          leadIn: leadInOf(blocks, i),
          continued: continuedOf(blocks, i),
          sectionLead: sectionLeadOf(blocks, scan.blocks, i, title),
          recordHead: records.headOf(state.analysis),
          documentDate,
          draftYears,
          earlierOrganisations,
          subject,
        };
        earlierOrganisations = withOrganisationsOf(earlierOrganisations, state.analysis.mentions);
        if (state.findings === undefined || !state.surroundings || !sameSurroundings(state.analysis, state.surroundings, surroundings)) {
          const { findings: raw, claims } = runRules(state.analysis, surroundings, context, contextBlocks);
          state.findings = blockFindings(factBase, lineStarts, state.start, raw, context.severity, false);
          state.claims = claims;
          state.surroundings = surroundings;
          state.placed = undefined;
        }
      });
      previousText = text;
      previousProse = scan.prose;
      previousBlocks = blocks;
      return collect(text, scan, blocks, lineStarts, options.maxFindings);
    },
    coverage(): Coverage | undefined {
      return context.coverage ? draftCoverage(previousBlocks.map((state) => ({ claims: state.claims ?? [], citing: state.analysis.citing! }))) : undefined;
    },
  };
}

/** The organisations named before, with those the mentions name moved to the end, each once. */
function withOrganisationsOf(earlier: readonly NameMention[], mentions: readonly NameMention[]): readonly NameMention[] {
  const named = mentions.filter((mention) => mention.actor.type === 'organisation');
  if (named.length === 0) return earlier;
  const latest = new Map<string, NameMention>();
  for (const mention of [...earlier, ...named]) {
    latest.delete(mention.actorId);
    latest.set(mention.actorId, mention);
  }
  return [...latest.values()];
}

function headingOf(blocks: BlockState[], scanned: ProseBlock[], i: number): BlockAnalysis | undefined {
  const heading = scanned[i].heading;
  return heading >= 0 && heading !== i ? blocks[heading].analysis : undefined;
}

/**
 * For a heading that states a date, the block right after it when that is prose of its section
 * stating no date of its own, relative or not: the heading's date is then that block's. (A diary's
 * "## 10 February 2025" over "Read the readout of Monday's talks" dates the writing, not the talks.)
 */
function sectionLeadOf(blocks: BlockState[], scanned: ProseBlock[], i: number, title: number): BlockAnalysis | undefined {
  // The draft's title (its first heading, at `title`) dates the draft: "# Fact check: … (5 Feb 2025)".
  if (scanned[i].kind !== 'heading' || i === title || blocks[i].analysis.dateMentions.length === 0 || i + 1 >= blocks.length) return undefined;
  const next = blocks[i + 1].analysis;
  if (scanned[i + 1].heading !== i || !CONTINUING_KINDS.has(next.kind) || next.dateMentions.length > 0 || WRITING_TIME.test(next.text)) return undefined;
  return next;
}

/** Words that time what a block tells from when it is written ("this week", "yesterday"): its heading's date is then the writing's. */
const WRITING_TIME = /\b(?:today|yesterday|tonight|tomorrow|this (?:week|morning|afternoon|evening|month)|last (?:week|night)|earlier (?:today|this week))\b/i;

/** A table row's header row: the first row of the rows run together with it, no blank line between. */
function tableHeaderOf(blocks: BlockState[], scanned: ProseBlock[], text: string, i: number): BlockAnalysis | undefined {
  if (scanned[i].kind !== 'table-row') return undefined;
  let first = i;
  while (first > 0 && scanned[first - 1].kind === 'table-row' && !/\n[ \t>]*\r?\n/.test(text.slice(scanned[first - 1].end, scanned[first].start))) first--;
  return first === i ? undefined : blocks[first].analysis;
}

/** A block quote's lead-in: the nearest block before it that is no block quote, when it ends in ":". */
function leadInOf(blocks: BlockState[], i: number): BlockAnalysis | undefined {
  if (blocks[i].analysis.kind !== 'blockquote') return undefined;
  let before = i - 1;
  while (before >= 0 && blocks[before].analysis.kind === 'blockquote') before--;
  const leadIn = before >= 0 ? blocks[before].analysis : undefined;
  return leadIn && LEAD_IN_END.test(withoutCitations(leadIn)) ? leadIn : undefined;
}

const LEAD_IN_END = /:\s*$/;

/** The one person the draft's first heading names, if it names one alone: the draft's subject. */
function subjectOf(blocks: readonly BlockState[]): NameMention | undefined {
  const title = blocks.find((state) => state.analysis.kind === 'heading')?.analysis;
  const persons = title?.mentions.filter((mention) => mention.actor.type === 'person') ?? [];
  return persons.length > 0 && persons.every((mention) => mention.actorId === persons[0].actorId) ? persons[0] : undefined;
}

/** The block a paragraph or list item opening with a pronoun goes on from: the one right before, when it is prose too. */
function continuedOf(blocks: BlockState[], i: number): BlockAnalysis | undefined {
  const { analysis } = blocks[i];
  if (i === 0 || !CONTINUING_KINDS.has(analysis.kind) || !OPENING_PRONOUNS.has(analysis.tokens[0]?.norm ?? '')) return undefined;
  const before = blocks[i - 1].analysis;
  return CONTINUING_KINDS.has(before.kind) || before.kind === 'blockquote' ? before : undefined;
}

const CONTINUING_KINDS: ReadonlySet<ProseBlockKind> = new Set(['paragraph', 'list-item']);

/**
 * The block each field of a record goes with, read in the draft's order: the heading or paragraph
 * before the field's list, when it names only a person. Each such block is looked at once per check.
 */
function recordHeads(): { headOf(analysis: BlockAnalysis): BlockAnalysis | undefined } {
  let before: BlockAnalysis | undefined;
  let heads: boolean | undefined;
  return {
    headOf(analysis) {
      if (analysis.kind !== 'list-item') {
        before = analysis;
        heads = undefined;
        return undefined;
      }
      if (!analysis.field || !before) return undefined;
      heads ??= (before.kind === 'heading' || before.kind === 'paragraph') && recordPerson(before) !== undefined;
      return heads ? before : undefined;
    },
  };
}

/** The mentions of a block's last sentence. */
function lastSentenceMentions(analysis: BlockAnalysis): NameMention[] {
  const last = analysis.sentences[analysis.sentences.length - 1];
  return last ? withinSorted(analysis.mentions, last) : analysis.mentions;
}

/**
 * Whether a block's findings still hold in new surroundings: the same heading and header row (kept
 * analyses stay the same objects), the same document date, and the same draft years when a date of
 * the block, its heading or header row leaves its year out.
 */
function sameSurroundings(analysis: BlockAnalysis, before: Surroundings, now: Surroundings): boolean {
  if (before.heading !== now.heading || before.tableHeader !== now.tableHeader || before.leadIn !== now.leadIn || before.continued !== now.continued || before.recordHead !== now.recordHead || before.sectionLead !== now.sectionLead || !sameDate(before.documentDate, now.documentDate)) return false;
  if (!sameActors(before.earlierOrganisations, now.earlierOrganisations) || before.subject?.actorId !== now.subject?.actorId) return false;
  const needsYears = analysis.hasYearlessDate || now.heading?.hasYearlessDate === true || now.tableHeader?.hasYearlessDate === true;
  return !needsYears || before.draftYears.join(',') === now.draftYears.join(',');
}

function sameActors(a: readonly NameMention[], b: readonly NameMention[]): boolean {
  return a === b || (a.length === b.length && a.every((mention, i) => mention.actorId === b[i].actorId));
}

function sameDate(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);
}

function contextOf(factBase: FactBase, options: CheckOptions): CheckContext {
  return {
    factBase,
    names: nameIndexOf(factBase),
    facts: factsIndexOf(factBase),
    session: new CheckSession(),
    accepted: new Set((options.accept ?? []).map(normalizeWord)),
    // Without a prototype, a citation key such as [@constructor] or [@toString] maps to nothing but what is given.
    citationMap: Object.assign(Object.create(null) as Record<string, string>, options.citations),
    severity: severities(options),
    coverage: options.coverage === true,
  };
}

/**
 * The states of the new scan's blocks: a block in the text the edit left alone, with the same
 * kind, bounds and prose as before, keeps its state (moved by the edit's length change); any other
 * block is analysed afresh.
 */
function matchBlocks(previous: BlockState[], previousProse: string, text: string, scan: MarkdownScan, change: TextChange, context: CheckContext): BlockState[] {
  const changedFrom = change.prefix;
  const changedUntil = text.length - change.suffix;
  // Masking can reach across the edit (an opened code fence): then each kept block's prose is compared.
  const proseKept =
    previousProse.slice(0, changedFrom) === scan.prose.slice(0, changedFrom) &&
    previousProse.slice(previousProse.length - change.suffix) === scan.prose.slice(scan.prose.length - change.suffix);
  let old = 0;
  return scan.blocks.map((block) => {
    const inPrefix = block.end <= changedFrom;
    const inSuffix = block.start >= changedUntil;
    const oldStart = inSuffix ? block.start - change.delta : block.start;
    while (old < previous.length && previous[old].start < oldStart) old++;
    const candidate = inPrefix || inSuffix ? previous[old] : undefined;
    const kept =
      candidate !== undefined &&
      candidate.start === oldStart &&
      candidate.end - candidate.start === block.end - block.start &&
      candidate.kind === block.kind &&
      (proseKept || previousProse.slice(candidate.start, candidate.end) === scan.prose.slice(block.start, block.end));
    if (kept) {
      // Moved to the new offsets, so it must not be looked at again: its new start could pass for another block's old one.
      old++;
      candidate.start = block.start;
      candidate.end = block.end;
      return candidate;
    }
    return { kind: block.kind, start: block.start, end: block.end, analysis: analyzeBlock(context.names, text, scan, block, context.coverage) };
  });
}

/** The years the draft states, most stated first: the last resort for dates written without one. */
function yearsByFrequency(blocks: BlockState[]): number[] {
  const counts = new Map<number, number>();
  for (const { analysis } of blocks) for (const year of analysis.years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return byFrequency(counts);
}

function byFrequency(counts: Map<number, number>): number[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([year]) => year);
}

/**
 * The block's findings of every code reported and, for coverage, its claims classed. Classing a
 * claim (coverage, unsupported-claim) needs the findings of every code that contradicts claims,
 * whatever their severity; those of codes not reported are dropped when the findings are placed.
 */
function runRules(analysis: BlockAnalysis, surroundings: Surroundings, context: CheckContext, contextBlocks: Map<BlockAnalysis, ContextBlock>): { findings: RawFinding[]; claims?: ClassifiedClaim[] } {
  const { heading, tableHeader, leadIn, continued, recordHead, documentDate, draftYears, earlierOrganisations } = surroundings;
  const claimContext: ClaimContext = {
    factBase: context.factBase,
    names: context.names,
    facts: context.facts,
    session: context.session,
    kind: analysis.kind,
    text: withoutCitations(analysis),
    tokens: analysis.tokens,
    mentions: analysis.mentions,
    dates: datesOf(analysis, [tableHeader, heading], documentDate, draftYears, context, contextBlocks),
    sentences: analysis.sentences,
    citations: analysis.citations,
    citationMap: context.citationMap,
    accepted: context.accepted,
    cells: analysis.cells,
    heading: heading && contextBlock(heading, draftYears, contextBlocks),
    tableHeader: tableHeader && contextBlock(tableHeader, draftYears, contextBlocks),
    documentDate,
    quotes: analysis.quotes,
    leadIn: leadIn && { cited: sourcesOfCitations(context, leadIn.citations) },
    continues: continued && lastSentenceMentions(continued),
    subject: surroundings.subject,
    sectionLead: surroundings.sectionLead && contextBlock(surroundings.sectionLead, draftYears, contextBlocks),
    record: recordHead && analysis.field && recordOf(analysis.field, analysis.text.length, recordPerson(recordHead)!),
    earlierOrganisations,
    clauses: new Map(),
  };
  const claims = readClaims(claimContext);
  const findings: RawFinding[] = [];
  const classing = context.coverage || context.severity.has('unsupported-claim');
  for (const rule of RULES) if (context.severity.has(rule.code) || (classing && contradicts(rule.code))) rule.check(claims, claimContext, findings);
  return { findings, claims: context.coverage ? classifiedClaims(claims, claimContext, findings) : undefined };
}

const NO_DATES: DraftDate[] = [];

/**
 * The block's dates. A date written without a year takes its sentence's, else one the block states
 * before it, else those of what the block is read with (its table's header row, its heading), else
 * the document's, else the draft's most stated (see `YearContext`).
 */
function datesOf(analysis: BlockAnalysis, around: (BlockAnalysis | undefined)[], documentDate: PartialDate | undefined, draftYears: number[], context?: CheckContext, contextBlocks?: Map<BlockAnalysis, ContextBlock>): DraftDate[] {
  if (analysis.dateMentions.length === 0 && analysis.relativeMentions.length === 0) return NO_DATES;
  const aroundYears = analysis.hasYearlessDate ? distinct(...around.map((block) => block?.years ?? [])) : [];
  const absolute = quotedAlone(analysis, resolveDates(analysis.prose, analysis.dateMentions, { around: aroundYears, sentences: analysis.sentences, documentDate, draft: draftYears }, analysis.documentDates.map((dated) => dated.span)));
  if (analysis.relativeMentions.length === 0 || !context) return absolute;
  // "### Moscow, January 2024 … on Thursday the 18th": what the heading dates counts as told before the block.
  const toldAbove = contextBlocks ? around.flatMap((block) => (block ? contextBlock(block, draftYears, contextBlocks).dates : [])) : [];
  const relative = resolveRelativeDates(analysis.prose, analysis.relativeMentions, absolute, (offset) => writtenAt(analysis, offset, documentDate, context), toldAbove);
  return relative.length === 0 ? absolute : [...absolute, ...relative].sort((a, b) => a.start - b.start);
}

/** The dates with those that are all of a quotation ("the note dated the call "14 January"") read as someone's wording, dating nothing the draft tells. */
function quotedAlone(analysis: BlockAnalysis, dates: DraftDate[]): DraftDate[] {
  if (analysis.quotes.length === 0) return dates;
  const alone = (date: DraftDate) => analysis.quotes.some((quote) => /^\W*$/.test(analysis.text.slice(quote.start + 1, date.start) + analysis.text.slice(date.end, quote.end - 1)) && quote.start < date.start && date.end < quote.end);
  return dates.map((date) => (date.role === 'event' && alone(date) ? { ...date, role: 'anchor' } : date));
}

/**
 * The block's text with its citations ("[@s000]") blanked: a citation stands where punctuation
 * closes a title or a name, and claims read past it as past a blank.
 */
function withoutCitations(analysis: BlockAnalysis): string {
  if (analysis.citations.length === 0) return analysis.text;
  const pieces: string[] = [];
  let at = 0;
  for (const citation of analysis.citations) {
    if (citation.start < at) continue;
    pieces.push(analysis.text.slice(at, citation.start), ' '.repeat(citation.end - citation.start));
    at = citation.end;
  }
  pieces.push(analysis.text.slice(at));
  return pieces.join('');
}

/**
 * The date the text at an offset is written at, for the dates it writes relative to it: the
 * document's, for the draft's own words; for words quoted from a source, or when the document
 * has no date, the published date of the source the sentence cites (none when it gives none).
 */
function writtenAt(analysis: BlockAnalysis, offset: number, documentDate: PartialDate | undefined, context: CheckContext): PartialDate | undefined {
  const quoted = analysis.quotes.some((quote) => quote.start <= offset && offset < quote.end);
  if (documentDate && !quoted) return documentDate;
  const sentence = analysis.sentences[firstStartingAt(analysis.sentences, offset + 1) - 1];
  if (!sentence || offset >= sentence.end) return quoted ? undefined : documentDate;
  const cited: string[] = [];
  for (let i = firstStartingAt(analysis.citations, sentence.start); i < analysis.citations.length && analysis.citations[i].start < sentence.end + 2; i++) {
    for (const key of analysis.citations[i].keys) cited.push(Object.hasOwn(context.citationMap, key.id) ? context.citationMap[key.id] : key.id);
  }
  if (cited.length === 0) return quoted ? undefined : documentDate;
  return cited.map((id) => context.factBase.sources.get(id)?.published?.date).find((date) => date !== undefined);
}

/** A heading or header row as the blocks under it see it, built once per check for all of them. */
function contextBlock(analysis: BlockAnalysis, draftYears: number[], built: Map<BlockAnalysis, ContextBlock>): ContextBlock {
  let block = built.get(analysis);
  if (!block) {
    block = { text: analysis.text, tokens: analysis.tokens, mentions: analysis.mentions, dates: datesOf(analysis, [], undefined, draftYears), cells: analysis.cells };
    built.set(analysis, block);
  }
  return block;
}

function distinct(...lists: number[][]): number[] {
  const years: number[] = [];
  for (const list of lists) for (const year of list) if (!years.includes(year)) years.push(year);
  return years;
}

function severities(options: CheckOptions): Map<FindingCode, Severity> {
  const levels = new Map<FindingCode, Severity>();
  const disabled = new Set(options.disable ?? []);
  for (const [code, level] of Object.entries(DEFAULT_SEVERITY) as [FindingCode, Severity | 'off'][]) {
    const chosen = options.severity?.[code] ?? level;
    if (chosen !== 'off' && !disabled.has(code)) levels.set(code, chosen);
  }
  return levels;
}

/** A block's findings, relative to the block, and where they were last placed in the draft. */
interface PlacedFindings {
  start: number;
  findings?: LocalFinding[];
  placed?: { offset: number; line: number; column: number; findings: Finding[] };
}

/** Every block's findings at its place in the draft, in text order, less those suppressed, up to the limit. */
function collect(text: string, scan: MarkdownScan, blocks: PlacedFindings[], lineStarts: number[], maxFindings: number | undefined): Finding[] {
  const placedLists: Finding[][] = [];
  let line = 0;
  for (const state of blocks) {
    if (!state.findings || state.findings.length === 0) continue;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= state.start) line++;
    const place = { offset: state.start, line: line + 1, column: state.start - lineStarts[line] + 1 };
    const placed = state.placed;
    if (!placed || placed.offset !== place.offset || placed.line !== place.line || placed.column !== place.column) {
      state.placed = { ...place, findings: placeFindings(state.findings, place) };
    }
    placedLists.push(state.placed!.findings);
  }
  return reported(text, scan, placedLists, maxFindings);
}

/** The findings of the blocks, in text order, less those suppressed, up to the limit. */
function reported(text: string, scan: MarkdownScan, blockFindingLists: Finding[][], maxFindings: number | undefined): Finding[] {
  const suppressions = new Suppressions(text, scan.comments);
  const findings: Finding[] = [];
  for (const list of blockFindingLists) {
    for (const finding of list) {
      if (suppressions.suppresses(finding.code, finding.range.start.offset)) continue;
      if (maxFindings !== undefined && findings.length >= maxFindings) return findings;
      findings.push(finding);
    }
  }
  return findings;
}
