import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { nodeFileReader } from '../../../src/cli/node-files';
import { createMemoryFileReader } from '../../../src/core/factbase';
import { fastParse } from '../../../src/core/factbase/fast-yaml';
import { loadFactBase } from '../../../src/core/factbase/load';
import { NO_NODE, NodeKind, treeOfDocument, type YamlNode, type YamlTree } from '../../../src/core/factbase/yaml-tree';
import { FACTS_FILE, SOURCES, VALID_YAML } from './fixtures';

const BUNDLED_FACTS = path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.yaml');

/** Every node in document order: its kind, value, style and place. */
function describeTree(tree: YamlTree | undefined, node: YamlNode = tree?.root ?? NO_NODE, lines: string[] = []): string[] {
  if (!tree || node === NO_NODE) {
    lines.push('none');
    return lines;
  }
  const place = `${tree.start(node)}-${tree.end(node)}`;
  const kind = tree.kind(node);
  if (kind === NodeKind.Map || kind === NodeKind.Seq) {
    lines.push(`${kind === NodeKind.Map ? 'map' : 'seq'} ${place}`);
    for (let i = 0; i < tree.childCount(node); i++) describeTree(tree, tree.child(node, i), lines);
  } else if (kind === NodeKind.Alias) {
    lines.push(`alias ${String(tree.value(node))}`);
  } else {
    const value = tree.value(node);
    lines.push(`scalar ${kind === NodeKind.PlainScalar ? 'plain' : 'styled'} ${typeof value} ${JSON.stringify(value)} ${place}`);
  }
  return lines;
}

function yamlTree(text: string): string[] {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true });
  assert.deepEqual([...document.errors, ...document.warnings], [], `yaml reports a problem in ${JSON.stringify(text)}`);
  return describeTree(treeOfDocument(document));
}

function assertSameTree(text: string): void {
  const fast = fastParse(text);
  assert.ok(fast, `the fast reading declined ${JSON.stringify(text)}`);
  assert.deepEqual(describeTree(fast), yamlTree(text), JSON.stringify(text));
}

/** Layouts whose places follow `yaml`'s rules on comments, blank lines and flow collections. */
const LAYOUTS = [
  'a: 1\nb: two words\n',
  '# head\nversion: 1  # trailing\nlist:\n- a: 1\n  b: x y   # c\n\n- c\n',
  'a:\n  - x: 1\n    y: 2\n    # in\n  # mid\n# out\n  - z\nb: 1\n',
  'a:\n  - x: 1\n      # deep\n      # deeper\n  - y\n',
  'a:\n  - x: 1\n      # deep\n    # at the map\n      # deep again\n  - y\n',
  'a:\n  - x: 1\n  # two\n    # four\n  - y\n',
  'a:\n  - x: 1\n   # three\n  - y\n',
  'a:\n- x: 1\n  # c\n- y\n',
  'a: 1\nb:\n  - 2\n  # c\n\n',
  'a: 1\nb: 2\n# end\n',
  'name: 007  # note',
  'a: [1, 2]   # c\nb: {x: 1 , y: 2}\nc: [a , b ]\n',
  'a: { x : 1, y  : [2] }\n',
  "k  : v\nq: 'it''s'\nd: \"tab\\there \\u00e9 \\x41\\U0001F600 \\\" \\\\\"\n",
  'a:\n  - x: >-\n      folded\n      text\n\n  - y: |\n     literal\n  # c\n\n  - z\n',
  'a:\n  b: |\n     k\n   # c\n  c: 1\n',
  'a:\n  b: >\n    one  \n    two\n  c: |-\n    x\n    # not a comment\n',
  'n: [0o17, 0x1F, 1e3, 1.50, -3, .inf, true, False, null, ~, 2025-02-03]\n',
  '- 1\n    # deep\n- 2\n',
  '  a: 1\n  b:\n    c: 2\n  # c\n',
  'a:\n- x\n-   y: 1\n    z: [{ p: q, r: [] }, {}]\nb: -x\nc: a:b c#d [e] {f}, g\n',
  'a: # c\n  b: 1\n',
  '-\n  a: 1\n- # c\n  - b\n',
];

/** Layouts outside the fast reading's subset, which yaml reads. */
const UNCOMMON_LAYOUTS = [
  'a: [1,\n  2]\n',
  'a: { x: 1, # c\n  y: 2 }\nb: 1\n',
  'a: "x\n  y"\nb: x\n  y\n\n',
  "'q': 1\n",
  'a:\r\n  - b: 1\r\n',
  'a:\t1\n',
  'a: |2\n   x\n',
  'a: |\n  x\n\n  y\n',
  'a: >\n  x\n    y\n',
  'a: |\n  x\n   \nb: 1\n',
  '1: a\n',
  '- - a\n',
  'a: [b, ]\n',
  'a: [b: c]\n',
];

describe('fastParse', () => {
  it('builds the tree yaml builds: values, styles and every place', () => {
    for (const text of LAYOUTS) assertSameTree(text);
  });

  it('declines layouts outside its subset, which yaml reads', () => {
    for (const text of UNCOMMON_LAYOUTS) {
      yamlTree(text);
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
    }
  });

  it('builds the same tree as yaml for the bundled fact base and the test fixture', async () => {
    assertSameTree(await readFile(BUNDLED_FACTS, 'utf8'));
    assertSameTree(VALID_YAML);
  });

  it('declines what it does not rebuild, so that yaml reads it', () => {
    const declined = [
      'a: &x 1\nb: *x\n', // anchor and alias
      'a: *x\n', // alias
      'a: !!str 1\n', // tag
      '? a\n: 1\n', // explicit key
      '---\na: 1\n', // document marker
      '%YAML 1.2\n---\na: 1\n', // directive
      '\uFEFFa: 1\n', // byte order mark
      'a:\nb: 1\n', // empty value
      '- a\n-\n- b\n', // empty item
      'a: |+\n  kept\n\nb: 1\n', // kept block scalar
      'a: |\n\nb: 1\n', // empty block scalar
      '', // empty document
      '# only a comment\n',
    ];
    for (const text of declined) assert.equal(fastParse(text), undefined, JSON.stringify(text));
  });

  it('reads plain scalars as the core schema does', () => {
    for (const scalar of ['0b11', '-.5', '+.5', '.NaN', '-.inf', '0o8', '1_000', 'NULL', 'yes', '+12', '1e-2', '007']) assertSameTree(`a: ${scalar}\n`);
  });

  it('declines every file yaml finds an error in', () => {
    const broken = [
      'a: 1\na: 2\n',
      'a: [1, 2\n',
      'a: b: c\n',
      '- a\nb: 1\n',
      'a:\n\t- b\n',
      'a: "open\n',
      'a: 1\n b: 2\n',
      // Errors a lenient reader lets through: a comment without a space, an overlong key, a lone carriage return.
      'a: "q"# c\n',
      'a: [q]# c\n',
      `${'k'.repeat(1100)}: v\n`,
      'a: 1\rb: 2\n',
      'a: "\\q"\n',
      'a: "\\x4"\n',
      'a: b: c\n',
      'a: [b]c\n',
      'a: {b: 1, b: 2}\n',
      'a:\n  b: 1\n c: 2\n',
    ];
    for (const text of broken) {
      assert.ok(parseDocument(text, { uniqueKeys: true }).errors.length > 0, `yaml accepts ${JSON.stringify(text)}`);
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
    }
  });

  it('agrees with yaml on generated documents, or declines them', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
    const scalars = ['alpha', 'two words', '12', '-3', '0x1F', '1.50', 'true', 'null', '"quoted: text"', "'single'", '[a, b]', '{ a: 1 }', '[]', '2025-02-03', 'c#d', 'a:b', '[{ x: "y", z: [1, w] }]', '"esc \\" \\u00e9"', '>-', '-x', '{}'];
    const comments = ['', '', '', '  # note'];
    const extraLines = (indent: number) => (random() < 0.25 ? [' '.repeat(Math.max(0, indent + Math.floor(random() * 7) - 3)) + '# comment'] : random() < 0.1 ? [''] : []);
    const block = (indent: number, depth: number): string[] => {
      const lines: string[] = [];
      const asMap = random() < 0.6;
      const keys = ['id', 'name', 'text', 'uses', 'k'].slice(0, 1 + Math.floor(random() * 4));
      for (const key of asMap ? keys : keys.map(() => '-')) {
        const prefix = ' '.repeat(indent) + (asMap ? `${key}:` : '-');
        const shape = random();
        if (depth < 3 && shape < 0.35) lines.push(prefix, ...block(indent + 2, depth + 1));
        else if (shape < 0.45) lines.push(`${prefix} |`, ' '.repeat(indent + 2) + 'line one', ' '.repeat(indent + 2) + 'line two');
        else lines.push(`${prefix} ${pick(scalars)}${pick(comments)}`);
        lines.push(...extraLines(indent));
      }
      return lines;
    };
    let rebuilt = 0;
    for (let i = 0; i < 400; i++) {
      const text = block(0, 0).join('\n') + pick(['\n', '', '\n\n']);
      const document = parseDocument(text, { schema: 'core', uniqueKeys: true });
      const fast = fastParse(text);
      if (document.errors.length > 0 || document.warnings.length > 0) {
        assert.equal(fast, undefined, JSON.stringify(text));
      } else if (fast) {
        assert.deepEqual(describeTree(fast), describeTree(treeOfDocument(document)), JSON.stringify(text));
        rebuilt++;
      }
    }
    assert.ok(rebuilt > 200, `only ${rebuilt} of 400 documents rebuilt`);
  });
});

describe('loadFactBase with and without the fast YAML reading', () => {
  it('gives the same fact base and problems for the bundled fact base', async () => {
    const inputs = [{ file: BUNDLED_FACTS, text: await readFile(BUNDLED_FACTS, 'utf8') }];
    const fast = await loadFactBase(inputs, nodeFileReader());
    const slow = await loadFactBase(inputs, nodeFileReader(), { fastYaml: false });
    assert.deepEqual(fast, slow);
  });

  it('gives the same fact base and problems for the fixture, whole, edited and cut short', async () => {
    const reader = createMemoryFileReader(SOURCES);
    const texts = [
      VALID_YAML,
      VALID_YAML.replace('version: 1', 'version: 2'),
      VALID_YAML.replace('uses: { b: 1 }', 'uses: { b: 3 }'),
      VALID_YAML.replace('date: 2025-02-03', 'date: 2025-02-31'),
      VALID_YAML.replace('type: person', 'type: human'),
      ...Array.from({ length: Math.ceil(VALID_YAML.length / 97) }, (_, i) => VALID_YAML.slice(0, i * 97)),
    ];
    for (const text of texts) {
      const inputs = [{ file: FACTS_FILE, text }];
      assert.deepEqual(await loadFactBase(inputs, reader), await loadFactBase(inputs, reader, { fastYaml: false }), JSON.stringify(text.slice(-80)));
    }
  });
});
