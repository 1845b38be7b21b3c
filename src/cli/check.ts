// `crosscheck check [--facts FILE,...] [--format text|json|sarif] [--max-warnings N] [--allow-too-large] [--fix | --fix-dry-run] [--coverage] FILES_FOLDERS_OR_GLOBS...`
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createDraftChecker, type DraftChecker } from '../core/check/checker';
import type { CheckOptions, Finding } from '../core/check/types';
import { citedShare, describeClaimKinds, describeCoverage, type Coverage } from '../core/check/coverage';
import { checkOptionsOf, CONFIG_FILE_NAME, parseConfig, type WorkspaceConfig } from '../core/config';
import { countProblems, formatProblem, loadFactBase, type FactBase } from '../core/factbase';
import { fixAllReplacements } from '../core/editor/fixAll';
import { expandGlob, isGlob } from './globs';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type Command, type CommandOutput } from './command';
import { bundledFactBasePath, nodeFileReader, readFactBaseInputs, readNamedFile, UnreadableFileError } from './node-files';
import { toSarif, type FileFindings, type UncheckedDraft } from './sarif';
import { realPathOf } from '../node/regular-files';
import { isInside } from '../core/paths';

const FORMATS = ['text', 'json', 'sarif'];

export const checkCommand: Command = {
  name: 'check',
  usage: '[options] FILES_FOLDERS_OR_GLOBS...',
  summary: 'check Markdown drafts against the fact base and print what conflicts with the sources',
  options: [
    { name: 'facts', value: 'FILE,...', description: `fact base files, comma-separated (default: ${CONFIG_FILE_NAME}'s, else the bundled one)` },
    { name: 'format', value: 'FORMAT', description: 'text (default), json or sarif' },
    { name: 'max-warnings', value: 'N', description: 'fail only when there are more than N warnings' },
    { name: 'allow-too-large', description: 'do not fail because a draft is larger than maxDraftSize (it is still not checked)' },
    { name: 'fix', description: 'apply every quick fix that is the only one its finding offers, in place, and report what is left' },
    { name: 'fix-dry-run', description: 'print those fixes as a unified diff, changing nothing' },
    { name: 'coverage', description: 'also print per draft the claims found, how many a source supports, contradicts or leaves unsupported, and the share of sentences citing a source' },
  ],
  async run(args, output) {
    const format = stringOption(args.options.get('format')) ?? 'text';
    const maxWarningsText = stringOption(args.options.get('max-warnings'));
    const maxWarnings = maxWarningsText === undefined ? 0 : Number(maxWarningsText);
    if (!FORMATS.includes(format)) return usage(output, `--format must be one of ${FORMATS.join(', ')}`);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usage(output, '--max-warnings needs a whole number of 0 or more');
    if (args.positionals.length === 0) return usage(output, 'name the drafts to check (files, folders or globs such as "reports/**/*.md")');
    const factsOption = stringOption(args.options.get('facts'));
    const factFiles = factsOption?.split(',').map((file) => file.trim()).filter((file) => file !== '');
    if (factFiles?.length === 0) return usage(output, '--facts names no file: give the fact base files, comma-separated');

    const setup = await loadSetup(factFiles, output);
    if (!setup) return EXIT_USAGE;
    const { drafts, missing } = await draftFiles(args.positionals, output);
    const checker = createDraftChecker(setup.factBase, { ...setup.options, coverage: args.options.has('coverage') });
    const checked = await checkFiles(drafts, checker, { maxDraftSize: setup.maxDraftSize, allowTooLarge: args.options.has('allow-too-large') }, output);
    const { unchecked, unreadable } = checked;
    let { results } = checked;
    if (args.options.has('fix-dry-run')) {
      for (const result of results) printDiff(result.file, checked.texts.get(result.file)!, fixedText(checked.texts.get(result.file)!, result.findings).text, output);
    } else if (args.options.has('fix')) {
      results = await applyFixes(results, checked.texts, drafts, checker, output);
    }
    print(format, results, unchecked, checked.coverage, output);
    if (unreadable + missing > 0) return EXIT_USAGE;
    const all = results.flatMap((result) => result.findings);
    const errors = all.filter((finding) => finding.severity === 'error').length;
    const warnings = all.filter((finding) => finding.severity === 'warning').length;
    const failing = errors > 0 || (maxWarningsText === undefined ? warnings > 0 : warnings > maxWarnings) || unchecked.some((draft) => draft.failing);
    return failing ? EXIT_PROBLEMS : EXIT_OK;
  },
};

export interface CheckedFiles {
  results: FileFindings[];
  /** Each checked draft's text, by its display path. */
  texts: Map<string, string>;
  unchecked: UncheckedDraft[];
  /** How many drafts could not be read, each reported. */
  unreadable: number;
  /** Each checked draft's coverage, by its display path, when the checker works it out. */
  coverage: Map<string, Coverage>;
}

/**
 * Reads and checks each draft. One the checker fails on is told as not checked, and the others'
 * findings stand; so does a draft larger than maxDraftSize, which fails the check unless allowed.
 */
export async function checkFiles(drafts: readonly string[], checker: Pick<DraftChecker, 'check' | 'coverage'>, limits: { maxDraftSize?: number; allowTooLarge: boolean }, output: CommandOutput): Promise<CheckedFiles> {
  const checked: CheckedFiles = { results: [], texts: new Map(), unchecked: [], unreadable: 0, coverage: new Map() };
  for (const file of drafts) {
    let text: string;
    try {
      ({ text } = await readNamedFile(file));
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      output.err(`crosscheck check: ${error.message}`);
      checked.unreadable++;
      continue;
    }
    if (limits.maxDraftSize !== undefined && text.length > limits.maxDraftSize) {
      const message = `not checked: ${text.length} characters, more than maxDraftSize ${limits.maxDraftSize} in ${CONFIG_FILE_NAME}`;
      checked.unchecked.push({ file: displayPath(file), message, failing: !limits.allowTooLarge });
      continue;
    }
    try {
      checked.results.push({ file: displayPath(file), findings: checker.check(text), sourcePath: displayPath });
      checked.texts.set(displayPath(file), text);
      const coverage = checker.coverage();
      if (coverage) checked.coverage.set(displayPath(file), coverage);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      checked.unchecked.push({ file: displayPath(file), message: `not checked: Crosscheck failed on this draft (${reason})`, failing: true });
    }
  }
  return checked;
}

/** The text with the fix of every finding that offers one fix only, none overlapping another. */
function fixedText(text: string, findings: readonly Finding[]): { text: string; fixes: number } {
  const replacements = fixAllReplacements(findings.filter((finding) => finding.fixes.length === 1));
  let fixed = text;
  for (const replacement of [...replacements].reverse()) fixed = fixed.slice(0, replacement.range.start.offset) + replacement.text + fixed.slice(replacement.range.end.offset);
  return { text: fixed, fixes: replacements.length };
}

/** Writes each draft's unambiguous fixes, says what changed, and checks the fixed drafts again. */
async function applyFixes(results: FileFindings[], texts: Map<string, string>, drafts: readonly string[], checker: Pick<DraftChecker, 'check'>, output: CommandOutput): Promise<FileFindings[]> {
  const fileOf = new Map(drafts.map((draft) => [displayPath(draft), draft]));
  const after: FileFindings[] = [];
  for (const result of results) {
    const text = texts.get(result.file)!;
    const fixed = fixedText(text, result.findings);
    if (fixed.text === text) {
      after.push(result);
      continue;
    }
    await fs.writeFile(fileOf.get(result.file)!, fixed.text);
    const findings = checker.check(fixed.text);
    output.err(`crosscheck check: ${result.file}: ${fixed.fixes} fix${fixed.fixes === 1 ? '' : 'es'} applied, ${findings.length} finding${findings.length === 1 ? '' : 's'} left`);
    after.push({ ...result, findings });
  }
  return after;
}

/** A unified diff of the fixes, with two lines of context. */
function printDiff(file: string, before: string, after: string, output: CommandOutput): void {
  if (before === after) return;
  output.out(`--- a/${file}`);
  output.out(`+++ b/${file}`);
  for (const hunk of diffHunks(before.split('\n'), after.split('\n'))) output.out(hunk);
}

const CONTEXT_LINES = 2;

/** Hunks of changed lines: the fixes change words within lines, so both sides have the same lines but for the changed ones. */
function diffHunks(before: string[], after: string[]): string[] {
  if (before.length !== after.length) return [`@@ -1,${before.length} +1,${after.length} @@`, ...before.map((line) => `-${line}`), ...after.map((line) => `+${line}`)];
  const changed = before.map((line, i) => line !== after[i]);
  const lines: string[] = [];
  for (let i = 0; i < before.length; ) {
    if (!changed[i]) {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT_LINES);
    let end = i;
    while (end < before.length && changed.slice(end, end + CONTEXT_LINES * 2 + 1).some(Boolean)) end++;
    end = Math.min(before.length, end + CONTEXT_LINES);
    const hunk: string[] = [];
    for (let j = start; j < end; j++) {
      if (changed[j]) hunk.push(`-${before[j]}`, `+${after[j]}`);
      else hunk.push(` ${before[j]}`);
    }
    lines.push(`@@ -${start + 1},${end - start} +${start + 1},${end - start} @@`, ...hunk);
    i = end;
  }
  return lines;
}

function stringOption(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function usage(output: CommandOutput, message: string): number {
  output.err(`crosscheck check: ${message}`);
  return EXIT_USAGE;
}

interface Setup {
  factBase: FactBase;
  options: CheckOptions;
  maxDraftSize?: number;
}

/** The fact base and options: from --facts, else from .crosscheck.yaml in the working folder, else the bundled fact base. */
async function loadSetup(factsOption: string[] | undefined, output: CommandOutput): Promise<Setup | undefined> {
  let config: WorkspaceConfig | undefined;
  let factFiles = factsOption;
  try {
    if (existsSync(CONFIG_FILE_NAME)) {
      const parsed = parseConfig((await readNamedFile(CONFIG_FILE_NAME)).text, path.resolve(CONFIG_FILE_NAME));
      for (const problem of parsed.problems) output.err(formatProblem({ ...problem, file: CONFIG_FILE_NAME }));
      if (parsed.problems.some((problem) => problem.severity === 'error')) return undefined;
      config = parsed.config;
      // Relative to the folder of .crosscheck.yaml; an absolute path stands as it is.
      if (!factFiles && config.factBase.length > 0) {
        factFiles = config.factBase.map((file) => path.resolve(path.dirname(CONFIG_FILE_NAME), file));
        const outside = await linkedOutside(factFiles, process.cwd());
        if (outside) {
          output.err(`${CONFIG_FILE_NAME}: error: factBase "${outside}" is a link to a file outside this folder; a fact base named here must be inside the workspace (name one elsewhere on the command line with --facts) [config]`);
          return undefined;
        }
      }
    }
    const inputs = await readFactBaseInputs(factFiles ?? [bundledFactBasePath()]);
    const { factBase, problems } = await loadFactBase(inputs, nodeFileReader());
    const errors = countProblems(problems, 'error');
    if (errors > 0) {
      for (const problem of problems) output.err(formatProblem(problem));
      output.err(`crosscheck check: the fact base has ${errors} error(s); run "crosscheck validate" on it`);
      return undefined;
    }
    return { factBase, options: config ? checkOptionsOf(config) : {}, maxDraftSize: config?.maxDraftSize };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    output.err(`crosscheck check: ${error.message}`);
    return undefined;
  }
}

/** The first of the files whose links lead outside the folder, if any does. */
async function linkedOutside(files: readonly string[], folder: string): Promise<string | undefined> {
  const realFolder = (await realPathOf(folder)) ?? folder;
  for (const file of files) {
    const real = await realPathOf(file);
    if (real !== undefined && !isInside(realFolder, real)) return path.relative(folder, file);
  }
  return undefined;
}

/**
 * The draft files named, globs expanded, each once however it is written. Each glob that matches
 * nothing and each missing file is reported; what folders and globs pass over is noted.
 */
async function draftFiles(patterns: string[], output: CommandOutput): Promise<{ drafts: string[]; missing: number }> {
  const drafts = new Map<string, string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!drafts.has(key)) drafts.set(key, file);
  };
  let missing = 0;
  for (const pattern of patterns) {
    const folder = !isGlob(pattern) && (await isFolder(pattern));
    if (!isGlob(pattern) && !folder) {
      add(pattern);
      continue;
    }
    // A folder stands for the Markdown drafts anywhere under it.
    const matches = folder ? await expandGlob(`${pattern.replace(/[\\/]+$/, '')}/**/*`, process.cwd()) : await expandGlob(pattern, process.cwd());
    const files = folder ? matches.files.filter((file) => MARKDOWN_FILE.test(file)) : matches.files;
    const links = folder ? matches.links.filter((file) => MARKDOWN_FILE.test(file)) : matches.links;
    if (files.length === 0) {
      output.err(folder ? `crosscheck check: no Markdown file (.md, .markdown) in ${pattern}` : `crosscheck check: no file matches ${pattern}`);
      missing++;
    }
    if (links.length > 0) output.err(`crosscheck check: note: not checked, as symbolic links are not followed: ${listed(links)} (name a link to check it)`);
    if (matches.folders.length > 0) output.err(`crosscheck check: note: not looked into: ${listed(matches.folders)} (name a folder to check its drafts)`);
    files.forEach(add);
  }
  return { drafts: [...drafts.values()], missing };
}

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** The first few names, and how many more. */
function listed(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** Relative to the working folder when inside it, always with forward slashes. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/');
}

function print(format: string, results: FileFindings[], unchecked: UncheckedDraft[], coverage: Map<string, Coverage>, output: CommandOutput): void {
  if (format === 'sarif') {
    output.out(JSON.stringify(toSarif(results, unchecked), null, 2));
    return;
  }
  if (format === 'json') {
    const findings = results.flatMap(({ file, findings }) => findings.map((finding) => jsonFinding(file, finding)));
    const notChecked = unchecked.map(({ file, message, failing }) => ({ file, line: 1, column: 1, severity: failing ? 'error' : 'warning', message }));
    const drafts = coverage.size > 0 ? { coverage: [...coverage].map(([file, each]) => ({ file, ...each, citedShare: citedShare(each) })) } : {};
    output.out(JSON.stringify({ findings, notChecked, ...drafts }, null, 2));
    return;
  }
  for (const { file, findings } of results) {
    for (const finding of findings) output.out(`${file}:${finding.range.start.line}:${finding.range.start.column}: ${finding.severity} ${finding.code} ${finding.message}`);
  }
  for (const { file, message, failing } of unchecked) output.out(`${file}:1:1: ${failing ? 'error' : 'warning'} not-checked ${message}`);
  for (const [file, each] of coverage) output.out(`${file}: coverage: ${describeCoverage(each)} (claims found: ${describeClaimKinds(each)})`);
  output.out(summary(results, unchecked));
}

function jsonFinding(file: string, finding: Finding): object {
  return {
    file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    related: finding.related.map((related) => ({ file: displayPath(related.file), line: related.line, column: related.column, message: related.message })),
    fixes: finding.fixes.map((fix) => {
      const range = fix.range ?? finding.range;
      return { title: fix.title, replacement: fix.replacement, line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column };
    }),
  };
}

function summary(results: FileFindings[], unchecked: UncheckedDraft[]): string {
  const all = results.flatMap((result) => result.findings);
  const count = (severity: string) => all.filter((finding) => finding.severity === severity).length;
  const parts = ['error', 'warning', 'info', 'hint'].filter((severity) => count(severity) > 0).map((severity) => `${count(severity)} ${severity}${count(severity) === 1 ? '' : 's'}`);
  const notChecked = unchecked.length > 0 ? `, ${unchecked.length} not checked` : '';
  const files = `${results.length} draft${results.length === 1 ? '' : 's'} checked${notChecked}`;
  return all.length === 0 ? `${files}, no findings` : `${files}: ${parts.join(', ')}`;
}
