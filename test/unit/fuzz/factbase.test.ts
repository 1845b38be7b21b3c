// Fuzzing the loader with mutated fact bases: nothing escapes it, every place it reports lies in
// the file it names, no key pollutes Object.prototype, each load takes at most a few times what the
// bundled fact base takes for its length, and the checker runs on whatever loaded.
import * as assert from 'node:assert/strict';
import { checkDraft, createMemoryFileReader, loadFactBase, type FactBase, type FactBaseInput, type FileRange, type LoadResult } from '../../../src/core';
import type { Random } from '../../../bench/generators/random';
import { readBundled, FACTS_FILE } from './bundled';
import { fuzz, fuzzTimeout, nearOrdinaryTimeAwaited, shrinkText } from './harness';
import { parse } from 'yaml';
import { mutateFactBase, randomMutation, smallFactBase, type FactBaseMutation } from './hostile-factbase';
import { randomUnicode } from './hostile-text';
import { assertFindingsInside, FileOracles } from './invariants';

interface FactBaseCase {
  mutation: FactBaseMutation;
  /** A draft checked against whatever loaded. */
  draft: string;
  yaml: string;
  /** A second fact base file loaded with the first. */
  second?: string;
  sources: Map<string, string>;
}

const SECOND_FILE = FACTS_FILE.replace(/facts\.yaml$/, 'more.facts.yaml');

describe('fuzz: fact base loader', () => {
  it('survives mutated fact bases and reports places inside the files', async () => {
    const { factsYaml, sources, drafts } = readBundled();
    const parsed = parse(factsYaml) as Record<string, unknown>;
    const baseOf = (random: Random) => (random.chance(0.9) ? smallFactBase(random, parsed) : factsYaml);
    // The bundled fact base, loaded and checked against the first example draft, is the ordinary input.
    const bundledLimit = await nearOrdinaryTimeAwaited(() => checkLoad({ mutation: 'text-mutation', draft: drafts[0] ?? '', yaml: factsYaml, sources }), 10);
    await fuzz<FactBaseCase>('mutated fact bases', {
      cases: 700,
      generate: (random) => {
        const mutation = randomMutation(random);
        return {
          mutation,
          draft: drafts.length ? random.pick(drafts) : '',
          yaml: mutateFactBase(random, baseOf(random), mutation),
          second: random.chance(0.15) ? mutateFactBase(random, baseOf(random), randomMutation(random)) : undefined,
          sources: random.chance(0.2) ? mutateSources(random, sources) : sources,
        };
      },
      check: checkLoad,
      shrink: function* (input) {
        for (const yaml of shrinkText(input.yaml)) yield { ...input, yaml, second: undefined };
      },
      timeLimitMs: (input) => bundledLimit * Math.max(1, (input.yaml.length + (input.second?.length ?? 0)) / factsYaml.length),
      describe: (input) => `${input.mutation}: ${JSON.stringify(input.yaml.length > 4000 ? input.yaml.slice(0, 2000) + ' … ' + input.yaml.slice(-2000) : input.yaml)} (${input.yaml.length} chars)${input.second ? ' + a second file' : ''}`,
    });
  }).timeout(fuzzTimeout(13_000));

  it('handles the inputs fuzzing once broke it with, in bounded time', async () => {
    const { sources } = readBundled();
    const found = [
      // A YAML error ending on the next line was placed past the end of the first.
      '""4\n-',
      // Unclosed and closed deep flow nesting took seconds and gave a varying number of problems.
      `version: 1\nextra: ${'['.repeat(20_000)}1\n`,
      `version: 1\nextra: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`,
    ];
    for (const yaml of found) {
      const started = process.cpuUsage();
      await checkLoad({ mutation: 'text-mutation', draft: '', yaml, sources });
      const used = process.cpuUsage(started);
      assert.ok((used.user + used.system) / 1000 < 500, `${JSON.stringify(yaml.slice(0, 40))} took ${(used.user + used.system) / 1000} ms of CPU`);
    }
  });
});

async function checkLoad(input: FactBaseCase): Promise<void> {
  const inputs: FactBaseInput[] = [{ file: FACTS_FILE, text: input.yaml }];
  if (input.second !== undefined) inputs.push({ file: SECOND_FILE, text: input.second });
  const result = await loadFactBase(inputs, createMemoryFileReader(input.sources));
  assertNoPollution();
  const files = new Map<string, string>([...input.sources, ...inputs.map((i) => [i.file, i.text] as const)]);
  assertPlaces(result, new FileOracles(files));
  const sourceTexts = new Map([...result.factBase.sources.values()].map((source) => [source.resolvedFile, source.text]));
  assertFindingsInside(input.draft, checkDraft(result.factBase, input.draft), new FileOracles(sourceTexts));
}

export function assertNoPollution(): void {
  const probe: Record<string, unknown> = {};
  assert.equal(probe.polluted, undefined, 'Object.prototype was polluted');
  assert.equal(probe.id, undefined, 'Object.prototype was polluted');
}

function assertPlaces(result: LoadResult, oracles: FileOracles): void {
  for (const [index, problem] of result.problems.entries()) {
    const label = `problem ${index} (${problem.code}: ${problem.message.slice(0, 120)})`;
    oracles.get(problem.file, label).assertLineColumnSpan(problem, label);
  }
  for (const [label, range] of rangesOf(result.factBase)) oracles.get(range.file, label).assertRange(range, label);
}

/** Every FileRange the loaded fact base holds, with a label saying whose it is. */
function* rangesOf(factBase: FactBase): Iterable<[string, FileRange]> {
  const withEvidence = function* (owner: string, item: { at: FileRange; evidence: { at: FileRange; passage?: FileRange }[] }) {
    yield [owner, item.at] as [string, FileRange];
    for (const [index, evidence] of item.evidence.entries()) {
      yield [`${owner} evidence ${index}`, evidence.at] as [string, FileRange];
      if (evidence.passage) yield [`${owner} evidence ${index} passage`, evidence.passage] as [string, FileRange];
    }
  };
  for (const source of factBase.sources.values()) yield [`source ${source.id}`, source.at];
  for (const actor of factBase.actors.values()) {
    yield* withEvidence(`actor ${actor.id}`, actor);
    for (const spelling of [...actor.spellings, ...actor.shortForms]) yield [`actor ${actor.id} spelling ${spelling.text}`, spelling.at];
    for (const [index, title] of actor.titles.entries()) yield* withEvidence(`actor ${actor.id} title ${index}`, title);
    for (const [index, attribute] of actor.attributes.entries()) yield* withEvidence(`actor ${actor.id} attribute ${index}`, attribute);
  }
  for (const event of factBase.events.values()) yield* withEvidence(`event ${event.id}`, event);
  for (const disagreement of factBase.disagreements.values()) {
    yield [`disagreement ${disagreement.id}`, disagreement.at];
    for (const [index, claim] of disagreement.claims.entries()) {
      yield* withEvidence(`disagreement ${disagreement.id} claim ${index}`, { at: disagreement.at, evidence: claim.evidence });
    }
  }
}

/** Sources gone missing, emptied, replaced by noise or grown huge. */
function mutateSources(random: Random, sources: Map<string, string>): Map<string, string> {
  const mutated = new Map(sources);
  const file = random.pick([...mutated.keys()]);
  switch (random.int(0, 3)) {
    case 0:
      mutated.delete(file);
      break;
    case 1:
      mutated.set(file, '');
      break;
    case 2:
      mutated.set(file, randomUnicode(random, random.int(1, 5000)));
      break;
    default:
      mutated.set(file, mutated.get(file)!.repeat(random.int(2, 50)));
  }
  return mutated;
}
