// The bundled fact base, its sources and the example drafts, read once for the fuzz suites.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMemoryFileReader, loadFactBase, type FactBase } from '../../../src/core';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export const FACTS_FILE = path.join(ROOT, 'dataset', 'facts.yaml');

export interface Bundled {
  factsYaml: string;
  /** Source texts by absolute path, as the loader resolves them from FACTS_FILE. */
  sources: Map<string, string>;
  /** The example drafts (examples/*.md), where they exist. */
  drafts: string[];
}

let bundled: Bundled | undefined;

export function readBundled(): Bundled {
  if (bundled) return bundled;
  const sourcesDir = path.join(ROOT, 'dataset', 'sources');
  const sources = new Map(
    readdirSync(sourcesDir).map((name) => [path.join(sourcesDir, name), readFileSync(path.join(sourcesDir, name), 'utf8')] as const),
  );
  const examplesDir = path.join(ROOT, 'examples');
  let drafts: string[] = [];
  try {
    drafts = readdirSync(examplesDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(path.join(examplesDir, name), 'utf8'));
  } catch {
    drafts = [];
  }
  bundled = { factsYaml: readFileSync(FACTS_FILE, 'utf8'), sources, drafts };
  return bundled;
}

let loaded: Promise<FactBase> | undefined;

/** The bundled fact base, loaded once. */
export function loadBundledFactBase(): Promise<FactBase> {
  const { factsYaml, sources } = readBundled();
  loaded ??= loadFactBase([{ file: FACTS_FILE, text: factsYaml }], createMemoryFileReader(sources)).then((result) => result.factBase);
  return loaded;
}

/** Every written form of every actor's name. */
export function allNames(factBase: FactBase): string[] {
  return [...factBase.actors.values()].flatMap((actor) => [actor.name, ...actor.spellings.map((s) => s.text), ...actor.shortForms.map((s) => s.text)]);
}
