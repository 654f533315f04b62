// Words that decide whether marked fragments are one statement, quoted speech or a name (src/quotes/marked.ts).

/**
 * Subordinating conjunctions that give a statement's own reason, concession or exception: two
 * marked fragments with one of them between ("said the plan is "dead" because the council "has no
 * money"") are one statement, the speaker's words on both sides. Conjunctions of time and contrast
 * ("while", "as", "when", "whereas") more often open the reporter's clause about someone else
 * ("… was "learning on the job," while the board "…""), and a condition ("if") the reporter's own.
 */
export const STATEMENT_CONJUNCTIONS: ReadonlySet<string> = new Set(['because', 'though', 'although', 'since', 'unless', 'cause']);

/**
 * Prepositions after which a capitalized phrase in marks names a programme, a book or a paper
 * that a sentence mentions ("said on "Harbour Weekly"", "the author of "Long Tides"", "according
 * to "The Port Ledger""), not words anyone said. "To" counts only after "according": after a verb
 * it may open the words themselves ("urged voters to "Save The Pier"").
 */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'in', 'from', 'at', 'by']);

/**
 * Nouns of voices raised, before "of" and the words they carry ("chants of "Feel The Bern"",
 * "the strains of "Home Again""): the words in marks are uttered, title-cased or not.
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set(['chant', 'call', 'cry', 'shout', 'chorus', 'strain', 'refrain', 'roar', 'yell', 'scream', 'cheer']);

/** Relative pronouns: a clause they open has a subject of its own ("an actor who promises …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/**
 * Subordinating conjunctions that do not close a marked fragment off from a reporting verb after
 * them: "that" and "as" may open the frame itself ("the "fair count" that he says …", "as she
 * put it"), "since" is as often a preposition of time ("since May").
 */
export const FRAMING_CONJUNCTIONS: ReadonlySet<string> = new Set(['that', 'as', 'since']);

/**
 * Verbs of speaking whose person, in the sentence before a paragraph of quotations, is who the
 * quotations are from even inside a subordinate clause ("…, since Roe spoke only in vague terms
 * during the interview." / "'We have to do something.'").
 */
export const SPEAKING_LEMMAS: ReadonlySet<string> = new Set(['speak', 'talk', 'say', 'tell', 'answer', 'respond', 'reply', 'explain']);

/** A phrase that hands the quotation after it to the person named at its end: "In the words of Ann Roe, "…"". */
export const WORDS_OF_PHRASE: readonly string[] = ['in', 'the', 'words', 'of'];
