// Make wink-nlp's tokenizer a pure function of the text: it must not learn from earlier documents.
import type { Model } from 'wink-nlp';

/*
 * Why: wink adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer asks the
 * lexicon whether a raw token is a known word before splitting it at periods, hyphens or quote
 * marks. So once "B'x.." had been seen, "B'x..." was split differently: the tokens, sentences
 * and quotes of a document depended on the documents read before it (the fuzzer found
 * `extractQuotes(s)` returning different sentence indices on a second call).
 *
 * Fix: before each document, the words learnt during the previous one are deleted from the
 * lexicon's word -> index table. Wink's parallel lists stay as they are (their indices must stay
 * valid: the features of an unknown word are stored at its index), so a word seen again is
 * simply added again under a new index. Those lists grow with every document; `grown()` tells
 * the caller when to build a fresh instance, which behaves exactly the same.
 */

interface Feature {
  hash: Record<string, number>;
  list: string[];
}
interface CoreModel {
  features: { lexeme: Feature };
  lexicon: Uint32Array;
  packing: { size: number; layout: { isContraction: number[] } };
  preserve: { prefix: Record<string, boolean>; suffix: Record<string, boolean> };
}
type Loader<T> = () => T;

export interface StatelessModel {
  model: Model;
  /** Forget the unknown words learnt since the last call. */
  forget(): void;
  /** Unknown-word entries appended since the instance was built. */
  grown(): number;
  /**
   * How the model's own lexicon lists `word`: not at all (0), as a word (1), or as a contraction
   * wink expands into several tokens (2: "cannot", "dont"). Words learnt from documents count as
   * not listed. Call after the model is loaded (a wink instance was built from it).
   */
  listed(word: string): 0 | 1 | 2;
  /**
   * Whether wink keeps a hyphenated word whole for its first or last part ("ex-Soviet",
   * "co-founder", "a-fold"): the same lookup its tokenizer makes.
   */
  keepsHyphenated(first: string, last: string): boolean;
}

// A character the tokenizer may split at: anything but a letter or an ASCII digit. A word of
// digits alone is read the same whether known or not (its category, number, comes from its shape),
// and numbers are a third of the words a news article adds.
const SPLITTABLE = /[^\p{L}0-9]/u;

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

export function statelessModel(base: Model): StatelessModel {
  let lexeme: Feature | null = null;
  let coreModel: CoreModel | null = null;
  let intrinsic = 0;
  let mark = 0;
  // The CER meta-model loader re-stringifies its own cached JSON on every call (it grows until
  // JSON.stringify throws), so a second wink instance needs the first call's result.
  let cer: unknown;
  const model: Model = {
    ...base,
    core: (() => {
      const core = (base.core as Loader<CoreModel>)();
      coreModel = core;
      lexeme = core.features.lexeme;
      intrinsic = mark = lexeme.list.length;
      return core;
    }) as Model['core'],
    metaCER: (() => (cer ??= (base.metaCER as Loader<unknown>)())) as Model['metaCER'],
  };
  return {
    model,
    forget() {
      if (!lexeme) return;
      const { hash, list } = lexeme;
      // Only entries past the model's own words, only if they still point at that entry, and only
      // words holding a character the tokenizer splits at: a word of letters (or digits) alone is never split,
      // so knowing it changes nothing, and re-learning every name in every document cost more
      // than a third of wink's own time.
      for (let i = mark; i < list.length; i++) if (hash[list[i]] === i && SPLITTABLE.test(list[i]) && !isPlainNumber(list[i])) delete hash[list[i]];
      mark = list.length;
    },
    grown: () => (lexeme ? lexeme.list.length - intrinsic : 0),
    listed(word) {
      const index = lexeme?.hash[word];
      if (index === undefined || index >= intrinsic || !coreModel) return 0;
      // The same bit wink's cache reads in its lookup.
      const [at, mask, shift] = coreModel.packing.layout.isContraction;
      return (coreModel.lexicon[at + index * coreModel.packing.size] & mask) >>> shift ? 2 : 1;
    },
    keepsHyphenated(first, last) {
      // Plain property reads, as wink does (inherited names such as "constructor" count too).
      return !coreModel || !!coreModel.preserve.prefix[first] || !!coreModel.preserve.suffix[last];
    },
  };
}
