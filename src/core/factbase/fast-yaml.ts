// A fast reading of the common fact base file: block mappings and sequences of one-line scalars
// (plain or quoted), one-line flow collections and simple block scalars, with comments. It builds
// the tree with the values and places `yaml`'s parseDocument (core schema) gives, many times faster.
// Whatever falls outside that subset, and any error, gives undefined: the caller then parses with
// `yaml`, which reports errors with their places and recovers what it can.
import { Schema, isScalar, type ScalarTag } from 'yaml';
import { NodeKind, YamlTree, type YamlNode } from './yaml-tree';

/** Thrown inside the reading when the text is not the common case. */
class NotCommonCase extends Error {}

function decline(): never {
  throw new NotCommonCase();
}

/** The core schema's scalar tags, in the order `yaml` tries them on a plain scalar. */
const CORE_SCALAR_TAGS = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag => !tag.collection && tag.default === true && tag.test !== undefined);
/** The characters a plain scalar that the core schema reads as other than text can begin with. */
const NON_TEXT_FIRST = new Set('~nNtTfF+-.0123456789');

/** The longest implicit key yaml takes, in characters. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

/**
 * Characters the reading leaves to `yaml`: tabs, carriage returns, control characters, byte order
 * marks and the line breaks of YAML 1.1, on which `yaml` and a plain reading could differ.
 */
const UNCOMMON_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;

const enum Char {
  LineFeed = 0x0a,
  Space = 0x20,
  DoubleQuote = 0x22,
  Hash = 0x23,
  SingleQuote = 0x27,
  Comma = 0x2c,
  Dash = 0x2d,
  Colon = 0x3a,
  GreaterThan = 0x3e,
  QuestionMark = 0x3f,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  Bar = 0x7c,
  CloseBrace = 0x7d,
}

/** Escapes of double-quoted scalars that stand for one character. */
const ESCAPED: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
/** Escapes followed by that many hexadecimal digits. */
const HEX_ESCAPE_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The root node of the text as `yaml`'s parseDocument (core schema) reads it, with the same values
 * and places; undefined when the text is not the common case or not valid.
 */
export function fastParse(text: string): YamlTree | undefined {
  if (UNCOMMON_CHARACTER.test(text)) return undefined;
  try {
    return new BlockReader(text).document();
  } catch (error) {
    if (error instanceof NotCommonCase || error instanceof RangeError) return undefined;
    throw error;
  }
}

function isFlowIndicator(char: number): boolean {
  return char === Char.Comma || char === Char.OpenBracket || char === Char.CloseBracket || char === Char.OpenBrace || char === Char.CloseBrace;
}

/** Whether a plain scalar may begin at `offset`: not with an indicator, save `-?:` before a safe character. */
function canStartPlain(text: string, offset: number, inFlow: boolean): boolean {
  const char = text.charCodeAt(offset);
  switch (char) {
    case Char.Dash:
    case Char.QuestionMark:
    case Char.Colon: {
      const next = text.charCodeAt(offset + 1);
      return !(next !== next || next === Char.Space || next === Char.LineFeed || (inFlow && isFlowIndicator(next)));
    }
    case Char.Comma:
    case Char.OpenBracket:
    case Char.CloseBracket:
    case Char.OpenBrace:
    case Char.CloseBrace:
    case Char.Hash:
    case 0x26 /* & */:
    case 0x2a /* * */:
    case 0x21 /* ! */:
    case Char.Bar:
    case Char.GreaterThan:
    case Char.SingleQuote:
    case Char.DoubleQuote:
    case 0x25 /* % */:
    case 0x40 /* @ */:
    case 0x60 /* ` */:
    case Char.Space:
    case Char.LineFeed:
      return false;
    default:
      return char === char; // not past the end (NaN)
  }
}

/** What the escape `\escape` of a double-quoted scalar stands for; `hex` holds the digits after it. */
function escapedCharacter(escape: string, hex: string): string {
  const digits = HEX_ESCAPE_DIGITS[escape];
  if (digits === undefined) return ESCAPED[escape] ?? decline();
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) decline();
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) decline();
  return String.fromCodePoint(code);
}

/** A plain scalar resolved by the core schema's tags as `yaml` does. */
function plainValue(source: string): unknown {
  if (!NON_TEXT_FIRST.has(source[0]!)) return source;
  if (isShortDecimal(source)) return Number(source);
  const tag = CORE_SCALAR_TAGS.find((candidate) => candidate.test!.test(source));
  if (!tag) return source;
  const resolved = tag.resolve(source, decline, { intAsBigInt: false });
  // A float comes in a Scalar of its own, which keeps its written fraction digits.
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * Whether the text is all decimal digits, few enough to be read exactly: the core schema's int
 * tag, the first to match such text, reads it as `Number` does (leading zeros and all).
 */
function isShortDecimal(source: string): boolean {
  if (source.length > 15) return false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charCodeAt(i);
    if (char < 0x30 || char > 0x39) return false;
  }
  return true;
}

/**
 * Reads the text line by line. Each block collection knows its column; a node's `end` follows
 * `yaml`: a scalar or flow collection ends with its last character, a block collection where its
 * last entry ends as a node, which for a scalar takes in the comment after it and the comment lines
 * below indented deeper than the collection.
 */
class BlockReader {
  private offset = 0;
  /** The indent of the line of the content `nextContent` found last. */
  private indent = 0;
  /**
   * Where the value read last ends as a node; -1 for a scalar or flow collection, whose end as a
   * node depends on the collection it stands in.
   */
  private nodeEnd = -1;
  /** Each key text once, by the hash of its characters: keys repeat from entry to entry, and the tree keeps them all. */
  private readonly keyTexts = new Map<number, string>();
  private readonly tree: YamlTree;
  /**
   * The offset `nextCommentLine` was asked about last, and its answer: a collection ending with a
   * scalar asks about the line after it once for the scalar and once for each collection ending there.
   */
  private commentLineAsked = -1;
  private commentLineFound = -1;

  constructor(private readonly text: string) {
    // A fact base file has a node for about every nine characters.
    this.tree = new YamlTree(Math.max(1024, text.length >> 3));
  }

  document(): YamlTree {
    this.offset = this.nextContent(0);
    if (this.offset >= this.text.length) decline();
    this.tree.root = this.blockCollection(this.indent);
    if (this.nextContent(this.offset) < this.text.length) decline();
    return this.tree;
  }

  /** The block mapping or sequence at the offset, of the given column. */
  private blockCollection(column: number): YamlNode {
    return this.isSequenceItem(this.offset) ? this.blockSequence(column) : this.blockMapping(column);
  }

  private isSequenceItem(offset: number): boolean {
    const next = this.text.charCodeAt(offset + 1);
    return this.text.charCodeAt(offset) === Char.Dash && (next === Char.Space || next === Char.LineFeed || next !== next);
  }

  private blockMapping(column: number): YamlNode {
    const firstPending = this.tree.pendingCount;
    const map = this.tree.open(NodeKind.Map, this.offset);
    for (;;) {
      const key = this.blockKey();
      this.addKey(firstPending, key);
      const value = this.mappingValue(column);
      this.tree.addChild(value);
      if (!this.nextEntry(column, false)) return this.finish(map, firstPending, column, value);
    }
  }

  /** Adds a key to the mapping whose children start at `firstPending`; a key it has already is an error. */
  private addKey(firstPending: number, key: YamlNode): void {
    const { tree } = this;
    const text = tree.value(key);
    for (let i = firstPending; i < tree.pendingCount; i += 2) if (tree.value(tree.pendingChild(i)) === text) decline();
    tree.addChild(key);
  }

  private blockSequence(column: number): YamlNode {
    const firstPending = this.tree.pendingCount;
    const seq = this.tree.open(NodeKind.Seq, this.offset);
    for (;;) {
      this.offset = this.afterSpaces(this.offset + 1);
      const item = this.sequenceItem(column);
      this.tree.addChild(item);
      if (!this.nextEntry(column, true)) return this.finish(seq, firstPending, column, item);
    }
  }

  /**
   * Moves to the next entry of the block collection at `column`; false when the collection ends
   * there. Content indented deeper is a continuation or an error, not read here.
   */
  private nextEntry(column: number, sequence: boolean): boolean {
    const next = this.nextContent(this.offset);
    if (next >= this.text.length || this.indent < column) return false;
    if (this.indent > column) decline();
    if (sequence && !this.isSequenceItem(next)) return false;
    this.offset = next;
    return true;
  }

  /** Closes the collection, ending it where its last entry, read last, ends; works out its own end as a node. */
  private finish(node: YamlNode, firstPending: number, column: number, last: YamlNode): YamlNode {
    const valueEnd = this.nodeEnd === -1 ? this.flowNodeEnd(this.tree.end(last), column) : this.nodeEnd;
    this.tree.close(node, firstPending, valueEnd);
    const owned = column > 0 && this.deepestTrailingComment(valueEnd) >= column;
    this.nodeEnd = owned ? this.contentStart(valueEnd) : valueEnd;
    return node;
  }

  /**
   * The text of the plain key from `start` to `end`, found by its hash among the keys read before
   * without cutting it from the file; declines a key the core schema reads as other than text.
   */
  private keyText(start: number, end: number): string {
    const { text } = this;
    let hash = 0;
    for (let offset = start; offset < end; offset++) hash = (Math.imul(hash, 31) + text.charCodeAt(offset)) | 0;
    // Kept a small integer, which a Map holds without making a number object.
    hash &= 0x3fffffff;
    const known = this.keyTexts.get(hash);
    if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
    const value = plainValue(text.slice(start, end));
    if (typeof value !== 'string') decline();
    // Of two keys with the same hash, the later one is kept: the table saves work, it decides nothing.
    this.keyTexts.set(hash, value);
    return value;
  }

  /** A plain key and its colon on the current line. */
  private blockKey(): YamlNode {
    const { text } = this;
    const start = this.offset;
    if (!canStartPlain(text, start, false)) decline();
    const colon = this.blockPlainEnd(start);
    if (text.charCodeAt(colon) !== Char.Colon) decline();
    const end = this.trimmedEnd(start, colon);
    if (end - start > MAX_IMPLICIT_KEY_LENGTH) decline();
    const key = this.keyText(start, end);
    this.offset = colon + 1;
    return this.tree.scalar(key, true, start, end);
  }

  /**
   * Where a plain scalar in a block collection that starts at `start` stops: at the colon that
   * makes it a key, at the comment after it, or at the end of the line.
   */
  private blockPlainEnd(start: number): number {
    const { text } = this;
    for (let offset = start; ; offset++) {
      const char = text.charCodeAt(offset);
      if (char !== char || char === Char.LineFeed) return offset;
      if (char === Char.Colon) {
        const next = text.charCodeAt(offset + 1);
        if (next === Char.Space || next === Char.LineFeed || next !== next) return offset;
      } else if (char === Char.Hash && text.charCodeAt(offset - 1) === Char.Space) {
        return offset;
      }
    }
  }

  /** The end of the text from `start` to `end` without the spaces it ends with. */
  private trimmedEnd(start: number, end: number): number {
    while (end > start && this.text.charCodeAt(end - 1) === Char.Space) end--;
    return end;
  }

  /** The value after a key's colon: on the same line, or a block collection on the lines below. */
  private mappingValue(column: number): YamlNode {
    const afterSpaces = this.afterSpaces(this.offset);
    if (this.endsLine(afterSpaces)) return this.nestedCollection(afterSpaces, column, true);
    if (afterSpaces === this.offset) decline();
    this.offset = afterSpaces;
    return this.inlineValue(column);
  }

  /** Whether the line ends at the offset, maybe with a comment after a space. */
  private endsLine(offset: number): boolean {
    const char = this.text.charCodeAt(offset);
    return char === Char.LineFeed || char !== char || (char === Char.Hash && this.text.charCodeAt(offset - 1) === Char.Space);
  }

  /**
   * The block collection on the lines below a key or dash with nothing after it on its line;
   * after a key, a sequence may stand at the key's own column.
   */
  private nestedCollection(offset: number, column: number, afterKey: boolean): YamlNode {
    const next = this.nextContent(offset);
    if (next >= this.text.length) decline();
    const nested = this.indent;
    const isSequence = this.isSequenceItem(next);
    if (nested < column || (nested === column && !(afterKey && isSequence))) decline(); // an empty value
    this.offset = next;
    return isSequence ? this.blockSequence(nested) : this.blockMapping(nested);
  }

  /** The content after a sequence item's dash: a mapping starting on that line or below, or a value. */
  private sequenceItem(column: number): YamlNode {
    if (this.endsLine(this.offset)) return this.nestedCollection(this.offset, column, false);
    if (this.isSequenceItem(this.offset)) decline();
    if (this.startsKey(this.offset)) {
      const lineStart = this.lineStart(this.offset);
      return this.blockMapping(this.offset - lineStart);
    }
    return this.inlineValue(column);
  }

  /** Whether a plain key and its colon start at the offset. */
  private startsKey(offset: number): boolean {
    return canStartPlain(this.text, offset, false) && this.text.charCodeAt(this.blockPlainEnd(offset)) === Char.Colon;
  }

  /** A scalar, flow collection or block scalar starting on the current line, and the rest of the line. */
  private inlineValue(column: number): YamlNode {
    const { text } = this;
    const char = text.charCodeAt(this.offset);
    if (char === Char.Bar || char === Char.GreaterThan) {
      const node = this.blockScalar(column);
      this.nodeEnd = this.tree.end(node);
      return node;
    }
    let node: YamlNode;
    if (char === Char.DoubleQuote || char === Char.SingleQuote) node = this.quoted();
    else if (char === Char.OpenBracket || char === Char.OpenBrace) node = this.flowCollection();
    else node = this.blockPlain();
    this.restOfLine(this.tree.end(node));
    this.nodeEnd = -1;
    return node;
  }

  /** After a value: spaces, then the line's end or a comment after a space. */
  private restOfLine(valueEnd: number): void {
    const { text } = this;
    const offset = this.afterSpaces(valueEnd);
    const char = text.charCodeAt(offset);
    if (char === Char.Hash && offset > valueEnd) this.offset = this.commentEnd(offset);
    else if (char === Char.LineFeed || char !== char) this.offset = offset;
    else decline();
  }

  private blockPlain(): YamlNode {
    const { text } = this;
    const start = this.offset;
    if (!canStartPlain(text, start, false)) decline();
    const stop = this.blockPlainEnd(start);
    if (text.charCodeAt(stop) === Char.Colon) decline(); // a key where a value belongs
    const end = this.trimmedEnd(start, stop);
    return this.tree.scalar(plainValue(text.slice(start, end)), true, start, end);
  }

  /** A plain scalar in a flow collection; as a key, it must be text. */
  private flowPlain(asKey: boolean): YamlNode {
    const { text } = this;
    const start = this.offset;
    if (!canStartPlain(text, start, true)) decline();
    let offset = start;
    for (;;) {
      const char = text.charCodeAt(offset);
      if (char !== char || char === Char.LineFeed) decline(); // a flow collection over several lines
      if (isFlowIndicator(char)) break;
      if (char === Char.Colon) {
        const next = text.charCodeAt(offset + 1);
        if (next === Char.Space || isFlowIndicator(next)) break;
      } else if (char === Char.Hash && text.charCodeAt(offset - 1) === Char.Space) {
        decline();
      }
      offset++;
    }
    const end = this.trimmedEnd(start, offset);
    this.offset = offset;
    if (!asKey) return this.tree.scalar(plainValue(text.slice(start, end)), true, start, end);
    if (end - start > MAX_IMPLICIT_KEY_LENGTH) decline();
    return this.tree.scalar(this.keyText(start, end), true, start, end);
  }

  /** A single- or double-quoted scalar on one line. */
  private quoted(): YamlNode {
    const { text } = this;
    const start = this.offset;
    const quote = text.charCodeAt(start);
    let value = '';
    let chunkStart = start + 1;
    let offset = chunkStart;
    for (;;) {
      const char = text.charCodeAt(offset);
      if (char !== char || char === Char.LineFeed) decline(); // unclosed, or over several lines
      if (char === quote) {
        if (quote === Char.DoubleQuote || text.charCodeAt(offset + 1) !== Char.SingleQuote) break;
        value += text.slice(chunkStart, offset + 1); // '' stands for '
        offset += 2;
        chunkStart = offset;
      } else if (char === Char.Backslash && quote === Char.DoubleQuote) {
        const escape = text[offset + 1] ?? '';
        const length = 2 + (HEX_ESCAPE_DIGITS[escape] ?? 0);
        value += text.slice(chunkStart, offset) + escapedCharacter(escape, text.slice(offset + 2, offset + length));
        offset += length;
        chunkStart = offset;
      } else {
        offset++;
      }
    }
    value += text.slice(chunkStart, offset);
    this.offset = offset + 1;
    return this.tree.scalar(value, false, start, offset + 1);
  }

  /** A flow sequence or mapping on one line, without empty entries or trailing commas. */
  private flowCollection(): YamlNode {
    const { text, tree } = this;
    const start = this.offset;
    const isMapping = text.charCodeAt(start) === Char.OpenBrace;
    const close = isMapping ? Char.CloseBrace : Char.CloseBracket;
    const firstPending = tree.pendingCount;
    const node = tree.open(isMapping ? NodeKind.Map : NodeKind.Seq, start);
    this.offset = this.afterSpaces(start + 1);
    if (text.charCodeAt(this.offset) !== close) {
      for (;;) {
        if (isMapping) {
          const key = this.flowPlain(true);
          if (text.charCodeAt(this.offset) !== Char.Colon) decline();
          this.addKey(firstPending, key);
          this.offset = this.afterSpaces(this.offset + 1);
        }
        tree.addChild(this.flowItem());
        this.offset = this.afterSpaces(this.offset);
        const char = text.charCodeAt(this.offset);
        if (char === close) break;
        if (char !== Char.Comma) decline();
        this.offset = this.afterSpaces(this.offset + 1);
        if (text.charCodeAt(this.offset) === close) decline(); // a trailing comma
      }
    }
    this.offset++;
    tree.close(node, firstPending, this.offset);
    return node;
  }

  private flowItem(): YamlNode {
    const char = this.text.charCodeAt(this.offset);
    let node: YamlNode;
    if (char === Char.DoubleQuote || char === Char.SingleQuote) node = this.quoted();
    else if (char === Char.OpenBracket || char === Char.OpenBrace) node = this.flowCollection();
    else return this.flowPlain(false);
    const next = this.text.charCodeAt(this.offset);
    // A pair inside a flow sequence, or a comment right after a closing quote or bracket.
    if (next === Char.Colon || next === Char.Hash) decline();
    return node;
  }

  /**
   * A literal or folded block scalar whose lines all have the same indent, with no blank line
   * among them, clipped or stripped. Its end is past the line break after its last line.
   */
  private blockScalar(column: number): YamlNode {
    const { text } = this;
    const start = this.offset;
    const literal = text.charCodeAt(start) === Char.Bar;
    let offset = start + 1;
    const strip = text.charCodeAt(offset) === Char.Dash;
    if (strip) offset++;
    offset = this.afterSpaces(offset);
    if (!this.endsLine(offset)) decline(); // an indentation indicator or keep
    offset = this.commentEnd(offset);
    const lines: string[] = [];
    let lineStart = offset + 1;
    let indent = -1;
    let lastLineEnd = -1;
    let blankLines = 0;
    while (lineStart < text.length) {
      const contentStart = this.afterSpaces(lineStart);
      const spaces = contentStart - lineStart;
      const char = text.charCodeAt(contentStart);
      if (char === Char.LineFeed || char !== char) {
        if (indent === -1 || spaces > indent) decline(); // leading blank lines, or spaces that are content
        blankLines++;
        if (char !== char) break;
        lineStart = contentStart + 1;
        continue;
      }
      if (indent === -1) {
        if (spaces <= column) decline(); // an empty block scalar
        indent = spaces;
      }
      if (spaces < indent) break;
      if (spaces > indent || blankLines > 0) decline();
      const lineEnd = this.commentEnd(contentStart);
      lines.push(text.slice(contentStart, lineEnd));
      lastLineEnd = lineEnd;
      lineStart = lineEnd + 1;
    }
    if (lines.length === 0) decline();
    const end = Math.min(lastLineEnd + 1, text.length);
    const value = lines.join(literal ? '\n' : ' ') + (strip ? '' : '\n');
    this.offset = end;
    return this.tree.scalar(value, false, start, end);
  }

  /**
   * The first offset from the line start `offset` (or from after a value on a line) on that holds
   * content: past blank lines and comments. Sets `indent` to the indent of its line.
   */
  private nextContent(offset: number): number {
    const { text } = this;
    let lineStart = offset;
    for (;;) {
      const content = this.afterSpaces(offset);
      const char = text.charCodeAt(content);
      if (char === Char.Hash) {
        offset = this.commentEnd(content);
        continue;
      }
      if (char === Char.LineFeed) {
        offset = lineStart = content + 1;
        continue;
      }
      this.indent = content - lineStart;
      return char !== char ? text.length : content;
    }
  }

  /** The end as a node of a scalar or flow collection in a block collection at `column`. */
  private flowNodeEnd(valueEnd: number, column: number): number {
    const { text } = this;
    const afterSpaces = this.afterSpaces(valueEnd);
    const hasComment = afterSpaces > valueEnd && text.charCodeAt(afterSpaces) === Char.Hash;
    const lineEnd = hasComment ? this.commentEnd(afterSpaces) : afterSpaces;
    let end = this.afterLineBreak(lineEnd);
    if (end === lineEnd) return hasComment ? lineEnd : afterSpaces;
    for (let comment = this.nextCommentLine(end); comment !== -1 && comment - this.lineStart(comment) > column; comment = this.nextCommentLine(end)) {
      end = this.afterLineBreak(this.commentEnd(comment));
    }
    return end;
  }

  /** Where the first line from the line start `offset` on that is not blank starts its comment; -1 if it holds no comment. */
  private nextCommentLine(offset: number): number {
    if (offset !== this.commentLineAsked) {
      this.commentLineAsked = offset;
      this.commentLineFound = this.commentLineFrom(offset);
    }
    return this.commentLineFound;
  }

  private commentLineFrom(offset: number): number {
    const { text } = this;
    let lineStart = offset;
    while (lineStart < text.length) {
      const content = this.afterSpaces(lineStart);
      if (text.charCodeAt(content) === Char.Hash) return content;
      const next = this.afterLineBreak(content);
      if (next === content) return -1;
      lineStart = next;
    }
    return -1;
  }

  /** The indent of the deepest comment line among the blank and comment lines from `offset` on; -1 if none. */
  private deepestTrailingComment(offset: number): number {
    let deepest = -1;
    for (let comment = this.nextCommentLine(offset); comment !== -1; comment = this.nextCommentLine(this.afterLineBreak(this.commentEnd(comment)))) {
      deepest = Math.max(deepest, comment - this.lineStart(comment));
    }
    return deepest;
  }

  /** The first offset from `offset` on that is neither whitespace nor in a comment. */
  private contentStart(offset: number): number {
    const { text } = this;
    while (offset < text.length) {
      const char = text.charCodeAt(offset);
      if (char === Char.Space || char === Char.LineFeed) offset++;
      else if (char === Char.Hash) offset = this.commentEnd(offset);
      else break;
    }
    return offset;
  }

  private afterSpaces(offset: number): number {
    while (this.text.charCodeAt(offset) === Char.Space) offset++;
    return offset;
  }

  private afterLineBreak(offset: number): number {
    return this.text.charCodeAt(offset) === Char.LineFeed ? offset + 1 : offset;
  }

  private commentEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end === -1 ? this.text.length : end;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }
}
