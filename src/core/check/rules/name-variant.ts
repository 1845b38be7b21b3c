// name-variant: a spelling of a name that fewer sources use than the preferred one.

import { variantFindingAt } from '../name-rules';
import { eachClaim } from './rule';

export const nameVariant = eachClaim('name-variant', (_claims, context) => context.mentions, (mention, context) => variantFindingAt(context, mention));
