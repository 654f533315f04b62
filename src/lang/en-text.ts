// English word lists and word shapes read by the text layer, the cue test and the quote
// classifier (data, no logic).

/** Words after which a reporting verb is a noun wink mistagged: "told a press conference". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'its', 'their', 'his', 'our', 'my', 'your']);

/** Endings of a past participle ("accused", "given", "shown", "told"): after "be", a passive. */
export const PAST_PARTICIPLE = /(ed|en|wn|ld)$/;
