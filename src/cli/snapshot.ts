// `crosscheck snapshot FACTS.yaml ... --out FILE`: loads a fact base and writes it as a snapshot the
// editor starts from. File names are stored relative to the folder of the first fact base file, so
// the snapshot stays valid wherever that folder is installed.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { countProblems, formatProblem, loadFactBase, serializeFactBase } from '../core/factbase';
import type { Command } from './command';
import { nodeFileReader, readFactBaseInputs, UnreadableFileError } from './node-files';

export const snapshotCommand: Command = {
  name: 'snapshot',
  usage: 'FACTS.yaml [FACTS.yaml ...] --out FILE',
  summary: 'load a fact base without errors and write it as a snapshot (JSON) the editor loads at once',
  options: [{ name: 'out', short: 'o', value: 'FILE', description: 'where to write the snapshot' }],
  async run(args, output) {
    const out = args.options.get('out');
    if (args.positionals.length === 0 || typeof out !== 'string') {
      output.err(`crosscheck snapshot: give the fact base files and --out FILE`);
      return 2;
    }
    let inputs;
    try {
      inputs = await readFactBaseInputs(args.positionals);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      output.err(`crosscheck snapshot: ${error.message}`);
      return 2;
    }
    const { factBase, problems } = await loadFactBase(inputs, nodeFileReader());
    const errors = countProblems(problems, 'error');
    if (errors > 0) {
      for (const problem of problems) output.err(formatProblem(problem));
      output.err(`crosscheck snapshot: ${errors} error${errors === 1 ? '' : 's'}; no snapshot written`);
      return 1;
    }
    const folder = path.dirname(path.resolve(args.positionals[0]!));
    const relativeName = (file: string) => path.relative(folder, path.resolve(file)).split(path.sep).join('/');
    const text = serializeFactBase(factBase, relativeName);
    try {
      await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
      await fs.writeFile(out, text);
    } catch (error) {
      output.err(`crosscheck snapshot: cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 2;
    }
    for (const problem of problems) output.out(formatProblem(problem));
    output.out(`wrote ${out} (${Math.round(text.length / 1024)} KB)`);
    return 0;
  },
};
