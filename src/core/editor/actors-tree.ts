// The Actors view: persons, organisations and places, each with its titles, its spellings and the
// sources using them, and the events it takes part in. Every leaf names the source passage it opens.
import type { Actor, ActorType, EventFact, Evidence, FactBase, FileRange, PartialDate, Spelling, TitleFact } from '../factbase/types';
import { LineIndex } from '../text/lines';
import { describeTime, preferredKind } from './describe';
import { eventWhen } from './timeline';

export type ActorTreeKind = 'group' | 'actor' | 'section' | 'title' | 'spelling' | 'use' | 'event';
export type ActorSection = 'titles' | 'spellings' | 'events';

export interface ActorTreeNode {
  /** Unique in the tree and stable across reloads of the same fact base. */
  id: string;
  kind: ActorTreeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** The source passage the node opens; leaves only. */
  passage?: FileRange;
  hasChildren: boolean;
  /** The group's type, or the type of the actor the node belongs to. */
  actorType: ActorType;
  actorId?: string;
  section?: ActorSection;
  spellingIndex?: number;
}

export const ACTOR_GROUPS: readonly { type: ActorType; label: string }[] = [
  { type: 'person', label: 'Persons' },
  { type: 'organisation', label: 'Organisations' },
  { type: 'place', label: 'Places' },
];

/** Whether an actor's name, any spelling, given name or description contains the filter text, case aside. */
export function matchesActorFilter(actor: Actor, filter: string | undefined): boolean {
  const wanted = filter?.trim().toLocaleLowerCase();
  if (!wanted) return true;
  const texts = [actor.name, actor.id, actor.description ?? '', ...actor.givenNames, ...actor.spellings.map((each) => each.text), ...actor.shortForms.map((each) => each.text)];
  return texts.some((text) => text.toLocaleLowerCase().includes(wanted));
}

/** The three groups, each telling how many actors it holds (that pass the filter). */
export function actorTreeRoots(factBase: FactBase, filter?: string): ActorTreeNode[] {
  return ACTOR_GROUPS.map(({ type, label }) => {
    const count = actorsOfType(factBase, type, filter).length;
    return { id: `group:${type}`, kind: 'group', label, description: String(count), hasChildren: count > 0, actorType: type };
  });
}

export function actorTreeChildren(factBase: FactBase, node: ActorTreeNode, filter?: string): ActorTreeNode[] {
  if (node.kind === 'group') return actorsOfType(factBase, node.actorType, filter).map(actorNode);
  const actor = node.actorId === undefined ? undefined : factBase.actors.get(node.actorId);
  if (!actor) return [];
  if (node.kind === 'actor') return sectionsOf(factBase, actor);
  if (node.kind === 'section' && node.section === 'titles') return actor.titles.map((title, index) => titleNode(factBase, actor, title, index));
  if (node.kind === 'section' && node.section === 'spellings') return usedSpellings(actor).map(({ spelling, index }) => spellingNode(actor, spelling, index));
  if (node.kind === 'section' && node.section === 'events') return eventsOf(factBase, actor.id).map((event) => eventNode(actor, event));
  if (node.kind === 'spelling' && node.spellingIndex !== undefined) {
    const spelling = allSpellings(actor)[node.spellingIndex];
    return spelling ? usesOf(factBase, actor, spelling, node.spellingIndex) : [];
  }
  return [];
}

/** The node above this one; undefined for a group. */
export function actorTreeParent(factBase: FactBase, node: ActorTreeNode): ActorTreeNode | undefined {
  if (node.kind === 'group') return undefined;
  const actor = node.actorId === undefined ? undefined : factBase.actors.get(node.actorId);
  if (!actor) return undefined;
  if (node.kind === 'actor') return actorTreeRoots(factBase).find((group) => group.actorType === actor.type);
  if (node.kind === 'section') return actorNode(actor);
  if (node.kind === 'use') return actorTreeChildren(factBase, sectionsOf(factBase, actor).find((each) => each.section === 'spellings')!).find((each) => each.spellingIndex === node.spellingIndex);
  const section: ActorSection = node.kind === 'title' ? 'titles' : node.kind === 'spelling' ? 'spellings' : 'events';
  return sectionsOf(factBase, actor).find((each) => each.section === section);
}

export function actorNode(actor: Actor): ActorTreeNode {
  return {
    id: `actor:${actor.id}`,
    kind: 'actor',
    label: actor.name,
    description: actor.description,
    tooltip: actor.description ? `${actor.name}: ${actor.description}` : actor.name,
    hasChildren: true,
    actorType: actor.type,
    actorId: actor.id,
  };
}

function actorsOfType(factBase: FactBase, type: ActorType, filter: string | undefined): Actor[] {
  return [...factBase.actors.values()].filter((actor) => actor.type === type && matchesActorFilter(actor, filter)).sort((a, b) => a.name.localeCompare(b.name));
}

function sectionsOf(factBase: FactBase, actor: Actor): ActorTreeNode[] {
  const counts: [ActorSection, string, number][] = [
    ['titles', 'Titles', actor.titles.length],
    ['spellings', 'Spellings', usedSpellings(actor).length],
    ['events', 'Events', eventsOf(factBase, actor.id).length],
  ];
  return counts
    .filter(([, , count]) => count > 0)
    .map(([section, label, count]) => ({ id: `${section}:${actor.id}`, kind: 'section', label, description: String(count), hasChildren: true, actorType: actor.type, actorId: actor.id, section }));
}

function titleNode(factBase: FactBase, actor: Actor, title: TitleFact, index: number): ActorTreeNode {
  const organisation = title.organisation ? factBase.actors.get(title.organisation)?.name : undefined;
  const label = `${title.former ? 'former ' : ''}${title.title}${organisation && !title.title.includes(organisation) ? `, ${organisation}` : ''}`;
  return {
    id: `title:${actor.id}:${index}`,
    kind: 'title',
    label,
    description: describeTime(title),
    tooltip: quotesOf(title.evidence),
    passage: firstPassage(title.evidence),
    hasChildren: false,
    actorType: actor.type,
    actorId: actor.id,
  };
}

function spellingNode(actor: Actor, spelling: Spelling, index: number): ActorTreeNode {
  const uses = Object.entries(spelling.uses);
  const total = uses.reduce((sum, [, count]) => sum + count, 0);
  // A full name and a short form may both be preferred, each among its kind: the row says which.
  const description = `${spelling.preferred ? `${preferredKind(actor, spelling)} · ` : ''}${uses.length} ${uses.length === 1 ? 'source' : 'sources'}, ${total} ${total === 1 ? 'use' : 'uses'}`;
  return { id: `spelling:${actor.id}:${index}`, kind: 'spelling', label: spelling.text, description, hasChildren: uses.length > 0, actorType: actor.type, actorId: actor.id, spellingIndex: index };
}

function usesOf(factBase: FactBase, actor: Actor, spelling: Spelling, index: number): ActorTreeNode[] {
  return Object.entries(spelling.uses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sourceId, count]) => {
      const source = factBase.sources.get(sourceId);
      return {
        id: `use:${actor.id}:${index}:${sourceId}`,
        kind: 'use',
        label: sourceId,
        description: `×${count}${source ? ` · ${source.title}` : ''}`,
        tooltip: source ? `${source.title}: “${spelling.text}” ${count === 1 ? 'once' : `${count} times`}` : undefined,
        passage: source ? firstOccurrence(source.text, source.resolvedFile, spelling.text) : undefined,
        hasChildren: false,
        actorType: actor.type,
        actorId: actor.id,
        spellingIndex: index,
      };
    });
}

function eventNode(actor: Actor, event: EventFact): ActorTreeNode {
  return {
    id: `event:${actor.id}:${event.id}`,
    kind: 'event',
    label: event.name,
    description: eventWhen(event),
    tooltip: quotesOf(event.evidence),
    passage: firstPassage(event.evidence),
    hasChildren: false,
    actorType: actor.type,
    actorId: actor.id,
  };
}

/** The events an actor takes part in or that take place there, earliest first, undated last. */
export function eventsOf(factBase: FactBase, actorId: string): EventFact[] {
  return [...factBase.events.values()]
    .filter((event) => event.participants.includes(actorId) || event.place === actorId)
    .sort((a, b) => dateKey(a.date) - dateKey(b.date));
}

function allSpellings(actor: Actor): Spelling[] {
  return [...actor.spellings, ...actor.shortForms];
}

function usedSpellings(actor: Actor): { spelling: Spelling; index: number }[] {
  return allSpellings(actor)
    .map((spelling, index) => ({ spelling, index }))
    .filter(({ spelling }) => Object.keys(spelling.uses).length > 0);
}


function quotesOf(evidence: Evidence[]): string | undefined {
  return evidence.length === 0 ? undefined : evidence.map((each) => `${each.sourceId}: “${each.quote}”`).join('\n');
}

function firstPassage(evidence: Evidence[]): FileRange | undefined {
  return evidence.find((each) => each.passage)?.passage;
}

/** Where a source first writes a spelling, as a whole word; undefined when it never does. */
function firstOccurrence(text: string, file: string, spelling: string): FileRange | undefined {
  let at = text.indexOf(spelling);
  while (at >= 0 && (isWordChar(text[at - 1]) || isWordChar(text[at + spelling.length]))) at = text.indexOf(spelling, at + 1);
  if (at < 0) return undefined;
  const lines = new LineIndex(text);
  return { file, start: lines.position(at), end: lines.position(at + spelling.length) };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

export function dateKey(date: PartialDate | undefined): number {
  return date ? date.year * 400 + (date.month ?? 0) * 32 + (date.day ?? 0) : Number.MAX_SAFE_INTEGER;
}
