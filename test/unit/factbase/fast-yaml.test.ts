import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, YAMLMap } from 'yaml';
import { nodeFileReader } from '../../../src/cli/node-files';
import { createMemoryFileReader } from '../../../src/core/factbase';
import { fastParse } from '../../../src/core/factbase/fast-yaml';
import { loadFactBase } from '../../../src/core/factbase/load';
import { FACTS_FILE, SOURCES, VALID_YAML } from './fixtures';

const BUNDLED_FACTS = path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.yaml');

/** Every node in document order: its kind, value, style and range. */
function describeTree(node: unknown, lines: string[] = []): string[] {
  if (isMap(node) || isSeq(node)) {
    lines.push(`${isMap(node) ? 'map' : 'seq'} ${node.flow ? 'flow' : 'block'} ${node.range}`);
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        describeTree(item.key, lines);
        describeTree(item.value, lines);
      } else {
        describeTree(item, lines);
      }
    }
  } else if (isScalar(node)) {
    lines.push(`scalar ${node.type} ${typeof node.value} ${JSON.stringify(node.value)} ${node.range} ${node.format ?? ''}`);
  } else {
    lines.push(`unexpected ${String(node)}`);
  }
  return lines;
}

function yamlTree(text: string): string[] {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true });
  assert.deepEqual([...document.errors, ...document.warnings], [], `yaml reports a problem in ${JSON.stringify(text)}`);
  return describeTree(document.contents);
}

function assertSameTree(text: string): void {
  const fast = fastParse(text);
  assert.ok(fast, `the fast reading declined ${JSON.stringify(text)}`);
  assert.deepEqual(describeTree(fast), yamlTree(text), JSON.stringify(text));
}

/** Layouts whose ranges follow `yaml`'s rules on comments, blank lines and flow collections. */
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
  'a: [1,\n  2]   # c\nb: {x: 1 , y: 2}\nc: [a , b ]\n',
  'a: { x: 1, # c\n  y: 2 }\nb: 1\n',
  'a: { x : 1, y  : [2] }\n',
  'a: "x\n  y"\nb: x\n  y\n\n',
  "k  : v\n'q': 'it''s'\n\"d\": \"tab\\there \\u00e9\"\n",
  'a:\n  - x: >-\n      folded\n      text\n\n  - y: |\n     literal\n  # c\n\n  - z\n',
  'a:\n  b: |\n     k\n   # c\n  c: 1\n',
  'n: [0o17, 0x1F, 1e3, 1.50, -3, .inf, true, False, null, ~, 2025-02-03]\n',
  'a:\r\n  - b: 1\r\n    # c\r\n  - d\r\n',
  '- 1\n    # deep\n- 2\n',
  '  a: 1\n  b:\n    c: 2\n  # c\n',
];

describe('fastParse', () => {
  it('builds the tree yaml builds: classes, values, styles and every range', () => {
    for (const text of LAYOUTS) assertSameTree(text);
  });

  it('builds the same tree as yaml for the bundled fact base and the test fixture', async () => {
    assertSameTree(await readFile(BUNDLED_FACTS, 'utf8'));
    assertSameTree(VALID_YAML);
  });

  it('gives nodes of yaml’s own classes', () => {
    const root = fastParse('a: [b]\n');
    assert.ok(root instanceof YAMLMap && isMap(root));
    const pair = root.items[0]!;
    assert.ok(isPair(pair) && pair.key instanceof Scalar && isSeq(pair.value));
  });

  it('declines what it does not rebuild, so that yaml reads it', () => {
    const declined = [
      'a: &x 1\nb: *x\n', // anchor and alias
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

  it('declines plain scalars that js-yaml and yaml read differently', () => {
    for (const scalar of ['0b11', '-.5', '+.5']) {
      assert.equal(fastParse(`a: ${scalar}\n`), undefined, scalar);
    }
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
      // js-yaml takes these; yaml does not.
      'a: "q"# c\n',
      'a: [q]# c\n',
      `${'k'.repeat(1100)}: v\n`,
      'a: 1\rb: 2\n',
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
    const scalars = ['alpha', 'two words', '12', '-3', '0x1F', '1.50', 'true', 'null', '"quoted: text"', "'single'", '[a, b]', '{ a: 1 }', '[]', '2025-02-03', 'c#d', 'a:b'];
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
        assert.deepEqual(describeTree(fast), describeTree(document.contents), JSON.stringify(text));
        rebuilt++;
      }
    }
    assert.ok(rebuilt > 200, `only ${rebuilt} of 400 documents rebuilt`);
  });
});

describe('loadFactBase with and without the fast YAML reading', () => {
  it('gives the same fact base and problems for the bundled fact base', async () => {
    const inputs = [{ file: BUNDLED_FACTS, text: await readFile(BUNDLED_FACTS, 'utf8') }];
    const fast = await loadFactBase(inputs, nodeFileReader);
    const slow = await loadFactBase(inputs, nodeFileReader, { fastYaml: false });
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
