// First-name knowledge shared by the chunker and the resolver: our list for transliterated
// names, compromise's lexicon (generated into first-names.ts) for the rest.
import { FEMALE_NAMES, MALE_NAMES } from './en';
import { LEXICON_FEMALE_NAMES, LEXICON_MALE_NAMES } from './first-names';

export type NameGender = 'female' | 'male' | 'unknown';

let lexicon: Map<string, NameGender> | undefined;

function lexiconGender(): Map<string, NameGender> {
  if (!lexicon) {
    lexicon = new Map();
    for (const w of LEXICON_MALE_NAMES.split(' ')) lexicon.set(w, 'male');
    for (const w of LEXICON_FEMALE_NAMES.split(' ')) lexicon.set(w, 'female');
  }
  return lexicon;
}

/** Accents off, lower case: "Sofía" → "sofia". */
export function foldName(s: string): string {
  // Most words are ASCII: NFD and the mark regex are skipped for them (this runs on every
  // capitalized token the chunker meets).
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The gender a first name usually carries, or 'unknown'. */
export function firstNameGender(first: string): NameGender {
  const key = foldName(first);
  if (FEMALE_NAMES.has(key)) return 'female';
  if (MALE_NAMES.has(key)) return 'male';
  return lexiconGender().get(key) ?? 'unknown';
}

/** A word that is a known first name. */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== 'unknown';
}
