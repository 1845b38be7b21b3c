// date-conflict: a date the draft gives an event that the sources date otherwise.

import type { PartialDate, Precision } from '../../factbase/types';
import type { ClaimContext } from '../claims/context';
import type { EventDateClaim } from '../claims/events';
import { formatLike } from '../date-format';
import type { RawFinding, RawFix } from '../rules';
import { eachClaim } from './rule';
import { atDate, eventAtDate, humanDate, sourcesOf } from './messages';

/** The part of a month a date names ("late October 2023"), said in the message as written. */
const PART_WORD = /^(?:early|mid|late)\b/i;

export const dateConflict = eachClaim('date-conflict', (claims) => claims.dates, dateFinding);

function dateFinding(claim: EventDateClaim, context: ClaimContext): RawFinding | undefined {
  const { event } = claim.event;
  if (claim.agrees || !event.date) return undefined;
  const part = PART_WORD.exec(claim.date.text)?.[0].toLowerCase();
  const written = claim.date.relativeTo
    ? `${midSentence(claim.date.text)} (${humanDate(claim.date.date)})`
    : part && claim.date.date.precision === 'month'
      ? `in ${part} ${humanDate(claim.date.date)}`
      : claim.date.yearStated ? atDate(claim.date.date) : `on ${claim.date.text}`;
  const message = `The sources put ${eventAtDate(context.names, event, event.date)} (${sourcesOf(event.evidence)}), not ${written}`;
  const slipped = claim.yearSlipOf?.event;
  if (slipped?.date) {
    // The likely slip first: the year of another event of the same day, then the nearest event's date.
    return {
      code: 'date-conflict',
      start: claim.start,
      end: claim.end,
      message: `${message}; they put ${eventAtDate(context.names, slipped, slipped.date)} (${sourcesOf(slipped.evidence)}), the same ${slipped.date.precision} in another year.`,
      evidence: [...slipped.evidence, ...event.evidence],
      fixes: [fixTo(claim, slipped.date), fixTo(claim, event.date)],
    };
  }
  return { code: 'date-conflict', start: claim.start, end: claim.end, message: `${message}.`, evidence: event.evidence, fixes: [fixTo(claim, event.date)] };
}

/** The fix writing the event's date in place of the draft's, as precisely and in the format the draft wrote it. */
function fixTo(claim: EventDateClaim, date: PartialDate): RawFix {
  const shown = coarsened(date, claim.date.date.precision);
  // A date written relative to another ("yesterday", "on Monday") is mended with the date itself.
  const replacement = claim.date.relativeTo ? `${/^on\b/i.test(claim.date.text) ? 'on ' : ''}${humanDate(shown)}` : formatLike(claim.date.text, shown);
  return { title: `Write “${replacement}”`, replacement };
}

/** The date told no more precisely than the draft wrote its own: "January 2024" for "January 2025". */
function coarsened(date: PartialDate, precision: Precision): PartialDate {
  if (precision === 'year' || date.precision === 'year') return { year: date.year, precision: 'year' };
  if (precision === 'month' || date.precision === 'month') return { year: date.year, month: date.month, precision: 'month' };
  return date;
}

/** A date's words as they read inside a sentence: "Last Monday" opening the draft's is "last Monday" in a message. */
function midSentence(words: string): string {
  return /^(?:Last|This|Next|On|Yesterday|Today|Tomorrow|Earlier|Later|Two|Three|A)\b/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
