import { byteArray, intArray, startDocument } from '../src/scratch';

describe('scratch arrays', () => {
  beforeEach(() => startDocument());

  it('hands out zeroed views even after a buffer was written and reused', () => {
    const a = byteArray(10);
    a.fill(7);
    startDocument();
    const b = byteArray(10);
    expect([...b]).toEqual(new Array(10).fill(0));
  });

  it('fills int arrays with the value asked for', () => {
    expect([...intArray(4, -1)]).toEqual([-1, -1, -1, -1]);
    expect([...intArray(3)]).toEqual([0, 0, 0]);
  });

  it('never lets two views of one document overlap', () => {
    const views = Array.from({ length: 200 }, (_, k) => intArray(97 + k));
    views.forEach((v, k) => v.fill(k + 1));
    views.forEach((v, k) => expect(v.every((x) => x === k + 1)).toBe(true));
  });

  it('keeps earlier views valid when a buffer fills up', () => {
    const first = byteArray(16_000);
    first.fill(1);
    const more = Array.from({ length: 8 }, () => byteArray(16_000));
    for (const m of more) m.fill(2);
    expect(first.every((x) => x === 1)).toBe(true);
  });

  it('gives large requests an array of their own, with the exact length', () => {
    const big = intArray(100_000, 5);
    expect(big.length).toBe(100_000);
    expect(big[99_999]).toBe(5);
    expect(byteArray(0).length).toBe(0);
  });
});
