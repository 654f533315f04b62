// English cue data for finding quotes: classes of reporting verbs and the words around frames (data, no logic).

/**
 * Reporting verbs grouped by what they do, for the span acceptor (src/quotes/accept.ts): a class
 * carries one weight, so a rare verb is weighed like its common neighbours. The most frequent
 * verbs are classes of their own.
 */
const LEMMA_CLASSES: Record<string, string[]> = {
  say: ['say'],
  tell: ['tell'],
  add: ['add', 'elaborate'],
  // "went on", "continued": speech only beside marks; before unmarked words mostly narrative
  // ("went further", "continued his tour").
  continue: ['continue', 'go'],
  according: ['according to'],
  state: ['state', 'note', 'explain', 'report', 'announce', 'declare', 'observe', 'remark', 'comment', 'mention', 'reply', 'respond', 'answer', 'recall', 'recount', 'write', 'testify', 'attest', 'specify', 'clarify', 'relate', 'narrate', 'conclude', 'reason', 'point'],
  post: ['tweet', 'post', 'blog', 'text', 'email', 'publish', 'broadcast'],
  argue: ['argue', 'claim', 'insist', 'contend', 'maintain', 'assert', 'allege', 'counter', 'charge', 'retort', 'protest', 'object', 'affirm', 'reaffirm', 'posit', 'opine'],
  concede: ['acknowledge', 'admit', 'concede', 'confess', 'agree', 'concur'],
  deny: ['deny', 'dispute', 'reject', 'dismiss', 'refute', 'rebut', 'contest', 'disagree', 'retract'],
  warn: ['warn', 'caution', 'predict', 'forecast', 'threaten', 'speculate'],
  promise: ['promise', 'vow', 'pledge', 'guarantee', 'assure', 'reassure', 'swear'],
  direct: ['urge', 'call', 'ask', 'demand', 'order', 'instruct', 'request', 'recommend', 'propose', 'advise', 'implore', 'beg', 'plead', 'counsel', 'command'],
  // Pressure by any means, words among them: "pushed the board to sell", "encouraged her to run".
  press: ['press', 'push', 'lobby', 'encourage', 'invite', 'challenge', 'appeal', 'direct'],
  judge: ['accuse', 'blame', 'criticize', 'criticise', 'praise', 'condemn', 'thank', 'describe', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'hail', 'denounce', 'deride', 'mock', 'slam', 'blast', 'decry', 'lambaste', 'ridicule'],
  stress: ['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'reiterate', 'repeat', 'highlight', 'echo'],
  suggest: ['suggest', 'hint', 'imply', 'indicate', 'signal', 'insinuate'],
  reveal: ['reveal', 'disclose', 'confirm', 'show', 'find', 'rule', 'hold', 'decide', 'inform', 'notify', 'brief', 'remind'],
  complain: ['complain', 'lament', 'grumble', 'boast', 'brag', 'joke', 'quip', 'muse', 'sigh', 'scoff', 'gush', 'rave'],
  // Set words chanted, sung or displayed, framing marks right after the verb (UTTERANCE_VERBS).
  utter: ['chant', 'read', 'sing', 'cheer'],
};

export const ACCEPT_LEMMA_CLASSES: ReadonlyMap<string, string> = new Map(Object.entries(LEMMA_CLASSES).flatMap(([c, lemmas]) => lemmas.map((l) => [l, c] as [string, string])));

/**
 * Verbs of uttering or displaying set words (the class `utter`), which frame only the marked words
 * right after them ("the crowd chanted "Lock the gates!"", "a banner that read "Save the pier""):
 * not reporting verbs of reported speech ("he read the report" reports nothing).
 */
export const UTTERANCE_VERBS: ReadonlySet<string> = new Set(LEMMA_CLASSES.utter);

/**
 * Verb classes whose content after a named speaker is reported speech by definition (the verbs
 * ANNOTATION.md names: say, tell, warn, accuse, urge, call for, add, insist, deny, tweet,
 * announce, and their classes). Reported speech framed by the other classes (stress, promise,
 * reveal, complain, and verbs in no class) is weighed by the acceptor's threshold (accept.ts:
 * isGated): "stressed the need", "pledged $5 million", "the records show".
 */
export const STATEMENT_CLASSES = new Set(['say', 'tell', 'add', 'according', 'state', 'post', 'argue', 'concede', 'deny', 'warn', 'direct', 'judge', 'suggest', 'utter']);

/**
 * Verbs of the statement classes whose other senses are common in news: "maintained a lead",
 * "rejected the bill" (a vote), "signaled its support" (an act), "implied" by a deed, "published
 * a book". Their reported speech is weighed by the acceptor's threshold like that of the other
 * classes (accept.ts: isGated), whoever the subject.
 */
export const AMBIGUOUS_STATEMENT_VERBS: ReadonlySet<string> = new Set(['maintain', 'reject', 'signal', 'imply', 'publish']);

/** Lower-case words a title in capitals keeps lower-case: "Empire of the Fund". */
export const TITLE_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'from', 'by', 'or']);

/**
 * Verb classes that report content from a subject the chunker names no speaker in ("Many
 * voters said", "a new poll shows", "Republican senators have vowed to …", "critics have called
 * for …"): statement, promise, demand and concession verbs, weighed by the acceptor since nobody
 * is named. Others (continue, push, complain) read as narrative after such a subject.
 */
export const BARE_FRAME_CLASSES = new Set(['say', 'tell', 'state', 'argue', 'reveal', 'suggest', 'warn', 'promise', 'direct', 'concede']);

/**
 * Reporting verbs whose noun-phrase object is what was said ("praised the envoy's efforts to
 * end the strike", "proposed a tax on second homes", "denied any wrongdoing by the board").
 */
export const NP_OBJECT_VERBS = new Set([
  'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'propose', 'announce', 'declare',
  'describe', 'deny', 'reject', 'dismiss', 'dispute', 'reiterate', 'reaffirm', 'promise',
  'pledge', 'vow', 'demand', 'recommend', 'predict', 'forecast', 'confirm', 'reveal', 'disclose',
  'acknowledge', 'admit', 'blame', 'thank', 'cite', 'hail', 'deride', 'characterize',
  'characterise', 'mention', 'report', 'question', 'express', 'welcome', 'tout', 'outline',
  'slam', 'blast', 'mock', 'decry', 'lambaste', 'ridicule', 'voice', 'list', 'address',
  // "Public records show no gifts from the foundation since 2008."
  'show',
]);

/**
 * Reporting verbs whose person right after them is their object, never their subject put after
 * them: `"…," thanked Obama` is not English, so `…, thanked Obama for "…"` names who was thanked.
 */
export const NO_INVERSION_VERBS: ReadonlySet<string> = new Set(['thank', 'praise', 'criticize', 'criticise', 'accuse', 'urge', 'blame', 'attack', 'tell', 'remind', 'assure', 'advise', 'inform', 'congratulate', 'condemn', 'slam', 'blast']);

/** Reporting verbs whose noun-phrase object is the one spoken to, not what was said: "told reporters". */
export const ADDRESSEE_VERBS = new Set(['say', 'tell', 'add', 'ask', 'write', 'call']);

/**
 * Verb classes (LEMMA_CLASSES) whose noun-phrase object may be what was said: "explained the
 * reason for his vote", "stressed the state's importance", "conceded the race". A verb that takes
 * an addressee ("told", "reminded", "warned voters") or names a thing written is not among them;
 * the acceptor weighs each class's objects (accept.ts: object-cue).
 */
export const OBJECT_CONTENT_CLASSES = new Set(['say', 'state', 'argue', 'concede', 'deny', 'judge', 'stress', 'suggest', 'complain']);

/**
 * A preposition that takes the topic of a statement after one verb only: "pointed to the record",
 * "wrote of his years abroad" (after other verbs, "of" and "to" take no topic). Also after a cue
 * spent on a quotation. Not "said of the course": what follows names what a quotation was about
 * (on PolNeAR folds 1-4, 14 of 18 such topics matched no annotated quote).
 */
export const VERB_TOPIC_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['point', 'to'], ['write', 'of'], ['speak', 'of'], ['talk', 'of']]);

/** Particles between a verb and the preposition of its topic: "spoke out about", "spoke up for". */
export const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['out', 'up']);

/** Prepositions that take the topic of a statement: "spoke about the bill", "argued over the figures". */
export const TOPIC_PREPOSITIONS = new Set(['about', 'over']);

/** Punctuation that ends a reported clause before a quotation of its own: "that it had failed: "…"". */
/** Dashes as the text writes them between phrases (normalization writes long dashes as "-"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '--']);

export const MARKED_QUOTE_BREAKS = new Set([':', ';', '-', '\u2013', '\u2014', '--']);

/** Reporting verbs the tagger often reads as nouns after a plural or numeric subject: "polls show", "a third say". */
export const NOUN_TAGGED_CUES = new Set(['show', 'say', 'claim', 'note', 'find', 'suggest', 'indicate', 'report', 'argue', 'warn', 'predict', 'point', 'call', 'caution', 'insist', 'urge']);

/**
 * The particle or preposition a reporting verb tagged as a noun takes before its content, which
 * marks it as the verb: "leaders point out that …", "critics point to …", "Democrats call on him
 * to …", "unions call for a strike".
 */
export const NOUN_TAGGED_CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out', 'to'])],
  ['call', new Set(['on', 'for'])],
]);

/** Subject pronouns: one right after a verb opens its clause ("say they will"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** Relative pronouns: a clause they open after a comma hangs on the noun before it. */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'whose']);


/**
 * Verbs that report only for a subject that is no person: "the survey shows", "records show";
 * "a man shows his pass" reports nothing.
 */
export const NON_PERSON_SUBJECT_VERBS = new Set(['show']);

// Words around frames, read by src/quotes/reported.ts.

/** Possessive determiners: they open a noun phrase ("his remarks"). */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Indirect objects a cue takes before its content: "told reporters (that) …". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'reporters', 'journalists', 'lawmakers', 'parliament', 'congress']);

/** Conjunctions after a comma that end reported content: ", but …", ", while …". */
export const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/** Participles after a comma that open a new frame and end the content before them: ", saying …". */
export const TRAILING_PARTICIPLES = new Set(['saying', 'adding', 'warning', 'stating', 'insisting', 'arguing', 'noting', 'telling', 'claiming', 'stressing', 'explaining', 'acknowledging', 'accusing', 'urging', 'calling', 'according']);

/** Verbs that report content only through "that": without it they take an object and a predicate. */
export const THAT_ONLY = new Set(['find', 'hold', 'rule', 'decide']);

/** Words of comparison before "likely": "more likely to say" compares what groups said. */
export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'most', 'least', 'as', 'equally']);

/** Verbs and adjectives that put what follows them in the future or the hypothetical. */
export const PROSPECTIVE = new Set(['expect', 'plan', 'intend', 'want', 'hope', 'aim', 'likely', 'unlikely', 'due', 'scheduled', 'set', 'going', 'prepare', 'wish', 'seek']);

/** First-person words that open a sentence continuing a statement whose marks were lost. */
export const FIRST_PERSON = new Set(['i', 'we', 'our', 'my']);

/** Words between a subject and its verb that the subject scan passes over: "have also said". */
export const BETWEEN_SUBJECT_AND_VERB = new Set(['overall', 'has', 'have', 'had', 'also', 'again', 'repeatedly', 'previously', 'already', 'long', 'often', 'never', 'not', 'now', 'later', 'then', 'recently', 'publicly', 'privately', 'separately', 'still', 'both', 'all', 'would', 'will', 'could', 'did', 'do', 'does']);

/**
 * Quantifiers that stand alone as the subject of a reporting verb, for an unnamed group: "Some
 * said …", "Both have promised …", "Most of them said …".
 */
export const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'another', 'few', 'several', 'both', 'all', 'half', 'none']);

/** Pronouns a quantifier takes after "of": "most of them", "some of us", "all of those". */
export const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'you', 'those', 'these']);

/** Subject pronouns that open a clause after a setting phrase: "said in politics [it] takes time". */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * Quantifiers that are a reporting verb's whole subject when they stand right before it: "others
 * have said", "most said", "while another says". ("All" and "both" are left out: "they all said".)
 */
export const LONE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'another', 'few', 'several', 'half', 'none', 'majorities', 'minorities']);

/** Words before a number that make it a count of people: "at least 21,000", "about 40", "all five". */
export const NUMBER_MODIFIERS: ReadonlySet<string> = new Set(['least', 'at', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'all', 'only', 'just']);

/** Words a bare subject never ends with: they belong to a clause, not a noun phrase. */
export const NOT_SUBJECT_HEAD = new Set(['that', 'which', 'what', 'there', 'this', 'it', 'i', 'you', 'me', 'him', 'them', 'us']);

/**
 * Words whose noun phrase is the subject of a participle right after it: "with some polls
 * indicating …", "including an adviser to his campaign acknowledging that …".
 */
export const PARTICIPLE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['with', 'including']);

/** Words inside such a noun phrase: "30 percent of voters", "Roe and Veld", "an adviser to his campaign", "a spokesman for the party". */
export const PARTICIPLE_SUBJECT_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'to', 'for']);

/**
 * Words that may stand between a reporting verb and its subject without ending the search for it:
 * times, frequency and manner adverbs, negation and auxiliaries ("Lena Park on Tuesday also said").
 */
export const FRAME_FILLERS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'tomorrow', 'on', 'last', 'this', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'earlier', 'later', 'afterward', 'afterwards', 'recently',
  'again', 'also', 'then', 'once', 'previously', 'separately', 'publicly', 'privately',
  'repeatedly', 'reportedly', 'allegedly', 'meanwhile', 'further', 'quickly', 'firmly',
  'flatly', 'bluntly', 'angrily', 'calmly', 'simply', 'only', 'just', 'still', 'already',
  'never', 'not', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could',
  'did', 'does', 'do', 'may', 'might', 'shall', 'should', 'can', 'be', 'been', 'being',
]);

/**
 * Reporting verbs before words that make them an idiom reporting no speech: "pleaded guilty to
 * …", "pleaded not guilty", "pleads no contest".
 */
export const NON_SPEECH_IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['plead', new Set(['guilty', 'innocent', 'not', 'no'])],
  // "called attention to", "called snap elections", "called off the strike".
  ['call', new Set(['attention', 'election', 'elections', 'off'])],
]);

/** Verbs whose past participle after a noun gives the noun its name: "a group called Citizens for Roe", "a plan dubbed Harbor 2030". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'name', 'title', 'label', 'nickname', 'brand']);

/** Units of time that, with a word placing them ("later", "ago"), open a sentence as a time phrase: "Minutes later, …". */
export const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'moment']);

/** Words that place a unit of time before or after the story's moment: "Minutes later", "Two weeks earlier", "Days after the vote". */
export const TIME_RELATIONS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'after', 'before', 'afterward', 'afterwards']);

/** Words of a time phrase between a subject and its verb besides FRAME_FILLERS: "earlier in the day", "late last week", "during a visit on Sunday". */
export const TIME_PHRASE_EXTRA: ReadonlySet<string> = new Set(['in', 'the', 'day', 'days', 'early', 'late', 'ago', 'during', 'a', 'an']);

/**
 * First words of a stretch between commas that is an apposition or relative clause on the subject,
 * not a clause of its own ("X, who …, said", "X, a spokeswoman for …, said", "X, speaking on …").
 */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'a', 'an', 'the', 'himself', 'herself', 'themselves', 'its', 'his', 'her', 'their', 'now', 'then', 'also', 'in', 'at', 'speaking', 'writing', 'citing', 'referring', 'like', 'one', 'both', 'alongside', 'as', 'once', 'until', 'since', 'formerly', 'previously', 'aged']);

/** Prepositions of a phrase that describes a subject: "a spokesman for the port", "officials at the agency". */
export const SUBJECT_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'of', 'from', 'with', 'in']);

/** Prepositions of place: a lone unknown capitalized word after one is a place ("a diplomat in Lakehaven"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from']);

/** Possessive pronouns that open a noun phrase and are no subject themselves ("His counterpart, X, …"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** Conjunctions after a comma that open a new clause a participle may hang on (", but the manager left insisting …"). */
export const PARTICIPLE_CLAUSE_BREAKS: ReadonlySet<string> = new Set(['but', 'while', 'whereas']);

/**
 * Words that open a clause, so that a noun phrase right after one is that clause's subject:
 * "…, although history says", "Polls show", "because records indicate", "which an inquiry said".
 * "and" and "or" are left out: "Roe and her colleagues found" is one subject joined to a name.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'when', 'but', 'that', 'so', 'yet', 'which']);

/**
 * Subordinators that open an adverbial clause before the main clause ("When Roe spoke, Veld
 * fired back: …"): the sentence's subject comes after that clause's comma, and a frame inside
 * the clause ("While Ruiz said that the plan failed, she …") reports only up to that comma.
 * "as" is left out: an "As Roe said, …" clause frames the quotation itself.
 */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'if', 'since', 'although', 'though', 'because', 'after', 'before', 'once', 'unless', 'whereas', 'whenever']);

/** Adverbs set off by commas between a reporting verb and its "that": "stressed, however, that …". */
export const PARENTHETICAL_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'again', 'too', 'also', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless']);

/**
 * Words of time and manner between a reporting verb and a content clause without "that" ("said
 * on Monday the …", "said repeatedly the …"): skipped to find where the content starts.
 */
export const SETTING_WORDS: ReadonlySet<string> = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'afterward', 'afterwards', 'later', 'again', 'also', 'publicly', 'repeatedly', 'last', 'this', 'week', 'earlier',
]);

/**
 * Nouns of a stretch of time: a phrase they head after a preposition between a reporting verb and
 * its clause is the statement's setting ("has said for weeks he …", "said in recent days the …").
 */
export const DURATION_NOUNS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'ages', 'day', 'week', 'month', 'year', 'decade']);

/** Prepositions that open a stretch of time after a reporting verb: "for weeks", "in recent days", "over the past year". */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'over', 'during', 'throughout']);

/** Words that join a second verb to the subject of the first: "… and promised to …". */
export const VERB_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** Conjunctions that may open a sentence before a clause of its own: "But as the mayor said, …". */
export const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'still']);

/**
 * Nouns heading a source that is a document or a count, not a person: "a new poll shows", "the
 * April survey found", "county tax records show". With a verb of `RECORD_VERBS` they report what
 * comes right after the verb, a clause or a small clause ("found Ruiz leading by seven points").
 */
export const RECORD_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'data', 'record', 'records',
  'report', 'reports', 'analysis', 'analyses', 'figures', 'results', 'numbers', 'tally', 'tallies',
  'filing', 'filings', 'document', 'documents', 'review', 'audit', 'research', 'projection',
  'projections', 'census', 'count', 'statistics', 'paper', 'estimates', 'forecast', 'model',
  'models', 'index', 'investigation', 'inquiry', 'tracker', 'average', 'averages',
]);

/** Verbs a survey, record or study reports with: "polls show", "a study found", "the data suggest". */
export const RECORD_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'indicate', 'suggest', 'reveal', 'confirm']);

/** Participles after the noun of those asked, within a subject: "voters polled said", "those surveyed say". */
export const POLLED_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled', 'asked']);

/** Words for a share of those asked, heading a subject whatever wink tags them: "a third say", "the majority said". */
export const SHARE_WORDS: ReadonlySet<string> = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'half', 'majority', 'minority', 'plurality']);

/** Words that open a clause as the topic of a verb of talk: "spoke about how …", "talked about what …". */
export const TOPIC_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'why']);

/**
 * Verbs whose clause opened by a question word is what they state, not a question put: "explained
 * how the levy would be spent", "recalled what the strike was like", "revealed why she left".
 * "whether" and "if" open questions after any verb ("would not say whether …").
 */
export const WH_CONTENT_VERBS: ReadonlySet<string> = new Set(['explain', 'reveal', 'recall', 'recount', 'disclose', 'note', 'describe']);

/** Question words that open a stated clause after a verb of `WH_CONTENT_VERBS`. */
export const WH_CONTENT_OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'where', 'when', 'who']);

/** Verbs whose condition-first content is a question, not a statement: "asked if …". */
export const QUESTION_CUES: ReadonlySet<string> = new Set(['ask', 'question', 'wonder', 'inquire']);

/** Reflexive and object pronouns a verb of naming takes before its predicate: "called himself …". */
export const NAMED_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);

/** Words before the subject of a record's verb that open its clause: "while polls show", "as the data suggest". */
export const CLAUSE_OPENERS_BEFORE_RECORD: ReadonlySet<string> = new Set(['and', 'but', 'as', 'while', 'because', 'although', 'though', 'since', 'yet', 'so', 'where', 'when', 'if', 'that', 'which']);

/**
 * Openers of a condition, concession or topic that belongs to the speaker's statement when a
 * frame interrupts it before a quotation: "If the vote fails, she said, "we start again"", "As for
 * the bridge, he said, "…"". Time and setting openers ("When asked …,", "In an interview,") are the
 * reporter's and stay out. "as" counts only before "for".
 */
export const INTERRUPTED_STATEMENT_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'although', 'though', 'as']);

/**
 * Words before a reporting verb that say nobody has said it yet, or not at all: a modal ("would
 * signal", "may say"), a negation ("never mentioned", "did not say") or the infinitive marker
 * ("to tout", "to say"). The acceptor weighs each (accept.ts: cue mood).
 */
export const CUE_MOODS: ReadonlyMap<string, string> = new Map([
  ...['would', 'could', 'may', 'might', 'should', 'must', 'can', 'will', 'shall', "'d", '’d', "'ll", '’ll'].map((w) => [w, 'modal'] as [string, string]),
  ...['not', "n't", 'n’t', 'never'].map((w) => [w, 'negated'] as [string, string]),
  ['to', 'infinitive'],
]);

/**
 * Prepositions right after a reporting verb that open its complement or topic, not a setting of
 * the statement: "said to", "accused of", "called for", "spoke about", "commented on".
 */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'against', 'that', 'about', 'over', 'on', 'with']);

/**
 * Prepositions that approximate the number after them, so that a clause may open with them
 * ("said at least 20 people were hurt", "said around 40 had signed"), each with the word that
 * must follow it first ("at least", "up to"), or "" for none.
 */
export const NUMBER_APPROXIMATORS: ReadonlyMap<string, string> = new Map([
  ['about', ''], ['around', ''], ['over', ''], ['under', ''], ['roughly', ''], ['nearly', ''], ['almost', ''], ['approximately', ''],
  ['at', 'least'], ['up', 'to'],
]);

/**
 * Verbs whose "for" phrase (after an object, if any) is what was said: what is called or pressed
 * for ("called for a recount"), and the deed blamed or criticized ("blamed the board for the
 * delays"). Other verbs of the "for" frame take a time or a beneficiary there.
 */
export const FOR_CONTENT_VERBS: ReadonlySet<string> = new Set([
  'call', 'appeal', 'press', 'push', 'plead', 'lobby', 'campaign', 'advocate', 'blame', 'criticize', 'criticise', 'condemn',
]);
