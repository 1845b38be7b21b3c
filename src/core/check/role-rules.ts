// role-conflict: a title written next to a person that the sources give to someone else, or give
// this person only at another time.

import { humanDate } from '../describe';
import type { Actor, PartialDate, TitleFact } from '../factbase/types';
import { sourcesOf } from './evidence';
import { isDisputed, type Wording } from './facts-index';
import type { NameMention } from './names';
import { timeContext, type BlockView, type DraftDate, type RawFinding, type RawFix } from './rules';
import { isCapitalized, phraseTokens, separatorKey } from './tokens';
import { daySpan, type DaySpan } from './when';

interface AttachedWording {
  wording: Wording;
  start: number;
  end: number;
}

export function checkRoles(block: BlockView): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mention of block.mentions) {
    const person = block.factBase.actors.get(mention.actorId);
    if (!person || person.type !== 'person') continue;
    for (const attached of [wordingBefore(block, mention), wordingAfter(block, mention)]) {
      const finding = attached && roleFinding(block, mention, person, attached);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** The longest wording ending right before the name: "Deputy Foreign Minister Mikhail Bogdanov". */
function wordingBefore(block: BlockView, mention: NameMention): AttachedWording | undefined {
  const at = block.tokenAt(mention.start);
  if (at < 1 || !/^[ \t]*\r?\n?[ \t]*$/.test(block.text.slice(block.tokens[at - 1].end, mention.start))) return undefined;
  for (const wording of block.facts.wordingsByLastWord.get(block.tokens[at - 1].norm) ?? []) {
    const first = at - wording.words.length;
    if (first < 0 || !wordsMatch(block, wording, first)) continue;
    const start = block.tokens[first].start;
    if (wording.words.length === 1 && !isCapitalized(block.text.slice(start, block.tokens[first].end))) continue;
    return { wording, start, end: block.tokens[at - 1].end };
  }
  return undefined;
}

/** The longest wording in an apposition right after the name: "Sergei Lavrov, the Foreign Minister,". */
function wordingAfter(block: BlockView, mention: NameMention): AttachedWording | undefined {
  const lead = /^,[ \t]*\r?\n?[ \t]*(?:(?:the|a|an)\s+)?/i.exec(block.text.slice(mention.end, mention.end + 40));
  if (!lead) return undefined;
  const at = block.tokenAt(mention.end + lead[0].length);
  if (at < 0) return undefined;
  for (const wording of block.facts.wordingsByFirstWord.get(block.tokens[at].norm) ?? []) {
    if (at + wording.words.length > block.tokens.length || !wordsMatch(block, wording, at)) continue;
    const end = block.tokens[at + wording.words.length - 1].end;
    if (!/^\s*(?:[,;:.)]|$)/.test(block.text.slice(end, end + 2))) continue;
    return { wording, start: block.tokens[at].start, end };
  }
  return undefined;
}

function wordsMatch(block: BlockView, wording: Wording, first: number): boolean {
  for (let k = 0; k < wording.words.length; k++) {
    const token = block.tokens[first + k];
    if (!token || token.norm !== wording.words[k]) return false;
    if (k > 0 && separatorKey(block.text.slice(block.tokens[first + k - 1].end, token.start)) !== wording.separators[k - 1]) return false;
  }
  return true;
}

function roleFinding(block: BlockView, mention: NameMention, person: Actor, attached: AttachedWording): RawFinding | undefined {
  const { wording } = attached;
  const written = block.text.slice(attached.start, attached.end);
  if (isDisputed(block.facts, person.id, wording.key)) return undefined;
  const direct = wording.holders.get(person.id);
  // A wording that says the title is past ("former head of Hamas") holds at any later date.
  if (direct?.every((title) => title.former)) return undefined;
  const own = direct?.filter((title) => !title.former) ?? block.facts.wordingsByKey.get(`former ${wording.key}`)?.holders.get(person.id);
  if (!own && sharedRank(block, person, wording)) return undefined;
  const start = Math.min(attached.start, mention.start);
  const end = Math.max(attached.end, mention.end);
  if (own) return pastTitleFinding(block, person, own, attached, written, { start, end });
  const holders = [...wording.holders.keys()].map((id) => block.factBase.actors.get(id)).filter((actor): actor is Actor => actor !== undefined);
  if (holders.length === 0) return undefined;
  const holderEvidence = holders.flatMap((holder) => (wording.holders.get(holder.id) ?? []).flatMap((title) => title.evidence));
  const ownTitles = distinctTitles(person.titles);
  // A fix must not bring in a title the sources date away from the sentence's time.
  const dates = timeContext(block, attached.start).filter((date) => !date.relative);
  const heldThen = (holder: Actor, title: TitleFact) => dates.every((date) => !outside(tenureOf(block, holder, title), date));
  const fixes: RawFix[] = [
    ...ownTitles
      .filter((title) => heldThen(person, title))
      .map((title) => ({ title: `Write “${title.title}” (the sources' title for ${person.name})`, replacement: title.title, start: attached.start, end: attached.end })),
    ...holders
      .filter((holder) => (wording.holders.get(holder.id) ?? []).some((title) => !title.former && heldThen(holder, title)))
      .map((holder) => {
      const name = sameShapeName(holder, mention);
      return { title: `Write “${name}” (who holds “${written}” in the sources)`, replacement: name, start: mention.start, end: mention.end };
    }),
  ];
  const calls = ownTitles.length > 0 ? `, whom they call ${ownTitles.map((title) => title.title).join(' or ')} (${sourcesOf(ownTitles.flatMap((title) => title.evidence))})` : '';
  return {
    code: 'role-conflict',
    start,
    end,
    message: `The sources give “${written}” to ${holders.map((holder) => holder.name).join(' and ')} (${sourcesOf(holderEvidence)}), never to ${person.name}${calls}.`,
    evidence: [...ownTitles.flatMap((title) => title.evidence), ...holderEvidence],
    fixes,
  };
}

/** A title the person holds only at other times than the dates the sentence or paragraph states. */
function pastTitleFinding(block: BlockView, person: Actor, titles: TitleFact[], attached: AttachedWording, written: string, range: { start: number; end: number }): RawFinding | undefined {
  const dates = timeContext(block, attached.start).filter((date) => !date.relative);
  const tenures = titles.map((title) => tenureOf(block, person, title));
  if (dates.length === 0 || !dates.every((date) => tenures.every((tenure) => outside(tenure, date)))) return undefined;
  const current = distinctTitles(person.titles.filter((title) => !titles.includes(title) && dates.every((date) => !outside(tenureOf(block, person, title), date))));
  const evidence = [...titles.flatMap((title) => title.evidence), ...tenures.flatMap((tenure) => tenure.evidence)];
  const fixes: RawFix[] = current.map((title) => ({ title: `Write “${title.title}”`, replacement: title.title, start: attached.start, end: attached.end }));
  if (tenures.every((tenure) => tenure.until !== undefined && dates.every((date) => date.span.first > tenure.until!.last))) {
    fixes.push({ title: `Write “former ${written}”`, replacement: `former ${written}`, start: attached.start, end: attached.end });
  }
  return {
    code: 'role-conflict',
    start: range.start,
    end: range.end,
    message: `The sources give ${person.name} the title “${written}” ${tenures.map((tenure) => tenure.described).join('; ')} (${sourcesOf(evidence)}), not at ${dates.map((date) => date.text).join(', ')}.`,
    evidence,
    fixes,
  };
}

interface Tenure {
  from?: DaySpan;
  until?: DaySpan;
  described: string;
  /** Evidence that the title ended: a source calling the person its former holder. */
  evidence: TitleFact['evidence'];
}

/**
 * When the person held the title as far as the sources tell: its from/until, or up to the date of a
 * source that calls the person its former holder ("former head of Hamas").
 */
function tenureOf(block: BlockView, person: Actor, title: TitleFact): Tenure {
  const from = title.from && daySpan(title.from);
  if (title.until) return { from, until: daySpan(title.until), described: title.from ? `from ${humanDate(title.from)} to ${humanDate(title.until)}` : `until ${humanDate(title.until)}`, evidence: [] };
  const endings = (title.former ? [title] : person.titles.filter((other) => other.former && other.title === title.title))
    .map((former) => ({ former, date: former.asOf ?? earliestPublished(block, former) }))
    .filter((ending): ending is { former: TitleFact; date: PartialDate } => ending.date !== undefined)
    .sort((a, b) => daySpan(a.date).first - daySpan(b.date).first);
  const ending = endings[0];
  if (ending) return { from, until: daySpan(ending.date), described: `only before ${humanDate(ending.date)}, when ${sourcesOf(ending.former.evidence)} calls ${person.name} former holder`, evidence: ending.former.evidence };
  if (title.from) return { from, described: `from ${humanDate(title.from)}`, evidence: [] };
  return { described: title.asOf ? `as of ${humanDate(title.asOf)}` : 'at another time', evidence: [] };
}

function earliestPublished(block: BlockView, title: TitleFact): PartialDate | undefined {
  const dates = title.evidence.map((item) => block.factBase.sources.get(item.sourceId)?.published?.date).filter((date): date is PartialDate => date !== undefined);
  return dates.sort((a, b) => daySpan(a).first - daySpan(b).first)[0];
}

function outside(tenure: Tenure, date: DraftDate): boolean {
  return (tenure.from !== undefined && date.span.last < tenure.from.first) || (tenure.until !== undefined && date.span.first > tenure.until.last);
}

function distinctTitles(titles: TitleFact[]): TitleFact[] {
  const byName = new Map<string, TitleFact>();
  for (const title of titles) if (!title.former && !byName.has(title.title)) byName.set(title.title, title);
  return [...byName.values()];
}

/** The holder's name in the shape the draft wrote: surname for surname, full name for full name. */
function sameShapeName(holder: Actor, mention: NameMention): string {
  if (mention.spelling.kind === 'full') return holder.preferred;
  const length = phraseTokens(mention.spelling.text).words.length;
  return holder.shortForms.find((form) => form.preferred && phraseTokens(form.text).words.length === length)?.text ?? holder.preferred;
}

/**
 * A wording several members of the person's own organisation hold ("Hamas official") names a rank,
 * not an office: the sources' silence about this person holding it is no conflict.
 */
function sharedRank(block: BlockView, person: Actor, wording: Wording): boolean {
  let sharing = 0;
  for (const [holderId, titles] of wording.holders) {
    const holder = block.factBase.actors.get(holderId);
    const organisations = [...titles.map((title) => title.organisation), ...(holder?.memberOf ?? [])];
    if (organisations.some((organisation) => organisation !== undefined && person.memberOf.includes(organisation))) sharing++;
  }
  return sharing >= 2;
}

