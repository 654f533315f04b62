// The worker count: --workers bounded by the cores, and the default from cores, free memory and the input.
import { chooseThreads, LARGE_DOC_CHARS, POOL_MIN_CHARS, TINY_DOC_CHARS } from '../../src/cli/threads';

const articles = Array(8).fill(4000);
const base = { requested: null, cores: 2, freeMb: 16000, head: articles, minDocs: 8 };

describe('chooseThreads', () => {
  test.each([
    ['one per core for articles', {}, 2],
    ['more cores, more workers', { cores: 8 }, 8],
    ['in-process below minDocs articles', { head: articles.slice(0, 7) }, 1],
    ['a pool for long documents below the large size', { head: Array(8).fill(LARGE_DOC_CHARS / 2) }, 2],
    // Large documents leave one core to the garbage collector's background threads.
    ['one worker fewer than the cores for large documents', { cores: 8, head: Array(8).fill(LARGE_DOC_CHARS) }, 7],
    ['in-process for large documents on 2 cores', { head: Array(6).fill(POOL_MIN_CHARS / 2) }, 1],
    ['no more workers than documents', { cores: 8, head: Array(3).fill(POOL_MIN_CHARS) }, 3],
    ['in-process for one document, however long', { head: [10 * POOL_MIN_CHARS] }, 1],
    ['in-process for tiny documents', { head: Array(8).fill(TINY_DOC_CHARS - 1) }, 1],
    ['fewer workers when free memory is short', { cores: 8, freeMb: 500 }, 2],
    ['at least one thread with almost no free memory', { freeMb: 10 }, 1],
    ['--workers below the cores is honoured', { requested: 1 }, 1],
    ['--workers equal to the cores is honoured', { requested: 2, head: [] }, 2],
  ])('%s', (_name, opts, threads) => {
    expect(chooseThreads({ ...base, ...opts })).toEqual({ threads, note: null });
  });

  test('--workers above the cores is lowered to the cores, with a note', () => {
    expect(chooseThreads({ ...base, requested: 256 })).toEqual({ threads: 2, note: '--workers 256 is more than the 2 cores; using 2' });
  });
});
