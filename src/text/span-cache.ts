// Answers kept by a piece of text's characters, found without cutting the piece out as a string.
import { KnownWords } from './known-words';

/*
 * Why: the spacing of glued marks (./tokenize) asks the same question of the same short words
 * again and again (" said.", " year.", " country's": ~16,500 asks per 2 MB of news, ~1,500
 * distinct). Kept in a Map by the word, each ask cut the word out of the text as a new string,
 * hashed it and probed the map (~0.9% of a CPU profile of extraction). Here the word is found
 * where it stands in the text by the table of known words' own character-keyed lookup (its
 * `wordsOnly` form, which holds the characters and nothing read from them); a string is cut only
 * for a word not yet held, and the answers lie beside it, by slot.
 */
export class SpanCache {
  private keys: KnownWords;
  private readonly values: string[];

  /** A cache of `slots` slots (a power of two); emptied when full. */
  constructor(private readonly slotCount = 1 << 13) {
    this.keys = new KnownWords(slotCount, true);
    this.values = new Array<string>(slotCount).fill('');
  }

  /**
   * The answer for `text[from, to)`: kept, or `compute(piece)` of the piece as a string (kept
   * for the next ask when the piece is short enough and there is room).
   */
  get(text: string, from: number, to: number, compute: (piece: string) => string): string {
    const slot = this.keys.find(text, from, to);
    if (slot >= 0) return this.values[slot];
    const piece = text.slice(from, to);
    const value = compute(piece);
    if (this.keys.full()) {
      this.keys = new KnownWords(this.slotCount, true);
      this.values.fill('');
    }
    // `add` copies the piece: the table never keeps a slice of the caller's text alive.
    const at = this.keys.add(piece, 0, 0, 0, 0);
    if (at >= 0) this.values[at] = value;
    return value;
  }
}
