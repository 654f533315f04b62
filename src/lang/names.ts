// Names: folding letters and names for comparison (one letter table for every stage), and
// first-name knowledge shared by the chunker and the resolver (our list for transliterated
// names, compromise's lexicon, generated into first-names.ts, for the rest).
import { FEMALE_NAMES, MALE_NAMES } from './en';
import { LEXICON_FEMALE_NAMES, LEXICON_MALE_NAMES } from './first-names';

export type NameGender = 'female' | 'male' | 'unknown';

let genders: Map<string, NameGender> | undefined;

/**
 * Every first name we know with its gender, in one map: our lists override compromise's lexicon
 * and the female list the male one, as they are consulted in that order. The chunker and the
 * resolver ask about most capitalized words, and most are no first name: one lookup instead of
 * three for each.
 */
function nameGenders(): Map<string, NameGender> {
  if (!genders) {
    genders = new Map();
    for (const w of LEXICON_MALE_NAMES.split(' ')) genders.set(w, 'male');
    for (const w of LEXICON_FEMALE_NAMES.split(' ')) genders.set(w, 'female');
    for (const w of MALE_NAMES) genders.set(w, 'male');
    for (const w of FEMALE_NAMES) genders.set(w, 'female');
  }
  return genders;
}

/**
 * Letters that NFD does not decompose, with the ASCII letter each is read as, so that names keep
 * their shape for first-name lists and surname matching ("Đặng" → "Dang", "Łukasz").
 */
export const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  '\u0110': 'D', '\u0111': 'd', '\u00d0': 'D', '\u00f0': 'd', '\u00d8': 'O', '\u00f8': 'o', '\u0141': 'L', '\u0142': 'l',
  '\u0126': 'H', '\u0127': 'h', '\u0131': 'i', '\u00de': 'T', '\u00fe': 't', '\u00df': 's', '\u0166': 'T', '\u0167': 't',
};
/** The keys of `UNDECOMPOSED_LETTERS` as one character class (test/lang/names.test.ts keeps the two in step). */
export const UNDECOMPOSED = /[\u0110\u0111\u00d0\u00f0\u00d8\u00f8\u0141\u0142\u0126\u0127\u0131\u00de\u00fe\u00df\u0166\u0167]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Accents off, and the letters of `UNDECOMPOSED_LETTERS` read as ASCII: "Đặng" → "Dang". Case is kept. */
export function foldAccents(s: string): string {
  // Most words are ASCII: NFD and the regexes are skipped for them (this runs on every
  // capitalized token the chunker meets).
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_LETTERS[c]);
}

/** Accents off, lower case: "Sofía" → "sofia". */
export function foldName(s: string): string {
  return foldAccents(s).toLowerCase();
}

/**
 * Spelling variants of transliterated names, folded one way after accents and case
 * (Sergei/Sergey, Zelensky/Zelenskiy/Zelenskyy, Kyiv/Kiev).
 */
const NAME_SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(iy|yy|ii|y)\b/g, 'i'],
  [/ey\b/g, 'ei'],
  [/\bkyiv\b/g, 'kiev'],
];

/** A name's words as written: accents, case, punctuation and a leading "the" folded, spellings kept ("sandy paradis"). */
export function plainNameKey(name: string): string {
  // German "ß" is written "ss" when the letter is not at hand.
  return foldAccents(name.toLowerCase().replace(/\u00df/g, 'ss'))
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key two names compare by: `plainNameKey` with transliteration variants folded too. */
export function nameKey(name: string): string {
  let key = plainNameKey(name);
  for (const [re, to] of NAME_SPELLING_FOLDS) key = key.replace(re, to);
  return key;
}

// The answer by the word as asked, for words beyond ASCII: the chunker and the resolver ask
// about the same capitalized words many times over (each test of a run, each mention), and
// folding the word each time cost more than the lookup. Bounded: cleared when full.
const genderOfWord = new Map<string, NameGender>();
const GENDER_CACHE_MAX = 50_000;

/**
 * What `foldName` gives for an ASCII word, which needs no decomposition: the word itself when it
 * has no capital, its lower case otherwise; null for a word beyond ASCII.
 */
function asciiFolded(word: string): string | null {
  let capitals = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 0x7f) return null;
    if (c >= 65 && c <= 90) capitals = true;
  }
  return capitals ? word.toLowerCase() : word;
}

/** The gender a first name usually carries, or 'unknown'. */
export function firstNameGender(first: string): NameGender {
  // Most words asked are ASCII, folded by their lower case alone: looked up straight in the
  // names' map (~4,000 names), which stays in the CPU caches where the cache of answers (up to
  // 50,000 words) did not (its lookup was ~1.3% of a CPU profile of extraction, and ~1% again
  // for the capitalized first names of people's fullest names).
  const ascii = asciiFolded(first);
  if (ascii !== null) return nameGenders().get(ascii) ?? 'unknown';
  let gender = genderOfWord.get(first);
  if (gender === undefined) {
    gender = nameGenders().get(foldName(first)) ?? 'unknown';
    if (genderOfWord.size >= GENDER_CACHE_MAX) genderOfWord.clear();
    genderOfWord.set(first, gender);
  }
  return gender;
}

/** A word that is a known first name. */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== 'unknown';
}

/**
 * `short` is a short form of the first name `long` (both lower case): its start ("ken" of
 * "kenneth", "chris" of "christopher"), or a diminutive in -y/-ie of that start ("sandy" of
 * "sandra"), three letters or more, and not of the other gender where both are known ("eric" is
 * no short form of "erica").
 */
export function isShortFormOf(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length) return false;
  const stem = short.endsWith('ie') ? short.slice(0, -2) : short.endsWith('y') ? short.slice(0, -1) : short;
  if (!long.startsWith(short) && !(stem.length >= 3 && stem !== short && long.startsWith(stem))) return false;
  const a = firstNameGender(short);
  const b = firstNameGender(long);
  return a === 'unknown' || b === 'unknown' || a === b;
}
