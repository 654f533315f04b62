// The filter of lexicon words never says "not held" of a word it was fed, and says it of most others.
import { WordFilter } from '../../src/text/word-filter';

describe('WordFilter', () => {
  const words = Array.from({ length: 90_000 }, (_, i) => `w${i.toString(36)}`);

  it('holds every word it was fed, read from any place in a text', () => {
    const filter = new WordFilter();
    expect(filter.feed(words)).toBe(true);
    for (const w of words) expect(filter.mayHold(`(${w})`, 1, 1 + w.length)).toBe(true);
  });

  it('says "not held" of most words it was not fed (one in 60 pass at 90,000 words)', () => {
    const filter = new WordFilter();
    filter.feed(words);
    let passed = 0;
    for (let i = 0; i < 20_000; i++) if (filter.mayHold(`x${i}`, 0, `x${i}`.length)) passed++;
    expect(passed).toBeLessThan(20_000 / 30);
  });

  it('is fed the words of a list before a given end, and tells when it holds those', () => {
    const filter = new WordFilter();
    const list = words.slice(0, 2500);
    expect(filter.feed(list, 1000, 1500)).toBe(false);
    expect(filter.feed(list, 1000, 1500)).toBe(true);
    expect(filter.mayHold(list[1499], 0, list[1499].length)).toBe(true);
    expect(filter.feed(list, 1000, 1500)).toBe(true);
  });

  it('is fed a list a part at a time, and tells when it holds all of it', () => {
    const filter = new WordFilter();
    const list = words.slice(0, 2500);
    expect(filter.feed(list, 1000)).toBe(false);
    expect(filter.feed(list, 1000)).toBe(false);
    expect(filter.feed(list, 1000)).toBe(true);
    list.push('learnt');
    expect(filter.mayHold('learnt', 0, 6)).toBe(false);
    expect(filter.feed(list)).toBe(true);
    expect(filter.mayHold('learnt', 0, 6)).toBe(true);
    for (const w of list) expect(filter.mayHold(w, 0, w.length)).toBe(true);
  });
});
