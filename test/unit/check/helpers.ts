// Checking snippets against the bundled fact base, findings reduced to what the tests compare.
import { checkDraft } from '../../../src/core/check/checker';
import type { CheckOptions, Finding } from '../../../src/core/check/types';
import { bundledFactBase } from '../editor/bundled';

export interface Seen {
  code: string;
  /** The text the finding covers. */
  text: string;
  fixes: string[];
}

export async function check(text: string, options: CheckOptions = {}): Promise<Seen[]> {
  return seen(text, checkDraft(await bundledFactBase(), text, options));
}

export function seen(text: string, findings: Finding[]): Seen[] {
  return findings.map((finding) => ({ code: finding.code, text: text.slice(finding.range.start.offset, finding.range.end.offset), fixes: finding.fixes.map((fix) => fix.replacement) }));
}

/** The findings of one code. */
export async function checkFor(code: string, text: string, options: CheckOptions = {}): Promise<Seen[]> {
  return (await check(text, options)).filter((finding) => finding.code === code);
}
