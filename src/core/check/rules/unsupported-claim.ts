// unsupported-claim: a claim the checker reads (an event's date or place, a title, an age, a home
// town, a quotation) that no source states and no finding contradicts. Off unless asked for, and
// information only: the sources' silence is no conflict.

import type { Rule } from './rule';
import { classifiedClaims } from './support';

export const unsupportedClaim: Rule = {
  code: 'unsupported-claim',
  check(claims, context, findings) {
    for (const claim of classifiedClaims(claims, context, findings)) {
      if (claim.status !== 'unsupported') continue;
      findings.push({ code: 'unsupported-claim', start: claim.start, end: claim.end, message: `No source states ${claim.what}.`, evidence: [], fixes: [] });
    }
  },
};
