// English word lists and word shapes the mention finder (src/mentions/) reads (data, no logic).

/** Words that open a noun phrase and may stand before a role or group ("the", "his", "several"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other']);

/** Determiners that leave a descriptor indefinite: "a spokesman", "several officials". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'many', 'two', 'three', 'other']);

/** Plural heads of a group of speakers: "officials", "residents", "prosecutors". */
export const GROUP_HEADS: ReadonlySet<string> = new Set(['officials', 'sources', 'aides', 'experts', 'analysts', 'residents', 'critics', 'lawmakers', 'officers', 'investigators', 'prosecutors', 'authorities', 'police', 'diplomats', 'leaders', 'ministers', 'scientists', 'researchers', 'economists', 'activists', 'protesters', 'campaigners', 'parents', 'teachers', 'workers', 'employees', 'players', 'fans', 'members', 'organisers', 'organizers', 'doctors', 'nurses', 'lawyers', 'witnesses', 'executives', 'people', 'staff', 'representatives', 'delegates', 'volunteers', 'shareholders', 'supporters', 'opponents', 'unions', 'governments', 'powers', 'allies', 'backers', 'partners']);

/** Plural heads of organizations named "X of Y": "Dairy Farmers of Canada", "Friends of the Earth". */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['farmers', 'workers', 'growers', 'producers', 'manufacturers', 'employers', 'friends', 'veterans', 'teachers', 'nurses', 'doctors', 'engineers', 'chambers', 'knights', 'sisters', 'daughters', 'sons']);

/** Nouns inside titles that are never names: "Secretary of State", "Minister of Foreign Affairs". */
export const TITLE_PARTS: ReadonlySet<string> = new Set(['state', 'foreign', 'affairs', 'defence', 'defense', 'interior', 'justice', 'finance', 'treasury', 'health', 'education', 'home', 'trade', 'energy', 'environment', 'transport', 'culture', 'labour', 'labor', 'agriculture', 'economy', 'security', 'police', 'staff', 'joint', 'chiefs', 'general', 'executive', 'financial', 'operating', 'technology', 'officer', 'federal', 'national', 'regional', 'district', 'county', 'city', 'prime', 'first', 'deputy', 'vice', 'top', 'senior',
  // Portfolios: "Minister for Local Government Ciarán Madden".
  'local', 'government', 'communities', 'housing', 'heritage', 'planning', 'enterprise', 'employment', 'social', 'protection', 'rural', 'development', 'children', 'equality', 'youth', 'media', 'tourism', 'arts', 'sport', 'research', 'innovation', 'science', 'infrastructure', 'climate', 'digital', 'public', 'expenditure', 'reform', 'work', 'pensions', 'business', 'industry', 'food', 'marine', 'fisheries', 'communications']);

/** Nouns for what someone does or is: pensioner, campaigner, meteorologist, historian, resident. */
export const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian|ant|ent)$/;

/** A US party label with an optional state, as written in parentheses after a name: "D-Ore.", "R-Texas", "I". */
export const PARTY_STATE_LABEL = /^[DRI](?:$|-[A-Z][A-Za-z.]{0,20}$)/;

/** Letters after a name that are honours or offices, not the name: "Evren Toprak KC". */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['kc', 'qc', 'mp', 'msp', 'mep', 'obe', 'mbe', 'cbe', 'frs', 'phd', 'esq']);

/** Nouns for a person by nationality, which read as names when capitalized: "the Dutchman said". */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set(['dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'spaniard', 'briton', 'dane', 'swede', 'finn', 'pole', 'turk', 'scot', 'swiss', 'norwegian', 'german', 'italian', 'american', 'australian', 'canadian', 'brazilian', 'argentine', 'kenyan', 'nigerian', 'belgian', 'portuguese', 'austrian', 'russian', 'ukrainian']);

/** Words that join the parts of a title ("Minister of Trade and Industry") but never open one. */
export const ROLE_CONNECTIVES: ReadonlySet<string> = new Set(['and', 'of', 'for', "'s", '-', 'that']);

/** Words opening a subordinate clause, whose "it" is not a speaker: "if it pushed ahead". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'when', 'whether', 'because', 'unless', 'while', 'although', 'though', 'as', 'since', 'that', 'after', 'before', 'until', 'once', 'what', 'how', 'why', 'where']);

/** Nouns for people by their ending (miner, veteran, pensioner, teenager), not documents. */
export const PERSON_ENDING = /(er|or|ist|ian|an|ant|ent|man|woman|ee|ess|eer|ster|ling|ive|ic)$/;

/** Nouns with a PERSON_ENDING that name things, not people: "paper", "monitor", "payment". */
export const NOT_PERSON_ENDING: ReadonlySet<string> = new Set(['paper', 'letter', 'order', 'number', 'chapter', 'newspaper', 'document', 'statement', 'agreement', 'announcement', 'government', 'department', 'parliament', 'report', 'plan', 'poster', 'flyer', 'banner', 'register', 'ledger', 'counter', 'center', 'centre', 'monitor', 'sensor', 'motor', 'mirror', 'sector', 'factor', 'error', 'honor', 'honour', 'rumor', 'rumour', 'humor', 'humour', 'vendor', 'corridor', 'indicator', 'transistor', 'archive', 'directive', 'initiative', 'incentive', 'objective', 'narrative', 'alternative', 'logic', 'topic', 'clinic', 'music', 'public', 'traffic', 'plastic', 'panic', 'event', 'content', 'comment', 'element', 'moment', 'payment', 'segment', 'percent', 'talent', 'incident', 'accident', 'patent', 'plant', 'grant', 'warrant', 'giant', 'tenant', 'tyrant']);

/** Lower-case adjectives that stand in a title before a name: "senior adviser", "acting director". */
export const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(['top', 'senior', 'chief', 'deputy', 'former', 'acting', 'interim', 'veteran', 'longtime', 'first', 'foreign', 'defense', 'defence', 'finance', 'interior', 'justice', 'health', 'education', 'state', 'national', 'federal', 'regional', 'local', 'executive', 'general', 'principal', 'lead', 'head', 'assistant', 'associate']);

/** Endings of a participle, which may modify a noun inside a noun phrase ("the detained reporter"). */
export const PARTICIPLE = /ed$|ing$/;

/**
 * Forms of "read" a document speaks by after a quotation ("'…,' the memo read", "'…,' read the
 * statement"); "read" is the one such verb whose past tense ends in neither -s nor -ed.
 */
export const DOCUMENT_READ_FORMS: ReadonlySet<string> = new Set(['read', 'reads']);

/**
 * The ending of a field or discipline closing a capitalized name ("Real Clear Politics", "Halden
 * Analytics", "Norvale Economics"): such a name is a body, as no surname ends so.
 */
export const FIELD_NAME_ENDING = /^[a-z]{3,}ics$/;

/**
 * Endings of nationality and regional adjectives ("Crimean", "Syrian", "Maltese", "Kurdish"): a
 * lone capitalized word so ending, between an article and a common noun, qualifies the noun.
 */
export const DEMONYM_ENDING = /^[a-z]{3,}(?:ean|ian|ese|ish)$/;
