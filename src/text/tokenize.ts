// Tokenize and POS-tag normalized text with wink-nlp, keeping exact offsets.
import model from 'wink-eng-lite-web-model';
import { CLITICS, NEGATION_CLITIC_TAIL } from '../lang/en-text';
import { isWhitespace } from './chars';
import type { NormalizedOffset } from './offset-map';
import { countBefore } from './search';
import { SpanCache } from './span-cache';
import { wordClassesOf } from './word-class';
import { CLASSES_UNKNOWN, firstNameFlags, flagsOf, Tok, type Token, type TokenStore } from './token';
import { type StatelessModel, statelessModel } from './wink-model';
import { KnownWords } from './known-words';
import { type LemmaKind, type WinkReader, type WinkReading, winkReader } from './wink-reader';

export type { Token } from './token';

/**
 * A token from `store` when given (a reused object, under its lifetime rule), a fresh one
 * otherwise. `classes` are its word classes when known, else CLASSES_UNKNOWN (./token).
 */
function makeToken(store: TokenStore | undefined, at: number, text: string, lower: string, pos: string, lemma: string, flags: number, classes = CLASSES_UNKNOWN): Tok {
  // Tokens are made from offsets in the text wink reads, which is the normalized text.
  const start = at as NormalizedOffset;
  return store ? store.make(start, text, lower, pos, lemma, flags, classes) : new Tok(start, text, lower, pos, lemma, flags, classes);
}

// The word classes of the two quotation marks, found once: the stages ask them of every mark
// token (~11,000 a 2 MB of news, a quarter of all lookups of classes by string).
let doubleMarkClasses = CLASSES_UNKNOWN;
let singleMarkClasses = CLASSES_UNKNOWN;

/** The word classes of a quotation mark token's text (found when first asked). */
function markClasses(ch: string): number {
  if (ch === '"') return doubleMarkClasses === CLASSES_UNKNOWN ? (doubleMarkClasses = wordClassesOf(ch)) : doubleMarkClasses;
  if (ch === "'") return singleMarkClasses === CLASSES_UNKNOWN ? (singleMarkClasses = wordClassesOf(ch)) : singleMarkClasses;
  return CLASSES_UNKNOWN;
}

let reader: WinkReader | undefined;
let stateless: StatelessModel | undefined;

/**
 * POS only: the cheapest wink reading that gives what we need (./wink-reader: wink's tagger,
 * wink's tokenizer only for words its lexicon does not list). Sentences are split by
 * src/sentences/segment.ts, which agrees with wink's splitter on news text except at line breaks
 * (where we break anyway); wink's tags do not depend on its sentence boundaries.
 */
function engine(text: string): WinkReader {
  // Each document is read as from the model's own lexicon (see ./wink-model); the reader is
  // rebuilt once the words it appended have piled up, so memory stays bounded in long-running
  // processes.
  if (reader && stateless && stateless.grown() > 200_000) reader = undefined;
  if (!reader) {
    stateless = statelessModel(model);
    reader = winkReader(stateless.model, stateless);
  }
  // For a new reader too: whether wink must learn every word depends on the document (`learnsAll`).
  stateless!.forget(text);
  return reader;
}

/** The model's lexicon lookups (see ./wink-model), loading the model on first use. */
function lexicon(): StatelessModel {
  if (!stateless) engine('');
  return stateless!;
}

/**
 * The part of speech the tagger's own lexicon gives a lower-case word out of context ('ADJ',
 * 'NOUN', …; 'UNK' when it lists the word without one), null for a word it does not list.
 */
export function lexiconTag(lower: string): string | null {
  return lexicon().lexiconTag(lower);
}

/** `text.startsWith(v, at)`, compared inline: the builtin call per token cost more than the rest of the readout. */
function matchesAt(text: string, v: string, at: number): boolean {
  if (at + v.length > text.length) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}

/** Ends in "s" or "ed": a noun that may be a mistagged verb form ("claims", "warned"). */
export function mayBeVerbForm(lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  return last === 115 || (last === 100 && n > 1 && lower.charCodeAt(n - 2) === 101);
}

/**
 * Lemmas are read only where a reporting verb can stand: verbs, and nouns that wink mistags from
 * verb forms ("claims", "warned"). Lemmatizing every token cost 15% of wink's own time.
 */
function needsLemma(pos: string, lower: string): boolean {
  return pos === 'VERB' || pos === 'AUX' || (pos === 'NOUN' && mayBeVerbForm(lower));
}

// A word's lemma depends only on its form as written and its tag, and reporting verbs repeat
// ("said", "told"), so most lookups hit this cache instead of running wink's lemmatizer. The key keeps
// the case: wink lemmatizes a capitalized form differently ("Been" in a headline stays "been"),
// so a cache keyed by the lower-case word made a document's lemmas depend on the documents read
// before it. Over PolNeAR, (form, tag) → lemma has no conflict. Bounded: cleared when full.
// One map per tag (a key built by concatenation cost more than the lookup it saved), picked by
// comparing the tag: `needsLemma` lets three through, and a map of maps cost a lookup more.
const verbLemmas = new Map<string, string>();
const auxLemmas = new Map<string, string>();
const nounLemmas = new Map<string, string>();
let lemmaCount = 0;
const LEMMA_CACHE_MAX = 50_000;

function lemmaOf(reading: WinkReading, i: number, pos: string, form: string, lower: string): string {
  const byPos = pos === 'VERB' ? verbLemmas : pos === 'AUX' ? auxLemmas : nounLemmas;
  const hit = byPos.get(form);
  if (hit !== undefined) return hit;
  // wink may give no lemma (an empty one) for a token: its lower-case form stands in.
  const l = reading.lemma(i) as string | undefined;
  const lemma = l ? l.toLowerCase() : lower;
  if (++lemmaCount > LEMMA_CACHE_MAX) {
    verbLemmas.clear();
    auxLemmas.clear();
    nounLemmas.clear();
    lemmaCount = 1;
  }
  byPos.set(form, lemma);
  return lemma;
}


/**
 * `lemmaOf` for a token the reader found in its table of known words at `slot`: the table keeps
 * the answer per word and tag kind for as long as it lives, taken from `lemmaOf` the first time,
 * so the two always agree.
 */
function knownLemma(reading: WinkReading, i: number, slot: number, pos: string, form: string, lower: string): string {
  const kind: LemmaKind = pos === 'VERB' ? 0 : pos === 'AUX' ? 1 : 2;
  const kept = reading.known.lemma(slot, kind);
  if (kept !== '') return kept;
  const lemma = lemmaOf(reading, i, pos, form, lower);
  reading.known.setLemma(slot, kind, lemma);
  return lemma;
}

/**
 * wink reads a long text in pieces of about this many characters, each cut after a line break.
 * wink keeps several arrays per token while it reads; for a whole 1 MB document they outlive
 * many young-generation collections and each is copied twice (collections cost 3x as much per
 * MB as for articles). A piece's arrays die young. Tags are the same: wink tags a line break as
 * whitespace, and no tag depends on a word across one (checked token by token on every corpus
 * article and on long joined texts).
 */
const PIECE = 16_384;

/** Where the piece starting at `from` ends: after the whitespace run that holds a line break near `from + PIECE`. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE * 1.5) return text.length;
  let nl = text.lastIndexOf('\n', from + PIECE);
  if (nl <= from) nl = text.indexOf('\n', from + PIECE);
  if (nl < 0) return text.length;
  let end = nl + 1;
  while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
  return end;
}

/** wink's tokens and tags of `text`, with offsets in it. */
export function tokenize(text: string): Token[] {
  return readPieces(text, (piece) => piece, undefined);
}

/**
 * Tokens of `text`, wink reading each piece as `winkText(piece)`: the piece itself or the piece
 * with spaces put between a word and marks glued to it. Offsets are found in `text` all the same:
 * wink's tokens follow each other there with only whitespace between.
 */
function readPieces(text: string, winkText: (piece: string) => string, store: TokenStore | undefined, insert?: Inserter): Token[] {
  // wink reads pieces of `text`, spaced out: no mark in them that `text` lacks.
  const w = engine(text);
  const tokens: Token[] = [];
  let known: KnownWords | undefined;
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    known = readPiece(w, text, from, to, winkText(from === 0 && to === text.length ? text : text.slice(from, to)), tokens, store, insert);
    from = to;
  }
  if (insert && insert.next < Infinity) insert.before(Infinity, tokens, known);
  return tokens;
}

/**
 * Tokens wink does not read (quotation marks and content, see `tokenizeWithMarks`), put in
 * order among wink's as they are read: no second pass to merge two lists.
 */
interface Inserter {
  /** Where the next token to insert starts (Infinity when none is left): most wink tokens need no call. */
  next: number;
  /**
   * Append the tokens that start before `at`; words of `known` (the reader's table of known
   * words, when there is one) take their text, lower-case form and word classes from it.
   */
  before(at: number, out: Token[], known: KnownWords | undefined): void;
  /** The original text: around inserted tokens, line breaks are looked for here. */
  text: string;
}

/**
 * wink's tokens of `read` (`text.slice(from, to)`, maybe spaced out), appended to `tokens` with
 * offsets in `text`. Returns the reader's table of known words.
 */
function readPiece(w: WinkReader, text: string, from: number, to: number, read: string, tokens: Token[], store: TokenStore | undefined, insert?: Inserter): KnownWords {
  const reading = w(read);
  let offset = from;
  for (let k = 0; k < reading.length; k++) {
    const v = reading.value(k);
    // Tokens follow each other with only whitespace between (wink's precedingSpaces, read from
    // the text itself, which is cheaper than asking wink); indexOf is a fallback for safety.
    let s = offset;
    let newlineBefore = false;
    const c0 = v.charCodeAt(0);
    if (!isWhitespace(c0)) {
      // A word: skip the whitespace before it.
      for (let c = text.charCodeAt(s); s < to && isWhitespace(c); c = text.charCodeAt(++s)) if (c === 10) newlineBefore = true;
    } else {
      // wink's own whitespace token: it starts somewhere inside the whitespace run.
      while (s < to && isWhitespace(text.charCodeAt(s)) && !text.startsWith(v, s)) {
        if (text.charCodeAt(s) === 10) newlineBefore = true;
        s++;
      }
    }
    if (!matchesAt(text, v, s)) {
      const found = text.indexOf(v, offset);
      s = found < 0 ? offset : found;
    }
    if (insert && insert.next < s) {
      const before = tokens.length;
      insert.before(s, tokens, reading.known);
      // wink saw spaces where marks and quotations were: after one, "follows a line break" is
      // read from the token before it in the original text, not from wink's token before it.
      if (tokens.length > before) {
        const prev = tokens[tokens.length - 1];
        newlineBefore = prev.newline || hasNewline(insert.text, prev.end, s);
      }
    }
    const i = tokens.length;
    // A word of the reader's table of known words (most tokens) has its lower-case form, its
    // lemmas, its word classes and its first-name answer kept there, read by index instead of
    // made or looked up by string for every token.
    const slot = reading.slot(k);
    const lower = slot >= 0 ? reading.lower(k) : v.toLowerCase();
    const p = reading.pos(k);
    tokens.push(makeToken(
      store,
      s,
      v,
      lower,
      p,
      needsLemma(p, lower) ? (slot >= 0 ? knownLemma(reading, k, slot, p, v, lower) : lemmaOf(reading, k, p, v, lower)) : lower,
      flagsOf(c0 >= 65 && c0 <= 90, p === 'SPACE' && v.includes('\n'), newlineBefore || (i > 0 && tokens[i - 1].newline)) | (slot >= 0 ? firstNameFlags(reading.firstName(k)) : 0),
      slot >= 0 ? reading.classes(k) : CLASSES_UNKNOWN,
    ));
    offset = s + v.length;
  }
  return reading.known;
}

/** A letter or digit (ASCII fast path; any other code unit above 0x7f counts as a letter). */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 0x7f && !isWhitespace(c) && c !== 0x2019 && c !== 0x2026 && c !== 0x2014 && c !== 0x2013);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Slots of the table of quoted words (see `quotedWords`): room for ~3,000 words. */
const QUOTED_SLOTS = 1 << 12;

/**
 * Words of quotation content that the reader's table of known words lacks, with their lower-case
 * forms, word classes and first-name answers. Speech has words of its own that prose around it
 * seldom writes ("n't", "'ve", "you", "This"): a quarter of quotation tokens (~17,000 per 2 MB of
 * news) were such words, only ~900 distinct, each sliced, lower-cased and looked up again per
 * token. Only the words and their facts (which depend on the word alone) are read from this
 * table, never the lexicon facts of the reader's table (its words are not looked up in wink's
 * lexicon: they are entered as lexeme 0). Module state, bounded: started anew when full.
 */
let quoted = new KnownWords(QUOTED_SLOTS);

/** The slot of quoted word `text[s, e)` in `quoted`, entered when new; -1 when it does not fit. */
function quotedSlot(text: string, s: number, e: number): number {
  const slot = quoted.find(text, s, e);
  if (slot >= 0) return slot;
  if (quoted.full()) quoted = new KnownWords(QUOTED_SLOTS);
  return quoted.add(text.slice(s, e), 0, 0, 0, 0);
}

/**
 * A token of quotation content. A word of the reader's table of known words (most are) takes its
 * text, lower-case form and word classes from there, as wink's tokens do, and any other word from
 * the table of quoted words: no slice, no new lower-case string, and no lookup of its classes
 * when a stage asks for them.
 */
function plainToken(text: string, s: number, e: number, pos: string, afterNewline: boolean, store: TokenStore | undefined, known: KnownWords | undefined): Token {
  let table = known;
  let slot = known ? known.find(text, s, e) : -1;
  if (slot < 0) {
    table = quoted;
    slot = quotedSlot(text, s, e);
  }
  const v = slot >= 0 ? table!.word(slot) : text.slice(s, e);
  const lower = slot >= 0 ? table!.lower(slot) : v.toLowerCase();
  const c0 = v.charCodeAt(0);
  const flags = flagsOf(c0 >= 65 && c0 <= 90, pos === 'SPACE', afterNewline) | (slot >= 0 ? firstNameFlags(table!.firstName(slot)) : 0);
  return makeToken(store, s, v, lower, pos, lower, flags, slot >= 0 ? table!.classes(slot) : CLASSES_UNKNOWN);
}

/**
 * Tokens of quotation content, without wink. Nothing downstream reads a part of speech inside a
 * quotation (its tokens are blocked: no speaker, cue or subject is looked for there); what is read
 * is words against punctuation, capitals, sentence-final marks and line breaks. So a plain scan
 * does, and wink, the most costly stage, never sees the sixth or so of news text that is quoted.
 * Words keep wink's shape where it matters for counting: "don't" is "do" + "n't", "Kim's" is
 * "Kim" + "'s", "U.S." and "2,000" are one word, a run of full stops is one token.
 */
export function plainTokens(text: string, from: number, to: number, out: Token[], store?: TokenStore, known?: KnownWords): void {
  let k = from;
  let newlineBefore = false;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (isWhitespace(c)) {
      const s = k;
      let nl = false;
      while (k < to && isWhitespace(text.charCodeAt(k))) if (text.charCodeAt(k++) === 10) nl = true;
      if (nl) {
        out.push(plainToken(text, s, k, 'SPACE', newlineBefore, store, known));
        newlineBefore = true;
      }
      continue;
    }
    const s = k;
    if (isWordChar(c)) {
      let digits = true;
      while (k < to) {
        const d = text.charCodeAt(k);
        if (isWordChar(d)) { if (!isDigit(d)) digits = false; k++; continue; }
        const next = k + 1 < to ? text.charCodeAt(k + 1) : 32;
        // Joiners inside a word: "U.S.", "2,000", "3.5", "ex-Soviet", "O'Brien".
        if ((d === 46 || d === 45 || (d === 44 && digits && isDigit(next))) && isWordChar(next)) { k++; continue; }
        if (d === 46 && k - s === 1 && (text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90)) { k++; continue; } // "M."
        if (isApostrophe(d) && isWordChar(next)) {
          // A clitic is a word of its own: "n't", "'s", "'re", "'ll", "'ve", "'m", "'d".
          let e = k + 1;
          while (e < to && isWordChar(text.charCodeAt(e))) e++;
          const clitic = text.slice(k + 1, e).toLowerCase();
          if (clitic === NEGATION_CLITIC_TAIL && k - 1 > s && (text.charCodeAt(k - 1) | 32) === 110) { k--; break; }
          if (CLITICS.has(clitic)) break;
          k++;
          continue;
        }
        // Abbreviations end in a full stop: "U.S." (the stop after a lone letter run of initials).
        if (d === 46 && k > s && text.charCodeAt(k - 2) === 46) { k++; }
        break;
      }
      out.push(plainToken(text, s, k, digits ? 'NUM' : 'X', newlineBefore, store, known));
    } else if (isApostrophe(c) && k + 1 < to && isWordChar(text.charCodeAt(k + 1)) && out.length && out[out.length - 1].end === k) {
      // A clitic after a word.
      k++;
      while (k < to && isWordChar(text.charCodeAt(k))) k++;
      out.push(plainToken(text, s, k, 'PART', newlineBefore, store, known));
    } else {
      k++;
      if (c === 46) while (k < to && text.charCodeAt(k) === 46) k++;
      out.push(plainToken(text, s, k, 'PUNCT', newlineBefore, store, known));
    }
    newlineBefore = false;
  }
}

/** A single mark after a space, line break, double mark or bracket, before a letter: 'x. */
function opensWord(text: string, k: number): boolean {
  const before = k === 0 ? 32 : text.charCodeAt(k - 1);
  const after = text.charCodeAt(k + 1);
  return (before === 32 || before === 10 || before === 34 || before === 40) && ((after >= 65 && after <= 90) || (after >= 97 && after <= 122));
}

/**
 * Tokenize with the quotation marks hidden from wink and given back as tokens of their own:
 * every double mark, and a single mark that opens a word after a space ('x). wink tokenizes a
 * mark glued to a word several times slower than a word (a page of "x 'y took 5x prose); an
 * opening single mark after a space is never inside a word (apostrophes sit inside or after one).
 * The content of each quotation in `plain` (sorted, not overlapping) is hidden as well and read by
 * `plainTokens`. With a `store`, the token objects come from it, under its lifetime rule (./token).
 */
export function tokenizeWithMarks(text: string, plain: ReadonlyArray<readonly [number, number]> = [], closers: readonly number[] = [], store?: TokenStore): Token[] {
  return readWithMarks(text, plain, closers, store);
}

function readWithMarks(text: string, plain: ReadonlyArray<readonly [number, number]>, closers: readonly number[], store: TokenStore | undefined): Token[] {
  const marks: number[] = [];
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) marks.push(k);
  // Closing single marks of quotations: glued to the comma or full stop before them (",'"), each
  // sent wink down its slow path.
  for (const k of closers) if (text.charCodeAt(k) === 39 && !opensWord(text, k)) marks.push(k);
  for (let k = text.indexOf("'"); k >= 0; k = text.indexOf("'", k + 1)) if (opensWord(text, k)) marks.push(k);
  if (marks.length === 0 && plain.length === 0) return tokenizeSpaced(text, store);
  marks.sort((a, b) => a - b);
  // The text wink reads: marks and quotation content turned to spaces, so offsets stay the same.
  const parts: string[] = [];
  let last = 0;
  let m = 0;
  let p = 0;
  const hideTo = (a: number, b: number) => {
    if (a < last) a = last;
    if (b <= a) return;
    parts.push(text.slice(last, a), ' '.repeat(b - a));
    last = b;
  };
  while (m < marks.length || p < plain.length) {
    if (p < plain.length && (m >= marks.length || plain[p][0] <= marks[m])) { hideTo(plain[p][0], plain[p][1]); p++; }
    else { hideTo(marks[m], marks[m] + 1); m++; }
  }
  parts.push(text.slice(last));
  // Marks inside hidden content are read there.
  const marksOut = plain.length ? marks.filter((k) => !insideAny(plain, k)) : marks;
  m = 0;
  p = 0;
  const pushMark = (out: Token[]) => {
    const at = marksOut[m++];
    const prev = out[out.length - 1];
    let newlineBefore = false;
    for (let k = prev ? prev.end : 0; k < at; k++) if (text.charCodeAt(k) === 10) { newlineBefore = true; break; }
    const ch = text[at];
    out.push(makeToken(store, at, ch, ch, 'PUNCT', ch, flagsOf(false, false, newlineBefore || (prev?.newline ?? false)), markClasses(ch)));
  };
  const pushPlain = (out: Token[], known: KnownWords | undefined) => {
    const [a, b] = plain[p++];
    const from = out.length;
    plainTokens(text, a, b, out, store, known);
    if (out.length > from && from > 0 && out[from - 1].newline) out[from].afterNewline = true;
  };
  const nextOf = () => Math.min(m < marksOut.length ? marksOut[m] : Infinity, p < plain.length ? plain[p][0] : Infinity);
  const inserter: Inserter = {
    text,
    next: nextOf(),
    before(at, out, known) {
      while (inserter.next < at) {
        const nextMark = m < marksOut.length ? marksOut[m] : Infinity;
        const nextPlain = p < plain.length ? plain[p][0] : Infinity;
        if (nextMark < nextPlain) pushMark(out);
        else pushPlain(out, known);
        inserter.next = nextOf();
      }
    },
  };
  return tokenizeSpaced(parts.join(''), store, inserter);
}

// A comma, semicolon or colon glued to a word or number ("said, the", "2,000, the") sends wink's tokenizer through its
// slow path for unknown tokens (category regexes, then a split) for every such word; with a space
// before the mark both halves are found in its lexicon at once. The tokens and their tags are
// the same (checked on every corpus article and the benchmark corpus); wink reads about 5% faster.
// So too at the end of a line ("reporters:" before a statement; ~30 µs a word on the slow path,
// ~0.3% of extraction on the benchmark corpus).
// The same holds for a full stop, "'s" or a closing apostrophe after a word or number standing
// alone ("said.", "Smith.", "2019.", "country's", "players'"): wink splits it off after its
// category tests (an apostrophe after its closing-mark split, which reads the word before it as it
// would alone: looked up, or filed as a word by its letters). Not where the whole is listed in
// wink's lexicon ("etc.", "in.", "Mr." are abbreviations, "he's" a contraction: one token or
// other tags), nor before a word wink would expand ("cannot." is one token on the slow path,
// but "cannot" alone is "can" + "not").
// And for hyphens between letters ("late-night", "Osei-Mensah"): wink splits such a word at its
// hyphens after a cascade of a dozen regexes, unless the word is listed ("co-op") or starts or
// ends with a part it keeps ("ex-Soviet", "ten-fold"); spaces around the hyphens give it the
// same words at once.
// And for a run of apostrophes standing alone, perhaps after a comma or full stop (",''": some
// newswires close a quotation with two apostrophes): wink finds no category for it and its splitter
// reads each mark as a token of its own, as it reads each alone, spaced.
// And for a number glued to the words after it by hyphens ("45-year-old", "10-page") and an amount
// after a currency sign ("$35", "£2.5", "€3,000"): wink's splitter files such a word under no
// category and splits it with its cascade of regexes (~50 µs a word, ~4% of extraction on the
// benchmark corpus, where every copy of an article has new numbers), into the number and the
// words and hyphens the words alone give ("year - old", or "ex-wife" kept whole), or the sign and
// the number; spaced, the number, the sign and the words are read at once. The same for a number
// glued to a percent sign ("3%", "24.5%,"), read as the number and the sign: ~0.4% of extraction on
// the benchmark corpus, with new numbers in every copy of an article.
// As one regular expression, what is spaced is
//   /[A-Za-z0-9][,;:](?=[ \n])|(?:^|[ \n])(?:[A-Za-z]{2,}(?:\.|'s?)|[0-9]+(?:[.,][0-9]+)*\.)(?=[ \n]|$)|(?:^|[ \n])[A-Za-z]+-[A-Za-z][A-Za-z-]*(?:[,;:](?= )|\.?(?=[ \n]|$))|(?:^|[ \n])[0-9]+(?:[.,][0-9]+)*(?:-[a-z]+)+[,;:]?(?=[ \n]|$)|(?:^|[ \n])[,.]?'{2,}(?=[ \n]|$)|(?:^|[ \n])[$£€][0-9]+(?:[.,][0-9]+)*[,;:.]?(?=[ \n]|$)|(?:^|[ \n])[0-9]+(?:[.,][0-9]+)*%[,;:.]?(?=[ \n]|$)/g
// but the engine tried its second and third branches at every word (2.5% of extraction). Each
// branch lies within one word (a run of characters other than space and line break), so the words
// worth testing are found by their marks (`GLUED_HINT`) and only those are tested, branch by branch
// in the same order (test/text/tokenize.test.ts checks the two against each other).
const GLUED_HINT = /[,;:](?=[ \n])|(?:\.|'s?)(?=[ \n]|$)|-|[$£€](?=[0-9])|%/g;
/** A whole word ending in a full stop, "'s" or an apostrophe: the second branch above, from the word's start. */
const GLUED_WORD = /(?:[A-Za-z]{2,}(?:\.|'s?)|[0-9]+\.)(?=[ \n]|$)/y;
/** A whole hyphenated word, perhaps with a mark after it: the third branch, from the word's start. */
const GLUED_HYPHENS = /[A-Za-z]+-[A-Za-z][A-Za-z-]*(?:[,;:](?= )|\.?(?=[ \n]|$))/y;
// The branches with numbers are read by hand below: a number's groups ("2,000.5") as a regular
// expression nest one quantifier in another (test/lint/regex-safety.test.ts).

/**
 * Where the number starting at `i` ends (digits, then groups of digits each after one full stop
 * or comma: "2,000.5"), no further than `end`; `i` when no digit is there. As the expression's
 * `[0-9]+(?:[.,][0-9]+)*`, which matches greedily here: what may follow a number in the branches
 * (a mark ending the word, or a hyphen) never follows it with a digit.
 */
function numberEnd(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  if (k === i) return i;
  for (;;) {
    const c = text.charCodeAt(k);
    if (!((c === 46 || c === 44) && k + 1 < end && isDigit(text.charCodeAt(k + 1)))) return k;
    k += 2;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
  }
}

const isSmallLetter = (c: number) => c >= 97 && c <= 122;
const isClosingMark = (c: number) => c === 44 || c === 59 || c === 58;

/** `text[start, end)` is a number ending in a full stop: `[0-9]+(?:[.,][0-9]+)*\.`. */
function numberThenStop(text: string, start: number, end: number): boolean {
  const n = numberEnd(text, start, end);
  return n > start && n === end - 1 && text.charCodeAt(n) === 46;
}

/** `text[start, end)` is a number joined to words of small letters by hyphens, perhaps with a mark after: `[0-9]+(?:[.,][0-9]+)*(?:-[a-z]+)+[,;:]?`. */
function numberThenHyphens(text: string, start: number, end: number): boolean {
  let k = numberEnd(text, start, end);
  if (k === start) return false;
  let words = 0;
  while (k + 1 < end && text.charCodeAt(k) === 45 && isSmallLetter(text.charCodeAt(k + 1))) {
    k += 2;
    while (k < end && isSmallLetter(text.charCodeAt(k))) k++;
    words++;
  }
  if (k < end && isClosingMark(text.charCodeAt(k))) k++;
  return words > 0 && k === end;
}

/** `text[start, end)` is a number and a percent sign, perhaps with a mark after: `[0-9]+(?:[.,][0-9]+)*%[,;:.]?`. */
function percent(text: string, start: number, end: number): boolean {
  let k = numberEnd(text, start, end);
  if (k === start || text.charCodeAt(k) !== 37) return false;
  k++;
  if (k < end && (isClosingMark(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  return k === end;
}

/** `text[start, end)` is an amount after a currency sign, perhaps with a mark after: `[$£€][0-9]+(?:[.,][0-9]+)*[,;:.]?`. */
function amount(text: string, start: number, end: number): boolean {
  let k = numberEnd(text, start + 1, end);
  if (k === start + 1) return false;
  if (k < end && (isClosingMark(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  return k === end;
}
/** A whole run of apostrophes, perhaps after a comma or full stop: the fourth branch, from the word's start. */
const GLUED_APOSTROPHES = /[,.]?'{2,}(?=[ \n]|$)/y;

const isWordBreak = (c: number) => c === 32 || c === 10;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * `text` as wink reads it: a space put before each comma, semicolon or colon of the first branch
 * above (always, so no lookup is needed), and each word of the other branches, with the space or
 * line break before it, replaced by `spaceWord(match)`.
 */
export function spaceGluedMarks(text: string, spaceWord: (match: string) => string): string {
  return spaceGluedMarksAt(text, (t, from, to) => spaceWord(t.slice(from, to)));
}

/** `spaceGluedMarks`, the match handed over as its place in the text (`text[from, to)`), not cut out. */
function spaceGluedMarksAt(text: string, spaceWord: (text: string, from: number, to: number) => string): string {
  let out = '';
  let copied = 0;
  GLUED_HINT.lastIndex = 0;
  for (let hint = GLUED_HINT.exec(text); hint; hint = GLUED_HINT.exec(text)) {
    let start = hint.index;
    while (start > 0 && !isWordBreak(text.charCodeAt(start - 1))) start--;
    const h = hint[0].charCodeAt(0);
    let end = hint.index + 1;
    while (end < text.length && !isWordBreak(text.charCodeAt(end))) end++;
    // A currency sign is a hint only where it opens an amount: elsewhere the word's next hint is
    // its first (the sign is no hint in the expression above).
    if ((h === 36 || h === 0xa3 || h === 0x20ac) && (start !== hint.index || !amount(text, start, end))) continue;
    // So is a percent sign only where it ends a number (the word's first hint then: a number's own
    // full stops and commas are none).
    if (h === 37 && !percent(text, start, end)) continue;
    // The rest of the word holds no other match.
    GLUED_HINT.lastIndex = end;
    // The word's first hint tells which branch can match: every hyphen is a hint, and every other
    // hint ends its word. So a comma, semicolon or colon (before a space) can only be the first
    // branch, a hyphen only the third, a full stop only the second, an apostrophe or "'s" the
    // second or the fourth. Only those regexes run (all three were tried on every hint). A
    // currency sign that gets here opens an amount, and a percent sign ends a number, matched above.
    GLUED_WORD.lastIndex = start;
    GLUED_HYPHENS.lastIndex = start;
    GLUED_APOSTROPHES.lastIndex = start;
    const spaced = h === 45 ? GLUED_HYPHENS.test(text) || numberThenHyphens(text, start, end) : h === 46 ? GLUED_WORD.test(text) || numberThenStop(text, start, end) : h === 39 ? GLUED_WORD.test(text) || GLUED_APOSTROPHES.test(text) : h === 36 || h === 0xa3 || h === 0x20ac || h === 37;
    if (spaced) {
      // Every branch ends where the word does.
      const from = start > 0 ? start - 1 : 0;
      out += text.slice(copied, from) + spaceWord(text, from, end);
      copied = end;
    } else {
      // The first branch: a letter or digit, then a comma, semicolon or colon before a space or a line break.
      const mark = text.charCodeAt(end - 1);
      if (!(mark === 44 || mark === 59 || mark === 58) || end - 2 < start || !isAlnum(text.charCodeAt(end - 2)) || !isWordBreak(text.charCodeAt(end))) continue;
      out += `${text.slice(copied, end - 1)} `;
      copied = end - 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `tokenize`, with wink reading a space put before glued commas, semicolons, colons, full stops and "'s" and around hyphens. */
function tokenizeSpaced(text: string, store: TokenStore | undefined, insert?: Inserter): Token[] {
  return readPieces(text, (piece) => spaceGluedMarksAt(piece, spacedMatch), store, insert);
}

// The spaced form of a match depends on the match alone (the model's own lexicon does not change),
// and matches repeat (" said.", " year.", " country's"): most are answered here, without
// looking them up in wink's lexicon again, and found by their characters in the text (see
// ./span-cache). Bounded: emptied when full.
const spacedCache = new SpanCache();
const spaceMatchOf = (m: string) => spaceMatch(m, lexicon());

function spacedMatch(text: string, from: number, to: number): string {
  return spacedCache.get(text, from, to, spaceMatchOf);
}

function spaceMatch(m: string, wink: StatelessModel): string {
  // A word comes with the space or line break before it (or none at the start of the text).
  const from = m.charCodeAt(0) === 32 || m.charCodeAt(0) === 10 ? 1 : 0;
  const c = m.charCodeAt(from);
  if (c === 36 || c === 0xa3 || c === 0x20ac) return spaceAmount(m, from, wink);
  if (isDigit(c) && m.includes('%')) return spacePercent(m, from, wink);
  if (isDigit(c) && m.includes('-')) return spaceNumberHyphens(m, from, wink);
  if (m.includes('-')) return spaceHyphens(m, from, wink);
  // A run of marks (the fourth branch): each its own token.
  if (!isAlnum(m.charCodeAt(from))) return m.slice(0, from) + m.slice(from).split('').join(' ');
  // A full stop, "'s" or an apostrophe after the word: only where wink would split it off too.
  const cut = m.charCodeAt(m.length - 1) === 115 ? m.length - 2 : m.length - 1;
  if (wink.listed(m.slice(from)) !== 0 || wink.listed(m.slice(from, cut)) === 2) return m;
  return `${m.slice(0, cut)} ${m.slice(cut)}`;
}

/** "late-night" as "late - night" for wink, where wink would split it so itself (see GLUED_MARK). */
function spaceHyphens(m: string, from: number, wink: StatelessModel): string {
  // A comma, semicolon, colon or full stop after the word is spaced off, as wink splits it off.
  const last = m.charCodeAt(m.length - 1);
  const mark = last === 44 || last === 59 || last === 58 || last === 46 ? m.length - 1 : m.length;
  const word = m.slice(from, mark);
  const after = mark < m.length ? ` ${m.slice(mark)}` : '';
  const parts = word.split('-');
  if (parts.includes('') || wink.listed(word) !== 0 || wink.keepsHyphenated(parts[0], parts[parts.length - 1])) return m.slice(0, mark) + after;
  return m.slice(0, from) + parts.join(' - ') + after;
}

/** Where a word of `m` ends: before a comma, semicolon or colon closing it (or a full stop, with `stop`), if any. */
function beforeClosingMark(m: string, stop = false): number {
  const last = m.charCodeAt(m.length - 1);
  return last === 44 || last === 59 || last === 58 || (stop && last === 46) ? m.length - 1 : m.length;
}

/**
 * "45-year-old" as "45 - year - old" for wink, as its regexes split it: the number off at the
 * hyphen, and the words after it as they split alone (kept whole where wink keeps them: "ex-wife",
 * a listed word). A mark after the word is spaced off. Where the whole or the words are listed,
 * wink is left to read the word as it stands.
 */
function spaceNumberHyphens(m: string, from: number, wink: StatelessModel): string {
  const mark = beforeClosingMark(m);
  const word = m.slice(from, mark);
  const after = mark < m.length ? ` ${m.slice(mark)}` : '';
  const hyphen = word.indexOf('-');
  const words = word.slice(hyphen + 1);
  const parts = words.split('-');
  // wink reads a word it lists whole; one it expands ("cannot") it reads otherwise after a number.
  const listed = wink.listed(words);
  if (wink.listed(word) !== 0 || listed === 2) return m.slice(0, mark) + after;
  const kept = listed === 1 || wink.keepsHyphenated(parts[0], parts[parts.length - 1]);
  return `${m.slice(0, from)}${word.slice(0, hyphen)} - ${kept ? words : parts.join(' - ')}${after}`;
}

/** "$35" as "$ 35" for wink, as its regexes split it. A mark after the word is spaced off. */
function spaceAmount(m: string, from: number, wink: StatelessModel): string {
  const mark = beforeClosingMark(m, true);
  const after = mark < m.length ? ` ${m.slice(mark)}` : '';
  if (wink.listed(m.slice(from, mark)) !== 0) return m.slice(0, mark) + after;
  return `${m.slice(0, from + 1)} ${m.slice(from + 1, mark)}${after}`;
}

/** "3%" as "3 %" for wink, as its regexes split it. A mark after the word is spaced off. */
function spacePercent(m: string, from: number, wink: StatelessModel): string {
  const mark = beforeClosingMark(m, true);
  const after = mark < m.length ? ` ${m.slice(mark)}` : '';
  if (wink.listed(m.slice(from, mark)) !== 0) return m.slice(0, mark) + after;
  return `${m.slice(0, mark - 1)} %${after}`;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Offset k lies inside one of `ranges` (sorted, not overlapping). */
function insideAny(ranges: ReadonlyArray<readonly [number, number]>, k: number): boolean {
  // The first range that does not end at or before k is the only one that can hold it.
  const i = countBefore(ranges.length, (j) => ranges[j][1] <= k);
  return i < ranges.length && ranges[i][0] <= k;
}
