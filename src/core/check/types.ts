// What the checker reports about a draft.

export type FindingCode =
  | 'date-conflict'
  | 'name-variant'
  | 'name-misspelled'
  | 'name-mismatch'
  | 'role-conflict'
  | 'age-conflict'
  | 'place-conflict';

export const FINDING_CODES: readonly FindingCode[] = [
  'date-conflict',
  'name-variant',
  'name-misspelled',
  'name-mismatch',
  'role-conflict',
  'age-conflict',
  'place-conflict',
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
