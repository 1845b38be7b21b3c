// role-conflict: a title written next to a person that the sources give to someone else, or give
// this person only at another time.

import { humanDate } from '../describe';
import type { Actor, Evidence, PartialDate, Spelling, TitleFact } from '../factbase/types';
import { atDate } from './date-format';
import { sourcesOf } from './evidence';
import { memoize } from './per-fact-base';
import { isDisputed, type Wording } from './facts-index';
import type { NameMention } from './names';
import { isWithinLineBreak, timeContext, tokenStartingAt, type BlockView, type DraftDate, type RawFinding, type RawFix } from './rules';
import { isCapitalizedAt, phraseTokens, separatorKey } from './tokens';
import { daySpan, type DaySpan } from './when';

interface AttachedWording {
  wording: Wording;
  start: number;
  end: number;
}

/** Adds the role-conflicts of the titles written before and after a mention of a person to `findings`. */
export function checkTitlesAround(block: BlockView, mention: NameMention, person: Actor, findings: RawFinding[]): void {
  const before = wordingBefore(block, mention);
  const findingBefore = before && roleFinding(block, mention, person, before);
  if (findingBefore) findings.push(findingBefore);
  const after = wordingAfter(block, mention);
  const findingAfter = after && roleFinding(block, mention, person, after);
  if (findingAfter) findings.push(findingAfter);
}

/** The longest wording ending right before the name: "Deputy Foreign Minister Mikhail Bogdanov". */
function wordingBefore(block: BlockView, mention: NameMention): AttachedWording | undefined {
  const at = mention.token;
  if (at < 1) return undefined;
  const wordings = block.facts.wordingsByLastWord.get(block.tokens[at - 1].norm);
  if (!wordings || !isWithinLineBreak(block.text, block.tokens[at - 1].end, mention.start)) return undefined;
  for (const wording of wordings) {
    const first = at - wording.words.length;
    if (first < 0 || !wordsMatch(block, wording, first)) continue;
    const start = block.tokens[first].start;
    if (wording.words.length === 1 && !isCapitalizedAt(block.text, start)) continue;
    return { wording, start, end: block.tokens[at - 1].end };
  }
  return undefined;
}

const COMMA = 44;

/** The longest wording in an apposition right after the name: "Sergei Lavrov, the Foreign Minister,". */
function wordingAfter(block: BlockView, mention: NameMention): AttachedWording | undefined {
  if (block.text.charCodeAt(mention.end) !== COMMA) return undefined;
  const lead = /^,[ \t]*\r?\n?[ \t]*(?:(?:the|a|an)\s+)?/i.exec(block.text.slice(mention.end, mention.end + 40));
  if (!lead) return undefined;
  const at = tokenStartingAt(block.tokens, mention.end + lead[0].length);
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
    if (k > 0 && separatorKeyBetween(block.text, block.tokens[first + k - 1].end, token.start) !== wording.separators[k - 1]) return false;
  }
  return true;
}

const SPACE = 32;

/** The separator key of text[start, end); the common single space is answered without slicing. */
function separatorKeyBetween(text: string, start: number, end: number): string {
  return end - start === 1 && text.charCodeAt(start) === SPACE ? ' ' : separatorKey(text.slice(start, end));
}

/** What a role-conflict says of a person given another's title, whatever the draft's date: built once per person and wording. */
interface OtherHolderParts {
  holders: Actor[];
  /** "Sergei Lavrov (s000 and s004)" */
  holdersSaid: string;
  ownTitles: TitleFact[];
  /** The tenures of the own titles, in their order. */
  ownTenures: Tenure[];
  /** For each holder in order, the tenures of the titles (none said to be past) the holder holds under the wording. */
  holderTenures: Tenure[][];
  evidence: Evidence[];
}

/**
 * How a wording written next to a person reads against the sources, whatever the draft's date:
 * nothing to say, a title of the person's own (held at some times only), or another's title.
 */
export type Reading = { kind: 'silent' } | { kind: 'own'; titles: TitleFact[]; tenures: Tenure[]; evidence: Evidence[] } | { kind: 'others'; parts: OtherHolderParts };

const SILENT: Reading = { kind: 'silent' };

/** The reading of a wording next to a person, worked out once per person and wording. */
function readingOf(block: BlockView, person: Actor, wording: Wording): Reading {
  let reading = wording.readings.get(person);
  if (!reading) {
    reading = readingFor(block, person, wording);
    wording.readings.set(person, reading);
  }
  return reading;
}

function readingFor(block: BlockView, person: Actor, wording: Wording): Reading {
  if (isDisputed(block.facts, person.id, wording.key)) return SILENT;
  const direct = wording.holders.get(person.id);
  // A wording that says the title is past ("former head of Hamas") holds at any later date.
  if (direct?.every((title) => title.former)) return SILENT;
  const own = direct?.filter((title) => !title.former) ?? wording.former?.holders.get(person.id);
  if (own) {
    const tenures = own.map((title) => tenureOf(block, person, title));
    return { kind: 'own', titles: own, tenures, evidence: [...own.flatMap((title) => title.evidence), ...tenures.flatMap((tenure) => tenure.evidence)] };
  }
  const parts = sharedRank(block, person, wording) ? null : otherHolderPartsFor(block, person, wording);
  return parts ? { kind: 'others', parts } : SILENT;
}

function otherHolderPartsFor(block: BlockView, person: Actor, wording: Wording): OtherHolderParts | null {
  const holders = [...wording.holders.keys()].map((id) => block.factBase.actors.get(id)).filter((actor): actor is Actor => actor !== undefined);
  if (holders.length === 0) return null;
  const holderEvidence = holders.flatMap((holder) => (wording.holders.get(holder.id) ?? []).flatMap((title) => title.evidence));
  const holdersSaid = `${holders.map((holder) => holder.name).join(' and ')} (${sourcesOf(holderEvidence)})`;
  const ownTitles = distinctTitles(person.titles);
  const ownTenures = ownTitles.map((title) => tenureOf(block, person, title));
  const holderTenures = holders.map((holder) =>
    (wording.holders.get(holder.id) ?? []).filter((title) => !title.former).map((title) => tenureOf(block, holder, title)),
  );
  return { holders, holdersSaid, ownTitles, ownTenures, holderTenures, evidence: [...ownTitles.flatMap((title) => title.evidence), ...holderEvidence] };
}

function roleFinding(block: BlockView, mention: NameMention, person: Actor, attached: AttachedWording): RawFinding | undefined {
  const { wording } = attached;
  const reading = readingOf(block, person, wording);
  const start = Math.min(attached.start, mention.start);
  const end = Math.max(attached.end, mention.end);
  if (reading.kind === 'own') return pastTitleFinding(block, person, reading, attached, { start, end });
  if (reading.kind === 'silent') return undefined;
  const { parts } = reading;
  const written = block.text.slice(attached.start, attached.end);
  // A fix must not bring in a title the sources date away from the sentence's time.
  const dates = timeContext(block, attached.start);
  const ownThen: TitleFact[] = [];
  const fixes: RawFix[] = [];
  for (let i = 0; i < parts.ownTitles.length; i++) {
    if (!heldAtAll(parts.ownTenures[i], dates)) continue;
    const title = parts.ownTitles[i];
    ownThen.push(title);
    fixes.push({ title: `Write “${title.title}” (the sources' title for ${person.name})`, replacement: title.title, start: attached.start, end: attached.end });
  }
  for (let i = 0; i < parts.holders.length; i++) {
    if (!anyHeldAtAll(parts.holderTenures[i], dates)) continue;
    const holder = parts.holders[i];
    const name = sameShapeName(holder, mention);
    fixes.push({ title: `Write “${name}” (who holds “${written}” in the sources)`, replacement: name, start: mention.start, end: mention.end });
  }
  return {
    code: 'role-conflict',
    start,
    end,
    message: `The sources give “${written}” to ${parts.holdersSaid}, never to ${person.name}${ownTitlesSaid(block, person, parts.ownTitles, ownThen)}.`,
    evidence: parts.evidence,
    fixes,
  };
}

function anyHeldAtAll(tenures: Tenure[], dates: DraftDate[]): boolean {
  for (const tenure of tenures) if (heldAtAll(tenure, dates)) return true;
  return false;
}

/** Whether the tenure covers every one of the dates, as far as the sources tell. */
function heldAtAll(tenure: Tenure, dates: DraftDate[]): boolean {
  for (const date of dates) if (outside(tenure, date)) return false;
  return true;
}

/** ", whom they call Deputy Foreign Minister (s000)": the titles held at the draft's date, else all of them with their dates. */
function ownTitlesSaid(block: BlockView, person: Actor, ownTitles: TitleFact[], ownThen: TitleFact[]): string {
  if (ownTitles.length === 0) return '';
  // Most often all the titles are held then, or none: those two are said once per person and wording.
  const shared = ownThen.length === 0 ? 'none' : ownThen.length === ownTitles.length ? 'all' : undefined;
  if (!shared) return ownTitlesSaidFor(block, person, ownTitles, ownThen);
  let said = ownTitlesSaidOf.get(ownTitles);
  if (!said) ownTitlesSaidOf.set(ownTitles, (said = {}));
  return (said[shared] ??= ownTitlesSaidFor(block, person, ownTitles, ownThen));
}

const ownTitlesSaidOf = new WeakMap<TitleFact[], { all?: string; none?: string }>();

function ownTitlesSaidFor(block: BlockView, person: Actor, ownTitles: TitleFact[], ownThen: TitleFact[]): string {
  const named = ownThen.length > 0 ? ownThen.map((title) => title.title) : ownTitles.map((title) => `${title.title}${tenureOf(block, person, title).held}`);
  return `, whom they call ${named.join(' or ')} (${sourcesOf((ownThen.length > 0 ? ownThen : ownTitles).flatMap((title) => title.evidence))})`;
}

/** A title the person holds only at other times than the dates the sentence or paragraph states. */
function pastTitleFinding(block: BlockView, person: Actor, { titles, tenures, evidence }: Reading & { kind: 'own' }, attached: AttachedWording, range: { start: number; end: number }): RawFinding | undefined {
  const dates = timeContext(block, attached.start);
  if (dates.length === 0 || !allOutside(tenures, dates)) return undefined;
  const written = block.text.slice(attached.start, attached.end);
  const current = distinctTitles(person.titles.filter((title) => !titles.includes(title) && dates.every((date) => !outside(tenureOf(block, person, title), date))));
  const fixes: RawFix[] = current.map((title) => ({ title: `Write “${title.title}”`, replacement: title.title, start: attached.start, end: attached.end }));
  if (tenures.every((tenure) => tenure.until !== undefined && dates.every((date) => date.span.first > tenure.until!.last))) {
    fixes.push({ title: `Write “former ${written}”`, replacement: `former ${written}`, start: attached.start, end: attached.end });
  }
  const when = dates.map((date) => humanDate(date.date) + (date.until ? `-${humanDate(date.until)}` : '')).join(' and ');
  const said = tenures.map((tenure, i) => tenure.said(written, sourcesOf(titles[i].evidence)));
  return {
    code: 'role-conflict',
    start: range.start,
    end: range.end,
    message: `${dates[0].date.precision === 'day' ? 'On' : 'In'} ${when} the sources ${said.join('; they ')}.`,
    evidence,
    fixes,
  };
}

interface Tenure {
  from?: DaySpan;
  until?: DaySpan;
  /** " in March 2006", " from 2007 to 2011": when the sources give the title, or '' when they do not say. */
  held: string;
  /** What the sources say of the tenure, given the wording written and the title's sources. */
  said: (written: string, sources: string) => string;
  /** Evidence that the title ended: a source calling the person its former holder. */
  evidence: TitleFact['evidence'];
}

/**
 * When the person held the title as far as the sources tell: its from/until, or up to the date of a
 * source that calls the person its former holder ("former head of Hamas"). Worked out once per title.
 */
function tenureOf(block: BlockView, person: Actor, title: TitleFact): Tenure {
  let tenure = tenures.get(title);
  if (!tenure) {
    tenure = tenureFor(block, person, title);
    tenures.set(title, tenure);
  }
  return tenure;
}

const tenures = new WeakMap<TitleFact, Tenure>();

function tenureFor(block: BlockView, person: Actor, title: TitleFact): Tenure {
  const { name } = person;
  const from = title.from && daySpan(title.from);
  if (title.until) {
    const held = title.from ? ` from ${humanDate(title.from)} to ${humanDate(title.until)}` : ` until ${humanDate(title.until)}`;
    return { from, until: daySpan(title.until), held, said: (written, sources) => `give ${name} the title “${written}” only${held} (${sources})`, evidence: [] };
  }
  const held = title.from ? ` from ${humanDate(title.from)}` : title.asOf ? ` ${atDate(title.asOf)}` : '';
  const endings = (title.former ? [title] : person.titles.filter((other) => other.former && other.title === title.title))
    .map((former) => ({ former, date: former.asOf ?? earliestPublished(block, former) }))
    .filter((ending): ending is { former: TitleFact; date: PartialDate } => ending.date !== undefined)
    .sort((a, b) => daySpan(a.date).first - daySpan(b.date).first);
  const ending = endings[0];
  if (ending) {
    const formerWording = ending.former.wordings.find((wording) => /^former\b/i.test(wording)) ?? `former ${ending.former.title}`;
    const short = shortName(person);
    return {
      from,
      until: daySpan(ending.date),
      held,
      said: (written, sources) =>
        `call ${name} the ${formerWording} (${sourcesOf(ending.former.evidence)}, ${humanDate(ending.date)}); they call ${short} “${written}”${held || ' only before then'} (${sources})`,
      evidence: ending.former.evidence,
    };
  }
  // Every tenure has the same fields, `until` too, so that the code reading tenures sees one shape.
  return { from, until: undefined, held, said: (written, sources) => `give ${name} the title “${written}” only${held} (${sources})`, evidence: [] };
}

/** The name a sentence uses for the person the second time: the preferred one-word short form ("Mashal"), else the full name. */
function shortName(person: Actor): string {
  return person.shortForms.find((form) => form.preferred && phraseTokens(form.text).words.length === 1)?.text ?? person.name;
}

function earliestPublished(block: BlockView, title: TitleFact): PartialDate | undefined {
  const dates = title.evidence.map((item) => block.factBase.sources.get(item.sourceId)?.published?.date).filter((date): date is PartialDate => date !== undefined);
  return dates.sort((a, b) => daySpan(a).first - daySpan(b).first)[0];
}

/** Whether every date lies outside every tenure: most mentions of an own title pass this test first and stop. */
function allOutside(tenures: Tenure[], dates: DraftDate[]): boolean {
  for (const date of dates) for (const tenure of tenures) if (!outside(tenure, date)) return false;
  return true;
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
  const { spelling } = mention;
  if (spelling.kind === 'full') return holder.preferred;
  const byShortForm = sameShapeNames(holder);
  let name = byShortForm.get(spelling);
  if (name === undefined) {
    const length = phraseTokens(spelling.text).words.length;
    name = holder.shortForms.find((form) => form.preferred && phraseTokens(form.text).words.length === length)?.text ?? holder.preferred;
    byShortForm.set(spelling, name);
  }
  return name;
}

const sameShapeNames = memoize((_holder: Actor) => new Map<Spelling, string>());

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

