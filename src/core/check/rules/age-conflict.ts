// age-conflict: an age written next to a name that the sources give otherwise for the same time.

import type { AttributeFact } from '../../factbase/types';
import { isDisputed } from '../claims/facts';
import type { AgeClaim } from '../claims/people';
import type { ClaimContext } from '../claims/context';
import type { RawFinding } from '../rules';
import { daySpan, daysApart, overlaps, type DaySpan } from '../when';
import { eachClaim } from './rule';
import { atDate, sourcesOf } from './messages';

/** Ages stated this many years apart from the sources' date are compared loosely (see MAX_YEARS_SHIFTED). */
const MAX_YEARS_APART = 2;
/** Ages stated further apart than this are not compared at all; between the two, as the sources' age or it grown older or younger. */
const MAX_YEARS_SHIFTED = 15;
const DAYS_IN_YEAR = 365;

export const ageConflict = eachClaim('age-conflict', (claims) => claims.ages, ageFinding);

/**
 * Compared with the age the sources give at the draft's time, else with each age they give: one
 * year off at another time (a birthday may lie between), and years apart either that age or it
 * shifted by the years.
 */
function ageFinding(claim: AgeClaim, context: ClaimContext): RawFinding | undefined {
  const facts = context.facts.agesOf.get(claim.person.id) ?? [];
  if (facts.length === 0 || isDisputed(context.facts, claim.person.id, String(claim.value))) return undefined;
  // An age the sources give at the draft's very time settles it: "52 on 17 March 2021" for March 2021, whatever another source says two years on.
  const atSameTime = facts.filter((fact) => fact.asOf && isSameTime(claim, daySpan(fact.asOf)));
  if (atSameTime.length > 0) return atSameTime.some((fact) => fact.value === claim.value) ? undefined : finding(claim, facts);
  let comparable = false;
  for (const fact of facts) {
    const value = fact.value as number;
    if (!fact.asOf) {
      if (value === claim.value) return undefined;
      comparable = true;
      continue;
    }
    const asOf = daySpan(fact.asOf);
    // Years apart, the time a draft gives an age is often not the time it means: the age is wrong only when it is neither the sources' nor theirs grown older or younger by the years between.
    const far = claim.time.filter((date) => daysApart(date.span, asOf) >= MAX_YEARS_APART * DAYS_IN_YEAR);
    if (far.length > 0) {
      if (far.some((date) => daysApart(date.span, asOf) > MAX_YEARS_SHIFTED * DAYS_IN_YEAR)) continue;
      comparable = true;
      const shifted = far.map((date) => value + Math.round((date.span.first - asOf.first) / DAYS_IN_YEAR));
      if (Math.abs(claim.value - value) <= 1 || shifted.some((age) => Math.abs(claim.value - age) <= 1)) return undefined;
      continue;
    }
    comparable = true;
    if (Math.abs(claim.value - value) <= 1) return undefined;
  }
  return comparable ? finding(claim, facts) : undefined;
}

/** Whether the claim's time, told to a year at most, falls on the sources' date. */
function isSameTime(claim: AgeClaim, asOf: DaySpan): boolean {
  return claim.time.length > 0 && claim.time.every((date) => overlaps(date.span, asOf) && date.span.last - date.span.first <= DAYS_IN_YEAR);
}

function finding(claim: AgeClaim, facts: readonly AttributeFact[]): RawFinding {
  const said = facts.map((fact) => `${fact.value}${fact.asOf ? ` ${atDate(fact.asOf)}` : ''} (${sourcesOf(fact.evidence)})`).join(' and ');
  return {
    code: 'age-conflict',
    start: claim.start,
    end: claim.end,
    message: `The sources give ${claim.person.name}'s age as ${said}, not ${claim.value}.`,
    evidence: facts.flatMap((fact) => fact.evidence),
    fixes: [{ title: `Write ${facts[0].value}`, replacement: String(facts[0].value) }],
  };
}
