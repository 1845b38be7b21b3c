// A guard run before handing YAML text to a parser that recurses once per nesting level.

/**
 * Flow collections (`[`, `{`) may nest this deep. Hand-written fact bases and settings files nest two
 * or three levels; thousands of levels only slow the parser down or exhaust its stack.
 */
export const MAX_FLOW_NESTING = 200;

/** Where `[` and `{` first nest deeper than the limit (brackets in quotes counted too), or -1. */
export function offsetBeyondNesting(text: string, limit: number): number {
  let depth = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return offset;
    } else if ((char === 0x5d || char === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return -1;
}
