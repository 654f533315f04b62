// Score predicted quotes against gold annotations, as docs/annotation.md §4 defines.
import * as z from 'zod/mini';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../lang/en';
import { TITLE_WORDS } from '../lang/cues';
import { isFirstName, isShortFormOf, nameKey, plainNameKey } from '../lang/names';
import { countBefore } from '../text/search';

export const GoldQuoteSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  // 'mixed' (PolNeAR: marks plus the reporter's words) is scored in the marked pool, like 'partial'.
  kind: z.enum(['direct', 'partial', 'mixed', 'indirect']),
  speaker: z.nullable(z.string()),
  speakerMention: z.optional(z.tuple([z.number(), z.number()])),
  /** Every annotated mention of the source (PolNeAR annotates several for one quote). */
  speakerMentions: z.optional(z.array(z.tuple([z.number(), z.number()]))),
});

export const GoldDocumentSchema = z.object({
  id: z.string(),
  text: z.string(),
  quotes: z.array(GoldQuoteSchema),
  ignored: z._default(z.array(z.tuple([z.number(), z.number()])), []),
});

export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

/** What the scorer needs of a prediction: a span, a kind and a speaker name. */
export interface PredictedQuote {
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'indirect';
  speaker: string | null;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  documents: number;
  byKind: Record<'direct' | 'partial' | 'indirect' | 'marked' | 'all', Prf>;
  attribution: { accuracy: number; correct: number; matched: number; byKind: Record<'marked' | 'indirect', { accuracy: number; correct: number; matched: number }> };
  endToEnd: Prf;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordStarts(text: string): number[][] {
  const out: number[][] = [];
  for (const m of text.matchAll(WORD)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function countWords(words: number[][], a: number, b: number): number {
  // Words are sorted: skip those starting before a.
  let n = 0;
  for (let k = countBefore(words.length, (i) => words[i][0] < a); k < words.length && words[k][1] <= b; k++) n++;
  return n;
}

/** A name key without a closing generational suffix ("joseph r biden jr" → "joseph r biden"). */
function withoutSuffix(key: string): string {
  const words = key.split(' ');
  return words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]) ? words.slice(0, -1).join(' ') : key;
}

/** Whether a name key is a surname alone: one word, or name particles or initials before one ("de blasio", "m grijalva"). */
function isLoneSurname(key: string): boolean {
  const words = key.split(' ');
  return words.slice(0, -1).every((w) => NAME_PARTICLES.has(w) || w.length === 1);
}

/**
 * Whether the two words of `short` are the compound surname of the three-word name `long`: a
 * known first name, then those words, the first of which is no known first name ("wasserman
 * schultz" of "debbie wasserman schultz", "pena nieto" of "enrique pena nieto").
 */
function isCompoundSurnameOf(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  return s.length === 2 && l.length === 3 && isFirstName(l[0]) && !isFirstName(s[0]);
}

/** Whether name key `name` is longer than `tail` and ends with its words. */
const endsWithWords = (name: string, tail: string) => name.length > tail.length && name.endsWith(' ' + tail);

/** A person's name key without the titles before it ("gov mike pence" → "mike pence"), when a name of two words or more is left. */
function withoutTitles(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 2 && HONORIFICS.has(words[i])) i++;
  return i ? words.slice(i).join(' ') : key;
}

/** A person's name as words: accents and case folded, without punctuation or titles before it. */
const personWords = (name: string) => withoutTitles(plainNameKey(name)).split(' ');

/** Words that are one name word after transliteration folding (Sergey, Sergei). */
const sameWord = (a: string, b: string) => a === b || nameKey(a) === nameKey(b);

/** First names that name one person: the same, or one a short form of the other ("sandy", "sandra"). */
const sameFirstName = (a: string, b: string) => sameWord(a, b) || isShortFormOf(a, b) || isShortFormOf(b, a);

/**
 * Whether person names `a` and `b` (two words or more each) are forms of one name: the same
 * surname, first names that match or one a short form of the other, and the middle words of one
 * among those of the other ("Donald Trump", "Donald J. Trump"; "Sandy Paradis", "Sandra Paradis").
 * First names are compared as written: the name key folds the "y" that makes a short form.
 */
function nameVariant(a: string, b: string): boolean {
  const [x, y] = [personWords(a), personWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 || !sameWord(short[short.length - 1], long[long.length - 1]) || !sameFirstName(short[0], long[0])) return false;
  let j = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (j < long.length - 1 && !sameWord(long[j], short[i])) j++;
    if (j++ >= long.length - 1) return false;
  }
  return true;
}

/** The letters an organization's acronym is made of: the initials of its words, without "of", "the", "and" … */
const initialsOf = (key: string) => key.split(' ').filter((w) => !TITLE_WORDS.has(w)).map((w) => w[0]).join('');

/** Whether `short`, as written, is the acronym of `long` ("AP", "the Associated Press"). */
function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/^the\s+/i, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) && initialsOf(nameKey(long)) === letters.toLowerCase();
}

/**
 * Same entity under ANNOTATION.md §2 and §4: names equal after alias normalization, where a
 * generational suffix is such a variant ("Joseph R. Biden" and "Joseph R. Biden Jr." in one
 * article are one person) unless the document's gold speakers hold both forms (a father and a
 * son); titles before a name are no part of it ("Gov. Mike Pence"); a first name and its short
 * form, or a name with and without its middle names, are one person ("Sandy"/"Sandra Paradis",
 * "Donald J. Trump") unless another gold speaker also fits; an acronym is its organization's
 * alias ("AP", "Associated Press"); a lone surname (with its particles or initials: "De
 * Blasio", "M. Grijalva", or compound: "Wasserman Schultz") matches only when it is unambiguous.
 */
export function sameSpeaker(pred: string | null, gold: string | null, goldNames: string[]): boolean {
  if (pred === null || gold === null) return pred === gold;
  const p = withoutTitles(nameKey(pred));
  const g = withoutTitles(nameKey(gold));
  if (p === g) return true;
  if (withoutSuffix(p) === withoutSuffix(g)) {
    const forms = new Set(goldNames.map(nameKey).filter((n) => withoutSuffix(n) === withoutSuffix(g)));
    return forms.size <= 1;
  }
  if (isAcronymOf(pred, gold) || isAcronymOf(gold, pred)) return true;
  const [short, long] = p.split(' ').length <= g.split(' ').length ? [p, g] : [g, p];
  if ((isLoneSurname(short) || isCompoundSurnameOf(short, long)) && endsWithWords(long, short)) {
    const sharing = new Set(goldNames.map(nameKey).filter((n) => n !== short && endsWithWords(n, short)));
    return sharing.size <= 1;
  }
  if (nameVariant(pred, gold)) {
    // Another gold speaker that is also a form of the shorter name makes it ambiguous.
    const shorter = p.split(' ').length <= g.split(' ').length ? pred : gold;
    const others = goldNames.filter((n) => ![p, g].includes(withoutTitles(nameKey(n))) && nameVariant(n, shorter));
    return others.length === 0;
  }
  return false;
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}

type GoldKind = GoldQuote['kind'];
/** The matching pool of a kind: quotation marks (direct, partial, mixed) or reported speech. */
const pool = (k: GoldKind) => (k === 'indirect' ? 'indirect' : 'marked');

/** One gold quote matched to one prediction (indices into the gold quotes and the kept predictions). */
export interface MatchedPair {
  gold: number;
  pred: number;
}

/** How one document's predictions line up with its gold quotes. */
export interface DocumentMatch<P extends PredictedQuote = PredictedQuote> {
  /** Predictions left after dropping those mostly inside an ignored span. */
  preds: P[];
  pairs: MatchedPair[];
}

/**
 * Match predictions to gold quotes as ANNOTATION.md §4 says: same pool, overlap of at least half
 * of the shorter span's words, best overlap first, each side used once.
 */
export function matchDocument<P extends PredictedQuote>(doc: GoldDocument, predictions: P[]): DocumentMatch<P> {
  const words = wordStarts(doc.text);
  const preds = predictions.filter((p) => {
    // Predictions mostly inside an ignored span are neither rewarded nor penalized.
    const len = Math.max(1, countWords(words, p.start, p.end));
    return !doc.ignored.some(([a, b]) => countWords(words, Math.max(a, p.start), Math.min(b, p.end)) * 2 >= len && Math.min(b, p.end) > Math.max(a, p.start));
  });
  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  doc.quotes.forEach((g, gi) => {
    const gw = countWords(words, g.start, g.end);
    preds.forEach((p, pi) => {
      if (pool(p.kind) !== pool(g.kind)) return;
      const a = Math.max(g.start, p.start);
      const b = Math.min(g.end, p.end);
      if (b <= a) return;
      const overlap = countWords(words, a, b);
      const shorter = Math.min(gw, countWords(words, p.start, p.end));
      if (overlap > 0 && overlap * 2 >= shorter) candidates.push({ g: gi, p: pi, overlap });
    });
  });
  candidates.sort((x, y) => y.overlap - x.overlap);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (gUsed.has(c.g) || pUsed.has(c.p)) continue;
    gUsed.add(c.g);
    pUsed.add(c.p);
    pairs.push({ gold: c.g, pred: c.p });
  }
  return { preds, pairs };
}

/** The canonical names of a document's gold speakers (for the lone-surname rule). */
export const goldNamesOf = (doc: GoldDocument): string[] => doc.quotes.map((q) => q.speaker).filter((s): s is string => s !== null);

export function scoreDocuments(gold: GoldDocument[], predictions: Map<string, PredictedQuote[]>): Scores {
  const tp: Record<string, number> = { direct: 0, partial: 0, indirect: 0, marked: 0, all: 0 };
  const tpPred: Record<string, number> = { direct: 0, partial: 0, indirect: 0, marked: 0, all: 0 };
  const np: Record<string, number> = { direct: 0, partial: 0, indirect: 0, marked: 0, all: 0 };
  const ng: Record<string, number> = { direct: 0, partial: 0, indirect: 0, marked: 0, all: 0 };
  const attr = { marked: { correct: 0, matched: 0 }, indirect: { correct: 0, matched: 0 } };
  // A gold 'mixed' quote is counted with the partial quotes it is scored against.
  const bucket = (k: GoldKind) => (k === 'mixed' ? 'partial' : k);
  let e2e = 0;
  for (const doc of gold) {
    const { preds, pairs } = matchDocument(doc, predictions.get(doc.id) ?? []);
    const goldNames = goldNamesOf(doc);
    for (const pr of pairs) {
      const g = doc.quotes[pr.gold];
      const p = preds[pr.pred];
      tp[bucket(g.kind)]++;
      tpPred[p.kind]++;
      if (pool(g.kind) === 'marked') tp.marked++;
      tp.all++;
      const a = attr[pool(g.kind)];
      a.matched++;
      if (sameSpeaker(p.speaker, g.speaker, goldNames)) {
        a.correct++;
        e2e++;
      }
    }
    for (const g of doc.quotes) {
      ng[bucket(g.kind)]++;
      if (pool(g.kind) === 'marked') ng.marked++;
      ng.all++;
    }
    for (const p of preds) {
      np[p.kind]++;
      if (pool(p.kind) === 'marked') np.marked++;
      np.all++;
    }
  }
  // Per-kind precision counts a prediction of that kind as right when it matched any gold quote.
  const byKind = {} as Scores['byKind'];
  for (const k of ['direct', 'partial', 'indirect', 'marked', 'all'] as const) {
    // Recall counts gold quotes of the kind; precision counts predictions of the kind.
    const r = prf(tp[k], np[k], ng[k]);
    const p = prf(k === 'direct' || k === 'partial' ? tpPred[k] : tp[k], np[k], ng[k]);
    const f1 = p.precision + r.recall ? (2 * p.precision * r.recall) / (p.precision + r.recall) : 0;
    byKind[k] = { precision: p.precision, recall: r.recall, f1, tp: tp[k], predicted: np[k], gold: ng[k] };
  }
  const matched = attr.marked.matched + attr.indirect.matched;
  const correct = attr.marked.correct + attr.indirect.correct;
  const acc = (x: { correct: number; matched: number }) => ({ ...x, accuracy: x.matched ? x.correct / x.matched : 1 });
  return {
    documents: gold.length,
    byKind,
    attribution: { accuracy: matched ? correct / matched : 1, correct, matched, byKind: { marked: acc(attr.marked), indirect: acc(attr.indirect) } },
    endToEnd: prf(e2e, np.all, ng.all),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A markdown table of scores, as the README shows them. */
export function formatScores(name: string, s: Scores): string {
  const rows = [
    `| ${name} (${s.documents} docs) | precision | recall | F1 | gold | predicted |`,
    '|---|---|---|---|---|---|',
  ];
  for (const k of ['direct', 'partial', 'marked', 'indirect', 'all'] as const) {
    const v = s.byKind[k];
    rows.push(`| ${k === 'marked' ? 'marked (direct+partial)' : k} | ${pct(v.precision)} | ${pct(v.recall)} | ${pct(v.f1)} | ${v.gold} | ${v.predicted} |`);
  }
  rows.push(`| end-to-end (span + speaker) | ${pct(s.endToEnd.precision)} | ${pct(s.endToEnd.recall)} | ${pct(s.endToEnd.f1)} | ${s.endToEnd.gold} | ${s.endToEnd.predicted} |`);
  rows.push('');
  rows.push(`Attribution accuracy: ${pct(s.attribution.accuracy)} (${s.attribution.correct}/${s.attribution.matched}); marked ${pct(s.attribution.byKind.marked.accuracy)}, indirect ${pct(s.attribution.byKind.indirect.accuracy)}`);
  return rows.join('\n');
}
