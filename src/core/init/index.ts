// `crosscheck init`: a fact base drawn from documents' texts, ready for `crosscheck validate`.
import { clusterActors, formKey, type ActorCluster } from './actors';
import { eventsOf, type EventDocument, type NamedActor } from './events';
import { mentionsOf, type Mention } from './mentions';
import { agesAndHometowns, introductions, pronounFacts, titlesOf, type DocumentContext } from './person-facts';
import { PLACE_KINDS, TITLE_HEADS } from './lexicon';
import { placesWithin } from './places';
import { sentencesOf } from './sentences';
import { outletOf, publishedOf, titleOf } from './source-info';
import { countUses } from './uses';
import { writeFactBase } from './yaml-writer';
import type { DraftActor, DraftFactBase, DraftSource, InitDocument } from './drafts';

export type { InitDocument } from './drafts';
export { mergeFactBase, MergeError, type MergeResult } from './update';

export interface InitResult {
  yaml: string;
  factBase: DraftFactBase;
  /** "5 sources: 68 actors, 31 events, 12 to review". */
  summary: string;
}

/** Draws a fact base from the documents, in their order; `progress` hears of each step. */
export function initFactBase(documents: readonly InitDocument[], progress: (step: string) => void = () => undefined): InitResult {
  const sentences = documents.map((document) => sentencesOf(document.text));
  const published = documents.map((document) => publishedOf(document.text));
  const sources: DraftSource[] = documents.map((document, index) => {
    const source: DraftSource = { id: `s${String(index).padStart(3, '0')}`, file: document.name, title: titleOf(document.text, sentences[index]!) };
    const outlet = outletOf(document.text);
    if (outlet) source.outlet = outlet;
    const date = published[index];
    if (date) source.published = { date: date.date, inferred: date.inferred };
    return source;
  });
  progress(`read ${documents.length} documents`);
  const lowerCaseWords = new Set(documents.flatMap((document) => document.text.match(/(?<![\p{L}\p{M}'’-])\p{Ll}+(?![\p{L}\p{M}])/gu) ?? []));
  const mentions: Mention[] = documents.flatMap((document, index) => mentionsOf(index, document.text, sentences[index]!, lowerCaseWords));
  const clusters = clusterActors(mentions, lowerCaseWords);
  progress(`${mentions.length} name mentions in ${clusters.length} actors`);
  const contexts: DocumentContext[] = documents.map((document, index) => {
    const date = published[index];
    return { sourceId: sources[index]!.id, text: document.text, ...(date ? { date: date.date, dateStated: date.stated } : {}) };
  });
  const taken = new Set<string>([...sources.map((source) => source.id), ...clusters.map((cluster) => cluster.id)]);
  const sharedSurnames = surnamesOfSeveral(clusters);
  const actors = clusters.map((cluster) => draftActor(cluster, clusters, contexts, sharedSurnames));
  const within = placesWithin(clusters, documents.map((document) => document.text));
  for (const actor of actors) actor.memberOf.push(...(within.get(actor.id) ?? []));
  const told = pronounFacts(clusters.filter((cluster) => cluster.type === 'person'), contexts, sentences, formsOfType(clusters, 'place'));
  for (const actor of actors) actor.attributes.push(...(told.get(actor.id) ?? []));
  countUses(actors, documents.map((document, index) => ({ id: sources[index]!.id, file: document.name, text: document.text })));
  const events = eventsOf(eventDocuments(clusters, contexts, sentences), taken);
  progress(`${events.length} dated events`);
  const factBase: DraftFactBase = { sources, actors, events };
  const toReview = [...actors.flatMap((actor) => [actor, ...actor.titles, ...actor.attributes]), ...events].filter((entry) => entry.review).length;
  const summary = `${documents.length} source${documents.length === 1 ? '' : 's'}: ${actors.length} actors, ${events.length} events, ${toReview} to review`;
  return { yaml: writeFactBase(factBase), factBase, summary };
}

function formsOfType(clusters: readonly ActorCluster[], type: ActorCluster['type']): Map<string, string> {
  const forms = new Map<string, string>();
  for (const cluster of clusters) {
    if (cluster.type !== type) continue;
    for (const form of [...cluster.spellings, ...cluster.short]) forms.set(formKey(form.text), cluster.id);
  }
  return forms;
}

function draftActor(cluster: ActorCluster, clusters: readonly ActorCluster[], documents: readonly DocumentContext[], sharedSurnames: ReadonlySet<string>): DraftActor {
  const actor: DraftActor = {
    id: cluster.id,
    type: cluster.type,
    name: cluster.name,
    given: [],
    spellings: cluster.spellings.map((form) => ({ text: form.text.replace(/\s+/g, ' '), uses: {} })),
    short: cluster.short.map((form) => ({ text: form.text.replace(/\s+/g, ' '), uses: {} })),
    memberOf: [],
    titles: [],
    attributes: [],
    evidence: introductions(cluster, documents),
  };
  if (cluster.review) actor.review = cluster.review;
  if (cluster.type !== 'person') return actor;
  actor.given = [...new Set(cluster.spellings.filter((form) => form.words.length >= 2).map((form) => form.words[0]!))];
  // The surname alone, though no source writes it so, is how a draft names the person: a misspelling
  // or a wrong given name is told of it. Not when another person has the same surname.
  for (const surname of surnamesOf(cluster)) {
    if (!sharedSurnames.has(surname) && !actor.short.some((form) => form.text.toLowerCase() === surname.toLowerCase())) actor.short.push({ text: surname, uses: {}, surname: true });
  }
  actor.titles = titlesOf(cluster, documents, formsOfType(clusters, 'organisation'), formsOfType(clusters, 'place'));
  actor.memberOf = [...new Set(actor.titles.map((title) => title.organisation).filter((id): id is string => id !== undefined))];
  actor.attributes = agesAndHometowns(cluster, documents, formsOfType(clusters, 'place'));
  return actor;
}

/** The surnames more than one person has. */
function surnamesOfSeveral(clusters: readonly ActorCluster[]): Set<string> {
  const persons = new Map<string, number>();
  for (const cluster of clusters) if (cluster.type === 'person') for (const surname of surnamesOf(cluster)) persons.set(surname, (persons.get(surname) ?? 0) + 1);
  return new Set([...persons].filter(([, count]) => count > 1).map(([surname]) => surname));
}

/** The last word of each of the person's names of two words or more. */
function surnamesOf(cluster: ActorCluster): string[] {
  return [...new Set(cluster.spellings.filter((form) => form.words.length >= 2).map((form) => form.words[form.words.length - 1]!))];
}

/** Words before the place where something happens: "in Ede", "at the Weigh House", "outside the town hall". */
const EVENT_PLACE_WORDS = new Set(['in', 'at', 'to', 'outside', 'inside', 'near']);


/** "in the Sahili capital, ": a kind of place an event is said to be at, which the name after the comma names. */
const PLACE_KIND_BEFORE_COMMA = new RegExp(`\\b(?:${[...EVENT_PLACE_WORDS].join('|')}) the (?:\\p{Lu}[\\p{L}\\p{M}'’-]* )?(?:${[...PLACE_KINDS].join('|')}), $`, 'u');

/** Whether the event happens where the mention names: after "in", "at" or "to", or after a kind of place and a comma ("in the Sahili capital, Qadira"). */
function isEventPlace(text: string, mention: Mention): boolean {
  if (PLACE_KIND_BEFORE_COMMA.test(text.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  return EVENT_PLACE_WORDS.has(mention.before) || (mention.before === 'the' && EVENT_PLACE_WORDS.has(mention.beforeThe));
}

/** "ambassador to ", "Mayor of the ": a title's head and the word that joins a place to it. */
const TITLE_HEAD_BEFORE = new RegExp(`\\b(?:${[...TITLE_HEADS].join('|')}) (?:to|of|for) (?:the )?$`, 'i');

/** For each document, the actors each sentence names, found through the mentions clustered into them. */
function eventDocuments(clusters: readonly ActorCluster[], documents: readonly DocumentContext[], sentences: ReturnType<typeof sentencesOf>[]): EventDocument[] {
  const named = documents.map(() => new Map<number, (NamedActor & { at: number })[]>());
  for (const cluster of clusters) {
    for (const form of [...cluster.spellings, ...cluster.short]) {
      for (const mention of form.mentions) {
        const index = sentences[mention.document]!.indexOf(mention.sentence);
        const inSentence = named[mention.document]!.get(index) ?? [];
        // "promoted to Culture Secretary", "ambassador to Japan": a place inside a title is no event's place.
        const inTitle = TITLE_HEADS.has(mention.after) || TITLE_HEAD_BEFORE.test(documents[mention.document]!.text.slice(Math.max(0, mention.start - 40), mention.start));
        inSentence.push({ id: cluster.id, type: cluster.type, name: cluster.name, placed: isEventPlace(documents[mention.document]!.text, mention), inTitle, describing: PLACE_KINDS.has(mention.after), owner: /^['’]s\b/.test(documents[mention.document]!.text.slice(mention.end)), at: mention.start });
        named[mention.document]!.set(index, inSentence);
      }
    }
  }
  return documents.map((document, index) => ({
    ...document,
    sentences: sentences[index]!,
    actorsIn: (sentence: number) => (named[index]!.get(sentence) ?? []).sort((a, b) => a.at - b.at),
  }));
}
