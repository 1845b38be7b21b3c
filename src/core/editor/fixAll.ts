// "Fix all": the preferred fix of every finding, as edits that never overlap.
import type { DraftRange, Finding, FindingCode } from '../check/types';

export interface Replacement {
  range: DraftRange;
  text: string;
}

/** The first fix of each finding (of one code, when given), in text order, skipping any that overlap. */
export function fixAllReplacements(findings: readonly Finding[], code?: FindingCode): Replacement[] {
  const replacements = findings
    .filter((finding) => (code === undefined || finding.code === code) && finding.fixes.length > 0)
    .map((finding) => {
      const fix = finding.fixes[0]!;
      return { range: fix.range ?? finding.range, text: fix.replacement };
    })
    .sort((a, b) => a.range.start.offset - b.range.start.offset);
  const kept: Replacement[] = [];
  for (const replacement of replacements) {
    const last = kept[kept.length - 1];
    if (last && replacement.range.start.offset < last.range.end.offset) continue;
    kept.push(replacement);
  }
  return kept;
}
