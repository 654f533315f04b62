// Line and paragraph separators (U+2028, U+2029): whitespace, so never the content of a quote.
import fc from 'fast-check';
import { extractQuotes, quoteText } from '../../src/index';
import { normalize } from '../../src/text/normalize';

describe('U+2028 and U+2029', () => {
  it('read as line breaks, keeping the length', () => {
    const n = normalize('A\u2028B\u2029C');
    expect(n.text).toBe('A\nB\nC');
  });

  it.each([
    'Lavrov said \u201c\u2028\u201d on Monday.',
    'Lavrov said \u201c\u2029\u201d on Monday.',
    'Lavrov said "\u2028" and "\u2029\u2028".',
  ])('no empty quote from %j', (text) => {
    expect(extractQuotes(text).quotes).toEqual([]);
  });

  it('a separator inside a quote is a space in its text', () => {
    expect(extractQuotes('Lavrov said \u201cwe\u2028will win\u201d on Monday.').quotes.map((q) => q.text)).toEqual(['we will win']);
  });

  it('no quote of any text with separators between marks is empty', () => {
    const piece = fc.constantFrom('\u201c', '\u201d', '"', "'", '\u2018', '\u2019', '\u2028', '\u2029', ' ', '\n', 'Lavrov said ', 'we win', ', ', '. ', 'on Monday.');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      for (const q of extractQuotes(text).quotes) {
        expect(q.text).not.toBe('');
        expect(quoteText(text.slice(q.start, q.end))).toBe(q.text);
      }
    }), { numRuns: 300 });
  });
});
