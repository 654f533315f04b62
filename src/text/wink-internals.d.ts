// Declarations for the parts of wink-nlp's own modules that src/text/wink-reader.ts drives (wink ships no types for them).

/** wink's raw document data: 4 numbers per token (lexeme index, preceding spaces, pos and lemma, flags). */
interface WinkRdd {
  cache: unknown;
  tokens: number[];
  sentences: unknown[];
  markings: unknown[];
  currPipe: Record<string, boolean>;
  nonBreakingSpaces: Record<number, string>;
  numOfTokens: number;
}

/** wink's writer of tokens into a document's data (dd-wrapper.js). */
interface WinkDocData {
  /** Appends the token(s) the lexicon lists for `text` as written; 0 (wink's UNK) when it lists none. */
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  /** Appends `text` as one token of `category`, adding it to the lexicon when it is not listed. */
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
}

/** wink's token categories by name (the model's `tcat.hash`). */
interface WinkCategories {
  unk: number;
  wordRP: number;
  [name: string]: number;
}

/** wink's compiled tokenizer patterns: `ltc` is its category patterns, tested in order. */
interface WinkTRex {
  ltc: Array<[RegExp, number]>;
  rtc: unknown;
  helpers: Record<string, RegExp>;
}

interface WinkAutomaton {
  importJSON(json: unknown): void;
  recognize(tokens: ArrayLike<number | string>, transformer: unknown, rawTokens: number[]): unknown;
}

interface WinkCache {
  value(index: number): string;
  /** The lexeme index of `text` as written (several for a contraction), or null when it is not listed. */
  lookup(text: string): number[] | null;
  /** The lexeme index of the normal form of lexeme `index`. */
  normal(index: number): number;
  /** The normal form of a contraction's expansion, from the token's packed preceding-spaces field. */
  nox(packed: number): number;
  /** The lexeme a misspelling maps to (itself for most). */
  mappedSpelling(index: number): number;
  /** The part of speech (tag index) the lexicon gives lexeme `index`; 0 for none. */
  posOf(index: number): number;
}

declare module 'wink-nlp/src/cache.js' {
  const Cache: (core: unknown, featureFn: unknown) => WinkCache;
  export default Cache;
}
declare module 'wink-nlp/src/dd-wrapper.js' {
  const docDataWrapper: (rdd: WinkRdd) => WinkDocData;
  export default docDataWrapper;
}
declare module 'wink-nlp/src/tokenizer.js' {
  const tokenizer: (trex: WinkTRex, categories: WinkCategories, preserve: unknown) => (doc: WinkDocData, text: string) => void;
  export default tokenizer;
}
declare module 'wink-nlp/src/compile-trex.js' {
  const compileTRex: (trex: unknown) => WinkTRex;
  export default compileTRex;
}
declare module 'wink-nlp/src/automaton.js' {
  const fsm: (cache: WinkCache, ignore?: string) => WinkAutomaton;
  export default fsm;
}
declare module 'wink-nlp/src/its.js' {
  const its: {
    value(index: number, rdd: WinkRdd): string;
    pos(index: number, rdd: WinkRdd): string;
    lemma(index: number, rdd: WinkRdd, addons: unknown): string;
    precedingSpaces(index: number, rdd: WinkRdd): string;
  };
  export default its;
}
declare module 'wink-nlp/src/constants.js' {
  const constants: { tkSize: number; bits4lemma: number; posMask: number };
  export default constants;
}
