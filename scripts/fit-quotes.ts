// `npm run fit:quotes`: fit the span acceptor (src/quotes/accept.ts) on PolNeAR train folds 1-4 and write src/quotes/acceptor.json.
//
//   npm run fit:quotes [-- --polnear DIR] [--out FILE] [--check]
//
// Every candidate the rules propose is labelled by the scorer's own matching (same pool, overlap
// of at least half the shorter span's words): 1 when it matches a gold quote, 0 otherwise;
// candidates mostly inside an ignored span are left out. A logistic regression with an L2
// penalty is fitted by full-batch gradient descent from zero weights (deterministic), and the
// threshold is the probability that maximizes all-kinds F1 on the same folds. Fold 0 is never
// read. `--check` fits on three folds and reports the fourth, for each of folds 1-4.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPolnear, type RealDocument } from '../src/eval/real';
import { matchDocument } from '../src/eval/score';
import { type ObservedCandidate, runPipeline } from '../src/pipeline';
import type { AcceptorModel } from '../src/quotes/accept';
import { OptionsSchema } from '../src/records/schema';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Features seen fewer times than this get no weight: too rare to estimate. */
const MIN_COUNT = 8;
const L2 = 1;
/**
 * Gradient steps: the weights settle by about 8,000 (at 3,000 they had not: `--check` held-out F1
 * rose 0.08 points on folds 1-4 from 3,000 to 8,000 steps, and 15,000 adds nothing).
 */
const STEPS = 8000;
const RATE = 1;

interface Example {
  fold: number;
  kind: string;
  gated: boolean;
  features: Record<string, number>;
  label: number;
}

function collect(docs: RealDocument[]): { examples: Example[]; goldByFold: Map<number, number> } {
  const options = OptionsSchema.parse({});
  const examples: Example[] = [];
  const goldByFold = new Map<number, number>();
  for (const doc of docs) {
    const seen: ObservedCandidate[] = [];
    runPipeline(doc.text, options, { observe: (c) => seen.push(c), acceptAll: true });
    const preds = seen.map((c) => ({ start: c.start, end: c.end, kind: c.kind, speaker: null, c }));
    const { preds: kept, pairs } = matchDocument(doc, preds);
    const matched = new Set(pairs.map((p) => kept[p.pred]));
    for (const p of kept) examples.push({ fold: doc.fold, kind: p.kind, gated: p.c.gated, features: p.c.features, label: matched.has(p) ? 1 : 0 });
    goldByFold.set(doc.fold, (goldByFold.get(doc.fold) ?? 0) + doc.quotes.length);
  }
  return { examples, goldByFold };
}

function fit(examples: Example[]): AcceptorModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const k in e.features) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const k in e.features) {
      const i = index.get(k);
      if (i !== undefined) { idx.push(i); val.push(e.features[k]); }
    }
    return { idx, val, y: e.label };
  });
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (let j = 0; j < r.idx.length; j++) z += w[r.idx[j]] * r.val[j];
      const d = 1 / (1 + Math.exp(-z)) - r.y;
      gb += d;
      for (let j = 0; j < r.idx.length; j++) g[r.idx[j]] += d * r.val[j];
    }
    bias -= (RATE * gb) / n;
    for (let i = 0; i < w.length; i++) w[i] -= RATE * ((g[i] + L2 * w[i]) / n);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => { weights[name] = Math.round(w[i] * 10000) / 10000; });
  return { bias: Math.round(bias * 10000) / 10000, threshold: 0, indirectThreshold: 0, weights };
}

function probability(m: AcceptorModel, f: Record<string, number>): number {
  let z = m.bias;
  for (const k in f) z += (m.weights[k] ?? 0) * f[k];
  return 1 / (1 + Math.exp(-z));
}

const scoredOf = (m: AcceptorModel, e: Example): Scored => ({ p: probability(m, e.features), y: e.label, direct: !e.gated, indirect: e.kind === 'indirect' });

interface Scored {
  p: number;
  y: number;
  /** Not gated: kept whatever its probability. */
  direct: boolean;
  indirect: boolean;
}

/**
 * P/R/F1 of accepting candidates at or above `t` (reported speech at or above `ti`, the same by
 * default), against `gold` quotes in all.
 */
function prfAt(scored: Scored[], gold: number, t: number, ti = t) {
  let tp = 0;
  let predicted = 0;
  // Candidates the threshold does not gate are always kept (see isGated in src/quotes/accept.ts).
  for (const s of scored) if (s.direct || s.p >= (s.indirect ? ti : t)) { predicted++; tp += s.y; }
  const precision = predicted ? tp / predicted : 1;
  const recall = tp / gold;
  return { precision, recall, f1: (2 * tp) / (predicted + gold) };
}

/** Grid steps either side of a threshold whose F1 is averaged with its own (see bestThreshold). */
const SMOOTH = 3;

/**
 * The threshold (on a 0.01 grid) for all candidates: F1 averaged over its neighbours within
 * SMOOTH steps finds the flat top of the curve (its single best point alone moved by 0.05 from
 * one refit to the next on a few dozen candidates), and plateauBest picks inside it.
 */
function bestThreshold(scored: Scored[], gold: number): number {
  const grid: number[] = [];
  for (let i = 0; i <= 90; i++) grid.push(prfAt(scored, gold, i / 100).f1);
  const smoothed = grid.map((_, i) => {
    const around = grid.slice(Math.max(0, i - SMOOTH), i + SMOOTH + 1);
    return around.reduce((a, b) => a + b, 0) / around.length;
  });
  return plateauBest(grid, smoothed, smoothed.map(() => true)) / 100;
}

/**
 * Smoothed F1 values (fractions) this close are a tie: on folds 1-4 thresholds 0.46-0.50 differ
 * by less, and the first maximum among them moved with a handful of candidates (issue #21).
 */
const TIE = 0.0002;

/**
 * The grid index with the best unaveraged F1 on the plateau around the best averaged one (the
 * run of allowed neighbours whose averaged F1 is within TIE of it). The plateau says where the
 * curve is flat enough to trust; inside it, the threshold that scores best on folds 1-4 as it
 * stands is taken. The plateau's middle and its first maximum were steadier on paper but each
 * gave up 0.05–0.06 F1 points on folds 1-4 in the refit they were compared in; this choice moves
 * only within the plateau (0.04–0.06 wide) when a few candidates change. `lowest` takes the
 * plateau's lowest threshold instead (see bestIndirectThreshold).
 */
function plateauBest(raw: number[], smoothed: number[], allowed: boolean[], lowest = false): number {
  let top = -1;
  for (let i = 0; i < smoothed.length; i++) if (allowed[i] && (top < 0 || smoothed[i] > smoothed[top] + 1e-9)) top = i;
  if (top < 0) return -1;
  let lo = top;
  let hi = top;
  while (lo > 0 && allowed[lo - 1] && smoothed[lo - 1] >= smoothed[top] - TIE) lo--;
  while (hi < smoothed.length - 1 && allowed[hi + 1] && smoothed[hi + 1] >= smoothed[top] - TIE) hi++;
  if (lowest) return lo;
  let pick = lo;
  for (let i = lo + 1; i <= hi; i++) if (raw[i] > raw[pick] + 1e-9) pick = i;
  return pick;
}

/**
 * All-kinds precision on folds 1-4 the threshold of reported speech keeps (issue #21: recall of
 * reported speech is raised only at the precision the project holds on real news; the single
 * best-F1 threshold gave 0.877 before reported speech had a threshold of its own, rounded down
 * here to the half point).
 */
const MIN_PRECISION = 0.875;

/**
 * The threshold of reported-speech candidates, with the others' at `t`: chosen as bestThreshold
 * chooses, among the thresholds whose all-kinds precision is at least MIN_PRECISION; `t` itself
 * when none reaches it. Reported speech is where most candidates in doubt are, and a threshold of
 * its own trades their recall against precision without moving marked fragments. It may fall
 * below `t`: the acceptor's gates already hold back the doubtful reported shapes. Inside the flat
 * top of the F1 curve the lowest threshold is taken: ties in F1 are settled for recall of reported
 * speech, the measure issue #21 asks to raise (on folds 1-4 this choice held out as well as the
 * plateau's best point: `--check` F1 87.9/85.5/87.9/88.3 against 87.8/85.5/87.8/88.2).
 */
function bestIndirectThreshold(scored: Scored[], gold: number, t: number): number {
  const grid: Array<{ f1: number; precision: number }> = [];
  for (let i = 0; i <= 90; i++) grid.push(prfAt(scored, gold, t, i / 100));
  const smoothed = grid.map((_, i) => {
    const around = grid.slice(Math.max(0, i - SMOOTH), i + SMOOTH + 1).map((g) => g.f1);
    return around.reduce((a, b) => a + b, 0) / around.length;
  });
  const allowed = grid.map((g) => g.precision >= MIN_PRECISION);
  const i = plateauBest(grid.map((g) => g.f1), smoothed, allowed, true);
  return i < 0 ? t : i / 100;
}

const pct = (x: number) => (x * 100).toFixed(1);

function main(): number {
  const { values } = parseArgs({
    options: {
      polnear: { type: 'string', default: join(root, '..', 'shared', 'polnear') },
      out: { type: 'string', default: join(root, 'src', 'quotes', 'acceptor.json') },
      check: { type: 'boolean', default: false },
    },
  });
  // Fold 0 is validation only: it is dropped before anything is extracted.
  const docs = loadPolnear(values.polnear!).filter((d) => d.fold !== 0);
  const { examples, goldByFold } = collect(docs);
  const gold = [...goldByFold.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`${examples.length} candidates (${examples.filter((e) => e.label).length} match a gold quote) from ${docs.length} documents, ${gold} gold quotes\n`);
  if (values.check) {
    for (const fold of [1, 2, 3, 4]) {
      const m = fit(examples.filter((e) => e.fold !== fold));
      const train = examples.filter((e) => e.fold !== fold).map((e) => scoredOf(m, e));
      const t = bestThreshold(train, gold - (goldByFold.get(fold) ?? 0));
      const ti = bestIndirectThreshold(train, gold - (goldByFold.get(fold) ?? 0), t);
      const test = examples.filter((e) => e.fold === fold).map((e) => scoredOf(m, e));
      const all = prfAt(test, goldByFold.get(fold) ?? 0, 0);
      const r = prfAt(test, goldByFold.get(fold) ?? 0, t, ti);
      process.stdout.write(`fold ${fold} held out: all candidates P/R/F1 ${pct(all.precision)}/${pct(all.recall)}/${pct(all.f1)}, accepted at ${t} (reported speech ${ti}) ${pct(r.precision)}/${pct(r.recall)}/${pct(r.f1)}\n`);
    }
  }
  const model = fit(examples);
  const scored = examples.map((e) => scoredOf(model, e));
  model.threshold = bestThreshold(scored, gold);
  const shared = prfAt(scored, gold, model.threshold);
  model.indirectThreshold = bestIndirectThreshold(scored, gold, model.threshold);
  const r = prfAt(scored, gold, model.threshold, model.indirectThreshold);
  process.stdout.write(`threshold ${model.threshold}: P/R/F1 ${pct(shared.precision)}/${pct(shared.recall)}/${pct(shared.f1)}; reported speech at ${model.indirectThreshold}: ${pct(r.precision)}/${pct(r.recall)}/${pct(r.f1)} on folds 1-4 (candidates scored alone)\n`);
  writeFileSync(values.out!, JSON.stringify(model, null, 2) + '\n');
  process.stdout.write(`wrote ${values.out}\n`);
  return 0;
}

process.exitCode = main();
