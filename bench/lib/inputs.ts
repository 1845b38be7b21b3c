// The benchmark's inputs, built deterministically from fixed seeds and written to a temporary folder
// for the runs that need files (the CLI, cspell, the memory probe).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FactBase } from '../../src/core/factbase/types';
import { buildDraft, prepareDraftMaterial } from '../generators/draft';
import { buildQuotationDraft } from '../generators/quotations';
import { createRandom } from '../generators/random';
import { generateSyntheticFactBase, type SyntheticSpec } from '../generators/synthetic-factbase';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLED_FACTS = path.join(ROOT, 'dataset', 'facts.yaml');

export const SYNTHETIC_SPEC: SyntheticSpec = { actors: 10_000, spellingsPerActor: 5, events: 5_000, sources: 400, disagreements: 200 };
export const DRAFT_LENGTH = 1024 * 1024;
export const INCREMENTAL_DRAFT_LINES = 10_000;
export const DRAFT_QUOTATIONS = 1_000;

export interface BenchInputs {
  dir: string;
  largeDraft: { file: string; text: string };
  longDraft: { file: string; text: string };
  /** A 1 MB draft quoting the bundled sources DRAFT_QUOTATIONS times, some quotations altered. */
  quotationDraft: { text: string; quotations: number; altered: number };
  synthetic: { file: string; yaml: string; names: string[]; sourceCount: number; sourceCharacters: number };
  seedTexts: { examples: number; sources: number };
}

/** The example drafts and the source documents: the prose the large drafts are made of. */
export function readSeedTexts(): { examples: string[]; sources: string[] } {
  const readAll = (dir: string, extension: string) => {
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort()
        .map((name) => readFileSync(path.join(dir, name), 'utf8'));
    } catch {
      return [];
    }
  };
  return { examples: readAll(path.join(ROOT, 'examples'), '.md'), sources: readAll(path.join(ROOT, 'dataset', 'sources'), '.txt') };
}

/** What the generated drafts are made of: the bundled fact base's names and events, and the seed texts' paragraphs. */
function draftMaterial(bundled: FactBase, seeds: { examples: string[]; sources: string[] }) {
  return prepareDraftMaterial(bundled, [...seeds.examples, ...seeds.sources]);
}

export function buildInputs(dir: string, bundled: FactBase): BenchInputs {
  const seeds = readSeedTexts();
  const material = draftMaterial(bundled, seeds);
  const largeText = buildDraft(createRandom(1), material, { targetLength: DRAFT_LENGTH });
  const longText = buildDraft(createRandom(2), material, { targetLines: INCREMENTAL_DRAFT_LINES });
  const quotationDraft = buildQuotationDraft(createRandom(4), bundled, material, { targetLength: DRAFT_LENGTH, quotations: DRAFT_QUOTATIONS });

  const synthetic = generateSyntheticFactBase(createRandom(3), SYNTHETIC_SPEC);
  const syntheticDir = path.join(dir, 'synthetic');
  for (const [relative, text] of synthetic.sources) {
    mkdirSync(path.dirname(path.join(syntheticDir, relative)), { recursive: true });
    writeFileSync(path.join(syntheticDir, relative), text);
  }
  const syntheticFile = path.join(syntheticDir, 'synthetic.facts.yaml');
  writeFileSync(syntheticFile, synthetic.yaml);

  const largeFile = path.join(dir, 'large-draft.md');
  const longFile = path.join(dir, 'long-draft.md');
  writeFileSync(largeFile, largeText);
  writeFileSync(longFile, longText);
  return {
    dir,
    largeDraft: { file: largeFile, text: largeText },
    longDraft: { file: longFile, text: longText },
    quotationDraft,
    synthetic: {
      file: syntheticFile,
      yaml: synthetic.yaml,
      names: synthetic.names,
      sourceCount: synthetic.sources.size,
      sourceCharacters: [...synthetic.sources.values()].reduce((sum, text) => sum + text.length, 0),
    },
    seedTexts: { examples: seeds.examples.length, sources: seeds.sources.length },
  };
}

/** Drafts of the given sizes, written to `dir`, made like the large draft: the same prose at every size, for tools compared side by side. */
export function buildSizedDrafts(dir: string, bundled: FactBase, sizes: readonly { label: string; characters: number }[]) {
  const material = draftMaterial(bundled, readSeedTexts());
  return sizes.map(({ label, characters }) => {
    const file = path.join(dir, `draft-${label.replace(/\s+/g, '')}.md`);
    const text = buildDraft(createRandom(1), material, { targetLength: characters });
    writeFileSync(file, text);
    return { label, file, characters: text.length };
  });
}

/** One line of a long draft changed as a writer would: a name respelled or a date moved. */
export function editOneLine(text: string, lineNumber: number, variant: number): string {
  const lines = text.split('\n');
  const line = lines[lineNumber];
  const edits = [
    (l: string) => l.replace(/\b(\d{4})\b/, (year) => String(Number(year) + 1)),
    (l: string) => l.replace(/([a-z])([a-z])\b/, '$2$1'),
    (l: string) => `${l} Nothing was confirmed.`,
  ];
  const edited = edits[variant % edits.length](line);
  lines[lineNumber] = edited === line ? `${line} (edited)` : edited;
  return lines.join('\n');
}
