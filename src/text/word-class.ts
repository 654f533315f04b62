// The word lists of src/lang a token's lower-case form belongs to, as bits kept with the token.
import {
  DEMONYMS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME, ORG_NAMES, ORG_WORDS, PARTY_LABELS, PLACES, ROLE_NOUNS,
} from '../lang/en';
import { COLLECTIVE_HEADS, DETERMINERS, GROUP_HEADS, INDEFINITE, POSTNOMINALS, TITLE_PARTS } from '../lang/en-mentions';
import { CUE_MOODS, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS } from '../lang/cues';
import { NOUN_DETERMINERS, TITLE_CASE_LOWER } from '../lang/en-text';

/*
 * Why: the stages test the same words against the same lists again and again (the chunker asks
 * of nearly every word whether it is a determiner, a role noun, a group head, an organization
 * word, a name particle …; the title and name scans ask again for each run they try). Each test
 * was a Set lookup by the word's lower-case string: ~6 per token over a document, the commonest
 * lines of the chunker's CPU profile. A word's memberships depend on its lower-case form alone,
 * so they are found once per distinct word (the reader's table of known words keeps them per
 * word for as long as it lives, ./known-words) and a test reads one bit of the token.
 *
 * Only lists tested per word in hot scans are here; the rest stay Set lookups.
 */

/** One bit per word list. */
export const WordClass = {
  /** DETERMINERS ("the", "his", "this" …). */
  DETERMINER: 1 << 0,
  /** ROLE_NOUNS ("spokesman", "minister" …). */
  ROLE_NOUN: 1 << 1,
  /** GROUP_HEADS ("officials", "sources" …). */
  GROUP_HEAD: 1 << 2,
  /** ORG_WORDS ("ministry", "party" …). */
  ORG_WORD: 1 << 3,
  /** NOT_NAME: capitalized words that never start a name. */
  NOT_NAME: 1 << 4,
  /** NAME_PARTICLES ("van", "de" …). */
  NAME_PARTICLE: 1 << 5,
  /** NAME_SUFFIXES ("jr", "iii" …). */
  NAME_SUFFIX: 1 << 6,
  /** POSTNOMINALS ("qc", "mp" …). */
  POSTNOMINAL: 1 << 7,
  /** HONORIFICS, with or without a full stop after ("mr", "mr."). */
  HONORIFIC: 1 << 8,
  /** TITLE_PARTS ("state", "foreign" …). */
  TITLE_PART: 1 << 9,
  /** PARTY_LABELS ("republican" …). */
  PARTY_LABEL: 1 << 10,
  /** DEMONYMS ("russian" …). */
  DEMONYM: 1 << 11,
  /** PLACES ("iceland" …). */
  PLACE: 1 << 12,
  /** INDEFINITE ("a", "another" …). */
  INDEFINITE: 1 << 13,
  /** QUANTIFIER_SUBJECTS ("some", "many" …). */
  QUANTIFIER_SUBJECT: 1 << 14,
  /** COLLECTIVE_HEADS ("farmers", "workers" …). */
  COLLECTIVE_HEAD: 1 << 15,
  /** ORG_NAMES ("kremlin", "nato" …). */
  ORG_NAME: 1 << 16,
  /** RELATIVE_PRONOUNS of lang/cues ("who", "which" …). */
  RELATIVE_PRONOUN: 1 << 17,
  /** NOUN_DETERMINERS ("a", "the", "its" …). */
  NOUN_DETERMINER: 1 << 18,
  /** TITLE_CASE_LOWER ("of", "the" …). */
  TITLE_CASE_LOWER: 1 << 19,
  /** CLAUSE_END_MARKS: a mark that ends a clause (".", ";", "!", "?", ":"). */
  CLAUSE_END: 1 << 20,
  /** A run of quotation marks only (QUOTE_MARK_RUN: '"', "''", "“" …). */
  QUOTE_MARKS: 1 << 21,
  /** A modal of CUE_MOODS ("would", "could", "'ll" …). */
  MODAL: 1 << 22,
} as const;

/** Marks that end a clause, for the speaker stages' scans (as a token's text). */
const CLAUSE_END_MARKS: ReadonlySet<string> = new Set(['.', ';', '!', '?', ':']);

/** A token that is nothing but quotation marks, straight or curly, single or double, or guillemets. */
export const QUOTE_MARK_RUN = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/;

/** The first character of a QUOTE_MARK_RUN: the pattern is tried only after it. */
const opensQuoteMarkRun = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb;

/** "mr." as "mr": honorifics are listed without their full stop. */
const withoutStop = (w: string) => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);

const LISTS: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [DETERMINERS, WordClass.DETERMINER],
  [ROLE_NOUNS, WordClass.ROLE_NOUN],
  [GROUP_HEADS, WordClass.GROUP_HEAD],
  [ORG_WORDS, WordClass.ORG_WORD],
  [NOT_NAME, WordClass.NOT_NAME],
  [NAME_PARTICLES, WordClass.NAME_PARTICLE],
  [NAME_SUFFIXES, WordClass.NAME_SUFFIX],
  [POSTNOMINALS, WordClass.POSTNOMINAL],
  [TITLE_PARTS, WordClass.TITLE_PART],
  [PARTY_LABELS, WordClass.PARTY_LABEL],
  [DEMONYMS, WordClass.DEMONYM],
  [PLACES, WordClass.PLACE],
  [INDEFINITE, WordClass.INDEFINITE],
  [QUANTIFIER_SUBJECTS, WordClass.QUANTIFIER_SUBJECT],
  [COLLECTIVE_HEADS, WordClass.COLLECTIVE_HEAD],
  [ORG_NAMES, WordClass.ORG_NAME],
  [RELATIVE_PRONOUNS, WordClass.RELATIVE_PRONOUN],
  [NOUN_DETERMINERS, WordClass.NOUN_DETERMINER],
  [TITLE_CASE_LOWER, WordClass.TITLE_CASE_LOWER],
  [CLAUSE_END_MARKS, WordClass.CLAUSE_END],
];

/**
 * Every listed word with all its classes, so that a word's classes cost one lookup (a word in no
 * list, most words, is not in it). Built once at load from the lists, which nothing changes.
 */
const CLASSES_OF: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const mark = (w: string, bit: number) => out.set(w, (out.get(w) ?? 0) | bit);
  for (const [list, bit] of LISTS) for (const w of list) mark(w, bit);
  for (const [w, mood] of CUE_MOODS) if (mood === 'modal') mark(w, WordClass.MODAL);
  // An honorific is asked without the full stop after it: "mr." and "mr" are both "mr".
  for (const h of HONORIFICS) for (const w of [h, `${h}.`]) if (HONORIFICS.has(withoutStop(w))) mark(w, WordClass.HONORIFIC);
  return out;
})();

/**
 * The word classes of a lower-case word: the bits of the lists that hold it. (A mark has no case,
 * so the mark classes of a token's lower-case form are those of its text.)
 */
export function wordClassesOf(lower: string): number {
  const bits = CLASSES_OF.get(lower) ?? 0;
  return opensQuoteMarkRun(lower.charCodeAt(0)) && QUOTE_MARK_RUN.test(lower) ? bits | WordClass.QUOTE_MARKS : bits;
}

/** Token `t`'s lower-case form is in one of the lists of `classes` (WordClass bits, or-ed). */
export const inClass = (t: { readonly classes: number }, classes: number): boolean => (t.classes & classes) !== 0;
