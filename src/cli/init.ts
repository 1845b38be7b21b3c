// `crosscheck init SOURCES... --out FACTS.yaml`: draws a fact base from folders and files of .txt and .md documents.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { initFactBase, mergeFactBase, MergeError, type InitDocument } from '../core/init';
import { EXIT_OK, EXIT_USAGE, type Command } from './command';
import { readNamedFile, UnreadableFileError } from './node-files';

const DOCUMENT = /\.(?:txt|md)$/i;

/** The documents under a folder, sorted, without following symbolic links or entering dot-folders and node_modules. */
async function documentsUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await documentsUnder(file)));
    else if (entry.isFile() && DOCUMENT.test(entry.name)) found.push(file);
  }
  return found.sort();
}

async function documentFiles(named: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of named) {
    const stats = await fs.lstat(name).catch(() => undefined);
    if (stats?.isDirectory()) files.push(...(await documentsUnder(name)));
    else files.push(name);
  }
  return [...new Set(files.map((file) => path.resolve(file)))];
}

export const initCommand: Command = {
  name: 'init',
  usage: 'SOURCES... --out FACTS.yaml [--update]',
  summary: 'draw a fact base from folders and files of .txt and .md documents, marking with review: true what a person should check',
  options: [
    { name: 'out', short: 'o', value: 'FILE', description: 'the fact base file to write; source paths in it are relative to its folder' },
    { name: 'force', short: 'f', description: 'overwrite the --out file if it exists' },
    { name: 'update', short: 'u', description: 'add what is new to the existing --out fact base, keeping its entries, edits, comments and order' },
  ],
  async run(args, output) {
    const out = args.options.get('out');
    if (typeof out !== 'string' || args.positionals.length === 0) {
      output.err('crosscheck init: name the documents (files or folders) and the fact base to write: crosscheck init SOURCES... --out FACTS.yaml');
      return EXIT_USAGE;
    }
    const update = args.options.has('update');
    if (update && !existsSync(out)) {
      output.err(`crosscheck init: --update needs an existing fact base, and ${out} does not exist`);
      return EXIT_USAGE;
    }
    if (!update && existsSync(out) && !args.options.has('force')) {
      output.err(`crosscheck init: ${out} exists; --force overwrites it`);
      return EXIT_USAGE;
    }
    const progress = process.stderr.isTTY ? (step: string) => output.err(`crosscheck init: ${step}`) : () => undefined;
    const outFolder = path.dirname(path.resolve(out));
    const documents: InitDocument[] = [];
    try {
      for (const file of await documentFiles(args.positionals)) {
        const read = await readNamedFile(file);
        documents.push({ name: path.relative(outFolder, file).split(path.sep).join('/'), text: read.text });
      }
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      output.err(`crosscheck init: ${error.message}`);
      return EXIT_USAGE;
    }
    if (documents.length === 0) {
      output.err('crosscheck init: no .txt or .md documents found');
      return EXIT_USAGE;
    }
    const outside = documents.filter((document) => document.name.startsWith('../') && path.relative(process.cwd(), path.resolve(outFolder, document.name)).startsWith('..'));
    if (outside.length > 0) {
      output.err(`crosscheck init: ${outside.length} of the documents lie outside the folder of ${out} and the working folder; validate reads a source only from one of them`);
    }
    const result = initFactBase(documents, progress);
    if (!update) {
      await fs.writeFile(out, result.yaml);
      output.out(result.summary);
      return EXIT_OK;
    }
    try {
      const merged = mergeFactBase((await readNamedFile(out)).text, result.factBase);
      await fs.writeFile(out, merged.yaml);
      output.out(`${result.summary}; ${merged.summary} to ${out}`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof MergeError) && !(error instanceof UnreadableFileError)) throw error;
      output.err(`crosscheck init: ${error.message}`);
      return EXIT_USAGE;
    }
  },
};
