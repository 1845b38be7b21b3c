// Scans successive versions of a draft, re-reading only what an edit can affect: from the last
// checkpoint before the change to the first checkpoint after it where the new reading falls back
// in step with the old one. What lies outside is taken from the previous scan, moved by the edit.
import { textChange } from './text-change';
import {
  scanMarkdownSection,
  scanMarkdownWithCheckpoints,
  type Citation,
  type CheckpointedScan,
  type HtmlComment,
  type MarkdownScan,
  type ProseBlock,
  type ScanCheckpoints,
  type SectionScan,
} from './markdown';

export interface MarkdownScanner {
  /** The same result as `scanMarkdown(text)`. Results are shared between calls: read them, never change them. */
  scan(text: string): MarkdownScan;
}

export function createMarkdownScanner(): MarkdownScanner {
  let mask = new Uint8Array(0);
  let previousText: string | undefined;
  let previous: CheckpointedScan | undefined;

  const scratchFor = (length: number): Uint8Array => {
    if (mask.length < length) mask = new Uint8Array(Math.max(length, Math.ceil(mask.length * 1.5)));
    return mask;
  };

  return {
    scan(text: string): MarkdownScan {
      if (previous && text === previousText) return previous.scan;
      const scratch = scratchFor(text.length);
      const next = (previous && previousText !== undefined && rescan(previousText, previous, text, scratch)) || scanMarkdownWithCheckpoints(text, scratch);
      previousText = text;
      previous = next;
      return next.scan;
    },
  };
}

/** The scan of `text` worked out from that of `before`, or undefined when only a full scan will do. */
function rescan(before: string, previous: CheckpointedScan, text: string, mask: Uint8Array): CheckpointedScan | undefined {
  if (previous.frontMatterUnclosed) return undefined;
  const change = textChange(before, text);
  const { offsets, states } = previous.checkpoints;
  // The line before a restart must lie wholly in the unchanged prefix, line break included; the
  // first line never serves, as an edit there may open front matter.
  const restart = lastAtOrBefore(offsets, change.prefix);
  if (restart < 0 || offsets[restart] === 0) return undefined;
  const from = offsets[restart];
  const blocks = previous.scan.blocks;
  const blocksBefore = firstStartingAt(blocks, from);

  const changedUntil = text.length - change.suffix;
  let candidate = restart;
  const section = scanMarkdownSection(
    text,
    mask,
    { offset: from, state: states[restart], blocksBefore, headingBefore: headingBefore(blocks, blocksBefore) },
    (offset, state) => {
      if (offset < changedUntil) return false;
      const oldOffset = offset - change.delta;
      while (candidate < offsets.length && offsets[candidate] < oldOffset) candidate++;
      return candidate < offsets.length && offsets[candidate] === oldOffset && states[candidate] === state;
    },
  );
  return splice(previous, section, from, section.end < text.length ? change.delta : undefined, blocksBefore);
}

/**
 * The previous scan before `from`, the section, and, when the section stopped in step with the
 * previous scan (`delta` given), the previous scan after the section moved by `delta`.
 */
function splice(previous: CheckpointedScan, section: SectionScan, from: number, synchronisedDelta: number | undefined, blocksBefore: number): CheckpointedScan {
  const old = previous.scan;
  const synchronised = synchronisedDelta !== undefined;
  const delta = synchronisedDelta ?? 0;
  const resumeOld = section.end - delta;

  const blocks = old.blocks.slice(0, blocksBefore).concat(section.blocks);
  if (synchronised) {
    const firstAfter = firstStartingAt(old.blocks, resumeOld, blocksBefore);
    const indexShift = blocks.length - firstAfter;
    const headingAtJoin = headingBefore(blocks, blocks.length);
    for (let i = firstAfter; i < old.blocks.length; i++) {
      const block = old.blocks[i];
      const heading = block.heading >= firstAfter ? block.heading + indexShift : headingAtJoin;
      blocks.push(delta === 0 && heading === block.heading ? block : movedBlock(block, delta, heading));
    }
  }

  const comments = old.comments.slice(0, firstStartingAt(old.comments, from)).concat(section.comments);
  const citations = old.citations.slice(0, firstStartingAt(old.citations, from)).concat(section.citations);
  const checkpoints = joinCheckpoints(previous.checkpoints, section.checkpoints, from, synchronised ? resumeOld : Infinity, delta);
  let prose = old.prose.slice(0, from) + section.prose;
  if (synchronised) {
    for (let i = firstStartingAt(old.comments, resumeOld); i < old.comments.length; i++) comments.push(movedComment(old.comments[i], delta));
    for (let i = firstStartingAt(old.citations, resumeOld); i < old.citations.length; i++) citations.push(movedCitation(old.citations[i], delta));
    prose += old.prose.slice(resumeOld);
  }
  return { scan: { prose, blocks, comments, citations }, checkpoints, frontMatterUnclosed: false };
}

function joinCheckpoints(old: ScanCheckpoints, section: ScanCheckpoints, from: number, resumeOld: number, delta: number): ScanCheckpoints {
  const before = firstAtOrAfter(old.offsets, from);
  const after = firstAtOrAfter(old.offsets, resumeOld);
  const offsets = old.offsets.slice(0, before).concat(section.offsets);
  const states = old.states.slice(0, before).concat(section.states);
  for (let i = after; i < old.offsets.length; i++) {
    offsets.push(old.offsets[i] + delta);
    states.push(old.states[i]);
  }
  return { offsets, states };
}

function movedBlock(block: ProseBlock, delta: number, heading: number): ProseBlock {
  const moved: ProseBlock = { kind: block.kind, start: block.start + delta, end: block.end + delta, heading };
  if (block.headingLevel !== undefined) moved.headingLevel = block.headingLevel;
  if (block.cells) moved.cells = block.cells.map((cell) => ({ start: cell.start + delta, end: cell.end + delta }));
  return moved;
}

function movedComment(comment: HtmlComment, delta: number): HtmlComment {
  if (delta === 0) return comment;
  return { start: comment.start + delta, end: comment.end + delta, text: comment.text, textStart: comment.textStart + delta };
}

function movedCitation(citation: Citation, delta: number): Citation {
  if (delta === 0) return citation;
  return {
    start: citation.start + delta,
    end: citation.end + delta,
    keys: citation.keys.map((key) => ({ id: key.id, start: key.start + delta, end: key.end + delta })),
  };
}

/** Index of the last heading among the first `count` blocks, or -1. */
function headingBefore(blocks: readonly ProseBlock[], count: number): number {
  if (count === 0) return -1;
  const last = blocks[count - 1];
  return last.kind === 'heading' ? count - 1 : last.heading;
}

/** Index of the first item starting at or after `offset` (items in document order), searching from `low`. */
function firstStartingAt(items: readonly { start: number }[], offset: number, low = 0): number {
  return firstNotBefore(low, items.length, (index) => items[index].start < offset);
}

function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  return firstNotBefore(0, offsets.length, (index) => offsets[index] < offset);
}

function lastAtOrBefore(offsets: readonly number[], offset: number): number {
  return firstAtOrAfter(offsets, offset + 1) - 1;
}

/** Binary search in [low, high) for the first index `isBefore` rejects; `isBefore` holds for a prefix. */
function firstNotBefore(low: number, high: number, isBefore: (index: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
