// Hostile fact bases: the bundled one with values of the wrong type, fields missing, huge strings,
// __proto__ keys, reference cycles, impossible dates, YAML alias bombs and self-referencing anchors,
// truncated or deeply nested text.
import { isMap, isScalar, isSeq, parseDocument, stringify, YAMLMap, type Document, type Node } from 'yaml';
import type { Random } from '../../../bench/generators/random';
import { mutate, randomUnicode } from './hostile-text';

export type FactBaseMutation =
  | 'wrong-type'
  | 'missing-field'
  | 'huge-string'
  | 'proto-key'
  | 'reference-cycle'
  | 'bad-date'
  | 'duplicate-entry'
  | 'alias-bomb'
  | 'self-alias'
  | 'truncated'
  | 'deep-nesting'
  | 'text-mutation';

export function randomMutation(random: Random): FactBaseMutation {
  return random.weighted({
    'wrong-type': 5,
    'missing-field': 4,
    'huge-string': 1,
    'proto-key': 2,
    'reference-cycle': 2,
    'bad-date': 2,
    'duplicate-entry': 2,
    'alias-bomb': 1,
    'self-alias': 1,
    truncated: 3,
    'deep-nesting': 0.5,
    'text-mutation': 3,
  });
}

/**
 * A small fact base cut from a parsed one: all its sources and a few of its actors, events and
 * disagreements (references to the rest are left dangling on purpose). Small inputs load fast, so
 * many more of them fit in a suite's time.
 */
export function smallFactBase(random: Random, parsed: Record<string, unknown>): string {
  const small: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    small[key] = Array.isArray(value) && key !== 'sources' ? random.shuffle([...value]).slice(0, random.int(0, 6)) : value;
  }
  return stringify(small, { lineWidth: 0 });
}

/** The YAML text with one or more mutations of the given kind. */
export function mutateFactBase(random: Random, yaml: string, mutation: FactBaseMutation): string {
  switch (mutation) {
    case 'truncated':
      return yaml.slice(0, random.int(0, yaml.length));
    case 'deep-nesting': {
      const depth = random.int(100, 20000);
      return `${yaml}\nextra: ${'['.repeat(depth)}1${random.chance(0.5) ? ']'.repeat(depth) : ''}\n`;
    }
    case 'text-mutation':
      return mutate(random, yaml, random.int(1, 30), { texts: [], names: [] });
    case 'alias-bomb':
      return aliasBomb(random, yaml);
    case 'self-alias':
      return yaml.replace(/^actors:\n/m, random.pick([
        'actors: &loop [*loop]\nignored:\n',
        'actors:\n  - &a { id: loop, type: person, name: Loop, member_of: *a }\n',
        'actors:\n  - &b\n    <<: *b\n    id: merged\n',
      ]));
    default:
      return mutateTree(random, yaml, mutation);
  }
}

function mutateTree(random: Random, yaml: string, mutation: FactBaseMutation): string {
  const document = parseDocument(yaml);
  const maps: YAMLMap[] = [];
  collectMaps(document.contents as Node | null, maps);
  if (maps.length === 0) return yaml;
  for (let edits = random.int(1, 5); edits > 0; edits--) {
    const map = random.pick(maps);
    const keys = map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean);
    const key = keys.length ? random.pick(keys) : 'id';
    switch (mutation) {
      case 'wrong-type':
        map.set(key, document.createNode(randomValue(random)));
        break;
      case 'missing-field':
        map.delete(key);
        break;
      case 'huge-string':
        map.set(key, random.chance(0.5) ? 'x'.repeat(random.int(10_000, 200_000)) : randomUnicode(random, random.int(1000, 50_000)));
        break;
      case 'proto-key':
        map.set(random.pick(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']), document.createNode({ polluted: true, id: '__proto__' }));
        if (random.chance(0.5)) map.set('id', random.pick(['__proto__', 'constructor', 'toString']));
        break;
      case 'reference-cycle':
        addReferenceCycle(random, document, map);
        break;
      case 'bad-date':
        map.set(random.pick(['date', 'until', 'as_of', 'from']), random.pick([
          '2025-02-30', '2023-13-01', '0000-00-00', '99999-01-01', '2025-2-3', '-0001-01-01', 'yesterday', '2025-02-03T10:00:00Z', '1e400',
        ]));
        break;
      case 'duplicate-entry': {
        const list = random.pick(['actors', 'events', 'sources', 'disagreements']);
        const seq = document.get(list);
        if (isSeq(seq) && seq.items.length) seq.add(random.pick(seq.items));
        break;
      }
    }
  }
  return document.toString({ lineWidth: 0 });
}

/** Points ids at each other: an actor member of itself, an event among its own participants... */
function addReferenceCycle(random: Random, document: Document, map: YAMLMap): void {
  const id = map.get('id');
  if (typeof id !== 'string') return;
  const field = random.pick(['member_of', 'participants', 'about', 'place', 'organisation']);
  map.set(field, field === 'place' || field === 'organisation' ? id : document.createNode([id, id]));
}

function randomValue(random: Random): unknown {
  return random.pick<() => unknown>([
    () => null,
    () => random.int(-1e9, 1e9),
    () => random.next(),
    () => true,
    () => '',
    () => randomUnicode(random, random.int(1, 20)),
    () => [],
    () => [random.int(0, 9), 'x', null],
    () => ({}),
    () => ({ text: 1, uses: 'many', source: [], quote: {} }),
    () => Number.NaN,
    () => -0,
  ])();
}

function collectMaps(node: Node | null | undefined, maps: YAMLMap[]): void {
  if (isMap(node)) {
    maps.push(node);
    for (const pair of node.items) collectMaps(pair.value as Node | null, maps);
  } else if (isSeq(node)) {
    for (const item of node.items) collectMaps(item as Node | null, maps);
  }
}

/** "Billion laughs": each anchor a list of ten aliases of the one before. */
function aliasBomb(random: Random, yaml: string): string {
  const levels = random.int(3, 9);
  const lines = ['bomb0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= levels; level++) {
    lines.push(`bomb${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`);
  }
  const target = random.pick(['given: *l', 'wordings: *l', 'participants: *l', 'words: *l']);
  return `${lines.join('\n')}\n${yaml.replace(/^( {4})given: .*$/m, `$1${target}${levels}`)}`;
}
