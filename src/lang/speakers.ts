// English word lists for speaker resolution: organization heads, company-name words, gendered role words (data, no logic).

/** Irish and Scottish surname openers that are no first names: Ní Mhurchú, Ó Dálaigh, Nic Giolla. */
export const SURNAME_OPENERS = new Set(['ni', 'nic', 'o', 'ua', 'mac', 'mag', 'mc']);

/** Heads of descriptors naming a public body: "the department said". */
export const PUBLIC_BODY_HEADS = new Set(['department', 'ministry', 'agency', 'office', 'regulator', 'authority', 'watchdog', 'government', 'council', 'commission', 'body', 'service']);
/** Heads of descriptors that stand for the company a story is about: "the company said". */
export const COMPANY_HEADS = new Set(['company', 'firm', 'group', 'business', 'carmaker', 'manufacturer', 'maker', 'startup', 'operator', 'retailer', 'supplier', 'developer', 'cooperative', 'co-operative', 'insurer', 'lender', 'airline', 'brewer', 'producer']);
/** Last words of company names (as opposed to ministries, councils, courts). */
export const COMPANY_NAME_WORDS = new Set(['company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'co', 'holdings', 'group', 'motors', 'energy', 'pharmaceuticals', 'labs', 'laboratories', 'systems', 'technologies', 'mobility', 'cells', 'rail', 'logistics', 'foods', 'pharma', 'biotech', 'therapeutics', 'robotics', 'software', 'semiconductors', 'steel', 'mining', 'petroleum', 'chemicals', 'insurance', 'securities', 'investments', 'properties', 'construction', 'engineering', 'shipping', 'airways', 'airlines', 'telecom', 'telecoms', 'networks', 'solutions', 'industries', 'ventures', 'analytics', 'brewery', 'dairies', 'laiteries', 'farms', 'supermarkets', 'retail', 'stores', 'aerospace', 'automotive', 'electronics', 'cooperative', 'co-op', 'firm', 'consortium']);

// Gendered role words, by ending ("chairwoman", "actress", "Mrs.") or whole ("sir"); "woman" and
// "women" end in "man"/"men" but after an "o". Plain string tests: an unanchored regular
// expression tried every position of every role word.
export const FEMALE_ENDINGS = ['woman', 'women', 'ess', 'wife', 'mother', 'daughter', 'sister', 'queen', 'princess', 'girl', 'lady', 'mrs', 'ms', 'miss', 'madam', 'dame', 'aunt'];
export const MALE_WORDS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'son', 'brother', 'husband', 'uncle', 'grandfather', 'boy']);

