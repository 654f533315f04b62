// A Bloom filter of the words of wink's lexicon index: "not listed" without probing the index.

/*
 * Why: wink's lexicon index is one object of 87,593 words (and the words wink learns). Asking it
 * for a word it does not hold, with a string sliced from a text, is a call into V8's runtime
 * that looks the string up in its table of internalized strings, far too large for the CPU
 * caches: ~0.5 µs. The reader asks it about every new name and number of a text (and about its
 * lower-case form), ~30,000 times per 2 MB of the benchmark corpus. A word this filter does not
 * hold is not in the index; one it holds is looked up there as before (about 1 in 60 of the words
 * it does not hold pass it).
 *
 * The filter only ever gains words: it holds every word the index held while the filter was fed
 * (see `feed`), so words the index dropped since (./wink-model forgets learnt words) merely pass
 * it. Words are hashed from their UTF-16 code units, as a text's characters are.
 */

/** Bits in the filter (a power of two): 128 kB, ~10 bits per word of the model's lexicon. */
const BITS = 1 << 20;

// The two hashes of the word last hashed (see `hash`): module state, so no pair is allocated per word.
let h1 = 0;
let h2 = 0;

/** Two hashes of `text[from, to)` into h1 and h2: FNV-1a and a multiplicative one, combined for three bits. */
function hash(text: string, from: number, to: number): void {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
  }
  h1 = a;
  h2 = b | 1;
}

/** The filter's bits for a word: three, from its two hashes. */
const PROBES = 3;

export class WordFilter {
  private readonly bits = new Int32Array(BITS >>> 5);
  /** How many words of the list given to `feed` it holds. */
  private fed = 0;

  /**
   * Add up to `max` words of `list` before `until` (its whole length by default), past those
   * added by earlier calls (wink's lists only grow). Returns whether it now holds every word of
   * `list` before `until`, and so may be asked (`mayHold`) about those.
   */
  feed(list: readonly string[], max = Infinity, until = list.length): boolean {
    const end = Math.min(until, this.fed + max);
    for (; this.fed < end; this.fed++) {
      const w = list[this.fed];
      hash(w, 0, w.length);
      for (let i = 0; i < PROBES; i++) {
        const bit = (h1 + i * h2) & (BITS - 1);
        this.bits[bit >>> 5] |= 1 << (bit & 31);
      }
    }
    return this.fed === until;
  }

  /** Whether the index may hold `text[from, to)`: false means it does not. */
  mayHold(text: string, from: number, to: number): boolean {
    hash(text, from, to);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) & (BITS - 1);
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
