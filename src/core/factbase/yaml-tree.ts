// The parsed YAML tree the fact base reader works on: values and places only, light enough to build
// a million nodes of. The fast reading builds it directly; any other file is parsed by `yaml` and
// its document turned into this tree.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * `start` and `end` are the offsets `yaml` gives a node as range[0] and range[1]: a block collection
 * ends where its last entry ends, comments after it included. -1 when the place is not known.
 */
interface Placed {
  start: number;
  end: number;
}

export interface YamlScalar extends Placed {
  kind: 'scalar';
  /** As the core schema reads it: text, a number, true or false, or null. */
  value: unknown;
  /** Written without quotes or block indicator, so that its text in the file is its written form. */
  plain: boolean;
}

export interface YamlMap extends Placed {
  kind: 'map';
  /** The keys and their values, in order; null where the file leaves one out. */
  keys: (YamlNode | null)[];
  values: (YamlNode | null)[];
}

export interface YamlSeq extends Placed {
  kind: 'seq';
  items: (YamlNode | null)[];
}

export interface YamlAlias extends Placed {
  kind: 'alias';
  /** The anchor name, as written after `*`. */
  source: string;
  /** The node the alias stands for; undefined when no anchor before it has its name. */
  target(): YamlValue | undefined;
}

export type YamlValue = YamlScalar | YamlMap | YamlSeq;
export type YamlNode = YamlValue | YamlAlias;

export function scalarNode(value: unknown, plain: boolean, start: number, end: number): YamlScalar {
  return { kind: 'scalar', value, plain, start, end };
}

/** The document's contents as a tree; each `yaml` node becomes one tree node, however often aliases name it. */
export function treeOfDocument(document: Document.Parsed): YamlNode | null {
  const converted = new Map<Node, YamlNode>();
  const convert = (node: unknown): YamlNode | null => {
    if (!isAlias(node) && !isScalar(node) && !isMap(node) && !isSeq(node)) return null;
    const known = converted.get(node);
    if (known) return known;
    const start = node.range?.[0] ?? -1;
    const end = node.range?.[1] ?? -1;
    let tree: YamlNode;
    if (isScalar(node)) {
      tree = scalarNode(node.value, node.type === 'PLAIN', start, end);
    } else if (isAlias(node)) {
      const alias = node;
      // An anchor is never set on an alias: what an alias resolves to is a value.
      tree = { kind: 'alias', source: alias.source, start, end, target: () => (convert(alias.resolve(document)) as YamlValue | null) ?? undefined };
    } else if (isMap(node)) {
      const map: YamlMap = { kind: 'map', keys: [], values: [], start, end };
      // Registered before its entries, which may name it through an alias.
      converted.set(node, map);
      for (const pair of node.items) {
        map.keys.push(convert(isPair(pair) ? pair.key : null));
        map.values.push(convert(isPair(pair) ? pair.value : null));
      }
      tree = map;
    } else {
      const seq: YamlSeq = { kind: 'seq', items: [], start, end };
      converted.set(node, seq);
      for (const item of node.items) seq.items.push(convert(item));
      tree = seq;
    }
    converted.set(node, tree);
    return tree;
  };
  return convert(document.contents);
}
