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

/**
 * Finds the known words within a small edit distance of a word's transliteration key by the
 * symmetric-deletion method: every key is stored under each string its deletions (up to the
 * distance) leave, so a look-up costs the same however many words are stored. The deletion
 * strings are never built: each is stored as a 32-bit polynomial hash worked out from the key's
 * prefix hashes, in an open-addressing table of typed arrays. A hash collision only adds a
 * candidate, which the edit distance then rejects.
 */
export class FuzzyWordIndex<T> {
  private readonly keys: string[] = [];
  private readonly idByKey = new Map<string, number>();
  private readonly valuesById: T[][] = [];
  /** Slot to deletion hash, and slot to key id + 1 (0: empty). */
  private hashes = new Int32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private used = 0;
  private longestKey = 0;

  constructor(private readonly maxDistance: number) {}

  add(normalizedWord: string, value: T): void {
    const key = transliterationKey(normalizedWord);
    const known = this.idByKey.get(key);
    if (known !== undefined) {
      this.valuesById[known].push(value);
      return;
    }
    const id = this.keys.length;
    this.keys.push(key);
    this.idByKey.set(key, id);
    this.valuesById.push([value]);
    this.longestKey = Math.max(this.longestKey, key.length);
    const { hashes, count } = deletionHashes(key, this.maxDistance);
    for (let k = 0; k < count; k++) this.insert(hashes[k], id);
  }

  /** The values stored under keys within `distance` of the word's key. */
  lookup(normalizedWord: string, distance: number): T[] {
    const key = transliterationKey(normalizedWord);
    // Too long to be near any key: spares a long word's quadratically many deletions.
    if (key.length > this.longestKey + distance) return [];
    const candidates = new Set<number>();
    const { hashes, count } = deletionHashes(key, Math.min(distance, this.maxDistance));
    const mask = this.hashes.length - 1;
    for (let k = 0; k < count; k++) {
      const hash = hashes[k];
      for (let slot = hash & mask; this.ids[slot] !== 0; slot = (slot + 1) & mask) {
        if (this.hashes[slot] === hash) candidates.add(this.ids[slot] - 1);
      }
    }
    const found: T[] = [];
    for (const id of candidates) if (editDistance(key, this.keys[id], distance) <= distance) found.push(...this.valuesById[id]);
    return found;
  }

  private insert(hash: number, id: number): void {
    if ((this.used + 1) * 2 > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (; this.ids[slot] !== 0; slot = (slot + 1) & mask) {
      // The same deletion reached twice ("anna" less either "n").
      if (this.hashes[slot] === hash && this.ids[slot] === id + 1) return;
    }
    this.hashes[slot] = hash;
    this.ids[slot] = id + 1;
    this.used++;
  }

  private grow(): void {
    const { hashes, ids } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    const mask = this.hashes.length - 1;
    for (let old = 0; old < hashes.length; old++) {
      if (ids[old] === 0) continue;
      let slot = hashes[old] & mask;
      while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old];
      this.ids[slot] = ids[old];
    }
  }
}

const BASE = 0x01000193;

/**
 * The hashes of the word and of every string left by deleting one or (depth 2) two of its
 * characters: hashes[0, count). hash(s) = Σ s[k]·BASE^(n-1-k) mod 2^32, mixed; the hash of a
 * string with characters deleted is put together from prefix hashes without building the string.
 */
function deletionHashes(word: string, depth: number): { hashes: Int32Array; count: number } {
  const n = word.length;
  const prefix = new Int32Array(n + 1);
  const power = new Int32Array(n + 1);
  const hashes = new Int32Array(depth < 1 ? 1 : depth < 2 ? 1 + n : 1 + n + (n * (n - 1)) / 2);
  power[0] = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = (Math.imul(prefix[k], BASE) + word.charCodeAt(k)) | 0;
    power[k + 1] = Math.imul(power[k], BASE);
  }
  let count = 0;
  hashes[count++] = mix(prefix[n]);
  if (depth < 1) return { hashes, count };
  for (let i = 0; i < n; i++) {
    // word[0, i) then word[i + 1, n)
    const tail = (prefix[n] - Math.imul(prefix[i + 1], power[n - i - 1])) | 0;
    hashes[count++] = mix((Math.imul(prefix[i], power[n - i - 1]) + tail) | 0);
    if (depth < 2) continue;
    for (let j = i + 1; j < n; j++) {
      // word[0, i), word[i + 1, j), word[j + 1, n)
      const middle = (Math.imul(prefix[i], power[j - i - 1]) + prefix[j] - Math.imul(prefix[i + 1], power[j - i - 1])) | 0;
      const rest = (prefix[n] - Math.imul(prefix[j + 1], power[n - j - 1])) | 0;
      hashes[count++] = mix((Math.imul(middle, power[n - j - 1]) + rest) | 0);
    }
  }
  return { hashes, count };
}

/** Spreads a polynomial hash's bits (murmur3's finaliser), so that table slots fill evenly. */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
