// The checker: a pure function from a fact base and a Markdown draft to findings, and an
// incremental form of it that re-reads only the blocks an edit touched and moves the findings of
// the others.

import type { FactBase } from '../factbase/types';
import { scanMarkdown, type MarkdownScan, type ProseBlockKind } from '../text/markdown';
import { createMarkdownScanner } from '../text/markdown-incremental';
import { analyzeBlock, type BlockAnalysis } from './block-analysis';
import { resolveDates } from './draft-dates';
import { checkEvents } from './event-rules';
import { factsIndexOf, type FactsIndex } from './facts-index';
import { checkMisspellings, checkNameAt, type NameRuleOptions } from './name-rules';
import { nameIndexOf, type NameIndex } from './names';
import { checkAgeAndHometown } from './person-rules';
import { blockFindings, placeFindings, type LocalFinding } from './placement';
import { checkTitlesAround } from './role-rules';
import type { BlockView, DraftDate, RawFinding, TextView } from './rules';
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
}

/** One block of the draft last checked, with what was found in it. */
interface BlockState extends PlacedFindings {
  kind: ProseBlockKind;
  end: number;
  analysis: BlockAnalysis;
  /** The context the findings were found in: the heading's analysis and the draft's years, if they mattered. */
  heading?: BlockAnalysis;
  draftYears?: string;
}

interface CheckContext {
  factBase: FactBase;
  names: NameIndex;
  facts: FactsIndex;
  nameOptions: NameRuleOptions;
  citationMap: Record<string, string>;
  severity: Map<FindingCode, Severity>;
}

/**
 * The findings of a draft checked once. The same as a fresh DraftChecker's, but each block's words
 * are let go as soon as its rules have run, so that a large draft does not keep them all alive;
 * only blocks whose dates need the years of the whole draft wait for them.
 */
export function checkDraft(factBase: FactBase, text: string, options: CheckOptions = {}): Finding[] {
  const context = contextOf(factBase, options);
  const scan = scanMarkdown(text);
  const lineStarts = lineStartsOf(text);
  const analyses: (BlockAnalysis | undefined)[] = [];
  const findings: Finding[][] = [];
  const waiting: number[] = [];
  const yearCounts = new Map<number, number>();
  const headingViews = new Map<BlockAnalysis, TextView>();
  scan.blocks.forEach((block, i) => {
    const analysis = analyzeBlock(context.names, text, scan, block);
    for (const year of analysis.years) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    // Blocks under a heading need its analysis later on; the others only until their rules have run.
    if (block.kind === 'heading') analyses[i] = analysis;
    const heading = block.heading >= 0 && block.heading !== i ? analyses[block.heading] : undefined;
    if (analysis.hasYearlessDate || heading?.hasYearlessDate === true) {
      analyses[i] = analysis;
      waiting.push(i);
      findings.push([]);
      return;
    }
    findings.push(blockFindings(factBase, lineStarts, block.start, runRules(analysis, heading, NO_YEARS, context, headingViews), context.severity, true));
  });
  const draftYears = byFrequency(yearCounts);
  for (const i of waiting) {
    const block = scan.blocks[i];
    const heading = block.heading >= 0 && block.heading !== i ? analyses[block.heading] : undefined;
    findings[i] = blockFindings(factBase, lineStarts, block.start, runRules(analyses[i]!, heading, draftYears, context, headingViews), context.severity, true);
  }
  return reported(text, scan, findings, options.maxFindings);
}

const NO_YEARS: number[] = [];

/** The offsets where the draft's lines start; without a "\r" in the draft, found a line at a time. */
function lineStartsOf(text: string): number[] {
  if (text.includes('\r')) return updatedLineStarts([0], text, textChange('', text));
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
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
      lineStarts = updatedLineStarts(lineStarts, text, change);
      const draftYears = yearsByFrequency(blocks);
      const draftYearsKey = draftYears.join(',');
      const headingViews = new Map<BlockAnalysis, TextView>();
      blocks.forEach((state, i) => {
        const block = scan.blocks[i];
        const heading = block.heading >= 0 && block.heading !== i ? blocks[block.heading].analysis : undefined;
        const needsDraftYears = state.analysis.hasYearlessDate || heading?.hasYearlessDate === true;
        const yearsKey = needsDraftYears ? draftYearsKey : undefined;
        if (state.findings === undefined || state.heading !== heading || state.draftYears !== yearsKey) {
          const raw = runRules(state.analysis, heading, draftYears, context, headingViews);
          state.findings = blockFindings(factBase, lineStarts, state.start, raw, context.severity, false);
          state.heading = heading;
          state.draftYears = yearsKey;
          state.placed = undefined;
        }
      });
      previousText = text;
      previousProse = scan.prose;
      previousBlocks = blocks;
      return collect(text, scan, blocks, lineStarts, options.maxFindings);
    },
  };
}

function contextOf(factBase: FactBase, options: CheckOptions): CheckContext {
  return {
    factBase,
    names: nameIndexOf(factBase),
    facts: factsIndexOf(factBase),
    nameOptions: { accepted: new Set((options.accept ?? []).map(normalizeWord)) },
    // Without a prototype, a citation key such as [@constructor] or [@toString] maps to nothing but what is given.
    citationMap: Object.assign(Object.create(null) as Record<string, string>, options.citations),
    severity: severities(options),
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
    return { kind: block.kind, start: block.start, end: block.end, analysis: analyzeBlock(context.names, text, scan, block) };
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

function runRules(analysis: BlockAnalysis, heading: BlockAnalysis | undefined, draftYears: number[], context: CheckContext, headingViews: Map<BlockAnalysis, TextView>): RawFinding[] {
  const block: BlockView = {
    factBase: context.factBase,
    names: context.names,
    facts: context.facts,
    text: analysis.text,
    prose: analysis.prose,
    start: 0,
    end: analysis.text.length,
    tokens: analysis.tokens,
    mentions: analysis.mentions,
    dates: datesOf(analysis, heading, draftYears),
    sentences: analysis.sentences,
    heading: heading && headingView(heading, draftYears, headingViews),
    citations: analysis.citations,
    citationMap: context.citationMap,
  };
  const { nameOptions } = context;
  const findings: RawFinding[] = [];
  // One pass over the mentions for the rules about a name and the words next to it.
  for (const mention of block.mentions) {
    const { actor } = mention;
    checkNameAt(block, mention, actor, nameOptions, findings);
    if (actor.type !== 'person') continue;
    checkTitlesAround(block, mention, actor, findings);
    checkAgeAndHometown(block, mention, actor, findings);
  }
  checkMisspellings(block, nameOptions, findings);
  checkEvents(block, findings);
  return findings;
}

const NO_DATES: DraftDate[] = [];

/** The block's dates; years matter only to dates written without one. */
function datesOf(analysis: BlockAnalysis, heading: BlockAnalysis | undefined, draftYears: number[]): DraftDate[] {
  if (analysis.dateMentions.length === 0) return NO_DATES;
  return resolveDates(analysis.prose, analysis.dateMentions, analysis.hasYearlessDate ? distinct(analysis.years, heading?.years ?? [], draftYears) : analysis.years);
}

/** A heading as the blocks under it see it, built once per check for all of them. */
function headingView(heading: BlockAnalysis, draftYears: number[], views: Map<BlockAnalysis, TextView>): TextView {
  let view = views.get(heading);
  if (!view) {
    const years = heading.hasYearlessDate ? distinct(heading.years, draftYears) : heading.years;
    view = { start: 0, end: heading.text.length, tokens: heading.tokens, mentions: heading.mentions, dates: resolveDates(heading.prose, heading.dateMentions, years) };
    views.set(heading, view);
  }
  return view;
}

function distinct(...lists: number[][]): number[] {
  const years: number[] = [];
  for (const list of lists) for (const year of list) if (!years.includes(year)) years.push(year);
  return years;
}

function severities(options: CheckOptions): Map<FindingCode, Severity> {
  const levels = new Map<FindingCode, Severity>();
  const disabled = new Set(options.disable ?? []);
  for (const [code, level] of Object.entries(DEFAULT_SEVERITY) as [FindingCode, Severity][]) {
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
