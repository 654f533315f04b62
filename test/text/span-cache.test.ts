import fc from 'fast-check';
import { SpanCache } from '../../src/text/span-cache';

describe('SpanCache', () => {
  it('answers a piece of text by its characters, computing each new piece once', () => {
    const cache = new SpanCache(8);
    const asked: string[] = [];
    const compute = (p: string) => { asked.push(p); return `<${p}>`; };
    const text = ' said. year. said. said,';
    expect(cache.get(text, 0, 6, compute)).toBe('< said.>');
    expect(cache.get(text, 12, 18, compute)).toBe('< said.>');
    expect(cache.get(text, 6, 12, compute)).toBe('< year.>');
    expect(cache.get(text, 18, 24, compute)).toBe('< said,>');
    expect(asked).toEqual([' said.', ' year.', ' said,']);
  });

  it('computes long pieces each time, and starts over when full', () => {
    const long = 'x'.repeat(40);
    const cache = new SpanCache(4);
    let calls = 0;
    const compute = (p: string) => { calls++; return p.toUpperCase(); };
    expect(cache.get(long, 0, 40, compute)).toBe(long.toUpperCase());
    expect(cache.get(long, 0, 40, compute)).toBe(long.toUpperCase());
    expect(calls).toBe(2);
    for (const w of ['a', 'b', 'c', 'd', 'e', 'a', 'b']) expect(cache.get(w, 0, 1, compute)).toBe(w.toUpperCase());
  });

  it('gives what the function gives, for any pieces asked in any order', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 60 }), (words) => {
      const cache = new SpanCache(16);
      const text = words.join('|');
      let at = 0;
      for (const w of words) {
        expect(cache.get(text, at, at + w.length, (p) => `${p}!${p.length}`)).toBe(`${w}!${w.length}`);
        at += w.length + 1;
      }
    }), { numRuns: 300 });
  });
});
