// Gathering the mentions of all documents into actors: each spelling of a name, its short forms,
// and its kind (person, organisation or place), clustered across transliterations.
import { tokenize } from '../factbase/tokens';
import { countryOfDemonym, isGivenName } from '../check/claims/english';
import { COMPLEMENT_OPENERS, DEMONYM_ENDING, FUNCTION_WORDS, ORGANISATION_HEADS, PLACE_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { contextVotes, type Mention } from './mentions';
import { sameGivenName, sameNameWord } from './transliteration';
import { uniqueId, type ActorType } from './drafts';

/** One way a name is written, with every mention of it. */
export interface Form {
  text: string;
  words: string[];
  mentions: Mention[];
}

export interface ActorCluster {
  id: string;
  type: ActorType;
  name: string;
  spellings: Form[];
  short: Form[];
  /** Why a person should confirm this actor, if anything makes it doubtful. */
  review?: string;
}

/** Forms are the same name when their tokens are: "Abu Marzouk" and "Abu  Marzouk's". */
export function formKey(text: string): string {
  return tokenize(text).texts.join(' ');
}

function formsOf(mentions: readonly Mention[]): Form[] {
  const forms = new Map<string, Form>();
  for (const mention of mentions) {
    const key = formKey(mention.text);
    const form = forms.get(key);
    if (!form) forms.set(key, { text: mention.text, words: mention.words.map((word) => word.text), mentions: [mention] });
    else {
      form.mentions.push(mention);
      // "MARLOW FALLS, Ont. -": a dateline shouts the name that the text writes "Marlow Falls".
      if (isShouted(form.text) && !isShouted(mention.text)) Object.assign(form, { text: mention.text, words: mention.words.map((word) => word.text) });
    }
  }
  return [...forms.values()];
}

/** Written all in capitals, over more than one letter: "MARLOW FALLS", "CEC". */
const isShouted = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** "CIA", "TASS": longer words in capitals are mostly names in a credit line ("YURI KADOBNOV/AFP"). */
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(word) && word.length >= 2 && word.length <= 6;

/** The kind of actor a form names, with a reason to review the guess; undefined for a form that names none. */
function kindOf(form: Form, everyForm: ReadonlyMap<string, Form>, capitalised: ReadonlySet<string>, lowerCaseWords: ReadonlySet<string>): { type: ActorType; review?: string } | undefined {
  const votes = { person: 0, place: 0, organisation: 0 };
  for (const mention of form.mentions) {
    const vote = contextVotes(mention);
    votes.person += vote.person;
    votes.place += vote.place;
    votes.organisation += vote.organisation;
  }
  const last = form.words[form.words.length - 1]!.toLowerCase();
  // "Organisation for Mediation and Arbitration", "Assembly of the Republic": an organisation's head word with its complement.
  if (form.words.length > 2 && ORGANISATION_HEADS.has(form.words[0]!.toLowerCase()) && COMPLEMENT_OPENERS.has(form.words[1]!)) return { type: 'organisation' };
  if (form.words.length > 1 && PLACE_HEADS.has(last)) return { type: 'place' };
  if (ORGANISATION_HEADS.has(last) || form.words.some(isAcronym)) return { type: 'organisation' };
  // "RVM-201", "Boeing 737": a name with a number is a product's or a code's, no person's or place's.
  if (form.words.some((word) => /\d/.test(word))) return { type: 'organisation', review: 'a name with a number, as of a product or a code: taken for an organisation' };
  if (form.words.length === 1) {
    const word = form.words[0]!;
    const lower = word.toLowerCase();
    if (form.mentions.every((mention) => mention.opensSentence) || [...word].length < 2) return undefined;
    // A word the documents also write in lower case is a common word capitalised: "Water is life", "Critics say".
    if (TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || FUNCTION_WORDS.has(lower) || lowerCaseWords.has(lower)) return undefined;
    // A country the documents name a people after ("Kyrgyzstan", "Kyrgyz") is a place, though its name ends like a people's word.
    if (hasPeopleWord(lower, capitalised)) return { type: 'place' };
    // "Namangan region", "the Namangan regional office": a word before a place's head word names a place, though it ends like a people's word.
    const placeHeadAfter = form.mentions.filter((mention) => PLACE_HEADS.has(mention.after) || PLACE_HEADS.has(mention.after.replace(/al$/, ''))).length;
    const modifying = form.mentions.filter((mention) => /^\p{Ll}/u.test(mention.after) && !FUNCTION_WORDS.has(mention.after) && !SPEECH_VERBS.has(mention.after)).length - placeHeadAfter;
    if (placeHeadAfter > 0 && votes.place > 0) return { type: 'place' };
    if (DEMONYM_ENDING.test(lower) && modifying * 2 >= form.mentions.length) return undefined;
    if (votes.place > 0 && votes.place * 5 >= form.mentions.length) return { type: 'place' };
    if (votes.person >= 3) return { type: 'person', review: 'a one-word name given a title: the full name is not in the sources' };
    return { type: 'organisation', review: 'one word that no context marks as a place or a person: an organisation is a guess' };
  }
  // "Israeli Arab" describes a people; "Ali Hassan", ending alike, opens with a given name.
  if (!isGivenName(form.words[0]!) && form.words.every((word) => DEMONYM_ENDING.test(word.toLowerCase()) && !everyForm.has(formKey(word)))) return undefined;
  // "Radical Palestinian group": a people's word after a word that is no given name describes, and names no one.
  if (votes.person < 3 && countryOfDemonym(form.words[form.words.length - 1]!) !== undefined && !isGivenName(form.words[0]!)) return undefined;
  if (votes.person >= 3) return { type: 'person' };
  if (votes.place > 0 && votes.place >= votes.organisation) return { type: 'place' };
  if (votes.organisation > 0) return { type: 'organisation', review: 'written with "the" before it, so taken for an organisation' };
  if (form.words.length > 4) return { type: 'organisation', review: 'a long capitalised phrase, taken for an organisation' };
  return { type: 'person', review: 'no title, age or other context marks this name as a person' };
}

/** Whether the documents name a people after the word, as of a country: Russia and Russian, Uzbekistan and Uzbek. */
function hasPeopleWord(word: string, capitalised: ReadonlySet<string>): boolean {
  return peopleWordsOf(word).some((people) => capitalised.has(people));
}

/** The words a country's name (lower case) may give its people: Russia Russian, China Chinese, Kazakhstan Kazakh, Thailand Thai. */
function peopleWordsOf(country: string): string[] {
  const stem = country.replace(/[aeiou]$/, '');
  const words = ['n', 'an', 'ian', 'ean', 'i', 'ese', 'ish'].flatMap((ending) => [country + ending, stem + ending]);
  const bare = /^(.{3,}?)(?:istan|stan|land)$/.exec(country)?.[1];
  if (bare) words.push(bare);
  return words;
}

/** Whether two full names of persons may be one person's: the same surname, compatible given names. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (!sameNameWord(a[a.length - 1]!, b[b.length - 1]!) || !sameGivenName(a[0]!, b[0]!)) return false;
  if (a.length !== b.length) return true;
  return a.every((word, i) => i === 0 || sameNameWord(word, b[i]!));
}

/** Whether `short` is the last words of `full`, each written the same or as a transliteration. */
function endsWith(full: readonly string[], short: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  return tail.every((word, i) => sameNameWord(word, short[i]!));
}

/** `lowerCaseWords`: the words the documents write in lower case. */
export function clusterActors(mentions: readonly Mention[], lowerCaseWords: ReadonlySet<string>): ActorCluster[] {
  const forms = formsOf(mentions);
  const byKey = new Map(forms.map((form) => [formKey(form.text), form]));
  const capitalised = new Set<string>();
  for (const sentence of new Set(mentions.map((mention) => mention.sentence))) {
    for (const word of sentence.text.match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []) capitalised.add(word.toLowerCase());
  }
  const kinds = new Map<Form, { type: ActorType; review?: string }>();
  for (const form of forms) {
    const kind = kindOf(form, byKey, capitalised, lowerCaseWords);
    if (kind) kinds.set(form, kind);
  }
  const persons = forms.filter((form) => kinds.get(form)?.type === 'person' && form.words.length >= 2);
  const clusters: Form[][] = [];
  for (const form of persons) {
    const cluster = clusters.find((members) => members.some((member) => samePerson(member.words, form.words)));
    if (cluster) cluster.push(form);
    else clusters.push([form]);
  }
  // A person's name without its given name ("Abu Marzouk") is a short form, not another person.
  const fullClusters = clusters.filter((cluster) => !cluster.every((form) => clusters.some((other) => other !== cluster && other.some((full) => endsWith(full.words, form.words)))));
  const shortOwners = new Map<Form, Form[][]>();
  for (const form of forms) {
    // A surname alone may open every sentence it stands in ("Haddad said..."): one word needs no kind of its own.
    if (form.words.length >= 2 && (!kinds.has(form) || fullClusters.some((cluster) => cluster.includes(form)))) continue;
    const owners = fullClusters.filter((cluster) => cluster.some((full) => endsWith(full.words, form.words)));
    if (owners.length > 0) shortOwners.set(form, owners);
  }
  const taken = new Set<string>();
  const actors: ActorCluster[] = [];
  const ambiguous = new Map<Form[], string[]>();
  const principal = new Map<Form, Form[]>();
  for (const [form, owners] of shortOwners) {
    if (owners.length === 1) continue;
    const main = principalOf(owners);
    if (main) principal.set(form, main);
    else for (const owner of owners) ambiguous.set(owner, [...(ambiguous.get(owner) ?? []), form.text]);
  }
  for (const cluster of fullClusters) {
    const short = [...shortOwners].filter(([form, owners]) => (owners.length === 1 ? owners[0] : principal.get(form)) === cluster).map(([form]) => form);
    const spellings = [...cluster].sort((a, b) => b.mentions.length - a.mentions.length);
    const reviews = cluster.every((form) => kinds.get(form)!.review) ? [kinds.get(cluster[0]!)!.review!] : [];
    const shared = ambiguous.get(cluster);
    if (shared) reviews.push(`the short form ${shared.map((text) => `"${text}"`).join(', ')} fits more than one person and is left out`);
    const given = short.filter((form) => principal.get(form) === cluster);
    if (given.length > 0) reviews.push(`the short form ${given.map((form) => `"${form.text}"`).join(', ')} fits others too and is given to the one the documents name most, twice as often at least`);
    actors.push(actorOf('person', spellings, short, taken, reviews));
  }
  const placed = new Set<Form>([...persons, ...shortOwners.keys()]);
  const others = forms.filter((form) => kinds.has(form) && !placed.has(form));
  // An organisation's name without its first words ("Foreign Ministry" of "Russian Foreign Ministry") is its short form, and so is a place's of two words or more.
  const groups: Form[][] = [];
  for (const form of others.sort((a, b) => b.words.length - a.words.length)) {
    const type = kinds.get(form)!.type;
    const same = groups.find((group) => kinds.get(group[0]!)!.type === type && group[0]!.words.length === form.words.length && group[0]!.words.every((word, i) => sameNameWord(word, form.words[i]!)));
    if (same) same.push(form);
    else groups.push([form]);
  }
  const longer = new Map<Form[], Form[]>();
  for (const group of groups) {
    const first = group[0]!;
    const country = countryOfPeople(first, groups, kinds);
    if (country) {
      longer.set(group, country);
      kinds.set(first, { type: 'place' });
      continue;
    }
    const type = kinds.get(first)!.type;
    // "City Hall" of "Belograd City Hall"; a one-word place is a place of its own ("York", "New York").
    if (type !== 'organisation' && (type !== 'place' || first.words.length < 2)) continue;
    const owners = groups.filter((other) => other !== group && kinds.get(other[0]!)!.type === type && endsWith(other[0]!.words, first.words));
    if (owners.length === 1) longer.set(group, owners[0]!);
    // "KGC" of "Kolkhida Gateway Consortium": an acronym is the short form of the name it follows in
    // parentheses, else of the most used name it abbreviates.
    else if (first.words.length === 1 && isAcronym(first.words[0]!)) {
      const organisations = groups.filter((other) => other !== group && kinds.get(other[0]!)!.type === 'organisation');
      const spelledAt = new Set(group.flatMap((acronym) => acronym.mentions.flatMap((short) => spelledOutEnd(short))));
      const spelledOut = organisations.filter((other) => other.some((form) => form.mentions.some((mention) => spelledAt.has(`${mention.document}:${mention.end}`))));
      const named = organisations.filter((other) => initialsOf(other[0]!.words) === first.words[0]);
      const most = (spelledOut.length === 1 ? spelledOut : named.sort((a, b) => mentionsOf(b) - mentionsOf(a)))[0];
      if (most) longer.set(group, most);
    }
  }
  for (const group of groups) {
    if (longer.has(group)) continue;
    const type = kinds.get(group[0]!)!.type;
    const short = [...longer].filter(([, owner]) => owner === group).flatMap(([shortGroup]) => shortGroup);
    const spellings = [...group].sort((a, b) => b.mentions.length - a.mentions.length);
    const review = kinds.get(spellings[0]!)!.review;
    actors.push(actorOf(type, spellings, short, taken, review ? [review] : []));
  }
  return actors;
}

/**
 * For an acronym in parentheses ("Organisation for Mediation and Arbitration (OMED)"), where the
 * name it spells out must end, as "document:offset"; none when it stands in no parentheses.
 */
function spelledOutEnd(short: Mention): string[] {
  const { text, start } = short.sentence;
  const at = short.start - start;
  return at >= 2 && text.slice(at - 2, at) === ' (' && text.charAt(short.end - start) === ')' ? [`${short.document}:${short.start - 2}`] : [];
}

/** The initials of a name's words, leaving out joining words and a company's legal form: "KGC" of "Kolkhida Gateway Consortium LLC". */
function initialsOf(words: readonly string[]): string {
  return words.filter((word) => !INITIALS_LEFT_OUT.has(word.toLowerCase())).map((word) => word.charAt(0).toUpperCase()).join('');
}

const INITIALS_LEFT_OUT: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'llc', 'ltd', 'inc', 'plc', 'corp', 'sa', 'ag', 'gmbh', 'jsc', 'ojsc']);

function mentionsOf(group: readonly Form[]): number {
  return group.reduce((sum, form) => sum + form.mentions.length, 0);
}

/**
 * The country a people's word names, when it stands as a name of its own ("the Kyrgyz side"): the
 * one-word place whose people it is, Kyrgyzstan. "The Kyrgyz Republic" is that country too.
 */
function countryOfPeople(form: Form, groups: readonly Form[][], kinds: ReadonlyMap<Form, { type: ActorType }>): Form[] | undefined {
  const people = form.words.length === 1 ? form.words[0]!.toLowerCase() : form.words.length === 2 && form.words[1] === 'Republic' ? form.words[0]!.toLowerCase() : undefined;
  if (!people) return undefined;
  const countries = groups.filter((group) => group[0] !== form && group[0]!.words.length === 1 && kinds.get(group[0]!)?.type !== 'person' && peopleWordsOf(group[0]!.words[0]!.toLowerCase()).includes(people));
  return countries.length === 1 ? countries[0] : undefined;
}

/** How many times more often than any other the principal of persons sharing a surname must be named in full. */
const PRINCIPAL_RATIO = 2;

/**
 * Of persons who share a surname, the one the documents name in full twice as often as each
 * other ("Captain Volodymyr Hrytsenko" beside his wife, named once): news writes the surname alone
 * for the person it is about.
 */
function principalOf(owners: readonly Form[][]): Form[] | undefined {
  const [first, second] = [...owners].sort((a, b) => mentionsOf(b) - mentionsOf(a));
  return first && second && mentionsOf(first) >= PRINCIPAL_RATIO * Math.max(1, mentionsOf(second)) ? first : undefined;
}

function actorOf(type: ActorType, spellings: Form[], short: Form[], taken: Set<string>, reviews: string[]): ActorCluster {
  const name = spellings[0]!.text.replace(/\s+/g, ' ');
  const actor: ActorCluster = { id: uniqueId(name, taken), type, name, spellings, short };
  if (reviews.length > 0) actor.review = reviews.join('; ');
  return actor;
}
