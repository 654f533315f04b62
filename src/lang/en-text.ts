// English word lists and word shapes read by the text layer, the cue test and the quote
// classifier (data, no logic).

/** Words after which a reporting verb is a noun wink mistagged: "told a press conference". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'its', 'their', 'his', 'our', 'my', 'your']);

/** Prepositions a gerund follows as a verb of its own clause: "by warning that …", "after insisting …". */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'without', 'when', 'since']);

/** Endings of a participle ("asked", "speaking"): one opening a sentence sets a scene ("Asked whether …, she said:"). */
export const PARTICIPLE_ENDING = /(ed|ing)$/;

/** Endings of a past participle ("accused", "given", "shown", "told"): after "be", a passive. */
export const PAST_PARTICIPLE = /(ed|en|wn|ld)$/;

/** Small words written lower-case inside a title ("Friends of the Earth"), which still reads as title case. */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at']);

/**
 * A line that is only a date ("20211202", "2021-12-02", "Dec 2, 2021", "2 December 2021"), with at
 * most a little punctuation or digits after it: not article body.
 */
export const DATE_LINE = /^\s*(\d{8}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b[^a-z]{0,20}$/i;
/** First letters of the month names in DATE_LINE: a line opening with none of them (or a digit) is no date. */
export const MONTH_INITIALS = 'jfmasond';

/** Marks of a photo caption or credit: "Photo:", "/ Getty", "(L)", a bold credit at the end. */
export const CAPTION_CREDIT = /(\bphoto\b|\bphotograph\b|\/ ?(getty|afp|reuters|ap|tass|epa)\b|\((l|r|c|left|right|center|centre)\)|\*\*[^*]{1,80}\*\*\s*$)/i;

/** Clitics written after an apostrophe that are words of their own: "Kim's", "they're", "I'll", "we've", "I'm", "he'd". */
export const CLITICS: ReadonlySet<string> = new Set(['s', 're', 'll', 've', 'm', 'd']);
/** The letter after the apostrophe of "n't", which takes the "n" before it: "do" + "n't". */
export const NEGATION_CLITIC_TAIL = 't';

/** A past-tense form ("deserved", "warned"): wink tags some of them as nouns after a noun ("the family deserved better"). */
export const PAST_TENSE_FORM = /^[a-z]{2,}[^e]ed$/;

/** A date line written out: "March 14, 2024". */
export const MONTH_DAY_YEAR = /^(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}$/i;

/**
 * Abbreviations that can end a sentence and keep their full stop there ("moved to the U.S. He
 * said …", "works for Acme Inc. She …"): letter-dot runs and company or name suffixes. Titles
 * ("Mr.", "Sen.") are left out: they always lead a name.
 */
export const SENTENCE_FINAL_ABBREVIATION = /^(?:(?:[A-Za-z]\.){2,}|Inc\.|Co\.|Corp\.|Ltd\.|Jr\.|Sr\.)$/;

/**
 * Word classes (wink tags) of a capitalized word that opens a sentence rather than continuing the
 * noun phrase of an abbreviation before it: "U.S. He", "D.C. This", "U.S. While" (but "U.S. House").
 */
export const SENTENCE_OPENING_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'SCONJ', 'CCONJ', 'ADV']);
