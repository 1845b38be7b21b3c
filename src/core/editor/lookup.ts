// What stands at a place in a draft: an actor's name, a date or a citation. Only the block around the
// place is read, so pointing at a word costs the same in a short note and in a book.
import { findMentions } from '../check/names';
import type { Actor, FactBase, PartialDate, Spelling } from '../factbase/types';
import { findDates, inferYear, type DateMention } from '../text/dates';
import { scanMarkdown, type MarkdownScan } from '../text/markdown';

export type DraftSymbol =
  | { kind: 'actor'; start: number; end: number; actor: Actor; spelling: Spelling }
  | { kind: 'citation'; start: number; end: number; sourceId: string }
  | { kind: 'date'; start: number; end: number; date: PartialDate };

export function symbolAt(factBase: FactBase, text: string, offset: number, scan: MarkdownScan = scanMarkdown(text)): DraftSymbol | undefined {
  for (const citation of scan.citations) {
    if (offset < citation.start || offset > citation.end) continue;
    const key = citation.keys.find((candidate) => offset >= candidate.start && offset <= candidate.end) ?? (citation.keys.length === 1 ? citation.keys[0] : undefined);
    return key && { kind: 'citation', start: key.start, end: key.end, sourceId: key.id };
  }
  const block = scan.blocks.find((candidate) => offset >= candidate.start && offset <= candidate.end);
  if (!block) return undefined;
  const actor = actorIn(factBase, text, scan.prose, block, offset);
  if (actor) return actor;
  const mentions = findDates(scan.prose, block.start, block.end);
  const mention = mentions.find((candidate) => offset >= candidate.start && offset <= candidate.end);
  if (!mention) return undefined;
  const date = dateOf(mention, contextYears(scan, block, mentions));
  return date && { kind: 'date', start: mention.start, end: mention.end, date };
}

function actorIn(factBase: FactBase, text: string, prose: string, block: { start: number; end: number }, offset: number): DraftSymbol | undefined {
  const slice = { text: text.slice(block.start, block.end), prose: prose.slice(block.start, block.end) };
  const local = offset - block.start;
  const mention = findMentions(factBase, slice).find((candidate) => local >= candidate.start && local <= candidate.end);
  const actor = mention && factBase.actors.get(mention.actorId);
  if (!mention || !actor) return undefined;
  return { kind: 'actor', start: block.start + mention.start, end: block.start + mention.end, actor, spelling: mention.spelling };
}

function contextYears(scan: MarkdownScan, block: { start: number; end: number; heading: number }, blockDates: DateMention[]): number[] {
  const years = blockDates.flatMap((mention) => (mention.year === undefined ? [] : [mention.year]));
  const heading = scan.blocks[block.heading];
  if (heading) years.push(...findDates(scan.prose, heading.start, heading.end).flatMap((mention) => (mention.year === undefined ? [] : [mention.year])));
  return years;
}

function dateOf(mention: DateMention, years: number[]): PartialDate | undefined {
  const year = mention.year ?? inferYear(mention, { years });
  if (year === undefined) return undefined;
  return { year, month: mention.month, day: mention.day, precision: mention.precision };
}
