// Typed reading of a parsed YAML document, reporting every node that does not have the expected
// shape with its exact place, so that loading can go on with whatever is valid.
import { parsePartialDate } from './dates';
import type { ProblemSink } from './problems';
import type { TextIndex } from './text-index';
import type { FileRange, PartialDate } from './types';
import { NO_NODE, NodeKind, type YamlNode, type YamlTree } from './yaml-tree';

/** A node that is a value: a scalar, mapping or sequence, not an alias. */
export type ValueNode = YamlNode;

/** Something with a place in the file, worked out when asked for. */
export interface Place {
  readonly at: FileRange;
}

/** A place that can be kept until every file is read, as a node where it has one. */
export interface LastingPlace extends Place {
  /** The node whose range is this place, NO_NODE when the place is worked out otherwise. */
  readonly placedNode: YamlNode;
}

/** A key of a mapping with its value, as found in the file. */
export interface Field extends LastingPlace {
  name: string;
  key: YamlNode;
  value: ValueNode | undefined;
  /** The place to blame when the value is wrong: the value, or the key when the value is empty. */
  readonly at: FileRange;
  /** Where the key is written. */
  readonly keyAt: FileRange;
}

/** An item of a list, alias followed, with its place. */
export interface ListItem extends LastingPlace {
  node: ValueNode | undefined;
}

/**
 * Places are worked out when first asked for: a large fact base has a million nodes, and most of
 * their places are only ever needed for a problem.
 */
class LocatedField implements Field {
  private place?: FileRange;

  constructor(
    private readonly yaml: YamlFile,
    readonly name: string,
    readonly key: YamlNode,
    readonly value: ValueNode | undefined,
    private readonly written: YamlNode,
    private readonly mapping: Place,
  ) {}

  get at(): FileRange {
    this.place ??= this.yaml.isPlaced(this.written) ? this.yaml.rangeOf(this.written) : this.yaml.rangeOf(this.key, this.mapping);
    return this.place;
  }

  get keyAt(): FileRange {
    return this.yaml.rangeOf(this.key, this);
  }

  get placedNode(): YamlNode {
    return this.yaml.isPlaced(this.written) ? this.written : NO_NODE;
  }
}

class LocatedItem implements ListItem {
  private place?: FileRange;

  constructor(
    private readonly yaml: YamlFile,
    readonly node: ValueNode | undefined,
    private readonly written: YamlNode,
    private readonly list: Field,
  ) {}

  get at(): FileRange {
    this.place ??= this.yaml.isPlaced(this.written) ? this.yaml.rangeOf(this.written) : this.list.at;
    return this.place;
  }

  get placedNode(): YamlNode {
    return this.yaml.isPlaced(this.written) ? this.written : NO_NODE;
  }
}

export class LocatedText implements LastingPlace {
  constructor(
    readonly text: string,
    private readonly place: LastingPlace,
  ) {}

  get at(): FileRange {
    return this.place.at;
  }

  get placedNode(): YamlNode {
    return this.place.placedNode;
  }
}

/** Whether the character is one that `\s` matches; ASCII letters and digits decided without a regular expression. */
function isWhitespaceAt(text: string, offset: number): boolean {
  const char = text.charCodeAt(offset);
  if (char > 0x20 && char < 0x7f) return false;
  return /\s/.test(text[offset]!);
}

/** Mappings of at most this many entries are searched for a repeated key one by one. */
const FEW_ENTRIES = 16;

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export class YamlFile {
  constructor(
    readonly index: TextIndex,
    readonly tree: YamlTree,
    readonly problems: ProblemSink,
    /** False when the aliases of this file expand beyond the limit: they are then not followed. */
    readonly followAliases: boolean,
  ) {}

  get file(): string {
    return this.index.file;
  }

  /** Whether the node is there and its place known. */
  isPlaced(node: YamlNode | undefined): node is YamlNode {
    return node !== undefined && node !== NO_NODE && this.tree.start(node) !== -1;
  }

  rangeOf(node: YamlNode | undefined, fallback?: Place): FileRange {
    if (!this.isPlaced(node)) return fallback?.at ?? this.index.range(0, 0);
    // Block collections run to the next entry; their range ends with their last character.
    const text = this.index.text;
    const start = this.tree.start(node);
    let end = this.tree.end(node);
    while (end > start && isWhitespaceAt(text, end - 1)) end--;
    return this.index.range(start, end);
  }

  /** The node itself, or what an alias stands for. Reports aliases that cannot be followed. */
  resolve(node: YamlNode): ValueNode | undefined {
    if (node === NO_NODE) return undefined;
    if (this.tree.kind(node) !== NodeKind.Alias) return node;
    const name = String(this.tree.value(node));
    if (!this.followAliases) {
      this.problems.error('yaml-alias', this.rangeOf(node), `alias *${name} not followed: this file's aliases expand too much`);
      return undefined;
    }
    const target = this.tree.aliasTarget(node);
    if (target === NO_NODE) {
      this.problems.error('yaml-alias', this.rangeOf(node), `alias *${name} names no anchor`);
      return undefined;
    }
    return target;
  }

  /** A scalar's value; undefined for any other node. */
  scalarValue(node: ValueNode | undefined): unknown {
    return node !== undefined && this.tree.isScalar(node) ? this.tree.value(node) : undefined;
  }

  /** A description of the node for a message: "a list", "the number 3". */
  describe(node: YamlNode | undefined): string {
    if (node === undefined || node === NO_NODE) return 'nothing';
    const kind = this.tree.kind(node);
    if (kind === NodeKind.Map) return 'a mapping';
    if (kind === NodeKind.Seq) return 'a list';
    if (kind === NodeKind.Alias) return 'an alias';
    const value = this.tree.value(node);
    if (value === null || value === undefined) return 'nothing';
    if (typeof value === 'number') return `the number ${value}`;
    if (typeof value === 'boolean') return `${value}`;
    if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
    return 'an unexpected value';
  }

  schemaError(at: FileRange, message: string): void {
    this.problems.error('schema', at, message);
  }

  /**
   * Reads a mapping with the given keys, reporting unknown keys, duplicate keys and missing required
   * ones. Returns undefined (after reporting) when the node is not a mapping.
   */
  mapping(node: ValueNode | undefined, what: string, place: Place, allowed: readonly string[] | 'any key', required: readonly string[] = []): Map<string, Field> | undefined {
    const fields = new Map<string, Field>();
    const isMapping = this.eachEntry(node, what, place, allowed, (name, key, written, value) => fields.set(name, new LocatedField(this, name, key, value, written, place)));
    if (!isMapping) return undefined;
    // Most mappings have every required key: the list of missing ones is made only when one is.
    if (required.some((name) => !fields.has(name))) {
      const missing = required.filter((name) => !fields.has(name));
      const children = this.tree.childCount(node!);
      const firstKey = children > 0 ? this.tree.child(node!, 0) : NO_NODE;
      this.schemaError(firstKey !== NO_NODE ? this.rangeOf(firstKey, place) : place.at, `${what}: missing required ${missing.length === 1 ? 'key' : 'keys'} ${missing.map((m) => `"${m}"`).join(', ')}`);
    }
    return fields;
  }

  /**
   * Visits the entries of a mapping with the given keys, in order, each key once, reporting unknown
   * keys, as `mapping` reads them but without a field object per entry: a large fact base has a
   * hundred thousand entries of spelling uses. Returns false (after reporting) when the node is not
   * a mapping.
   */
  eachEntry(
    node: ValueNode | undefined,
    what: string,
    place: Place,
    allowed: readonly string[] | 'any key',
    visit: (name: string, key: YamlNode, written: YamlNode, value: ValueNode | undefined) => void,
  ): boolean {
    const { tree } = this;
    if (node === undefined || tree.kind(node) !== NodeKind.Map) {
      this.schemaError(place.at, `${what} must be a mapping (key: value lines), found ${this.describe(node)}`);
      return false;
    }
    const children = tree.childCount(node);
    // Allowed keys read are marked by their index, up to 32 of them; few entries are searched for a
    // repeated key faster than a set is made.
    let allowedRead = 0;
    const seen = allowed === 'any key' && children > 2 * FEW_ENTRIES ? new Set<string>() : undefined;
    for (let entry = 0; entry < children; entry += 2) {
      const key = tree.child(node, entry);
      const name = this.keyName(key);
      if (name === undefined) {
        this.schemaError(this.rangeOf(key, place), `${what}: keys must be plain names, found ${this.describe(key)}`);
        continue;
      }
      const allowedIndex = allowed === 'any key' ? -1 : allowed.indexOf(name);
      if (allowed !== 'any key' && allowedIndex === -1) {
        this.schemaError(this.rangeOf(key, place), `${what}: unknown key "${name}" (allowed: ${allowed.join(', ')})`);
        continue;
      }
      // The YAML parser already reports duplicate keys.
      if (allowedIndex !== -1 && allowedIndex < 32) {
        if (allowedRead & (1 << allowedIndex)) continue;
        allowedRead |= 1 << allowedIndex;
      } else if (seen ? seen.has(name) : this.isEarlierKey(node, entry, name)) {
        continue;
      }
      seen?.add(name);
      const written = tree.child(node, entry + 1);
      visit(name, key, written, this.resolve(written));
    }
    return true;
  }

  /** The field of a mapping's entry, as `mapping` makes it. */
  field(name: string, key: YamlNode, written: YamlNode, value: ValueNode | undefined, mapping: Place): Field {
    return new LocatedField(this, name, key, value, written, mapping);
  }

  /** A key's name; undefined for a key that is not a plain name. */
  private keyName(key: YamlNode): string | undefined {
    const value = this.tree.isScalar(key) ? this.tree.value(key) : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }

  /** Whether a key before `entry` has this name. */
  private isEarlierKey(node: YamlNode, entry: number, name: string): boolean {
    for (let earlier = 0; earlier < entry; earlier += 2) {
      if (this.keyName(this.tree.child(node, earlier)) === name) return true;
    }
    return false;
  }

  /** The items of a list, aliases followed; reports a value that is not a list. */
  list(field: Field | undefined, what: string): ListItem[] {
    const items: ListItem[] = [];
    this.eachItem(field, what, (node, written) => items.push(new LocatedItem(this, node, written, field!)));
    return items;
  }

  /** Visits the items of a list as `list` reads them, without an object per item; reports a value that is not a list. */
  private eachItem(field: Field | undefined, what: string, visit: (node: ValueNode | undefined, written: YamlNode) => void): void {
    if (!field) return;
    const list = field.value;
    if (list === undefined || this.tree.kind(list) !== NodeKind.Seq) {
      this.schemaError(field.at, `${what} must be a list, found ${this.describe(list)}`);
      return;
    }
    const count = this.tree.childCount(list);
    for (let index = 0; index < count; index++) {
      const item = this.tree.child(list, index);
      const node = this.resolve(item);
      // An alias that cannot be followed is reported already.
      if (node !== undefined || item === NO_NODE || this.tree.kind(item) !== NodeKind.Alias) visit(node, item);
    }
  }

  /** A text value. Numbers and booleans written plainly are taken as written ("27", "true"). */
  text(field: Field | undefined, what: string): string | undefined {
    if (!field) return undefined;
    return this.scalarText(field.value, field, what);
  }

  /** The text of a scalar; `place.at` is where a problem with it is reported. */
  private scalarText(node: ValueNode | undefined, place: Place, what: string): string | undefined {
    const scalar = this.scalarValue(node);
    if (scalar === null || scalar === undefined) {
      this.schemaError(place.at, `${what} must be text, found ${this.describe(node)}`);
      return undefined;
    }
    const value = typeof scalar === 'string' ? scalar : this.writtenForm(node!, scalar);
    if (value.trim() === '') {
      this.schemaError(place.at, `${what} must not be empty`);
      return undefined;
    }
    return value;
  }

  /** A list of texts; a single text is also accepted. Wrong items are reported and left out. */
  textList(field: Field | undefined, what: string): LocatedText[] {
    if (!field) return [];
    if (field.value !== undefined && this.tree.isScalar(field.value)) {
      const text = this.scalarText(field.value, field, what);
      return text === undefined ? [] : [new LocatedText(text, field)];
    }
    const texts: LocatedText[] = [];
    for (const item of this.list(field, what)) {
      const text = this.scalarText(item.node, item, `each item of ${what}`);
      if (text !== undefined) texts.push(new LocatedText(text, item));
    }
    return texts;
  }

  /** The texts of `textList` without their places, which only a problem needs. */
  texts(field: Field | undefined, what: string): string[] {
    if (!field) return [];
    if (field.value !== undefined && this.tree.isScalar(field.value)) {
      const text = this.scalarText(field.value, field, what);
      return text === undefined ? [] : [text];
    }
    const texts: string[] = [];
    this.eachItem(field, what, (node, written) => {
      const value = this.scalarValue(node);
      // Plain text is taken as it is; anything else is read, and reported, as `textList` does.
      const text = typeof value === 'string' && value.trim() !== '' ? value : this.scalarText(node, new LocatedItem(this, node, written, field), `each item of ${what}`);
      if (text !== undefined) texts.push(text);
    });
    return texts;
  }

  nonNegativeInteger(node: ValueNode | undefined, place: Place, what: string): number | undefined {
    const value = this.scalarValue(node);
    if (!isNonNegativeInteger(value)) {
      this.schemaError(place.at, `${what} must be a whole number of 0 or more, found ${this.describe(node)}`);
      return undefined;
    }
    return value;
  }

  boolean(field: Field | undefined, what: string): boolean | undefined {
    if (!field) return undefined;
    const value = this.scalarValue(field.value);
    if (typeof value !== 'boolean') {
      this.schemaError(field.at, `${what} must be true or false, found ${this.describe(field.value)}`);
      return undefined;
    }
    return value;
  }

  date(field: Field | undefined, what: string): PartialDate | undefined {
    if (!field) return undefined;
    const node = field.value;
    const value = this.scalarValue(node);
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.schemaError(field.at, `${what} must be a date such as 2025, 2025-02 or 2025-02-03, found ${this.describe(node)}`);
      return undefined;
    }
    const parsed = parsePartialDate(typeof value === 'string' ? value : this.writtenForm(node!, value));
    if ('invalid' in parsed) {
      this.problems.error('invalid-date', field.at, `${what}: ${parsed.invalid}`);
      return undefined;
    }
    return parsed;
  }

  /** A scalar of this value exactly as written in the file, without quotes. */
  private writtenForm(node: ValueNode, value: unknown): string {
    if (this.tree.kind(node) === NodeKind.PlainScalar && this.isPlaced(node)) return this.index.text.slice(this.tree.start(node), this.tree.end(node));
    return String(value);
  }
}
