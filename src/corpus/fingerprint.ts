// Fingerprints of quote text: folded words, hashed word shingles and winnowed anchors for blocking.
import { foldAccents } from '../lang/names';
import { MANGLED_APOSTROPHE, PLACE_FOLDS, SPELLING_FOLDS } from '../lang/en-corpus';

/** A quote's words as written and as compared. */
export interface MatchTokens {
  /** Folded comparison keys, one per word: case, accents, apostrophes and spelling variants removed. */
  keys: string[];
  /** The words as written, same indices as `keys`. */
  words: string[];
}

/** Words per shingle: three words are rare enough to point at one statement, short enough for partial quotes. */
export const SHINGLE = 3;
/** Winnowing window (in shingles): any shared run of WINDOW + SHINGLE - 1 words shares an anchor. */
export const WINDOW = 4;

// UTF-8 quotation marks read as cp1252 ("Russiaâ€™s"): mangled marks must not split or glue words.
const MOJIBAKE = /\u00e2\u20ac[\u2122\u02dc\u0153\u009d\u201c\u201d]?/g;
// A run of letters, digits, apostrophes and dots, so "Russia's" and "U.S." stay one word; the
// edges are trimmed afterwards (one flat class keeps the pattern free of nested quantifiers).
const WORD = /[\p{L}\p{N}'\u2019.]+/gu;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Folds words to comparison keys, caching them: a corpus repeats most of its words many times. */
export class WordFolder {
  private readonly cache = new Map<string, string>();

  fold(word: string): string {
    let key = this.cache.get(word);
    if (key !== undefined) return key;
    key = foldAccents(word)
      .toLowerCase()
      .replace(/['\u2019.]/g, '');
    key = PLACE_FOLDS[key] ?? key;
    if (key.length >= 5) for (const [re, to] of SPELLING_FOLDS) key = key.replace(re, to);
    this.cache.set(word, key);
    return key;
  }

  /** Words of a text with their folded keys. */
  tokens(text: string): MatchTokens {
    const clean = text.replace(MOJIBAKE, "'").replace(MANGLED_APOSTROPHE, "$1'$2");
    const words: string[] = [];
    const keys: string[] = [];
    for (const m of clean.matchAll(WORD)) {
      const word = m[0].replace(EDGE, '');
      if (word === '') continue;
      const key = this.fold(word);
      if (key === '') continue;
      words.push(word);
      keys.push(key);
    }
    return { keys, words };
  }
}

/** 32-bit FNV-1a of a string, finished with a murmur mix so nearby strings spread out. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of every run of SHINGLE consecutive keys, in order. */
export function shingles(keys: string[]): number[] {
  if (keys.length < SHINGLE) return [];
  const wordHash = keys.map(hashString);
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ wordHash[i + k], 0x9e3779b1) + k;
    out.push(mix(h));
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): the smallest hash of every window of WINDOW
 * shingles. Selection depends only on content, so a quote and a longer version of it pick the
 * same anchors inside the words they share, whatever was trimmed around them.
 */
export function winnow(hashes: number[], window = WINDOW): number[] {
  if (hashes.length <= window) return [...new Set(hashes)];
  const picked = new Set<number>();
  for (let i = 0; i + window <= hashes.length; i++) {
    let best = hashes[i];
    for (let k = 1; k < window; k++) if (hashes[i + k] <= best) best = hashes[i + k];
    picked.add(best);
  }
  return [...picked];
}
