// The workspace file `.crosscheck.yaml`: which fact base to check against and how to report.
//
//   factBase: [dataset/facts.yaml]        # one path or a list, relative to this file
//   severity: { name-variant: info, age-conflict: off }
//   disable: [place-conflict]
//   accept: [Marzook]                     # spellings never reported
//   citations: { marzouk2025: s000 }      # citation keys that are not source ids
//   maxFindings: 500
//   maxDraftSize: 2000000                 # characters; larger drafts are not checked

import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { FINDING_CODES, type CheckOptions, type FindingCode, type Severity } from './check/types';
import { MAX_FLOW_NESTING, offsetBeyondNesting } from './factbase/nesting';
import { TextIndex } from './factbase/text-index';
import type { Problem } from './factbase/types';
import { dirname, isInside, resolveRelative } from './paths';

export interface WorkspaceConfig {
  /** Fact base files as written, relative to the config file. */
  factBase: string[];
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  disable: FindingCode[];
  accept: string[];
  citations: Record<string, string>;
  maxFindings?: number;
  maxDraftSize?: number;
}

export const CONFIG_FILE_NAME = '.crosscheck.yaml';

const KEYS = ['factBase', 'severity', 'disable', 'accept', 'citations', 'maxFindings', 'maxDraftSize'];
const LEVELS = ['error', 'warning', 'info', 'hint', 'off'];
/** Problems listed for one file; past that, a single problem says how many more there are. */
const MAX_PROBLEMS = 50;

export function parseConfig(text: string, file: string): { config: WorkspaceConfig; problems: Problem[] } {
  const config: WorkspaceConfig = { factBase: [], severity: {}, disable: [], accept: [], citations: {} };
  const problems: Problem[] = [];
  const index = new TextIndex(file, text);
  let unlisted = 0;
  const problemAt = (startOffset: number, endOffset: number, message: string, severity: Problem['severity']): Problem => {
    const { start, end } = index.range(startOffset, endOffset);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity, code: 'config', message };
  };
  const report = (range: [number, number] | undefined, message: string, severity: Problem['severity'] = 'error') => {
    if (problems.length < MAX_PROBLEMS) problems.push(problemAt(range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0, message, severity));
    else unlisted++;
  };
  const result = () => {
    if (unlisted > 0) problems.push(problemAt(text.length, text.length, `${unlisted} more problems not listed`, 'error'));
    return { config, problems };
  };
  const tooDeep = offsetBeyondNesting(text, MAX_FLOW_NESTING);
  if (tooDeep !== -1) {
    report([tooDeep, tooDeep + 1], `brackets nest more than ${MAX_FLOW_NESTING} levels deep here; the file is not read`);
    return result();
  }
  const document = parseDocument(text, { prettyErrors: false });
  for (const error of document.errors) {
    // The parser recurses once per level of indentation and reports running out of stack as an error.
    const message = error.message.includes('Maximum call stack size exceeded') ? 'the file nests too deeply to be read' : error.message;
    report([error.pos[0], error.pos[1]], message);
  }
  if (document.errors.length > 0) return result();
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    report(rangeOf(root), `${file} must be a mapping of settings (${KEYS.join(', ')})`);
    return result();
  }
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const name = isScalar(key) ? String(key.value) : '';
    const at = rangeOf(value ?? key);
    switch (name) {
      case 'factBase':
        config.factBase = factBaseFiles(value, file, report);
        break;
      case 'accept':
        config.accept = strings(value, name, report);
        break;
      case 'disable':
        for (const code of strings(value, name, report)) {
          if (isCode(code)) config.disable.push(code);
          else report(at, `disable: unknown code "${code}" (codes: ${FINDING_CODES.join(', ')})`);
        }
        break;
      case 'severity':
        if (!isMap(value)) report(at, 'severity must map codes to levels, e.g. { name-variant: info }');
        else {
          for (const entry of value.items) {
            const code = isScalar(entry.key) ? String(entry.key.value) : '';
            const level = isScalar(entry.value) ? String(entry.value.value) : '';
            const entryAt = rangeOf((entry.value ?? entry.key) as Node | null);
            if (!isCode(code)) report(rangeOf(entry.key as Node | null), `severity: unknown code "${code}" (codes: ${FINDING_CODES.join(', ')})`);
            else if (!LEVELS.includes(level)) report(entryAt, `severity of ${code}: "${level}" is not one of ${LEVELS.join(', ')}`);
            else config.severity[code] = level as Severity | 'off';
          }
        }
        break;
      case 'citations':
        if (!isMap(value)) report(at, 'citations must map citation keys to source ids, e.g. { marzouk2025: s000 }');
        else {
          for (const entry of value.items) {
            if (isScalar(entry.key) && isScalar(entry.value) && typeof entry.value.value === 'string') config.citations[String(entry.key.value)] = entry.value.value;
            else report(rangeOf((entry.value ?? entry.key) as Node | null), 'citations: each entry must be key: source-id');
          }
        }
        break;
      case 'maxFindings':
      case 'maxDraftSize': {
        const number = isScalar(value) ? value.value : undefined;
        if (typeof number === 'number' && Number.isInteger(number) && number > 0) config[name] = number;
        else report(at, `${name} must be a positive whole number`);
        break;
      }
      default:
        report(rangeOf(key), `unknown setting "${name}" (settings: ${KEYS.join(', ')})`, 'warning');
    }
  }
  return result();
}

/** The check options a workspace config asks for. */
export function checkOptionsOf(config: WorkspaceConfig): CheckOptions {
  return { severity: config.severity, disable: config.disable, accept: config.accept, citations: config.citations, maxFindings: config.maxFindings };
}

function isCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/** One string or a list of strings. */
type Report = (range: [number, number] | undefined, message: string) => void;

function strings(node: Node | null, name: string, report: Report): string[] {
  return stringEntries(node, name, report).map((entry) => entry.value);
}

function stringEntries(node: Node | null, name: string, report: Report): { value: string; range: [number, number] | undefined }[] {
  if (isScalar(node) && typeof node.value === 'string') return [{ value: node.value, range: rangeOf(node) }];
  if (!isSeq(node)) {
    report(rangeOf(node), `${name} must be a text or a list of texts`);
    return [];
  }
  const entries: { value: string; range: [number, number] | undefined }[] = [];
  for (const item of node.items) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) entries.push({ value: String(item.value), range: rangeOf(item) });
    else report(rangeOf(item as Node), `${name}: each entry must be a text`);
  }
  return entries;
}

/**
 * The fact base files a workspace's settings name, each inside the settings file's folder: a cloned
 * repository must not make Crosscheck read, and print in its messages, a file elsewhere on the disk.
 */
function factBaseFiles(node: Node | null, file: string, report: Report): string[] {
  const folder = dirname(file);
  const inside: string[] = [];
  for (const { value, range } of stringEntries(node, 'factBase', report)) {
    if (isInside(folder, resolveRelative(file, value))) inside.push(value);
    else report(range, `factBase: "${value}" lies outside this folder; a fact base named here must be inside the workspace (name one elsewhere on the command line with --facts)`);
  }
  return inside;
}
