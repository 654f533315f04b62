// The precise check on candidate pairs: word alignment, "same statement?" and the words that differ.
import type { MatchTokens } from './fingerprint';
import { IGNORABLE_WORDS } from '../lang/en-corpus';
import type { WordingChange } from './schema';

/** Share of the shorter quote's words that must align with the other quote. */
export const MIN_COVERAGE = 0.8;
/** Quotes of at most this many words are compared by exact wording only (no containment). */
export const MAX_EXACT_ONLY = 2;

// Alignment scores: an inserted word (a dropped "and") costs less than a replaced one, and a
// replaced word costs a little less than the word before it earned, so "A B C x D" aligns
// through the changed word instead of stopping at C.
const MATCH = 1;
const SUBSTITUTE = -0.9;
const GAP = -0.5;
// Bounds the alignment table; longer quotes are cut (a quote of thousands of words is an extraction slip).
const MAX_CELLS = 1_000_000;

// The alignment table is reused between calls (they are many and small), grown when needed.
let scratch = { score: new Float32Array(1024), from: new Uint8Array(1024) };
function table(cells: number): { score: Float32Array; from: Uint8Array } {
  if (scratch.score.length < cells) scratch = { score: new Float32Array(cells * 2), from: new Uint8Array(cells * 2) };
  // Row 0 and column 0 must read as zero; every other cell is written before it is read.
  scratch.score.fill(0, 0, cells);
  return scratch;
}

/** Aligned word pairs [i in a, j in b], in order. */
export type Alignment = Array<[number, number]>;

/**
 * Local alignment (Smith-Waterman) of two key sequences: the best-scoring shared stretch, so a
 * trimmed quote aligns inside its longer version and a changed word costs a little, not everything.
 */
export function align(a: string[], b: string[]): Alignment {
  let n = a.length;
  let m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > MAX_CELLS) {
    if (n > m) n = Math.max(1, Math.floor(MAX_CELLS / m));
    else m = Math.max(1, Math.floor(MAX_CELLS / n));
  }
  const w = m + 1;
  const { score, from } = table((n + 1) * w);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const same = ai === b[j - 1];
      const diag = score[(i - 1) * w + j - 1] + (same ? MATCH : SUBSTITUTE);
      const up = score[(i - 1) * w + j] + GAP;
      const left = score[i * w + j - 1] + GAP;
      let s = 0;
      let f = 0;
      if (diag > s) {
        s = diag;
        f = 1;
      }
      if (up > s) {
        s = up;
        f = 2;
      }
      if (left > s) {
        s = left;
        f = 3;
      }
      score[i * w + j] = s;
      from[i * w + j] = f; // 0 stop, 1 diagonal, 2 up (skip a[i]), 3 left (skip b[j])
      if (s > best) {
        best = s;
        bi = i;
        bj = j;
      }
    }
  }
  const out: Alignment = [];
  let i = bi;
  let j = bj;
  while (i > 0 && j > 0 && from[i * w + j] !== 0) {
    const f = from[i * w + j];
    if (f === 1) {
      if (a[i - 1] === b[j - 1]) out.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (f === 2) i--;
    else j--;
  }
  return out.reverse();
}

/** How much of the shorter quote the alignment covers (0..1). */
export function coverage(a: MatchTokens, b: MatchTokens, alignment = align(a.keys, b.keys)): number {
  const shorter = Math.min(a.keys.length, b.keys.length);
  return shorter === 0 ? 0 : alignment.length / shorter;
}

/** Same words, case and spelling aside. */
export function sameWording(a: MatchTokens, b: MatchTokens): boolean {
  if (a.keys.length !== b.keys.length) return false;
  for (let k = 0; k < a.keys.length; k++) if (a.keys[k] !== b.keys[k]) return false;
  return true;
}

/**
 * Do two quotes carry the same statement? Short quotes (a word or two) only when worded the same;
 * longer ones when the alignment covers MIN_COVERAGE of the shorter one, which admits trimmed and
 * extended spans, spelling variants and a changed word, and rejects a common phrase inside another statement.
 */
export function sameStatement(a: MatchTokens, b: MatchTokens): boolean {
  const shorter = Math.min(a.keys.length, b.keys.length);
  if (shorter === 0) return false;
  if (shorter <= MAX_EXACT_ONLY) return sameWording(a, b);
  return coverage(a, b) >= MIN_COVERAGE;
}

function cosmetic(refKeys: string[], occKeys: string[]): boolean {
  // "build-up" vs "buildup": the same letters split differently.
  if (refKeys.join('') === occKeys.join('')) return true;
  // Only small function words inserted or dropped ("troop buildup and return").
  return refKeys.every((k) => IGNORABLE_WORDS.has(k)) && occKeys.every((k) => IGNORABLE_WORDS.has(k));
}

/**
 * The runs of words that differ between a reference wording and an occurrence, inside the stretch
 * they share: words only one of them quotes at its edges are a trimmed or extended span, not a change,
 * unless both go on with different words.
 */
export function changesAgainst(ref: MatchTokens, occ: MatchTokens): WordingChange[] {
  // The common case needs no alignment: one wording is a run of the other's words.
  const r = ` ${ref.keys.join(' ')} `;
  const o = ` ${occ.keys.join(' ')} `;
  if (r.includes(o) || o.includes(r)) return [];
  const al = align(ref.keys, occ.keys);
  if (al.length === 0) return [];
  const out: WordingChange[] = [];
  const push = (ri: number, rj: number, oi: number, oj: number) => {
    if (ri >= rj && oi >= oj) return;
    if (cosmetic(ref.keys.slice(ri, rj), occ.keys.slice(oi, oj))) return;
    out.push({ reference: ref.words.slice(ri, rj).join(' '), occurrence: occ.words.slice(oi, oj).join(' ') });
  };
  // Leading edge: both quote words before the shared stretch, and they differ. The reference side
  // is cut to a little more than the occurrence's, so "we" replacing "Ukraine and the United States"
  // shows whole while a long extension of the reference does not.
  const [r0, o0] = al[0];
  if (r0 > 0 && o0 > 0) push(Math.max(0, r0 - (2 * o0 + 3)), r0, 0, o0);
  for (let k = 1; k < al.length; k++) {
    const [rp, op] = al[k - 1];
    const [rc, oc] = al[k];
    push(rp + 1, rc, op + 1, oc);
  }
  // Trailing edge.
  const [rl, ol] = al[al.length - 1];
  const refLeft = ref.keys.length - rl - 1;
  const occLeft = occ.keys.length - ol - 1;
  if (refLeft > 0 && occLeft > 0) push(rl + 1, rl + 1 + Math.min(refLeft, 2 * occLeft + 3), ol + 1, occ.keys.length);
  return out;
}
