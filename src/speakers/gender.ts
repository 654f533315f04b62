// Gender of a person from what the text gives: a gendered role word, or the name itself.
import { firstNameGender, foldName as fold } from '../lang/names';
import { UNISEX_FIRST_NAMES } from '../lang/en';
import { FEMALE_ENDINGS, FEMININE_SURNAME_ENDING, MALE_WORDS, NAME_TITLES } from '../lang/speakers';
import type { Entity } from '../records/schema';
import { isWhitespace } from '../text/chars';

type Gender = Entity['gender'];

/** The gender a role or title word gives ("chairwoman", "actress", "Mrs.", "sir"), or 'unknown'. */
export function genderOfRole(word: string): Gender {
  return femaleRole(word) ? 'female' : maleRole(word) ? 'male' : 'unknown';
}

function femaleRole(word: string): boolean {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  for (const e of FEMALE_ENDINGS) if (w.endsWith(e)) return true;
  return false;
}

function maleRole(w: string): boolean {
  if (MALE_WORDS.has(w)) return true;
  return (w.endsWith('man') || w.endsWith('men')) && (w.length === 3 || w.charCodeAt(w.length - 4) !== 111);
}

/** The gender a person's fullest name gives (first name, naming customs), or 'unknown'. */
export function genderOfName(full: string | null, surname: string): Gender {
  // Asked of every person the text names in full: the name's words are read without regexes.
  const parts = full ? splitAtWhitespace(full) : [];
  // Vietnamese names put the family name first; the middle name Thị marks a woman, Văn a man.
  if (parts.length === 3) {
    const middle = fold(parts[1]);
    if (middle === 'thi') return 'female';
    if (middle === 'van' && isCapital(parts[1].charCodeAt(0))) return 'male';
  }
  if (parts.length >= 2) {
    const first = parts.find(mayBeFirstName) ?? parts[0];
    // A name borne by men and women alike tells nothing, and neither does the surname after it.
    if (UNISEX_FIRST_NAMES.has(fold(first))) return 'unknown';
    const g = firstNameGender(first);
    if (g !== 'unknown') return g;
  }
  // Slavic feminine surnames (Zakharova, Tymoshenko is not one; -ova/-eva/-skaya are).
  if (surname.length > 5 && FEMININE_SURNAME_ENDING.test(surname)) return 'female';
  return 'unknown';
}

/** An ASCII capital letter. */
function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A word of a name that may be its first name: no title ("Dr.", "Mrs") and no initial ("J.", "J"). */
function mayBeFirstName(word: string): boolean {
  const initial = isCapital(word.charCodeAt(0)) && (word.length === 1 || (word.length === 2 && word[1] === '.'));
  if (initial) return false;
  const lower = word.toLowerCase();
  return !NAME_TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** `s.split(/\s+/)`, without the regex. */
export function splitAtWhitespace(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isWhitespace(s.charCodeAt(i))) continue;
    out.push(s.slice(from, i));
    while (i + 1 < s.length && isWhitespace(s.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  out.push(s.slice(from));
  return out;
}
