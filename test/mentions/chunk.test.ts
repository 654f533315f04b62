// Speaker mentions (src/mentions/chunk.ts), case by case on our own sentences: what is found, of
// which kind, with which name and role, and what must not be found.
import { chunkNamed, chunksOf, type ChunkView } from '../helpers/stages';

interface Found {
  text: string;
  /** The chunk expected, by its whole text; the fields given must match. */
  chunk: Partial<ChunkView> & { text: string };
  /** A known failure, kept in the table with the reason it is skipped. */
  skip?: string;
}

const found: Record<string, Found> = {
  'a name with its title': { text: 'Finance Minister Ilse Varga said the budget would balance.', chunk: { text: 'Finance Minister Ilse Varga', kind: 'person', name: 'Ilse Varga', role: 'Finance Minister' } },
  'a lower-case role before a name': { text: 'Kremlin spokesman Dmitry Peskov said no decision was taken.', chunk: { text: 'Kremlin spokesman Dmitry Peskov', kind: 'person', name: 'Dmitry Peskov', role: 'Kremlin spokesman' } },
  'a particle that is a first name opens the name': { text: '"The vote was rigged," said Ben Halloway.', chunk: { text: 'Ben Halloway', kind: 'person', name: 'Ben Halloway' } },
  'name particles': { text: 'Anna van der Berg said the dyke would hold.', chunk: { text: 'Anna van der Berg', kind: 'person', name: 'Anna van der Berg' } },
  'honours after a name belong to the mention, not the name': { text: 'Evren Toprak KC said the case was weak.', chunk: { text: 'Evren Toprak KC', kind: 'person', name: 'Evren Toprak' } },
  'an unlisted title before a name is left out of it': { text: 'Pensioner Alma Wrigley said the bus never came.', chunk: { text: 'Alma Wrigley', kind: 'person', name: 'Alma Wrigley' } },
  'an organization word with its complement': { text: 'The Ministry of Defence said the drill was routine.', chunk: { text: 'The Ministry of Defence', kind: 'organization', name: 'Ministry of Defence' } },
  // No surname ends in "-ics": a capitalized name closing with a field is a body, not a person.
  'a name ending in a field is an organization': { text: 'Brill Clear Politics reported that turnout fell.', chunk: { text: 'Brill Clear Politics', kind: 'organization' } },
  // Capitalized words after "the" ending in a person noun that is no title name a paper or a body.
  'a paper named with a person noun': { text: 'The ferry fares rose, according to the Harbour Listener.', chunk: { text: 'the Harbour Listener', kind: 'organization', name: 'Harbour Listener' } },
  'the same opening a sentence': { text: 'The Harbour Listener said the ferry fares rose.', chunk: { text: 'The Harbour Listener', kind: 'organization', name: 'Harbour Listener' } },
  'a union named with a collective noun and its complement after "the"': { text: 'The deal covers 90 crews, according to the Ferry Workers of Dover.', chunk: { text: 'the Ferry Workers of Dover', kind: 'organization' } },
  'capitalized titles after a possessive with no name are a role': { text: "Norland's Ambassador to France said the talks would resume.", chunk: { text: 'Ambassador', kind: 'descriptor', name: null } },
  'a title after "the" stays an office': { text: 'The Prime Minister said the ferry fares rose.', chunk: { text: 'The Prime Minister', kind: 'descriptor' } },
  'names joined by "&" are one firm': { text: 'Calder & Rowe Homes said the site was sold.', chunk: { text: 'Calder & Rowe Homes', kind: 'organization' } },
  "a country's office in lower case": { text: "Iceland's foreign ministry said the envoy was recalled.", chunk: { text: "Iceland's foreign ministry", kind: 'organization' } },
  'a capital standing for its government': { text: 'Moscow said the talks had failed.', chunk: { text: 'Moscow', kind: 'place' } },
  'a name ending in a settlement noun is a place': { text: 'Officials in Dak Minh City said the river had crested.', chunk: { text: 'Dak Minh City', kind: 'place' } },
  'a county is a place, not a person': { text: 'The mayor of Harlow County said the road would reopen.', chunk: { text: 'Harlow County', kind: 'place' } },
  'a lower-case agent noun right before a name is its role': { text: '"Turnout fell," said Democratic pollster Ines Mato.', chunk: { text: 'Democratic pollster Ines Mato', kind: 'person', name: 'Ines Mato', role: 'Democratic pollster' } },
  'a hyphenated role before a name is whole': { text: '"Turnout fell," said Democratic front-runner Ines Mato.', chunk: { text: 'front-runner Ines Mato', kind: 'person', name: 'Ines Mato', role: 'front-runner' } },
  'a common noun compounded with the role before a name': { text: '"The gifts look odd," said election lawyer Tomas Reddy.', chunk: { text: 'election lawyer Tomas Reddy', kind: 'person', name: 'Tomas Reddy', role: 'election lawyer' } },
  'a document as the subject of a reporting verb': { text: 'The board met on Monday. "Anything less than a clean break will fail," the letter says.', chunk: { text: 'the letter', kind: 'descriptor', name: null } },
  'a document before an unlisted verb closing the frame after a quotation': { text: '"Every pier must close by noon," the memo reads.', chunk: { text: 'the memo', kind: 'descriptor', name: null } },
  '"it" before an unlisted verb closing the frame after a quotation': { text: '"Every pier must close by noon," it reads.', chunk: { text: 'it', kind: 'pronoun' } },
  'a party word the document writes as a surname after a first name is that surname alone': { text: 'Mark Green runs the depot. "We are ready," said Green.', chunk: { text: 'Green', kind: 'person', name: 'Green' } },
  'a nationality word likewise': { text: 'David French wrote the piece. "It is a mistake," French said.', chunk: { text: 'French', kind: 'person', name: 'French' } },
  'a document after "according to"': { text: 'Sales fell by a third last year, according to the annual report.', chunk: { text: 'the annual report', kind: 'descriptor', name: null } },
  'a party and state label after a name belongs to the mention': { text: 'Rep. Ida Brandt (D-Ore.) said the pier would reopen.', chunk: { text: 'Rep. Ida Brandt (D-Ore.)', kind: 'person', name: 'Ida Brandt' } },
  'an unlisted title between a body and a first name and surname': { text: '"We are open," said the Harbour Board Chair Ann Roe.', chunk: { text: 'the Harbour Board Chair Ann Roe', kind: 'person', name: 'Ann Roe' } },
  // A role of politics or the press, however a party or a body modifies it, is no organization.
  'a party before a role of politics': { text: 'The Harbor Party presidential candidate said he would win.', chunk: { text: 'The Harbor Party presidential candidate', kind: 'descriptor' } },
  'a role of the press': { text: '"We asked twice," the show\'s host said.', chunk: { text: "the show's host", kind: 'descriptor' } },
  'a surname that is a month, after a first name': { text: 'Party leader Tom August said the vote would be close.', chunk: { text: 'Party leader Tom August', kind: 'person', name: 'Tom August' } },
  'an abbreviated company word with its full stop': { text: 'Harbor Fittings Corp. cut 300 jobs.', chunk: { text: 'Harbor Fittings Corp.', kind: 'organization' } },
  'a surname that is a role word, after a first name': { text: 'Ann Bishop said the bridge would close.', chunk: { text: 'Ann Bishop', kind: 'person', name: 'Ann Bishop' } },
  'a surname that is a nationality, after a first name': { text: '"The plan is sound," said Ines French of the ferry company.', chunk: { text: 'Ines French', kind: 'person', name: 'Ines French' } },
  'a lower-case role before a name whose surname is a role word': { text: 'The former state governor Ann Bishop said the vote was lost.', chunk: { text: 'The former state governor Ann Bishop', kind: 'person', name: 'Ann Bishop' } },
  'a role we do not list before a name whose surname is a role word': { text: 'The critic Anna King said the play was long.', chunk: { text: 'The critic Anna King', kind: 'person', name: 'Anna King' } },
  'a common short first name before a surname that is a role word': { text: '"It was a hard piece," said the critic Mark Singer.', chunk: { text: 'the critic Mark Singer', kind: 'person', name: 'Mark Singer' } },
  'a personal name before "and" and a titled name is a person of its own': { text: 'Ann Roe and Harbour Board Chair Tom Veld said the pier would reopen.', chunk: { text: 'Ann Roe', kind: 'person', name: 'Ann Roe' } },
  'a personal pronoun': { text: 'She said nothing more.', chunk: { text: 'She', kind: 'pronoun' } },
  '"it" right before a reporting verb': { text: 'The council met. It said the plant would close.', chunk: { text: 'It', kind: 'pronoun' } },
  'an indefinite descriptor': { text: 'A senior official said the plan was dead.', chunk: { text: 'A senior official', kind: 'descriptor', name: null } },
  '"that" before a plural opens a clause, not a phrase': { text: 'The audit found that port officials knew of the cracks.', chunk: { text: 'port officials', kind: 'group' } },
  'a reporting participle ends the phrase before a name': { text: 'She gave a speech denouncing harbour board chair Ann Roe on Monday.', chunk: { text: 'board chair Ann Roe', kind: 'person', name: 'Ann Roe' } },
  'a conjunction opening the sentence stays out of the group': { text: 'But residents said the water tasted of metal.', chunk: { text: 'residents', kind: 'group' } },
  'a sentence-initial plural is a group, not a name': { text: 'Residents said the water tasted of metal.', chunk: { text: 'Residents', kind: 'group' } },
  'party members after a quantifier are a group': { text: 'Several Democrats said the levy would fail.', chunk: { text: 'Several Democrats', kind: 'group', name: null } },
  'a nation\'s people after an adjective are a group': { text: 'In the valley, older Americans say the clinics are too far.', chunk: { text: 'older Americans', kind: 'group', name: null } },
  'the plural of a listed role heads a group': { text: 'Lawyers for the pier trust said the lease was void.', chunk: { text: 'Lawyers', kind: 'group', name: null } },
  'a nationality noun after "the"': { text: '"It was close," the Dutchman said.', chunk: { text: 'the Dutchman', kind: 'descriptor' } },
  'an age standing for a person': { text: 'The 27-year-old said she would appeal.', chunk: { text: 'The 27-year-old', kind: 'descriptor' } },
  'an epithet before a reporting verb after a quotation': { text: '"I will not go," the former miner told the hearing.', chunk: { text: 'the former miner', kind: 'descriptor' } },
  'an unlisted noun with "who" after its phrase': { text: 'A welder with 19 years at the yard, who asked not to be named, said it was unsafe.', chunk: { text: 'A welder', kind: 'descriptor' } },
  'an unlisted first name before a surname that is a role word': { text: 'On Monday, Bertil King said the dock would close.', chunk: { text: 'Bertil King', kind: 'person', name: 'Bertil King' } },
  'an unlisted first name opening a sentence before a role-word surname': { text: 'Then Oddvar Singer wrote to the council.', chunk: { text: 'Oddvar Singer', kind: 'person', name: 'Oddvar Singer' } },
  'a middle initial between a first name and a role-word surname': { text: 'Representative Ida T. Bishop said the dock would close.', chunk: { text: 'Representative Ida T. Bishop', kind: 'person', name: 'Ida T. Bishop' } },
  'a leading initial stays in the name': { text: '"The rule is weak," said K. Darren Tolliver, a lawyer for the group.', chunk: { text: 'K. Darren Tolliver', kind: 'person', name: 'K. Darren Tolliver' } },
  'a lone capital joined by a hyphen ends the name': { text: 'Vesta-Q said the number of yachts grew.', chunk: { text: 'Vesta-Q', name: 'Vesta-Q' } },
  'a prefixed role written with a hyphen is the role': { text: 'Co-moderator Ines Mato asked the last question.', chunk: { text: 'Co-moderator Ines Mato', kind: 'person', name: 'Ines Mato', role: 'Co-moderator' } },
  'a spaced dash ends the name': { text: "Ines Mato - Veld's sister and partner - said the shop would close.", chunk: { text: 'Ines Mato', kind: 'person', name: 'Ines Mato' } },
  'capitalized common words after a country name a body': { text: 'The U.S. Seismic Survey said the tremor was small.', chunk: { text: 'The U.S. Seismic Survey', kind: 'organization', name: 'U.S. Seismic Survey' } },
  'capitalized common words ending in a noun are no person': { text: 'The Weekly Lantern reported that the pier was sold.', chunk: { text: 'The Weekly Lantern', kind: 'organization' } },
  'a heading word inside the complement of an organization word': { text: 'Ana Ruiz of the Marlow Center for Public Opinion Research said turnout fell.', chunk: { text: 'the Marlow Center for Public Opinion Research', kind: 'organization' } },
  'a collective head inside a run makes a body, with its complement': { text: 'Federated Farmers United for Rural Water said the levy was unfair.', chunk: { text: 'Federated Farmers United for Rural Water', kind: 'organization' } },
  'an acronym before a colon opening its line is still a body': { text: 'The pier closed.\n\nNATO: the alliance said the drill was routine.', chunk: { text: 'NATO', kind: 'organization' } },
  'a lower-case syllable after a tight hyphen ends a name': { text: 'Envoy Park Min-jun said the pier was sold.', chunk: { text: 'Envoy Park Min-jun', kind: 'person', name: 'Park Min-jun' } },
  'a nationality after a word the first-name table lacks is no surname': { text: 'North Korean envoy Ri Song-ho said the talks were over.', chunk: { text: 'North Korean envoy Ri Song-ho', kind: 'person', name: 'Ri Song-ho' } },
  'a first name that is also a common word': { text: 'Yesterday Billie Jean Moss said the pier was sold.', chunk: { text: 'Billie Jean Moss', kind: 'person', name: 'Billie Jean Moss' } },
  '"General" written out before a common word names a company': { text: 'General Freight reported that the pier was sold.', chunk: { text: 'General Freight', kind: 'organization' } },
  '"General" before a name is a title': { text: 'General Ivo Brandt said the pier was sold.', chunk: { text: 'General Ivo Brandt', kind: 'person', name: 'Ivo Brandt' } },
  'no time phrase compounds with a courtesy title': { text: 'On Sunday morning Mr. Veld left the harbour.', chunk: { text: 'Mr. Veld', kind: 'person', name: 'Veld' } },
  'a word with a capital inside is a brand': { text: 'HarbourWatch reported that the pier was sold.', chunk: { text: 'HarbourWatch', kind: 'organization' } },
  'a surname with a capital inside after its prefix is a name': { text: 'Ana McKeown said the pier was sold.', chunk: { text: 'Ana McKeown', kind: 'person' } },
  'a chamber of commerce is an organization': { text: 'The Ashby Chamber of Commerce said the shops would stay.', chunk: { text: 'The Ashby Chamber of Commerce', kind: 'organization', name: 'Ashby Chamber of Commerce' } },
  'a person named by a common first name and a common-noun surname stays a person': { text: 'Filmmaker Jack Baker said the film was done.', chunk: { kind: 'person', text: 'Jack Baker', name: 'Jack Baker' } },
  'a verb in a title-case headline ends the name': { text: 'Ana Roe Says The Pier Will Close Soon.\nAna Roe, the harbour master, spoke on Monday.', chunk: { text: 'Ana Roe', kind: 'person', name: 'Ana Roe' } },
  'a name whose surname is a common word, in a sentence that ends in an abbreviation': { text: 'Sen. Tom Blunt (R-Mo.) said the pier would close.', chunk: { text: 'Sen. Tom Blunt (R-Mo.)', kind: 'person', name: 'Tom Blunt' } },
  'a law named by common words, its last read as a verb': { text: 'The Port Safety Act passed on Monday, Ana Roe said.', chunk: { text: 'The Port Safety Act', kind: 'organization' } },
  'a participle before a noun in a body\'s name': { text: 'On Monday, Planned Seasons said the clinic would close.', chunk: { text: 'Planned Seasons', kind: 'organization' } },
  'two nouns may be a first name the lists lack and a surname': { text: 'Tiger Banks said the race was over.', chunk: { text: 'Tiger Banks', kind: 'person', name: 'Tiger Banks' } },
  'two bodies joined by "and" are two': { text: 'Harbour Times and Kestrel News said the debate would go on.', chunk: { text: 'Harbour Times', kind: 'organization' } },
  'a capitalized noun before a first name and a surname is left out of the name': { text: 'Ana Roe named the Sailor of the Year Barack Tembo on Monday.', chunk: { kind: 'person', text: 'Barack Tembo', name: 'Barack Tembo' } },
  'a title after an article stays a role': { text: 'The Majority Leader said the vote would wait.', chunk: { text: 'The Majority Leader', kind: 'descriptor' } },
  'a place we do not list, after "at"': {
    text: 'A welder with 19 years at Kestrel Quay said the yard was unsafe.',
    chunk: { text: 'Kestrel Quay', kind: 'place' },
    skip: 'read as a person; the subject finder passes over it (quotes/frames.ts headOfPrepositionalPhrase)',
  },
};

const absent: Record<string, { text: string; not: string }> = {
  'a month before a day after a first name is no surname': { text: 'Harbour staff met Ann Roe and Rosa March 3 at the pier.', not: 'Rosa March' },
  'nothing is found inside a quotation': { text: '"Ana Ruiz is wrong," he said.', not: 'Ana Ruiz' },
  '"it" in a subordinate clause is no speaker': { text: 'Officials feared that if it pushed ahead, jobs would go.', not: 'it' },
  'party members after "the" may stand for the party, no group': { text: 'The Republicans said the levy would fail.', not: 'The Republicans' },
  '"it" before a verb that reports nothing': { text: 'The plant is old. It closed in May.', not: 'It' },
  '"it" after a quotation before a verb with an object': { text: '"The plant is old," it closed the gate.', not: 'it' },
  'a nationality adjective by its ending, between an article and a noun': { text: 'Officials said the Varnian coast was closed to ferries.', not: 'Varnian' },
  'an adjective of the lexicon between an article and a noun': { text: 'The ferry left for a Chilean port on Monday.', not: 'Chilean' },
  'an adjective of the lexicon before a noun, with no article': { text: 'The mayor met Jewish leaders and Southern farmers on Monday.', not: 'Jewish' },
  'a contraction is no name': { text: "I'm told the pier is closed, Ann Roe said.", not: "I'm" },
  'one word in capitals before a colon opening its line is a label': { text: 'The pier closed.\n\nUPDATE: The ferry company said it would sail again.', not: 'UPDATE' },
  'one word in capitals standing alone as its line is a label': { text: 'Ferry firm cuts routes.\n\nABSTRACT.\n\nThe company said on Monday it would cut routes.', not: 'ABSTRACT' },
  'a label written in capitals names nothing': { text: 'FULL TRANSCRIPT: Ann Roe on the harbour plan.', not: 'FULL TRANSCRIPT' },
  'a verb after a name in a title-case headline': { text: 'Ana Roe Says The Pier Will Close Soon.\nAna Roe, the harbour master, spoke on Monday.', not: 'Ana Roe Says' },
  'common words before a name in a title-case headline': { text: 'Federal Judge Just Gave Ana Roe Some Bad News.\nThe judge ruled against Ana Roe on Monday.', not: 'Just Gave Ana Roe' },
  'a participle opening a sentence is no name': { text: 'Speaking in Lisbon, the mayor said the port would grow.', not: 'Speaking' },
  'a participle the tagger reads as a proper noun, opening a sentence before a preposition': { text: 'Hurrying into the office, Senator Ann Roe waved to the pilots.', not: 'Hurrying' },
};

const notNames: Record<string, { text: string; word: string; skip?: string }> = {
  'a sentence-initial common noun before a lower-case word': {
    text: 'Fishermen say the quota is too low.',
    word: 'Fishermen',
    skip: 'wink tags the sentence-initial "Fishermen" (and "Fruit" of "Fruit growers") a proper noun, so the common-noun test never sees it',
  },
  'a plural title before names': { text: 'Sens. Ann Roe and Tom Veld said the bill would pass.', word: 'Sens' },
  'a sentence-initial listed plural': { text: 'Nurses say the ward is full.', word: 'Nurses' },
  'a sentence-initial role noun': { text: 'Prosecutors said the fraud ran for years.', word: 'Prosecutors' },
  'a party word alone when no one of the document bears it as a surname': { text: 'Ann Roe runs the depot. "We are ready," said Green.', word: 'Green' },
};

describe('findChunks finds', () => {
  for (const [name, c] of Object.entries(found)) {
    (c.skip ? test.skip : test)(name, () => {
      expect(chunkNamed(c.text, c.chunk.text)).toMatchObject(c.chunk);
    });
  }
});

describe('findChunks does not find', () => {
  test.each(Object.entries(absent))('%s', (_name, c) => {
    expect(chunksOf(c.text).map((x) => x.text)).not.toContain(c.not);
  });
});

describe('findChunks reads as no personal name', () => {
  for (const [name, c] of Object.entries(notNames)) {
    (c.skip ? test.skip : test)(name, () => {
      const chunk = chunksOf(c.text).find((x) => x.text.includes(c.word));
      expect(chunk?.kind ?? 'none').not.toBe('person');
      expect(chunk?.name ?? null).toBeNull();
    });
  }
});

describe('findChunks over a sentence', () => {
  test('gives chunks in text order, none overlapping', () => {
    const text = 'Kremlin spokesman Dmitry Peskov told reporters in Moscow that a senior official and the Ministry of Defence had agreed.';
    const a = chunksOf(text);
    expect(a.map((c) => c.text)).toEqual(['Kremlin spokesman Dmitry Peskov', 'Moscow', 'a senior official', 'the Ministry of Defence']);
  });
});
