// ordered(): concurrent work, results in input order, never more than `window` items started but not yet yielded.
import fc from 'fast-check';
import { ordered } from '../../src/cli/order';

async function* from<T>(xs: T[]) {
  for (const x of xs) yield x;
}

describe('ordered', () => {
  test('any completion order comes back in input order, within the window', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(20), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), async (delays, window) => {
        let inFlight = 0;
        let maxInFlight = 0;
        let unyielded = 0;
        let maxUnyielded = 0;
        const run = async (i: number) => {
          inFlight++;
          unyielded++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          maxUnyielded = Math.max(maxUnyielded, unyielded);
          await new Promise((r) => setTimeout(r, delays[i]));
          inFlight--;
          return i * 10;
        };
        const seen: number[] = [];
        for await (const { item, out } of ordered(from(delays.map((_, i) => i)), run, window)) {
          unyielded--;
          expect(out).toBe(item * 10);
          seen.push(item);
        }
        expect(seen).toEqual(delays.map((_, i) => i));
        expect(maxInFlight).toBeLessThanOrEqual(window);
        expect(maxUnyielded).toBeLessThanOrEqual(window);
      }),
      { numRuns: 60 },
    );
  });
  test('a rejection surfaces in order, and is not reported as unhandled before that', async () => {
    const run = (i: number) => (i === 1 ? Promise.reject(new Error('boom')) : new Promise<number>((r) => setTimeout(() => r(i), 20)));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const { item } of ordered(from([0, 1, 2]), run, 3)) seen.push(item);
      })(),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([0]);
  });
  test('window below 1 is refused', async () => {
    await expect(ordered(from([1]), async (x) => x, 0).next()).rejects.toThrow(RangeError);
  });
});
