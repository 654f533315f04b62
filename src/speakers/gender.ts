// Gender of a person from what the text gives: a gendered role word, or the name itself.
import { firstNameGender, foldName as fold } from '../lang/names';
import { UNISEX_FIRST_NAMES } from '../lang/en';
import { FEMALE_ENDINGS, FEMININE_SURNAME_ENDING, MALE_WORDS, NAME_TITLES } from '../lang/speakers';
import type { Entity } from '../records/schema';

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
  const parts = full ? full.split(/\s+/) : [];
  // Vietnamese names put the family name first; the middle name Thị marks a woman, Văn a man.
  if (parts.length === 3 && fold(parts[1]) === 'thi') return 'female';
  if (parts.length === 3 && fold(parts[1]) === 'van' && /^[A-Z]/.test(parts[1])) return 'male';
  if (parts.length >= 2) {
    const first = parts.find((p) => !NAME_TITLES.has(p.toLowerCase().replace(/\.$/, '')) && !/^[A-Z]\.?$/.test(p)) ?? parts[0];
    // A name borne by men and women alike tells nothing, and neither does the surname after it.
    if (UNISEX_FIRST_NAMES.has(fold(first))) return 'unknown';
    const g = firstNameGender(first);
    if (g !== 'unknown') return g;
  }
  // Slavic feminine surnames (Zakharova, Tymoshenko is not one; -ova/-eva/-skaya are).
  if (FEMININE_SURNAME_ENDING.test(surname) && surname.length > 5) return 'female';
  return 'unknown';
}
