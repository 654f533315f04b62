// Real-news evaluation: PolNeAR folds, speaker and source-mention accuracy, calibration and error classes.
//
// Development tooling, not part of the public API (src/index.ts does not export it; it needs
// Node's crypto and file system). The data is read at run time from a converted copy of PolNeAR's
// train split (see ../shared/tools/polnear/README.md); no article text ever enters the repo.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import type { Result } from '../records/schema';
import { type GoldDocument, GoldDocumentSchema, type GoldQuote, goldNamesOf, matchDocument, type PredictedQuote, sameSpeaker, type Scores, scoreDocuments } from './score';

/** Number of folds the train split is cut into; fold 0 is validation only. */
export const FOLDS = 5;

/** A document's fold: the first 8 hex digits of sha1(id) as an integer, mod 5. */
export function foldOf(id: string): number {
  return parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16) % FOLDS;
}

const QuoteMetaSchema = z.object({
  /** How the converter found the canonical name; `span-*` means it is written in the source span. */
  speakerResolution: z.string(),
  cue: z.optional(z.nullable(z.string())),
  sourceText: z.optional(z.nullable(z.string())),
});

const DocumentMetaSchema = z.object({
  id: z.string(),
  publisher: z.optional(z.string()),
  title: z.optional(z.nullable(z.string())),
  quotes: z.array(QuoteMetaSchema),
});

export type QuoteMeta = z.infer<typeof QuoteMetaSchema>;

/** A gold document with its per-quote metadata (same order as `quotes`) and its fold. */
export interface RealDocument extends GoldDocument {
  fold: number;
  meta: QuoteMeta[];
}

export const POLNEAR_FILES = { gold: 'train.speech.jsonl', meta: 'train.speech.meta.jsonl' } as const;

/** Thrown when the converted data is not where it was looked for; the message says how to get it. */
export class MissingDataError extends Error {}

const jsonl = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** Read the converted split from `dir`, joining each document with its metadata. */
export function loadPolnear(dir: string): RealDocument[] {
  const goldPath = join(dir, POLNEAR_FILES.gold);
  const metaPath = join(dir, POLNEAR_FILES.meta);
  for (const p of [goldPath, metaPath]) {
    if (!existsSync(p)) {
      throw new MissingDataError(
        `${p} not found. The converted PolNeAR train split is expected in ../shared/polnear/ beside the repository ` +
          '(or pass --polnear DIR); ../shared/tools/polnear/README.md says how to make it from the public PolNeAR repository.',
      );
    }
  }
  const metas = new Map<string, z.infer<typeof DocumentMetaSchema>>();
  for (const m of jsonl(metaPath)) {
    const parsed = DocumentMetaSchema.parse(m);
    metas.set(parsed.id, parsed);
  }
  return jsonl(goldPath).map((raw) => {
    const doc = GoldDocumentSchema.parse(raw);
    const meta = metas.get(doc.id);
    if (!meta || meta.quotes.length !== doc.quotes.length) throw new Error(`${metaPath}: no metadata matching the ${doc.quotes.length} quotes of ${doc.id}`);
    return { ...doc, fold: foldOf(doc.id), meta: meta.quotes };
  });
}

/** What the real-news scorer needs of a prediction beyond span, kind and name. */
export interface RealPrediction extends PredictedQuote {
  confidence: number;
  /** The speaker mention the record points at, original offsets; null without a speaker. */
  mention: [number, number] | null;
  /** `speaker.via`, kept for the error file. */
  via: string | null;
  /** Whether the record has a speaker entity at all (a descriptor-only source has a null name). */
  hasSpeaker: boolean;
}

/** A quote's speaker is scored by name only where the gold name is written in the source span. */
export const namedInSpan = (m: QuoteMeta): boolean => m.speakerResolution.startsWith('span-');

/**
 * A quote whose annotated source is a description with no name in it ("officials", "a senior
 * aide"): its right speaker is an unnamed source, `null` with the description as its mention.
 * The converter also files here descriptions of people named elsewhere whom its coreference did
 * not link ("the nominee"), so a name predicted for one of these is counted wrong although it is
 * sometimes right: the rate below is a floor, not an estimate.
 */
export const unnamedSource = (m: QuoteMeta): boolean => m.speakerResolution === 'unnamed-descriptor';

const overlaps = (a: [number, number], b: readonly [number, number]) => Math.max(a[0], b[0]) < Math.min(a[1], b[1]);

export interface Rate {
  correct: number;
  total: number;
  accuracy: number;
}

const rate = (correct: number, total: number): Rate => ({ correct, total, accuracy: total ? correct / total : 1 });

export interface CalibrationBin {
  /** Lower edge of the bin; the bin is [lo, lo + 0.1), the last one includes 1. */
  lo: number;
  count: number;
  meanConfidence: number;
  /** Share of the bin's predictions that match a gold quote and name its speaker. */
  accuracy: number;
}

export interface Calibration {
  bins: CalibrationBin[];
  /** Expected calibration error: |accuracy - confidence| per bin, weighted by the bin's size. */
  ece: number;
  count: number;
}

/** The classes of error the error file sorts every miss, false alarm and wrong attribution into. */
export type ErrorClass =
  | `missed:${GoldQuote['kind']}`
  | `spurious:${PredictedQuote['kind']}`
  | 'speaker:null' // a named gold speaker, no speaker predicted
  | 'speaker:unnamed' // a named gold speaker, an unresolved descriptor predicted
  | 'speaker:other' // another named entity predicted
  | 'mention:none' // an annotated source mention, no mention predicted
  | 'mention:elsewhere' // the predicted mention overlaps none of the annotated ones
  | 'unnamed:named' // an unnamed gold source, a named entity predicted
  | 'unnamed:missed'; // an unnamed gold source, no speaker predicted or its mention elsewhere

export interface RealError {
  doc: string;
  fold: number;
  class: ErrorClass;
  gold: (GoldQuote & { resolution: string; cue: string | null; source: string | null; text: string }) | null;
  pred: (RealPrediction & { text: string; mentionText: string | null }) | null;
}

export interface RealScores {
  documents: number;
  quotes: Scores;
  /** Speaker accuracy on matched quotes whose gold name is written in the source span. */
  speaker: Rate;
  /** Matched quotes with an annotated source mention whose predicted mention overlaps one of them. */
  mention: Rate;
  /**
   * Gold direct quotes left unmatched that lie whole inside a predicted quotation matched to
   * another gold quote: PolNeAR cuts one quotation into one quote per sentence, where ANNOTATION.md
   * §1 makes it one quote. A diagnostic beside the official recall, which counts them as missed.
   */
  directInsideQuotation: number;
  /**
   * Matched quotes whose annotated source is an unnamed description, predicted as an unnamed
   * source (no name) whose mention overlaps the annotated one. A floor: see `unnamedSource`.
   */
  unnamed: Rate;
  /**
   * Reliability of `confidence` on the calibration view (gold quotes with a named or an unnamed
   * source): every prediction not ignored there; right = matched and its speaker right.
   */
  calibration: Calibration;
  errors: RealError[];
}

function calibrate(points: Array<{ confidence: number; right: boolean }>): Calibration {
  const bins = Array.from({ length: 10 }, (_, i) => ({ lo: i / 10, count: 0, sumConf: 0, right: 0 }));
  for (const p of points) {
    const b = bins[Math.min(9, Math.floor(p.confidence * 10))];
    b.count++;
    b.sumConf += p.confidence;
    if (p.right) b.right++;
  }
  let ece = 0;
  const out = bins.map((b) => {
    const meanConfidence = b.count ? b.sumConf / b.count : 0;
    const accuracy = b.count ? b.right / b.count : 0;
    if (points.length) ece += (b.count / points.length) * Math.abs(accuracy - meanConfidence);
    return { lo: b.lo, count: b.count, meanConfidence, accuracy };
  });
  return { bins: out, ece, count: points.length };
}

/**
 * The document as the speaker measures see it: only quotes whose gold name is written in the
 * source span stay; the others become ignored spans, so predictions on them count neither way.
 */
export function speakerView(doc: RealDocument): RealDocument {
  return viewOf(doc, namedInSpan);
}

/**
 * The document as `confidence` is calibrated on it: the speaker view plus the quotes whose source
 * is an unnamed description, so that records of unnamed sources ("officials said …") are judged
 * too; the quotes whose speaker the converter could not name reliably stay ignored.
 */
export function calibrationView(doc: RealDocument): RealDocument {
  return viewOf(doc, (m) => namedInSpan(m) || unnamedSource(m));
}

function viewOf(doc: RealDocument, judged: (m: QuoteMeta) => boolean): RealDocument {
  const keep = doc.quotes.map((_, i) => judged(doc.meta[i]));
  return {
    ...doc,
    quotes: doc.quotes.filter((_, i) => keep[i]),
    meta: doc.meta.filter((_, i) => keep[i]),
    ignored: [...doc.ignored, ...doc.quotes.filter((_, i) => !keep[i]).map((q) => [q.start, q.end] as [number, number])],
  };
}

/**
 * What `confidence` is measured against: each prediction the view `doc` does not ignore, with the
 * gold quote it matched and whether it is right: matched AND naming the gold speaker, or, for an
 * unnamed gold source, matched AND an unnamed source predicted at the annotated mention. `doc`
 * must already be a view (see speakerView, calibrationView).
 */
export function speakerOutcomes<P extends RealPrediction>(doc: RealDocument, predictions: P[]): Array<{ pred: P; gold: number | undefined; right: boolean }> {
  const names = goldNamesOf(doc);
  const sm = matchDocument(doc, predictions);
  const goldOf = new Map(sm.pairs.map((p) => [p.pred, p.gold]));
  return sm.preds.map((pred, pi) => {
    const gold = goldOf.get(pi);
    if (gold === undefined) return { pred, gold, right: false };
    const right = unnamedSource(doc.meta[gold]) ? unnamedRight(pred, doc.quotes[gold]) : sameSpeaker(pred.speaker, doc.quotes[gold].speaker, names);
    return { pred, gold, right };
  });
}

/** An unnamed source predicted where the annotator marked one: no name, the mention on the source. */
function unnamedRight(pred: RealPrediction, gold: GoldQuote): boolean {
  const mentions = gold.speakerMentions ?? (gold.speakerMention ? [gold.speakerMention] : []);
  return pred.speaker === null && pred.mention !== null && mentions.some((m) => overlaps(pred.mention!, m));
}

/** Score predictions on real documents: quote P/R/F1, speaker, mention, calibration and errors. */
export function scoreReal(docs: RealDocument[], predictions: Map<string, RealPrediction[]>): RealScores {
  const quotes = scoreDocuments(docs, predictions);
  const speakers = scoreDocuments(docs.map(speakerView), predictions);
  let unnamedRightCount = 0;
  let unnamedTotal = 0;
  let mentionRight = 0;
  let mentionTotal = 0;
  let directInsideQuotation = 0;
  const points: Array<{ confidence: number; right: boolean }> = [];
  const errors: RealError[] = [];
  const fail = (doc: RealDocument, cls: ErrorClass, gi: number | null, p: RealPrediction | null) => {
    const g = gi === null ? null : doc.quotes[gi];
    const m = gi === null ? null : doc.meta[gi];
    errors.push({
      doc: doc.id,
      fold: doc.fold,
      class: cls,
      gold: g && m ? { ...g, resolution: m.speakerResolution, cue: m.cue ?? null, source: m.sourceText ?? null, text: doc.text.slice(g.start, g.end) } : null,
      pred: p ? { ...p, text: doc.text.slice(p.start, p.end), mentionText: p.mention ? doc.text.slice(p.mention[0], p.mention[1]) : null } : null,
    });
  };
  docs.forEach((doc) => {
    // Spans and source mentions: every gold quote.
    const { preds, pairs } = matchDocument(doc, predictions.get(doc.id) ?? []);
    for (const { gold: gi, pred: pi } of pairs) {
      const g = doc.quotes[gi];
      const p = preds[pi];
      const goldMentions = g.speakerMentions ?? (g.speakerMention ? [g.speakerMention] : []);
      if (!goldMentions.length) continue;
      mentionTotal++;
      if (p.mention && goldMentions.some((m) => overlaps(p.mention!, m))) mentionRight++;
      else fail(doc, p.mention ? 'mention:elsewhere' : 'mention:none', gi, p);
    }
    const matchedPred = new Set(pairs.map((p) => p.pred));
    const matchedGold = new Set(pairs.map((p) => p.gold));
    doc.quotes.forEach((g, gi) => {
      if (g.kind !== 'direct' || matchedGold.has(gi)) return;
      if (preds.some((p, pi) => matchedPred.has(pi) && p.kind !== 'indirect' && p.start <= g.start && p.end >= g.end)) directInsideQuotation++;
    });
    preds.forEach((p, pi) => matchedPred.has(pi) || fail(doc, `spurious:${p.kind}`, null, p));
    doc.quotes.forEach((g, gi) => matchedGold.has(gi) || fail(doc, `missed:${g.kind}`, gi, null));
    // Speakers and calibration: where the gold name is written in the source span, or the source is unnamed.
    const cd = calibrationView(doc);
    for (const { pred: p, gold: gi, right } of speakerOutcomes(cd, predictions.get(doc.id) ?? [])) {
      points.push({ confidence: p.confidence, right });
      if (gi === undefined) continue;
      if (unnamedSource(cd.meta[gi])) {
        unnamedTotal++;
        if (right) unnamedRightCount++;
        else fail(cd, p.speaker !== null ? 'unnamed:named' : 'unnamed:missed', gi, p);
      } else if (!right) {
        fail(cd, p.speaker !== null ? 'speaker:other' : p.hasSpeaker ? 'speaker:unnamed' : 'speaker:null', gi, p);
      }
    }
  });
  const a = speakers.attribution;
  return {
    documents: docs.length, quotes, speaker: rate(a.correct, a.matched), mention: rate(mentionRight, mentionTotal),
    directInsideQuotation, unnamed: rate(unnamedRightCount, unnamedTotal), calibration: calibrate(points), errors,
  };
}

/** Counts of each error class, largest first. */
export function errorCounts(errors: RealError[]): Array<[ErrorClass, number]> {
  const counts = new Map<ErrorClass, number>();
  for (const e of errors) counts.set(e.class, (counts.get(e.class) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const pct = (x: number) => (x * 100).toFixed(1);

/** A plain-text report of one group of folds, as `npm run eval:real` prints it. */
export function formatRealScores(name: string, s: RealScores): string {
  const q = s.quotes.byKind;
  const row = (label: string, v: Scores['byKind']['all']) => `| ${label} | ${pct(v.precision)} | ${pct(v.recall)} | ${pct(v.f1)} | ${v.gold} | ${v.predicted} |`;
  const lines = [
    `## ${name} (${s.documents} documents)`,
    '',
    '| quotes | precision | recall | F1 | gold | predicted |',
    '|---|---|---|---|---|---|',
    row('direct', q.direct),
    row('partial (gold: PolNeAR mixed)', q.partial),
    row('marked (direct + partial)', q.marked),
    row('indirect (reported speech)', q.indirect),
    row('all', q.all),
    row('end-to-end (span + speaker)', s.quotes.endToEnd),
    '',
    `direct recall counting the ${s.directInsideQuotation} gold sentences inside a matched predicted quotation as found (ANNOTATION.md §1: one quote per pair of marks): ${pct(q.direct.gold ? (q.direct.tp + s.directInsideQuotation) / q.direct.gold : 1)}%`,
    `speaker accuracy (gold name in the source span): ${pct(s.speaker.accuracy)}% (${s.speaker.correct}/${s.speaker.total})`,
    `source-mention accuracy: ${pct(s.mention.accuracy)}% (${s.mention.correct}/${s.mention.total})`,
    `unnamed sources kept unnamed (a floor: some are people named elsewhere): ${pct(s.unnamed.accuracy)}% (${s.unnamed.correct}/${s.unnamed.total})`,
    `calibration: ECE ${s.calibration.ece.toFixed(3)} over ${s.calibration.count} predictions`,
    '',
    '| confidence | predictions | mean confidence | right |',
    '|---|---|---|---|',
    ...s.calibration.bins.map((b) => `| ${b.lo.toFixed(1)}–${(b.lo + 0.1).toFixed(1)} | ${b.count} | ${b.count ? b.meanConfidence.toFixed(3) : '–'} | ${b.count ? pct(b.accuracy) + '%' : '–'} |`),
  ];
  return lines.join('\n');
}

/** What the scorer reads of an extraction result. */
export function realPredictions(result: Result): RealPrediction[] {
  return result.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    confidence: q.confidence,
    mention: q.speaker ? [q.speaker.mention.start, q.speaker.mention.end] : null,
    via: q.speaker?.via ?? null,
    hasSpeaker: q.speaker !== null,
  }));
}
