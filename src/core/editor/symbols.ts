// Symbols: the actors and events a draft mentions, for its outline and breadcrumbs, and the fact
// base's actors by name, for a search across the workspace.
import type { Actor, ActorType, FactBase } from '../factbase/types';
import { scanMarkdown, type MarkdownScan } from '../text/markdown';
import type { Finding } from '../check/types';
import { draftOutline } from './draft-outline';

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
  const outline = draftOutline(factBase, text, findings, scan);
  const actors = outline.actors.map(({ type, name, description, mentions }) => {
    const count = mentions.length;
    return { kind: type, name, detail: `${count} ${count === 1 ? 'mention' : 'mentions'}${description ? ` · ${description}` : ''}`, start: mentions[0]!.start, end: mentions[0]!.end };
  });
  const events = outline.events.map(({ name, when, start, end }) => ({ kind: 'event' as const, name, detail: when, start, end }));
  return { actors, events };
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
