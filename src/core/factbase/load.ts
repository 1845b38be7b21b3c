// Loads one or more fact base files into one FactBase, reporting every problem with its place and
// keeping whatever is valid. Nothing here throws on bad input.
import { parseDocument, visit, type Document } from 'yaml';
import { Collected, readFactBaseFile, type DeclaredUses, type ReferenceTarget } from './entries';
import { fastParse } from './fast-yaml';
import { MAX_FLOW_NESTING, offsetBeyondNesting } from './nesting';
import { ProblemSink } from './problems';
import { SourceText } from './source-text';
import { SpellingCounter, UseScores, groupByWordCount, markPreferred } from './spellings';
import { TextIndex } from './text-index';
import { isInside } from '../paths';
import type { DecodedText } from '../text/utf8';
import type { FactBaseInput, FileRange, FileReader, LoadResult, Problem, ReadRefusal } from './types';
import { YamlFile } from './yaml-nodes';
import { treeOfDocument, type YamlTree } from './yaml-tree';

/**
 * Files longer than this many characters (16 Mi, about 16 MB of text) are refused with a problem:
 * a fact base or source document that large is not one written by hand, and parsing it would take
 * long and much memory.
 */
export const MAX_FILE_CHARACTERS = 16 * 1024 * 1024;

/**
 * The most bytes a reader reads of a file: a text of MAX_FILE_CHARACTERS characters takes at most
 * three bytes each in UTF-8, and its byte order mark three more. A larger file is refused unread.
 */
export const MAX_FILE_BYTES = 3 * MAX_FILE_CHARACTERS + 3;

/** A reader's refusal of a file larger than it reads (MAX_FILE_BYTES); the size is undefined when the file gave none before it was read. */
export function tooLargeToRead(size: number | undefined, maxBytes = MAX_FILE_BYTES): ReadRefusal {
  const limit = `${maxBytes < 1024 * 1024 ? `${maxBytes} bytes` : `${Math.round(maxBytes / (1024 * 1024))} MiB`}, the most Crosscheck reads of a file`;
  return { refused: size === undefined ? `it is larger than ${limit}` : `it has ${size} bytes, more than ${limit}` };
}

/** Aliases may expand to at most this many nodes in all; beyond that the file is taken for an alias bomb. */
const MAX_ALIAS_EXPANSION = 10_000;

export interface LoadOptions {
  /**
   * Whether well-formed files may take the fast YAML reading (the default). With false, every file
   * goes through `yaml`'s parser: the same result, several times slower; for comparing the two.
   */
  fastYaml?: boolean;
}

export async function loadFactBase(inputs: readonly FactBaseInput[], reader: FileReader, options: LoadOptions = {}): Promise<LoadResult> {
  const sink = new ProblemSink();
  const collected = new Collected();
  for (const input of inputs) {
    collected.factBase.files.push(input.file);
    readInput(input, collected, sink, options.fastYaml ?? true);
  }
  resolveReferences(collected, sink);
  const texts = await readSources(collected, reader, sink);
  verifyQuotes(collected, texts, sink);
  checkSpellings(collected, texts, sink);
  return { factBase: collected.factBase, problems: listed(sink.problems, collected.factBase.files) };
}

function readInput(input: FactBaseInput, collected: Collected, sink: ProblemSink, fastYaml: boolean): void {
  const written = typeof input.text === 'string' ? input.text : '';
  if (written.length > MAX_FILE_CHARACTERS) {
    const start = new TextIndex(input.file, '').range(0, 0);
    sink.error('file-too-large', start, `the file has ${written.length} characters, more than the ${MAX_FILE_CHARACTERS} a fact base file may have`);
    return;
  }
  const text = withLineFeeds(written);
  const index = new TextIndex(input.file, text);
  if (input.invalidUtf8At !== undefined) {
    sink.error('invalid-utf8', index.range(input.invalidUtf8At, input.invalidUtf8At + 1), 'the file is not valid UTF-8 here (its bytes read as U+FFFD): save it as UTF-8');
  }
  const tooDeep = offsetBeyondNesting(text, MAX_FLOW_NESTING);
  if (tooDeep !== -1) {
    sink.error('yaml-syntax', index.range(tooDeep, tooDeep + 1), `brackets nest more than ${MAX_FLOW_NESTING} levels deep here; the file is not read`);
    return;
  }
  const parsed = parseYaml(text, index, sink, fastYaml);
  if (!parsed) return;
  try {
    readFactBaseFile(new YamlFile(index, parsed.tree, sink, parsed.followAliases), collected);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    sink.error('schema', index.range(0, 0), 'the file nests too deeply to be read');
  }
}

/**
 * The file's YAML tree. The common case, a well-formed file without anchors or tags, takes the fast
 * reading; anything else goes through `yaml`'s parser, which reports each error where it is and
 * recovers what it can. Undefined (after reporting) when the file cannot be parsed at all.
 */
function parseYaml(text: string, index: TextIndex, sink: ProblemSink, fastYaml: boolean): { tree: YamlTree; followAliases: boolean } | undefined {
  const fastTree = fastYaml ? fastParse(text) : undefined;
  if (fastTree) return { tree: fastTree, followAliases: true };
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { prettyErrors: false, schema: 'core', uniqueKeys: true });
  } catch (error) {
    // The parser recurses once per nesting level and runs out of stack on absurdly deep input.
    sink.error('yaml-syntax', index.range(0, 0), `the file cannot be parsed: ${error instanceof RangeError ? 'it nests too deeply' : String(error)}`);
    return undefined;
  }
  for (const error of document.errors) {
    sink.error('yaml-syntax', index.range(error.pos[0], error.pos[1]), `YAML: ${firstLine(error.message)}`);
  }
  for (const warning of document.warnings) {
    sink.warning('yaml-warning', index.range(warning.pos[0], warning.pos[1]), `YAML: ${firstLine(warning.message)}`);
  }
  return { tree: treeOfDocument(document), followAliases: aliasesAreSafe(document, index, sink) };
}

/**
 * A file with line breaks of lone carriage returns, which the YAML readers do not take for line
 * breaks, with line feeds in their place: the same length, so every offset stays where it was.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Problems that keep the rest of a file from being read: listed first, as what follows may stem from them. */
const READING_PROBLEMS: readonly string[] = ['invalid-utf8', 'yaml-syntax', 'yaml-alias', 'file-too-large'];

/** Problems of one code listed for one file; past that, one problem says how many more there are. */
const MAX_LISTED_PER_CODE = 20;

/**
 * The problems in file order, those that keep a file from being read first in each file, then by
 * place; of each code in a file the first few, and one more that counts the rest.
 */
function listed(problems: Problem[], files: readonly string[]): Problem[] {
  const fileOrder = new Map(files.map((file, index) => [file, index]));
  const readingFirst = (problem: Problem) => (READING_PROBLEMS.includes(problem.code) ? 0 : 1);
  const inOrder = (a: Problem, b: Problem) =>
    (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || readingFirst(a) - readingFirst(b) || a.line - b.line || a.column - b.column;
  problems.sort(inOrder);
  const kept: Problem[] = [];
  const counts = new Map<string, { count: number; firstUnlisted?: Problem }>();
  const firstReadingProblem = new Map<string, Problem>();
  for (const problem of problems) {
    if (readingFirst(problem) === 0 && !firstReadingProblem.has(problem.file)) firstReadingProblem.set(problem.file, problem);
    const key = `${problem.file}\n${problem.code}`;
    const group = counts.get(key) ?? { count: 0 };
    counts.set(key, group);
    group.count++;
    if (group.count <= MAX_LISTED_PER_CODE) kept.push(problem);
    else group.firstUnlisted ??= problem;
  }
  for (const { count, firstUnlisted } of counts.values()) {
    if (!firstUnlisted) continue;
    const cause = firstReadingProblem.get(firstUnlisted.file);
    const stemming = cause && cause.code !== firstUnlisted.code ? `; they may stem from the ${cause.code} problem at line ${cause.line}, column ${cause.column}` : '';
    const unlisted = count - MAX_LISTED_PER_CODE;
    kept.push({ ...firstUnlisted, message: `${unlisted} more ${firstUnlisted.code} problem${unlisted === 1 ? '' : 's'} in this file, not listed${stemming}`, unlisted });
  }
  return kept.sort(inOrder);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Whether the document's aliases expand to a reasonable size; reports an alias bomb. */
function aliasesAreSafe(document: Document.Parsed, index: TextIndex, sink: ProblemSink): boolean {
  // Walking a large document costs; a file without "*" anywhere has no alias.
  if (!index.text.includes('*')) return true;
  let firstAlias: FileRange | undefined;
  visit(document, {
    Alias(_key, node) {
      firstAlias = index.range(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      return visit.BREAK;
    },
  });
  if (!firstAlias) return true;
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return true;
  } catch (error) {
    // Aliases that name no anchor are reported where they are read.
    if (!/excessive alias count/i.test(String(error))) return true;
    sink.error('yaml-alias', firstAlias, `aliases in this file expand to too much data and are not followed (${firstLine(String(error))})`);
    return false;
  }
}

function resolveReferences(collected: Collected, sink: ProblemSink): void {
  const { sources, actors, events } = collected.factBase;
  const exists: Record<ReferenceTarget, (id: string) => boolean> = {
    source: (id) => sources.has(id),
    actor: (id) => actors.has(id),
    'actor or event': (id) => actors.has(id) || events.has(id),
  };
  const { references } = collected;
  for (let index = 0; index < references.length; index++) {
    const id = references.ids[index]!;
    const target = references.targets[index]!;
    if (exists[target](id)) continue;
    sink.error('unknown-reference', references.places.at(index), `${references.holders[index]}: no ${target} has the id "${id}"`);
    references.drop(index);
  }
  // Spelling uses name sources too: kept apart from the other references, as a large fact base has very many.
  const { spellings, uses, usesFrom } = collected.spellings;
  for (let index = 0; index < spellings.length; index++) {
    for (let use = usesFrom[index]!; use < usesFrom[index + 1]!; use++) {
      const sourceId = uses.sourceIds[use]!;
      if (sources.has(sourceId)) continue;
      sink.error('unknown-reference', uses.at(use), `uses of "${spellings[index]!.text}": no source has the id "${sourceId}"`);
      delete spellings[index]!.uses[sourceId];
      uses.sourceIds[use] = undefined;
    }
  }
}

/**
 * Reads every source document through the reader, at once; returns the texts that could be read.
 * A source is read only where it lies inside its fact base file's folder or one of the reader's
 * roots, symbolic links resolved: a fact base cannot have a file elsewhere read, or shown in a
 * problem's closest passage.
 */
async function readSources(collected: Collected, reader: FileReader, sink: ProblemSink): Promise<Map<string, SourceText>> {
  const folders = new AllowedFolders(reader);
  const read = await Promise.all(
    collected.sources.map(async ({ source, fileAt, factBaseFile }): Promise<[string, SourceText] | undefined> => {
      let outcome: unknown;
      try {
        source.resolvedFile = reader.resolve(factBaseFile, source.file);
        const file = await folders.placeOf(factBaseFile, source.resolvedFile);
        if (file === OUTSIDE) {
          sink.error('source-outside', fileAt, `source ${source.id}: ${source.resolvedFile} is outside the folder of this fact base file and the workspace; a source must lie inside one of them`);
          return undefined;
        }
        outcome = file === undefined ? { refused: 'it does not exist' } : await reader.read(file);
      } catch {
        outcome = undefined;
      }
      const read = readOutcome(outcome);
      if (!('text' in read)) {
        const reason = read.refused === undefined ? '' : `: ${read.refused}`;
        sink.error('source-unreadable', fileAt, `source ${source.id}: cannot read ${source.resolvedFile}${reason}`);
        return undefined;
      }
      const { text, invalidUtf8At } = read;
      if (text.length > MAX_FILE_CHARACTERS) {
        sink.error('file-too-large', fileAt, `source ${source.id}: ${source.resolvedFile} has ${text.length} characters, more than the ${MAX_FILE_CHARACTERS} a source may have`);
        return undefined;
      }
      source.text = text;
      const sourceText = new SourceText(source.resolvedFile, text);
      if (invalidUtf8At !== undefined) {
        const { line, column } = sourceText.index.position(invalidUtf8At);
        sink.warning('invalid-utf8', fileAt, `source ${source.id}: ${source.resolvedFile} is not valid UTF-8 at line ${line}, column ${column}, where its bytes read as U+FFFD`);
      }
      return [source.id, sourceText];
    }),
  );
  // In the order the fact base lists its sources, whichever read finished first, so that derived data
  // such as each spelling's uses comes out the same on every load.
  return new Map(read.filter((entry) => entry !== undefined));
}

/** The text a reader gave, or why it gave none, whatever it returned. */
function readOutcome(outcome: unknown): DecodedText | { refused: string | undefined } {
  if (typeof outcome === 'string') return { text: outcome };
  if (typeof outcome === 'object' && outcome !== null) {
    if (typeof (outcome as DecodedText).text === 'string') return outcome as DecodedText;
    if (typeof (outcome as ReadRefusal).refused === 'string') return { refused: (outcome as ReadRefusal).refused };
  }
  return { refused: undefined };
}

const OUTSIDE = Symbol('outside');

/** Where sources may be read: the folder of each fact base file and the reader's roots, symbolic links resolved. */
class AllowedFolders {
  private readonly realFolders = new Map<string, Promise<string | undefined>>();

  constructor(private readonly reader: FileReader) {}

  /** The path to read a source at, OUTSIDE when it lies outside every allowed folder, undefined when it names nothing. */
  async placeOf(factBaseFile: string, resolved: string): Promise<string | undefined | typeof OUTSIDE> {
    const file = this.reader.realPath ? await this.reader.realPath(resolved) : resolved;
    if (file === undefined) return undefined;
    const folders = await Promise.all([this.reader.resolve(factBaseFile, '.'), ...(this.reader.roots ?? [])].map((folder) => this.real(folder)));
    return folders.some((folder) => folder !== undefined && isInside(folder, file)) ? file : OUTSIDE;
  }

  private real(folder: string): Promise<string | undefined> {
    let real = this.realFolders.get(folder);
    if (!real) {
      real = this.reader.realPath ? this.reader.realPath(folder) : Promise.resolve(folder);
      this.realFolders.set(folder, real);
    }
    return real;
  }
}

function verifyQuotes(collected: Collected, texts: Map<string, SourceText>, sink: ProblemSink): void {
  const { quotes } = collected;
  for (let index = 0; index < quotes.evidence.length; index++) {
    const evidence = quotes.evidence[index]!;
    const source = texts.get(evidence.sourceId);
    if (!source) continue; // unknown or unreadable: already reported
    const passage = source.findQuote(evidence.quote);
    if (passage) {
      evidence.passage = passage;
      continue;
    }
    const closest = source.closestPassage(evidence.quote);
    const hint = closest ? `; closest passage (line ${closest.range.start.line}): "${shorten(closest.text)}"` : '';
    sink.error('quote-not-found', quotes.places.at(index), `quote not found in source ${evidence.sourceId}${hint}`);
  }
}

function shorten(text: string): string {
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}

function checkSpellings(collected: Collected, texts: Map<string, SourceText>, sink: ProblemSink): void {
  const { actors, spellings, uses, usesFrom } = collected.spellings;
  const counter = new SpellingCounter(spellings.map((spelling) => spelling.text), actors.map((actor) => actor.id));
  reportSharedSpellings(collected, counter.firstOfName, sink);
  const real = realUses(counter, texts, spellings.length);
  const scores = new UseScores(spellings.length);
  for (let index = 0; index < spellings.length; index++) {
    const spelling = spellings[index]!;
    const first = real.firstOf[index]!;
    const last = real.firstOf[index + 1]!;
    const declaredFrom = usesFrom[index]!;
    const declaredTo = usesFrom[index + 1]!;
    if (declaredAsRead(uses, declaredFrom, declaredTo, real, first, last)) {
      // The uses stand as declared, in the same order: each a real use, counted at least once.
      scores.sources[index] = last - first;
      for (let use = first; use < last; use++) scores.totals[index]! += real.counts[use]!;
      continue;
    }
    for (let written = declaredFrom; written < declaredTo; written++) {
      const sourceId = uses.sourceIds[written];
      if (sourceId === undefined || !texts.has(sourceId)) continue; // dropped, or an unreadable source: the declared count stands
      const declaredCount = uses.counts[written]!;
      let count = 0;
      for (let use = first; use < last; use++) if (real.sourceIds[use] === sourceId) count = real.counts[use]!;
      if (count === 0 && declaredCount > 0) {
        sink.warning('unused-spelling', uses.at(written), `source ${sourceId} never uses "${spelling.text}"`);
      } else if (count !== declaredCount) {
        sink.warning('uses-count', uses.countAt(written), `source ${sourceId} uses "${spelling.text}" ${times(count)}, not ${declaredCount}`);
      }
      // The counts in the sources are the truth.
      delete spelling.uses[sourceId];
    }
    for (let use = first; use < last; use++) {
      const sourceId = real.sourceIds[use]!;
      const count = real.counts[use]!;
      if (!uses.sourceIds.slice(declaredFrom, declaredTo).includes(sourceId)) {
        sink.warning('uses-count', spelling.at, `source ${sourceId} uses "${spelling.text}" ${times(count)}, but its uses do not list ${sourceId}`);
      }
      spelling.uses[sourceId] = count;
    }
    scores.score(index, spelling.uses);
  }
  derivePreferred(collected, scores);
}

/**
 * Whether the declared uses from `declaredFrom` to `declaredTo`, dropped ones left out, are the real
 * uses from `first` to `last`: the same sources with the same counts, in the same order.
 */
function declaredAsRead(uses: DeclaredUses, declaredFrom: number, declaredTo: number, real: RealUses, first: number, last: number): boolean {
  let use = first;
  for (let declared = declaredFrom; declared < declaredTo; declared++) {
    if (uses.sourceIds[declared] === undefined) continue;
    if (use === last || uses.sourceIds[declared] !== real.sourceIds[use] || uses.counts[declared] !== real.counts[use]) return false;
    use++;
  }
  return use === last;
}

/** How often each source uses each spelling: see `realUses`. */
interface RealUses {
  firstOf: Int32Array;
  sourceIds: string[];
  counts: Int32Array;
}

/**
 * How often each source uses each spelling, grouped by spelling: the uses of spelling `i` run from
 * `firstOf[i]` to `firstOf[i + 1]`, in the order of the sources.
 */
function realUses(counter: SpellingCounter, texts: Map<string, SourceText>, spellingCount: number): RealUses {
  const perSource = [...texts].map(([sourceId, text]) => ({ sourceId, ...counter.countIn(text) }));
  const firstOf = new Int32Array(spellingCount + 1);
  for (const { spellings } of perSource) for (const index of spellings) firstOf[index + 1]!++;
  for (let index = 0; index < spellingCount; index++) firstOf[index + 1]! += firstOf[index]!;
  const next = firstOf.slice(0, spellingCount);
  const sourceIds: string[] = new Array<string>(firstOf[spellingCount]!);
  const counts = new Int32Array(firstOf[spellingCount]!);
  for (const { sourceId, spellings, counts: sourceCounts } of perSource) {
    for (let i = 0; i < spellings.length; i++) {
      const use = next[spellings[i]!]!++;
      sourceIds[use] = sourceId;
      counts[use] = sourceCounts[i]!;
    }
  }
  return { firstOf, sourceIds, counts };
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** Reports spellings listed twice; `firstOfName` holds, for each spelling, the first spelling of the same name. */
function reportSharedSpellings(collected: Collected, firstOfName: Int32Array, sink: ProblemSink): void {
  const { actors, spellings } = collected.spellings;
  for (let index = 0; index < spellings.length; index++) {
    const first = firstOfName[index]!;
    if (first === index) continue;
    const actor = actors[index]!;
    const owner = actors[first]!;
    const spelling = spellings[index]!;
    if (owner === actor) {
      sink.warning('duplicate-spelling', spelling.at, `"${spelling.text}" is listed twice for actor ${actor.id}`);
    } else {
      sink.error('shared-spelling', spelling.at, `"${spelling.text}" is also a spelling of actor ${owner.id}: a spelling belongs to one actor only`);
    }
  }
}

/**
 * Marks each actor's preferred forms. An actor's spellings stand one after another among the
 * spellings read, its full spellings first: those of actors without spellings need nothing.
 */
function derivePreferred(collected: Collected, scores: UseScores): void {
  const { actors, spellings } = collected.spellings;
  for (let from = 0, to = 0; from < spellings.length; from = to) {
    const actor = actors[from]!;
    const shortFrom = from + actor.spellings.length;
    to = shortFrom + actor.shortForms.length;
    const fullForms: number[] = [];
    for (let index = from; index < shortFrom; index++) fullForms.push(index);
    const preferred = markPreferred(spellings, fullForms, scores);
    actor.preferred = preferred?.text ?? actor.name;
    for (const group of groupByWordCount(spellings, shortFrom, to)) markPreferred(spellings, group, scores);
  }
}
