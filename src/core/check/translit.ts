// Transliteration-aware comparison of name words: "Marzuk" and "Marzouk", "Bagdanov" and "Bogdanov".

const KEY_RULES: [RegExp, string][] = [
  [/off$/, 'ov'],
  [/dzh/g, 'j'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ks/g, 'x'],
  [/q/g, 'k'],
  [/w$/, 'v'],
  [/y/g, 'i'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/ie/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** A key under which the usual romanisations of one name coincide: "Kharkin"/"Harkin", "Sergey"/"Sergei". */
export function transliterationKey(normalizedWord: string): string {
  let key = normalizedWord;
  for (const [pattern, replacement] of KEY_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Edit distance counting an adjacent transposition as one edit, given up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const twoBack = previousRow;
    previousRow = row;
    row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2] + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length];
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (into.has(shorter)) continue;
    into.add(shorter);
    deletions(shorter, depth - 1, into);
  }
}

/**
 * Finds the known words within a small edit distance of a word's transliteration key by the
 * symmetric-deletion method: every key is stored under its deletions, so a look-up costs the same
 * however many words are stored.
 */
export class FuzzyWordIndex<T> {
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly valuesByKey = new Map<string, T[]>();

  constructor(private readonly maxDistance: number) {}

  add(normalizedWord: string, value: T): void {
    const key = transliterationKey(normalizedWord);
    const values = this.valuesByKey.get(key);
    if (values) {
      values.push(value);
      return;
    }
    this.valuesByKey.set(key, [value]);
    const variants = new Set([key]);
    deletions(key, this.maxDistance, variants);
    for (const variant of variants) {
      const keys = this.byDeletion.get(variant);
      if (keys) keys.add(key);
      else this.byDeletion.set(variant, new Set([key]));
    }
  }

  /** The values stored under keys within `distance` of the word's key. */
  lookup(normalizedWord: string, distance: number): T[] {
    const key = transliterationKey(normalizedWord);
    const variants = new Set([key]);
    deletions(key, Math.min(distance, this.maxDistance), variants);
    const found = new Set<string>();
    for (const variant of variants) {
      for (const candidate of this.byDeletion.get(variant) ?? []) {
        if (!found.has(candidate) && editDistance(key, candidate, distance) <= distance) found.add(candidate);
      }
    }
    return [...found].flatMap((candidate) => this.valuesByKey.get(candidate) ?? []);
  }
}
