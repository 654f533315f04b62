// src/pipeline.ts: the record step's one pass over a quote (scanQuote) against what it replaces, a
// count of whitespace-separated words and quoteText's test for anything to clean. The pipeline as
// a whole is tested by test/golden.test.ts, test/properties.test.ts and test/order-independence.test.ts.
import { extractQuotes } from '../src/index';
import { quoteText, scanQuote } from '../src/pipeline';

// "Ã", "±", "â" and "€" make text garbled by a wrong encoding ("Ã±" for "ñ") and text that only looks so.
const PIECES = ['a', 'Roe', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u201c', '\u201d', '\u2019', '\u00ab', '"', "'", 'é', '—', '.', '\u00c3', '\u00b1', '\u00e2', '\u20ac'];

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

describe('quoteText', () => {
  test('collapses whitespace, straightens marks and reads a garbled encoding as the characters meant', () => {
    expect(quoteText(' Pe\u00c3\u00b1a  said \u00e2\u20ac\u02dcno\u00e2\u20ac\u2122 \u201cthen\u201d ')).toBe("Pe\u00f1a said 'no' \"then\"");
    expect(quoteText('S\u00c3O PAULO')).toBe('S\u00c3O PAULO');
  });
});

test('a garbled encoding: quotes found, names and texts repaired, offsets into the garbled string', () => {
  // "President Ana Peña spoke. “We are ready,” Peña said." written as UTF-8, read as Windows-1252.
  const text = 'President Ana Pe\u00c3\u00b1a spoke. \u00e2\u20ac\u0153We are ready,\u00e2\u20ac\u009d Pe\u00c3\u00b1a said.';
  const { quotes, entities, issues } = extractQuotes(text);
  expect(quotes.map((q) => [q.text, text.slice(q.start, q.end), q.speaker?.name, q.speaker?.mention.text])).toEqual([
    ['We are ready', 'We are ready', 'Ana Pe\u00f1a', 'Pe\u00c3\u00b1a'],
  ]);
  expect(entities.map((e) => e.name)).toEqual(['Ana Pe\u00f1a']);
  expect(issues.map((i) => i.code)).toEqual(['replaced-characters']);
});

describe('scanQuote', () => {
  test('counts words and tells a quote quoteText leaves alone, as the regexes do', () => {
    for (let seed = 0; seed < 5000; seed++) {
      const raw = sample(seed);
      const padded = `x${raw}y`;
      expect([raw, scanQuote(padded, 1, padded.length - 1)]).toEqual([raw, { words: raw.split(/\s+/).filter((w) => w !== '').length, plain: quoteText(raw) === raw }]);
    }
  });

  test.each(['', 'He said so', ' lead', 'trail ', 'two  spaces', 'curly \u2019s', 'tab\there', 'Pe\u00c3\u00b1a', 'S\u00c3O', '\u00e2\u20ac\u0153x'])('%j', (raw) => {
    expect(scanQuote(raw, 0, raw.length)).toEqual({ words: raw.split(/\s+/).filter((w) => w !== '').length, plain: quoteText(raw) === raw });
  });
});
