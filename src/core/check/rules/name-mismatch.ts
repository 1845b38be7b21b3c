// name-mismatch: a given name before a person's surname that the sources never give that person.

import { mismatchFindingAt } from '../name-rules';
import { eachClaim } from './rule';

export const nameMismatch = eachClaim('name-mismatch', (_claims, context) => context.mentions, (mention, context, claims) => mismatchFindingAt(context, mention, claims));
