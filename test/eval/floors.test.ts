// Accuracy floors: the scores the README reports may only go up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, GoldDocumentSchema, scoreDocuments, type PredictedQuote } from '../../src/index';

function score(file: string) {
  const gold = readFileSync(join(__dirname, '../../corpora/gold', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => GoldDocumentSchema.parse(JSON.parse(l)));
  const preds = new Map<string, PredictedQuote[]>();
  for (const d of gold) {
    preds.set(d.id, extractQuotes(d.text).quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
  }
  return scoreDocuments(gold, preds);
}

describe('accuracy floors (measured; raise them when scores improve)', () => {
  test('seed articles', () => {
    const s = score('seeds.jsonl');
    expect(s.byKind.marked.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.byKind.marked.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.byKind.indirect.recall).toBeGreaterThanOrEqual(0.78);
    expect(s.byKind.indirect.precision).toBeGreaterThanOrEqual(0.93);
    expect(s.byKind.all.f1).toBeGreaterThanOrEqual(0.91);
    expect(s.attribution.accuracy).toBeGreaterThanOrEqual(0.8);
  });
  test('constructed articles', () => {
    const s = score('constructed.jsonl');
    expect(s.documents).toBeGreaterThanOrEqual(30);
    expect(s.byKind.marked.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.byKind.indirect.recall).toBeGreaterThanOrEqual(0.85);
    expect(s.byKind.indirect.precision).toBeGreaterThanOrEqual(0.92);
    expect(s.byKind.all.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.attribution.accuracy).toBeGreaterThanOrEqual(0.81);
  });
});
