// The fact base as the rest of Crosscheck sees it once loaded: every entry resolved, checked and
// tied to where it stands in its YAML file and to the source passages that state it.
import type { Precision } from '../text/dates';
import type { DecodedText } from '../text/utf8';

export type { Precision };

export interface PartialDate {
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
  precision: Precision;
}

/** A place in a text file: 1-based line and column (in UTF-16 code units), 0-based offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** A stretch of a file, from start (inclusive) to end (exclusive). */
export interface FileRange {
  /** The file path or URI as it was given to the loader. */
  file: string;
  start: TextPosition;
  end: TextPosition;
}

/** A quote that states a fact, found verbatim in its source document. */
export interface Evidence {
  sourceId: string;
  quote: string;
  /** Where the quote stands in the source document; absent when the quote could not be found. */
  passage?: FileRange;
  /** Where this evidence is written in the fact base. */
  at: FileRange;
}

export interface SourceDocument {
  id: string;
  /** Path of the source text, as written in the fact base (relative to the fact base file). */
  file: string;
  /** The path or URI the text was read from. */
  resolvedFile: string;
  title: string;
  outlet?: string;
  published?: { date: PartialDate; inferred?: string };
  /** The text of the document; empty when it could not be read. */
  text: string;
  at: FileRange;
}

export type ActorType = 'person' | 'organisation' | 'place';

/** One written form of an actor's name and how often each source uses it. */
export interface Spelling {
  text: string;
  /** 'full' for a full name, 'short' for a short form such as a surname alone. */
  kind: 'full' | 'short';
  /** Source id to number of occurrences in that source (empty for a form no source uses). */
  uses: Record<string, number>;
  /** Derived: the form most sources use among the actor's forms of the same kind and length. */
  preferred: boolean;
  /** Derived, for a variant (a form only a minority of sources use): the preferred form to write. */
  suggestion?: string;
  at: FileRange;
}

/** A title or role, held over a stretch of time as far as the sources tell. */
export interface TitleFact {
  /** The title as the fact base names it, e.g. "Deputy Foreign Minister". */
  title: string;
  /** The wordings the sources use for it, e.g. "deputy head of its political wing". */
  wordings: string[];
  /** Actor id of the organisation or country the title is held in, if any. */
  organisation?: string;
  from?: PartialDate;
  until?: PartialDate;
  /** The title is stated as held on this date (neither start nor end is known). */
  asOf?: PartialDate;
  /** A past title: "former head of Hamas". */
  former?: boolean;
  evidence: Evidence[];
  at: FileRange;
}

export type AttributeKind = 'age' | 'hometown' | 'nationality' | 'captor' | 'residence' | 'citizenship' | 'other';

/** Something a source states about an actor: an age as of a date, a home town, who holds a hostage... */
export interface AttributeFact {
  kind: AttributeKind;
  /** A number for ages, an actor id for places and organisations where one exists, else text. */
  value: string | number;
  asOf?: PartialDate;
  evidence: Evidence[];
  at: FileRange;
}

export interface Actor {
  id: string;
  type: ActorType;
  /** The canonical name. */
  name: string;
  description?: string;
  /** Given names the sources use for a person (all spellings), e.g. ["Mousa", "Musa", "Moussa"]. */
  givenNames: string[];
  /** Full-name spellings with the sources that use them. */
  spellings: Spelling[];
  /** Short forms people write: "Abu Marzouk", "Marzouk", "Bogdanov". */
  shortForms: Spelling[];
  /** Derived: the full spelling most sources use. */
  preferred: string;
  titles: TitleFact[];
  attributes: AttributeFact[];
  /** Actor ids of organisations the actor belongs to. */
  memberOf: string[];
  evidence: Evidence[];
  at: FileRange;
}

export interface EventFact {
  id: string;
  /** A short description: "Hamas delegation's talks with Bogdanov in Moscow". */
  name: string;
  /** How far the sources date or place the event, and how a date was inferred. */
  note?: string;
  /** The words the sources use to name this kind of event: "talks", "consultations", "visit"... */
  words: string[];
  /** When the sources date it; absent when no source fixes a date. */
  date?: PartialDate;
  /** For events over a stretch of time: "between 2006 and 2010". */
  until?: PartialDate;
  /** Actor id of the place. */
  place?: string;
  /** Actor ids. */
  participants: string[];
  evidence: Evidence[];
  at: FileRange;
}

/** Where sources disagree, each source's claim is kept and none wins. */
export interface Disagreement {
  id: string;
  topic: string;
  /** Actor or event ids the disagreement is about. */
  about: string[];
  claims: { value: string; evidence: Evidence[] }[];
  at: FileRange;
}

export interface FactBase {
  /** The fact base files, in load order. */
  files: string[];
  sources: Map<string, SourceDocument>;
  actors: Map<string, Actor>;
  events: Map<string, EventFact>;
  disagreements: Map<string, Disagreement>;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something wrong in a fact base file, with its exact place. */
export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: ProblemSeverity;
  /** e.g. "yaml-syntax", "schema", "duplicate-id", "unknown-reference", "invalid-date", "quote-not-found", "shared-spelling". */
  code: string;
  message: string;
  /** For a problem that stands for others of its code left unlisted: how many. */
  unlisted?: number;
}

export interface LoadResult {
  factBase: FactBase;
  problems: Problem[];
}

/** A fact base file handed to the loader: its path or URI and its text, as read from its bytes. */
export interface FactBaseInput extends DecodedText {
  file: string;
}

/** Why a reader did not read a file: "not a regular file but a pipe". */
export interface ReadRefusal {
  refused: string;
}

/**
 * Reads a file that a fact base refers to (a source document). Given the path or URI the reader
 * resolved, returns its text, or a refusal or undefined when it cannot be read. The core never
 * touches a disk itself.
 */
export interface FileReader {
  resolve(fromFile: string, relativePath: string): string;
  read(file: string): Promise<string | DecodedText | ReadRefusal | undefined>;
  /** Folders besides the folder of each fact base file that its sources may lie in: the workspace's. */
  roots?: readonly string[];
  /** For a disk with symbolic links: the path with every link resolved; undefined when it names nothing. */
  realPath?(file: string): Promise<string | undefined>;
}
