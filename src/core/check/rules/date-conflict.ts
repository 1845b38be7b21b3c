// date-conflict: a date the draft gives an event that the sources date otherwise.

import type { PartialDate, Precision } from '../../factbase/types';
import type { ClaimContext } from '../claims/context';
import type { EventDateClaim } from '../claims/events';
import { formatLike } from '../date-format';
import type { RawFinding } from '../rules';
import { eachClaim } from './rule';
import { atDate, eventName, humanDate, sourcesOf } from './messages';

export const dateConflict = eachClaim('date-conflict', (claims) => claims.dates, dateFinding);

function dateFinding(claim: EventDateClaim, context: ClaimContext): RawFinding | undefined {
  const { event } = claim.event;
  if (claim.agrees || !event.date) return undefined;
  const shown = coarsened(event.date, claim.date.date.precision);
  // A date written relative to another ("yesterday", "on Monday") is mended with the date itself.
  const replacement = claim.date.relativeTo ? `${/^on\b/i.test(claim.date.text) ? 'on ' : ''}${humanDate(shown)}` : formatLike(claim.date.text, shown);
  const written = claim.date.relativeTo ? `${claim.date.text} (${humanDate(claim.date.date)})` : claim.date.yearStated ? atDate(claim.date.date) : `on ${claim.date.text}`;
  return {
    code: 'date-conflict',
    start: claim.start,
    end: claim.end,
    message: `The sources put ${eventName(context.names, event)} ${atDate(event.date)} (${sourcesOf(event.evidence)}), not ${written}.`,
    evidence: event.evidence,
    fixes: [{ title: `Write “${replacement}”`, replacement }],
  };
}

/** The date told no more precisely than the draft wrote its own: "January 2024" for "January 2025". */
function coarsened(date: PartialDate, precision: Precision): PartialDate {
  if (precision === 'year' || date.precision === 'year') return { year: date.year, precision: 'year' };
  if (precision === 'month' || date.precision === 'month') return { year: date.year, month: date.month, precision: 'month' };
  return date;
}
