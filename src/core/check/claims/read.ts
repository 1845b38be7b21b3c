// Reading a block's claims once for every rule: titles first (their places are no event's), then
// events, then what is said of people.

import { attachTitles, readTitleClaims, spansOf, titleReferences, titlePhrases, type TitleClaim, type TitlePhrase } from './titles';
import { entryMention, type ClaimContext } from './context';
import { readEventClaims, type EventDateClaim, type EventPlaceClaim } from './events';
import { readAgeClaims, readHomeClaims, type AgeClaim, type HomeClaim } from './people';
import { readQuotations, type QuotationClaim } from './quotations';
import { backReferences } from './references';

export interface BlockClaims {
  dates: EventDateClaim[];
  eventPlaces: EventPlaceClaim[];
  titles: TitleClaim[];
  /** Title phrases said of no one named: "the first officer, Irina Sorokina" when the sources call her Elena. */
  unattachedTitles: TitlePhrase[];
  ages: AgeClaim[];
  homes: HomeClaim[];
  quotations: QuotationClaim[];
}

export function readClaims(context: ClaimContext): BlockClaims {
  const phrases = titlePhrases(context);
  const pronouns = backReferences(context.tokens, context.mentions, [...(context.subject ? [context.subject] : []), ...(context.heading?.mentions ?? []), ...(context.continues ?? [])], context.earlierOrganisations, entryMention(context));
  const { attached, alone } = attachTitles(context, phrases, pronouns);
  const homes = readHomeClaims(context, pronouns);
  const ages = readAgeClaims(context);
  const references = [...pronouns, ...titleReferences(context, alone)].sort((a, b) => a.start - b.start);
  const excluded = [...spansOf(phrases), ...homes.map((claim) => ({ start: claim.start, end: claim.end }))].sort((a, b) => a.start - b.start);
  const events = readEventClaims(context, references, excluded, phrases);
  const titles = readTitleClaims(context, attached, events.times, references);
  return { dates: events.dates, eventPlaces: events.places, titles, unattachedTitles: alone, ages, homes, quotations: readQuotations(context, spansOf(phrases)) };
}
