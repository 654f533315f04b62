// The hand-written whitespace test agrees with JavaScript's own `\s` on every code unit.
import { countWords, isWhitespace } from '../../src/text/chars';

describe('isWhitespace', () => {
  it('is /\\s/ for all 65,536 code units', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['', Infinity, 0],
    ['   ', Infinity, 0],
    ['one', Infinity, 1],
    ['  two  words ', Infinity, 2],
    ['tab\tand\nnewline', Infinity, 3],
    ['no\u00a0break\u2009thin', Infinity, 3],
    ['a b c d e', 2, 3],
  ])('%j (limit %s) has %i', (s, limit, n) => {
    expect(countWords(s, limit)).toBe(n);
  });
  it('stops counting one past the limit', () => {
    expect(countWords('w '.repeat(1000), 12)).toBe(13);
  });
});
