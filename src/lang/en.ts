// English language data for attribution: word lists only, no logic (another language is a new file).

/**
 * Reporting verbs by lemma, with the complement each takes. A verb can take several frames.
 * - `clause`:  X said (that) CLAUSE / CLAUSE, X said
 * - `object`:  X told Y (that) CLAUSE (takes an indirect object before the clause)
 * - `to`:      X urged Y to VP
 * - `of`:      X accused Y of VERB-ing
 * - `for`:     X called for NP
 * - `against`: X warned Y against VERB-ing
 * - `as`:      X described Y as "MARKED WORDS" (frames marked quotes only: no reported content)
 * - `np`:      X expressed NP (reported content only as a noun phrase: "expressed concern about …")
 */
export type CueFrame = 'clause' | 'object' | 'to' | 'of' | 'for' | 'against' | 'as' | 'np';

const clause = [
  'say', 'add', 'insist', 'deny', 'claim', 'argue', 'charge', 'reaffirm', 'announce', 'stress',
  'acknowledge', 'tweet', 'write', 'post', 'note', 'explain', 'admit', 'concede', 'predict',
  'promise', 'vow', 'pledge', 'suggest', 'maintain', 'counter', 'reply', 'respond', 'recall',
  'complain', 'confirm', 'disclose', 'reveal', 'state', 'declare', 'assert', 'contend', 'allege',
  'affirm', 'observe', 'remark', 'comment', 'emphasize', 'emphasise', 'underline', 'underscore',
  'reiterate', 'repeat', 'report', 'testify', 'warn', 'caution', 'boast', 'joke', 'quip', 'muse',
  'shout', 'chant', 'whisper', 'yell', 'exclaim', 'proclaim', 'blog', 'text', 'email', 'hint', 'imply',
  'mention', 'signal', 'conclude', 'reason', 'recount', 'agree', 'disagree', 'protest', 'object',
  'lament', 'grumble', 'mutter', 'retort', 'snap', 'sigh', 'highlight', 'continue', 'elaborate',
  'specify', 'clarify', 'stipulate', 'guarantee', 'forecast', 'speculate', 'posit', 'propose',
  'recommend', 'demand', 'plead', 'concur', 'attest', 'swear', 'threaten', 'acknowledge',
  'indicate', 'write', 'assure', 'tell', 'inform', 'remind', 'advise', 'brief', 'notify',
  'reassure', 'convince', 'persuade', 'counsel', 'rule', 'find', 'hold', 'decide', 'order',
  'instruct', 'urge', 'insinuate', 'volunteer', 'interject', 'cry', 'scoff', 'gush', 'rave',
  'concede', 'confess', 'admonish', 'opine', 'point', 'go', 'reckon', 'surmise', 'contest',
  'dispute', 'rebut', 'refute', 'reject', 'dismiss', 'retract', 'announce', 'broadcast',
  'publish', 'proclaim', 'preach', 'lecture', 'narrate', 'relate', 'recite', 'quote', 'cite',
  'echo', 'parrot', 'stammer', 'stutter', 'murmur', 'growl', 'hiss', 'bellow', 'roar', 'chime',
  // Surveys, records and studies report too: "a new poll shows Ruiz ahead".
  'show',
  // "bragged that the deal was done".
  'brag',
];

const object = [
  'tell', 'inform', 'assure', 'remind', 'advise', 'warn', 'brief', 'notify', 'reassure',
  'caution', 'convince', 'persuade', 'promise', 'write', 'email', 'text', 'teach',
];

const to = [
  'urge', 'ask', 'press', 'encourage', 'implore', 'beg', 'instruct', 'order', 'tell', 'advise',
  'invite', 'challenge', 'exhort', 'direct', 'call', 'appeal', 'warn', 'push', 'pressure',
  'command', 'request', 'entreat', 'beseech', 'require', 'demand', 'pledge', 'promise', 'vow',
  'threaten', 'offer', 'propose', 'agree', 'refuse', 'decline',
];

const of = ['accuse', 'warn', 'suspect', 'convince', 'assure', 'remind', 'inform', 'caution'];

const forFrame = [
  'call', 'appeal', 'press', 'push', 'lobby', 'plead', 'argue', 'campaign', 'clamor',
  'clamour', 'advocate', 'blame', 'criticize', 'criticise', 'praise', 'thank', 'condemn',
];

const against = ['warn', 'caution', 'advise', 'argue', 'counsel', 'rail', 'speak'];

// Headline verbs of criticism take what they criticize as their object: "slammed the plan".
// "talked about the new timetable": a verb of talk reports its topic only (TOPIC_PREPOSITIONS).
// Verbs of voicing and listing report what they voice or go through: "voiced support for the
// levy", "listed three reasons", "addressed the shortage of nurses".
const np = ['express', 'question', 'welcome', 'tout', 'outline', 'slam', 'blast', 'mock', 'decry', 'lambaste', 'ridicule', 'talk', 'voice', 'list', 'address'];

const as = ['describe', 'remember', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'portray', 'depict', 'hail', 'denounce', 'deride'];

function table(): Map<string, Set<CueFrame>> {
  const m = new Map<string, Set<CueFrame>>();
  const put = (list: string[], f: CueFrame) => {
    for (const w of list) {
      const s = m.get(w) ?? new Set<CueFrame>();
      s.add(f);
      m.set(w, s);
    }
  };
  put(clause, 'clause');
  put(object, 'object');
  put(to, 'to');
  put(of, 'of');
  put(forFrame, 'for');
  put(against, 'against');
  put(as, 'as');
  put(np, 'np');
  return m;
}

/** lemma → frames it takes. */
export const CUE_VERBS: ReadonlyMap<string, ReadonlySet<CueFrame>> = table();

/**
 * Verbs in the lexicon that report speech only with a clause or named frame, never bare.
 * ("find", "hold", "rule" are court verbs: "the judge ruled that …"; bare "he found" is not speech.)
 * Verbs whose `to` frame is not speech ("agree to", "refuse to", "decline to") stay out of `to`
 * reporting unless a speaker is explicitly speaking; they are kept so "declined to comment" is
 * recognized and rejected.
 */
export const NON_SPEECH_TO = new Set(['agree', 'refuse', 'decline', 'offer', 'threaten', 'require']);

/** Verbs that look like reporting but state perceptions or estimates: never cues. */
export const PERCEPTION_VERBS = new Set([
  'estimate', 'fear', 'believe', 'think', 'worry', 'hope', 'expect', 'feel', 'suspect',
  'assume', 'guess', 'know', 'understand', 'see', 'hear', 'learn', 'wonder', 'doubt',
  'calculate', 'reckon',
]);

/** Nouns that introduce speech in "in a statement", "told a news conference". */
export const SPEECH_NOUNS = new Set([
  'statement', 'interview', 'conference', 'briefing', 'speech', 'post', 'tweet', 'letter',
  'release', 'address', 'message', 'email', 'call', 'remarks', 'testimony', 'filing', 'memo',
  'podcast', 'broadcast', 'video', 'op-ed', 'column', 'session', 'hearing', 'meeting', 'forum',
  'summit', 'rally', 'event', 'panel', 'debate', 'affidavit', 'submission', 'note', 'report',
]);

/** Words that start a reported question: "asked whether …" is not a statement. */
export const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Personal titles and honorifics that precede a name. */
export const HONORIFICS = new Set([
  'cllr', 'cr', 'councillor', 'councilor', 'alderman', 'alderwoman', 'mp', 'mep', 'msp', 'td', 'hon',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'fr', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sen',
  'rep', 'sens', 'reps', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'cpl', 'adm', 'maj', 'det', 'insp', 'supt',
  'judge', 'justice', 'mayor', 'president', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'bishop', 'archbishop', 'coach', 'officer', 'constable', 'inspector',
  'sergeant', 'detective', 'superintendent', 'chief', 'commissioner', 'councillor', 'councilor',
  'councilman', 'councilwoman', 'alderman', 'senator', 'representative', 'congressman',
  'congresswoman', 'governor', 'minister', 'secretary', 'ambassador', 'general', 'colonel',
  'captain', 'lieutenant', 'major', 'admiral', 'premier', 'speaker', 'sheriff', 'marshal',
  'attorney', 'prosecutor', 'counsel', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
  'cfo', 'coo', 'cto', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'vice',
  'assistant', 'associate', 'acting', 'interim', 'former', 'ex', 'senior', 'junior', 'head',
  'leader', 'analyst', 'economist', 'editor', 'correspondent', 'advocate', 'barrister',
  'solicitor', 'magistrate', 'dean', 'rector', 'provost', 'principal', 'superintendant',
  'trustee', 'founder', 'co-founder', 'owner', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'forward', 'guard', 'pitcher', 'quarterback', 'captain', 'skipper', 'manager', 'boss',
  'mp', 'mep', 'msp', 'lawmaker', 'legislator', 'diplomat', 'envoy', 'emissary', 'physicist',
  'chemist', 'biologist', 'researcher', 'scientist', 'engineer', 'nurse', 'doctor', 'surgeon',
  'physician', 'epidemiologist', 'virologist', 'historian', 'author', 'novelist', 'poet',
  'artist', 'singer', 'actor', 'actress', 'director', 'producer', 'curator', 'architect',
  'officer', 'agent', 'inspector', 'warden', 'administrator', 'commander', 'president-elect',
  'treasurer', 'comptroller', 'auditor', 'clerk', 'registrar', 'ombudsman', 'regulator',
  'strategist', 'adviser', 'advisor', 'consultant', 'lawyer', 'attorney-general', 'pastor',
]);

/** Nouns heading a role descriptor: "the top U.S. diplomat", "a senior official". */
export const ROLE_NOUNS = new Set([
  'reader', 'listener', 'viewer', 'customer', 'patient', 'shopper', 'caller', 'pupil', 'grower',
  ...HONORIFICS,
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'spokesman', 'spokeswoman',
  'spokesperson', 'representative', 'expert', 'observer', 'witness', 'resident', 'neighbor',
  'neighbour', 'worker', 'employee', 'student', 'teacher', 'parent', 'mother', 'father',
  'victim', 'survivor', 'defendant', 'plaintiff', 'juror', 'suspect', 'fan', 'player', 'rider',
  'driver', 'runner', 'swimmer', 'athlete', 'champion', 'veteran', 'rookie', 'executive',
  'investor', 'trader', 'banker', 'farmer', 'owner', 'member', 'voter', 'activist', 'organizer',
  'organiser', 'campaigner', 'protester', 'protestor', 'critic', 'supporter', 'opponent',
  'ally', 'rival', 'colleague', 'friend', 'relative', 'daughter', 'son', 'wife', 'husband',
  'brother', 'sister', 'leader', 'head', 'boss', 'negotiator', 'mediator', 'minister',
  'premier', 'president', 'chancellor', 'monarch', 'diplomat', 'envoy', 'secretary',
  'commander', 'officer', 'soldier', 'pilot', 'captain', 'coach', 'manager', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'founder', 'professor', 'scientist', 'researcher',
  'author', 'lawyer', 'attorney', 'prosecutor', 'judge', 'mayor', 'governor', 'senator',
  'lawmaker', 'legislator', 'councillor', 'councilor', 'analyst', 'economist', 'strategist',
  'doctor', 'nurse', 'spokesperson', 'commentator', 'pundit', 'insider', 'person', 'man',
  'woman', 'official', 'staffer', 'regulator', 'inspector', 'detective', 'sheriff', 'ceo',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'batsman', 'bowler', 'skipper',
  'teammate', 'opponent', 'curator', 'historian', 'archaeologist', 'ecologist', 'biologist',
  'physicist', 'chemist', 'engineer', 'epidemiologist', 'virologist', 'surgeon', 'physician',
  'landlord', 'tenant', 'shopkeeper', 'commuter', 'passenger', 'motorist', 'homeowner',
  'prosecutors', 'investigators', 'investigator', 'police', 'officers', 'authorities',
  // Politics and the press: "the nominee", "a Republican pollster", "the show's host".
  'nominee', 'candidate', 'pollster', 'host', 'anchor', 'columnist', 'challenger', 'incumbent',
  'operative', 'surrogate', 'contender', 'hopeful', 'moderator', 'reporter',
]);

/** Synonyms between role words, so "the top U.S. diplomat" finds "Secretary of State Antony Blinken". */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'ambassador', 'envoy', 'minister of foreign affairs'],
  spokesman: ['spokesperson', 'spokeswoman', 'press secretary'],
  spokeswoman: ['spokesperson', 'spokesman', 'press secretary'],
  spokesperson: ['spokesman', 'spokeswoman', 'press secretary'],
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'head'],
  president: ['leader', 'head of state'],
  coach: ['manager', 'head coach', 'trainer'],
  manager: ['coach', 'boss'],
  boss: ['manager', 'chief executive', 'ceo', 'head'],
  executive: ['ceo', 'chief executive', 'cfo', 'chief financial officer', 'chairman', 'president'],
  chief: ['ceo', 'chief executive', 'head', 'director'],
  prosecutor: ['attorney', 'district attorney', 'crown prosecutor'],
  lawyer: ['attorney', 'counsel', 'barrister', 'solicitor'],
  attorney: ['lawyer', 'counsel', 'prosecutor'],
  scientist: ['researcher', 'professor', 'physicist', 'biologist', 'chemist', 'ecologist'],
  researcher: ['scientist', 'professor', 'fellow'],
  lawmaker: ['senator', 'representative', 'congressman', 'congresswoman', 'mp', 'legislator', 'member of parliament'],
  official: ['minister', 'secretary', 'director', 'commissioner', 'spokesman', 'spokeswoman'],
  minister: ['secretary'],
  judge: ['justice', 'magistrate'],
  officer: ['constable', 'sergeant', 'detective', 'inspector'],
  mayor: ['lord mayor'],
  governor: ['gov'],
};

/**
 * Words that end the name of a business ("Tessaly Mobility", "Northgate Holdings", "Brindle &
 * Vane Rail"): organizations that are companies rather than public bodies. Part of ORG_WORDS.
 */
export const COMPANY_NAME_WORDS: ReadonlySet<string> = new Set([
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'co',
  // Abbreviations keep their full stop as one token: "Acme Corp.", "Harbor Inc.".
  'corp.', 'inc.', 'ltd.', 'co.',
  'holdings', 'group', 'motors', 'energy', 'pharmaceuticals', 'labs', 'laboratories', 'systems',
  'technologies', 'mobility', 'cells', 'rail', 'logistics', 'foods', 'pharma', 'biotech',
  'therapeutics', 'robotics', 'software', 'semiconductors', 'steel', 'mining', 'petroleum',
  'chemicals', 'insurance', 'securities', 'investments', 'properties', 'construction',
  'engineering', 'shipping', 'airways', 'airlines', 'telecom', 'telecoms', 'networks', 'solutions',
  'industries', 'ventures', 'analytics', 'brewery', 'dairies', 'laiteries', 'farms',
  'supermarkets', 'retail', 'stores', 'aerospace', 'automotive', 'electronics', 'cooperative',
  'co-op', 'firm', 'consortium',
]);

/** Words that make a capitalized phrase an organization: public bodies, institutions, clubs, media and companies. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'afc', 'rangers', 'trust', 'foundation',
  'charity', 'coalition', 'alliance', 'network', 'centre', 'center', 'clinic', 'hospital',
  'museum', 'festival', 'biennale', 'orchestra', 'theatre', 'theater', 'ministry', 'department',
  'council', 'bank', 'agency', 'commission', 'committee', 'jury', 'panel', 'university', 'college',
  'institute', 'institution', 'association', 'federation', 'union', 'party', 'court', 'tribunal',
  'board', 'office', 'authority', 'service', 'services', 'government', 'parliament', 'senate',
  'congress', 'assembly', 'house', 'cabinet', 'administration', 'police', 'army', 'navy', 'force',
  'forces', 'command', 'club', 'fc', 'team', 'partners', 'fund', 'organisation', 'organization',
  'league', 'society', 'school', 'academy', 'library', 'church', 'diocese', 'secretariat',
  'directorate', 'bureau', 'inspectorate', 'regulator', 'exchange', 'airline', 'media', 'news',
  'times', 'post', 'press', 'journal', 'gazette', 'tribune', 'herald', 'broadcasting', 'kremlin',
  'pentagon', 'whitehall', 'commons', 'lords', 'bundestag', 'duma', 'knesset', 'prosecutors',
  'prosecution', 'defence', 'defense', 'studio', 'studios', 'observatory', 'railway', 'railways',
  'transit', 'utility', 'utilities', 'watchdog', 'nhs', 'fbi', 'cia',
  // More heads of company names: "Harrow Estates", "Kelby Textiles".
  'estates', 'breweries', 'dairy', 'fisheries', 'markets', 'bakeries', 'textiles',
  // "Hollywood Chamber of Commerce", "the chamber voted".
  'chamber',
  // Associations of members: "the Harbor Guild … the guild said".
  'guild', 'syndicate', 'caucus', 'collective', 'brotherhood',
  ...COMPANY_NAME_WORDS,
]);

/** Single-word organizations and governments named by their seat. */
export const ORG_NAMES = new Set([
  'kremlin', 'pentagon', 'nato', 'eu', 'un', 'osce', 'fsb', 'imf', 'wto', 'opec', 'fifa',
  'uefa', 'ioc', 'nasa', 'fbi', 'cia', 'nsa', 'ecb', 'fed', 'nhs', 'bbc', 'afp', 'ap', 'reuters',
  'tass', 'interfax', 'ria', 'cnn', 'whitehall', 'downing', 'elysee', 'élysée', 'bundestag',
  'duma', 'knesset', 'vatican', 'hamas', 'hezbollah', 'taliban', 'interpol', 'europol', 'unesco',
  'unicef', 'oecd', 'asean', 'g7', 'g20', 'sec', 'fda', 'epa', 'cdc',
]);

/**
 * Head nouns of settlements and regions: a capitalized name ending in one is a place, never a
 * person ("Kansas City", "Orange County"). Words that are also common surnames (Park, Beach,
 * Hill) are left out.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['city', 'county', 'township', 'borough', 'province', 'parish', 'prefecture']);

/** Countries and demonyms: a country or capital as subject speaks for its government. */
export const PLACES = new Set([
  'iceland', 'ireland', 'scotland', 'wales', 'england', 'slovakia', 'slovenia', 'bulgaria', 'moldova', 'albania', 'bosnia', 'montenegro', 'macedonia', 'kosovo', 'cyprus', 'malta', 'luxembourg', 'liechtenstein', 'monaco', 'andorra', 'tajikistan', 'uzbekistan', 'turkmenistan', 'kyrgyzstan', 'mongolia', 'nepal', 'bhutan', 'bangladesh', 'myanmar', 'cambodia', 'laos', 'brunei', 'maldives', 'oman', 'yemen', 'qatar', 'bahrain', 'kuwait', 'lebanon', 'palestine', 'gaza', 'libya', 'tunisia', 'algeria', 'morocco', 'sudan', 'niger', 'mali', 'senegal', 'guinea', 'liberia', 'togo', 'benin', 'cameroon', 'gabon', 'congo', 'angola', 'zambia', 'zimbabwe', 'mozambique', 'malawi', 'tanzania', 'uganda', 'rwanda', 'burundi', 'somalia', 'eritrea', 'djibouti', 'madagascar', 'namibia', 'botswana', 'lesotho', 'eswatini', 'mauritius', 'seychelles', 'chile', 'peru', 'bolivia', 'ecuador', 'colombia', 'venezuela', 'uruguay', 'paraguay', 'guyana', 'suriname', 'cuba', 'haiti', 'jamaica', 'panama', 'honduras', 'guatemala', 'nicaragua', 'belize', 'barbados', 'dominica', 'fiji', 'samoa', 'tonga', 'vanuatu', 'zealand', 'greenland', 'scandinavia', 'europe', 'asia', 'africa', 'america', 'americas', 'arctic', 'antarctica', 'crimea', 'kharkiv', 'odesa', 'lviv', 'mariupol', 'dublin', 'edinburgh', 'cardiff', 'belfast', 'reykjavik', 'bratislava', 'ljubljana', 'chisinau', 'tirana', 'sarajevo', 'skopje', 'podgorica', 'nicosia', 'valletta', 'amsterdam', 'rotterdam', 'brussels', 'luxembourg', 'munich', 'hamburg', 'frankfurt', 'milan', 'naples', 'barcelona', 'marseille', 'lyon', 'istanbul', 'dubai', 'doha', 'riyadh', 'beirut', 'amman', 'kabul', 'islamabad', 'karachi', 'lahore', 'dhaka', 'kathmandu', 'colombo', 'bangkok', 'hanoi', 'jakarta', 'manila', 'shanghai', 'taipei', 'osaka', 'sydney', 'melbourne', 'auckland', 'wellington', 'toronto', 'montreal', 'vancouver', 'quebec', 'chicago', 'boston', 'houston', 'dallas', 'miami', 'atlanta', 'seattle', 'denver', 'phoenix', 'detroit', 'philadelphia', 'nairobi', 'lagos', 'abuja', 'accra', 'johannesburg', 'pretoria', 'dakar', 'kinshasa', 'khartoum', 'tripoli', 'tunis', 'algiers', 'rabat', 'casablanca', 'bogota', 'caracas', 'havana', 'quito', 'mexico', 'brasilia', 'montevideo',
  'russia', 'ukraine', 'china', 'india', 'japan', 'germany', 'france', 'britain', 'italy',
  'spain', 'poland', 'canada', 'mexico', 'brazil', 'argentina', 'australia', 'turkey', 'iran',
  'iraq', 'israel', 'egypt', 'syria', 'sweden', 'norway', 'finland', 'denmark', 'belarus',
  'georgia', 'armenia', 'azerbaijan', 'kazakhstan', 'latvia', 'lithuania', 'estonia', 'romania',
  'hungary', 'austria', 'switzerland', 'belgium', 'netherlands', 'portugal', 'greece', 'serbia',
  'croatia', 'kenya', 'nigeria', 'ghana', 'ethiopia', 'pakistan', 'afghanistan', 'korea',
  'taiwan', 'vietnam', 'indonesia', 'philippines', 'thailand', 'malaysia', 'singapore',
  'moscow', 'kiev', 'kyiv', 'washington', 'beijing', 'london', 'paris', 'berlin', 'brussels',
  'tokyo', 'ankara', 'tehran', 'jerusalem', 'cairo', 'warsaw', 'minsk', 'stockholm', 'riga',
  'ottawa', 'canberra', 'delhi', 'seoul', 'pyongyang', 'damascus', 'baghdad', 'rome', 'madrid',
  'lisbon', 'athens', 'vienna', 'bern', 'oslo', 'helsinki', 'copenhagen', 'tbilisi', 'yerevan',
  'baku', 'budapest', 'prague', 'bucharest', 'sofia', 'belgrade', 'zagreb', 'geneva', 'donetsk',
  'crimea', 'europe', 'asia', 'africa', 'america', 'us', 'usa', 'uk', 'u.s.', 'u.k.', 'u.s',
  'states', 'united', 'kingdom', 'union', 'west', 'east', 'nairobi', 'lagos', 'accra', 'dublin',
  'edinburgh', 'cardiff', 'belfast', 'scotland', 'wales', 'ireland', 'england', 'texas',
  'california', 'ontario', 'quebec', 'bavaria',
]);

/** Nationality adjectives that qualify roles ("Ukrainian Foreign Minister"). */
export const DEMONYMS = new Set([
  'russian', 'ukrainian', 'american', 'u.s.', 'us', 'british', 'french', 'german', 'chinese',
  'japanese', 'indian', 'italian', 'spanish', 'polish', 'canadian', 'mexican', 'brazilian',
  'turkish', 'iranian', 'israeli', 'egyptian', 'syrian', 'swedish', 'norwegian', 'finnish',
  'danish', 'belarusian', 'georgian', 'european', 'western', 'eu', 'nato', 'kremlin', 'latvian',
  'lithuanian', 'estonian', 'dutch', 'belgian', 'swiss', 'austrian', 'greek', 'irish',
  'scottish', 'welsh', 'australian', 'kenyan', 'nigerian', 'korean', 'taiwanese', 'pakistani',
]);

/** The months, which may also be surnames after a first name ("Tom August", "Theresa May"). */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalized words that are never part of a person's name. */
export const NOT_NAME = new Set([
  'several', 'many', 'some', 'most', 'few', 'both', 'all', 'others', 'another', 'each', 'every',
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with',
  'from', 'as', 'is', 'was', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'there', 'here', 'his', 'her', 'their', 'our', 'its', 'my', 'your',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'today', 'yesterday', 'tomorrow', 'tonight', 'but', 'so', 'yet',
  'also', 'then', 'now', 'when', 'while', 'after', 'before', 'if', 'though', 'although',
  'speaking', 'asked', 'according', 'meanwhile', 'however', 'still', 'despite', 'during',
  'photo', 'related', 'article', 'original', 'url', 'reuters', 'afp', 'ap', 'updated',
  'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'mr.', 'ms.', 'mrs.', 'dr.',
  'no', 'yes', 'not', 'all', 'some', 'many', 'most', 'every', 'each', 'both', 'either',
  'neither', 'one', 'two', 'three', 'what', 'who', 'why', 'how', 'where', 'which', 'do',
  'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must',
]);

/** Name particles allowed inside a person's name. */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ter', 'ten', 'zu', 'af', 'st.', 'mac', 'ap',
]);

/**
 * What opens a surname or given name written with a capital inside ("McKinley", "DeMarco",
 * "LaToya", "VanDyke"): before one of these, an inner capital is a name's, not a brand's
 * ("ProPublica", "HuffPost", "WikiLeaks").
 */
export const INNER_CAPITAL_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'mc', 'mac', 'fitz', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'ja', 'ke', 'ta', 'sha',
]);

/** Generational suffixes that end a name. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Pronouns that can stand for a speaker, with their gender and number. */
// A Map, not an object literal: looking up arbitrary words on an object finds "constructor".
export const PRONOUNS = new Map<string, { gender: 'female' | 'male' | 'unknown'; plural: boolean }>([
  ['he', { gender: 'male', plural: false }],
  ['she', { gender: 'female', plural: false }],
  ['they', { gender: 'unknown', plural: true }],
  ['it', { gender: 'unknown', plural: false }],
  ['we', { gender: 'unknown', plural: true }],
  ['i', { gender: 'unknown', plural: false }],
]);

/**
 * Naming verbs among SCARE_PRECEDERS. After a noun they name ("a film called "X"", "a group
 * dubbed "Y""); after their speaker they report what the speaker called something ("what Ruiz
 * called "a costly mistake"", "she has branded "reckless""), which is speech.
 */
export const NAMING_VERBS = new Set(['called', 'dubbed', 'nicknamed', 'termed', 'labelled', 'labeled', 'branded']);

/** Words that mark a span in quotation marks as a name, a term or a scare quote, not speech. */
export const SCARE_PRECEDERS = new Set([
  'so-called', 'dubbed', 'nicknamed', 'called', 'titled', 'entitled', 'named', 'termed',
  'labelled', 'labeled', 'branded', 'word', 'term', 'phrase', 'slogan', 'motto', 'hashtag',
  'known', 'alias', 'aka',
]);

/**
 * Nouns for works and named undertakings: marks right after one hold its title ("the film
 * "Long Tides"", "the report "Harbour 2030""). Words in marks that open in lower case there are
 * what the work says, not its name ("the report "was not good"").
 */
export const WORK_NOUNS = new Set([
  'film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'programme', 'program',
  'play', 'opera', 'exhibition', 'documentary', 'podcast', 'column', 'headline', 'poem',
  'painting', 'campaign', 'operation', 'project', 'initiative', 'single', 'track', 'episode',
  'sculpture', 'installation', 'essay', 'report',
]);


/** Party labels written before a name ("Republican Dale Kessler"): a title, never a first name. */
export const PARTY_LABELS = new Set([
  'republican', 'democrat', 'democratic', 'conservative', 'labour', 'liberal', 'libdem', 'green',
  'independent', 'socialist', 'tory', 'unionist', 'nationalist', 'centrist', 'progressive',
]);

/** News agencies whose name is left at the end of a paragraph as a credit ("... on Thursday. AFP"). */
export const WIRE_AGENCIES = ['AFP', 'Reuters', 'AP', 'TASS', 'Xinhua', 'dpa', 'DPA', 'EFE', 'ANSA', 'UPI', 'Interfax', 'Yonhap', 'Kyodo', 'PTI', 'IANS', 'AAP', 'PA', 'Bloomberg', 'Ukrinform'];

export const BOILERPLATE_PREFIXES = [
  'related article', 'related:', 'read more', 'original url', 'photo:', 'image:', 'caption:',
  'credit:', 'by ', 'source:', 'advertisement', 'share this', 'follow us', 'sign up',
  'subscribe', 'copyright', '©', 'all rights reserved', 'click here', 'see also', 'watch:',
  'listen:', 'updated:', 'published:', 'posted:', 'filed under', 'tags:',
];

/**
 * First names borne by many men and many women in English-speaking countries ("Lindsey Graham",
 * "Kelly Ayotte"): they give no gender, whatever list holds them, so that a "he" or a "she" may
 * stand for their bearer.
 */
export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set([
  'lindsey', 'lindsay', 'kelly', 'jordan', 'taylor', 'morgan', 'casey', 'jamie', 'leslie', 'robin',
  'dana', 'tracy', 'terry', 'kerry', 'shannon', 'carey', 'jean', 'andrea', 'sasha', 'alexis',
  'ashley', 'aubrey', 'avery', 'blair', 'cameron', 'drew', 'jesse', 'jessie', 'kim', 'lee',
  'lynn', 'marion', 'pat', 'quinn', 'riley', 'sam', 'sidney', 'sydney', 'skyler', 'stacey',
  'kendall', 'shelby', 'toni', 'jody', 'jodie', 'frankie', 'billie', 'bobbie', 'charlie', 'chris',
  'alex', 'laurie',
]);

/** First names by gender, for names compromise does not know (transliterations, short forms). */
export const FEMALE_NAMES = new Set([
  'maria', 'anna', 'olga', 'elena', 'yelena', 'irina', 'tatiana', 'tatyana', 'natalia',
  'natalya', 'svetlana', 'ekaterina', 'yekaterina', 'yulia', 'iryna', 'oksana', 'hanna',
  'ganna', 'valentina', 'lyudmila', 'marina', 'nadia', 'nadezhda', 'zoë', 'zoe', 'ana', 'lena',
  'amara', 'ngozi', 'chiamaka', 'aisha', 'fatima', 'leila', 'layla', 'priya', 'ananya', 'mei',
  'lan', 'thi', 'yuki', 'sakura', 'ines', 'inês', 'lucía', 'lucia', 'sofía', 'sofia', 'ingrid',
  'astrid', 'sigrid', 'freya', 'siobhan', 'niamh', 'aoife', 'saoirse', 'magdalena', 'agnieszka',
  'katarzyna', 'małgorzata', 'malgorzata', 'beatriz', 'margarida', 'renata', 'mariana',
  // Common first names that are also common words, which the lexicon therefore leaves out
  // ("Billie Jean King", "Sue Myrick").
  'jean', 'sue',
]);

export const MALE_NAMES = new Set([
  'sergei', 'sergey', 'dmitry', 'dmitri', 'dmytro', 'vladimir', 'volodymyr', 'alexander',
  'aleksandr', 'oleksandr', 'alexei', 'alexey', 'oleksiy', 'mikhail', 'mykhailo', 'nikolai',
  'mykola', 'yuri', 'yuriy', 'andrei', 'andriy', 'ivan', 'igor', 'ihor', 'boris', 'denis',
  'viktor', 'vitali', 'vitaliy', 'pavlo', 'pavel', 'petro', 'taras', 'bogdan', 'bohdan',
  'antony', 'josep', 'jens', 'olaf', 'emmanuel', 'recep', 'xi', 'li', 'wang', 'tomas', 'tomás',
  'łukasz', 'lukasz', 'piotr', 'krzysztof', 'wojciech', 'jan', 'pieter', 'joão', 'joao',
  'josé', 'jose', 'chidi', 'emeka', 'kwame', 'kofi', 'tunde', 'oluwaseun', 'hamid', 'karim',
  'omar', 'yusuf', 'arjun', 'rohan', 'hiroshi', 'kenji', 'takeshi', 'minh', 'duc', 'thanh',
  // Common English short forms of first names, which the tagger's lexicon lacks ("Senate Minority
  // Whip Dick Durbin" is a person): nicknames in general use, not the names of particular people.
  'dick', 'bob', 'bill', 'chuck', 'randy', 'mark',
  // Common English first names that are also common words, which the lexicon therefore leaves out
  // ("Jack Marino", "Frank Luntz"); and "Barack", which it lacks ("the Year Barack Obama" is Obama).
  'jack', 'frank', 'max', 'ray', 'gene', 'jay', 'lance', 'barack', 'rene', 'yves',
]);
