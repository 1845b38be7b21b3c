// What a claim is read against: one block of the draft with its resolved dates, the heading above
// it, its table's header row, and the date the document is written at. Offsets are the block's.

import type { FactBase, PartialDate } from '../../factbase/types';
import type { Citation } from '../../text/markdown';
import type { NameIndex, NameMention } from '../names';
import { firstStartingAt, withinSorted, type DraftDate, type Span } from '../rules';
import type { CheckSession } from '../session';
import type { Token } from '../tokens';
import { daySpan } from '../when';
import type { FactsIndex } from './facts';

/** A heading or a table's header row, as the blocks under it see it. */
export interface ContextBlock {
  text: string;
  tokens: Token[];
  mentions: NameMention[];
  dates: DraftDate[];
  /** Table cells, for a header row. */
  cells?: Span[];
}

export interface ClaimContext {
  factBase: FactBase;
  names: NameIndex;
  facts: FactsIndex;
  session: CheckSession;
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'blockquote' | 'footnote';
  text: string;
  tokens: Token[];
  mentions: NameMention[];
  dates: DraftDate[];
  sentences: Span[];
  citations: Citation[];
  citationMap: Record<string, string>;
  /** Normalised spellings the user accepts: never reported as variants or misspellings. */
  accepted: ReadonlySet<string>;
  /** Table cells, for a table row. */
  cells?: Span[];
  heading?: ContextBlock;
  tableHeader?: ContextBlock;
  /** The date the document is written at, where it says (front matter, an e-mail's Date: line, a dateline). */
  documentDate?: PartialDate;
  /** Stretches in quotation marks: names there are someone else's wording. */
  quotes: Span[];
  /** For a block quote introduced as a quotation (the paragraph before it ends in ":"): the sources that lead-in cites. */
  leadIn?: { cited: string[] };
  /** For a block opening with a pronoun, the mentions of the last sentence of the block it goes on from. */
  continues?: readonly NameMention[];
  /** The person the draft is about (the one its first heading names alone): whom a pronoun refers to when no one is named before it. */
  subject?: NameMention;
  /** For a heading stating a date, the block opening its section: the events that date may be of are told there. */
  sectionLead?: ContextBlock;
  /** For a field of a record about a person ("- Position: …"): its label, its value, and the person, placed where the value starts. */
  record?: RecordField;
  /** The organisations named in the blocks before, each at its last mention, the latest last. */
  earlierOrganisations: readonly NameMention[];
  /** Each sentence's clauses, once worked out (see `clausesOf`). */
  clauses: Map<Span, Span[]>;
}

const NO_DATES: DraftDate[] = [];

export interface RecordField {
  label: string;
  value: Span;
  person: NameMention;
}

/** "Position: Deputy Chairman", "**Location:** Doha": a field's label and where its value starts. */
const FIELD = /^[*_]*(\p{Lu}[\p{L} ./()-]{0,30}?)[*_]*:[*_]*[ \t]+(?=\S)/u;

/** The label of a field, and where its value starts, when the text opens as one. */
export function fieldOf(text: string): { label: string; valueStart: number } | undefined {
  const field = FIELD.exec(text);
  return field ? { label: field[1].trim(), valueStart: field[0].length } : undefined;
}

/** A record's field, its value running to the end of its block, with the record's person placed where the value starts. */
export function recordOf(field: { label: string; valueStart: number }, end: number, person: NameMention): RecordField {
  return { label: field.label, value: { start: field.valueStart, end }, person: { ...person, start: field.valueStart, end: field.valueStart } };
}

/** The person a block that names only them heads a record of: "4. HANIYEH, Ismail", "### Osama Hamdan". */
export function recordPerson(head: Pick<ClaimContext, 'mentions' | 'text'>): NameMention | undefined {
  const first = head.mentions[0];
  if (!first || first.actor.type !== 'person' || head.mentions.some((mention) => mention.actorId !== first.actorId)) return undefined;
  return RECORD_LEAD.test(head.text.slice(0, first.start)) && RECORD_TAIL.test(head.text.slice(first.end)) ? first : undefined;
}

/** Before a record's name: emphasis and a number. */
const RECORD_LEAD = /^[*_\s]*(?:\d+[.)][ \t]*)?[*_\s]*$/;
/** After it: a given name after a comma ("HANIYEH, Ismail"), an aside in brackets, emphasis and closing punctuation. */
const RECORD_TAIL = /^(?:,[ \t]*\p{Lu}[\p{L}-]*)?(?:[ \t]*\([^()\n]{1,40}\))?[*_\s.:]*$/u;

/** A table row's cells under a header cell the pattern matches (its emphasis aside); for a record's field, its value when its label matches. */
export function cellsUnder(context: ClaimContext, column: RegExp): Span[] {
  if (context.record) return column.test(context.record.label) ? [context.record.value] : [];
  if (!context.cells) return [];
  const header = context.tableHeader;
  const cells: Span[] = [];
  header?.cells?.forEach((cell, i) => {
    const name = header.text.slice(cell.start, cell.end).replace(/^[*_\s]+/, '');
    if (column.test(name) && context.cells![i]) cells.push(context.cells![i]);
  });
  // "| Role | Chairman of the Politburo |": a table of two columns, a label and its value, like an infobox.
  const [label, value] = context.cells;
  if (cells.length === 0 && context.cells.length === 2 && column.test(context.text.slice(label.start, label.end).replace(/^[*_\s]+/, ''))) cells.push(value);
  return cells;
}

/** The person a table row is about: the first person named in its name column, else in the row; a record's person. */
export function personOfRow(context: ClaimContext): NameMention | undefined {
  if (context.record) return context.record.person;
  const nameCell = cellsUnder(context, NAME_COLUMN)[0];
  const persons = context.mentions.filter((mention) => mention.actor.type === 'person');
  if (nameCell) return persons.find((mention) => mention.start >= nameCell.start && mention.end <= nameCell.end) ?? persons[0];
  // "## Musa Abu Marzouk" over a table with no column of names: its rows are about that person, whoever else they name.
  const headed = new Set(context.heading?.mentions.filter((mention) => mention.actor.type === 'person').map((mention) => mention.actorId));
  return headed.size === 1 ? context.heading!.mentions.find((mention) => headed.has(mention.actorId)) : persons[0];
}

const NAME_COLUMN = /^(?:name|who|person|people|captive|hostage|official)s?\b/i;

/**
 * The person an entry is about, when the block opens with their name set apart: "**Andrei Kozlov.**
 * Listed …", "Kozlov: …", "**Naim, Basem** — …", "**Mousa Abu Marzouk (Hamas).** …".
 */
export function entryMention(context: Pick<ClaimContext, 'mentions' | 'text'>): NameMention | undefined {
  const first = context.mentions[0];
  if (!first || first.actor.type !== 'person' || !ENTRY_LEAD.test(context.text.slice(0, first.start))) return undefined;
  return ENTRY_NAME_END.test(context.text.slice(first.end, first.end + 48)) ? first : undefined;
}

/** Where the entry's text starts, past its name and what sets the name apart ("**Kozlov, Andrei** (27) — "). */
export function entryTextStart(context: Pick<ClaimContext, 'text'>, entry: NameMention): number {
  const end = ENTRY_NAME_END.exec(context.text.slice(entry.end, entry.end + 48));
  return end ? entry.end + end[0].length : entry.end;
}

/** What may open an entry before its name: emphasis, or nothing. */
const ENTRY_LEAD = /^[*_]*$/;
/**
 * What sets the entry's name apart (past the given name of an inverted name, "Kozlov, Andrei", and
 * an aside in brackets): a full stop, colon or dash, in its emphasis or after it.
 */
const ENTRY_NAME_END = /^(?:,[ \t]*\p{Lu}[\p{L}\p{M}'’-]*)?(?:[*_]*[ \t]*\([^()\n]{1,40}\))?(?:[.:][*_]+|[*_]+[ \t]*[.:—–]|[.:](?=\s)|[ \t]*[—–])/u;

/** The person named from the offset on, when a person's name starts there. */
export function personNamedAt(context: ClaimContext, offset: number): NameMention | undefined {
  const mention = context.mentions[firstStartingAt(context.mentions, offset)];
  return mention !== undefined && mention.start === offset && mention.actor.type === 'person' ? mention : undefined;
}

/** Whether the span lies within quotation marks. */
export function isQuoted(context: ClaimContext, span: Span): boolean {
  const quote = context.quotes[firstStartingAt(context.quotes, span.start + 1) - 1];
  return quote !== undefined && quote.start <= span.start && span.end <= quote.end;
}

/** The sentence holding an offset (the whole block when sentences are unknown), found by binary search. */
export function sentenceAt(context: ClaimContext, offset: number): Span {
  const { sentences } = context;
  const at = firstStartingAt(sentences, offset + 1) - 1;
  const sentence = sentences[at];
  return sentence && offset < sentence.end ? sentence : { start: 0, end: context.text.length };
}

/** Source ids the span cites ([@s000], or a key the citation map resolves), right after it included. */
export function citedSources(context: ClaimContext, span: Span): string[] {
  const citations: Citation[] = [];
  for (let i = firstStartingAt(context.citations, span.start); i < context.citations.length && context.citations[i].start < span.end + 2; i++) citations.push(context.citations[i]);
  return sourcesOfCitations(context, citations);
}

/** The source ids the citations name, each once: keys the citation map resolves, and ids of the fact base. */
export function sourcesOfCitations(context: Pick<ClaimContext, 'factBase' | 'citationMap'>, citations: readonly Citation[]): string[] {
  const sources: string[] = [];
  for (const citation of citations) {
    for (const key of citation.keys) {
      const source = Object.hasOwn(context.citationMap, key.id) ? context.citationMap[key.id] : key.id;
      if (context.factBase.sources.has(source) && !sources.includes(source)) sources.push(source);
    }
  }
  return sources;
}

/** The sentence before the given one, in the same block. */
export function previousSentence(context: ClaimContext, sentence: Span): Span | undefined {
  return context.sentences[firstStartingAt(context.sentences, sentence.start) - 1];
}

/** The tokens lying within the span. */
export function tokensWithin(tokens: readonly Token[], span: Span): { first: number; end: number } {
  const first = firstStartingAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end].end <= span.end) end++;
  return { first, end };
}

/** The dates within the span that date what the draft tells (not anchors such as "since 2006", not a dateline's). */
export function eventDatesWithin(dates: readonly DraftDate[], span: Span): DraftDate[] {
  return withinSorted(dates, span).filter((date) => date.role === 'event');
}

/**
 * The parts of a sentence between semicolons and commas before a conjunction that opens another
 * clause, and an aside in parentheses; worked out once per sentence. (A dash does not part them:
 * "3 Feb. — talks in Moscow"; nor does a short parenthesis: "Kozlov (27)".)
 */
export function clausesOf(context: ClaimContext, sentence: Span): Span[] {
  let clauses = context.clauses.get(sentence);
  if (clauses) return clauses;
  clauses = [];
  let start = sentence.start;
  for (const { at, end } of clauseBreaks(context.text, sentence, context.dates)) {
    clauses.push({ start, end: at });
    start = end;
  }
  clauses.push({ start, end: sentence.end });
  context.clauses.set(sentence, clauses);
  return clauses;
}

/**
 * What parts clauses: a semicolon, a comma and a conjunction, a parenthesis around an aside of
 * ASIDE_CHARS (with the blanks before it). Read from the punctuation alone, in linear time.
 */
function* clauseBreaks(text: string, sentence: Span, dates: readonly DraftDate[]): Generator<{ at: number; end: number }> {
  const punctuation = /[;,()]/g;
  punctuation.lastIndex = sentence.start;
  for (let match = punctuation.exec(text); match && match.index < sentence.end; match = punctuation.exec(text)) {
    const at = match.index;
    const mark = text[at];
    if (mark === ';') yield { at, end: at + 1 };
    else if (mark === ',') {
      CONJUNCTION_AFTER_COMMA.lastIndex = at;
      const conjunction = CONJUNCTION_AFTER_COMMA.exec(text);
      // "He turned to 14 January 2025, when the deputy minister telephoned": the "when" clause tells what the date is of.
      if (conjunction && conjunction.index + conjunction[0].length <= sentence.end && !(conjunction[1] === 'when' && endsDate(dates, at))) yield { at, end: conjunction.index + conjunction[0].length };
    } else if (mark === '(') {
      if (asideEnd(text, at, sentence.end) === undefined) continue;
      let blank = at;
      while (blank > sentence.start && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) blank--;
      yield { at: blank, end: at + 1 };
    } else if (asideStart(text, at, sentence.start) !== undefined) yield { at, end: at + 1 };
  }
}

const CONJUNCTION_AFTER_COMMA = /,(?:\[\^?[\w-]{1,40}\])?(?:[ \t]+|[ \t]*\n[ \t]*)(and|but|while|whereas|when|after which|before|after|since|because)\b/y;

/** Whether a date ends at the offset; the dates sorted by start, and not overlapping. */
function endsDate(dates: readonly DraftDate[], offset: number): boolean {
  return dates[firstStartingAt(dates, offset) - 1]?.end === offset;
}

/** How long an aside in parentheses is, at least and at most: "Kozlov (27)" is none. */
const ASIDE_CHARS = { least: 12, most: 400 };

/** Where the aside opened at `open` closes, if it is one: no parenthesis or line break inside. */
function asideEnd(text: string, open: number, limit: number): number | undefined {
  for (let at = open + 1; at < limit && at - open - 1 <= ASIDE_CHARS.most; at++) {
    const char = text[at];
    if (char === ')') return at - open - 1 >= ASIDE_CHARS.least ? at : undefined;
    if (char === '(' || char === '\n') return undefined;
  }
  return undefined;
}

/** Where the aside closed at `close` opens, if it is one. */
function asideStart(text: string, close: number, limit: number): number | undefined {
  for (let at = close - 1; at >= limit && close - at - 1 <= ASIDE_CHARS.most; at--) {
    const char = text[at];
    if (char === '(') return close - at - 1 >= ASIDE_CHARS.least ? at : undefined;
    if (char === ')' || char === '\n') return undefined;
  }
  return undefined;
}

/** The clause holding the offset, among a sentence's clauses. */
export function clauseAt(clauses: Span[], offset: number): Span {
  return clauses[Math.max(0, firstStartingAt(clauses, offset + 1) - 1)];
}

/** At most this many of a sentence's dates, the nearest, set the time of one claim. */
const MAX_TIME_DATES = 4;

/**
 * The dates that set the time of what is said at an offset: its clause's own, else its
 * sentence's (the nearest few), else the table row's, else the heading's, else the document's. A
 * sentence whose dates only anchor something else sets no time; dates of other sentences of the
 * block never do.
 */
export function timeAt(context: ClaimContext, offset: number): DraftDate[] {
  const sentence = sentenceAt(context, offset);
  const clause = clauseAt(clausesOf(context, sentence), offset);
  const near = nearestDates(context.dates, clause, offset);
  const dates = near.length > 0 ? near : nearestDates(context.dates, sentence, offset);
  const own = dates.filter((date) => date.role === 'event');
  if (own.length > 0) return own;
  if (dates.some((date) => date.role === 'anchor')) return NO_DATES;
  const columnDates = columnDatesAt(context, offset);
  if (columnDates.length > 0) return columnDates;
  const headingDates = context.heading?.dates.filter((date) => date.role === 'event') ?? [];
  if (headingDates.length > 0) return headingDates;
  return context.documentDate ? [documentTime(context.documentDate)] : NO_DATES;
}

/** "| | March 2006 | February 2025 |": the dates of the header cell over the table cell holding the offset. */
function columnDatesAt(context: ClaimContext, offset: number): DraftDate[] {
  const header = context.tableHeader;
  const column = context.cells?.findIndex((cell) => cell.start <= offset && offset <= cell.end) ?? -1;
  // Only where the row has as many cells as the header: empty cells are no cells, and would shift the columns.
  const headerCell = column >= 0 && header?.cells?.length === context.cells!.length ? header.cells[column] : undefined;
  if (!headerCell) return NO_DATES;
  return header!.dates.filter((date) => date.role === 'event' && date.start >= headerCell.start && date.end <= headerCell.end);
}

/** The dates within the span nearest the offset, at most MAX_TIME_DATES, in text order. */
function nearestDates(dates: readonly DraftDate[], span: Span, offset: number): DraftDate[] {
  let after = firstStartingAt(dates, offset);
  let before = after - 1;
  const found: DraftDate[] = [];
  while (found.length < MAX_TIME_DATES) {
    const previous = dates[before];
    const next = dates[after];
    const previousIn = previous !== undefined && previous.start >= span.start && previous.end <= span.end;
    const nextIn = next !== undefined && next.start >= span.start && next.end <= span.end;
    if (!previousIn && !nextIn) break;
    if (previousIn && (!nextIn || offset - previous.end <= next.start - offset)) {
      found.unshift(previous);
      before--;
    } else {
      found.push(next);
      after++;
    }
  }
  return found;
}

function documentTime(date: PartialDate): DraftDate {
  return { start: -1, end: -1, text: '', date, span: daySpan(date), yearStated: true, role: 'context' };
}
