// The table of known words answers as a Map of the same words would, read from any place in a text.
import { KnownWords } from '../../src/text/known-words';

describe('KnownWords', () => {
  it('finds each added word inside a text, and nothing else', () => {
    const table = new KnownWords();
    const words = ['the', 'said', ',', '.', 'President', 'don', "n't", '\n\n', 'été'];
    words.forEach((w, i) => table.add(w, i * 7));
    const text = `xx ${words.join(' ')} yy`;
    let at = 3;
    for (const [i, w] of words.entries()) {
      expect(table.find(text, at, at + w.length)).toBe(i * 7);
      at += w.length + 1;
    }
    expect(table.find(text, 0, 2)).toBe(-1);
    expect(table.find('thee', 0, 4)).toBe(-1);
    expect(table.find('th', 0, 2)).toBe(-1);
    expect(table.find('Said', 0, 4)).toBe(-1);
  });

  it('keeps the first index given for a word', () => {
    const table = new KnownWords();
    table.add('said', 5);
    table.add('said', 9);
    expect(table.find('said', 0, 4)).toBe(5);
  });

  it('agrees with a Map over many colliding words, holding at most three quarters of its slots', () => {
    const table = new KnownWords();
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const w = i.toString(36);
      table.add(w, i);
      if (map.size < 12_288) map.set(w, i);
    }
    for (let i = 0; i < 20_000; i++) {
      const w = i.toString(36);
      expect(table.find(`(${w})`, 1, 1 + w.length)).toBe(map.get(w) ?? -1);
    }
  });

  it('leaves long words to the lexicon', () => {
    const table = new KnownWords();
    const long = 'internationalization-related';
    table.add(long, 3);
    expect(table.find(long, 0, long.length)).toBe(-1);
  });
});
