// place-conflict: a place the draft gives an event, or gives as a person's home, that the sources
// state otherwise.

import type { ClaimContext } from '../claims/context';
import { isDisputed } from '../claims/facts';
import type { EventPlaceClaim } from '../claims/events';
import type { IndexedEvent } from '../claims/facts';
import type { HomeClaim } from '../claims/people';
import type { RawFinding } from '../rules';
import type { Rule } from './rule';
import { eventName, humanDate, placeName, sourceList, sourcesOf } from './messages';
import { comparedHomes, homeFits } from './support';

/** Most events a message names. */
const MAX_EVENTS_NAMED = 3;

export const placeConflict: Rule = {
  code: 'place-conflict',
  check(claims, context, findings) {
    for (const claim of claims.eventPlaces) {
      if (claim.agrees) continue;
      const evidence = claim.events.flatMap((indexed) => indexed.event.evidence);
      const written = context.text.slice(claim.start, claim.end);
      findings.push({
        code: 'place-conflict',
        start: claim.start,
        end: claim.end,
        message: `${placesMessage(claim, context)} (${sourcesOf(evidence)}), not ${claim.places.length > 1 || placeInNames(claim, context) ? 'in ' : ''}${written}.`,
        evidence,
        fixes: claim.places.map((place) => ({ title: `Write “${place.name}”`, replacement: place.name })),
      });
    }
    for (const claim of claims.homes) {
      const finding = homeFinding(claim, context);
      if (finding) findings.push(finding);
    }
  },
};

/** Each event once, with its date unless its name already gives it. */
function eventsNamed(events: readonly IndexedEvent[], context: ClaimContext): string[] {
  return events.slice(0, MAX_EVENTS_NAMED).map(({ event }) => {
    const name = eventName(context.names, event);
    const date = event.date ? humanDate(event.date) : undefined;
    return date && !name.includes(date) ? `${name}, ${date}` : name;
  });
}

/** Whether the names of the claim's events give their one place already: "… talks in Moscow, 3 February 2025". */
function placeInNames(claim: EventPlaceClaim, context: ClaimContext): boolean {
  return claim.places.length === 1 && eventsNamed(claim.events, context).every((name) => name.includes(claim.places[0].name));
}

/**
 * "The sources give Moscow as the place of …", "The sources put … talks in Moscow, 3 February 2025"
 * and, for events the draft may mean that took place apart, "The sources put … in Russia and … in China".
 */
function placesMessage(claim: EventPlaceClaim, context: ClaimContext): string {
  const named = eventsNamed(claim.events, context);
  if (claim.places.length === 1) {
    return placeInNames(claim, context) ? `The sources put ${named.join(' and ')}` : `The sources give ${claim.places[0].name} as the place of ${named.join(' and of ')}`;
  }
  const each = claim.events.slice(0, MAX_EVENTS_NAMED).map((indexed, i) => {
    const place = context.factBase.actors.get(indexed.event.place!)!;
    return named[i].includes(place.name) ? named[i] : `${named[i]} in ${place.name}`;
  });
  return `The sources put ${each.join(' and ')}`;
}

function homeFinding(claim: HomeClaim, context: ClaimContext): RawFinding | undefined {
  const compared = comparedHomes(context, claim);
  if (compared.length === 0) return undefined;
  const written = context.text.slice(claim.start, claim.end);
  if (compared.some((home) => homeFits(context, claim, home) !== false) || isDisputed(context.facts, claim.person.id, written)) return undefined;
  const names = [...new Set(compared.map((home) => placeName(context.factBase, String(home.value))))];
  const evidence = compared.flatMap((home) => home.evidence);
  const what = compared.every((home) => home.kind === 'residence') ? 'base' : 'home town';
  return {
    code: 'place-conflict',
    start: claim.start,
    end: claim.end,
    message: `The sources give ${claim.person.name}'s ${what} as ${names.join(' or ')} (${sourceList(evidence.map((item) => item.sourceId))}), not ${written}.`,
    evidence,
    fixes: names.map((name) => ({ title: `Write “${name}”`, replacement: name })),
  };
}
