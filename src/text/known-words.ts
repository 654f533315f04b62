// A small table of words found in wink's lexicon, looked up from a text's characters without slicing them out.

/*
 * Why: wink's lexicon is one object of 87,593 words. Looking a piece of text up there takes a
 * slice of the text (a new string), a probe of V8's table of internalized strings and one of the
 * lexicon's own table, and both tables are too large to stay in the CPU caches while the rest of
 * the pipeline runs: in a CPU profile of extraction that one lookup was the hottest line (~7%).
 * News repeats a few thousand words for most of its tokens. This table keeps the ones looked up
 * first, in a few hundred kilobytes that stay cached, and is read straight from the text's
 * character codes, so a word it holds costs no string at all.
 *
 * What it may hold: only words whose lexicon entry does not change while the table lives. The
 * caller (./wink-reader) puts in the model's own words, which wink never moves or drops, and
 * the learnt words ./wink-model keeps across documents (names, numbers, initials), and starts a
 * new table whenever those may have been dropped; other learnt words are deleted between
 * documents and never enter. So an answer from this table is the lexicon's answer.
 */

/** Slots in the table (a power of two); at most three quarters are filled, first come first kept. */
const SLOTS = 1 << 14;
const MAX_WORDS = (SLOTS >> 2) * 3;
/** Longer words are left to the lexicon: rarer, and costlier to hash and compare. */
const MAX_LENGTH = 24;
/** Code units of all words held (English words average under 8); the table stops growing when full. */
const CHARS = MAX_WORDS * 8;

/**
 * The tags under which a token's lemma is read (see `needsLemma` in ./tokenize): 0 a verb, 1 an
 * auxiliary, 2 a noun.
 */
export type LemmaKind = 0 | 1 | 2;
const LEMMA_KINDS = 3;

/** Hash of `text[from, to)` by its UTF-16 code units. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/**
 * Up to ~12,000 words with what wink's tagger reads of each (its lexeme index, the index of its
 * normal form, its part of speech out of context, the tag its automata read in place of any tag
 * when the lexicon gives the word a hint), found by a text's characters (open addressing, linear
 * probing). All four depend on the lexicon entry alone.
 */
export class KnownWords {
  /** Lexeme index + 1 per slot; 0 for an empty slot. */
  private readonly indexes = new Int32Array(SLOTS);
  private readonly normals = new Int32Array(SLOTS);
  private readonly tags = new Int32Array(SLOTS);
  /** The tagger's hint per slot, as `hint` returns it. */
  private readonly hints = new Int32Array(SLOTS);
  /** Each held word's code units, one after another, found by its slot's start and length. */
  private readonly chars = new Uint16Array(CHARS);
  private readonly starts = new Int32Array(SLOTS);
  private readonly lengths = new Uint8Array(SLOTS);
  /**
   * Each held word as a string of its own, made from `chars` when the word comes in: a token's
   * text read from here, in a table this small, stays in the CPU caches where wink's list of its
   * 87,593 words did not (reading a token's string from that list, and its first character, was
   * ~2.5% of extraction). Never a slice of a caller's text, which it would keep alive.
   */
  private readonly words: string[] = new Array<string>(SLOTS).fill('');
  /**
   * Each held word in lower case, made once when the word comes in: the token list wants every
   * token's lower-case form, and most tokens are words of this table.
   */
  private readonly lowers: string[] = new Array<string>(SLOTS).fill('');
  /**
   * Lemmas of the held words by tag kind (see LemmaKind), three per slot, '' until asked for. A
   * word's lemma depends on its form as written and its tag alone (see the lemma cache in
   * ./tokenize, which fills these), so an array read per token replaces a lookup by string.
   * They live as long as the table: a new table starts with none.
   */
  private readonly lemmas: string[] = new Array<string>(SLOTS * LEMMA_KINDS).fill('');
  private used = 0;
  private count = 0;

  /** The slot of `text[from, to)` when the table holds that word, else -1. */
  find(text: string, from: number, to: number): number {
    const n = to - from;
    if (n > MAX_LENGTH) return -1;
    const mask = SLOTS - 1;
    for (let slot = hashOf(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      if (this.indexes[slot] === 0) return -1;
      if (this.lengths[slot] === n && this.holdsAt(slot, text, from)) return slot;
    }
  }

  /** The word in `slot` is `text` from `from` on (its length already compared). */
  private holdsAt(slot: number, text: string, from: number): boolean {
    const { chars } = this;
    const a = this.starts[slot];
    const n = this.lengths[slot];
    for (let k = 0; k < n; k++) if (chars[a + k] !== text.charCodeAt(from + k)) return false;
    return true;
  }

  /** The lexeme index of the word in `slot` (from `find`). */
  lexeme(slot: number): number {
    return this.indexes[slot] - 1;
  }

  /** The index of its normal form. */
  normal(slot: number): number {
    return this.normals[slot];
  }

  /** The word itself, as wink's lexicon writes it (the same characters as the text it was found in). */
  word(slot: number): string {
    return this.words[slot];
  }

  /** The word in lower case. */
  lower(slot: number): string {
    return this.lowers[slot];
  }

  /** The word's lemma under tag kind `kind` as `setLemma` kept it, or '' when none was kept. */
  lemma(slot: number, kind: LemmaKind): string {
    return this.lemmas[slot * LEMMA_KINDS + kind];
  }

  /** Keep the word's lemma under tag kind `kind` (never '': wink's empty lemma is stood in for). */
  setLemma(slot: number, kind: LemmaKind, lemma: string): void {
    this.lemmas[slot * LEMMA_KINDS + kind] = lemma;
  }

  /** Its part of speech out of context (wink's tag index). */
  tag(slot: number): number {
    return this.tags[slot];
  }

  /**
   * What wink's tagger automata read for the word in place of its tag: the answer of the model's
   * tag transformer asked with a probe tag (see `hintOf` in ./wink-reader), which is the probe
   * itself when the lexicon gives the word no hint.
   */
  hint(slot: number): number {
    return this.hints[slot];
  }

  /** Remember `word` as lexeme `index`, with its normal form, tag and hint, while there is room. */
  add(word: string, index: number, normal: number, tag: number, hint: number): void {
    const n = word.length;
    if (this.count >= MAX_WORDS || n > MAX_LENGTH || this.used + n > CHARS) return;
    const mask = SLOTS - 1;
    let slot = hashOf(word, 0, n) & mask;
    while (this.indexes[slot] !== 0) {
      if (this.lengths[slot] === n && this.holdsAt(slot, word, 0)) return;
      slot = (slot + 1) & mask;
    }
    this.indexes[slot] = index + 1;
    this.normals[slot] = normal;
    this.tags[slot] = tag;
    this.hints[slot] = hint;
    this.starts[slot] = this.used;
    this.lengths[slot] = n;
    for (let k = 0; k < n; k++) this.chars[this.used + k] = word.charCodeAt(k);
    this.words[slot] = String.fromCharCode(...this.chars.subarray(this.used, this.used + n));
    this.lowers[slot] = this.words[slot].toLowerCase();
    this.used += n;
    this.count++;
  }
}
