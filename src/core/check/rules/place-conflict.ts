// place-conflict: a place the draft gives an event, or gives as a person's home, that the sources
// state otherwise.

import type { ClaimContext } from '../claims/context';
import { isDisputed } from '../claims/facts';
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
      // Each event once, with its date unless its name already gives it.
      const named = claim.events.slice(0, MAX_EVENTS_NAMED).map(({ event }) => {
        const name = eventName(context.names, event);
        const date = event.date ? humanDate(event.date) : undefined;
        return date && !name.includes(date) ? `${name}, ${date}` : name;
      });
      const evidence = claim.events.flatMap((indexed) => indexed.event.evidence);
      const written = context.text.slice(claim.start, claim.end);
      // "… talks in Moscow, 3 February 2025": names that give the place already need it said once.
      const placeNamed = named.every((name) => name.includes(claim.place.name));
      findings.push({
        code: 'place-conflict',
        start: claim.start,
        end: claim.end,
        message: placeNamed
          ? `The sources put ${named.join(' and ')} (${sourcesOf(evidence)}), not in ${written}.`
          : `The sources give ${claim.place.name} as the place of ${named.join(' and of ')} (${sourcesOf(evidence)}), not ${written}.`,
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
