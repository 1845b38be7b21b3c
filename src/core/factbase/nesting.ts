// A guard run before handing YAML text to a parser that recurses once per nesting level.

/**
 * Flow collections (`[`, `{`) may nest this deep. Hand-written fact bases and settings files nest two
 * or three levels; thousands of levels only slow the parser down or exhaust its stack.
 */
export const MAX_FLOW_NESTING = 200;

const BRACKETS = ['[', '{', ']', '}'] as const;

/** Where `[` and `{` first nest deeper than the limit (brackets in quotes counted too), or -1. */
export function offsetBeyondNesting(text: string, limit: number): number {
  // Brackets are few in a long text: each kind is found with indexOf, much faster than looking at every character.
  const next = BRACKETS.map((bracket) => text.indexOf(bracket));
  let depth = 0;
  for (;;) {
    let kind = -1;
    for (let candidate = 0; candidate < BRACKETS.length; candidate++) {
      if (next[candidate] !== -1 && (kind === -1 || next[candidate]! < next[kind]!)) kind = candidate;
    }
    if (kind === -1) return -1;
    const offset = next[kind]!;
    // Kinds 0 and 1 open, 2 and 3 close.
    if (kind < 2) {
      if (++depth > limit) return offset;
    } else if (depth > 0) {
      depth--;
    }
    next[kind] = text.indexOf(BRACKETS[kind]!, offset + 1);
  }
}
