// Accuracy floors: the scores the README reports may only go up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, GoldDocumentSchema, scoreDocuments, type PredictedQuote } from '../../src/index';

function load(file: string) {
  return readFileSync(join(__dirname, '../../corpora/gold', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => GoldDocumentSchema.parse(JSON.parse(l)));
}

function scoreGold(gold: ReturnType<typeof load>) {
  const preds = new Map<string, PredictedQuote[]>();
  for (const d of gold) preds.set(d.id, extractQuotes(d.text).quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
  return scoreDocuments(gold, preds);
}

type Scores = ReturnType<typeof scoreGold>;

/** A score by its path in the scorer's result: "byKind.marked.recall", "attribution.accuracy". */
function at(s: Scores, path: string): number {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s) as number;
}

/**
 * Floors per set, each a measured score rounded down: raise them when scores improve, never
 * lower them. The comment on each set names the issue target it stands for.
 */
const FLOORS: Array<{ name: string; files: string[]; floors: Record<string, number> }> = [
  // Issue #2: seeds marked P/R >= 95%, attribution >= 90%. Attribution was 0.91 before mixed
  // quotes were split: 7 more indirect quotes matched, 5 of them attributed right. Issue #20's
  // pronoun ranker raised it to 0.919 (marked 0.938), paragraphs kept one line break apart
  // below a header to 0.942 (indirect 0.945).
  { name: 'seed articles', files: ['seeds.jsonl'], floors: {
    'byKind.marked.recall': 0.98, 'byKind.marked.precision': 0.99, 'attribution.byKind.marked.accuracy': 0.93,
    'byKind.indirect.recall': 0.88, 'byKind.indirect.precision': 0.93, 'byKind.all.f1': 0.91, 'attribution.accuracy': 0.94,
  } },
  // Issue #2: constructed marked F1 >= 90%, attribution >= 88%.
  { name: 'constructed articles', files: ['constructed.jsonl'], floors: {
    // Indirect precision 0.93 -> 0.928 with noun-phrase objects ("citing the possibility of …"), issue #21.
    // -> 0.926 with objects of statement-verb classes, "agreed to VP" and statistics as sources
    // ("Government figures show that …"), which PolNeAR counts and this set does not (issue #21;
    // indirect recall 0.955 -> 0.972 in the same change).
    // -> 0.941 when "pleaded guilty" and the topic after "said of" stopped being proposed.
    documents: 30, 'byKind.marked.f1': 0.98, 'byKind.indirect.recall': 0.92, 'byKind.indirect.precision': 0.94,
    // Attribution 0.955 -> 0.954 with the span acceptor, -> 0.952 when a "that" clause whose
    // subject carries a participle ("The No campaign, led by …, argued that …") is found with no
    // speaker (issue #21 allows a point on these sets).
    // -> 0.951 with the reported clauses those frames add (issue #21).
    'byKind.all.f1': 0.955, 'attribution.accuracy': 0.951,
  } },
  // Issue #3, on seeds and constructed together: indirect R >= 85%, P >= 80%, attribution on
  // indirect >= 88%, all-kinds F1 >= 88%.
  { name: 'seeds and constructed together', files: ['seeds.jsonl', 'constructed.jsonl'], floors: {
    // Indirect precision 0.93 -> 0.929 with sources that are things ("the agreement stipulated
    // that …" now frames reported speech; issue #20 allows a point on these sets).
    // Indirect precision -> 0.928 and indirect attribution -> 0.932 with the frames above (issue #21).
    // Indirect precision -> 0.940 when "pleaded guilty" and the topic after "said of" stopped being proposed.
    'byKind.indirect.recall': 0.91, 'byKind.indirect.precision': 0.939, 'attribution.byKind.indirect.accuracy': 0.932, // 0.935 before issue #21
    'attribution.accuracy': 0.94, 'byKind.all.f1': 0.95,
  } },
  // The development set (36 articles by writers who never ran the extractor, tuned on since).
  { name: 'development set', files: ['dev.jsonl'], floors: {
    // Indirect precision 0.97 -> 0.963 with frames whose subject names no speaker and noun-phrase
    // objects of evaluation verbs (issue #21 allows a point on these sets).
    // -> 0.962 with "agreed to VP" weighed as reported speech (issue #21; indirect recall 0.896 -> 0.902).
    documents: 36, 'byKind.marked.f1': 0.99, 'byKind.indirect.recall': 0.85, 'byKind.indirect.precision': 0.962,
    // 0.93 until the attribution rules and the pronoun ranker's refit that came with them: 0.941.
    'attribution.accuracy': 0.94,
  } },
];

describe('accuracy floors (measured; raise them when scores improve)', () => {
  test.each(FLOORS)('$name', ({ files, floors }) => {
    const s = scoreGold(files.flatMap(load));
    // Compared as one object so a failure lists every score below its floor, by name.
    const below = Object.entries(floors).filter(([path, floor]) => !(at(s, path) >= floor)).map(([path, floor]) => `${path} ${at(s, path)} < ${floor}`);
    expect(below).toEqual([]);
  });
});
