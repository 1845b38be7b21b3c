// `crosscheck validate [FACTS.yaml ...]`: loads fact base files and reports their problems.
import { promises as fs } from 'node:fs';
import { applyUsesEdits, countProblems, formatProblem, loadFactBase, usesEdits, type FactBase, type FactBaseInput } from '../core/factbase';
import type { Command } from './command';
import { bundledFactBasePath, nodeFileReader, readFactBaseInputs, UnreadableFileError } from './node-files';

export const validateCommand: Command = {
  name: 'validate',
  usage: '[FACTS.yaml ...]',
  summary: 'check fact base files (default: the bundled dataset/facts.yaml) and print their problems; --fix rewrites wrong uses counts',
  options: [{ name: 'fix', description: "rewrite each spelling's uses to the counts its sources have, leaving the rest of the file as it is" }],
  async run(args, output) {
    const files = args.positionals.length > 0 ? args.positionals : [bundledFactBasePath()];
    let inputs;
    try {
      inputs = await readFactBaseInputs(files);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      output.err(`crosscheck validate: ${error.message}`);
      return 2;
    }
    let { factBase, problems } = await loadFactBase(inputs, nodeFileReader());
    if (args.options.has('fix') && countProblems(problems, 'error') === 0) {
      const fixed = await fixUses(inputs, factBase, output);
      if (fixed) ({ factBase, problems } = await loadFactBase(await readFactBaseInputs(files), nodeFileReader()));
    }
    for (const problem of problems) output.out(formatProblem(problem));
    const errors = countProblems(problems, 'error');
    if (errors > 0) {
      const warnings = countProblems(problems, 'warning');
      output.out(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
      return 1;
    }
    output.out(summarize(factBase, problems.some((problem) => problem.code === 'quote-not-found')));
    return 0;
  },
};

/** Writes the real uses counts into each file whose counts differ; whether any file changed. */
async function fixUses(inputs: readonly FactBaseInput[], factBase: FactBase, output: { out(line: string): void }): Promise<boolean> {
  let changed = false;
  for (const input of inputs) {
    const edits = usesEdits(input.text, input.file, factBase);
    if (edits.length === 0) continue;
    await fs.writeFile(input.file, applyUsesEdits(input.text, edits));
    output.out(`${input.file}: the uses of ${plural(edits.length, 'spelling')} set to the counts in the sources`);
    changed = true;
  }
  return changed;
}

/** "42 actors (30 persons, 8 organisations, 4 places), 6 events, 5 sources, 80 facts, 120 quotes, all quotes verified". */
export function summarize(factBase: FactBase, quotesMissing: boolean): string {
  const actors = [...factBase.actors.values()];
  const ofType = (type: string) => actors.filter((actor) => actor.type === type).length;
  const events = [...factBase.events.values()];
  const disagreements = [...factBase.disagreements.values()];
  const evidenceLists = [
    ...actors.flatMap((actor) => [actor.evidence, ...actor.titles.map((title) => title.evidence), ...actor.attributes.map((attribute) => attribute.evidence)]),
    ...events.map((event) => event.evidence),
    ...disagreements.flatMap((disagreement) => disagreement.claims.map((claim) => claim.evidence)),
  ];
  const evidence = evidenceLists.flat();
  // A fact is a statement the sources make: a title, an attribute, an event or a disputed claim.
  const facts = actors.reduce((sum, actor) => sum + actor.titles.length + actor.attributes.length, 0) + events.length + disagreements.reduce((sum, d) => sum + d.claims.length, 0);
  const verified = evidence.filter((item) => item.passage).length;
  return [
    `${plural(actors.length, 'actor')} (${plural(ofType('person'), 'person')}, ${plural(ofType('organisation'), 'organisation')}, ${plural(ofType('place'), 'place')})`,
    plural(events.length, 'event'),
    plural(factBase.sources.size, 'source'),
    plural(facts, 'fact'),
    plural(evidence.length, 'quote'),
    !quotesMissing && verified === evidence.length ? 'all quotes verified' : `${verified} quotes verified`,
  ].join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
