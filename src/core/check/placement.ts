// Findings kept relative to their block, so that a block an edit did not touch keeps its findings
// and only moves them: a line number and an offset added, a column on the block's first line.

import { relatedPassages } from './evidence';
import type { FactBase } from '../factbase/types';
import type { RawFinding } from './rules';
import type { DraftPosition, Finding, FindingCode, Severity } from './types';

/**
 * A finding placed relative to its block: `line` 0 is the block's first line, where `column`
 * counts from the block's start (1-based); `offset` counts from the block's start.
 */
export type LocalFinding = Finding;

/** Where a block starts in the draft. */
export interface BlockPlace {
  offset: number;
  /** 1-based. */
  line: number;
  column: number;
}

/** Where a block's own first character is, relative to the block: what local findings are placed from. */
const BLOCK_ORIGIN: BlockPlace = { offset: 0, line: 0, column: 1 };

/**
 * The block's findings of the codes reported, in text order, each range once: placed relative to
 * the block (local findings), or in the draft when told where the block starts there.
 */
export function blockFindings(factBase: FactBase, text: string, blockStart: number, blockEnd: number, raw: RawFinding[], severity: Map<FindingCode, Severity>, origin: BlockPlace = BLOCK_ORIGIN): Finding[] {
  if (raw.length === 0) return [];
  const breaks = lineStartsWithin(text, blockStart, blockEnd);
  const position = (offset: number): DraftPosition => {
    let line = 0;
    while (line < breaks.length && breaks[line] <= blockStart + offset) line++;
    return { line: origin.line + line, column: line === 0 ? origin.column + offset : blockStart + offset - breaks[line - 1] + 1, offset: origin.offset + offset };
  };
  const sorted = raw.length > 1 ? raw.sort(byPlaceThenCode) : raw;
  const findings: Finding[] = [];
  let previous: RawFinding | undefined;
  for (const finding of sorted) {
    const level = severity.get(finding.code);
    // Sorted, so a finding of the same code and range as one kept comes right after it.
    const repeated = previous !== undefined && previous.code === finding.code && previous.start === finding.start && previous.end === finding.end;
    if (!level || repeated) continue;
    previous = finding;
    findings.push({
      code: finding.code,
      severity: level,
      message: finding.message,
      range: { start: position(finding.start), end: position(finding.end) },
      related: relatedPassages(factBase, finding.evidence),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        replacement: fix.replacement,
        ...(fix.start !== undefined && fix.end !== undefined ? { range: { start: position(fix.start), end: position(fix.end) } } : {}),
      })),
    });
  }
  return findings;
}

function byPlaceThenCode(a: RawFinding, b: RawFinding): number {
  return a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Line starts after the block's start, up to its end; "\r\n" read across the block's end as one break. */
function lineStartsWithin(text: string, start: number, end: number): number[] {
  const starts: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The block's findings at its place in the draft. */
export function placeFindings(local: LocalFinding[], place: BlockPlace): Finding[] {
  const at = (position: DraftPosition): DraftPosition => ({
    line: place.line + position.line,
    column: position.line === 0 ? place.column + position.column - 1 : position.column,
    offset: place.offset + position.offset,
  });
  return local.map((finding) => ({
    ...finding,
    range: { start: at(finding.range.start), end: at(finding.range.end) },
    fixes: finding.fixes.map((fix) => (fix.range ? { ...fix, range: { start: at(fix.range.start), end: at(fix.range.end) } } : { ...fix })),
  }));
}
