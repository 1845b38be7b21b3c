// The English lexicon the checker reads proper names with is compromise's, cut to what the
// checker asks: given names, places, countries, names that are no place and words for what people do; and the capital cities
// of countries-list, each with its country. This test keeps them the same; after upgrading either
// package, CROSSCHECK_UPDATE_LEXICON=1 rewrites the file.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const FILE = path.join(__dirname, '..', '..', '..', 'src', 'core', 'check', 'claims', 'english-lexicon.json');

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const NOT_PLACE_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'Month', 'WeekDay', 'Date']);

function expectedLexicon(): { givenNames: string[]; places: string[]; countries: string[]; notPlaces: string[]; personNouns: string[]; capitals: Record<string, string>; demonyms: Record<string, string> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise/two') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const lexicon = { givenNames: [] as string[], places: [] as string[], countries: [] as string[], notPlaces: [] as string[], personNouns: [] as string[] };
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = typeof tag === 'string' ? [tag] : tag;
    if (tags.some((t) => GIVEN_NAME_TAGS.has(t))) lexicon.givenNames.push(word);
    if (tags.some((t) => PLACE_TAGS.has(t))) lexicon.places.push(word);
    if (tags.includes('Country')) lexicon.countries.push(word);
    if (!tags.some((t) => PLACE_TAGS.has(t)) && tags.some((t) => NOT_PLACE_TAGS.has(t))) lexicon.notPlaces.push(word);
    if (tags.includes('Actor') && !tags.includes('Plural') && /^\p{Ll}+$/u.test(word)) lexicon.personNouns.push(word);
  }
  const demonymWords = new Set(Object.entries(nlp.model().one.lexicon).filter(([, tag]) => (typeof tag === 'string' ? [tag] : tag).includes('Demonym')).map(([word]) => word));
  for (const list of Object.values(lexicon)) list.sort();
  return { ...lexicon, capitals: capitalsOfCountriesList(), demonyms: demonymsOfCountries(demonymWords) };
}

/** How a country's name makes its demonym, most common first: "Russia" → "Russian", "Lebanon" → "Lebanese". */
const DEMONYM_RULES: ((name: string) => string)[] = [
  (name) => `${name}n`,
  (name) => `${name}an`,
  (name) => `${name}ian`,
  (name) => `${name}i`,
  (name) => name.replace(/a$/, 'ese'),
  (name) => name.replace(/on$/, 'ese'),
  (name) => `${name}ese`,
  (name) => name.replace(/y$/, 'ian'),
  (name) => name.replace(/y$/, 'ish'),
  (name) => name.replace(/y$/, ''),
  (name) => name.replace(/a$/, 'an'),
  (name) => name.replace(/e$/, 'ian'),
  (name) => name.replace(/o$/, 'an'),
  (name) => name.replace(/ce$/, 'ch'),
  (name) => name.replace(/ce$/, 'k'),
  (name) => name.replace(/s$/, ''),
];

/** compromise's demonyms that a rule makes from a country of countries-list, each to that country, lower-cased. */
function demonymsOfCountries(demonymWords: ReadonlySet<string>): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { countries } = require('countries-list') as { countries: Record<string, { name: string }> };
  const names = Object.values(countries).map((country) => country.name.toLowerCase());
  const demonyms = new Map<string, string>();
  for (const rule of DEMONYM_RULES) {
    for (const name of names) {
      const demonym = rule(name);
      if (demonym !== name && demonymWords.has(demonym) && !demonyms.has(demonym)) demonyms.set(demonym, name);
    }
  }
  return Object.fromEntries([...demonyms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Each capital city, lower-cased ("Washington D.C." as "washington"), to its country's name, lower-cased. */
function capitalsOfCountriesList(): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  const capitals: [string, string][] = [];
  for (const country of Object.values(countries)) {
    for (const capital of country.capital.split(',')) {
      const name = capital.trim().toLowerCase().replace(/\s+d\.c\.$/, '');
      if (name) capitals.push([name, country.name.toLowerCase()]);
    }
  }
  return Object.fromEntries(capitals.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('English lexicon', () => {
  it('is compromise\'s given names, places, countries and other names, and countries-list\'s capitals, as the checker reads them', () => {
    const expected = expectedLexicon();
    if (process.env.CROSSCHECK_UPDATE_LEXICON === '1') writeFileSync(FILE, `${JSON.stringify(expected, null, 0)}\n`);
    assert.deepEqual(JSON.parse(readFileSync(FILE, 'utf8')), expected);
    for (const [list, word] of [['givenNames', 'viktor'], ['places', 'beirut'], ['countries', 'lebanon'], ['notPlaces', 'yesterday'], ['personNouns', 'farmer']] as const) {
      assert.ok(expected[list].includes(word), `${word} in ${list}`);
    }
    assert.equal(expected.capitals.doha, 'qatar');
    assert.equal(expected.capitals.washington, 'united states');
    assert.equal(expected.demonyms.russian, 'russia');
    assert.equal(expected.demonyms.lebanese, 'lebanon');
    assert.equal(expected.demonyms.nigerian, 'nigeria');
  });
});
