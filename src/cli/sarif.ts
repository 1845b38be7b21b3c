// SARIF 2.1.0 output of `crosscheck check`, in the shape GitHub code scanning accepts.
import packageJson from '../../package.json';
import { DEFAULT_SEVERITY, FINDING_CODES, type Finding, type FindingCode, type Severity } from '../core/check/types';

export interface FileFindings {
  /** Relative to the working folder, with forward slashes. */
  file: string;
  findings: Finding[];
  /** A source document path as the fact base resolved it, made relative the same way. */
  sourcePath(file: string): string;
}

/** A draft the check could not read through, with why, told at its first line. */
export interface UncheckedDraft {
  /** Written as FileFindings.file is. */
  file: string;
  message: string;
  /** Whether it fails the check, or is only told of (a draft over maxDraftSize with --allow-too-large). */
  failing: boolean;
}

const RULE_SUMMARIES: Record<FindingCode, string> = {
  'date-conflict': 'A date the sources contradict for a known event',
  'name-variant': 'A spelling only a minority of the sources use',
  'name-misspelled': 'A spelling no source uses for a known person',
  'name-mismatch': "A given name the sources never use with this person's surname",
  'role-conflict': 'A title the sources give to someone else, or to this person only at another time',
  'age-conflict': 'An age the sources contradict',
  'place-conflict': 'A home town or meeting place the sources contradict',
  'quote-mismatch': 'A quotation its source does not hold verbatim',
  'unknown-source': 'A citation key that names no source of the fact base',
  'citation-unsupported': 'A cited source that does not state what its sentence says, where another source does',
  'unsupported-claim': 'A date, place, title, age or quotation no source states (off unless turned on)',
};


function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A path relative to the working folder stays relative; an absolute one becomes a file URI, as SARIF
 * wants. "#" and "?" in a file name are escaped too, or they would start the URI's fragment or query.
 */
export function artifactUri(file: string): string {
  const escaped = encodeURI(file).replace(/[#?]/g, (char) => (char === '#' ? '%23' : '%3F'));
  if (file.startsWith('/')) return `file://${escaped}`;
  if (/^[A-Za-z]:\//.test(file)) return `file:///${escaped}`;
  return escaped;
}

export function toSarif(files: FileFindings[], unchecked: UncheckedDraft[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version: packageJson.version,
            rules: FINDING_CODES.map((code) => ({
              id: code,
              name: code.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: { text: RULE_SUMMARIES[code] },
              // The page that explains each code ships inside the package; no address outside it is known to resolve.
              help: { text: `${RULE_SUMMARIES[code]}. docs/findings.md, section ${code}, in the Crosscheck package explains it, with its quick fix and how to suppress it.` },
              defaultConfiguration: DEFAULT_SEVERITY[code] === 'off' ? { enabled: false, level: 'note' } : { level: level(DEFAULT_SEVERITY[code]) },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: !unchecked.some((draft) => draft.failing),
            toolExecutionNotifications: unchecked.map((draft) => ({
              level: draft.failing ? 'error' : 'warning',
              message: { text: draft.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(draft.file) }, region: { startLine: 1, startColumn: 1 } } }],
            })),
          },
        ],
        results: files.flatMap(({ file, findings, sourcePath }) =>
          findings.map((finding) => ({
            ruleId: finding.code,
            ruleIndex: FINDING_CODES.indexOf(finding.code),
            level: level(finding.severity),
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(file) },
                  region: { startLine: finding.range.start.line, startColumn: finding.range.start.column, endLine: finding.range.end.line, endColumn: finding.range.end.column },
                },
              },
            ],
            fixes: finding.fixes.map((fix) => {
              const range = fix.range ?? finding.range;
              return {
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri: artifactUri(file) },
                    replacements: [{ deletedRegion: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column }, insertedContent: { text: fix.replacement } }],
                  },
                ],
              };
            }),
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: {
                artifactLocation: { uri: artifactUri(sourcePath(related.file)) },
                region: { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn },
              },
            })),
          })),
        ),
      },
    ],
  };
}
