// Character tests on UTF-16 code units, shared by the stages that scan text by hand.

/**
 * JavaScript's `\s` for one code unit: ECMAScript's WhiteSpace and LineTerminator (tab, line
 * feed, vertical tab, form feed, carriage return, space, the Unicode space separators, line and
 * paragraph separators, and the byte-order mark). Answered without a regex or a one-character
 * string: this runs on every character of some scans.
 */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Words in `s`: runs of characters that are not whitespace. Counting stops past `limit` (the
 * result is then `limit + 1`), for callers that only compare against a limit.
 */
export function countWords(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhitespace(s.charCodeAt(i));
    if (!space && !inWord && ++n > limit) return n;
    inWord = !space;
  }
  return n;
}
