// What Crosscheck shows about an actor, a date or a source when the user points at it: Markdown
// text built from the fact base alone. Links to source passages come from the caller, so the same
// text serves an editor (command links) and a static page. Every string from the fact base or the
// draft is escaped: none can open a link, an image, HTML or a block of its own.
import { humanDate } from '../check/rules/messages';
import { wordCount } from '../factbase/spellings';
import type { Actor, AttributeFact, EventFact, Evidence, FactBase, PartialDate, SourceDocument, Spelling, TitleFact } from '../factbase/types';

/** A link target (URI) that opens a source document at a passage; undefined when none can be made. */
export type PassageLink = (evidence: Evidence) => string | undefined;

/**
 * Escapes every ASCII punctuation character, which is all Markdown and autolinks ("https://",
 * "www.", "a@b.c") are made of, and makes line breaks spaces: the text shows as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** A code span that holds the text whatever backticks it has: its fence is one longer than any run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

/** A link whose target cannot end early or carry a title: parentheses, spaces and angle brackets are percent-encoded. */
function markdownLink(text: string, target: string): string {
  const safeTarget = target.replace(/[()<>\s\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${safeTarget})`;
}

/** What an actor's hover is told beyond the actor: where the full entry is, and the form the draft wrote. */
export interface ActorHoverOptions {
  /** The target of a link that shows the actor's full entry in a view of its own. */
  reveal?: string;
  /** The spelling of the actor the draft wrote where the user points. */
  written?: Spelling;
}

/**
 * How many items each section of an actor's hover shows: the rest are counted, and shown in full where
 * `reveal` leads. So few that the card of the actor the bundled sources say most about fits the 250
 * pixels VS Code gives a hover without scrolling.
 */
const SHOWN = { titles: 1, spellings: 3, facts: 2, quotes: 1 } as const;

/**
 * An actor's hover: one line first (the name, its current title, the written spelling's standing)
 * and its description under it, then a line each for its trimmed titles, spellings, latest event,
 * facts and quotes.
 */
export function describeActor(factBase: FactBase, actor: Actor, link: PassageLink, { reveal, written }: ActorHoverOptions = {}): string {
  const lead = [`**${escapeMarkdown(actor.name)}** · ${actor.type}`];
  const title = currentTitle(actor.titles);
  if (title) lead.push(titleName(factBase, title));
  if (written) lead.push(spellingStanding(actor, written));
  if (reveal) lead.push(markdownLink('Reveal in Actors', reveal));
  // Each paragraph's lines are kept apart by hard line breaks (two trailing spaces), not by gaps.
  const heading = [lead.join(' · ')];
  if (actor.description) heading.push(escapeMarkdown(actor.description));
  const sections: string[] = [];
  // The Actors view lists every title, spelling and event: what the hover leaves out of those, it leads there for.
  const counted = (count: number, [one, many]: readonly [string, string], inView: boolean) =>
    `${count} ${count === 1 ? one : many}${reveal && inView ? ` in ${markdownLink('the Actors view', reveal)}` : ''}`;
  const trimmed = (items: string[], shown: number, [one, many]: readonly [string, string], inView = false) =>
    items.length <= shown ? items : [...items.slice(0, shown), counted(items.length - shown, [`more ${one}`, `more ${many}`], inView)];
  pushSection(sections, 'Titles', trimmed(describeTitles(factBase, actor.titles), SHOWN.titles, ['title', 'titles'], true));
  pushSection(sections, 'Spellings', trimmed(preferredFirst([...actor.spellings, ...actor.shortForms].filter(isUsed)).map((spelling) => describeSpelling(actor, spelling)), SHOWN.spellings, ['spelling', 'spellings'], true));
  const { dated, undated } = eventsOf(factBase, actor.id);
  const latest = dated.at(-1);
  const others = dated.length - 1 + undated;
  if (latest) pushSection(sections, 'Latest event', [describeEvent(factBase, latest), ...(others > 0 ? [counted(others, ['more event', 'more events'], true)] : [])]);
  else if (undated > 0) pushSection(sections, 'Events', [counted(undated, ['undated event', 'undated events'], true)]);
  pushSection(sections, 'Known facts', trimmed(actor.attributes.map((attribute) => describeAttribute(factBase, attribute)), SHOWN.facts, ['fact', 'facts']));
  pushSection(sections, 'The sources say', trimmed(supportingQuotes(actor).map((evidence) => describeQuote(evidence, link)), SHOWN.quotes, ['quote', 'quotes']));
  return [heading, sections].filter((lines) => lines.length > 0).map((lines) => lines.join('  \n')).join('\n\n');
}

/** The events the sources date on (or over) the given date, or undefined when there are none. */
export function describeDate(factBase: FactBase, date: PartialDate, link: PassageLink): string | undefined {
  const events = [...factBase.events.values()].filter((event) => event.date && overlaps(event.date, event.until, date));
  if (events.length === 0) return undefined;
  const lines = [`**${humanDate(date)}** in the sources`, ''];
  for (const event of sortByDate(events)) {
    lines.push(`- ${describeEvent(factBase, event)}`);
    const quote = event.evidence[0];
    if (quote) lines.push(`  ${describeQuote(quote, link)}`);
  }
  return lines.join('\n');
}

/** How much of the source around a quoted passage its hover shows, at most, on each side. */
const CONTEXT_CHARS = 240;

/**
 * A fact base quote as it stands in its source: the sentences around it, the quote in bold, and the
 * source's title; or, when the quote is not in the source, that it is not.
 */
export function describeQuoteInContext(factBase: FactBase, evidence: Evidence, link: PassageLink): string {
  const source = factBase.sources.get(evidence.sourceId);
  if (!source) return `${codeSpan(evidence.sourceId)} is no source of the fact base.`;
  const heading = `**${escapeMarkdown(source.title)}** · ${codeSpan(source.id)}`;
  if (!evidence.passage) return `${heading}\n\nThe source does not hold this quote verbatim.`;
  const { text } = source;
  const start = evidence.passage.start.offset;
  const end = evidence.passage.end.offset;
  const from = sentenceStartBefore(text, start, Math.max(0, start - CONTEXT_CHARS));
  const to = sentenceEndAfter(text, end, Math.min(text.length, end + CONTEXT_CHARS));
  const before = (from > 0 ? '… ' : '') + escapeMarkdown(text.slice(from, start));
  const after = escapeMarkdown(text.slice(end, to)) + (to < text.length ? ' …' : '');
  const target = link(evidence);
  const opening = target ? `\n\n${markdownLink(`Open in ${escapeMarkdown(source.id)}, line ${evidence.passage.start.line}`, target)}` : '';
  return `${heading}\n\n${before}**${escapeMarkdown(text.slice(start, end))}**${after}${opening}`;
}

/** Where the sentence holding `offset` starts, not before `limit`. */
function sentenceStartBefore(text: string, offset: number, limit: number): number {
  for (let at = offset - 1; at > limit; at--) if (/[.!?\n]/.test(text[at - 1]!) && /\s/.test(text[at]!)) return at + 1;
  return limit;
}

/** Where the sentence holding `offset` ends, not after `limit`. */
function sentenceEndAfter(text: string, offset: number, limit: number): number {
  for (let at = offset; at < limit; at++) if (/[.!?\n]/.test(text[at]!)) return text[at] === '\n' ? at : at + 1;
  return limit;
}

export function describeSource(source: SourceDocument, link: string | undefined): string {
  const lines = [`**${escapeMarkdown(source.title)}** · ${codeSpan(source.id)}`, ''];
  if (source.outlet) lines.push(`Outlet: ${escapeMarkdown(source.outlet)}  `);
  if (source.published) {
    const how = source.published.inferred ? ` (inferred: ${escapeMarkdown(source.published.inferred)})` : '';
    lines.push(`Date: ${humanDate(source.published.date)}${how}  `);
  }
  const file = source.file.split('/').pop() ?? source.file;
  lines.push(link ? `File: ${markdownLink(escapeMarkdown(file), link)}` : `File: ${escapeMarkdown(file)}`);
  return lines.join('\n');
}

export function describeUnknownSource(id: string, factBase: FactBase): string {
  const known = [...factBase.sources.keys()].map(escapeMarkdown).join(', ');
  return `No source ${codeSpan(id)} in the fact base${known ? ` (known: ${known})` : ''}.`;
}

/** A section as one line: its heading, then its items. */
function pushSection(sections: string[], heading: string, items: string[]): void {
  if (items.length > 0) sections.push(`*${heading}:* ${items.join(' · ')}`);
}

/** One line per title, with every time the sources state it held, earliest first. */
function describeTitles(factBase: FactBase, titles: TitleFact[]): string[] {
  const times = new Map<string, { title: TitleFact; when: { key: number; text: string }[] }>();
  for (const title of titles) {
    const key = `${title.former ? 'former ' : ''}${title.title}\n${title.organisation ?? ''}`;
    const entry = times.get(key) ?? { title, when: [] };
    const when = describeTime(title);
    if (when) entry.when.push({ key: dateKey(title.from ?? title.asOf ?? title.until), text: when });
    times.set(key, entry);
  }
  return [...times.values()].map(({ title, when }) => {
    const dates = when.sort((a, b) => a.key - b.key).map((each) => each.text);
    return `${titleName(factBase, title)}${dates.length > 0 ? ` (${dates.join('; ')})` : ''}`;
  });
}

/** A title with its organisation, when its words do not already name it: "Deputy Foreign Minister, Russian Foreign Ministry". */
function titleName(factBase: FactBase, title: TitleFact): string {
  const organisation = title.organisation ? factBase.actors.get(title.organisation)?.name : undefined;
  const where = organisation && !title.title.includes(organisation) ? `, ${escapeMarkdown(organisation)}` : '';
  return `${title.former ? 'former ' : ''}${escapeMarkdown(title.title)}${where}`;
}

/** The title the sources last say the actor holds: not former nor ended, latest dated first, an undated one only when none is dated. */
function currentTitle(titles: TitleFact[]): TitleFact | undefined {
  let current: { title: TitleFact; key: number } | undefined;
  for (const title of titles) {
    if (title.former || title.until) continue;
    const since = title.from ?? title.asOf;
    const key = since ? dateKey(since) : -1;
    if (!current || key > current.key) current = { title, key };
  }
  return current?.title;
}

/** When a title or an attribute holds, as the sources date it: "from 3 February 2025", "as of 2023". */
export function describeTime(fact: { from?: PartialDate; until?: PartialDate; asOf?: PartialDate }): string | undefined {
  if (fact.from && fact.until) return `${humanDate(fact.from)} – ${humanDate(fact.until)}`;
  if (fact.from) return `from ${humanDate(fact.from)}`;
  if (fact.until) return `until ${humanDate(fact.until)}`;
  if (fact.asOf) return `as of ${humanDate(fact.asOf)}`;
  return undefined;
}

function isUsed(spelling: Spelling): boolean {
  return Object.keys(spelling.uses).length > 0;
}

function describeSpelling(actor: Actor, spelling: Spelling): string {
  // A full name and a short form are each preferred among their kind: the card says which kind.
  const name = spelling.preferred ? `**${escapeMarkdown(spelling.text)}** (${preferredKind(actor, spelling)})` : escapeMarkdown(spelling.text);
  return `${name} — ${usesOf(spelling)}`;
}

/** The preferred spellings of each kind, then the others, each in the fact base's order. */
function preferredFirst(spellings: Spelling[]): Spelling[] {
  return [...spellings.filter((spelling) => spelling.preferred), ...spellings.filter((spelling) => !spelling.preferred)];
}

function usesOf(spelling: Spelling): string {
  return Object.entries(spelling.uses)
    .map(([source, count]) => (count === 1 ? escapeMarkdown(source) : `${escapeMarkdown(source)} ×${count}`))
    .join(', ');
}

const WORD_COUNTS = ['one', 'two', 'three', 'four'];

/**
 * What a preferred spelling is preferred among: the full names, or the short forms, and of these
 * those of its number of words when the actor has preferred short forms of more than one length
 * ("Abu Marzouk" and "Marzouk").
 */
export function preferredKind(actor: Actor, spelling: Spelling): string {
  if (spelling.kind === 'full') return 'preferred full name';
  const lengths = new Set(actor.shortForms.filter((form) => form.preferred && isUsed(form)).map((form) => wordCount(form.text)));
  if (lengths.size < 2) return 'preferred short form';
  const words = wordCount(spelling.text);
  return `preferred ${WORD_COUNTS[words - 1] ?? words}-word short form`;
}

/**
 * How the sources stand by a spelling the draft wrote: “Trupanov”: a variant (s001), most write
 * “Trufanov”; of the name the card leads with, only its standing.
 */
function spellingStanding(actor: Actor, spelling: Spelling): string {
  if (spelling.preferred && spelling.text === actor.name) return preferredKind(actor, spelling);
  const written = `“${escapeMarkdown(spelling.text)}”`;
  if (spelling.preferred) return `${written}: ${preferredKind(actor, spelling)}`;
  if (!isUsed(spelling)) return `${written}: a form of the fact base no source writes`;
  if (spelling.suggestion) return `${written}: a variant (${usesOf(spelling)}), most sources write “${escapeMarkdown(spelling.suggestion)}”`;
  return `${written}: written in ${usesOf(spelling)}`;
}

/** The events the actor takes part in or is the place of: the dated ones by date, and how many are undated. */
function eventsOf(factBase: FactBase, actorId: string): { dated: EventFact[]; undated: number } {
  const events = [...factBase.events.values()].filter((event) => event.participants.includes(actorId) || event.place === actorId);
  const dated = sortByDate(events.filter((event) => event.date));
  return { dated, undated: events.length - dated.length };
}

function describeEvent(factBase: FactBase, event: EventFact): string {
  const when = event.date ? humanDate(event.date) + (event.until ? ` – ${humanDate(event.until)}` : '') : 'undated';
  const place = event.place ? factBase.actors.get(event.place)?.name : undefined;
  const where = place && !event.name.includes(place) ? ` (${escapeMarkdown(place)})` : '';
  return `${when}: ${escapeMarkdown(event.name)}${where}`;
}

function describeAttribute(factBase: FactBase, attribute: AttributeFact): string {
  const value = typeof attribute.value === 'string' ? (factBase.actors.get(attribute.value)?.name ?? attribute.value) : String(attribute.value);
  const label = attribute.kind === 'hometown' ? 'home town' : attribute.kind;
  const sources = [...new Set(attribute.evidence.map((evidence) => evidence.sourceId))].map(escapeMarkdown).join(', ');
  return `${label}: ${escapeMarkdown(value)}${attribute.asOf ? ` (as of ${humanDate(attribute.asOf)})` : ''}${sources ? ` — ${sources}` : ''}`;
}

/**
 * The quotes the actor's facts rest on, each once: of quotes whose passages overlap in a source
 * ("Foreign Minister Sergei Lavrov", "Foreign Minister Sergei Lavrov was apparently attending"),
 * only the longest, in the place of the first.
 */
function supportingQuotes(actor: Actor): Evidence[] {
  const all = [...actor.evidence, ...actor.titles.flatMap((title) => title.evidence), ...actor.attributes.flatMap((attribute) => attribute.evidence)];
  let kept: Evidence[] = [];
  for (const evidence of all) {
    const overlapping = kept.findIndex((other) => sameOrOverlapping(other, evidence));
    if (overlapping < 0) kept.push(evidence);
    else if (evidence.quote.length > kept[overlapping]!.quote.length) {
      kept = kept.map((other, at) => (at === overlapping ? evidence : other)).filter((other, at) => at === overlapping || !sameOrOverlapping(other, evidence));
    }
  }
  return kept;
}

function sameOrOverlapping(a: Evidence, b: Evidence): boolean {
  if (a.sourceId !== b.sourceId) return false;
  if (!a.passage || !b.passage) return a.quote === b.quote;
  return a.passage.start.offset < b.passage.end.offset && b.passage.start.offset < a.passage.end.offset;
}

function describeQuote(evidence: Evidence, link: PassageLink): string {
  const target = link(evidence);
  const sourceId = escapeMarkdown(evidence.sourceId);
  const where = evidence.passage ? `${sourceId}, line ${evidence.passage.start.line}` : sourceId;
  return `“${escapeMarkdown(evidence.quote)}” — ${target ? markdownLink(where, target) : where}`;
}

function sortByDate(events: EventFact[]): EventFact[] {
  return [...events].sort((a, b) => dateKey(a.date) - dateKey(b.date));
}

function dateKey(date: PartialDate | undefined): number {
  return date ? date.year * 400 + (date.month ?? 0) * 32 + (date.day ?? 0) : Number.MAX_SAFE_INTEGER;
}

/** Whether a stretch [from, until] (each at its own precision) shares any day with the date at its precision. */
function overlaps(from: PartialDate, until: PartialDate | undefined, date: PartialDate): boolean {
  const [dateStart, dateEnd] = dayRange(date);
  const [eventStart] = dayRange(from);
  const [, eventEnd] = dayRange(until ?? from);
  return eventStart <= dateEnd && dateStart <= eventEnd;
}

function dayRange(date: PartialDate): [number, number] {
  const base = date.year * 400;
  if (date.precision === 'year' || date.month === undefined) return [base + 32, base + 12 * 32 + 31];
  if (date.precision === 'month' || date.day === undefined) return [base + date.month * 32 + 1, base + date.month * 32 + 31];
  const day = base + date.month * 32 + date.day;
  return [day, day];
}
