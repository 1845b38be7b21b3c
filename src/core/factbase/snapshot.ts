// A loaded fact base as JSON, made once at build time so an editor can start from it instead of
// parsing YAML, verifying quotes and counting spellings again. The snapshot holds everything the
// loader worked out (places, passages, preferred spellings) and the source texts.
//
// Every file name is stored once in a table and each place as an array of numbers, which nearly
// halves the snapshot against plain JSON. Reading a snapshot checks each field: anything that is
// not a snapshot of this version gives undefined, never a half-read fact base.
import type {
  Actor,
  AttributeFact,
  Disagreement,
  EventFact,
  Evidence,
  FactBase,
  FileRange,
  PartialDate,
  SourceDocument,
  Spelling,
  TextPosition,
  TitleFact,
} from './types';
import { ACTOR_TYPES, ATTRIBUTE_KINDS } from './entries';

export const SNAPSHOT_FORMAT = 'crosscheck-fact-base-snapshot';
export const SNAPSHOT_VERSION = 1;

/** Maps a file name as the fact base holds it to the name stored or used, and back. */
export type FileNameMapping = (file: string) => string;

const keepName: FileNameMapping = (file) => file;

/**
 * The fact base as snapshot text. `storedName` maps each file name (fact base files, source files,
 * places) to the name written in the snapshot, for instance one relative to the fact base's folder.
 */
export function serializeFactBase(factBase: FactBase, storedName: FileNameMapping = keepName): string {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const indexOf = (file: string): number => {
    const name = storedName(file);
    let index = fileIndex.get(name);
    if (index === undefined) {
      index = files.push(name) - 1;
      fileIndex.set(name, index);
    }
    return index;
  };
  const body = JSON.stringify(
    {
      files: factBase.files.map(indexOf),
      resolvedFiles: [...factBase.sources.values()].map((source) => indexOf(source.resolvedFile)),
      sources: [...factBase.sources],
      actors: [...factBase.actors],
      events: [...factBase.events],
      disagreements: [...factBase.disagreements],
    },
    (key, value: unknown) => {
      if (isFileRange(value)) return encodeRange(value, indexOf);
      // Read back from the resolvedFiles table, whose names go through storedName.
      if (key === 'resolvedFile') return undefined;
      return value;
    },
  );
  return `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":${SNAPSHOT_VERSION},"fileNames":${JSON.stringify(files)},"factBase":${body}}`;
}

/**
 * The fact base a snapshot holds, or undefined when the text is not a well-formed snapshot of this
 * version. `usedName` maps each stored file name to the name the fact base should hold.
 */
export function deserializeFactBase(text: string, usedName: FileNameMapping = keepName): FactBase | undefined {
  try {
    return readSnapshot(JSON.parse(text) as unknown, usedName);
  } catch {
    return undefined;
  }
}

type EncodedRange = [file: number, startLine: number, startColumn: number, startOffset: number, endLine: number, endColumn: number, endOffset: number];

function isFileRange(value: unknown): value is FileRange {
  if (typeof value !== 'object' || value === null) return false;
  const range = value as Partial<FileRange>;
  return typeof range.file === 'string' && typeof range.start === 'object' && typeof range.end === 'object';
}

function encodeRange(range: FileRange, indexOf: (file: string) => number): EncodedRange {
  const { start, end } = range;
  return [indexOf(range.file), start.line, start.column, start.offset, end.line, end.column, end.offset];
}

/** Thrown while reading a snapshot that is not one; caught in deserializeFactBase. */
class NotASnapshot extends Error {}

function fail(): never {
  throw new NotASnapshot();
}

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : fail();
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : fail();
}

function listOf<T>(value: unknown, read: (item: unknown) => T): T[] {
  return list(value).map(read);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : fail();
}

function whole(value: unknown): number {
  return Number.isSafeInteger(value) ? (value as number) : fail();
}

function flag(value: unknown): boolean {
  return typeof value === 'boolean' ? value : fail();
}

function oneOf<T extends string>(allowed: readonly T[]): (value: unknown) => T {
  return (value) => (allowed.includes(value as T) ? (value as T) : fail());
}

/** Copies the optional fields present in `raw` onto `target`, each read by its reader. */
function withOptional<T extends object>(target: T, raw: Fields, readers: { [K in keyof T]?: (value: unknown) => T[K] }): T {
  for (const key of Object.keys(readers) as (keyof T & string)[]) {
    if (raw[key] !== undefined) target[key] = readers[key]!(raw[key]);
  }
  return target;
}

/** Reads a snapshot's entry list into a map, each key the id of its entry. */
function entries<T extends { id: string }>(value: unknown, read: (item: unknown) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list(value)) {
    const [key, raw] = list(entry);
    const item = read(raw);
    if (key !== item.id || map.has(key)) fail();
    map.set(key, item);
  }
  return map;
}

function readSnapshot(value: unknown, usedName: FileNameMapping): FactBase {
  const snapshot = fields(value);
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) fail();
  const names = listOf(snapshot.fileNames, (name) => usedName(text(name)));
  const file = (index: unknown): string => names[whole(index)] ?? fail();
  const reader = new SnapshotReader(file);
  const raw = fields(snapshot.factBase);
  const sources = entries(raw.sources, (item) => reader.source(item));
  const resolvedFiles = listOf(raw.resolvedFiles, file);
  if (resolvedFiles.length !== sources.size) fail();
  [...sources.values()].forEach((source, index) => (source.resolvedFile = resolvedFiles[index]!));
  return {
    files: listOf(raw.files, file),
    sources,
    actors: entries(raw.actors, (item) => reader.actor(item)),
    events: entries(raw.events, (item) => reader.event(item)),
    disagreements: entries(raw.disagreements, (item) => reader.disagreement(item)),
  };
}

class SnapshotReader {
  constructor(private readonly file: (index: unknown) => string) {}

  range(value: unknown): FileRange {
    const numbers = list(value);
    if (numbers.length !== 7) fail();
    const [file, startLine, startColumn, startOffset, endLine, endColumn, endOffset] = numbers;
    return { file: this.file(file), start: position(startLine, startColumn, startOffset), end: position(endLine, endColumn, endOffset) };
  }

  source(value: unknown): SourceDocument {
    const raw = fields(value);
    const source: SourceDocument = { id: text(raw.id), file: text(raw.file), resolvedFile: '', title: text(raw.title), text: text(raw.text), at: this.range(raw.at) };
    return withOptional(source, raw, {
      outlet: text,
      published: (value) => {
        const rawPublished = fields(value);
        const published: NonNullable<SourceDocument['published']> = { date: partialDate(rawPublished.date) };
        return withOptional(published, rawPublished, { inferred: text });
      },
    });
  }

  actor(value: unknown): Actor {
    const raw = fields(value);
    const actor: Actor = {
      id: text(raw.id),
      type: oneOf(ACTOR_TYPES)(raw.type),
      name: text(raw.name),
      givenNames: listOf(raw.givenNames, text),
      spellings: listOf(raw.spellings, (item) => this.spelling(item)),
      shortForms: listOf(raw.shortForms, (item) => this.spelling(item)),
      preferred: text(raw.preferred),
      titles: listOf(raw.titles, (item) => this.title(item)),
      attributes: listOf(raw.attributes, (item) => this.attribute(item)),
      memberOf: listOf(raw.memberOf, text),
      evidence: this.evidence(raw.evidence),
      at: this.range(raw.at),
    };
    return withOptional(actor, raw, { description: text });
  }

  event(value: unknown): EventFact {
    const raw = fields(value);
    const event: EventFact = {
      id: text(raw.id),
      name: text(raw.name),
      words: listOf(raw.words, text),
      participants: listOf(raw.participants, text),
      evidence: this.evidence(raw.evidence),
      at: this.range(raw.at),
    };
    return withOptional(event, raw, { note: text, date: partialDate, until: partialDate, place: text });
  }

  disagreement(value: unknown): Disagreement {
    const raw = fields(value);
    return {
      id: text(raw.id),
      topic: text(raw.topic),
      about: listOf(raw.about, text),
      claims: listOf(raw.claims, (item) => {
        const claim = fields(item);
        return { value: text(claim.value), evidence: this.evidence(claim.evidence) };
      }),
      at: this.range(raw.at),
    };
  }

  private spelling(value: unknown): Spelling {
    const raw = fields(value);
    // The loader keeps uses in an object without prototype, so a source id such as "constructor" is only a key.
    const uses = Object.create(null) as Record<string, number>;
    for (const [sourceId, count] of Object.entries(fields(raw.uses))) uses[sourceId] = whole(count);
    const spelling: Spelling = {
      text: text(raw.text),
      kind: oneOf(['full', 'short'] as const)(raw.kind),
      uses,
      preferred: flag(raw.preferred),
      at: this.range(raw.at),
    };
    return withOptional(spelling, raw, { suggestion: text });
  }

  private title(value: unknown): TitleFact {
    const raw = fields(value);
    const title: TitleFact = { title: text(raw.title), wordings: listOf(raw.wordings, text), evidence: this.evidence(raw.evidence), at: this.range(raw.at) };
    return withOptional(title, raw, { organisation: text, from: partialDate, until: partialDate, asOf: partialDate, former: flag });
  }

  private attribute(value: unknown): AttributeFact {
    const raw = fields(value);
    const attributeValue = typeof raw.value === 'number' ? raw.value : text(raw.value);
    const attribute: AttributeFact = { kind: oneOf(ATTRIBUTE_KINDS)(raw.kind), value: attributeValue, evidence: this.evidence(raw.evidence), at: this.range(raw.at) };
    return withOptional(attribute, raw, { asOf: partialDate });
  }

  private evidence(value: unknown): Evidence[] {
    return listOf(value, (item) => {
      const raw = fields(item);
      const evidence: Evidence = { sourceId: text(raw.sourceId), quote: text(raw.quote), at: this.range(raw.at) };
      return withOptional(evidence, raw, { passage: (passage) => this.range(passage) });
    });
  }
}

function position(line: unknown, column: unknown, offset: unknown): TextPosition {
  return { line: whole(line), column: whole(column), offset: whole(offset) };
}

function partialDate(value: unknown): PartialDate {
  const raw = fields(value);
  const precision = oneOf(['year', 'month', 'day'] as const)(raw.precision);
  return withOptional({ year: whole(raw.year), precision } as PartialDate, raw, { month: whole, day: whole });
}
