// wink's part-of-speech tagging of a text, with wink's tokenizer run only on the words its lexicon does not list as written.
import Cache from 'wink-nlp/src/cache.js';
import compileTRex from 'wink-nlp/src/compile-trex.js';
import constants from 'wink-nlp/src/constants.js';
import docDataWrapper from 'wink-nlp/src/dd-wrapper.js';
import its from 'wink-nlp/src/its.js';
import tokenizer from 'wink-nlp/src/tokenizer.js';
import type { Model } from 'wink-nlp';
import { KnownWords } from './known-words';
import { WordFilter } from './word-filter';
import { tagAutomaton } from './tag-automaton';

export type { KnownWords, LemmaKind } from './known-words';

/*
 * Why: on the texts whosaid hands it (quotations blanked, glued marks spaced off, see
 * ./tokenize), wink's `readDoc` spends about three fifths of its time in its tokenizer and two
 * in its tagger. Its tokenizer splits the text with a regular expression into space runs and
 * pieces, tests each piece for non-breaking spaces with another, and only then asks the lexicon
 * for the piece as written: for ~87% of pieces the lexicon lists it and that lookup is all the
 * tokenizer does with it. This reader walks the text itself, hands every piece to that same
 * lookup (wink's own `_addTokenIfInCache`), and only a piece the lexicon does not list goes
 * through wink's tokenizer (with the spaces before it), exactly as inside `readDoc`. The tagger
 * is wink's own: the same automata, built from the same model, run as `readDoc` runs them with
 * the `pos` pipe. So the tokens, tags and lemmas are wink's (test/text/wink-reader.test.ts
 * compares them with `readDoc`'s), for about a third less of wink's tokenizing time.
 *
 * These are wink-nlp 2.x's own modules, not its public interface: the test above fails if an
 * update changes what they do.
 */

/** The model's loaders this reader calls (wink's `Model` types them as opaque). */
interface ModelLoaders {
  core: () => WinkCore;
  pos: () => { machines: string[]; transformers: TagTransformer[]; updater: (px: unknown, cache: unknown, tags: ArrayLike<number>, normals: ArrayLike<number>) => void; setter: (rdd: WinkRdd, tags: ArrayLike<number>, tkSize: number, bits4lemma: number) => void };
  featureFn: (config: unknown) => { pos: (word: string, category: number, cache: unknown) => number };
  addons: { lemmatize: (value: string, pos: string, cache: unknown) => string };
}

/**
 * The model's tag transformer (pos-transformers.js): what wink's tagger automata read for token
 * `i` in place of its tag `tag`, which is a hint of the token's lexicon entry when it has one
 * and `tag` otherwise.
 */
type TagTransformer = (tag: number, cache: unknown, rawTokens: number[], i: number) => number;

/**
 * The tag `hintOf` asks the transformer with: no tag wink has (its tags are small non-negative
 * integers, its hints large ones), so an answer equal to it means "no hint, the tag stands".
 */
const PROBE_TAG = -1;

/**
 * The lexeme index a word left unlearnt is read under (see `featurePos` in `winkReader`), and the
 * normal form of one whose lower-case form the model does not list: past every lexeme wink's
 * lists hold (the lexicon is rebuilt long before), and a small integer, as wink's arrays hold.
 */
const UNLISTED = 2 ** 30 - 1;

/**
 * Slots of the reader's table of words left unlearnt, at most: room for ~49,000 words, the new
 * names and numbers of about 10 MB of the benchmark corpus (~5,000 a MB), so that a word met
 * again, in a later document or a second pass, is found there; wink's lexicon kept every such
 * word it learnt. The table starts with UNLEARNT_FIRST_SLOTS slots and grows to twice as many
 * each time it fills, so that a new process does not wait for a large one before its first result;
 * once it fills at UNLEARNT_SLOTS it is started again.
 */
const UNLEARNT_SLOTS = 1 << 16;
const UNLEARNT_FIRST_SLOTS = 1 << 12;

/** Words of wink's lexicon fed to the reader's filter (./word-filter) per text, until it holds them all. */
const FILTER_FEED_PER_TEXT = 1024;

/** The parts of wink's core model this reader reads (wink's cache.js reads the same). */
interface WinkCore {
  trex: unknown;
  /** wink's token categories by name. */
  tcat: { hash: WinkCategories };
  preserve: unknown;
  /** The lexicon's index: a word as written to its lexeme index (learnt words included). */
  features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
  /** Packed lexeme properties, `packing.size` numbers per lexeme. */
  lexicon: ArrayLike<number>;
  /** `config`: what the model's feature functions are built with (cache.js builds its own the same way). */
  packing: { size: number; layout: { isContraction: readonly [number, number, number] }; config: unknown };
}

/** One text as wink read it: its tokens' values, tags and lemmas by index. */
export interface WinkReading {
  /** Number of tokens. */
  readonly length: number;
  /** The token as written (wink's `its.value`). */
  value(i: number): string;
  /** Its universal part-of-speech tag (wink's `its.pos`). */
  pos(i: number): string;
  /** Its lemma (wink's `its.lemma`); wink computes it on demand, so ask only where it is needed. */
  lemma(i: number): string;
  /** The whitespace before it as wink keeps it (wink's `its.precedingSpaces`; the tokenizer reads offsets from the text). */
  spaces(i: number): string;
  /** Its slot in `known` when the reader found it in its table of known words, else -1. */
  slot(i: number): number;
  /** For a token with a slot: the word's lower-case form, word classes and first-name answer in `known`. */
  lower(i: number): string;
  classes(i: number): number;
  firstName(i: number): boolean | undefined;
  /** The reader's table of known words, whose per-word facts (lower case, lemmas) the caller may read and keep. */
  readonly known: KnownWords;
}

/**
 * Which words wink learns from documents keep their lexicon entries, and for how long (the
 * model's `StatelessModel` in ./wink-model answers): a learnt word is remembered by the reader's
 * table of known words only while its entry lives.
 */
export interface LearntWords {
  /** A learnt `word` keeps its entry until `resets()` changes. */
  lasting(word: string): boolean;
  /** Changes whenever learnt words' entries may have been dropped. */
  resets(): number;
  /**
   * Whether the document being read holds a mark next to which knowing any word may change what
   * wink reads: then wink must learn every word it meets. In other documents a lasting word
   * (`lasting`: one wink reads the same known or unknown) need not be learnt at all (see
   * `featurePos` in `winkReader`).
   */
  learnsAll(): boolean;
}

/**
 * Reads texts with part-of-speech tags, as wink's `readDoc` with the `pos` pipe would. A reading
 * is valid until the same reader reads its next text (it shares the reader's per-token arrays).
 */
export type WinkReader = (text: string) => WinkReading;

/** wink's splitter sends any text with one of these spaces down its own path (kept for such a text). */
const NON_BREAKING = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
/** The first code unit of NON_BREAKING: a piece with none from here up holds no such space. */
const FIRST_NON_BREAKING = 0xa0;
/** wink caps a token's preceding spaces here (the larger value marks a non-breaking run). */
const MAX_PRECEDING_SPACES = 65534;

const isBreak = (c: number) => c === 10 || c === 13 || c === 9;

/**
 * A reader over `theModel`, calling its loaders once (its `core` as a wink instance would: the
 * lexicon it returns is the one this reader appends unknown words to).
 */
/**
 * What wink's tagger starts from, per token: the index of its normal form and its part of speech
 * out of context, in two arrays owned by one reader and written again for each text it reads.
 *
 * Why: two new arrays per text, grown by `push`, were copied at every growth and were about a
 * third of the reader's allocation (~3 numbers allocated for each one kept); that allocation
 * sweeps wink's lexicon out of the CPU caches. Written in place, they grow only when a text has
 * more tokens than the ones before. They stay plain arrays of small integers, as wink's own
 * `readDoc` passes them, so wink's automata see one kind of array. Lifetime: the arrays are
 * valid until the reader reads its next text, and the reader is done with them before it returns.
 *
 * They are never cut to a text's tokens (`length` tells how many are this text's): V8 trims an
 * array cut to less than half its room, and the next longer text grew it again step by step,
 * copying it each time (~0.4% of extraction for these arrays and wink's token array together).
 * So whatever reads them is given `length`: the automata, and the setter below.
 */
class TaggerInput {
  readonly normals: number[] = [];
  readonly tags: number[] = [];
  /** What the automata read in place of the token's tag (PROBE_TAG: its tag itself), see `hintOf`. */
  readonly hints: number[] = [];
  /** The token's text where the reader found it in its table of known words, else null (read from wink). */
  readonly words: Array<string | null> = [];
  /** The token's slot in that table, else -1. */
  readonly slots: number[] = [];
  /**
   * For a token with a slot: its lower-case form, word classes and first-name answer from that
   * table ('', 0, undefined for the others). Read while the token's row of the table is at hand:
   * the caller reading them by slot once the text was read found that row gone from the CPU
   * caches for most words (~1.2% of a profile of extraction).
   */
  readonly lowers: string[] = [];
  readonly classes: number[] = [];
  readonly firstNames: Array<boolean | undefined> = [];
  /** Tokens written since `clear`. */
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(normal: number, tag: number, hint: number, word: string | null, slot: number): void {
    // At `length` below the arrays' own length this overwrites; at it, it appends.
    this.normals[this.length] = normal;
    this.hints[this.length] = hint;
    this.words[this.length] = word;
    this.slots[this.length] = slot;
    this.lowers[this.length] = '';
    this.classes[this.length] = 0;
    this.firstNames[this.length] = undefined;
    this.tags[this.length++] = tag;
  }

  /** Push the word in `slot` of `known`, with its facts from there. */
  pushKnown(known: KnownWords, slot: number): void {
    const i = this.length;
    this.push(known.normal(slot), known.tag(slot), known.hint(slot), known.word(slot), slot);
    this.lowers[i] = known.lower(slot);
    this.classes[i] = known.classes(slot);
    this.firstNames[i] = known.firstName(slot);
  }
}

export function winkReader(theModel: Model, learnt?: LearntWords): WinkReader {
  const loaders = theModel as unknown as ModelLoaders;
  const core = loaders.core();
  const cache = Cache(core, loaders.featureFn);
  const trex = compileTRex(core.trex);
  const tokenize = tokenizer(trex, core.tcat.hash, core.preserve);
  const posModel = loaders.pos();
  // As wink builds them: each machine ignores only the tag equal to its out-of-vocabulary
  // literal's lexeme (automaton.js's `keyLF`), and every machine runs with the first transformer
  // (read from `hints`, see `hintOf`). Run by ./tag-automaton, with wink's transitions in an array.
  const ignoredTag = cache.lookup(cache.value(0))![0];
  const automata = posModel.machines.map((m) => tagAutomaton(m, ignoredTag));
  const addons = loaders.addons;
  const { tkSize, bits4lemma } = constants;
  // wink's `_addTokenIfInCache` asks the lexicon through `cache.lookup`, which returns a new
  // array per piece (~180 bytes, a seventh of all extraction's allocation). A listed word that
  // is no contraction is one lexeme: its token is appended here as wink appends it (lexeme index,
  // preceding spaces, two zeros), and only a contraction goes through wink's own call.
  const lexemes = core.features.lexeme.hash;
  // The words of `lexemes`, for `listedIndex`: wink appends every word it learns to the list.
  // The filter is fed the model's words a few thousand per text (all at once took a new process
  // 15-20 ms before its first result) and asked once it holds them all.
  const lexemeList = core.features.lexeme.list;
  const filter = new WordFilter();
  let filterReady = false;
  /** `lexemes[word]` (`word` is `text.slice(from, to)`), found undefined without a lookup for most words it lacks (./word-filter). */
  const listedIndex = (text: string, from: number, to: number, word: string) => {
    // Once ready, only the words wink learnt since are fed here.
    if (!filterReady || !filter.feed(lexemeList) || filter.mayHold(text, from, to)) return lexemes[word];
    return undefined;
  };
  const intrinsic = core.features.lexeme.intrinsicSize;
  const [cxAt, cxMask, cxShift] = core.packing.layout.isContraction;
  const packSize = core.packing.size;
  const lexicon = core.lexicon;
  // The model's own words met so far, and the learnt words that keep their entries, found from
  // the text's characters (./known-words). Started again when learnt words may have gone.
  let known = new KnownWords();
  let resets = learnt?.resets() ?? 0;
  // The words left unlearnt (see `featurePos`) met so far, with the facts found for them, which
  // depend on the word alone. Started again when full at its largest (see UNLEARNT_SLOTS): such
  // words are mostly names and numbers, many met in one document only.
  // Only their words and facts are read (a token of one takes its lower-case form and word
  // classes from the table of known words, once it is met again there).
  let unlearnt = new KnownWords(UNLEARNT_FIRST_SLOTS, true);
  // What wink's tagger starts from, per token (tokens-mappers.js, read the same way): the index
  // of the token's normal form, and its part of speech out of context. Both depend on the lexicon
  // entry alone for a token appended as one whole listed word (preceding spaces below 65,536, no
  // tag yet), so the table keeps them with the word: the packed lexicon, too large to stay in the
  // CPU caches, is read only for the words the table lacks.
  const { posMask } = constants;
  const normalOf = (tokens: number[], t: number) => (tokens[t + 1] > 65535 ? cache.nox(tokens[t + 1]) : cache.normal(tokens[t]));
  const tagOf = (tokens: number[], t: number) => (tokens[t + 2] === 0 ? cache.posOf(cache.mappedSpelling(tokens[t])) || 8 : (tokens[t + 2] & posMask) >>> bits4lemma);
  // The automata run every token's tag through the model's transformer at each visit (both
  // automata, and again where a pattern fails part way), and the transformer reads the token's
  // hint from the packed lexicon: that read missed the CPU caches at nearly every visit (the
  // hottest line of a CPU profile of extraction, ~2.4%). Its answer depends on the token's
  // lexicon entry alone, so it is asked once per token, with a probe tag in place of the tag
  // (which it returns untouched when there is no hint), and kept with the word in the table of
  // known words; the automata (./tag-automaton) read the kept answers, the tag where there is none.
  const [transform] = posModel.transformers;
  const hintOf = (tokens: number[], t: number) => transform(PROBE_TAG, cache, tokens, t / tkSize);
  const remember = (piece: string, index: number, tokens: number[], t: number) => {
    if (index < intrinsic || learnt?.lasting(piece)) known.add(piece, index, normalOf(tokens, t), tagOf(tokens, t), hintOf(tokens, t));
  };
  const isContraction = (index: number) => index < intrinsic && ((lexicon[cxAt + index * packSize] & cxMask) >>> cxShift) !== 0;
  // A piece the lexicon does not list goes through wink's tokenizer, which splits the spaces
  // before it off with a regular expression, tests the piece for non-breaking spaces, asks the
  // lexicon again, and files it under the first of its category patterns that matches. For the
  // categories it then adds as one token as they stand (a word of letters, a number, a line-break
  // run, a lone mark: all but "unknown" and "word with a mark after it", which it splits), the
  // piece is filed here the same way, by the same patterns in the same order; the others still
  // go through wink's tokenizer.
  const categories = core.tcat.hash;
  const splitByTokenizer = (cat: number) => cat === categories.unk || cat === categories.wordRP;
  const categoryOf = (piece: string) => {
    for (const [pattern, cat] of trex.ltc) if (pattern.test(piece)) return cat;
    return categories.unk;
  };

  // wink learns every word its lexicon does not list (`cache.add`): two insertions into the
  // lexicon's index (the word and its lower-case form), too large for the CPU caches, and a dozen
  // features each for the word and its lower-case form, found by regular expressions, of which the
  // tagger reads two: the word's part of speech out of context and its normal form. On the
  // benchmark corpus, where every copy of an article has new names and numbers, that was ~6% of
  // extraction (a dozen new words per article). A word wink would add as one token and reads the
  // same known or unknown (`lasting`: names, numbers, other words of letters or digits, in a
  // document where `learnsAll` does not say otherwise) is not learnt: its token is appended with
  // those two facts found here as wink finds them (its own `feature.pos`, asked with the word's
  // category; the normal form from the entry of its lower-case form) and UNLISTED for its lexeme,
  // which no reading of it reaches: its value is the word itself, its lemma is found below as
  // wink's `its.lemma` finds a learnt word's, and wink's tag transformer and the automata's
  // updater read a learnt word's entry only for facts that are empty for every learnt word (a tag
  // hint, a cluster of tags). test/text/wink-reader.test.ts compares such readings with readDoc's.
  const featurePos = loaders.featureFn(core.packing.config).pos;
  // What `featurePos` reads of the lexicon: as when wink has just added the lower-case form, an
  // unlisted one counts as learnt.
  const lexiconForPos = {
    lookup: (w: string) => (listedIndex(w, 0, w.length, w) === undefined ? null : cache.lookup(w)) ?? [UNLISTED],
    intrinsicSize: () => intrinsic,
    posOf: cache.posOf,
  };
  const unlearntNormal = (lower: string, piece: string) => {
    const index = lower === piece ? undefined : listedIndex(lower, 0, lower.length, lower);
    // cache.normal for a learnt word: its lower-case form's entry, mapped to its standard
    // spelling if the model's own.
    return index !== undefined && index < intrinsic ? cache.mappedSpelling(index) : UNLISTED;
  };
  const unlearntLemma = (i: number) => {
    const normal = tagger.normals[i];
    return addons.lemmatize(normal === UNLISTED ? tagger.words[i]!.toLowerCase() : cache.value(normal), its.pos(i, rdd), cache);
  };

  const tagger = new TaggerInput();
  // wink's token array (tkSize numbers per token), owned by the reader and written in place for
  // each text, for the same reason as TaggerInput: a new array per text, grown by `push`, was most
  // of the reader's remaining allocation. wink's own calls (a contraction, a piece it splits, a
  // text with non-breaking spaces) append to `spill.tokens` instead, and what they appended is
  // copied over: wink's calls only append, never read earlier tokens. `spill` starts empty for
  // each text, so wink's records of non-breaking spaces, keyed by its token index, hold for
  // `tokens` too (they are only made when a whole text goes through wink's tokenizer).
  const tokens: number[] = [];
  const spill: WinkRdd = { cache, tokens: [], sentences: [], markings: [], currPipe: { pos: true }, nonBreakingSpaces: Object.create(null), numOfTokens: 0 };
  const doc = docDataWrapper(spill);
  // The reading of the text read last.
  let rdd = spill;
  return (text) => {
    if (learnt && learnt.resets() !== resets) {
      known = new KnownWords();
      resets = learnt.resets();
    }
    if (unlearnt.full()) unlearnt = unlearnt.slots < UNLEARNT_SLOTS ? unlearnt.grown(unlearnt.slots * 2) : new KnownWords(UNLEARNT_SLOTS, true);
    filterReady = filter.feed(lexemeList, FILTER_FEED_PER_TEXT);
    const mayLeaveUnlearnt = learnt !== undefined && !learnt.learnsAll();
    // Numbers of `tokens` written for this text; beyond it are an earlier text's.
    let end = 0;
    spill.tokens.length = 0;
    spill.nonBreakingSpaces = Object.create(null);
    let spilled = 0;
    const append = (lexeme: number, spaces: number) => {
      tokens[end] = lexeme;
      tokens[end + 1] = spaces;
      tokens[end + 2] = 0;
      tokens[end + 3] = 0;
      end += tkSize;
    };
    // Take what wink's calls appended since the last take, and read its normal forms and tags.
    const readOut = () => {
      const from = spill.tokens;
      for (; spilled < from.length; spilled++) tokens[end++] = from[spilled];
      for (let t = tagger.length * tkSize; t < end; t += tkSize) tagger.push(normalOf(tokens, t), tagOf(tokens, t), hintOf(tokens, t), null, -1);
    };
    tagger.clear();
    // Whether the text holds a non-breaking space, and so goes through wink's tokenizer whole.
    // Such a space is never a separator below, so it is inside a piece: the text is tested (one
    // regex scan of it, ~0.4% of extraction when made for every text) only once a piece holds a
    // character from U+00A0 up, which normalized news text seldom does. The pieces read before
    // are read again by wink's tokenizer; what they left in the tables is as any other text
    // leaves it (facts of words, which do not depend on the text; see test/text/wink-reader.test.ts).
    let tested = false;
    let nonBreaking = false;
    {
      // wink's split: runs of spaces (counted into the next token), runs of line breaks and tabs
      // (tokens of their own), and pieces between them.
      const n = text.length;
      let spaces = 0;
      for (let k = 0; k < n; ) {
        const s = k;
        const c = text.charCodeAt(k);
        if (c === 32) {
          while (k < n && text.charCodeAt(k) === 32) k++;
          spaces = k - s;
          continue;
        }
        let wide = false;
        if (isBreak(c)) while (k < n && isBreak(text.charCodeAt(k))) k++;
        else for (let d = c; k < n && d !== 32 && !isBreak(d); d = text.charCodeAt(++k)) if (d >= FIRST_NON_BREAKING) wide = true;
        if (wide && !tested) {
          tested = true;
          nonBreaking = NON_BREAKING.test(text);
          if (nonBreaking) break;
        }
        const before = spaces;
        const sp = Math.min(before, MAX_PRECEDING_SPACES);
        spaces = 0;
        const slot = known.find(text, s, k);
        if (slot >= 0) {
          append(known.lexeme(slot), sp);
          tagger.pushKnown(known, slot);
          continue;
        }
        const u = mayLeaveUnlearnt ? unlearnt.find(text, s, k) : -1;
        if (u >= 0) {
          // Met again: into the table of known words while it has room, as a learnt word that
          // lasts goes there when met again, so that a word met often is found at the first probe.
          const word = unlearnt.word(u);
          const normal = unlearnt.normal(u);
          const tag = unlearnt.tag(u);
          append(UNLISTED, sp);
          const slot = known.addOwn(word, UNLISTED, normal, tag, PROBE_TAG);
          if (slot >= 0) tagger.pushKnown(known, slot);
          else tagger.push(normal, tag, PROBE_TAG, word, -1);
          continue;
        }
        const piece = text.slice(s, k);
        const index = listedIndex(text, s, k, piece);
        if (index === undefined) {
          const cat = categoryOf(piece);
          if (splitByTokenizer(cat)) tokenize(doc, text.slice(s - before, k));
          else if (mayLeaveUnlearnt && learnt.lasting(piece)) {
            const normal = unlearntNormal(piece.toLowerCase(), piece);
            const tag = featurePos(piece, cat, lexiconForPos) || 8;
            append(UNLISTED, sp);
            tagger.push(normal, tag, PROBE_TAG, piece, -1);
            unlearnt.add(piece, UNLISTED, normal, tag, PROBE_TAG);
            continue;
          } else doc._addToken(piece, cat, sp, null);
        } else if (isContraction(index)) doc._addTokenIfInCache(piece, sp, null);
        else {
          append(index, sp);
          remember(piece, index, tokens, end - tkSize);
        }
        readOut();
      }
    }
    if (nonBreaking) {
      // Read again from the start, by wink's tokenizer.
      end = 0;
      spilled = 0;
      spill.tokens.length = 0;
      tagger.clear();
      tokenize(doc, text);
    }
    readOut();
    // `tokens` keeps its room past `end` (numbers of earlier texts), as the tagger's arrays do.
    rdd = { cache, tokens, sentences: [], markings: [], currPipe: { pos: true }, nonBreakingSpaces: spill.nonBreakingSpaces, numOfTokens: 0 };
    rdd.numOfTokens = end / tkSize;
    const { tags, normals } = tagger;
    for (const a of automata) posModel.updater(a.recognize(tags, tagger.hints, PROBE_TAG, tagger.length), cache, tags, normals);
    // The model's setter (pos-setter.js) step for step, over this text's tokens only: it reads
    // the token array's length, which is not this text's (see TaggerInput).
    for (let t = 0, k = 0; t < end; t += tkSize, k++) if (tokens[t + 2] === 0) tokens[t + 2] = tags[k] << bits4lemma;
    return {
      length: rdd.numOfTokens,
      value: (i) => tagger.words[i] ?? its.value(i, rdd),
      pos: (i) => its.pos(i, rdd),
      lemma: (i) => (tokens[i * tkSize] === UNLISTED ? unlearntLemma(i) : its.lemma(i, rdd, addons)),
      spaces: (i) => its.precedingSpaces(i, rdd),
      slot: (i) => tagger.slots[i],
      lower: (i) => tagger.lowers[i],
      classes: (i) => tagger.classes[i],
      firstName: (i) => tagger.firstNames[i],
      known,
    };
  };
}
