// English word lists for speaker resolution: organization heads, company-name words, gendered role words (data, no logic).

/** Irish and Scottish surname openers that are no first names: Ní Mhurchú, Ó Dálaigh, Nic Giolla. */
export const SURNAME_OPENERS = new Set(['ni', 'nic', 'o', 'ua', 'mac', 'mag', 'mc']);

/** Heads of descriptors naming a public body: "the department said". */
export const PUBLIC_BODY_HEADS = new Set(['department', 'ministry', 'agency', 'office', 'regulator', 'authority', 'watchdog', 'government', 'council', 'commission', 'body', 'service']);
/**
 * Heads of descriptors that stand for any non-governmental body named before: "The Harbour
 * Light Foundation … 'We will,' the group said", "the organization said".
 */
export const GENERIC_BODY_HEADS = new Set(['group', 'organization', 'organisation', 'nonprofit', 'charity', 'outfit']);
/** Heads of descriptors that stand for the company a story is about: "the company said". */
export const COMPANY_HEADS = new Set(['company', 'firm', 'group', 'business', 'carmaker', 'manufacturer', 'maker', 'startup', 'operator', 'retailer', 'supplier', 'developer', 'cooperative', 'co-operative', 'insurer', 'lender', 'airline', 'brewer', 'producer', 'utility', 'automaker', 'drugmaker', 'chipmaker', 'conglomerate', 'broadcaster']);
/** Last words of company names (as opposed to ministries, councils, courts): one list with ORG_WORDS' own. */
export { COMPANY_NAME_WORDS } from './en';

// Gendered role words, by ending ("chairwoman", "actress", "Mrs.") or whole ("sir"); "woman" and
// "women" end in "man"/"men" but after an "o". Plain string tests: an unanchored regular
// expression tried every position of every role word.
export const FEMALE_ENDINGS = ['woman', 'women', 'ess', 'wife', 'mother', 'daughter', 'sister', 'queen', 'princess', 'girl', 'lady', 'mrs', 'ms', 'miss', 'madam', 'dame', 'aunt'];
export const MALE_WORDS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'son', 'brother', 'husband', 'uncle', 'grandfather', 'boy']);

/** Third-person singular pronouns that may stand for a named speaker at a frame: "he said". */
export const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Possessive clitics as the tokenizer splits them off: "the mayor's", "the players'". */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);

/** Relative pronouns that stand for a person or body named just before: "Lee, who said …". */
export const SPEAKER_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** Possessive determiners, which may open a noun phrase in a subject slot: "his aides said". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that are a whole subject on their own: "I said", "One says", "others argue". */
export const LONE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'one', 'someone', 'somebody', 'others', 'another', 'both', 'many', 'some', 'several', 'each', 'most', 'all', 'none']);

/** Determiners that open a clause rather than a noun phrase: "the bill that senators said". */
export const CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'whatever', 'whichever']);

/** Words that open a relative clause: "the aide who said", "the bill that senators said". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'where']);

/** Titles a canonical name may still open with, passed over to find the first name: "Dr. Ana Ruiz". */
export const NAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);

/** Slavic feminine surname endings (Zakharova, Yevtushenkova, Dolinskaya). */
export const FEMININE_SURNAME_ENDING = /(ova|eva|yova|skaya|tskaya|ina)$/;

/** What opens an apposition before the role it gives: "(who is) a/the …". */
export const APPOSITION_OPENER = /^(who is |a |an |the )/i;

/** A relative clause closing an apposition, left out of the role: "…, who led the talks". */
export const RELATIVE_TAIL = /,? (who|which|whose|where) .*$/;

/** Words opening a clause that is itself reported content ("in what he called …", "how she put it"), not an adverbial one. */
export const CONTENT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'how', 'why', 'where', 'whether']);

/** Subordinators opening a clause that is a verb's object or a condition: "deciding whether …", "asked if …". */
export const CONTENT_SUBORDINATORS: ReadonlySet<string> = new Set(['whether', 'if', 'that']);

/** Forms of "be" that make an -ing form after them a finite verb phrase: "was telling", "is arguing". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'s", "'re", "'m", '\u2019s', '\u2019re', '\u2019m']);

/** Prepositions that tie a place or body to the person before them: "Ann Roe of Dover", "a pastor from Ava", "an analyst at Veld Capital". */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'for', 'with']);

/** Wh-words that open a clause as its object, whose own subject follows them: "what he called", "which Roe opposed". */
export const WH_OBJECT_OPENERS: ReadonlySet<string> = new Set(['what', 'which', 'whom', 'whose', 'whatever']);

/**
 * Past and present forms of the commonest reporting verbs, which the tagger may read as an
 * adjective after a surname it read as a verb ("Read said", "Hunt says"): the surname is the subject.
 */
export const SAID_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

/** Endings of a past participle ("prompted", "asked", "driven"): a verb group or a set-off phrase before a reporting verb. */
export const PARTICIPLE_ENDING = /(ed|en)$/;
/** Those endings and the present participle's ("asked", "speaking"): a phrase set off by commas that a participle opens. */
export const PARTICIPLE_OR_ING_ENDING = /(ed|en|ing)$/;


/** Prepositions joining a noun that heads a subject to the name it is about: "supporters of Roe", "lawyers for Roe", "aides to Roe". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to']);
