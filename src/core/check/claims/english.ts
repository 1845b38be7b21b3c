// What general English knows of a proper name that a fact base does not: whether it is a given
// name ("Viktor"), a place ("Beirut"), a country ("Lebanon"), a country's capital ("Doha", of
// Qatar) or demonym ("Qatari"), or a name that is no place (a surname, an organisation, a month);
// and which lower-case nouns name a person by what they do ("farmer"). The words are
// compromise's lexicon and countries-list's capitals, cut to these questions (english-lexicon.json,
// kept equal to those packages by a unit test), so that no model is loaded.

import lexicon from './english-lexicon.json';

const GIVEN_NAMES: ReadonlySet<string> = new Set(lexicon.givenNames);
const PLACES: ReadonlySet<string> = new Set(lexicon.places);
const COUNTRIES: ReadonlySet<string> = new Set(lexicon.countries);
const NOT_PLACES: ReadonlySet<string> = new Set(lexicon.notPlaces);
const PERSON_NOUNS: ReadonlySet<string> = new Set(lexicon.personNouns);
const CAPITALS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.capitals));
const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.demonyms));
/** Each country, lower-cased, to its first capital. */
const CAPITAL_OF: ReadonlyMap<string, string> = new Map([...CAPITALS].reverse().map(([capital, country]) => [country, capital]));

/** Whether English knows the word as a given name. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}

/** Whether English knows the words as a place: a city, country or region. */
export function isKnownPlace(words: string): boolean {
  return PLACES.has(words.toLowerCase());
}

/** Whether English knows the words as a country. */
export function isKnownCountry(words: string): boolean {
  return COUNTRIES.has(words.toLowerCase());
}

/** Whether English knows the words as something other than a place: a person's name, an organisation, a month. */
export function isKnownNonPlace(words: string): boolean {
  return NOT_PLACES.has(words.toLowerCase());
}

/** Whether English knows the lower-case word as a noun for a person by what they do or are: "farmer", "curator", "friend". */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}

/** The country whose capital the words name, lower-cased ("qatar" for "Doha"), if they name one. */
export function countryOfCapital(words: string): string | undefined {
  return CAPITALS.get(words.toLowerCase());
}

/** The country a demonym is of, lower-cased ("russia" for "Russian"), if English knows it. */
export function countryOfDemonym(word: string): string | undefined {
  return DEMONYMS.get(word.toLowerCase());
}

/** The capital of a country, lower-cased ("moscow" for "Russia"), if countries-list gives one. */
export function capitalOf(country: string): string | undefined {
  return CAPITAL_OF.get(country.toLowerCase());
}
