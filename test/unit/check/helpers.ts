// Checking snippets against the bundled fact base, or one init draws from a few sources, findings reduced to what the tests compare.
import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import type { CheckOptions, Finding } from '../../../src/core/check/types';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';
import { initFactBase } from '../../../src/core/init';
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

/** The texts the findings of one code cover. */
export async function textsFor(code: string, text: string, options: CheckOptions = {}): Promise<string[]> {
  return (await checkFor(code, text, options)).map((finding) => finding.text);
}

/** The fact base init draws from the sources (`sources/s0.txt`, … in order), loaded as a user's would be. */
export async function factBaseFromSources(...sources: string[]): Promise<FactBase> {
  const documents = sources.map((text, i) => ({ name: `sources/s${i}.txt`, text }));
  const { yaml } = initFactBase(documents);
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: yaml }], createMemoryFileReader(new Map(documents.map((document) => [`/f/${document.name}`, document.text]))));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

/** The draft's findings against the fact base init draws from the sources. */
export async function checkAgainstSources(sources: readonly string[], text: string): Promise<Seen[]> {
  return seen(text, checkDraft(await factBaseFromSources(...sources), text));
}
