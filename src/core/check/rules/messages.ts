// How findings word what the sources say: dates, events, tenures and lists of sources.

import type { Actor, EventFact, Evidence, FactBase, PartialDate, TitleFact } from '../../factbase/types';
import type { NameIndex } from '../names';
import { phraseTokens } from '../tokens';
import type { DraftDate } from '../rules';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 February 2025", "February 2025", "2025". */
export function humanDate(date: PartialDate): string {
  if (date.precision === 'year' || date.month === undefined) return String(date.year);
  const month = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.precision === 'day' && date.day !== undefined ? `${date.day} ${month}` : month;
}

/** "on 3 March 2006", "in March 2006", "in 2006": a date after a verb. */
export function atDate(date: PartialDate): string {
  return `${date.precision === 'day' ? 'on' : 'in'} ${humanDate(date)}`;
}

/** "In March 2024", "On 3 February 2025", "In 2006-2010": the draft's dates opening a sentence. */
export function whenSaid(dates: readonly DraftDate[]): string {
  const when = dates.map((date) => humanDate(date.date) + (date.until ? `-${humanDate(date.until)}` : '')).join(' and ');
  return `${dates[0]?.date.precision === 'day' ? 'On' : 'In'} ${when}`;
}

/** "s000", "s000 and s004", "s000, s002 and s004": the distinct sources, sorted. */
export function sourceList(sourceIds: Iterable<string>): string {
  return listed([...new Set(sourceIds)].sort());
}

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The sources of the evidence as a list (see sourceList). */
export function sourcesOf(evidence: readonly Evidence[]): string {
  return sourceList(evidence.map((item) => item.sourceId));
}

/** The verb agreeing with a source list: "s000 writes", "s000 and s004 write". */
export function writes(sources: string): string {
  return sources.includes(' and ') ? 'write' : 'writes';
}

/** "Deputy Foreign Minister (s000 and s004)" for each distinct title, joined with "or". */
export function titlesSaid(titles: readonly TitleFact[]): string {
  const byName = new Map<string, Evidence[]>();
  for (const title of titles) byName.set(title.title, [...(byName.get(title.title) ?? []), ...title.evidence]);
  return [...byName].map(([name, evidence]) => `${name} (${sourcesOf(evidence)})`).join(' or ');
}

/** The name a sentence uses for the person the second time: the preferred one-word short form ("Mashal"), else the full name. */
export function shortName(person: Actor): string {
  return person.shortForms.find((form) => form.preferred && phraseTokens(form.text).words.length === 1)?.text ?? person.name;
}

/**
 * The event's name inside a sentence: a leading ordinary word ("Talks", "The") in lower case, names
 * as written, and "the" before a possessive that is no actor's name ("the Hamas delegation's talks").
 */
export function eventName(names: NameIndex, event: EventFact): string {
  // "The Russian Emergencies Ministry's last aid delivery" reads "the …" inside a sentence.
  if (/^The\s/.test(event.name)) return `t${event.name.slice(1)}`;
  const first = /^\p{L}+/u.exec(event.name)?.[0] ?? '';
  const norm = first.toLowerCase();
  // "Presentation of Prokhanov's book": a common noun the sources write in lower case, which a sentence names with "the".
  if (names.lowercaseSourceWords.has(norm) && !names.knownWords.has(norm)) return `the ${norm}${event.name.slice(first.length)}`;
  const possessive = /^((?:\p{Lu}[\p{L}-]*\s+)+)(\p{L}+)['’]s\s/u.exec(event.name);
  if (!possessive) return event.name;
  const { words } = phraseTokens(possessive[1] + possessive[2]);
  // "Ambassador Alexander Shein's interview": a name after its title needs no "the" either.
  const isActorName = words.some((_, from) => (names.byFirstWord.get(words[from]) ?? []).some((entry) => entry.words.join(' ') === words.slice(from).join(' ')));
  return isActorName ? event.name : `the ${event.name}`;
}

/** The event's name and its date ("… talks on 3 February 2025"), the name alone when it states the date already. */
export function eventAtDate(names: NameIndex, event: EventFact, date: PartialDate): string {
  const name = eventName(names, event);
  return name.includes(humanDate(date)) ? name : `${name} ${atDate(date)}`;
}

/** "Moscow", the name of a place id, or the id itself when the fact base has no such actor. */
export function placeName(factBase: FactBase, id: string): string {
  return factBase.actors.get(id)?.name ?? id;
}
