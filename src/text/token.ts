// One token of the normalized text: its fields, the compact object that holds them, and the
// store that hands such objects out again from one document to the next.
import type { NormalizedOffset } from './offset-map';
import { isFirstName } from '../lang/names';
import { wordClassesOf } from './word-class';

/** One token of the normalized text. Offsets are in normalized space. */
export interface Token {
  start: NormalizedOffset;
  end: NormalizedOffset;
  text: string;
  lower: string;
  /** Universal POS tag from wink (PROPN, VERB, NOUN, PUNCT, SPACE …). */
  pos: string;
  lemma: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A whitespace token that holds a newline: a paragraph break after normalization. */
  newline: boolean;
  /** The whitespace before this token holds a newline. */
  afterNewline: boolean;
  /** The word lists its lower-case form belongs to, as `WordClass` bits (./word-class). */
  readonly classes: number;
  /** Its lower-case form is a known first name (`isFirstName`), asked once per token. */
  readonly firstName: boolean;
}

/** A token's `classes` not yet found: they are looked up the first time they are read. */
export const CLASSES_UNKNOWN = -1;

export const CAP = 1;
export const NEWLINE = 2;
export const AFTER_NEWLINE = 4;
// Whether the token's first-name answer is kept in its flags, and that answer: the chunker asks
// it of the same tokens about twice each (each test of a run, then the run's name), and the
// answer is a lookup in a map of thousands of names that is cold by then. `flagsOf` never sets
// these, so a reused token starts without an answer; a word of the reader's table of known
// words comes with the answer kept there (`firstNameFlags`).
const FIRST_NAME_ASKED = 8;
const FIRST_NAME = 16;

/**
 * The tokens this module makes. A document holds ~220 per kB, all alive until its records are
 * out: the end (start + length) and the three flags are derived from two fields, so each token
 * is 7 fields instead of 10. A 1 MB document's tokens outlived young-generation collections and
 * were copied by each; smaller ones cost less to copy and to read through the cache.
 *
 * Its word classes come with it for a word of the reader's table of known words (most tokens,
 * kept there per word); for any other token they are looked up when first read (most such
 * tokens, quotation content above all, are never asked).
 */
export class Tok implements Token {
  constructor(
    public start: NormalizedOffset,
    public text: string,
    public lower: string,
    public pos: string,
    public lemma: string,
    private flags: number,
    private wordClasses: number,
  ) {}
  /** Give a reused token the fields of a new one. */
  reset(start: NormalizedOffset, text: string, lower: string, pos: string, lemma: string, flags: number, classes: number): void {
    this.start = start;
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.lemma = lemma;
    this.flags = flags;
    this.wordClasses = classes;
  }
  get classes(): number {
    if (this.wordClasses === CLASSES_UNKNOWN) this.wordClasses = wordClassesOf(this.lower);
    return this.wordClasses;
  }
  get firstName(): boolean {
    const f = this.flags;
    if ((f & FIRST_NAME_ASKED) !== 0) return (f & FIRST_NAME) !== 0;
    const yes = isFirstName(this.lower);
    this.flags = f | FIRST_NAME_ASKED | (yes ? FIRST_NAME : 0);
    return yes;
  }
  get end(): NormalizedOffset { return (this.start + this.text.length) as NormalizedOffset; }
  get cap(): boolean { return (this.flags & CAP) !== 0; }
  get newline(): boolean { return (this.flags & NEWLINE) !== 0; }
  get afterNewline(): boolean { return (this.flags & AFTER_NEWLINE) !== 0; }
  set afterNewline(v: boolean) { this.flags = v ? this.flags | AFTER_NEWLINE : this.flags & ~AFTER_NEWLINE; }
}

export const flagsOf = (cap: boolean, newline: boolean, afterNewline: boolean) => (cap ? CAP : 0) | (newline ? NEWLINE : 0) | (afterNewline ? AFTER_NEWLINE : 0);

/**
 * Flags to add to `flagsOf`'s for a token whose first-name answer (`isFirstName` of its
 * lower-case form) is already known; none when it is not (undefined).
 */
export const firstNameFlags = (yes: boolean | undefined) => (yes === undefined ? 0 : FIRST_NAME_ASKED | (yes ? FIRST_NAME : 0));

/**
 * Token objects for one document at a time, handed out again by the next one.
 *
 * Why: a document holds ~220 tokens per kB, all alive until its records are out. A 1 MB
 * document's ~190k new ones outlived the young-generation collections during it and each was
 * copied twice, which made such a document cost more per kB than an article. Reused ones already
 * sit in the old generation.
 *
 * Lifetime: a token from `make` is valid until the next `startDocument()` on the same store,
 * which may hand the object out again with other fields. So nothing may keep a token, or anything
 * that points at one, past the document it was made for: `runPipeline` starts a document on its
 * store, and the records it returns hold offsets and strings only. Tokenizing without a store
 * makes fresh objects (unit tests, callers that keep tokens). Within one document no object is
 * handed out twice. At most `max` objects are kept (2^18, ~19 MB: a document of ~1.2 MB); a
 * longer document gets fresh objects for the rest.
 */
export class TokenStore {
  private readonly pool: Tok[] = [];
  private used = 0;

  constructor(private readonly max = 1 << 18) {}

  /** Hand the objects out from the start again: every token made before is dead. */
  startDocument(): void {
    this.used = 0;
  }

  /** A token with these fields: a reused object while the pool lasts. */
  make(start: NormalizedOffset, text: string, lower: string, pos: string, lemma: string, flags: number, classes: number): Tok {
    if (this.used < this.pool.length) {
      const t = this.pool[this.used++];
      t.reset(start, text, lower, pos, lemma, flags, classes);
      return t;
    }
    const t = new Tok(start, text, lower, pos, lemma, flags, classes);
    if (this.pool.length < this.max) {
      this.pool.push(t);
      this.used++;
    }
    return t;
  }
}
