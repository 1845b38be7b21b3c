// A fast reading of the common fact base file: well-formed YAML without anchors, aliases, tags,
// explicit keys, empty values or document markers. js-yaml parses such text many times faster than
// `yaml`'s parseDocument; its listener reports where each node opens and closes, from which the
// same positioned tree `yaml` would give is rebuilt, so the rest of the loader reads it unchanged.
// Whatever falls outside that common case (and any error) gives undefined: the caller then parses
// with `yaml`, which reports errors with their places and recovers what it can.
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { Pair, Scalar, Schema, YAMLMap, YAMLSeq, isScalar, type Node, type ScalarTag } from 'yaml';

/** Thrown inside the rebuild when the text is not the common case after all. */
class NotCommonCase extends Error {}

/** The core schema's scalar tags, in the order `yaml` tries them on a plain scalar. */
const CORE_SCALAR_TAGS = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag => !tag.collection && tag.default === true && tag.test !== undefined);
/** The characters a plain scalar that the core schema reads as other than text can begin with. */
const NON_TEXT_FIRST = new Set('~nNtTfF+-.0123456789');

/** The longest implicit key yaml takes, in characters. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

/** Document markers and directives, which the rebuild does not place. */
const DOCUMENT_MARKERS = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)|^%/m;
/** `? ` starting an explicit key. */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:[ \t\r\n]|$)/;
/** A carriage return not followed by a line feed, which js-yaml and yaml break lines at differently. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/**
 * The root node of the text as `yaml`'s parseDocument (core schema) would build it, with the same
 * node classes, values and ranges; undefined when the text is not the common case or not valid.
 */
export function fastParse(text: string): Node | undefined {
  // js-yaml drops a byte order mark, which would shift every offset by one.
  if (text.charCodeAt(0) === 0xfeff || DOCUMENT_MARKERS.test(text) || EXPLICIT_KEY.test(text) || LONE_CARRIAGE_RETURN.test(text)) return undefined;
  const builder = new TreeBuilder(text);
  try {
    load(text, {
      schema: CORE_SCHEMA,
      onWarning: (warning) => {
        throw warning;
      },
      listener: (event: 'open' | 'close', state: State) => {
        if (event === 'open') builder.open(state.position);
        else builder.close(state.position, state.kind, state.result);
      },
    });
    return builder.root();
  } catch {
    // A syntax error, a duplicate key, a nesting too deep, or something the rebuild does not handle.
    return undefined;
  }
}

/**
 * A node being composed: where it opened, and its first `count` entries of `children`, finished,
 * with what js-yaml made of them. Frames are reused from one node to the next at the same depth.
 */
class Frame {
  open = 0;
  count = 0;
  readonly children: Node[] = [];
  readonly results: unknown[] = [];

  push(child: Node, result: unknown): void {
    this.children[this.count] = child;
    this.results[this.count++] = result;
  }
}

/**
 * `yaml`'s node constructors mark each node with Object.defineProperty, which costs more than all
 * the rest of building it. Nodes made from a prototype that carries the same mark are of the same
 * classes and pass isScalar, isMap, isSeq and isPair alike, at a third of the cost.
 */
function cheapFactory<T extends object>(sample: T): () => T {
  const marks = Object.fromEntries(Object.getOwnPropertySymbols(sample).map((symbol) => [symbol, Object.getOwnPropertyDescriptor(sample, symbol)!]));
  const prototype = Object.create(Object.getPrototypeOf(sample), marks) as T;
  return () => Object.create(prototype) as T;
}

const newScalar = cheapFactory(new Scalar<unknown>(null));
const newPair = cheapFactory(new Pair<unknown, unknown>(null));
const newMap = cheapFactory(new YAMLMap());
const newSeq = cheapFactory(new YAMLSeq());

function scalarOf(value: unknown, source: string, type: Scalar.Type): Scalar {
  const scalar = newScalar();
  scalar.value = value;
  scalar.source = source;
  scalar.type = type;
  return scalar;
}

const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Hash = 0x23,
}

function isSpace(char: number): boolean {
  return char === Char.Space || char === Char.Tab;
}

function isWhitespace(char: number): boolean {
  return char === Char.Space || char === Char.Tab || char === Char.LineFeed || char === Char.CarriageReturn;
}

/**
 * Where a node stands, which decides how far `yaml` lets it run on past its value: in a block
 * collection, the collection's column (0 or more); otherwise one of these.
 */
const IN_FLOW = -1;
const AS_KEY = -2;
const AT_ROOT = -3;

/**
 * Builds `yaml` nodes as js-yaml closes them. A node's end as a node (range[2]) depends on where it
 * stands, known once its parent closes: scalars and flow collections get it then.
 */
class TreeBuilder {
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly top = new Frame();

  constructor(private readonly text: string) {}

  open(position: number): void {
    const frame = (this.frames[this.depth++] ??= new Frame());
    frame.open = position;
    frame.count = 0;
  }

  close(position: number, kind: string | null, result: unknown): void {
    const frame = this.frames[--this.depth]!;
    const parent = this.depth > 0 ? this.frames[this.depth - 1]! : this.top;
    // js-yaml reads a block sequence item as a possible mapping whose first key may stand alone:
    // the outer node then only repeats the inner one.
    if (frame.count === 1 && frame.results[0] === result) {
      parent.push(frame.children[0]!, result);
      return;
    }
    const start = this.contentStart(frame.open);
    const first = this.text.charCodeAt(start);
    if (first === 0x26 /* & */ || first === 0x2a /* * */ || first === 0x21 /* ! */) throw new NotCommonCase('anchor, alias or tag');
    let node: Node;
    if (kind === 'mapping') node = this.mapping(frame, start, position, result);
    else if (kind === 'sequence') node = this.sequence(frame, start, position, result);
    else if (kind === 'scalar' && frame.count === 0) node = this.scalar(start, position, first, result);
    else throw new NotCommonCase('an empty value or an unexpected node');
    parent.push(node, result);
  }

  root(): Node | undefined {
    if (this.top.count !== 1) return undefined;
    const root = this.top.children[0]!;
    this.placeFlowNode(root, AT_ROOT);
    return root;
  }

  private mapping(frame: Frame, start: number, close: number, result: unknown): YAMLMap {
    const { children, results, count } = frame;
    const values = result as Record<string, unknown>;
    if (count !== 2 * Object.keys(values).length) throw new NotCommonCase('mapping shape');
    const flow = this.text.charCodeAt(start) === 0x7b; /* { */
    const column = flow ? IN_FLOW : this.column(start);
    const map = newMap();
    map.items = [];
    map.flow = flow;
    for (let i = 0; i < count; i += 2) {
      const key = children[i]!;
      const value = children[i + 1]!;
      if (!isScalar(key) || values[String(key.value)] !== results[i + 1]) throw new NotCommonCase('mapping content');
      // yaml refuses an implicit key longer than this; js-yaml takes it.
      if (key.range![1] - key.range![0] > MAX_IMPLICIT_KEY_LENGTH) throw new NotCommonCase('long key');
      this.placeFlowNode(key, AS_KEY);
      this.placeFlowNode(value, column);
      const pair = newPair();
      pair.key = key;
      pair.value = value;
      map.items.push(pair);
    }
    map.range = flow ? this.flowRange(start, close) : this.blockRange(start, children[count - 1]!);
    return map;
  }

  private sequence(frame: Frame, start: number, close: number, result: unknown): YAMLSeq {
    const { children, results, count } = frame;
    if (!Array.isArray(result) || count !== result.length) throw new NotCommonCase('sequence shape');
    const flow = this.text.charCodeAt(start) === 0x5b; /* [ */
    const column = flow ? IN_FLOW : this.column(start);
    const seq = newSeq();
    seq.items = children.slice(0, count);
    seq.flow = flow;
    for (let i = 0; i < count; i++) {
      if (results[i] !== result[i]) throw new NotCommonCase('sequence content');
      this.placeFlowNode(children[i]!, column);
    }
    seq.range = flow ? this.flowRange(start, close) : this.blockRange(start, children[count - 1]!);
    return seq;
  }

  /** A flow collection's value ends with its closing bracket, where js-yaml closes it. */
  private flowRange(start: number, close: number): [number, number, number] {
    const valueEnd = Math.min(close, this.text.length);
    this.refuseCommentAt(valueEnd);
    return [start, valueEnd, valueEnd];
  }

  /**
   * A block collection's value ends where its last item ends. When a comment line between there and
   * the next token is indented at least as deep as the collection, those lines belong to it and the
   * node runs on to the next token; a collection at column 0 leaves them to its parent or the document.
   */
  private blockRange(start: number, last: Node): [number, number, number] {
    const valueEnd = last.range![2];
    const column = this.column(start);
    const owned = column > 0 && this.deepestTrailingComment(valueEnd) >= column;
    return [start, valueEnd, owned ? this.contentStart(valueEnd) : valueEnd];
  }

  private scalar(start: number, close: number, first: number, written: unknown): Scalar {
    const { text } = this;
    let valueEnd = Math.min(close, text.length);
    while (valueEnd > start && isWhitespace(text.charCodeAt(valueEnd - 1))) valueEnd--;
    let scalar: Scalar;
    if (first === 0x7c /* | */ || first === 0x3e /* > */) {
      // The rebuild ends a block scalar after the last line with text on it; `yaml` also counts the
      // blank lines that an empty or kept block scalar ends with, and a last line of spaces.
      const header = text.slice(start, this.commentEnd(start));
      if (typeof written !== 'string' || written === '' || header.includes('+') || /(?:^|\n)[ \t]+\n?$/.test(written)) {
        throw new NotCommonCase('block scalar ending in blank lines');
      }
      scalar = scalarOf(written, written, first === 0x7c ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED');
      valueEnd = this.afterLineBreak(this.afterSpaces(valueEnd));
    } else if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
      if (typeof written !== 'string') throw new NotCommonCase('quoted scalar that is not text');
      scalar = scalarOf(written, written, first === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
      this.refuseCommentAt(valueEnd);
    } else {
      scalar = plainScalar(typeof written === 'string' ? written : text.slice(start, valueEnd), written);
    }
    scalar.range = [start, valueEnd, valueEnd];
    return scalar;
  }

  /** yaml refuses a comment right after a closing quote or bracket, without a space between; js-yaml takes it. */
  private refuseCommentAt(offset: number): void {
    if (this.text.charCodeAt(offset) === Char.Hash) throw new NotCommonCase('comment without a space before it');
  }

  /** Sets where a scalar or flow collection ends as a node, now that its place is known. */
  private placeFlowNode(node: Node, place: number): void {
    const range = node.range!;
    const isFlowNode = isScalar(node) ? node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED' : (node as YAMLMap | YAMLSeq).flow === true;
    if (isFlowNode) range[2] = this.nodeEnd(range[1], place);
  }

  /**
   * Past the spaces, comment and line break after a value, and, in a block collection, past the
   * comment lines right after it that are indented deeper than the collection.
   */
  private nodeEnd(valueEnd: number, place: number): number {
    if (place === AS_KEY) return valueEnd;
    const afterSpaces = this.afterSpaces(valueEnd);
    if (place === IN_FLOW) return afterSpaces;
    const { text } = this;
    const hasComment = afterSpaces > valueEnd && text.charCodeAt(afterSpaces) === Char.Hash;
    const lineEnd = hasComment ? this.commentEnd(afterSpaces) : afterSpaces;
    let end = this.afterLineBreak(lineEnd);
    if (end === lineEnd) return hasComment ? lineEnd : afterSpaces;
    if (place === AT_ROOT) return end;
    for (let comment = this.nextCommentLine(end); comment !== undefined && comment.indent > place; comment = this.nextCommentLine(end)) {
      end = this.afterLineBreak(this.commentEnd(comment.offset));
    }
    return end;
  }

  /** The first line from the line start `offset` on that is not blank, if it holds only a comment. */
  private nextCommentLine(offset: number): { offset: number; indent: number } | undefined {
    const { text } = this;
    let lineStart = offset;
    while (lineStart < text.length) {
      const content = this.afterSpaces(lineStart);
      if (text.charCodeAt(content) === Char.Hash) return { offset: content, indent: content - lineStart };
      const next = this.afterLineBreak(content);
      if (next === content) return undefined;
      lineStart = next;
    }
    return undefined;
  }

  /** The indent of the deepest comment line among the blank and comment lines from `offset` on; -1 if none. */
  private deepestTrailingComment(offset: number): number {
    let deepest = -1;
    for (let comment = this.nextCommentLine(offset); comment !== undefined; comment = this.nextCommentLine(this.afterLineBreak(this.commentEnd(comment.offset)))) {
      deepest = Math.max(deepest, comment.indent);
    }
    return deepest;
  }

  /** The first offset from `offset` on that is neither whitespace nor in a comment. */
  private contentStart(offset: number): number {
    const { text } = this;
    while (offset < text.length) {
      const char = text.charCodeAt(offset);
      if (isWhitespace(char)) offset++;
      else if (char === Char.Hash) offset = this.commentEnd(offset);
      else break;
    }
    return offset;
  }

  private afterSpaces(offset: number): number {
    while (offset < this.text.length && isSpace(this.text.charCodeAt(offset))) offset++;
    return offset;
  }

  private afterLineBreak(offset: number): number {
    const char = this.text.charCodeAt(offset);
    if (char === Char.CarriageReturn) return this.text.charCodeAt(offset + 1) === Char.LineFeed ? offset + 2 : offset + 1;
    return char === Char.LineFeed ? offset + 1 : offset;
  }

  private commentEnd(offset: number): number {
    const { text } = this;
    while (offset < text.length && text.charCodeAt(offset) !== Char.LineFeed && text.charCodeAt(offset) !== Char.CarriageReturn) offset++;
    return offset;
  }

  private column(offset: number): number {
    const { text } = this;
    let lineStart = offset;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== Char.LineFeed && text.charCodeAt(lineStart - 1) !== Char.CarriageReturn) lineStart--;
    return offset - lineStart;
  }
}

/** A plain scalar resolved by the core schema's tags as `yaml` does; js-yaml must agree. */
function plainScalar(source: string, written: unknown): Scalar {
  const tag = NON_TEXT_FIRST.has(source[0] ?? '~') ? CORE_SCALAR_TAGS.find((candidate) => candidate.test!.test(source)) : undefined;
  const notAgreed = (): never => {
    throw new NotCommonCase('js-yaml and yaml read a plain scalar differently');
  };
  const resolved = tag ? tag.resolve(source, notAgreed, { intAsBigInt: false }) : source;
  // A float keeps its written fraction digits in a Scalar of its own.
  const scalar = isScalar(resolved) ? resolved : scalarOf(resolved, source, 'PLAIN');
  if (scalar.value !== written || (tag === undefined) !== (typeof written === 'string')) notAgreed();
  scalar.source = source;
  scalar.type = 'PLAIN';
  if (tag?.format) scalar.format = tag.format;
  return scalar;
}
