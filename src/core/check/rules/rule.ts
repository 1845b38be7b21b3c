// One finding code, one rule: what it reads of a block's claims and how it verifies them against
// the sources. The registry (index.ts) lists every rule; adding a code adds a rule there.

import type { ClaimContext } from '../claims/context';
import type { BlockClaims } from '../claims/read';
import type { RawFinding } from '../rules';
import type { FindingCode } from '../types';

export interface Rule {
  readonly code: FindingCode;
  /** Adds the findings of one block to `findings`. */
  check(claims: BlockClaims, context: ClaimContext, findings: RawFinding[]): void;
}

/** A rule that verifies each claim of one kind on its own: `verify` gives the finding a claim makes, if any. */
export function eachClaim<Claim>(
  code: FindingCode,
  claimsOf: (claims: BlockClaims, context: ClaimContext) => readonly Claim[],
  verify: (claim: Claim, context: ClaimContext, claims: BlockClaims) => RawFinding | undefined,
): Rule {
  return {
    code,
    check(claims, context, findings) {
      for (const claim of claimsOf(claims, context)) {
        const finding = verify(claim, context, claims);
        if (finding) findings.push(finding);
      }
    },
  };
}
