// Curating a fact base from its sources: a passage selected in a source added as a spelling of an
// actor, as evidence for an actor or event, or as a new actor. Each is an insertion into the fact
// base's text, so that its comments, layout and order stay as written; counts are those `validate`
// checks, counted the same way.

import { isMap, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { flowUses } from './fix-uses';
import { SourceText } from './source-text';
import { SpellingCounter } from './spellings';
import type { ActorType, FactBase } from './types';

/** Text to insert at an offset of the fact base file. */
export interface Insertion {
  offset: number;
  text: string;
}

/** How often each source uses the spelling, when it is counted among every spelling of the fact base, as `validate` counts. */
export function usesOfSpelling(factBase: FactBase, actorId: string, text: string): Record<string, number> {
  const spellings: string[] = [text];
  const actors: string[] = [actorId];
  for (const actor of factBase.actors.values()) {
    for (const spelling of actor.spellings) {
      spellings.push(spelling.text);
      actors.push(actor.id);
    }
    for (const spelling of actor.shortForms) {
      spellings.push(spelling.text);
      actors.push(actor.id);
    }
  }
  const counter = new SpellingCounter(spellings, actors);
  const uses: Record<string, number> = {};
  for (const source of factBase.sources.values()) {
    if (source.text === '') continue;
    const { spellings: used, counts } = counter.countIn(new SourceText(source.resolvedFile, source.text));
    for (let i = 0; i < used.length; i++) if (used[i] === 0) uses[source.id] = counts[i]!;
  }
  return uses;
}

/** Adds a spelling (full or short) to the actor's list in the file; undefined when the file has no such actor. */
export function spellingInsertion(yaml: string, actorId: string, kind: 'full' | 'short', text: string, uses: Record<string, number>): Insertion | undefined {
  const actor = entryOf(yaml, 'actors', actorId);
  if (!actor) return undefined;
  const item = `{ text: ${quoted(text)}, uses: ${flowUses(uses)} }`;
  return appendToList(yaml, actor, kind === 'full' ? 'spellings' : 'short', item);
}

/** Adds a quote of a source as evidence for an actor or an event of the file. */
export function evidenceInsertion(yaml: string, target: { list: 'actors' | 'events'; id: string }, sourceId: string, quote: string): Insertion | undefined {
  const entry = entryOf(yaml, target.list, target.id);
  return entry && appendToList(yaml, entry, 'evidence', `{ source: ${sourceId}, quote: ${quoted(quote)} }`);
}

/** A new actor at the end of the file's actors: its name, its one spelling and its uses, and the quote that names it. */
export function actorInsertion(yaml: string, actor: { id: string; type: ActorType; name: string; uses: Record<string, number>; sourceId: string; quote: string }): Insertion | undefined {
  const document = parseDocument(yaml);
  const actors = document.get('actors', true) as Node | undefined;
  if (!isSeq(actors) || !actors.range || actors.items.length === 0) return undefined;
  const dash = columnOf(yaml, (actors.items[0] as Node).range![0]) - 2;
  const pad = ' '.repeat(dash);
  const lines = [
    `- id: ${actor.id}`,
    `  type: ${actor.type}`,
    `  name: ${quoted(actor.name)}`,
    `  spellings:`,
    `    - { text: ${quoted(actor.name)}, uses: ${flowUses(actor.uses)} }`,
    `  evidence:`,
    `    - { source: ${actor.sourceId}, quote: ${quoted(actor.quote)} }`,
  ];
  return { offset: lineEnd(yaml, lastEnd(actors)), text: `\n\n${lines.map((line) => pad + line).join('\n')}` };
}

/** An id for a new actor from its name, unlike every id taken: "Anouk Jansen" -> "anouk-jansen". */
export function actorIdFor(name: string, taken: (id: string) => boolean): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function entryOf(yaml: string, list: 'actors' | 'events', id: string): YAMLMap | undefined {
  const entries = parseDocument(yaml).get(list, true) as Node | undefined;
  if (!isSeq(entries)) return undefined;
  return entries.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

/** An item at the end of the entry's list `key` (block or flow), or the list itself when the entry has none. */
function appendToList(yaml: string, entry: YAMLMap, key: string, item: string): Insertion | undefined {
  const list = entry.get(key, true) as Node | undefined;
  if (isSeq(list) && list.range) {
    if (list.flow) {
      const close = yaml.lastIndexOf(']', list.range[1]);
      return { offset: close, text: list.items.length > 0 ? `, ${item}` : item };
    }
    const dash = columnOf(yaml, (list.items[0] as Node).range![0]) - 2;
    return { offset: lineEnd(yaml, lastEnd(list)), text: `\n${' '.repeat(dash)}- ${item}` };
  }
  if (list !== undefined || !entry.range || entry.items.length === 0) return undefined;
  const keyColumn = columnOf(yaml, (entry.items[0]!.key as Node).range![0]);
  const pad = ' '.repeat(keyColumn);
  return { offset: lineEnd(yaml, lastEnd(entry)), text: `\n${pad}${key}:\n${pad}  - ${item}` };
}

/** Where the last item of a collection ends, its trailing comments aside. */
function lastEnd(collection: YAMLSeq | YAMLMap): number {
  const last = collection.items[collection.items.length - 1] as Node | { value?: Node; key?: Node };
  const node = 'range' in last && last.range ? (last as Node) : ((last as { value?: Node }).value ?? (last as { key?: Node }).key)!;
  return node.range![1];
}

/** The end of the line holding the offset, before its line break (or the offset itself when it ends a line). */
function lineEnd(text: string, offset: number): number {
  const before = offset > 0 && text[offset - 1] === '\n' ? offset - 1 : offset;
  const next = text.indexOf('\n', before);
  return next === -1 ? text.length : next;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function quoted(text: string): string {
  return JSON.stringify(text);
}
