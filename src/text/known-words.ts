// A small table of words found in wink's lexicon, looked up from a text's characters without slicing them out.
import { isFirstName } from '../lang/names';
import { wordClassesOf } from './word-class';

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
 *
 * The reader keeps a second, larger table of the words it does not let wink learn (names and
 * numbers; see `featurePos` in ./wink-reader), with the facts it found for them, which depend on
 * the word alone; one met again enters this table too, as a learnt word that lasts does.
 */

/** Slots in a table by default (a power of two); at most three quarters are filled, first come first kept. */
const SLOTS = 1 << 14;
/** Longer words are left to the lexicon: rarer, and costlier to hash and compare. */
const MAX_LENGTH = 24;
/** Code units of all words held per word (English words average under 8); the table stops growing when full. */
const CHARS_PER_WORD = 8;

/**
 * The tags under which a token's lemma is read (see `needsLemma` in ./tokenize): 0 a verb, 1 an
 * auxiliary, 2 a noun.
 */
export type LemmaKind = 0 | 1 | 2;
const LEMMA_KINDS = 3;

/** Hash of `text[from, to)` by its UTF-16 code units. */
export function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/**
 * The numbers kept per slot, side by side in `facts` (FACTS per slot): a probe and a token's
 * reading touch one slot's numbers together, so they share a cache line.
 */
const LEXEME = 0; // lexeme index + 1; 0 for an empty slot
const NORMAL = 1;
const TAG = 2;
const HINT = 3;
const START = 4;
const LENGTH = 5;
const CLASSES = 6;
const FIRST_NAME = 7; // see `firstName`: 0 not found, 1 no, 2 yes
const FACTS = 8;

/** The strings kept per slot, side by side in `strings` (STRINGS per slot), for the same reason. */
const WORD = 0;
const LOWER = 1;
const LEMMA = 2; // LEMMA_KINDS of them, '' until asked for
const STRINGS = LEMMA + LEMMA_KINDS;

/**
 * Up to ~12,000 words with what wink's tagger reads of each (its lexeme index, the index of its
 * normal form, its part of speech out of context, the tag its automata read in place of any tag
 * when the lexicon gives the word a hint), found by a text's characters (open addressing, linear
 * probing). All four depend on the lexicon entry alone.
 */
export class KnownWords {
  /**
   * Per slot: lexeme index + 1 (0: empty slot), index of the normal form, tag, hint (see `hint`),
   * start and length of the word in `chars`, word classes (see `classes`).
   *
   * Why one array: the table is read at random slots, once per token. Kept as one array per
   * fact (seven of them, with the strings two more), each token's reading touched a cache line
   * in each; the reads of a slot's lower-case form and of the first probe were ~1.8% of a CPU
   * profile of extraction, the other arrays' reads ~2% more.
   */
  private readonly facts: Int32Array;
  /** Each held word's code units, one after another, found by its slot's start and length. */
  private readonly chars: Uint16Array;
  /**
   * Per slot: the word, its lower-case form and its lemmas by tag kind.
   *
   * The word is a string of its own, made from `chars` when the word comes in: a token's text
   * read from here, in a table this small, stays in the CPU caches where wink's list of its 87,593
   * words did not (reading a token's string from that list, and its first character, was ~2.5% of
   * extraction). Never a slice of a caller's text, which it would keep alive.
   *
   * The lower-case form is made once when the word comes in: the token list wants every token's
   * lower-case form, and most tokens are words of this table.
   *
   * The lemmas (see LemmaKind) are '' until asked for. A word's lemma depends on its form as
   * written and its tag alone (see the lemma cache in ./tokenize, which fills these), so an array
   * read per token replaces a lookup by string. They live as long as the table: a new table starts
   * with none.
   */
  private readonly strings: string[];
  private used = 0;
  private count = 0;
  /** Slots - 1 (slots are a power of two). */
  private readonly mask: number;
  private readonly maxWords: number;

  /**
   * A table of `slots` slots (a power of two), for up to three quarters as many words. With
   * `wordsOnly`, its words' lower-case forms, word classes and first-name answers are not made
   * (`lower` gives '', `classes` 0, `firstName` undefined): for a table whose readers never ask for them.
   */
  constructor(slots = SLOTS, private readonly wordsOnly = false) {
    this.mask = slots - 1;
    this.maxWords = (slots >> 2) * 3;
    this.facts = new Int32Array(slots * FACTS);
    this.chars = new Uint16Array(this.maxWords * CHARS_PER_WORD);
    this.strings = new Array<string>(slots * STRINGS).fill('');
  }

  /** Its number of slots. */
  get slots(): number {
    return this.mask + 1;
  }

  /** A table of `slots` slots holding this table's words, with their facts and lemmas (as many as fit). */
  grown(slots: number): KnownWords {
    const next = new KnownWords(slots, this.wordsOnly);
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.facts[slot * FACTS + LEXEME] === 0) continue;
      const at = next.addOwn(this.word(slot), this.lexeme(slot), this.normal(slot), this.tag(slot), this.hint(slot));
      if (at >= 0) for (let kind = 0; kind < LEMMA_KINDS; kind++) next.strings[at * STRINGS + LEMMA + kind] = this.strings[slot * STRINGS + LEMMA + kind];
    }
    return next;
  }

  /** No room is left for another word (of any length). */
  full(): boolean {
    return this.count >= this.maxWords || this.used + MAX_LENGTH > this.chars.length;
  }

  /** The slot of `text[from, to)` when the table holds that word, else -1. */
  find(text: string, from: number, to: number): number {
    const n = to - from;
    if (n > MAX_LENGTH) return -1;
    const { mask } = this;
    const { facts } = this;
    for (let slot = hashOf(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      if (facts[slot * FACTS + LEXEME] === 0) return -1;
      if (facts[slot * FACTS + LENGTH] === n && this.holdsAt(slot, text, from)) return slot;
    }
  }

  /** The word in `slot` is `text` from `from` on (its length already compared). */
  private holdsAt(slot: number, text: string, from: number): boolean {
    const { chars } = this;
    const a = this.facts[slot * FACTS + START];
    const n = this.facts[slot * FACTS + LENGTH];
    for (let k = 0; k < n; k++) if (chars[a + k] !== text.charCodeAt(from + k)) return false;
    return true;
  }

  /** The lexeme index of the word in `slot` (from `find`). */
  lexeme(slot: number): number {
    return this.facts[slot * FACTS + LEXEME] - 1;
  }

  /** The index of its normal form. */
  normal(slot: number): number {
    return this.facts[slot * FACTS + NORMAL];
  }

  /** The word itself, as wink's lexicon writes it (the same characters as the text it was found in). */
  word(slot: number): string {
    return this.strings[slot * STRINGS + WORD];
  }

  /** The word in lower case. */
  lower(slot: number): string {
    return this.strings[slot * STRINGS + LOWER];
  }

  /** The word's lemma under tag kind `kind` as `setLemma` kept it, or '' when none was kept. */
  lemma(slot: number, kind: LemmaKind): string {
    return this.strings[slot * STRINGS + LEMMA + kind];
  }

  /** Keep the word's lemma under tag kind `kind` (never '': wink's empty lemma is stood in for). */
  setLemma(slot: number, kind: LemmaKind, lemma: string): void {
    this.strings[slot * STRINGS + LEMMA + kind] = lemma;
  }

  /** Its part of speech out of context (wink's tag index). */
  tag(slot: number): number {
    return this.facts[slot * FACTS + TAG];
  }

  /**
   * What wink's tagger automata read for the word in place of its tag: the answer of the model's
   * tag transformer asked with a probe tag (see `hintOf` in ./wink-reader), which is the probe
   * itself when the lexicon gives the word no hint.
   */
  hint(slot: number): number {
    return this.facts[slot * FACTS + HINT];
  }

  /**
   * The word lists its lower-case form belongs to (./word-class), found when the word comes in:
   * they depend on that form alone, and the stages test most tokens against several lists.
   */
  classes(slot: number): number {
    return this.facts[slot * FACTS + CLASSES];
  }

  /**
   * Whether the word's lower-case form is a known first name (`isFirstName`), found when a word
   * that starts with a capital comes in; undefined for other words. The chunker and the speaker
   * stages ask it of capitalized tokens, each answer a lookup in a map of thousands of names; the
   * other words (numbers, words in lower case) are seldom asked, and finding it for every word of
   * the table cost more than those asks.
   */
  firstName(slot: number): boolean | undefined {
    const f = this.facts[slot * FACTS + FIRST_NAME];
    return f === 0 ? undefined : f === 2;
  }

  /**
   * Remember `word` as lexeme `index`, with its normal form, tag and hint, while there is room.
   * Returns its slot, or -1 when there was no room or the table held it already.
   */
  add(word: string, index: number, normal: number, tag: number, hint: number): number {
    return this.insert(word, false, index, normal, tag, hint);
  }

  /**
   * `add` for a word that is already a string of its own, never a slice of a caller's text (the
   * word of another table): kept as it is, without a copy.
   */
  addOwn(word: string, index: number, normal: number, tag: number, hint: number): number {
    return this.insert(word, true, index, normal, tag, hint);
  }

  private insert(word: string, own: boolean, index: number, normal: number, tag: number, hint: number): number {
    const n = word.length;
    if (this.count >= this.maxWords || n > MAX_LENGTH || this.used + n > this.chars.length) return -1;
    const { mask } = this;
    const { facts } = this;
    let slot = hashOf(word, 0, n) & mask;
    while (facts[slot * FACTS + LEXEME] !== 0) {
      if (facts[slot * FACTS + LENGTH] === n && this.holdsAt(slot, word, 0)) return -1;
      slot = (slot + 1) & mask;
    }
    const at = slot * FACTS;
    facts[at + LEXEME] = index + 1;
    facts[at + NORMAL] = normal;
    facts[at + TAG] = tag;
    facts[at + HINT] = hint;
    facts[at + START] = this.used;
    facts[at + LENGTH] = n;
    for (let k = 0; k < n; k++) this.chars[this.used + k] = word.charCodeAt(k);
    const kept = own ? word : this.copyOf(this.used, n);
    this.strings[slot * STRINGS + WORD] = kept;
    if (!this.wordsOnly) {
      const lower = kept.toLowerCase();
      this.strings[slot * STRINGS + LOWER] = lower;
      facts[at + CLASSES] = wordClassesOf(lower);
      const c0 = kept.charCodeAt(0);
      facts[at + FIRST_NAME] = c0 >= 65 && c0 <= 90 ? (isFirstName(lower) ? 2 : 1) : 0;
    }
    this.used += n;
    this.count++;
    return slot;
  }

  /** A new string of the `n` code units of `chars` from `from` on. */
  private copyOf(from: number, n: number): string {
    // `apply` takes the typed array as it is; a spread (`...`) walked it through its iterator, at
    // several times the cost (~1% of a CPU profile of extraction, for the new names of each text).
    return String.fromCharCode.apply(null, this.chars.subarray(from, from + n) as unknown as number[]);
  }
}
