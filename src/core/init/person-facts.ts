// Titles, ages and home towns of the actors, and where the documents introduce them.
import { formKey, type ActorCluster } from './actors';
import { findDates, formatDate, yearOfDocumentFor } from './dates';
import { DEMONYM_ENDING, RANK_MODIFIERS } from './lexicon';
import { AGE_AFTER_NAME } from './mentions';
import { quoteAround } from './quotes';
import type { DraftAttribute, DraftEvidence, DraftTitle } from './drafts';
import type { Sentence } from './sentences';

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
export function titlesOf(actor: ActorCluster, documents: readonly DocumentContext[], organisations: ReadonlyMap<string, string>, places: ReadonlyMap<string, string>): DraftTitle[] {
  const titles = new Map<string, DraftTitle>();
  const ofAntecedent = new Set<string>();
  // "Deputy Minister Jgerenaia": a title before the surname alone is the person's too.
  for (const form of [...actor.spellings, ...actor.short]) {
    for (const mention of form.mentions) {
      const document = documents[mention.document]!;
      for (const written of mention.titles) {
        const found = { ...written, wording: withoutPlace(written.wording, places) };
        // "former head of the council", "the council's former head".
        const former = found.former === true || /(?:^|\s)former /i.test(found.wording);
        const title = found.title ?? titleName(found.wording.replace(/^(?:former|current|then|now|new)[ -]/i, '').replace(/(?<=\s)former /i, ''));
        const from = found.takenUp ? dateOfSentence(found.datedBy ?? mention.sentence.text, document) : undefined;
        const asOf = from ? undefined : /^then[ -]/i.test(found.wording) ? dateOfSentence(mention.sentence.text, document) : document.date;
        const key = `${title.toLowerCase()}|${former ? 'former' : from ? `from ${from}` : asOf ?? ''}`;
        const quote = document.text.slice(found.quoteStart, found.quoteEnd);
        const evidence = { source: document.sourceId, quote };
        const known = titles.get(key);
        if (found.ofAntecedent && !known) ofAntecedent.add(key);
        else if (!found.ofAntecedent) ofAntecedent.delete(key);
        if (known) {
          if (!known.wordings.includes(found.wording)) known.wordings.push(found.wording);
          if (!known.evidence.some((item) => item.source === evidence.source && item.quote === quote)) known.evidence.push(evidence);
          continue;
        }
        const draft: DraftTitle = { title, wordings: [found.wording], evidence: [evidence] };
        const organisation = organisationIn(found.wording, organisations) ?? organisationReferredTo(found.wording, document.text.slice(0, mention.start), organisations);
        if (organisation) draft.organisation = organisation;
        if (former) draft.former = true;
        else if (from) draft.from = from;
        else if (asOf) draft.asOf = asOf;
        if (found.wording.split(' ').length > 5) draft.review = 'a long apposition: it may hold more than the title';
        titles.set(key, draft);
      }
    }
  }
  return completeShortTitles([...titles.values()], new Set([...ofAntecedent].map((key) => titles.get(key)!)));
}

const titleWords = (title: string) => new Set(title.toLowerCase().split(/[\s-]+/));

/**
 * A title written short ("Deputy Minister Jgerenaia") is the fuller one the sources give the same
 * person ("Deputy Minister of Economy"), when one holds all its words and no word of another rank
 * ("Minister" is not "Deputy Minister"): the body it leaves out is not another body. Entries of
 * one title and date are then merged. A title held of someone named before ("Their leader, Ana
 * Ruiz") that no fuller one completes is left out: whose leader is not known.
 */
function completeShortTitles(titles: readonly DraftTitle[], ofAntecedent: ReadonlySet<DraftTitle>): DraftTitle[] {
  const merged = new Map<string, DraftTitle>();
  for (const title of titles) {
    const words = titleWords(title.title);
    const fuller = title.former || title.organisation ? undefined : titles.find((other) => {
      if (other === title) return false;
      const otherWords = titleWords(other.title);
      const added = [...otherWords].filter((word) => !words.has(word));
      return added.length > 0 && [...words].every((word) => otherWords.has(word)) && !added.some((word) => RANK_MODIFIERS.has(word));
    });
    if (!fuller && ofAntecedent.has(title)) continue;
    const complete: DraftTitle = fuller ? { ...title, title: fuller.title, wordings: [...fuller.wordings], ...(fuller.organisation ? { organisation: fuller.organisation } : {}) } : title;
    const key = `${complete.title.toLowerCase()}|${complete.asOf ?? ''}|${complete.from ?? ''}|${complete.former ? 'former' : ''}`;
    const known = merged.get(key);
    if (!known) {
      merged.set(key, complete);
      continue;
    }
    for (const wording of complete.wordings) if (!known.wordings.includes(wording)) known.wordings.push(wording);
    for (const evidence of complete.evidence) if (!known.evidence.some((item) => item.source === evidence.source && item.quote === evidence.quote)) known.evidence.push(evidence);
  }
  return [...merged.values()];
}

/**
 * "director of the Severn Museum in Worcester" is "director of the Severn Museum": the place tells
 * where the body is, not which office; "land surveyor from Cheltenham" is "land surveyor": the place
 * is where the person is from.
 */
function withoutPlace(wording: string, places: ReadonlyMap<string, string>): string {
  const place = / (in|from) ((?:\p{Lu}[\p{L}\p{M}'’-]*)(?: \p{Lu}[\p{L}\p{M}'’-]*)*)$/u.exec(wording);
  if (!place || !places.has(formKey(place[2]!))) return wording;
  return place[1] === 'from' || /\b(?:of|for)\b/.test(wording.slice(0, place.index)) ? wording.slice(0, place.index) : wording;
}

/** "then Minister of Energy" holds for the day its sentence names, not the document's: undefined when it names none with its year. */
function dateOfSentence(sentence: string, document: DocumentContext): string | undefined {
  const dates = findDates(sentence);
  const dated = dates.find((date) => date.year !== undefined);
  if (dated) return formatDate(dated);
  // "promoted to Culture Secretary in the reshuffle of 12 May", in a report of July: the day of the document's year, or the one before.
  const yearless = dates.find((date) => date.month !== undefined);
  const year = yearless && document.date ? yearOfDocumentFor(yearless, document.date, document.dateStated === true) : undefined;
  return year === undefined ? undefined : formatDate({ ...yearless!, year });
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

/**
 * The organisation a title refers back to by its head word ("chairman of the consortium", "the
 * consortium's chairman", "the party's lawyer"): the last one named before in the document whose
 * name has that head word.
 */
function organisationReferredTo(wording: string, before: string, organisations: ReadonlyMap<string, string>): string | undefined {
  const head = (/\bthe[ \t]+(\p{L}+)/iu.exec(wording) ?? /^(\p{L}+)['’]s\b/u.exec(wording))?.[1]?.toLowerCase();
  if (!head) return undefined;
  // "the party" for the Social Progress Party, and for the Party of Social Progress: a name's head word ends it, or opens it before "of".
  const ending = [...organisations].filter(([form]) => form.endsWith(` ${head}`) || form.startsWith(`${head} of `));
  if (ending.length === 0) return undefined;
  const text = ` ${formKey(before)} `;
  let latest: { id: string; at: number } | undefined;
  for (const [form, id] of ending) {
    const at = text.lastIndexOf(` ${form} `);
    if (at >= 0 && (!latest || at > latest.at)) latest = { id, at };
  }
  return latest?.id;
}

/** A place's name as written: capitalised words, joined by hyphens or single spaces. */
const PLACE_NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*)`;

/**
 * Where a person is from or lives, as an apposition after the name tells it (at most two commas
 * on, none opening another clause): "a native of Naryn", "a Leiden native", "who grew up in Delft", "a skipper who
 * was born in Urk", "who is 49 and comes from Edam", "who hails from Gouda",
 * "who comes from the nearby town of Ede", "a farmer from Zwolle"; "who lives in Ede", "a Delft resident".
 */
const HOME_AFTER_NAME: readonly { kind: 'hometown' | 'residence'; pattern: RegExp }[] = [
  [String.raw`(?:a|an) native of (?:the (?:\p{Ll}+ )?(?:town|village|city) of )?${PLACE_NAME}`, 'hometown'],
  [String.raw`(?:a|an) ${PLACE_NAME} native\b`, 'hometown'],
  [String.raw`(?:(?:a|an|the) (?:\p{Ll}+ ){1,3})?who (?:is \d{1,3} and )?(?:was born|grew up|comes|came|hails) (?:in|from) (?:the (?:\p{Ll}+ )?(?:town|village|city) of )?${PLACE_NAME}`, 'hometown'],
  [String.raw`(?:a|an) (?:\p{Ll}+ ){1,3}from ${PLACE_NAME}(?=[,;.)]|$)`, 'hometown'],
  [String.raw`who (?:lives|lived|is based|has lived) in ${PLACE_NAME}`, 'residence'],
  [String.raw`(?:a|an) ${PLACE_NAME} resident\b`, 'residence'],
  [String.raw`(?:a|an) resident of ${PLACE_NAME}`, 'residence'],
].map(([pattern, kind]) => ({ kind: kind as 'hometown' | 'residence', pattern: new RegExp(String.raw`^(?:,(?! (?:and|or|but|while|said)\b)[^,;()]*){0,2}, ${pattern}`, 'u') }));

/** ", the chief engineer, who is 49": an age in an apposition after the name. */
const WHO_IS_AGE = new RegExp(String.raw`^(?:,(?! (?:and|or|but|while|said)\b)[^,;()]*){0,2}, (?:(?:a|an|the) (?:\p{Ll}+ ){1,3})?who is (\d{1,3})(?= and\b|[,;.]|$)`, 'u');

/** "Andrei Kozlov, 27, from Rishon Lezion": an age as of the document's date, and a home town. */
export function agesAndHometowns(actor: ActorCluster, documents: readonly DocumentContext[], places: ReadonlyMap<string, string>): DraftAttribute[] {
  const attributes: DraftAttribute[] = [];
  const homeOf = (kind: DraftAttribute['kind'], town: string, evidence: DraftEvidence[]): DraftAttribute => {
    const place = places.get(formKey(town));
    return place ? { kind, value: place, evidence } : { kind, value: town, evidence, review: `the ${kind === 'residence' ? 'place of residence' : 'home town'} is no place among the actors` };
  };
  for (const form of [...actor.spellings, ...actor.short]) {
    for (const mention of form.mentions) {
      const document = documents[mention.document]!;
      const after = document.text.slice(mention.end, mention.sentence.end);
      const found = AGE_AFTER_NAME.exec(after) ?? WHO_IS_AGE.exec(after);
      const home = found?.[2] ? undefined : HOME_AFTER_NAME.map(({ kind, pattern }) => ({ kind, match: pattern.exec(after) })).find(({ match }) => match);
      if (home?.match) attributes.push(homeOf(home.kind, home.match[1]!, [{ source: document.sourceId, quote: document.text.slice(mention.start, mention.end + home.match[0].length) }]));
      if (!found) continue;
      const quote = document.text.slice(mention.start, mention.end + found[0].length);
      const evidence = [{ source: document.sourceId, quote }];
      const age: DraftAttribute = { kind: 'age', value: Number(found[1]), evidence };
      if (document.date) age.asOf = document.date;
      else age.review = 'the document fixes no date, so the age is as of an unknown day';
      if (Number(found[1]) > 120) continue;
      attributes.push(age);
      if (found[2]) attributes.push(homeOf('hometown', found[2], evidence));
    }
  }
  return attributes;
}

/** A sentence that tells a person's age or home town by "he" or "she": "Now 59, he lives…", "A native of Ede, she…", "his native Ede". */
const PRONOUN_FACTS: readonly { kind: 'age' | 'hometown'; pattern: RegExp }[] = [
  { kind: 'age', pattern: /^(?:Now|Aged) (\d{1,3}), (?:he|she)\b/u },
  { kind: 'hometown', pattern: new RegExp(String.raw`^(?:A|An) native of ${PLACE_NAME}[^.;]*?, (?:he|she)\b`, 'u') },
  { kind: 'hometown', pattern: new RegExp(String.raw`^(?:He|She) (?:was born|grew up) in ${PLACE_NAME}`, 'u') },
  { kind: 'hometown', pattern: new RegExp(String.raw`^(?:[^.;]*?,? )?(?:he|she|He|She) [^.;]*?\b(?:his|her) native ${PLACE_NAME}`, 'u') },
];

const PRONOUN_REVIEW = 'told of by "he" or "she": the person is taken to be the last one named before it in its paragraph';

/**
 * Ages and home towns told of by "he" or "she", for the last person named before the sentence in
 * its paragraph, each for review. `persons` are the person clusters; `sentences` each document's.
 */
export function pronounFacts(persons: readonly ActorCluster[], documents: readonly DocumentContext[], sentences: readonly (readonly Sentence[])[], places: ReadonlyMap<string, string>): Map<string, DraftAttribute[]> {
  const facts = new Map<string, DraftAttribute[]>();
  documents.forEach((document, index) => {
    const named = persons.flatMap((person) => [...person.spellings, ...person.short].flatMap((form) => form.mentions.filter((mention) => mention.document === index).map((mention) => ({ id: person.id, start: mention.start }))));
    for (const sentence of sentences[index]!) {
      const paragraph = document.text.lastIndexOf('\n', sentence.start) + 1;
      const before = named.filter((mention) => mention.start >= paragraph && mention.start < sentence.start);
      if (before.length === 0) continue;
      const person = before.reduce((last, mention) => (mention.start > last.start ? mention : last)).id;
      const kinds = new Set<string>();
      for (const { kind, pattern } of PRONOUN_FACTS) {
        const found = kinds.has(kind) ? null : pattern.exec(sentence.text);
        if (!found) continue;
        kinds.add(kind);
        const evidence = [{ source: document.sourceId, quote: found[0] }];
        const attribute: DraftAttribute = kind === 'age'
          ? { kind, value: Number(found[1]), evidence, review: PRONOUN_REVIEW, ...(document.date ? { asOf: document.date } : {}) }
          : { kind, value: places.get(formKey(found[1]!)) ?? found[1]!, evidence, review: PRONOUN_REVIEW };
        facts.set(person, [...(facts.get(person) ?? []), attribute]);
      }
    }
  });
  return facts;
}
