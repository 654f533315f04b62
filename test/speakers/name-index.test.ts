// Name tail and prefix indexes: the same answers as a map keyed by every joined tail or prefix.
import fc from 'fast-check';
import { NamePrefixIndex, NameTailIndex } from '../../src/speakers/name-index';

/** The string-keyed reference: one joined key per tail (2..W-1 words), the last name wins. */
class TailReference {
  readonly map = new Map<string, number>();
  add(words: string[], v: number): void {
    for (let k = 2; k < words.length; k++) this.map.set(words.slice(-k).join(' '), v);
  }
}

/** The string-keyed reference: one joined key per prefix (from..W-1 words), the first name wins. */
class PrefixReference {
  readonly map = new Map<string, number>();
  add(words: string[], from: number, v: number): void {
    for (let n = words.length - 1; n >= from; n--) {
      const key = words.slice(0, n).join(' ');
      if (!this.map.has(key)) this.map.set(key, v);
    }
  }
}

// A small vocabulary so names share tails and prefixes often.
const word = fc.constantFrom('ni', 'mhurchu', 'de', 'la', 'torre', 'ferreira', 'gomes', 'anna', 'bov', 'calder', '&', 'rowe', 'homes');
const names = fc.array(fc.array(word, { minLength: 1, maxLength: 7 }), { maxLength: 12 });

describe('NameTailIndex', () => {
  it('finds the person named last whose longer name ends with the words', () => {
    const ix = new NameTailIndex<string>();
    ix.add(['siobhan', 'ni', 'mhurchu'], 'a');
    ix.add(['ana', 'ferreira', 'gomes'], 'b');
    ix.add(['maria', 'ferreira', 'gomes'], 'c');
    expect(ix.get(['ni', 'mhurchu'])).toBe('a');
    expect(ix.get(['ferreira', 'gomes'])).toBe('c');
    // A whole name and a single word are no tails.
    expect(ix.get(['siobhan', 'ni', 'mhurchu'])).toBeUndefined();
    expect(ix.get(['mhurchu'])).toBeUndefined();
    expect(ix.get([])).toBeUndefined();
  });

  it('answers as the joined-key map does, for any names and queries', () => {
    fc.assert(fc.property(names, fc.array(fc.array(word, { maxLength: 7 }), { maxLength: 20 }), (added, queries) => {
      const ix = new NameTailIndex<number>();
      const ref = new TailReference();
      added.forEach((w, i) => {
        ix.add(w, i);
        ref.add(w, i);
      });
      for (const q of [...queries, ...added.flatMap((w) => [w.slice(1), w.slice(2), w.slice(-2)])]) expect(ix.get(q)).toBe(ref.map.get(q.join(' ')));
    }));
  });
});

describe('NamePrefixIndex', () => {
  it('keeps the first firm for a shared start and stores no whole name', () => {
    const ix = new NamePrefixIndex<string>();
    ix.add(['calder', '&', 'rowe', 'homes'], 2, 'a');
    ix.add(['calder', '&', 'rowe', 'estates'], 2, 'b');
    expect(ix.get(['calder', '&', 'rowe'])).toBe('a');
    expect(ix.get(['calder', '&'])).toBe('a');
    expect(ix.get(['calder'])).toBeUndefined();
    expect(ix.get(['calder', '&', 'rowe', 'homes'])).toBeUndefined();
  });

  it('answers as the joined-key map does, for any names, starts and queries', () => {
    fc.assert(fc.property(names, fc.array(fc.integer({ min: 2, max: 8 }), { minLength: 12, maxLength: 12 }), fc.array(fc.array(word, { maxLength: 7 }), { maxLength: 20 }), (added, froms, queries) => {
      const ix = new NamePrefixIndex<number>();
      const ref = new PrefixReference();
      added.forEach((w, i) => {
        ix.add(w, froms[i], i);
        ref.add(w, froms[i], i);
      });
      for (const q of [...queries, ...added.flatMap((w) => [w.slice(0, -1), w.slice(0, 2)])]) expect(ix.get(q)).toBe(ref.map.get(q.join(' ')));
    }));
  });

  it('stores a 20,000-word name as one path: every prefix is found', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const ix = new NamePrefixIndex<number>();
    ix.add(words, 2, 1);
    expect(ix.get(words.slice(0, 19_999))).toBe(1);
    expect(ix.get(words.slice(0, 2))).toBe(1);
  });
});
