// Make wink-nlp's tokenizer a pure function of the text: it must not learn from earlier documents.
import type { Model } from 'wink-nlp';
import { WordFilter } from './word-filter';

/*
 * Why: wink adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer asks the
 * lexicon whether a raw token is a known word before splitting it at periods, hyphens or quote
 * marks. So once "B'x.." had been seen, "B'x..." was split differently: the tokens, sentences
 * and quotes of a document depended on the documents read before it (the fuzzer found
 * `extractQuotes(s)` returning different sentence indices on a second call).
 *
 * Fix: before each document, the words learnt during the previous one are deleted from the
 * lexicon's word -> index table, except those wink provably reads the same known or unknown
 * (`readsSameKnown`). Wink's parallel lists stay as they are (their indices must stay valid: the
 * features of an unknown word are stored at its index), so a word seen again is simply added
 * again under a new index. Those lists grow with every document; `grown()` tells the caller when
 * to build a fresh instance, which behaves exactly the same.
 */

interface Feature {
  hash: Record<string, number>;
  list: string[];
}
interface CoreModel {
  features: { lexeme: Feature; pos: Feature };
  lexicon: Uint32Array;
  packing: { size: number; layout: { isContraction: number[]; pos: number[] } };
  preserve: { prefix: Record<string, boolean>; suffix: Record<string, boolean> };
}
type Loader<T> = () => T;

/** The model's core as its JSON file holds it (the parts read here). */
interface CoreJson {
  lexicon: string;
  xpansions: string;
  pos: { hash: Record<string, number> };
  features: Record<string, { list: unknown[] } & Record<string, unknown>>;
  packing: { layout: Record<string, number[]> } & Record<string, unknown>;
}

/*
 * Cold start: the model's own core loader deep-copies its 3 MB JSON with JSON.parse(
 * JSON.stringify(...)) before decoding it, a fifth of a new process's time to its first result
 * (~55 ms of ~240 on this machine). The copy exists so that each wink instance can append to its
 * own lists; `coreFromJson` copies only what wink changes (every feature's list and index table,
 * the packing's list of extractable features) and shares the rest, which wink only reads.
 * test/text/wink-model.test.ts checks that the result equals the model's own loader's and that
 * reading text through it leaves the JSON untouched.
 */

/** Node's module cache, when running in Node (20.16+); null elsewhere (browsers, bundlers, jest). */
function nodeModuleCache(): Record<string, { exports: unknown; filename: string } | undefined> | null {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const getBuiltin = (globalThis as any).process?.getBuiltinModule;
  if (typeof getBuiltin !== 'function') return null;
  try {
    return getBuiltin('module').createRequire('/').cache;
  } catch {
    return null;
  }
}

/** The parsed core JSON that the module `base` came from, found in Node's module cache; null if not there. */
export function loadedCoreJson(base: Model): CoreJson | null {
  const cache = nodeModuleCache();
  if (!cache) return null;
  for (const m of Object.values(cache)) {
    if (m?.exports !== base) continue;
    const sep = m.filename.includes('\\') ? '\\' : '/';
    const dir = m.filename.slice(0, m.filename.lastIndexOf(sep));
    const json = cache[[dir, 'languages', 'cur', 'models', 'eng-core-web-model.json'].join(sep)]?.exports as CoreJson | undefined;
    return json && typeof json.lexicon === 'string' && json.features?.lexeme && json.packing?.layout ? json : null;
  }
  return null;
}

function uint32FromBase64(data: string): Uint32Array {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const { Buffer } = (globalThis as any).process.getBuiltinModule('buffer');
  const decoded: Uint8Array = Buffer.from(data, 'base64');
  // A fresh, aligned buffer: Buffer.from may hand out a slice of its pool at any offset.
  const bytes = new Uint8Array(decoded.length);
  bytes.set(decoded);
  return new Uint32Array(bytes.buffer);
}

function indexOfList(list: unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/** The core model wink builds an instance from, as the model's own loader makes it, without its deep copy. */
export function coreFromJson(json: CoreJson): CoreModel {
  const layout = json.packing.layout;
  const features: Record<string, Record<string, unknown> & { list: unknown[] }> = {};
  for (const f in json.features) features[f] = { ...json.features[f], list: json.features[f].list.slice() };
  for (const f in layout) if (layout[f][3] === 0) features[f].hash = indexOfList(features[f].list);
  features.lexeme.hash = indexOfList(features.lexeme.list);
  features.posClusters.list = features.posClusters.list.map((c) => new Set((c as string).split('_').map((e) => json.pos.hash[e] || 0)));
  const efList: string[] = [];
  for (const f in layout) {
    if (layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].index = features[f].list.length;
      features[f].maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.index = features.lexeme.list.length;
  return {
    ...json,
    lexicon: uint32FromBase64(json.lexicon),
    xpansions: uint32FromBase64(json.xpansions),
    features,
    packing: { ...json.packing, efList },
  } as unknown as CoreModel;
}

export interface StatelessModel {
  model: Model;
  /**
   * Call before each document, with its text as wink will read it: forgets the words learnt
   * since the last call that wink might read differently once known, the joined words kept so far
   * if `next` holds a run of full stops after a letter (see `isJoined`), or every learnt word if
   * it holds a mark no learnt word is safe beside (see `holdsDanda`).
   */
  forget(next: string): void;
  /** Unknown-word entries appended since the instance was built. */
  grown(): number;
  /**
   * Whether learnt `word` keeps its lexicon entry until `forget` next drops every learnt word
   * (see `resets`): the words `forget` never drops one by one.
   */
  lasting(word: string): boolean;
  /** How many times `forget` has dropped every learnt word so far. */
  resets(): number;
  /**
   * Whether the document last passed to `forget` holds a danda, next to which knowing any word
   * may change what wink reads (see `holdsDanda`). In any other document, a word `lasting` keeps
   * reads the same known or unknown everywhere in it.
   */
  learnsAll(): boolean;
  /**
   * How the model's own lexicon lists `word`: not at all (0), as a word (1), or as a contraction
   * wink expands into several tokens (2: "cannot", "dont"). Words learnt from documents count as
   * not listed. Call after the model is loaded (a wink instance was built from it).
   */
  listed(word: string): 0 | 1 | 2;
  /**
   * The part of speech the model's own lexicon files `word` under (as written: lexicon words are
   * lower case), 'UNK' for a word it lists without one, null for a word it does not list.
   */
  lexiconTag(word: string): string | null;
  /**
   * Whether wink keeps a hyphenated word whole for its first or last part ("ex-Soviet",
   * "co-founder", "a-fold"): the same lookup its tokenizer makes.
   */
  keepsHyphenated(first: string, last: string): boolean;
}

/*
 * Which learnt words may outlive their document. Knowing a word W changes what wink reads only
 * where its tokenizer looks W up: a raw (space-separated) token that is W; W before a closing
 * mark or after an opening one (its `processUnk`); and W as a piece, or a piece being built, in
 * its recursive splitter. Keeping W is safe when at each of those places an unknown W is read
 * as the same one token, learnt under the same category (the only part of a learnt entry that
 * reaches a tag: wink's first guess at the part of speech is made from the word and its category).
 * Each document's result then depends on its own text alone, whichever documents came before.
 * test/text/wink-model.test.ts reads each kept shape in every context of marks known and unknown.
 */

// A character the tokenizer may split at: anything but a letter or an ASCII digit. A word without
// one is never split: wink files it as a word (letters) or a number (digits) by its shape on every
// path, and names and numbers are most of the words a news article adds.
const SPLITTABLE = /[^\p{L}0-9]/u;

/** Words whose lexicon tag is kept, at most (a few kB of strings per thousand). */
const TAG_CACHE_MAX = 50_000;

/** The model's own words fed to the filter of `statelessModel` per call to `forget`, until it holds them all. */
const FILTER_FEED_PER_DOCUMENT = 1024;

/**
 * Initials: "U.S.", "J.", "F.B.I.", letters each followed by a full stop. Known or not, wink reads
 * one alone as one word ("J." by its one-letter abbreviation rule, "U.S." by its splitter's word
 * pattern), keeps it whole wherever its splitter builds it (its short-form pattern accepts it
 * before the lexicon is asked), and files it as a word by every path. A full stop after it joins
 * the closing marks, never the word, so no dot run can make it read differently.
 */
const INITIALS = /^(?:[A-Za-z]\.)+$/;

/**
 * "322,158", "3.5": digits with single full stops or commas between them. wink files such a
 * word as a number by every path (its number pattern, or the number test it makes before
 * splitting a word), and no longer word it splits is a number, so knowing one changes nothing.
 */
function isPlainNumber(w: string): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  if (!isDigit(w.charCodeAt(0)) || !isDigit(w.charCodeAt(w.length - 1))) return false;
  for (let k = 1; k < w.length - 1; k++) {
    const c = w.charCodeAt(k);
    if (isDigit(c)) continue;
    if ((c !== 44 && c !== 46) || !isDigit(w.charCodeAt(k + 1))) return false;
  }
  return true;
}

/** Whether wink reads learnt word `w` the same known or unknown (see above): it is kept across documents. */
function readsSameKnown(w: string): boolean {
  return !SPLITTABLE.test(w) || isPlainNumber(w) || INITIALS.test(w);
}

/**
 * Letters joined by hyphens or apostrophes: "ex-Soviet", "O'Malley", "rock'n'roll". Once
 * `keptWhole` (wink keeps the hyphenated ones whole for a listed first or last part, and never
 * splits at an apostrophe), wink reads one the same known or unknown, as a word, except right
 * before a run of full stops ("ex-Soviet..."): known, the run is split off whole; unknown, its
 * splitter's word pattern takes the first full stop with the word. Such words are kept only while
 * documents hold no dot run after a letter. One ending in "'s" is excluded: wink splits that
 * ending off.
 */
function isJoined(w: string): boolean {
  const parts = w.split(JOINERS);
  return parts.length > 1 && parts.every((part) => LETTERS.test(part)) && !ENDS_IN_S.test(w);
}
const JOINERS = /['\u2019-]/;
const LETTERS = /^[A-Za-z]+$/;
const ENDS_IN_S = /['\u2019]s$/i;
/** Where a joined word (which ends in a letter) could stand right before a dot run. */
const DOT_RUN_AFTER_LETTER = /[A-Za-z]\.\./;

/**
 * Whether `text` holds a danda ("।", "॥"). wink takes it as a closing mark after a known word (a
 * punctuation token) but reads it after an unknown one as part of an unknown token (category
 * unknown, another tag): next to a danda, a name in another script or "U.S." reads differently
 * once known. A text holding one starts from the model's own lexicon.
 */
function holdsDanda(text: string): boolean {
  return text.includes('\u0964') || text.includes('\u0965');
}

/** Whether wink keeps joined word `w` whole: its hyphenated parts by a listed first or last part. */
function keptWhole(w: string, prefix: Record<string, boolean>, suffix: Record<string, boolean>): boolean {
  if (!w.includes('-')) return true;
  const parts = w.split('-');
  // Plain property reads, as wink's own (see keepsHyphenated).
  return !!prefix[parts[0]] || !!suffix[parts[parts.length - 1]];
}

export function statelessModel(base: Model): StatelessModel {
  let lexeme: Feature | null = null;
  // lexiconTag's answers for the model's own words, by word: the chunker asks about the same
  // capitalized words many times, and each answer read the packed lexicon, too large for the
  // CPU caches.
  const tagOfWord = new Map<string, string | null>();
  let coreModel: CoreModel | null = null;
  let intrinsic = 0;
  // Entries before `mark` were learnt before the last call to forget; before `clean`, before the
  // last call that forgot them all.
  let mark = 0;
  let clean = 0;
  let resets = 0;
  // Whether the document last passed to `forget` holds a danda.
  let danda = false;
  // Joined words kept since the last text holding a dot run (see isJoined).
  const joined: number[] = [];
  // The model's own words (./word-filter), fed a part per document (all at once took a new process
  // 15-20 ms before its first result): `listed` and `lexiconTag` are asked about words the model
  // does not list (new names and numbers, the first time each is met), and for such a word the
  // lexicon's index, one object of 87,593 words, is probed through V8's table of internalized
  // strings (~0.5 µs a word); the filter says "not listed" of most of them at once.
  const ownWords = new WordFilter();
  let ownWordsReady = false;
  /** Whether the model's own lexicon may list `word`: false means it does not. */
  const mayList = (word: string) => !ownWordsReady || ownWords.mayHold(word, 0, word.length);
  // The CER meta-model loader re-stringifies its own cached JSON on every call (it grows until
  // JSON.stringify throws), so a second wink instance needs the first call's result.
  let cer: unknown;
  const model: Model = {
    ...base,
    core: (() => {
      const json = loadedCoreJson(base);
      const core = json ? coreFromJson(json) : (base.core as Loader<CoreModel>)();
      coreModel = core;
      lexeme = core.features.lexeme;
      intrinsic = mark = clean = lexeme.list.length;
      return core;
    }) as Model['core'],
    metaCER: (() => (cer ??= (base.metaCER as Loader<unknown>)())) as Model['metaCER'],
  };
  return {
    model,
    forget(next) {
      if (!lexeme || !coreModel) return;
      const { hash, list } = lexeme;
      const { prefix, suffix } = coreModel.preserve;
      ownWordsReady = ownWords.feed(list, FILTER_FEED_PER_DOCUMENT, intrinsic);
      // Only entries past the model's own words and only if they still point at that entry.
      // Re-learning every name in every document cost more than a third of wink's own time, and
      // re-learning initials and joined words down wink's slow path 3-5% more.
      const learnt = (i: number) => hash[list[i]] === i;
      danda = holdsDanda(next);
      if (danda) {
        for (let i = clean; i < list.length; i++) if (learnt(i)) delete hash[list[i]];
        mark = clean = list.length;
        joined.length = 0;
        resets++;
        return;
      }
      for (let i = mark; i < list.length; i++) {
        const w = list[i];
        if (!learnt(i) || readsSameKnown(w)) continue;
        if (isJoined(w) && keptWhole(w, prefix, suffix)) joined.push(i);
        else delete hash[w];
      }
      mark = list.length;
      if (DOT_RUN_AFTER_LETTER.test(next)) {
        for (const i of joined) if (learnt(i)) delete hash[list[i]];
        joined.length = 0;
      }
    },
    grown: () => (lexeme ? lexeme.list.length - intrinsic : 0),
    lasting: readsSameKnown,
    learnsAll: () => danda,
    resets: () => resets,
    listed(word) {
      if (!mayList(word)) return 0;
      const index = lexeme?.hash[word];
      if (index === undefined || index >= intrinsic || !coreModel) return 0;
      // The same bit wink's cache reads in its lookup.
      const [at, mask, shift] = coreModel.packing.layout.isContraction;
      return (coreModel.lexicon[at + index * coreModel.packing.size] & mask) >>> shift ? 2 : 1;
    },
    lexiconTag(word) {
      // The model's own words never change, so the answers are kept (bounded: cleared when full),
      // null ones too: the chunker asks about names, which the model does not list, as often.
      let tag = tagOfWord.get(word);
      if (tag !== undefined) return tag;
      if (!lexeme || !coreModel) return null;
      const index = mayList(word) ? lexeme.hash[word] : undefined;
      if (index === undefined || index >= intrinsic) tag = null;
      else {
        const [at, mask, shift] = coreModel.packing.layout.pos;
        tag = coreModel.features.pos.list[(coreModel.lexicon[at + index * coreModel.packing.size] & mask) >>> shift] ?? null;
      }
      if (tagOfWord.size >= TAG_CACHE_MAX) tagOfWord.clear();
      tagOfWord.set(word, tag);
      return tag;
    },
    keepsHyphenated(first, last) {
      // Plain property reads, as wink does (inherited names such as "constructor" count too).
      return !coreModel || !!coreModel.preserve.prefix[first] || !!coreModel.preserve.suffix[last];
    },
  };
}
