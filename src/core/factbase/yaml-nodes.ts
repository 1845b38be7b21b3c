// Typed reading of a parsed YAML document, reporting every node that does not have the expected
// shape with its exact place, so that loading can go on with whatever is valid.
import { parsePartialDate } from './dates';
import type { ProblemSink } from './problems';
import type { TextIndex } from './text-index';
import type { FileRange, PartialDate } from './types';
import type { YamlNode, YamlScalar, YamlValue } from './yaml-tree';

export type ValueNode = YamlValue;

/** Something with a place in the file, worked out when asked for. */
export interface Place {
  readonly at: FileRange;
}

/** A key of a mapping with its value, as found in the file. */
export interface Field extends Place {
  name: string;
  key: YamlNode;
  value: ValueNode | undefined;
  /** The place to blame when the value is wrong: the value, or the key when the value is empty. */
  readonly at: FileRange;
  /** Where the key is written. */
  readonly keyAt: FileRange;
}

/** An item of a list, alias followed, with its place. */
export interface ListItem extends Place {
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
    private readonly written: YamlNode | null,
    private readonly mapping: Place,
  ) {}

  get at(): FileRange {
    this.place ??= this.written && this.written.start !== -1 ? this.yaml.rangeOf(this.written) : this.yaml.rangeOf(this.key, this.mapping);
    return this.place;
  }

  get keyAt(): FileRange {
    return this.yaml.rangeOf(this.key, this);
  }
}

class LocatedItem implements ListItem {
  private place?: FileRange;

  constructor(
    private readonly yaml: YamlFile,
    readonly node: ValueNode | undefined,
    private readonly written: YamlNode | null,
    private readonly list: Field,
  ) {}

  get at(): FileRange {
    this.place ??= this.written && this.written.start !== -1 ? this.yaml.rangeOf(this.written) : this.list.at;
    return this.place;
  }
}

class LocatedText {
  constructor(
    readonly text: string,
    private readonly place: Place,
  ) {}

  get at(): FileRange {
    return this.place.at;
  }
}

/** Whether the character is one that `\s` matches; ASCII letters and digits decided without a regular expression. */
function isWhitespaceAt(text: string, offset: number): boolean {
  const char = text.charCodeAt(offset);
  if (char > 0x20 && char < 0x7f) return false;
  return /\s/.test(text[offset]!);
}

export class YamlFile {
  constructor(
    readonly index: TextIndex,
    /** The document's contents; null when it has none. */
    readonly root: YamlNode | null,
    readonly problems: ProblemSink,
    /** False when the aliases of this file expand beyond the limit: they are then not followed. */
    readonly followAliases: boolean,
  ) {}

  get file(): string {
    return this.index.file;
  }

  rangeOf(node: YamlNode | undefined | null, fallback?: Place): FileRange {
    if (!node || node.start === -1) return fallback?.at ?? this.index.range(0, 0);
    // Block collections run to the next entry; their range ends with their last character.
    const text = this.index.text;
    let end = node.end;
    while (end > node.start && isWhitespaceAt(text, end - 1)) end--;
    return this.index.range(node.start, end);
  }

  /** The node itself, or what an alias stands for. Reports aliases that cannot be followed. */
  resolve(node: YamlNode | null): ValueNode | undefined {
    if (node === null) return undefined;
    if (node.kind !== 'alias') return node;
    if (!this.followAliases) {
      this.problems.error('yaml-alias', this.rangeOf(node), `alias *${node.source} not followed: this file's aliases expand too much`);
      return undefined;
    }
    const target = node.target();
    if (!target) this.problems.error('yaml-alias', this.rangeOf(node), `alias *${node.source} names no anchor`);
    return target;
  }

  schemaError(at: FileRange, message: string): void {
    this.problems.error('schema', at, message);
  }

  /**
   * Reads a mapping with the given keys, reporting unknown keys, duplicate keys and missing required
   * ones. Returns undefined (after reporting) when the node is not a mapping.
   */
  mapping(node: ValueNode | undefined, what: string, place: Place, allowed: readonly string[] | 'any key', required: readonly string[] = []): Map<string, Field> | undefined {
    if (node?.kind !== 'map') {
      this.schemaError(place.at, `${what} must be a mapping (key: value lines), found ${describeNode(node)}`);
      return undefined;
    }
    const fields = new Map<string, Field>();
    for (let entry = 0; entry < node.keys.length; entry++) {
      const key = node.keys[entry]!;
      if (key?.kind !== 'scalar' || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
        this.schemaError(this.rangeOf(key, place), `${what}: keys must be plain names, found ${describeNode(key ?? undefined)}`);
        continue;
      }
      const name = String(key.value);
      if (allowed !== 'any key' && !allowed.includes(name)) {
        this.schemaError(this.rangeOf(key, place), `${what}: unknown key "${name}" (allowed: ${allowed.join(', ')})`);
        continue;
      }
      if (fields.has(name)) continue; // the YAML parser already reports duplicate keys
      const written = node.values[entry]!;
      const value = this.resolve(written);
      fields.set(name, new LocatedField(this, name, key, value, written, place));
    }
    const missing = required.filter((name) => !fields.has(name));
    if (missing.length > 0) {
      const firstKey = node.keys[0];
      this.schemaError(firstKey ? this.rangeOf(firstKey, place) : place.at, `${what}: missing required ${missing.length === 1 ? 'key' : 'keys'} ${missing.map((m) => `"${m}"`).join(', ')}`);
    }
    return fields;
  }

  /** The items of a list, aliases followed; reports a value that is not a list. */
  list(field: Field | undefined, what: string): ListItem[] {
    if (!field) return [];
    if (field.value?.kind !== 'seq') {
      this.schemaError(field.at, `${what} must be a list, found ${describeNode(field.value)}`);
      return [];
    }
    const items: ListItem[] = [];
    for (const item of field.value.items) {
      const node = this.resolve(item);
      // An alias that cannot be followed is reported already.
      if (node || item?.kind !== 'alias') items.push(new LocatedItem(this, node, item, field));
    }
    return items;
  }

  /** A text value. Numbers and booleans written plainly are taken as written ("27", "true"). */
  text(field: Field | undefined, what: string): string | undefined {
    if (!field) return undefined;
    return this.scalarText(field.value, field, what);
  }

  /** The text of a scalar; `place.at` is where a problem with it is reported. */
  private scalarText(node: ValueNode | undefined, place: Place, what: string): string | undefined {
    if (node?.kind !== 'scalar' || node.value === null || node.value === undefined) {
      this.schemaError(place.at, `${what} must be text, found ${describeNode(node)}`);
      return undefined;
    }
    const value = typeof node.value === 'string' ? node.value : this.writtenForm(node);
    if (value.trim() === '') {
      this.schemaError(place.at, `${what} must not be empty`);
      return undefined;
    }
    return value;
  }

  /** A list of texts; a single text is also accepted. Wrong items are reported and left out. */
  textList(field: Field | undefined, what: string): { text: string; at: FileRange }[] {
    if (!field) return [];
    if (field.value?.kind === 'scalar') {
      const text = this.scalarText(field.value, field, what);
      return text === undefined ? [] : [new LocatedText(text, field)];
    }
    const texts: { text: string; at: FileRange }[] = [];
    for (const item of this.list(field, what)) {
      const text = this.scalarText(item.node, item, `each item of ${what}`);
      if (text !== undefined) texts.push(new LocatedText(text, item));
    }
    return texts;
  }

  nonNegativeInteger(node: ValueNode | undefined, place: Place, what: string): number | undefined {
    if (node?.kind !== 'scalar' || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
      this.schemaError(place.at, `${what} must be a whole number of 0 or more, found ${describeNode(node)}`);
      return undefined;
    }
    return node.value;
  }

  boolean(field: Field | undefined, what: string): boolean | undefined {
    if (!field) return undefined;
    if (field.value?.kind !== 'scalar' || typeof field.value.value !== 'boolean') {
      this.schemaError(field.at, `${what} must be true or false, found ${describeNode(field.value)}`);
      return undefined;
    }
    return field.value.value;
  }

  date(field: Field | undefined, what: string): PartialDate | undefined {
    if (!field) return undefined;
    const node = field.value;
    if (node?.kind !== 'scalar' || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.schemaError(field.at, `${what} must be a date such as 2025, 2025-02 or 2025-02-03, found ${describeNode(node)}`);
      return undefined;
    }
    const parsed = parsePartialDate(typeof node.value === 'string' ? node.value : this.writtenForm(node));
    if ('invalid' in parsed) {
      this.problems.error('invalid-date', field.at, `${what}: ${parsed.invalid}`);
      return undefined;
    }
    return parsed;
  }

  /** A scalar exactly as written in the file, without quotes. */
  private writtenForm(node: YamlScalar): string {
    if (node.plain && node.start !== -1) return this.index.text.slice(node.start, node.end);
    return String(node.value);
  }
}

export function describeNode(node: YamlNode | undefined): string {
  if (node === undefined) return 'nothing';
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'alias') return 'an alias';
  const value = node.value;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return 'an unexpected value';
}
