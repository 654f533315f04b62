// src/pipeline.ts: the record step's one pass over a quote (scanQuote) against what it replaces, a
// count of whitespace-separated words and quoteText's test for anything to clean. The pipeline as
// a whole is tested by test/golden.test.ts, test/properties.test.ts and test/order-independence.test.ts.
import { quoteText, scanQuote } from '../src/pipeline';

const PIECES = ['a', 'Roe', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u201c', '\u201d', '\u2019', '\u00ab', '"', "'", 'é', '—', '.'];

/** A deterministic pseudo-random string of the pieces above. */
function sample(seed: number): string {
  let x = seed;
  let out = '';
  const n = seed % 9;
  for (let k = 0; k < n; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += PIECES[x % PIECES.length];
  }
  return out;
}

describe('scanQuote', () => {
  test('counts words and tells a quote quoteText leaves alone, as the regexes do', () => {
    for (let seed = 0; seed < 5000; seed++) {
      const raw = sample(seed);
      const padded = `x${raw}y`;
      expect([raw, scanQuote(padded, 1, padded.length - 1)]).toEqual([raw, { words: raw.split(/\s+/).filter((w) => w !== '').length, plain: quoteText(raw) === raw }]);
    }
  });

  test.each(['', 'He said so', ' lead', 'trail ', 'two  spaces', 'curly \u2019s', 'tab\there'])('%j', (raw) => {
    expect(scanQuote(raw, 0, raw.length)).toEqual({ words: raw.split(/\s+/).filter((w) => w !== '').length, plain: quoteText(raw) === raw });
  });
});
