// name-misspelled: a capitalised word no source uses that is a known person's name misspelt.

import { checkMisspellings } from '../name-rules';
import type { Rule } from './rule';

export const nameMisspelled: Rule = {
  code: 'name-misspelled',
  check(_claims, context, findings) {
    checkMisspellings(context, findings);
  },
};
