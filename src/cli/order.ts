// Run work concurrently but hand results back in input order, with a bounded window so memory stays flat.

/**
 * Start `run` on each item as it is read, keeping at most `window` started-but-not-yet-yielded
 * items. The window bounds both the work in flight and the reorder buffer: when it is full, the
 * oldest item is awaited and yielded before the next input is read, so a slow document holds
 * back at most `window` finished ones and a slow consumer stops the reading (backpressure).
 */
export async function* ordered<I, O>(items: AsyncIterable<I>, run: (item: I) => Promise<O>, window: number): AsyncGenerator<{ item: I; out: O }> {
  if (!(window >= 1)) throw new RangeError('window must be at least 1');
  const queue: Array<Promise<{ item: I; out: O }>> = [];
  for await (const item of items) {
    const p = run(item).then((out) => ({ item, out }));
    // The rejection surfaces when this entry is awaited; until then it must not count as unhandled.
    p.catch(() => {});
    queue.push(p);
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
