// countBefore: the one binary search, checked against a linear scan.
import fc from 'fast-check';
import { countBefore } from '../../src/text/search';

describe('countBefore', () => {
  test('agrees with a linear scan for every prefix length', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), (n, k) => {
        const cut = Math.min(n, k);
        return countBefore(n, (i) => i < cut) === cut;
      }),
    );
  });

  test('finds the first element not below a value in a sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const expected = sorted.filter((x) => x < v).length;
        return countBefore(sorted.length, (i) => sorted[i] < v) === expected;
      }),
    );
  });

  test('asks O(log n) questions and never outside 0..n-1', () => {
    const asked: number[] = [];
    expect(countBefore(1000, (i) => { asked.push(i); return i < 377; })).toBe(377);
    expect(asked.length).toBeLessThanOrEqual(11);
    expect(asked.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(countBefore(0, () => { throw new Error('never asked'); })).toBe(0);
  });
});
