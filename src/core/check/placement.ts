// Findings kept relative to their block, so that a block an edit did not touch keeps its findings
// and only moves them: a line number and an offset added, a column on the block's first line.

import { lastAtOrBefore } from '../text/sorted';
import { relatedPassages } from './evidence';
import type { FactBase } from '../factbase/types';
import type { RawFinding, RawFix } from './rules';
import type { DraftPosition, Finding, FindingCode, Fix, Severity } from './types';

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

/**
 * The block's findings of the codes reported, in text order, each range once: placed relative to
 * the block (local findings), or where they stand in the draft. Lines are found among the draft's
 * line starts.
 */
export function blockFindings(factBase: FactBase, lineStarts: readonly number[], blockStart: number, raw: RawFinding[], severity: Map<FindingCode, Severity>, inDraft: boolean): Finding[] {
  if (raw.length === 0) return NO_FINDINGS;
  const place: FindingPlace = { lineStarts, blockLine: lastAtOrBefore(lineStarts, blockStart), blockStart, inDraft };
  // The rules find most of a block's findings in text order already: a stable sort would keep them as they are.
  const sorted = inTextOrder(raw) ? raw : raw.sort(byPlaceThenCode);
  const findings: Finding[] = [];
  let previous: RawFinding | undefined;
  for (const finding of sorted) {
    const level = severity.get(finding.code);
    // Sorted, so a finding of the same code and range as one kept comes right after it.
    const repeated = previous !== undefined && previous.code === finding.code && previous.start === finding.start && previous.end === finding.end;
    if (!level || repeated) continue;
    previous = finding;
    const related = relatedPassages(factBase, finding.evidence);
    findings.push({
      code: finding.code,
      severity: level,
      message: withUnlisted(finding.message, related.length - MAX_RELATED, finding.fixes.length - MAX_FIXES),
      range: { start: position(place, finding.start), end: position(place, finding.end) },
      related: related.length > MAX_RELATED ? related.slice(0, MAX_RELATED) : related,
      fixes: placedFixes(place, finding.fixes.length > MAX_FIXES ? finding.fixes.slice(0, MAX_FIXES) : finding.fixes),
    });
  }
  return findings;
}

/**
 * A finding cites this many source passages at most, and offers this many fixes: the rules give the
 * most relevant first, and a title many hold in a large fact base would otherwise cite hundreds.
 */
const MAX_RELATED = 5;
const MAX_FIXES = 5;

/** The message, saying how many passages and fixes are left out when some are. */
function withUnlisted(message: string, passages: number, fixes: number): string {
  const unlisted = [passages > 0 ? `${passages} more source passage${passages === 1 ? '' : 's'}` : '', fixes > 0 ? `${fixes} more fix${fixes === 1 ? '' : 'es'}` : ''].filter(Boolean);
  if (unlisted.length === 0) return message;
  const count = Math.max(0, passages) + Math.max(0, fixes);
  return `${message.replace(/\.$/, '')}; ${unlisted.join(' and ')} ${count === 1 ? 'is' : 'are'} not listed.`;
}

/** Where a block's findings are placed (see blockFindings). */
interface FindingPlace {
  lineStarts: readonly number[];
  /** The line the block starts on, 0-based. */
  blockLine: number;
  blockStart: number;
  inDraft: boolean;
}

function position(place: FindingPlace, offset: number): DraftPosition {
  const { lineStarts, blockLine } = place;
  const at = place.blockStart + offset;
  const line = lineOf(lineStarts, blockLine, at);
  const column = at - lineStarts[line] + 1;
  if (place.inDraft) return { line: line + 1, column, offset: at };
  return { line: line - blockLine, column: line === blockLine ? offset + 1 : column, offset };
}

function placedFixes(place: FindingPlace, fixes: RawFix[]): Fix[] {
  const placed: Fix[] = [];
  for (const fix of fixes) {
    placed.push(
      fix.start !== undefined && fix.end !== undefined
        ? { title: fix.title, replacement: fix.replacement, range: { start: position(place, fix.start), end: position(place, fix.end) } }
        : { title: fix.title, replacement: fix.replacement },
    );
  }
  return placed;
}

/** How many lines past the block's first a line is looked for one by one, before a binary search. */
const NEAR_LINES = 8;

/** The line of an offset at or after the start of line `from`: most blocks span a few lines, so stepping on finds it first. */
function lineOf(lineStarts: readonly number[], from: number, offset: number): number {
  const last = Math.min(lineStarts.length - 1, from + NEAR_LINES);
  let line = from;
  while (line < last && lineStarts[line + 1] <= offset) line++;
  return line < last || last === lineStarts.length - 1 ? line : lastAtOrBefore(lineStarts, offset);
}

/** Shared by the many blocks without findings; never added to. */
const NO_FINDINGS: Finding[] = [];

function inTextOrder(raw: RawFinding[]): boolean {
  for (let i = 1; i < raw.length; i++) if (byPlaceThenCode(raw[i - 1], raw[i]) > 0) return false;
  return true;
}

function byPlaceThenCode(a: RawFinding, b: RawFinding): number {
  return a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
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
