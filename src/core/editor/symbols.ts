// Symbols: the actors and events a draft mentions, for its outline and breadcrumbs, and the fact
// base's actors by name, for a search across the workspace.
import { findMentions } from '../check/names';
import type { Actor, ActorType, FactBase } from '../factbase/types';
import { scanMarkdown, type MarkdownScan } from '../text/markdown';
import type { Finding } from '../check/types';
import { draftTimeline, eventWhen, mentionedEvents } from './timeline';

export interface DraftSymbol {
  kind: ActorType | 'event';
  name: string;
  detail: string;
  /** Where the draft first mentions it: the name, or for an event its paragraph or the date it gives. */
  start: number;
  end: number;
}

export interface DraftSymbols {
  actors: DraftSymbol[];
  events: DraftSymbol[];
}

/** The actors a draft names and the events it mentions or dates otherwise than the sources (by its findings), in the order it first does. */
export function draftSymbols(factBase: FactBase, text: string, findings: readonly Finding[], scan: MarkdownScan = scanMarkdown(text)): DraftSymbols {
  const first = new Map<string, { start: number; end: number; count: number }>();
  for (const mention of findMentions(factBase, { text, prose: scan.prose })) {
    const seen = first.get(mention.actorId);
    if (seen) seen.count++;
    else first.set(mention.actorId, { start: mention.start, end: mention.end, count: 1 });
  }
  const actors = [...first].flatMap(([id, { start, end, count }]) => {
    const actor = factBase.actors.get(id);
    return actor ? [{ kind: actor.type, name: actor.name, detail: `${count} ${count === 1 ? 'mention' : 'mentions'}${actor.description ? ` · ${actor.description}` : ''}`, start, end }] : [];
  });
  const places = mentionedEvents(factBase, text, scan);
  for (const conflict of draftTimeline(factBase, text, findings, scan).conflicts) {
    const known = places.get(conflict.eventId);
    if (!known || conflict.start < known.start) places.set(conflict.eventId, conflict);
  }
  const events = [...places].flatMap(([id, { start, end }]) => {
    const event = factBase.events.get(id);
    return event ? [{ kind: 'event' as const, name: event.name, detail: eventWhen(event), start, end }] : [];
  });
  return { actors, events: events.sort((a, b) => a.start - b.start) };
}

/** The actors whose name or any spelling holds the query's characters in order, case aside; all for an empty query. */
export function actorSymbols(factBase: FactBase, query: string): Actor[] {
  const wanted = query.toLocaleLowerCase().replace(/\s+/g, '');
  return [...factBase.actors.values()]
    .filter((actor) => [actor.name, ...actor.spellings.map((each) => each.text), ...actor.shortForms.map((each) => each.text)].some((name) => holdsInOrder(name.toLocaleLowerCase(), wanted)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function holdsInOrder(text: string, wanted: string): boolean {
  let at = 0;
  for (const char of wanted) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
