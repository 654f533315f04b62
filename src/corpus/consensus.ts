// Consensus attribution: fill weak or missing speakers from what the other documents say.
import type { Quote, Resolution } from '../records/schema';

/** How much a document's answer counts, by how it was found. */
const VIA_WEIGHT: Record<Resolution, number> = {
  name: 1,
  apposition: 1,
  surname: 0.9,
  organization: 0.8,
  descriptor: 0.5,
  pronoun: 0.5,
  continuation: 0.4,
  anonymous: 0,
  corpus: 0,
};

/** Answers that depend on the sentences before the quote, so a shuffled text can mislead them. */
const ORDER_DEPENDENT: ReadonlySet<Resolution> = new Set(['pronoun', 'continuation', 'descriptor']);
/** Answers corpus mode may replace. A name, surname, apposition or organization is never replaced. */
const WEAK: ReadonlySet<Resolution> = new Set(['pronoun', 'continuation', 'descriptor']);
/** Below this confidence a named answer counts as weak too. */
export const WEAK_CONFIDENCE = 0.5;
/** Discount of order-dependent answers in a document whose order looks shuffled. */
const SHUFFLED_DISCOUNT = 0.25;
/** The consensus speaker needs more than this many times the runner-up's vote weight. */
export const CONSENSUS_DOMINANCE = 2;
/** Vote weight the consensus needs, from documents other than the one it fills: one continuation's worth. */
const OUTSIDE_SUPPORT = 0.4;
/** Below this share of concordant pairs (0.5 is a random order) a document's order is distrusted. */
export const MIN_COHERENCE = 0.7;
/** Statements two documents must share before their orders are compared. */
const MIN_SHARED = 5;
/** ...and the share of the smaller document's quotes they must make up: only copies of one story are compared, not rewrites. */
const MIN_SHARED_SHARE = 0.5;
/** Partners (documents sharing the most statements) a document's order is compared with. */
const PARTNERS = 3;
/** Documents per statement looked at when finding partners, and statements per comparison: bounds the cost. */
const SCAN = 32;
const MAX_COMPARED = 64;

/** One quote as consensus sees it. */
export interface VoteInput {
  doc: number;
  /** Statement cluster index, or -1 when the words appear in no other document. */
  statement: number;
  /** Cross-document speaker index of the local answer, or -1. */
  speaker: number;
  quote: Quote;
}

export interface OrderScore {
  coherence: number | null;
  reliable: boolean;
}

/**
 * How far each document keeps the order of the statements it shares with its closest partners
 * (the documents sharing most statements with it): the best share of concordant pairs (Kendall),
 * counting only pairs in different sentences, since a sentence shuffle keeps each sentence whole.
 * A rewrite that shares few statements is not judged; a shuffled copy of a story scores near 0.5,
 * and its pronouns and continuations (which resolve against preceding sentences) are trusted less.
 */
export function scoreOrder(docQuotes: VoteInput[][]): OrderScore[] {
  // Per document: statement -> [rank of first occurrence, sentence].
  const firsts = docQuotes.map((qs) => {
    const m = new Map<number, [number, number]>();
    for (const q of qs) if (q.statement >= 0 && !m.has(q.statement)) m.set(q.statement, [m.size, q.quote.sentence]);
    return m;
  });
  const docsOf = new Map<number, number[]>();
  firsts.forEach((m, d) => {
    for (const s of m.keys()) {
      const list = docsOf.get(s) ?? [];
      if (list.length < SCAN) list.push(d);
      docsOf.set(s, list);
    }
  });
  return firsts.map((mine, d) => {
    const shared = new Map<number, number>();
    for (const s of mine.keys()) for (const e of docsOf.get(s)!) if (e !== d) shared.set(e, (shared.get(e) ?? 0) + 1);
    const partners = [...shared.entries()]
      .filter(([e, n]) => n >= MIN_SHARED && n >= MIN_SHARED_SHARE * Math.min(docQuotes[d].length, docQuotes[e].length))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, PARTNERS);
    let best: number | null = null;
    for (const [e] of partners) {
      const theirs = firsts[e];
      const common = [...mine.keys()].filter((s) => theirs.has(s)).slice(0, MAX_COMPARED);
      let pairs = 0;
      let concordant = 0;
      for (let i = 0; i < common.length; i++) {
        const [ri, si] = mine.get(common[i])!;
        const [ti, ui] = theirs.get(common[i])!;
        for (let j = i + 1; j < common.length; j++) {
          const [rj, sj] = mine.get(common[j])!;
          const [tj, uj] = theirs.get(common[j])!;
          if (si === sj || ui === uj) continue;
          pairs++;
          if (ri < rj === ti < tj) concordant++;
        }
      }
      if (pairs >= MIN_SHARED) best = Math.max(best ?? 0, concordant / pairs);
    }
    if (best === null) return { coherence: null, reliable: true };
    const coherence = Math.round(best * 1000) / 1000;
    return { coherence, reliable: coherence >= MIN_COHERENCE };
  });
}

/** Is this local answer one corpus mode may replace? */
export function isWeak(q: Quote): boolean {
  if (q.speaker === null) return true;
  if (q.speaker.via === 'anonymous') return false; // the text names an unnamed source on purpose
  return WEAK.has(q.speaker.via) || q.confidence < WEAK_CONFIDENCE;
}

interface Vote {
  doc: number;
  speaker: number;
  weight: number;
  confidence: number;
}

export interface Consensus {
  /** Consensus speaker per statement, or -1. */
  speaker: Int32Array;
  /** Share of the vote weight behind it. */
  share: Float64Array;
}

export interface Fill {
  speaker: number;
  confidence: number;
}

function tally(votes: Vote[]): { speaker: number; share: number; weight: number; runnerUp: number } {
  const by = new Map<number, number>();
  let total = 0;
  for (const v of votes) {
    if (v.weight <= 0) continue;
    by.set(v.speaker, (by.get(v.speaker) ?? 0) + v.weight);
    total += v.weight;
  }
  let best = -1;
  let bw = 0;
  let second = 0;
  for (const [s, w] of by) {
    if (w > bw || (w === bw && s < best)) {
      second = bw;
      [best, bw] = [s, w];
    } else if (w > second) second = w;
  }
  return { speaker: best, share: total ? bw / total : 0, weight: bw, runnerUp: second };
}

/**
 * Vote per statement and decide which quotes to fill. Each quote with a named local answer votes
 * for it, weighted by how the answer was found (and discounted for order-dependent answers in a
 * shuffled document). A pronoun or continuation that gave the same speaker as the quote just
 * before it is really a claim "same speaker as that quote", so, when that quote's statement has
 * a consensus elsewhere, it votes for that consensus instead. A weak local answer is replaced
 * only by a clear consensus with support from other documents; strong answers are never touched.
 */
export function decideConsensus(docQuotes: VoteInput[][], statements: number, order: OrderScore[]): { consensus: Consensus; fills: Map<VoteInput, Fill> } {
  const weightOf = (q: VoteInput): number => {
    const via = q.quote.speaker!.via;
    const w = VIA_WEIGHT[via];
    return !order[q.doc].reliable && ORDER_DEPENDENT.has(via) ? w * SHUFFLED_DISCOUNT : w;
  };
  const collect = (target: (q: VoteInput, i: number, qs: VoteInput[]) => number): Vote[][] => {
    const votes: Vote[][] = Array.from({ length: statements }, () => []);
    for (const qs of docQuotes) {
      qs.forEach((q, i) => {
        if (q.statement < 0 || q.speaker < 0 || q.quote.speaker === null) return;
        votes[q.statement].push({ doc: q.doc, speaker: target(q, i, qs), weight: weightOf(q), confidence: q.quote.confidence });
      });
    }
    return votes;
  };
  const decide = (votes: Vote[][]): Consensus => {
    const speaker = new Int32Array(statements).fill(-1);
    const share = new Float64Array(statements);
    votes.forEach((vs, s) => {
      const t = tally(vs);
      // Dominance rather than a share of all votes: three weak answers that disagree with each
      // other must not outvote two names that agree.
      if (t.speaker >= 0 && t.weight > CONSENSUS_DOMINANCE * t.runnerUp && t.weight >= OUTSIDE_SUPPORT) {
        speaker[s] = t.speaker;
        share[s] = t.share;
      }
    });
    return { speaker, share };
  };
  // Pass 1: every answer votes for itself.
  const first = decide(collect((q) => q.speaker));
  // Pass 2: chained pronouns and continuations follow the consensus of the quote they chain to.
  const votes = collect((q, i, qs) => {
    const via = q.quote.speaker!.via;
    if (via !== 'pronoun' && via !== 'continuation') return q.speaker;
    const prev = i > 0 ? qs[i - 1] : null;
    if (!prev || prev.speaker !== q.speaker || prev.statement < 0 || prev.statement === q.statement) return q.speaker;
    const c = first.speaker[prev.statement];
    return c >= 0 ? c : q.speaker;
  });
  const consensus = decide(votes);
  const fills = new Map<VoteInput, Fill>();
  for (const qs of docQuotes) {
    for (const q of qs) {
      if (q.statement < 0 || !isWeak(q.quote)) continue;
      const c = consensus.speaker[q.statement];
      if (c < 0 || c === q.speaker) continue;
      let outside = 0;
      let best = 0;
      for (const v of votes[q.statement]) {
        if (v.doc === q.doc || v.speaker !== c) continue;
        outside += v.weight;
        best = Math.max(best, v.confidence);
      }
      if (outside < OUTSIDE_SUPPORT) continue;
      fills.set(q, { speaker: c, confidence: Math.round(consensus.share[q.statement] * best * 1000) / 1000 });
    }
  }
  return { consensus, fills };
}
