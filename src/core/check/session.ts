// What one checker remembers between the blocks and the checks it runs: results of small look-ups
// that drafts repeat. The fact base's indexes never change; whatever a check learns lives here.

import { stemOf } from '../text/stems';

/** Each memory is bounded, so that a long editing session does not keep every word it ever saw. */
const MAX_REMEMBERED = 100_000;

export class CheckSession {
  private readonly stems = new Map<string, string>();
  private readonly memos = new Map<string, Map<string, unknown>>();

  /** The stem of a normalised word (see `stemOf`), remembered. */
  stemOf(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      if (this.stems.size >= MAX_REMEMBERED) this.stems.clear();
      stem = stemOf(word);
      this.stems.set(word, stem);
    }
    return stem;
  }

  /** `compute(key)`, remembered under `topic` for as long as the session lives (within its bound). */
  remembered<V>(topic: string, key: string, compute: (key: string) => V): V {
    let memo = this.memos.get(topic);
    if (!memo) this.memos.set(topic, (memo = new Map()));
    if (memo.has(key)) return memo.get(key) as V;
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  }
}
