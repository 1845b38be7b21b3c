// `init --update`: what a new drawing finds, merged into an existing fact base through the yaml
// Document API, so the user's entries, edits, comments and order stay as they are. Only additions
// are made: new sources, new actors, new spellings, titles, attributes and events, and the uses of
// existing spellings in the new sources.
import { isMap, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { formKey } from './actors';
import { uniqueId, type DraftAttribute, type DraftEvent, type DraftEvidence, type DraftFactBase, type DraftSpelling, type DraftTitle } from './drafts';

export interface MergeResult {
  yaml: string;
  /** "added 1 source, 4 actors, 9 spellings, 3 titles, 2 attributes, 5 events". */
  summary: string;
}

export class MergeError extends Error {}

interface Plain {
  id?: unknown;
  file?: unknown;
  text?: unknown;
  quote?: unknown;
  spellings?: Plain[];
  short?: Plain[];
  titles?: { evidence?: Plain[] }[];
  attributes?: { evidence?: Plain[] }[];
  evidence?: Plain[];
}

const normalisedPath = (file: unknown) => String(file).replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');

export function mergeFactBase(existing: string, drawn: DraftFactBase): MergeResult {
  const document = parseDocument(existing);
  if (document.errors.length > 0) throw new MergeError(`the existing fact base cannot be parsed: ${document.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(document.contents)) throw new MergeError('the existing fact base is not a mapping of sources, actors and events');
  const plain = (document.toJS() ?? {}) as { sources?: Plain[]; actors?: Plain[]; events?: (Plain & { date?: unknown })[]; disagreements?: Plain[] };
  const taken = new Set<string>([...(plain.sources ?? []), ...(plain.actors ?? []), ...(plain.events ?? []), ...(plain.disagreements ?? [])].map((entry) => String(entry.id)));
  const added = { sources: 0, actors: 0, spellings: 0, titles: 0, attributes: 0, events: 0 };

  const sourceIds = new Map<string, string>();
  const newSources = new Set<string>();
  for (const source of drawn.sources) {
    const same = (plain.sources ?? []).find((known) => normalisedPath(known.file) === normalisedPath(source.file));
    if (same) {
      sourceIds.set(source.id, String(same.id));
      continue;
    }
    let number = 0;
    while (taken.has(`s${String(number).padStart(3, '0')}`)) number++;
    const id = `s${String(number).padStart(3, '0')}`;
    taken.add(id);
    sourceIds.set(source.id, id);
    newSources.add(id);
    append(document, 'sources', { ...source, id });
    added.sources++;
  }

  const owners = new Map<string, string>();
  for (const actor of plain.actors ?? []) for (const spelling of [...(actor.spellings ?? []), ...(actor.short ?? [])]) owners.set(formKey(String(spelling.text)), String(actor.id));
  const actorIds = new Map<string, string>();
  const matched = new Set<string>();
  for (const actor of drawn.actors) {
    const owner = [...actor.spellings, ...actor.short].map((spelling) => owners.get(formKey(spelling.text))).find((id) => id !== undefined);
    if (owner) matched.add(actor.id);
    actorIds.set(actor.id, owner ?? uniqueId(actor.name, taken));
  }
  const renamed = (id: string) => actorIds.get(id) ?? id;
  const evidenceOf = (evidence: readonly DraftEvidence[]) => evidence.map((item) => ({ source: sourceIds.get(item.source)!, quote: item.quote }));
  const usesOf = (uses: Record<string, number>) => Object.fromEntries(Object.entries(uses).map(([source, count]) => [sourceIds.get(source)!, count]));
  const titleOf = (title: DraftTitle) => ({ ...title, organisation: title.organisation && renamed(title.organisation), evidence: evidenceOf(title.evidence) });
  const attributeOf = (attribute: DraftAttribute) => ({ ...attribute, value: typeof attribute.value === 'string' ? renamed(attribute.value) : attribute.value, evidence: evidenceOf(attribute.evidence) });
  const present = new Set<string>();

  for (const actor of drawn.actors) {
    const id = actorIds.get(actor.id)!;
    present.add(id);
    if (!matched.has(actor.id)) {
      const spellings = actor.spellings.filter((spelling) => !owners.has(formKey(spelling.text)));
      const short = actor.short.filter((spelling) => !owners.has(formKey(spelling.text)));
      for (const spelling of [...spellings, ...short]) owners.set(formKey(spelling.text), id);
      append(document, 'actors', {
        ...actor,
        id,
        spellings: spellings.map((spelling) => ({ text: spelling.text, uses: usesOf(spelling.uses) })),
        short: short.map((spelling) => ({ text: spelling.text, uses: usesOf(spelling.uses) })),
        memberOf: actor.memberOf.map(renamed),
        titles: actor.titles.map(titleOf),
        attributes: actor.attributes.map(attributeOf),
        evidence: evidenceOf(actor.evidence),
      });
      added.actors++;
      continue;
    }
    const node = entryNode(document, 'actors', id)!;
    const known = (plain.actors ?? []).find((entry) => String(entry.id) === id)!;
    for (const [field, spellings] of [['spellings', actor.spellings], ['short', actor.short]] as const) {
      for (const spelling of spellings) added.spellings += mergeSpelling(document, node, field, spelling, usesOf(spelling.uses), owners, id, newSources);
    }
    const quotes = new Set([...(known.titles ?? []), ...(known.attributes ?? [])].flatMap((fact) => (fact.evidence ?? []).map((item) => String(item.quote))));
    for (const title of actor.titles) {
      if (title.evidence.some((item) => quotes.has(item.quote))) continue;
      appendTo(document, node, 'titles', title.review, titleOf(title));
      added.titles++;
    }
    for (const attribute of actor.attributes) {
      if (attribute.evidence.some((item) => quotes.has(item.quote))) continue;
      appendTo(document, node, 'attributes', attribute.review, attributeOf(attribute));
      added.attributes++;
    }
  }

  const eventQuotes = new Set((plain.events ?? []).flatMap((event) => (event.evidence ?? []).map((item) => String(item.quote))));
  const knownActors = new Set([...(plain.actors ?? []).map((actor) => String(actor.id)), ...present]);
  for (const event of drawn.events) {
    if (event.evidence.some((item) => eventQuotes.has(item.quote))) continue;
    const place = event.place && renamed(event.place);
    const merged: DraftEvent = { ...event, id: uniqueId(event.id, taken), participants: event.participants.map(renamed).filter((id) => knownActors.has(id)), evidence: evidenceOf(event.evidence) };
    if (place && knownActors.has(place)) merged.place = place;
    else delete merged.place;
    append(document, 'events', merged);
    added.events++;
  }
  const parts = Object.entries(added).map(([what, count]) => `${count} ${count === 1 ? what.replace(/s$/, '') : what}`);
  return { yaml: document.toString({ lineWidth: 0 }), summary: `added ${parts.join(', ')}` };
}

/** Adds a spelling the actor lacks, or the uses of one it has in the new sources; 1 for a spelling added. */
function mergeSpelling(document: Document, actor: YAMLMap, field: 'spellings' | 'short', spelling: DraftSpelling, uses: Record<string, number>, owners: Map<string, string>, id: string, newSources: ReadonlySet<string>): number {
  const key = formKey(spelling.text);
  const owner = owners.get(key);
  if (owner === undefined) {
    owners.set(key, id);
    appendTo(document, actor, field, undefined, { text: spelling.text, uses });
    return 1;
  }
  if (owner !== id) return 0;
  for (const list of ['spellings', 'short']) {
    const seq = actor.get(list);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item) || formKey(String(item.get('text'))) !== key) continue;
      let known = item.get('uses');
      if (!isMap(known)) {
        known = document.createNode({});
        (known as YAMLMap).flow = true;
        item.set('uses', known);
      }
      for (const [source, count] of Object.entries(uses)) if (newSources.has(source)) (known as YAMLMap).set(source, count);
    }
  }
  return 0;
}

function entryNode(document: Document, list: string, id: string): YAMLMap | undefined {
  const seq = document.get(list);
  if (!isSeq(seq)) return undefined;
  return seq.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
}

/** Appends an entry to a top-level list, made if missing, with a review mark and its reason as a comment. */
function append(document: Document, list: string, entry: object): void {
  let seq = document.get(list) as YAMLSeq | undefined;
  if (!isSeq(seq)) {
    seq = document.createNode([]) as YAMLSeq;
    document.set(list, seq);
  }
  seq.items.push(entryValue(document, (entry as { review?: string }).review, entry));
}

function appendTo(document: Document, map: YAMLMap, field: string, review: string | undefined, entry: object): void {
  let seq = map.get(field) as YAMLSeq | undefined;
  if (!isSeq(seq)) {
    seq = document.createNode([]) as YAMLSeq;
    map.set(field, seq);
  }
  seq.items.push(entryValue(document, review, entry));
}

const FIELD_ORDER = ['id', 'type', 'file', 'title', 'kind', 'name', 'value', 'review', 'note', 'given', 'spellings', 'short', 'member_of', 'wordings', 'organisation', 'as_of', 'former', 'outlet', 'published', 'words', 'date', 'until', 'place', 'participants', 'titles', 'attributes', 'evidence'];

/** Where a field stands among an entry's fields, as `init` writes them. */
function rank(field: string): number {
  const at = FIELD_ORDER.indexOf(field);
  return at === -1 ? FIELD_ORDER.length : at;
}

/** The entry as a YAML node in the layout `init` writes: snake_case keys, flow-style uses and evidence. */
function entryValue(document: Document, review: string | undefined, entry: object): Node {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'evidence')) continue;
    if (key === 'review') fields.review = true;
    else fields[key === 'memberOf' ? 'member_of' : key === 'asOf' ? 'as_of' : key] = value;
  }
  const ordered = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
  const node = document.createNode(ordered) as YAMLMap;
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const value = pair.value;
    if (isMap(value) && key === 'uses') value.flow = true;
    if (!isSeq(value)) continue;
    for (const item of value.items) {
      if (!isMap(item)) continue;
      if (key === 'evidence') item.flow = true;
      const uses = item.get('uses');
      if (isMap(uses)) uses.flow = true;
    }
    if (['given', 'wordings', 'member_of', 'participants', 'words'].includes(key)) value.flow = true;
  }
  if (review) node.commentBefore = ` review: ${review}`;
  return node;
}
