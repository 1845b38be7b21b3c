// Bytes read from a file, as text: UTF-8 without its byte order mark, as editors show it, and where
// the bytes first are not UTF-8.

export interface DecodedText {
  text: string;
  /** Offset in `text` of the first character decoded from bytes that are not UTF-8 (a U+FFFD). */
  invalidUtf8At?: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const invalidAt = firstInvalidByte(bytes);
    return { text, invalidUtf8At: lenient.decode(bytes.subarray(0, invalidAt)).length };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or the length. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let continuation = 2; continuation < length; continuation++) {
      const byte = bytes[i + continuation]!;
      if (byte < 0x80 || byte > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}
