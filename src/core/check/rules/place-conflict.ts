// place-conflict: a place the draft gives an event, or gives as a person's home, that the sources
// state otherwise.

import type { Actor, AttributeFact } from '../../factbase/types';
import type { ClaimContext } from '../claims/context';
import { isDisputed } from '../claims/facts';
import type { HomeClaim } from '../claims/people';
import { placeFits } from '../claims/places';
import type { RawFinding } from '../rules';
import type { Rule } from './rule';
import { eventName, humanDate, placeName, sourceList, sourcesOf } from './messages';

/** Most events a message names. */
const MAX_EVENTS_NAMED = 3;

export const placeConflict: Rule = {
  code: 'place-conflict',
  check(claims, context, findings) {
    for (const claim of claims.eventPlaces) {
      // Each event once, with its date unless its name already gives it.
      const named = claim.events.slice(0, MAX_EVENTS_NAMED).map(({ event }) => {
        const name = eventName(context.names, event);
        const date = event.date ? humanDate(event.date) : undefined;
        return date && !name.includes(date) ? `${name}, ${date}` : name;
      });
      const evidence = claim.events.flatMap((indexed) => indexed.event.evidence);
      findings.push({
        code: 'place-conflict',
        start: claim.start,
        end: claim.end,
        message: `The sources give ${claim.place.name} as the place of ${named.join(' and of ')} (${sourcesOf(evidence)}), not ${context.text.slice(claim.start, claim.end)}.`,
        evidence,
        fixes: [{ title: `Write “${claim.place.name}”`, replacement: claim.place.name }],
      });
    }
    for (const claim of claims.homes) {
      const finding = homeFinding(claim, context);
      if (finding) findings.push(finding);
    }
  },
};

function homeFinding(claim: HomeClaim, context: ClaimContext): RawFinding | undefined {
  const homes = context.facts.homesOf.get(claim.person.id) ?? [];
  const compared = homes.filter((home) => (claim.kind === 'residence' ? true : home.kind === 'hometown'));
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

/** Whether the written place may be the home the sources give (see `placeFits`); a home the fact base has no place for is compared by name. */
function homeFits(context: ClaimContext, claim: HomeClaim, home: AttributeFact): boolean | undefined {
  const place: Actor | undefined = context.factBase.actors.get(String(home.value));
  if (place) return placeFits(context, claim.written.place, place);
  return claim.written.place ? claim.written.place.name.toLowerCase() === String(home.value).toLowerCase() : undefined;
}
