// Titles, ages and home towns of the actors, and where the documents introduce them.
import { formKey, type ActorCluster } from './actors';
import { findDates, formatDate } from './dates';
import { DEMONYM_ENDING } from './lexicon';
import { AGE_AFTER_NAME } from './mentions';
import { quoteAround } from './quotes';
import type { DraftAttribute, DraftEvidence, DraftTitle } from './drafts';

export interface DocumentContext {
  sourceId: string;
  text: string;
  /** The document's date, for the as_of of what it says. */
  date?: string;
  /** The text states that date (a published line, a dateline), rather than it being the latest date it mentions. */
  dateStated?: boolean;
}

/** The first mention of the actor in each document, with some words about it. */
export function introductions(actor: ActorCluster, documents: readonly DocumentContext[]): DraftEvidence[] {
  const first = new Map<number, { start: number; quote: string }>();
  for (const form of actor.spellings) {
    for (const mention of form.mentions) {
      const known = first.get(mention.document);
      if (known && known.start <= mention.start) continue;
      const document = documents[mention.document]!;
      first.set(mention.document, { start: mention.start, quote: quoteAround(document.text, mention.sentence, mention.start, mention.end) });
    }
  }
  return [...first].sort(([a], [b]) => a - b).map(([document, { quote }]) => ({ source: documents[document]!.sourceId, quote }));
}

/**
 * "Deputy Foreign Minister" from "Russian Deputy Foreign Minister", "Minister of Energy" from "Peru's
 * Minister of Energy": the people's adjective or the country's possessive is not the title.
 */
function titleName(wording: string): string {
  const words = wording.split(' ');
  if (words.length > 1 && /^\p{Lu}/u.test(words[0]!) && (/['’]s$/.test(words[0]!) || DEMONYM_ENDING.test(words[0]!.toLowerCase()))) words.shift();
  const name = words.join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The titles the documents give the actor: one per title and date, with every wording and quote of it. */
export function titlesOf(actor: ActorCluster, documents: readonly DocumentContext[], organisations: ReadonlyMap<string, string>): DraftTitle[] {
  const titles = new Map<string, DraftTitle>();
  for (const form of actor.spellings) {
    for (const mention of form.mentions) {
      const document = documents[mention.document]!;
      for (const found of mention.titles) {
        const former = /^former /i.test(found.wording);
        const title = titleName(found.wording.replace(/^(?:former|current|then)[ -]/i, ''));
        const asOf = /^then[ -]/i.test(found.wording) ? dateOfSentence(mention.sentence.text) : document.date;
        const key = `${title.toLowerCase()}|${former ? 'former' : asOf ?? ''}`;
        const quote = document.text.slice(found.quoteStart, found.quoteEnd);
        const evidence = { source: document.sourceId, quote };
        const known = titles.get(key);
        if (known) {
          if (!known.wordings.includes(found.wording)) known.wordings.push(found.wording);
          if (!known.evidence.some((item) => item.source === evidence.source && item.quote === quote)) known.evidence.push(evidence);
          continue;
        }
        const draft: DraftTitle = { title, wordings: [found.wording], evidence: [evidence] };
        const organisation = organisationIn(found.wording, organisations);
        if (organisation) draft.organisation = organisation;
        if (former) draft.former = true;
        else if (asOf) draft.asOf = asOf;
        if (found.wording.split(' ').length > 5) draft.review = 'a long apposition: it may hold more than the title';
        titles.set(key, draft);
      }
    }
  }
  return [...titles.values()];
}

/** "then Minister of Energy" holds for the day its sentence names, not the document's: undefined when it names none with its year. */
function dateOfSentence(sentence: string): string | undefined {
  const dated = findDates(sentence).find((date) => date.year !== undefined);
  return dated ? formatDate(dated) : undefined;
}

/** The organisation a title names: the longest organisation form among its words. */
function organisationIn(wording: string, organisations: ReadonlyMap<string, string>): string | undefined {
  const key = ` ${formKey(wording)} `;
  let best: { id: string; length: number } | undefined;
  for (const [form, id] of organisations) {
    if (key.includes(` ${form} `) && (!best || form.length > best.length)) best = { id, length: form.length };
  }
  return best?.id;
}

/** "Andrei Kozlov, 27, from Rishon Lezion": an age as of the document's date, and a home town. */
export function agesAndHometowns(actor: ActorCluster, documents: readonly DocumentContext[], places: ReadonlyMap<string, string>): DraftAttribute[] {
  const attributes: DraftAttribute[] = [];
  for (const form of [...actor.spellings, ...actor.short]) {
    for (const mention of form.mentions) {
      const document = documents[mention.document]!;
      const found = AGE_AFTER_NAME.exec(document.text.slice(mention.end, mention.sentence.end));
      if (!found) continue;
      const quote = document.text.slice(mention.start, mention.end + found[0].length);
      const evidence = [{ source: document.sourceId, quote }];
      const age: DraftAttribute = { kind: 'age', value: Number(found[1]), evidence };
      if (document.date) age.asOf = document.date;
      else age.review = 'the document fixes no date, so the age is as of an unknown day';
      if (Number(found[1]) > 120) continue;
      attributes.push(age);
      const town = found[2];
      if (town) {
        const place = places.get(formKey(town));
        attributes.push(place ? { kind: 'hometown', value: place, evidence } : { kind: 'hometown', value: town, evidence, review: 'the home town is no place among the actors' });
      }
    }
  }
  return attributes;
}
