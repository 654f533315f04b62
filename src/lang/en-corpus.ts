// English word lists and spelling rules corpus mode (src/corpus/) compares statements and speakers by (data, no logic).

/**
 * British/American and other spelling pairs, folded one way so both spellings compare equal.
 * Each rule is a plain suffix regex (no nested quantifiers), applied to lower-cased words of 5+ letters.
 * Over-folding ("promise" -> "promize") is harmless: the key is only ever compared with other keys.
 */
export const SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'], // organisation / organization
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'], // destabilise / destabilize
  [/ys(e|es|ed|ing)$/, 'yz$1'], // analyse / analyze
  [/our(s|ed|ing|ite|ites)?$/, 'or$1'], // labour / labor, favourite / favorite
  [/ell(ed|ing|er|ers)$/, 'el$1'], // fuelling / fueling, travelled / traveled
  [/([nt]a|ia)ll(ed|ing)$/, '$1l$2'], // signalled / signaled, dialled / dialed ("filled" stays apart from "filed")
  [/tre(s?)$/, 'ter$1'], // centre / center
  [/ogue(s?)$/, 'og$1'], // catalogue / catalog
  [/ence$/, 'ense'], // defence / defense
];

/** Transliteration variants of places, folded the way `nameKey` folds them. */
export const PLACE_FOLDS: Readonly<Record<string, string>> = {
  kyiv: 'kiev',
  kyivs: 'kievs',
};

/**
 * Words whose insertion or removal alone does not alter a statement ("troop buildup and return"
 * vs "troop buildup, return"). Negations and modals are deliberately absent: they change meaning.
 */
export const IGNORABLE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'that', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'as', 'by', 'from',
  'this', 'these', 'those', 'its', 'their', 'there', 'it', 'is', 'was', 'are', 'were', 'be', 'been',
]);

/** Words that say little about where a quote stands, left out of context comparisons. */
export const CONTEXT_STOPWORDS: ReadonlySet<string> = new Set([
  ...IGNORABLE_WORDS,
  'he', 'she', 'they', 'his', 'her', 'him', 'them', 'we', 'our', 'us', 'i', 'you', 'said', 'says',
  'say', 'told', 'would', 'will', 'has', 'have', 'had', 'not', 'but', 'or', 'if', 'who', 'which',
  'also', 'after', 'before', 'about', 'into', 'over', 'than', 'then', 's',
]);

/** Leading words that mark an extracted "role" as a clause rather than a title ("who also met Blinken"). */
export const NOT_ROLE_STARTS: ReadonlySet<string> = new Set([
  'who', 'which', 'that', 'in', 'at', 'on', 'for', 'with', 'after', 'before', 'when', 'while', 'said',
]);

/** Connectives left at the front of an extracted role ("and Russian leader"). */
export const ROLE_LEAD_TRIM: ReadonlySet<string> = new Set(['and', 'or', 'but', 'also', 'as']);

/** A surname's -off spelling of -ov and -ev ("Volkoff" / "Volkov"), for names of 5+ letters. */
export const SURNAME_SPELLING_FOLD: readonly [RegExp, string] = [/([oe])ff$/, '$1v'];

/**
 * A stray character standing in for an apostrophe before a clitic tail ("Russia?s", "don`t"),
 * left by a wrong text encoding: the letter before and the tail are kept, the stand-in becomes "'".
 */
export const MANGLED_APOSTROPHE = /(\p{L})[?`\u00b4\ufffd\u02bc\u2018\u201b](s|t|re|ve|ll|d|m)\b/gu;
