// `npm run accuracy [-- --part dev|test|all] [--misses] [--draft PREFIX,...] [--facts FILE] [--folder DIR]`:
// checks the drafts of test/accuracy/<part>/ (or of DIR) against the bundled fact base (or FILE), and compares the findings with each draft's
// answer key (NAME.key.json: the errors planted in it, each on its own line). Prints recall,
// precision and false positives per code, then every miss and every false positive.
//
// A finding counts for a planted error when it has the same code and covers the error's line. A
// finding on a line with no planted error is a false positive, except a name-variant hint: a
// variant is a spelling some source uses, so writing it is no error and the hint is listed apart.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../src/core/check/checker';
import { FINDING_CODES, type Finding, type FindingCode } from '../../src/core/check/types';
import { loadFactBase, type FactBase } from '../../src/core/factbase';
import { bundledFactBasePath, nodeFileReader, readFactBaseInputs } from '../../src/cli/node-files';

interface PlantedError {
  line: number;
  code: FindingCode;
  wrong: string;
  source: string;
  quote: string;
  why: string;
}

interface AnswerKey {
  style: string;
  errors: PlantedError[];
}

interface DraftResult {
  name: string;
  style: string;
  planted: PlantedError[];
  caught: PlantedError[];
  missed: { error: PlantedError; otherCodes: FindingCode[] }[];
  falsePositives: Finding[];
  variantHints: Finding[];
  findings: Finding[];
}

const PARTS = ['dev', 'test'] as const;

function argumentValue(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function draftsOf(part: string): string[] {
  const folder = path.resolve(__dirname, part);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name));
}

function lineOf(finding: Finding, line: number): boolean {
  return finding.range.start.line <= line && line <= finding.range.end.line;
}

function scoreDraft(factBase: FactBase, file: string): DraftResult {
  const text = readFileSync(file, 'utf8');
  const key = JSON.parse(readFileSync(file.replace(/\.md$/, '.key.json'), 'utf8')) as AnswerKey;
  const findings = checkDraft(factBase, text);
  const plantedLines = new Set(key.errors.map((error) => error.line));
  const caught: PlantedError[] = [];
  const missed: DraftResult['missed'] = [];
  for (const error of key.errors) {
    const onLine = findings.filter((finding) => lineOf(finding, error.line));
    if (onLine.some((finding) => finding.code === error.code)) caught.push(error);
    else missed.push({ error, otherCodes: onLine.map((finding) => finding.code) });
  }
  const unplanted = findings.filter((finding) => ![...plantedLines].some((line) => lineOf(finding, line)));
  return {
    name: path.basename(file),
    style: key.style,
    planted: key.errors,
    caught,
    missed,
    falsePositives: unplanted.filter((finding) => finding.code !== 'name-variant'),
    variantHints: unplanted.filter((finding) => finding.code === 'name-variant'),
    findings,
  };
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? '-' : (part / whole).toFixed(2);
}

function report(part: string, results: DraftResult[], showMisses: boolean): void {
  const rows = FINDING_CODES.map((code) => {
    const planted = results.flatMap((result) => result.planted).filter((error) => error.code === code).length;
    const caught = results.flatMap((result) => result.caught).filter((error) => error.code === code).length;
    const falsePositives = results.flatMap((result) => result.falsePositives).filter((finding) => finding.code === code).length;
    return { code, planted, caught, falsePositives };
  });
  const planted = rows.reduce((sum, row) => sum + row.planted, 0);
  const caught = rows.reduce((sum, row) => sum + row.caught, 0);
  const falsePositives = rows.reduce((sum, row) => sum + row.falsePositives, 0);
  const hints = results.reduce((sum, result) => sum + result.variantHints.length, 0);
  const clean = results.filter((result) => result.planted.length === 0).length;
  console.log(`\n## ${part}: ${results.length} drafts (${clean} clean), ${new Set(results.map((result) => result.style)).size} styles\n`);
  console.log('| code | planted | caught | recall | false positives | precision |');
  console.log('|---|---|---|---|---|---|');
  for (const row of [...rows, { code: 'all', planted, caught, falsePositives }]) {
    console.log(`| ${row.code} | ${row.planted} | ${row.caught} | ${ratio(row.caught, row.planted)} | ${row.falsePositives} | ${ratio(row.caught, row.caught + row.falsePositives)} |`);
  }
  console.log(`\nFalse positives per 15 drafts: ${((15 * falsePositives) / Math.max(1, results.length)).toFixed(2)}; name-variant hints on unplanted lines (not counted): ${hints}`);
  if (!showMisses) return;
  for (const result of results) {
    for (const { error, otherCodes } of result.missed) {
      const other = otherCodes.length > 0 ? ` [found as ${[...new Set(otherCodes)].join(', ')}]` : '';
      console.log(`MISS ${result.name}:${error.line} ${error.code} “${error.wrong}”${other} — ${error.why}`);
    }
    for (const finding of result.falsePositives) {
      console.log(`FALSE ${result.name}:${finding.range.start.line} ${finding.code}: ${finding.message}`);
    }
  }
}

async function main(): Promise<void> {
  const partArgument = argumentValue('part') ?? 'all';
  const folder = argumentValue('folder');
  const parts: string[] = folder ? [path.resolve(folder)] : partArgument === 'all' ? [...PARTS] : PARTS.filter((part) => part === partArgument);
  if (parts.length === 0) throw new Error(`--part must be dev, test or all, not ${partArgument}`);
  const only = argumentValue('draft')?.split(',');
  const { factBase, problems } = await loadFactBase(await readFactBaseInputs([argumentValue('facts') ?? bundledFactBasePath()]), nodeFileReader());
  if (problems.some((problem) => problem.severity === 'error')) throw new Error(`the fact base has errors: run crosscheck validate on it`);
  for (const part of parts) {
    const files = draftsOf(part).filter((file) => only === undefined || only.some((prefix) => path.basename(file).startsWith(prefix)));
    report(part, files.map((file) => scoreDraft(factBase, file)), process.argv.includes('--misses'));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
