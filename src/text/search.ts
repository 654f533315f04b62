// Binary search over sorted data: the one every stage uses (offset maps, token ranges, word counts).

/**
 * How many of the indices 0..n-1 satisfy `before`, given that those that do all come first
 * (`before` is true on a prefix and false after it). Equivalently: the first index where
 * `before` is false, or `n`. O(log n) calls of `before`.
 */
export function countBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
