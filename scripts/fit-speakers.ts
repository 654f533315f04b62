// `npm run fit:speakers`: refit the pronoun ranker and the confidence model on PolNeAR folds 1-4.
//
//   npm run fit:speakers [-- --polnear DIR]
//
// Reads the current extraction (run the command again after any change to what is extracted) of
// the development documents only: folds 1-4. Fold 0 is validation and is never read here. Writes
// src/speakers/pronoun-ranker.json and src/speakers/confidence.json. Deterministic: the same code
// and data give the same files.
//
// 1. Pronoun ranker. Every document is extracted with the resolver's ordered rules choosing (the
//    ranker's weights set to follow the rule's pick), and each pronoun's candidates are labelled
//    right when their canonical name is the speaker of the gold quote the record matched (the
//    converter's names, `span-*` and `coref-*`: PolNeAR's manual source span is the pronoun
//    itself, so a name is the only label of its antecedent). A logistic regression over the
//    candidates' named features (src/speakers/pronoun-ranker.ts) is fitted on all four folds.
// 2. Confidence. Calibrated on records the ranker was not fitted on: each fold is extracted with
//    a ranker fitted on the other three, every record is labelled as `npm run eval:real` scores
//    calibration (right = matches a gold quote whose name is written in its source span AND names
//    that speaker, or matches a quote whose source is an unnamed description AND predicts an
//    unnamed source at it), and a logistic regression over the record's named features
//    (src/speakers/confidence.ts) is fitted on all of them. A four-way cross-fit of this second
//    model is printed too, so its held-out calibration is visible before fold 0 is scored.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expectedCalibrationError, fitLogistic, logLoss } from '../src/eval/logistic';
import { calibrationView, loadPolnear, type RealDocument, realPredictions, speakerOutcomes } from '../src/eval/real';
import { goldNamesOf, matchDocument, sameSpeaker } from '../src/eval/score';
import { type RecordTrace, runPipeline } from '../src/pipeline';
import { OptionsSchema } from '../src/records/schema';
import { FEATURE_NAMES, features } from '../src/speakers/confidence';
import { PRONOUN_FEATURES, pronounFeatures, setPronounWeights } from '../src/speakers/pronoun-ranker';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
/** Penalty on every weight but the bias: keeps features seen on a few dozen rows near 0. */
const L2 = 2;
const ITERATIONS = 50;
const DEV_FOLDS = [1, 2, 3, 4];
/** Ranker weights that follow the ordered rules: only `rulePick` counts. */
const RULE_ONLY = PRONOUN_FEATURES.map((n) => (n === 'rulePick' ? 5 : 0));

const options = OptionsSchema.parse({});
const extract = (doc: RealDocument) => {
  const trace: RecordTrace[] = [];
  const preds = realPredictions(runPipeline(doc.text, options, { trace }));
  return { preds, trace };
};
const round = (names: readonly string[], w: number[]) => Object.fromEntries(names.map((n, j) => [n, Math.round(w[j] * 1e4) / 1e4]));
const predict = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j], 0)));
const fit = (x: number[][], y: number[]) => fitLogistic(x, y, { l2: L2, iterations: ITERATIONS });

interface Rows {
  x: number[][];
  y: number[];
  fold: number[];
}
const rows = (): Rows => ({ x: [], y: [], fold: [] });

/** Pronoun candidates of every record matched to a gold quote with a named speaker. */
function pronounRows(docs: RealDocument[]): Rows {
  setPronounWeights(RULE_ONLY);
  const out = rows();
  for (const doc of docs) {
    const { preds, trace } = extract(doc);
    const names = goldNamesOf(doc);
    const { preds: kept, pairs } = matchDocument(doc, preds);
    for (const { gold, pred } of pairs) {
      const gname = doc.quotes[gold].speaker;
      const t = trace[preds.indexOf(kept[pred])];
      if (gname === null || !t.pronoun.length) continue;
      for (const c of t.pronoun) {
        out.x.push(pronounFeatures(c.evidence));
        out.y.push(c.name !== null && sameSpeaker(c.name, gname, names) ? 1 : 0);
        out.fold.push(doc.fold);
      }
    }
  }
  return out;
}

/** Every record the calibration is measured on, extracted with the ranker weights `w` of its fold. */
function confidenceRows(docs: RealDocument[], weightsFor: (fold: number) => number[]): Rows {
  const out = rows();
  for (const doc of docs) {
    setPronounWeights(weightsFor(doc.fold));
    const { preds, trace } = extract(doc);
    const index = new Map(preds.map((p, i) => [p, i]));
    for (const o of speakerOutcomes(calibrationView(doc), preds)) {
      out.x.push(features(trace[index.get(o.pred)!].confidence));
      out.y.push(o.right ? 1 : 0);
      out.fold.push(doc.fold);
    }
  }
  return out;
}

const subset = (r: Rows, keep: (fold: number) => boolean) => {
  const ix = r.fold.map((f, i) => (keep(f) ? i : -1)).filter((i) => i >= 0);
  return { x: ix.map((i) => r.x[i]), y: ix.map((i) => r.y[i]) };
};

function main(): number {
  const { values } = parseArgs({ options: { polnear: { type: 'string', default: join(root, '..', 'shared', 'polnear') } } });
  const docs = loadPolnear(values.polnear!).filter((d) => DEV_FOLDS.includes(d.fold));
  const report: string[] = [];
  // 1. the pronoun ranker
  const pr = pronounRows(docs);
  const ranker = fit(pr.x, pr.y);
  const byFold = new Map(DEV_FOLDS.map((k) => {
    const t = subset(pr, (f) => f !== k);
    return [k, fit(t.x, t.y)];
  }));
  report.push(`pronoun ranker: ${pr.x.length} candidates, ${pr.y.filter(Boolean).length} right`, ...PRONOUN_FEATURES.map((n, j) => `  ${n.padEnd(20)} ${ranker[j].toFixed(4)}`), '');
  // 2. confidence, on records ranked by a ranker not fitted on their fold
  const cr = confidenceRows(docs, (f) => byFold.get(f)!);
  setPronounWeights(null);
  report.push(`confidence: ${cr.x.length} records, ${cr.y.filter(Boolean).length} right; cross-fit (fit on three folds, measure on the fourth):`);
  const heldP: number[] = [];
  const heldY: number[] = [];
  for (const k of DEV_FOLDS) {
    const train = subset(cr, (f) => f !== k);
    const test = subset(cr, (f) => f === k);
    const w = fit(train.x, train.y);
    const p = test.x.map((x) => predict(w, x));
    heldP.push(...p);
    heldY.push(...test.y);
    report.push(`  fold ${k}: ${test.y.length} records, ECE ${expectedCalibrationError(p, test.y).toFixed(3)}, log-loss ${logLoss(p, test.y).toFixed(3)}`);
  }
  report.push(`  all held out: ECE ${expectedCalibrationError(heldP, heldY).toFixed(3)}, log-loss ${logLoss(heldP, heldY).toFixed(3)}`);
  const conf = fit(cr.x, cr.y);
  report.push(...FEATURE_NAMES.map((n, j) => `  ${n.padEnd(20)} ${conf[j].toFixed(4)}`));
  const about = 'Fitted by `npm run fit:speakers` (scripts/fit-speakers.ts) on PolNeAR train folds 1-4 (Newell, Margolin & Ruths, LREC 2018); logistic regression';
  const write = (file: string, model: object) => {
    const path = join(root, 'src', 'speakers', file);
    writeFileSync(path, JSON.stringify(model, null, 2) + '\n');
    report.push(`written to ${path}`);
  };
  report.push('');
  write('pronoun-ranker.json', { about: `${about}; see src/speakers/pronoun-ranker.ts.`, rows: pr.x.length, l2: L2, weights: round(PRONOUN_FEATURES, ranker) });
  write('confidence.json', { about: `${about}; see src/speakers/confidence.ts.`, rows: cr.x.length, l2: L2, weights: round(FEATURE_NAMES, conf) });
  process.stdout.write(report.join('\n') + '\n');
  return 0;
}

process.exitCode = main();
