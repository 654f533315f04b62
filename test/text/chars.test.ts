// The hand-written whitespace test agrees with JavaScript's own `\s` on every code unit.
import { isWhitespace } from '../../src/text/chars';

describe('isWhitespace', () => {
  it('is /\\s/ for all 65,536 code units', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
