// Real-news floors: PolNeAR fold 0 (validation), read from ../shared/polnear/ at run time; the scores may only go up.
import { join } from 'node:path';
import { extractQuotes } from '../../src/index';
import { loadPolnear, type RealPrediction, realPredictions, scoreReal } from '../../src/eval/real';

// Beside the repository, as on every developer machine and in CI. Missing data fails the suite
// with the loader's message (how to get it); it is never skipped.
const POLNEAR = process.env.WHOSAID_POLNEAR ?? join(__dirname, '../../../shared/polnear');

/**
 * Each floor is a measured fold-0 score rounded down; raise them as scores improve, never lower
 * them. The calibration error is a ceiling: it may only go down. One exception, kept in view:
 * precision stood at 0.891 until the acceptor's fit was run to convergence, which traded 0.02
 * points of it for 0.44 of reported-speech recall and 0.12 of F1 (all three floors moved with it).
 * Another: direct recall stood at 0.973 until the candidates for reported speech in dependent
 * clauses and interrupted statements came in; refit on folds 1–4, the acceptor's threshold moved
 * from 0.48 to 0.49 (folds 1–4 F1 is flat from 0.43 to 0.51) and one fold-0 direct quote fell
 * under it, while F1 rose 0.11 and reported-speech recall 0.80.
 */
const FLOORS: Record<string, number> = {
  'quotes.byKind.all.f1': 0.880,
  'quotes.byKind.all.precision': 0.891,
  'quotes.byKind.indirect.recall': 0.765,
  'quotes.byKind.direct.recall': 0.972,
  // 0.927 until the scorer joined the name variants docs/annotation.md §4 lists (short first
  // names, middle names, titles, acronyms): no output changed, 0.928 → 0.934.
  'speaker.accuracy': 0.933,
  'mention.accuracy': 0.932,
};
// The calibration is measured on the records of named sources and of unnamed ones ("officials
// said"); 0.017 when its ceiling was set, 0.013-0.024 since, as more reported speech and more
// unnamed sources came among the records, 0.016 after the last refit (`npm run fit:speakers`).
// Unnamed-source accuracy is reported by `npm run eval:real` but not pinned: its gold is the
// converter's, which also calls unnamed some people named elsewhere.
const CEILINGS: Record<string, number> = {
  'calibration.ece': 0.022,
};

test('PolNeAR fold 0: quote F1, speaker and source-mention accuracy, calibration', () => {
  const docs = loadPolnear(POLNEAR).filter((d) => d.fold === 0);
  expect(docs).toHaveLength(165);
  const preds = new Map<string, RealPrediction[]>(docs.map((d) => [d.id, realPredictions(extractQuotes(d.text))]));
  const s = scoreReal(docs, preds);
  const at = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s) as number;
  const misses = [
    ...Object.entries(FLOORS).filter(([p, v]) => !(at(p) >= v)).map(([p, v]) => `${p} ${at(p)} < ${v}`),
    ...Object.entries(CEILINGS).filter(([p, v]) => !(at(p) <= v)).map(([p, v]) => `${p} ${at(p)} > ${v}`),
  ];
  expect(misses).toEqual([]);
});
