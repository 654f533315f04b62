// A document's result depends on its own text alone: the same documents read in the opposite order, each order in a fresh module, give the same records.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolnear } from '../src/eval/real';

// Caches and the token store live across documents for speed; this is the check that none of
// them carries a document's reading into the next one. Each order gets a fresh copy of every
// module, so the first document of each order meets empty caches.
type Extract = typeof import('../src/index').extractQuotes;

function resultsInOrder(texts: string[], order: number[]): string[] {
  const out: string[] = new Array(texts.length);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extract = (require('../src/index') as { extractQuotes: Extract }).extractQuotes;
    for (const k of order) out[k] = JSON.stringify(extract(texts[k]));
  });
  return out;
}

function expectOrderFree(texts: string[]): void {
  const forward = texts.map((_, k) => k);
  const a = resultsInOrder(texts, forward);
  const b = resultsInOrder(texts, [...forward].reverse());
  const differing = texts.map((_, k) => k).filter((k) => a[k] !== b[k]);
  expect(differing).toEqual([]);
}

test('our article sets: forward and reverse order give the same records', () => {
  const corpora = join(__dirname, '../corpora');
  const texts = ['seeds', 'constructed', 'dev', 'heldout'].flatMap((set) =>
    readdirSync(join(corpora, set)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpora, set, f), 'utf8')));
  expect(texts.length).toBeGreaterThan(80);
  expectOrderFree(texts);
});

test('PolNeAR train (840 real articles): forward and reverse order give the same records', () => {
  const polnear = process.env.WHOSAID_POLNEAR ?? join(__dirname, '../../shared/polnear');
  const texts = loadPolnear(polnear).map((d) => d.text);
  expect(texts.length).toBe(840);
  expectOrderFree(texts);
}, 120_000);
