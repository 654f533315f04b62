// Answers kept by a piece of text's characters, found without cutting the piece out as a string.
import { hashOf } from './known-words';

/** Longer pieces are not kept (rare, and costlier to hash and compare): the caller computes them. */
const MAX_LENGTH = 32;

/*
 * Why: the spacing of glued marks (./tokenize) asks the same question of the same short words
 * again and again (" said.", " year.", " country's": ~16,500 asks per 2 MB of news, ~1,500
 * distinct). Kept in a Map by the word, each ask cut the word out of the text as a new string,
 * hashed it and probed the map (~0.9% of a CPU profile of extraction). Here the word is hashed
 * and compared where it stands in the text; a string is cut only for a word not yet held.
 */
export class SpanCache {
  /** Per slot: start of the key in `chars` + 1 (0: empty slot), its length. */
  private readonly facts: Int32Array;
  private readonly chars: Uint16Array;
  private readonly values: string[];
  private used = 0;
  private count = 0;
  private readonly mask: number;
  private readonly maxKeys: number;

  /** A cache of `slots` slots (a power of two), for up to half as many keys; emptied when full. */
  constructor(slots = 1 << 13) {
    this.mask = slots - 1;
    this.maxKeys = slots >> 1;
    this.facts = new Int32Array(slots * 2);
    this.chars = new Uint16Array(this.maxKeys * MAX_LENGTH);
    this.values = new Array<string>(slots).fill('');
  }

  /**
   * The answer for `text[from, to)`: kept, or `compute(piece)` of the piece as a string (kept
   * for the next ask when the piece is short enough and there is room).
   */
  get(text: string, from: number, to: number, compute: (piece: string) => string): string {
    const n = to - from;
    if (n > MAX_LENGTH) return compute(text.slice(from, to));
    const { facts, mask } = this;
    let slot = hashOf(text, from, to) & mask;
    for (; facts[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (facts[slot * 2 + 1] === n && this.holdsAt(slot, text, from, n)) return this.values[slot];
    }
    const value = compute(text.slice(from, to));
    if (this.count >= this.maxKeys) {
      this.clear();
      slot = hashOf(text, from, to) & mask;
    }
    facts[slot * 2] = this.used + 1;
    facts[slot * 2 + 1] = n;
    for (let k = 0; k < n; k++) this.chars[this.used + k] = text.charCodeAt(from + k);
    this.values[slot] = value;
    this.used += n;
    this.count++;
    return value;
  }

  /** The key in `slot` is `text` from `from` on (its length `n` already compared). */
  private holdsAt(slot: number, text: string, from: number, n: number): boolean {
    const a = this.facts[slot * 2] - 1;
    for (let k = 0; k < n; k++) if (this.chars[a + k] !== text.charCodeAt(from + k)) return false;
    return true;
  }

  private clear(): void {
    this.facts.fill(0);
    this.values.fill('');
    this.used = 0;
    this.count = 0;
  }
}
