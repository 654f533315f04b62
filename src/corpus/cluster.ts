// Cluster quotes into statements: fingerprint blocking, a precise check per candidate pair, union-find.
import { hashString, shingles, winnow, type MatchTokens, type WordFolder } from './fingerprint';
import { MAX_EXACT_ONLY, sameStatement } from './similarity';
import { CONTEXT_STOPWORDS } from '../lang/en-corpus';

/** One quote to cluster. */
export interface StatementItem {
  doc: number;
  tokens: MatchTokens;
  /** Content span in the document's original text. */
  start: number;
  end: number;
}

/**
 * Representatives kept per fingerprint bucket. A bucket that fills up with this many different
 * statements holds a common phrase ("one of the"), not a signature, so later quotes skip it:
 * this cap is what keeps the cost linear when thousands of documents repeat the same words.
 */
export const BUCKET_REPS = 8;
/** Candidates given the precise check per quote, most shared anchors first. */
export const MAX_VERIFY = 16;
/** Quotes of at most this many words must also stand among similar words in both documents. */
export const CONTEXT_CHECK_MAX = 4;
/** Characters either side of a quote that make up its context: about a dozen words. */
const CONTEXT_CHARS = 90;
/** Share of the smaller context that the other must contain. */
const MIN_CONTEXT_OVERLAP = 0.34;
/**
 * Quotes up to this many words look up all their shingles, not just the winnowed anchors: with
 * one changed word a short quote may keep no run long enough for the winnowing guarantee
 * (WINDOW + SHINGLE - 1 words), and every anchor it picks could hold the changed word.
 */
const QUERY_ALL_MAX = 16;

/** Disjoint sets with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    return true;
  }
}

/** Words around each quote, computed only for the short quotes that need them. */
class Contexts {
  private readonly sets = new Map<number, Set<string>>();

  constructor(
    private readonly folder: WordFolder,
    private readonly texts: string[],
    private readonly items: StatementItem[],
  ) {}

  of(i: number): Set<string> {
    let set = this.sets.get(i);
    if (set) return set;
    const it = this.items[i];
    // Only the stretch around the quote is read, not the whole document (a cut word at either end is noise).
    const text = this.texts[it.doc].slice(Math.max(0, it.start - CONTEXT_CHARS), it.end + CONTEXT_CHARS);
    set = new Set<string>();
    for (const k of this.folder.tokens(text).keys) if (!CONTEXT_STOPWORDS.has(k)) set.add(k);
    this.sets.set(i, set);
    return set;
  }

  /** Do two quotes stand among the same words? (the quote's own words count, so a trimmed span fits its longer version) */
  agree(a: number, b: number): boolean {
    const sa = this.of(a);
    const sb = this.of(b);
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    if (small.size === 0) return true;
    let shared = 0;
    for (const k of small) if (large.has(k)) shared++;
    return shared / small.size >= MIN_CONTEXT_OVERLAP;
  }
}

export interface Clusters {
  /** Cluster root per item (items with the same root carry the same statement). */
  root: Int32Array;
  /** Candidate pairs given the precise check. */
  comparisons: number;
}

/**
 * Group quotes that carry the same statement. Every quote is indexed under all its word shingles
 * and looks up only its winnowed anchors, so a pair is compared only when it shares a run of words;
 * quotes of one or two words are keyed by their exact wording. Longest quotes go first, so the
 * full version of a statement becomes the representative that its trimmed copies are checked against.
 */
export function clusterStatements(items: StatementItem[], texts: string[], folder: WordFolder): Clusters {
  const uf = new UnionFind(items.length);
  const contexts = new Contexts(folder, texts, items);
  const buckets = new Map<number, number[]>();
  const order = items.map((_, i) => i).sort((x, y) => items[y].tokens.keys.length - items[x].tokens.keys.length || x - y);
  let comparisons = 0;
  const hits = new Map<number, number>();
  const deferred: Array<[number, number]> = [];
  for (const x of order) {
    const keys = items[x].tokens.keys;
    if (keys.length === 0) continue;
    let query: number[];
    let index: number[];
    if (keys.length <= MAX_EXACT_ONLY) {
      query = index = [hashString(`\u0002${keys.join(' ')}`)];
    } else {
      const sh = shingles(keys);
      index = [...new Set(sh)];
      query = keys.length <= QUERY_ALL_MAX ? index : winnow(sh);
    }
    hits.clear();
    for (const key of query) {
      const reps = buckets.get(key);
      if (!reps) continue;
      for (const r of reps) hits.set(r, (hits.get(r) ?? 0) + 1);
    }
    const candidates = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let verified = 0;
    for (const [r] of candidates) {
      if (verified >= MAX_VERIFY) break;
      if (uf.find(r) === uf.find(x)) continue;
      verified++;
      comparisons++;
      if (!sameStatement(items[x].tokens, items[r].tokens)) continue;
      if (Math.min(keys.length, items[r].tokens.keys.length) <= CONTEXT_CHECK_MAX && !contexts.agree(x, r)) {
        deferred.push([x, r]);
        continue;
      }
      uf.union(x, r);
    }
    const rx = uf.find(x);
    for (const key of index) {
      let reps = buckets.get(key);
      if (!reps) buckets.set(key, (reps = []));
      if (reps.length >= BUCKET_REPS) continue;
      if (reps.some((r) => uf.find(r) === rx)) continue;
      reps.push(x);
    }
  }
  // A short quote whose surroundings differ is still the same statement when its two documents
  // are copies of one story: they share a longer statement.
  if (deferred.length) {
    // Roots as they stand before these unions: both documents are judged on the same snapshot.
    const longRoots = new Map<number, Set<number>>();
    items.forEach((it, i) => {
      if (it.tokens.keys.length <= CONTEXT_CHECK_MAX) return;
      const set = longRoots.get(it.doc) ?? new Set<number>();
      set.add(uf.find(i));
      longRoots.set(it.doc, set);
    });
    const shareStory = (a: number, b: number): boolean => {
      const sa = longRoots.get(a);
      const sb = longRoots.get(b);
      if (!sa || !sb) return false;
      const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
      for (const r of small) if (large.has(r)) return true;
      return false;
    };
    for (const [x, r] of deferred) if (items[x].doc !== items[r].doc && shareStory(items[x].doc, items[r].doc)) uf.union(x, r);
  }
  const root = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) root[i] = uf.find(i);
  return { root, comparisons };
}
