// The checker: a pure function from a fact base and a Markdown draft to findings, and an
// incremental form of it that re-checks only the blocks an edit touched.

import type { FactBase } from '../factbase/types';
import { findDates, type DateMention } from '../text/dates';
import { LineIndex } from '../text/lines';
import { scanMarkdown, type Citation, type MarkdownScan, type ProseBlock } from '../text/markdown';
import { resolveDates, statedYears } from './draft-dates';
import { relatedPassages } from './evidence';
import { checkEvents } from './event-rules';
import { factsIndexOf, type FactsIndex } from './facts-index';
import { checkNames, type NameRuleOptions } from './name-rules';
import { mentionsIn, nameIndexOf, type NameIndex, type NameMention } from './names';
import { checkPersons } from './person-rules';
import { checkRoles } from './role-rules';
import type { BlockView, RawFinding, Span, TextView } from './rules';
import { sentenceSpans } from '../text/sentences';
import { Suppressions } from './suppress';
import { normalizeWord, tokenize, type Token } from './tokens';
import { DEFAULT_SEVERITY, type CheckOptions, type Finding, type FindingCode, type Severity } from './types';

export interface DraftChecker {
  /** The findings for the whole draft; blocks unchanged since the last call are not checked again. */
  check(text: string): Finding[];
}

/** What a block says in itself, whatever surrounds it. Offsets are relative to the block. */
interface BlockAnalysis {
  text: string;
  prose: string;
  tokens: Token[];
  /** Token index by start offset. */
  tokenIndex: Map<number, number>;
  mentions: NameMention[];
  dateMentions: DateMention[];
  years: number[];
  sentences: Span[];
  citations: Citation[];
}

export function checkDraft(factBase: FactBase, text: string, options: CheckOptions = {}): Finding[] {
  return createDraftChecker(factBase, options).check(text);
}

export function createDraftChecker(factBase: FactBase, options: CheckOptions = {}): DraftChecker {
  const names = nameIndexOf(factBase);
  const facts = factsIndexOf(factBase);
  const severity = severities(options);
  const accepted = new Set((options.accept ?? []).map(normalizeWord));
  const citationMap = options.citations ?? {};
  let analyses = new Map<string, BlockAnalysis>();
  // Findings by block and the context they were found in (heading and draft years).
  let findingsCache = new Map<string, RawFinding[]>();

  return {
    check(text: string): Finding[] {
      const scan = scanMarkdown(text);
      const previous = analyses;
      analyses = new Map();
      const blockKeys = scan.blocks.map((block) => blockKey(text, scan.prose, block));
      const blockAnalyses = scan.blocks.map((block, i) => {
        const key = blockKeys[i];
        const analysis = analyses.get(key) ?? previous.get(key) ?? analyze(names, text, scan, block);
        analyses.set(key, analysis);
        return analysis;
      });
      const draftYears = yearsByFrequency(blockAnalyses);
      const raw: RawFinding[] = [];
      const previousFindings = findingsCache;
      findingsCache = new Map();
      const context: CheckContext = { factBase, names, facts, accepted, citationMap };
      scan.blocks.forEach((block, i) => {
        const analysis = blockAnalyses[i];
        const heading = block.heading >= 0 && block.heading !== i ? blockAnalyses[block.heading] : undefined;
        const needsDraftYears = [analysis, heading].some((part) => part?.dateMentions.some((mention) => mention.year === undefined));
        const key = `${blockKeys[i]}\u0001${heading ? blockKeys[block.heading] : ''}\u0001${needsDraftYears ? draftYears.join(',') : ''}`;
        const findings = findingsCache.get(key) ?? previousFindings.get(key) ?? runRules(analysis, heading, draftYears, context);
        findingsCache.set(key, findings);
        for (const finding of findings) raw.push(shift(finding, block.start));
      });
      return finalize(factBase, text, scan, raw, severity, options.maxFindings);
    },
  };
}

function blockKey(text: string, prose: string, block: ProseBlock): string {
  return `${block.kind}\u0000${text.slice(block.start, block.end)}\u0000${prose.slice(block.start, block.end)}`;
}

function analyze(names: NameIndex, text: string, scan: MarkdownScan, block: ProseBlock): BlockAnalysis {
  const local = text.slice(block.start, block.end);
  const prose = scan.prose.slice(block.start, block.end);
  const tokens = tokenize(prose);
  const dateMentions = /\d|\b(?:spring|summer|autumn|fall|winter)\b/i.test(prose) ? findDates(prose) : [];
  return {
    text: local,
    prose,
    tokens,
    tokenIndex: new Map(tokens.map((token, i) => [token.start, i])),
    mentions: mentionsIn(names, local, tokens),
    dateMentions,
    years: statedYears(dateMentions),
    // Sentences only matter to the rules that read dates.
    sentences: dateMentions.length > 0 ? sentenceSpans(local, 0, local.length) : [],
    citations: scan.citations
      .filter((citation) => citation.start >= block.start && citation.end <= block.end)
      .map((citation) => ({ start: citation.start - block.start, end: citation.end - block.start, keys: citation.keys.map((key) => ({ ...key, start: key.start - block.start, end: key.end - block.start })) })),
  };
}

/** The years the draft states, most stated first: the last resort for dates written without one. */
function yearsByFrequency(analyses: BlockAnalysis[]): number[] {
  const counts = new Map<number, number>();
  for (const analysis of new Set(analyses)) for (const year of analysis.years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([year]) => year);
}

interface CheckContext {
  factBase: FactBase;
  names: NameIndex;
  facts: FactsIndex;
  accepted: Set<string>;
  citationMap: Record<string, string>;
}

function runRules(analysis: BlockAnalysis, heading: BlockAnalysis | undefined, draftYears: number[], context: CheckContext): RawFinding[] {
  const headingYears = heading?.years ?? [];
  const years = [...new Set([...analysis.years, ...headingYears, ...draftYears])];
  const headingView: TextView | undefined = heading && {
    start: 0,
    end: heading.text.length,
    tokens: heading.tokens,
    mentions: heading.mentions,
    dates: resolveDates(heading.prose, heading.dateMentions, [...new Set([...headingYears, ...draftYears])]),
  };
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
    dates: resolveDates(analysis.prose, analysis.dateMentions, years),
    sentences: analysis.sentences,
    heading: headingView,
    tokenAt: (offset) => analysis.tokenIndex.get(offset) ?? -1,
    citedSources: (span) => citedSources(analysis.citations, span, context),
  };
  let lowercaseHere: Set<string> | undefined;
  const isOrdinaryWord = (word: string) => {
    lowercaseHere ??= new Set(analysis.tokens.filter((token) => /^\p{Ll}/u.test(analysis.text.charAt(token.start))).map((token) => token.norm));
    return lowercaseHere.has(word);
  };
  const nameOptions: NameRuleOptions = { accepted: context.accepted, isOrdinaryWord };
  return [...checkNames(block, nameOptions), ...checkRoles(block), ...checkPersons(block), ...checkEvents(block)];
}

function citedSources(citations: Citation[], span: Span, context: CheckContext): Set<string> {
  const sources = new Set<string>();
  for (const citation of citations) {
    if (citation.start < span.start || citation.start >= span.end + 2) continue;
    for (const key of citation.keys) {
      const source = context.citationMap[key.id] ?? key.id;
      if (context.factBase.sources.has(source)) sources.add(source);
    }
  }
  return sources;
}

function shift(finding: RawFinding, by: number): RawFinding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes: finding.fixes.map((fix) => (fix.start === undefined || fix.end === undefined ? fix : { ...fix, start: fix.start + by, end: fix.end + by })),
  };
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

function finalize(factBase: FactBase, text: string, scan: MarkdownScan, raw: RawFinding[], severity: Map<FindingCode, Severity>, maxFindings: number | undefined): Finding[] {
  const lines = new LineIndex(text);
  const suppressions = new Suppressions(text, scan.comments);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  raw.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  for (const finding of raw) {
    const level = severity.get(finding.code);
    const key = `${finding.code}:${finding.start}:${finding.end}`;
    if (!level || seen.has(key) || suppressions.suppresses(finding.code, finding.start)) continue;
    seen.add(key);
    findings.push({
      code: finding.code,
      severity: level,
      message: finding.message,
      range: { start: lines.position(finding.start), end: lines.position(finding.end) },
      related: relatedPassages(factBase, finding.evidence),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        replacement: fix.replacement,
        ...(fix.start !== undefined && fix.end !== undefined ? { range: { start: lines.position(fix.start), end: lines.position(fix.end) } } : {}),
      })),
    });
    if (maxFindings !== undefined && findings.length >= maxFindings) break;
  }
  return findings;
}
