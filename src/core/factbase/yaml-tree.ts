// The parsed YAML tree the fact base reader works on: values and places only. A large fact base has
// a million nodes, so a node is a number and its fields are columns of typed arrays: building the
// tree allocates little beyond the values themselves. The fast reading builds it directly; any other
// file is parsed by `yaml` and its document turned into this tree.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A node of a tree: its number. */
export type YamlNode = number;

/** Where a tree has no node: a key or value the file leaves out. */
export const NO_NODE = -1;

export const enum NodeKind {
  /** A scalar written without quotes or block indicator, so that its text in the file is its written form. */
  PlainScalar = 1,
  /** A quoted or block scalar. */
  StyledScalar,
  Map,
  Seq,
  Alias,
}

export class YamlTree {
  private size = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  /** Per node, where its children start in `children`, and how many it has. */
  private childStarts: Int32Array;
  private childCounts: Int32Array;
  /** A scalar's value as the core schema reads it; an alias's anchor name. Made with room for `capacity` nodes too. */
  private readonly values: unknown[];
  /** The children of each collection, one after the other; a mapping's alternate key and value. */
  private children: Int32Array;
  private childrenSize = 0;
  /** The children of the collections still open, in order. */
  private pending = new Int32Array(256);
  private pendingSize = 0;
  private readonly aliasTargets = new Map<YamlNode, () => YamlNode>();
  root: YamlNode = NO_NODE;

  /** A tree with room for `capacity` nodes before it grows: a good guess saves copying a large tree as it grows. */
  constructor(capacity = 1024) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.childStarts = new Int32Array(capacity);
    this.childCounts = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    this.values = new Array<unknown>(capacity);
  }

  scalar(value: unknown, plain: boolean, start: number, end: number): YamlNode {
    const node = this.add(plain ? NodeKind.PlainScalar : NodeKind.StyledScalar, start, end);
    this.values[node] = value;
    return node;
  }

  /** An alias named `source`; `target` gives the node it stands for, NO_NODE when no anchor has its name. */
  alias(source: string, start: number, end: number, target: () => YamlNode): YamlNode {
    const node = this.add(NodeKind.Alias, start, end);
    this.values[node] = source;
    this.aliasTargets.set(node, target);
    return node;
  }

  /**
   * Opens a mapping or sequence: its children are added with `addChild` until it is closed, and
   * are the pending children from `pendingCount` as it was before.
   */
  open(kind: NodeKind.Map | NodeKind.Seq, start: number): YamlNode {
    return this.add(kind, start, start);
  }

  get pendingCount(): number {
    return this.pendingSize;
  }

  addChild(child: YamlNode): void {
    if (this.pendingSize === this.pending.length) this.pending = grown(this.pending, this.pendingSize * 2);
    this.pending[this.pendingSize++] = child;
  }

  /** Closes the collection, taking the children added since it opened. */
  close(node: YamlNode, firstPending: number, end: number): void {
    const count = this.pendingSize - firstPending;
    if (this.childrenSize + count > this.children.length) this.children = grown(this.children, Math.max(this.children.length * 2, this.childrenSize + count));
    // Copied one by one: a subarray to copy from would be an object made for every collection.
    for (let i = 0; i < count; i++) this.children[this.childrenSize + i] = this.pending[firstPending + i]!;
    this.childStarts[node] = this.childrenSize;
    this.childCounts[node] = count;
    this.childrenSize += count;
    this.pendingSize = firstPending;
    this.ends[node] = end;
  }

  /** A child added to the collections still open: the `index`th of them all, below `pendingCount`. */
  pendingChild(index: number): YamlNode {
    return this.pending[index]!;
  }

  kind(node: YamlNode): NodeKind {
    return this.kinds[node]!;
  }

  isScalar(node: YamlNode): boolean {
    return node !== NO_NODE && this.kinds[node]! <= NodeKind.StyledScalar;
  }

  /** A scalar's value; an alias's anchor name. */
  value(node: YamlNode): unknown {
    return this.values[node];
  }

  /** `yaml`'s range[0]; -1 when the place is not known. */
  start(node: YamlNode): number {
    return this.starts[node]!;
  }

  /** `yaml`'s range[1]: a block collection ends where its last entry ends, comments after it included. */
  end(node: YamlNode): number {
    return this.ends[node]!;
  }

  childCount(node: YamlNode): number {
    return this.childCounts[node]!;
  }

  child(node: YamlNode, index: number): YamlNode {
    return this.children[this.childStarts[node]! + index]!;
  }

  aliasTarget(node: YamlNode): YamlNode {
    return this.aliasTargets.get(node)?.() ?? NO_NODE;
  }

  private add(kind: NodeKind, start: number, end: number): YamlNode {
    if (this.size === this.kinds.length) {
      const capacity = this.size * 2;
      this.kinds = grown(this.kinds, capacity);
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
      this.childStarts = grown(this.childStarts, capacity);
      this.childCounts = grown(this.childCounts, capacity);
    }
    const node = this.size++;
    this.kinds[node] = kind;
    this.starts[node] = start;
    this.ends[node] = end;
    return node;
  }
}

function grown<T extends Uint8Array | Int32Array>(array: T, capacity: number): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity);
  larger.set(array);
  return larger;
}

/** The document's contents as a tree; each `yaml` node becomes one tree node, however often aliases name it. */
export function treeOfDocument(document: Document.Parsed): YamlTree {
  const tree = new YamlTree();
  const converted = new Map<Node, YamlNode>();
  const convert = (node: unknown): YamlNode => {
    if (!isAlias(node) && !isScalar(node) && !isMap(node) && !isSeq(node)) return NO_NODE;
    const known = converted.get(node);
    if (known !== undefined) return known;
    const start = node.range?.[0] ?? -1;
    const end = node.range?.[1] ?? -1;
    if (isScalar(node)) {
      const scalar = tree.scalar(node.value, node.type === 'PLAIN', start, end);
      converted.set(node, scalar);
      return scalar;
    }
    if (isAlias(node)) {
      const alias = tree.alias(node.source, start, end, () => convert(node.resolve(document)));
      converted.set(node, alias);
      return alias;
    }
    const firstPending = tree.pendingCount;
    const collection = tree.open(isMap(node) ? NodeKind.Map : NodeKind.Seq, start);
    // Registered before its entries, which may name it through an alias.
    converted.set(node, collection);
    if (isMap(node)) {
      for (const pair of node.items) {
        tree.addChild(convert(isPair(pair) ? pair.key : null));
        tree.addChild(convert(isPair(pair) ? pair.value : null));
      }
    } else {
      for (const item of node.items) tree.addChild(convert(item));
    }
    tree.close(collection, firstPending, end);
    return collection;
  };
  tree.root = convert(document.contents);
  return tree;
}
