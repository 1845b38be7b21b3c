// A place written in the draft: a place of the fact base, or capitalised words no actor answers to
// that English knows as a place or that stand where only a place can ("a native of Netanya").

import type { Actor } from '../../factbase/types';
import { firstStartingAt } from '../rules';
import { isCapitalizedAt } from '../tokens';
import type { ClaimContext } from './context';
import { capitalOf, countryOfCapital, countryOfDemonym, isKnownCountry, isKnownNonPlace, isKnownPlace } from './english';
import { isTitleWord } from './offices';

export interface WrittenPlace {
  start: number;
  end: number;
  /** The place of the fact base, when it is one. */
  place?: Actor;
  /** For a capital named by its country's demonym ("the Qatari capital"): that country, lower-cased. */
  country?: string;
  /** Index of the token after the place. */
  next: number;
}

/** Nouns that describe a place named after "of": "the resort city of Sochi", "the port of Haifa". */
const PLACE_KIND_NOUNS = new Set(['city', 'town', 'village', 'resort', 'port', 'kibbutz', 'capital', 'region', 'province', 'district', 'island']);
/** How many words may describe a place before its noun: "the Black Sea resort of". */
const MAX_DESCRIBING_WORDS = 3;

const NOT_PLACE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter',
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'i', 'we', 'he', 'she', 'they', 'it',
]);

const MAX_PLACE_WORDS = 3;

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The place written at token `at`: a place mention, or capitalised words no actor answers to.
 * `onlyPlace` says the words stand where only a place can, so English need not know them.
 */
export function writtenPlaceAt(context: ClaimContext, at: number, onlyPlace: boolean): WrittenPlace | undefined {
  const { tokens, mentions, text } = context;
  const token = tokens[at];
  if (!token) return undefined;
  if (token.norm === 'the') return describedPlaceAt(context, at);
  // "in Lebanese capital": notes leave the article out.
  if (tokens[at + 1]?.norm === 'capital' && /^[ \t]+$/.test(text.slice(token.end, tokens[at + 1].start))) {
    const capital = capitalNamed(context, token.norm, token.start, tokens[at + 1].end, at + 2);
    if (capital) return capital;
  }
  const mentionAt = firstStartingAt(mentions, token.start);
  const mention = mentions[mentionAt];
  if (mention && mention.start === token.start) {
    if (mention.actor.type !== 'place') return undefined;
    let next = at;
    while (next < tokens.length && tokens[next].start < mention.end) next++;
    return { start: mention.start, end: mention.end, place: mention.actor, next };
  }
  let count = 0;
  while (at + count < tokens.length && count < MAX_PLACE_WORDS) {
    const word = tokens[at + count];
    // "Be'eri", "Ma'alot": an apostrophe inside a name joins its parts.
    if (count > 0 && /^['’]$/.test(text.slice(tokens[at + count - 1].end, word.start)) && word.norm !== 's') {
      count++;
      continue;
    }
    if (!isCapitalizedAt(text, word.start) || /\d/.test(word.norm) || NOT_PLACE_WORDS.has(word.norm)) break;
    if (context.names.knownWords.has(word.norm) || isTitleWord(word.norm, context.facts.officeWords)) break;
    if (count > 0 && !/^[ -]$/.test(text.slice(tokens[at + count - 1].end, word.start))) break;
    count++;
  }
  // A lone initial ("in D.") is no place.
  if (count === 0 || (count === 1 && token.end - token.start < 3)) return undefined;
  const words = tokens.slice(at, at + count);
  if (words.some((word) => context.names.lowercaseSourceWords.has(word.norm) && word.norm.length > 3)) return undefined;
  const written = text.slice(token.start, words[count - 1].end);
  // "Queen's Park": a name that owns the words after it is another name's start; "RVM-201" names a product.
  if (isKnownNonPlace(written) || /^(?:['’]s[ \t]+\p{Lu}|-\d)/u.test(text.slice(words[count - 1].end))) return undefined;
  if (!onlyPlace && !isKnownPlace(written)) return undefined;
  // "in TASS", "in NATO": a name in capitals that the sources and English do not know for a place is an outlet's or a body's.
  if (words.every((word) => ACRONYM.test(text.slice(word.start, word.end))) && !isKnownPlace(written)) return undefined;
  return { start: token.start, end: words[count - 1].end, next: at + count };
}

/**
 * A place described after "the": "the resort city of Sochi" (the place after "of"), "the Russian
 * capital" (its country's capital: a place of the fact base when one has its name).
 */
function describedPlaceAt(context: ClaimContext, at: number): WrittenPlace | undefined {
  const { tokens, text } = context;
  for (let noun = at + 1; noun < tokens.length && noun <= at + 1 + MAX_DESCRIBING_WORDS; noun++) {
    if (!/^[ \t-]+$/.test(text.slice(tokens[noun - 1].end, tokens[noun].start))) return undefined;
    if (!PLACE_KIND_NOUNS.has(tokens[noun].norm)) continue;
    if (tokens[noun + 1]?.norm === 'of') return writtenPlaceAt(context, noun + 2, true);
    const capital = tokens[noun].norm === 'capital' && noun === at + 2 ? capitalNamed(context, tokens[at + 1].norm, tokens[at].start, tokens[noun].end, noun + 1) : undefined;
    if (capital) return capital;
  }
  return undefined;
}

/** "the Qatari capital", "Lebanese capital" (the demonym, then "capital"): the capital of the demonym's country, a place of the fact base when one has its name. */
function capitalNamed(context: ClaimContext, demonym: string, start: number, end: number, next: number): WrittenPlace | undefined {
  const country = countryOfDemonym(demonym);
  const capital = country && capitalOf(country);
  if (!capital) return undefined;
  const place = [...context.factBase.actors.values()].find((actor) => actor.type === 'place' && isNamed(actor, capital));
  return { start, end, ...(place ? { place } : { country }), next };
}

/** Whether two places of the fact base are one, or one lies within the other. */
function compatiblePlaces(written: Actor, place: Actor): boolean {
  return written.id === place.id || written.memberOf.includes(place.id) || place.memberOf.includes(written.id);
}

/** Whether a place is a country: the fact base says so (a citizenship, a demonym the sources write), or English does. */
export function isCountry(context: ClaimContext, place: Actor): boolean {
  return context.facts.countries.has(place.id) || isKnownCountry(place.name);
}

/**
 * Whether a written place is the sources' place: true when it is, lies within it, or holds it as a
 * country holds a town; false when it is another town, or another country; undefined when nothing
 * tells (a town never named, in a country the sources name). A capital the fact base does not know
 * lies in its country ("Doha" is not in Lebanon).
 */
export function placeFits(context: ClaimContext, written: WrittenPlace, place: Actor): boolean | undefined {
  if (!written.place) {
    if (!isCountry(context, place)) return false;
    const country = written.country ?? countryOfCapital(context.text.slice(written.start, written.end));
    return country === undefined ? undefined : isNamed(place, country);
  }
  if (compatiblePlaces(written.place, place)) return true;
  const writtenCountry = isCountry(context, written.place);
  const placeCountry = isCountry(context, place);
  return writtenCountry === placeCountry ? false : writtenCountry ? true : undefined;
}

/** Whether the actor's name or a spelling of it is the lower-cased name. */
function isNamed(actor: Actor, name: string): boolean {
  return actor.name.toLowerCase() === name || actor.spellings.some((spelling) => spelling.text.toLowerCase() === name);
}
