// What to offer as the user types: actor names after a capital letter, source ids after "[@".
import type { ActorType, FactBase } from '../factbase/types';

export type CompletionContext =
  | { kind: 'citation'; /** Offset in the line where the typed id starts. */ start: number; prefix: string }
  | { kind: 'name'; start: number; prefix: string };

export interface NameCompletion {
  label: string;
  actorId: string;
  actorType: ActorType;
  /** The canonical name and description, when the label is another spelling. */
  detail: string;
  preferred: boolean;
}

export interface SourceCompletion {
  id: string;
  title: string;
  detail: string;
}

const CITATION_PREFIX = /\[(?:[^\]\[]*[;,]\s*)?[^\]\[@]*-?@([\w:.#$%&+?<>~/-]*)$/u;
const NAME_WORDS = /(?:^|[^\p{L}\p{N}_'’-])((?:\p{Lu}[\p{L}'’-]*[ \u00A0]+){0,3}\p{Lu}[\p{L}'’-]*)$/u;

/** What the text before the cursor on its line asks to complete, if anything. */
export function completionContextAt(linePrefix: string): CompletionContext | undefined {
  const citation = CITATION_PREFIX.exec(linePrefix);
  if (citation) return { kind: 'citation', start: linePrefix.length - (citation[1] ?? '').length, prefix: citation[1] ?? '' };
  const name = NAME_WORDS.exec(linePrefix);
  const words = name?.[1];
  if (!words) return undefined;
  return { kind: 'name', start: linePrefix.length - words.length, prefix: words };
}

/**
 * Canonical names and the spellings the sources prefer that start with the typed words. The longest
 * run of typed capitalised words that starts some name wins, so "Abu Mar" offers "Abu Marzouk".
 */
export function nameCompletions(factBase: FactBase, typed: string): { start: number; items: NameCompletion[] } {
  const words = typed.split(/[ \u00A0]+/);
  for (let first = 0; first < words.length; first++) {
    const prefix = words.slice(first).join(' ').toLowerCase();
    const items = namesStartingWith(factBase, prefix);
    if (items.length > 0) return { start: typed.length - words.slice(first).join(' ').length, items };
  }
  return { start: typed.length, items: [] };
}

export function sourceCompletions(factBase: FactBase, prefix: string): SourceCompletion[] {
  const lower = prefix.toLowerCase();
  return [...factBase.sources.values()]
    .filter((source) => source.id.toLowerCase().startsWith(lower))
    .map((source) => ({
      id: source.id,
      title: source.title,
      detail: [source.outlet, source.published ? String(source.published.date.year) : undefined].filter(Boolean).join(', '),
    }));
}

function namesStartingWith(factBase: FactBase, prefix: string): NameCompletion[] {
  const items: NameCompletion[] = [];
  for (const actor of factBase.actors.values()) {
    const preferredShort = actor.shortForms.filter((form) => form.preferred).map((form) => form.text);
    const labels = new Set([actor.name, actor.preferred, ...preferredShort]);
    for (const label of labels) {
      if (!label.toLowerCase().startsWith(prefix)) continue;
      const description = actor.description ? ` — ${actor.description}` : '';
      items.push({
        label,
        actorId: actor.id,
        actorType: actor.type,
        detail: label === actor.name ? (actor.description ?? actor.type) : `${actor.name}${description}`,
        preferred: label === actor.preferred,
      });
    }
  }
  return items.sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.label.localeCompare(b.label));
}
