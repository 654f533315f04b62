// A token's word classes are its lower-case form's memberships in the lists, however the token was made.
import { DEMONYMS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME, ORG_NAMES, ORG_WORDS, PARTY_LABELS, PLACES, ROLE_NOUNS } from '../../src/lang/en';
import { COLLECTIVE_HEADS, DETERMINERS, GROUP_HEADS, INDEFINITE, POSTNOMINALS, TITLE_PARTS } from '../../src/lang/en-mentions';
import { CUE_MOODS, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS } from '../../src/lang/cues';
import { NOUN_DETERMINERS, TITLE_CASE_LOWER } from '../../src/lang/en-text';
import { tokenizeWithMarks } from '../../src/text/tokenize';
import { TokenStore } from '../../src/text/token';
import { inClass, QUOTE_MARK_RUN, WordClass, wordClassesOf } from '../../src/text/word-class';

const LISTS: Array<[keyof typeof WordClass, ReadonlySet<string>]> = [
  ['DETERMINER', DETERMINERS], ['ROLE_NOUN', ROLE_NOUNS], ['GROUP_HEAD', GROUP_HEADS], ['ORG_WORD', ORG_WORDS],
  ['NOT_NAME', NOT_NAME], ['NAME_PARTICLE', NAME_PARTICLES], ['NAME_SUFFIX', NAME_SUFFIXES], ['POSTNOMINAL', POSTNOMINALS],
  ['TITLE_PART', TITLE_PARTS], ['PARTY_LABEL', PARTY_LABELS], ['DEMONYM', DEMONYMS], ['PLACE', PLACES], ['INDEFINITE', INDEFINITE],
  ['QUANTIFIER_SUBJECT', QUANTIFIER_SUBJECTS], ['COLLECTIVE_HEAD', COLLECTIVE_HEADS], ['ORG_NAME', ORG_NAMES],
  ['RELATIVE_PRONOUN', RELATIVE_PRONOUNS], ['NOUN_DETERMINER', NOUN_DETERMINERS], ['TITLE_CASE_LOWER', TITLE_CASE_LOWER],
  ['CLAUSE_END', new Set(['.', ';', '!', '?', ':'])],
];

/** The classes by plain set lookups, as the stages asked before. */
function byLookup(lower: string): number {
  let bits = 0;
  for (const [name, list] of LISTS) if (list.has(lower)) bits |= WordClass[name];
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (HONORIFICS.has(bare)) bits |= WordClass.HONORIFIC;
  if (QUOTE_MARK_RUN.test(lower)) bits |= WordClass.QUOTE_MARKS;
  if (CUE_MOODS.get(lower) === 'modal') bits |= WordClass.MODAL;
  return bits;
}

describe('word classes', () => {
  it('are one bit each', () => {
    const bits = Object.values(WordClass);
    expect(new Set(bits).size).toBe(bits.length);
    for (const b of bits) expect(b & (b - 1)).toBe(0);
  });

  it('are the lists that hold the word, for every listed word and some others', () => {
    const marks = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', "''", '"\'', '\u201d\u2019', '".', "'s", '\u2019s', '-', '...', '?!'];
    const words = new Set([...CUE_MOODS.keys(), '', '.', 'mr.', 'dr', 'Mr', 'said', 'the', 'zorblax', ...marks, ...LISTS.flatMap(([, l]) => [...l]), ...HONORIFICS]);
    for (const w of words) expect(wordClassesOf(w)).toBe(byLookup(w));
  });

  it('come with tokens read through the table of known words, with or without a store, and with unread tokens', () => {
    const text = 'Mr. Van der Berg, the Ministry of Defence spokesman, said "Dr. Smith and the officials of NATO agreed." Some Russian farmers, who the mayor said: \'\'we\'ll see\'\'; \u201cfine\u201d!';
    for (const store of [undefined, new TokenStore()]) {
      // Twice: the second reading finds the words in the reader's table.
      for (let r = 0; r < 2; r++) {
        store?.startDocument();
        const at = text.indexOf('"');
        const tokens = tokenizeWithMarks(text, [[at + 1, text.indexOf('"', at + 1)]], [], store);
        for (const t of tokens) {
          expect(t.classes).toBe(byLookup(t.lower));
          // Marks have no case: their classes are those of the token's text.
          expect(t.classes & (WordClass.CLAUSE_END | WordClass.QUOTE_MARKS)).toBe(byLookup(t.text) & (WordClass.CLAUSE_END | WordClass.QUOTE_MARKS));
          expect(inClass(t, WordClass.DETERMINER)).toBe(DETERMINERS.has(t.lower));
        }
      }
    }
  });
});
