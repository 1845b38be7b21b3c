// Reads the entries of one fact base file into the loaded types. What can only be checked once
// every file is read (references, quotes, spelling counts) is collected for the loader.
import { dateSpan } from './dates';
import { describeLocation } from './problems';
import { isNonNegativeInteger, type Field, type LastingPlace, type Place, type ValueNode, type YamlFile } from './yaml-nodes';
import { NO_NODE, type YamlNode } from './yaml-tree';
import type {
  Actor,
  ActorType,
  AttributeFact,
  AttributeKind,
  Disagreement,
  EventFact,
  Evidence,
  FactBase,
  FileRange,
  PartialDate,
  SourceDocument,
  Spelling,
  TitleFact,
} from './types';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'place'];
export const ATTRIBUTE_KINDS: readonly AttributeKind[] = ['age', 'hometown', 'nationality', 'captor', 'residence', 'citizenship', 'other'];

export type ReferenceTarget = 'source' | 'actor' | 'actor or event';

/**
 * What an id may be, as dataset/facts.schema.json says too: letters, digits and "_", with ".", ":"
 * and "-" between them, at most 200 characters. Such an id can be cited as [@id] and shows as written
 * wherever Crosscheck names it.
 */
export const ID_PATTERN = /^[A-Za-z0-9_](?:[A-Za-z0-9_.:-]{0,198}[A-Za-z0-9_])?$/;

/**
 * Where entries are written, each kept as its file and node rather than as an object: a large fact
 * base has tens of thousands of references and quotes to check once every file is read.
 */
class PlaceColumn {
  private readonly files: YamlFile[] = [];
  private readonly nodes: YamlNode[] = [];
  /** The places that have no node of their own, by index. */
  private readonly unplaced = new Map<number, Place>();

  add(yaml: YamlFile, place: LastingPlace): void {
    const node = place.placedNode;
    if (node === NO_NODE) this.unplaced.set(this.nodes.length, place);
    this.files.push(yaml);
    this.nodes.push(node);
  }

  at(index: number): FileRange {
    return this.unplaced.get(index)?.at ?? this.files[index]!.rangeOf(this.nodes[index]);
  }
}

/** Ids written in the fact base that must name an existing entry, in columns; `drop` removes one that does not. */
export class PendingReferences {
  readonly ids: string[] = [];
  readonly targets: ReferenceTarget[] = [];
  /** What holds each reference, for the message: "participants of event moscow-talks". */
  readonly holders: string[] = [];
  readonly places = new PlaceColumn();
  /** What a reference is dropped from: a list that holds it, or an entry that holds it under a key... */
  private readonly owners: (unknown[] | object)[] = [];
  /** ...the value to remove from that list, or that key. */
  private readonly held: unknown[] = [];

  get length(): number {
    return this.ids.length;
  }

  /** A reference `id` that is dropped by removing `held` from the list `owner`, or the key `held` from the entry `owner`. */
  add(id: string, target: ReferenceTarget, holder: string, yaml: YamlFile, place: LastingPlace, owner: unknown[] | object, held: unknown): void {
    this.ids.push(id);
    this.targets.push(target);
    this.holders.push(holder);
    this.places.add(yaml, place);
    this.owners.push(owner);
    this.held.push(held);
  }

  drop(index: number): void {
    const owner = this.owners[index]!;
    if (Array.isArray(owner)) removeAll(owner, this.held[index]);
    else delete (owner as Record<string, unknown>)[this.held[index] as string];
  }
}

/** Quotes to find in their sources, with where each is written, in columns. */
export class PendingQuotes {
  readonly evidence: Evidence[] = [];
  readonly places = new PlaceColumn();

  add(evidence: Evidence, yaml: YamlFile, quote: LastingPlace): void {
    this.evidence.push(evidence);
    this.places.add(yaml, quote);
  }
}

/**
 * The uses the fact base declares for spellings, each naming a source and a count, in columns: a
 * large fact base declares a hundred thousand, and objects for each would be kept until every source
 * is counted.
 */
export class DeclaredUses {
  /** The source each use names; undefined once the use is dropped for naming no source. */
  readonly sourceIds: (string | undefined)[] = [];
  readonly counts: number[] = [];
  /** Where each use is written: its file and the nodes of its key and count... */
  private readonly files: YamlFile[] = [];
  private readonly keys: YamlNode[] = [];
  private readonly written: YamlNode[] = [];
  /** ...or, for a use whose nodes have no place, the field that works it out. */
  private readonly unplaced = new Map<number, Field>();

  get size(): number {
    return this.sourceIds.length;
  }

  add(sourceId: string, count: number, yaml: YamlFile, key: YamlNode, written: YamlNode, value: ValueNode | undefined, mapping: Place): void {
    if (!yaml.isPlaced(key) || !yaml.isPlaced(written)) this.unplaced.set(this.size, yaml.field(sourceId, key, written, value, mapping));
    this.sourceIds.push(sourceId);
    this.counts.push(count);
    this.files.push(yaml);
    this.keys.push(key);
    this.written.push(written);
  }

  /** Where the use names its source. */
  at(use: number): FileRange {
    return this.unplaced.get(use)?.keyAt ?? this.files[use]!.rangeOf(this.keys[use]);
  }

  /** Where the use's count is written. */
  countAt(use: number): FileRange {
    return this.unplaced.get(use)?.at ?? this.files[use]!.rangeOf(this.written[use]);
  }
}

/** Every spelling read, with its actor and the uses the fact base declares for it, in columns. */
export class PendingSpellings {
  readonly actors: Actor[] = [];
  readonly spellings: Spelling[] = [];
  readonly uses = new DeclaredUses();
  /** The uses declared for spelling `i` run from `usesFrom[i]` to `usesFrom[i + 1]`. */
  readonly usesFrom: number[] = [0];

  get length(): number {
    return this.spellings.length;
  }

  /** Adds a spelling once its declared uses are added. */
  add(actor: Actor, spelling: Spelling): void {
    this.actors.push(actor);
    this.spellings.push(spelling);
    this.usesFrom.push(this.uses.size);
  }
}

export interface PendingSource {
  source: SourceDocument;
  fileAt: FileRange;
  /** The fact base file the source path is relative to. */
  factBaseFile: string;
}

/** Everything read so far from all files, and what is left to check. */
export class Collected {
  readonly factBase: FactBase = {
    files: [],
    sources: new Map(),
    actors: new Map(),
    events: new Map(),
    disagreements: new Map(),
  };
  readonly references = new PendingReferences();
  readonly quotes = new PendingQuotes();
  readonly spellings = new PendingSpellings();
  readonly sources: PendingSource[] = [];
  /** Every id in use, across all kinds, and where it was defined first. */
  private readonly ids = new Map<string, FileRange>();

  /** Claims an id for a new entry; reports a duplicate and returns false when it is taken. */
  claimId(yaml: YamlFile, id: string, at: FileRange): boolean {
    const first = this.ids.get(id);
    if (first) {
      yaml.problems.error('duplicate-id', at, `duplicate id "${id}": already defined at ${describeLocation(first)}`);
      return false;
    }
    this.ids.set(id, at);
    return true;
  }
}

const TOP_LEVEL_KEYS = ['version', 'sources', 'actors', 'events', 'disagreements'] as const;

export function readFactBaseFile(yaml: YamlFile, collected: Collected): void {
  const { root } = yaml.tree;
  const whole = yaml.index.range(0, yaml.index.text.length);
  if (root === NO_NODE) {
    yaml.schemaError(yaml.index.range(0, 0), 'the fact base file is empty: expected "version: 1" and lists of sources, actors and events');
    return;
  }
  const fields = yaml.mapping(yaml.resolve(root), 'the fact base', { at: yaml.rangeOf(root, { at: whole }) }, TOP_LEVEL_KEYS, ['version']);
  if (!fields) return;
  const version = fields.get('version');
  if (version && yaml.scalarValue(version.value) !== 1) {
    yaml.schemaError(version.at, `unsupported fact base version: only version 1 exists`);
  }
  const read = new EntryReader(yaml, collected);
  for (const item of yaml.list(fields.get('sources'), 'sources')) read.source(item.node, item);
  for (const item of yaml.list(fields.get('actors'), 'actors')) read.actor(item.node, item);
  for (const item of yaml.list(fields.get('events'), 'events')) read.event(item.node, item);
  for (const item of yaml.list(fields.get('disagreements'), 'disagreements')) read.disagreement(item.node, item);
}

class EntryReader {
  constructor(
    private readonly yaml: YamlFile,
    private readonly collected: Collected,
  ) {}

  /** Reads an entry's `id`, which must be present, and claims it. */
  private id(fields: Map<string, Field>): string | undefined {
    const field = fields.get('id');
    const id = this.yaml.text(field, 'id');
    if (id === undefined || !field) return undefined;
    if (!ID_PATTERN.test(id)) {
      const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
      this.yaml.schemaError(field.at, `id ${JSON.stringify(shown)} is not an id: ids are letters, digits and "_", with ".", ":" or "-" between them (s000, mikhail-bogdanov), at most 200 characters`);
      return undefined;
    }
    return this.collected.claimId(this.yaml, id, field.at) ? id : undefined;
  }

  /** Reads a reference that is dropped, when it names no entry, by deleting `key` from `owner`. */
  private reference(field: Field | undefined, target: ReferenceTarget, holder: string, owner: object, key: string): string | undefined {
    const id = this.yaml.text(field, field?.name ?? 'reference');
    if (id === undefined || !field) return undefined;
    this.collected.references.add(id, target, holder, this.yaml, field, owner, key);
    return id;
  }

  private referenceList(field: Field | undefined, target: ReferenceTarget, holder: string, ids: string[]): void {
    for (const item of this.yaml.textList(field, field?.name ?? 'references')) {
      ids.push(item.text);
      this.collected.references.add(item.text, target, holder, this.yaml, item, ids, item.text);
    }
  }

  /** Reads `from`, `until` and `as_of`, checking that a stretch of time does not end before it starts. */
  private period(fields: Map<string, Field>, holder: string, fromKey: string): { from?: PartialDate; until?: PartialDate; asOf?: PartialDate } {
    const from = this.yaml.date(fields.get(fromKey), `${fromKey} of ${holder}`);
    const until = this.yaml.date(fields.get('until'), `until of ${holder}`);
    const asOf = this.yaml.date(fields.get('as_of'), `as_of of ${holder}`);
    if (from && until && dateSpan(until).last < dateSpan(from).first) {
      this.yaml.problems.error('invalid-date', fields.get('until')!.at, `${holder} ends (until) before it starts (${fromKey})`);
    }
    return { from, until, asOf };
  }

  private evidenceList(field: Field | undefined, holder: string, owner: { evidence: Evidence[] }): void {
    const what = `evidence of ${holder}`;
    for (const item of this.yaml.list(field, what)) {
      const fields = this.yaml.mapping(item.node, what, item, ['source', 'quote'], ['source', 'quote']);
      if (!fields) continue;
      const quoteField = fields.get('quote');
      const sourceField = fields.get('source');
      const quote = this.yaml.text(quoteField, 'quote');
      const sourceId = this.yaml.text(sourceField, 'source');
      if (quote === undefined || sourceId === undefined || !quoteField || !sourceField) continue;
      const evidence: Evidence = { sourceId, quote, at: item.at };
      owner.evidence.push(evidence);
      this.collected.quotes.add(evidence, this.yaml, quoteField);
      this.collected.references.add(sourceId, 'source', what, this.yaml, sourceField, owner.evidence, evidence);
    }
  }

  source(node: ValueNode | undefined, place: Place): void {
    const fields = this.yaml.mapping(node, 'a source', place, ['id', 'file', 'title', 'outlet', 'published'], ['id', 'file', 'title']);
    if (!fields) return;
    const id = this.id(fields);
    const file = this.yaml.text(fields.get('file'), 'file');
    const title = this.yaml.text(fields.get('title'), 'title');
    if (id === undefined || file === undefined || title === undefined) return;
    const source: SourceDocument = { id, file, resolvedFile: file, title, text: '', at: this.yaml.rangeOf(node, place) };
    const outlet = this.yaml.text(fields.get('outlet'), 'outlet');
    if (outlet !== undefined) source.outlet = outlet;
    const published = fields.get('published');
    if (published) {
      const publishedFields = this.yaml.mapping(published.value, `published of source ${id}`, published, ['date', 'inferred'], ['date']);
      const date = publishedFields && this.yaml.date(publishedFields.get('date'), `published date of source ${id}`);
      if (publishedFields && date) {
        const inferred = this.yaml.text(publishedFields.get('inferred'), 'inferred');
        source.published = inferred === undefined ? { date } : { date, inferred };
      }
    }
    this.collected.factBase.sources.set(id, source);
    this.collected.sources.push({ source, fileAt: fields.get('file')!.at, factBaseFile: this.yaml.file });
  }

  actor(node: ValueNode | undefined, place: Place): void {
    const keys = ['id', 'type', 'name', 'description', 'given', 'spellings', 'short', 'member_of', 'titles', 'attributes', 'evidence', 'review'];
    const fields = this.yaml.mapping(node, 'an actor', place, keys, ['id', 'type', 'name']);
    if (!fields) return;
    const id = this.id(fields);
    const type = this.choice(fields.get('type'), 'type', ACTOR_TYPES);
    const name = this.yaml.text(fields.get('name'), 'name');
    if (id === undefined || type === undefined || name === undefined) return;
    const actor: Actor = {
      id,
      type,
      name,
      givenNames: this.yaml.texts(fields.get('given'), 'given'),
      spellings: [],
      shortForms: [],
      preferred: name,
      titles: [],
      attributes: [],
      memberOf: [],
      evidence: [],
      at: this.yaml.rangeOf(node, place),
    };
    const description = this.yaml.text(fields.get('description'), 'description');
    if (description !== undefined) actor.description = description;
    this.spellingList(fields.get('spellings'), 'full', actor, actor.spellings);
    this.spellingList(fields.get('short'), 'short', actor, actor.shortForms);
    this.referenceList(fields.get('member_of'), 'actor', `member_of of actor ${id}`, actor.memberOf);
    for (const item of this.yaml.list(fields.get('titles'), `titles of actor ${id}`)) this.title(item.node, item, actor);
    for (const item of this.yaml.list(fields.get('attributes'), `attributes of actor ${id}`)) this.attribute(item.node, item, actor);
    this.evidenceList(fields.get('evidence'), `actor ${id}`, actor);
    this.collected.factBase.actors.set(id, actor);
  }

  private choice<T extends string>(field: Field | undefined, what: string, allowed: readonly T[]): T | undefined {
    const value = this.yaml.text(field, what);
    if (value === undefined || !field) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.yaml.schemaError(field.at, `${what} must be one of ${allowed.join(', ')}, found "${value}"`);
      return undefined;
    }
    return value as T;
  }

  private spellingList(field: Field | undefined, kind: Spelling['kind'], actor: Actor, into: Spelling[]): void {
    const what = `${kind === 'full' ? 'spellings' : 'short'} of actor ${actor.id}`;
    for (const item of this.yaml.list(field, what)) {
      const fields = this.yaml.mapping(item.node, `a spelling of actor ${actor.id}`, item, ['text', 'uses'], ['text']);
      const text = fields && this.yaml.text(fields.get('text'), 'text');
      if (!fields || !text) continue;
      const spelling: Spelling = { text, kind, uses: Object.create(null) as Record<string, number>, preferred: false, at: fields.get('text')!.at };
      const usesField = fields.get('uses');
      if (usesField) {
        const declared = this.collected.spellings.uses;
        this.yaml.eachEntry(usesField.value, `uses of "${text}"`, usesField, 'any key', (sourceId, key, written, value) => {
          // Checked before asking for the count, so that the message is made only for a wrong one.
          const scalar = this.yaml.scalarValue(value);
          const count = isNonNegativeInteger(scalar) ? scalar : this.yaml.nonNegativeInteger(value, this.yaml.field(sourceId, key, written, value, usesField), `the number of uses of "${text}" in ${sourceId}`);
          if (count === undefined) return;
          // Whether the source exists is checked with the references, once every file is read.
          spelling.uses[sourceId] = count;
          declared.add(sourceId, count, this.yaml, key, written, value, usesField);
        });
      }
      into.push(spelling);
      this.collected.spellings.add(actor, spelling);
    }
  }

  private title(node: ValueNode | undefined, place: Place, actor: Actor): void {
    const keys = ['title', 'wordings', 'organisation', 'as_of', 'from', 'until', 'former', 'evidence', 'review'];
    const fields = this.yaml.mapping(node, `a title of actor ${actor.id}`, place, keys, ['title', 'evidence']);
    const title = fields && this.yaml.text(fields.get('title'), 'title');
    if (!fields || title === undefined) return;
    const holder = `title "${title}" of actor ${actor.id}`;
    const fact: TitleFact = {
      title,
      wordings: this.yaml.texts(fields.get('wordings'), 'wordings'),
      evidence: [],
      at: this.yaml.rangeOf(node, place),
    };
    const organisation = this.reference(fields.get('organisation'), 'actor', holder, fact, 'organisation');
    if (organisation !== undefined) fact.organisation = organisation;
    const { from, until, asOf } = this.period(fields, holder, 'from');
    if (from) fact.from = from;
    if (until) fact.until = until;
    if (asOf) fact.asOf = asOf;
    const former = this.yaml.boolean(fields.get('former'), 'former');
    if (former !== undefined) fact.former = former;
    this.evidenceList(fields.get('evidence'), holder, fact);
    actor.titles.push(fact);
  }

  private attribute(node: ValueNode | undefined, place: Place, actor: Actor): void {
    const fields = this.yaml.mapping(node, `an attribute of actor ${actor.id}`, place, ['kind', 'value', 'as_of', 'evidence', 'review'], ['kind', 'value', 'evidence']);
    if (!fields) return;
    const kind = this.choice(fields.get('kind'), 'kind', ATTRIBUTE_KINDS);
    const valueField = fields.get('value');
    if (kind === undefined || !valueField) return;
    const holder = `${kind} of actor ${actor.id}`;
    let value: string | number | undefined;
    if (kind === 'age') {
      value = this.yaml.nonNegativeInteger(valueField.value, valueField, `the value of ${holder}`);
    } else {
      value = this.yaml.text(valueField, `the value of ${holder}`);
    }
    if (value === undefined) return;
    const fact: AttributeFact = { kind, value, evidence: [], at: this.yaml.rangeOf(node, place) };
    const asOf = this.yaml.date(fields.get('as_of'), `as_of of ${holder}`);
    if (asOf) fact.asOf = asOf;
    this.evidenceList(fields.get('evidence'), holder, fact);
    actor.attributes.push(fact);
  }

  event(node: ValueNode | undefined, entry: Place): void {
    const keys = ['id', 'name', 'note', 'words', 'date', 'until', 'place', 'participants', 'evidence', 'review'];
    const fields = this.yaml.mapping(node, 'an event', entry, keys, ['id', 'name', 'evidence']);
    if (!fields) return;
    const id = this.id(fields);
    const name = this.yaml.text(fields.get('name'), 'name');
    if (id === undefined || name === undefined) return;
    const holder = `event ${id}`;
    const event: EventFact = {
      id,
      name,
      words: this.yaml.texts(fields.get('words'), 'words'),
      participants: [],
      evidence: [],
      at: this.yaml.rangeOf(node, entry),
    };
    const note = this.yaml.text(fields.get('note'), 'note');
    if (note !== undefined) event.note = note;
    const { from: date, until } = this.period(fields, holder, 'date');
    if (date) event.date = date;
    if (until) event.until = until;
    const place = this.reference(fields.get('place'), 'actor', holder, event, 'place');
    if (place !== undefined) event.place = place;
    this.referenceList(fields.get('participants'), 'actor', `participants of ${holder}`, event.participants);
    this.evidenceList(fields.get('evidence'), holder, event);
    this.collected.factBase.events.set(id, event);
  }

  disagreement(node: ValueNode | undefined, place: Place): void {
    const fields = this.yaml.mapping(node, 'a disagreement', place, ['id', 'topic', 'about', 'claims'], ['id', 'topic', 'claims']);
    if (!fields) return;
    const id = this.id(fields);
    const topic = this.yaml.text(fields.get('topic'), 'topic');
    if (id === undefined || topic === undefined) return;
    const disagreement: Disagreement = { id, topic, about: [], claims: [], at: this.yaml.rangeOf(node, place) };
    this.referenceList(fields.get('about'), 'actor or event', `about of disagreement ${id}`, disagreement.about);
    for (const item of this.yaml.list(fields.get('claims'), `claims of disagreement ${id}`)) {
      const claimFields = this.yaml.mapping(item.node, `a claim of disagreement ${id}`, item, ['value', 'evidence'], ['value', 'evidence']);
      const value = claimFields && this.yaml.text(claimFields.get('value'), 'value');
      if (!claimFields || value === undefined) continue;
      const claim = { value, evidence: [] as Evidence[] };
      this.evidenceList(claimFields.get('evidence'), `a claim of disagreement ${id}`, claim);
      disagreement.claims.push(claim);
    }
    this.collected.factBase.disagreements.set(id, disagreement);
  }
}

function removeAll<T>(list: T[], value: T): void {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === value) list.splice(i, 1);
  }
}
