// Every finding rule, in the order their findings are listed for one place of a draft.
// unsupported-claim comes last: it reads the findings of the rules before it.

import { ageConflict } from './age-conflict';
import { citationUnsupported } from './citation-unsupported';
import { dateConflict } from './date-conflict';
import { nameMismatch } from './name-mismatch';
import { nameMisspelled } from './name-misspelled';
import { nameVariant } from './name-variant';
import { placeConflict } from './place-conflict';
import { quoteMismatch } from './quote-mismatch';
import { roleConflict } from './role-conflict';
import { unknownSource } from './unknown-source';
import { unsupportedClaim } from './unsupported-claim';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [dateConflict, nameVariant, nameMisspelled, nameMismatch, roleConflict, ageConflict, placeConflict, quoteMismatch, unknownSource, citationUnsupported, unsupportedClaim];
