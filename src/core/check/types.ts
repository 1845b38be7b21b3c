// What the checker reports about a draft.

export type FindingCode =
  | 'date-conflict'
  | 'name-variant'
  | 'name-misspelled'
  | 'name-mismatch'
  | 'role-conflict'
  | 'age-conflict'
  | 'place-conflict'
  | 'quote-mismatch'
  | 'unknown-source'
  | 'citation-unsupported'
  | 'unsupported-claim';

export const FINDING_CODES: readonly FindingCode[] = [
  'date-conflict',
  'name-variant',
  'name-misspelled',
  'name-mismatch',
  'role-conflict',
  'age-conflict',
  'place-conflict',
  'quote-mismatch',
  'unknown-source',
  'citation-unsupported',
  'unsupported-claim',
];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A place in the draft: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface DraftPosition {
  line: number;
  column: number;
  offset: number;
}

export interface DraftRange {
  start: DraftPosition;
  /** Exclusive. */
  end: DraftPosition;
}

/** A source passage that supports what the sources say instead. */
export interface RelatedPassage {
  sourceId: string;
  /** The source document's path as resolved by the loader. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** A replacement the user can apply as a quick fix. */
export interface Fix {
  title: string;
  /** The text that replaces the finding's range (or `range` when given). */
  replacement: string;
  range?: DraftRange;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  range: DraftRange;
  related: RelatedPassage[];
  fixes: Fix[];
}

/** How to check a draft; every field may be left out. */
export interface CheckOptions {
  /** Severity per code; 'off' disables the code. Defaults: name-variant is a hint, unsupported-claim off, the rest warnings. */
  severity?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Codes not to report. */
  disable?: FindingCode[];
  /** Spellings the user accepts: never reported as variants or misspellings (case-insensitive). */
  accept?: string[];
  /** Stop after this many findings. */
  maxFindings?: number;
  /** Citation key to source id, for keys that are not source ids themselves: { marzouk2025: 's000' }. */
  citations?: Record<string, string>;
  /** Work out the draft's coverage too (see `DraftChecker.coverage`). */
  coverage?: boolean;
}

export const DEFAULT_SEVERITY: Record<FindingCode, Severity | 'off'> = {
  'date-conflict': 'warning',
  'name-variant': 'hint',
  'name-misspelled': 'warning',
  'name-mismatch': 'warning',
  'role-conflict': 'warning',
  'age-conflict': 'warning',
  'place-conflict': 'warning',
  'quote-mismatch': 'warning',
  'unknown-source': 'warning',
  'citation-unsupported': 'warning',
  // No source stating a claim is no conflict: reported only when asked for, as information.
  'unsupported-claim': 'off',
};
