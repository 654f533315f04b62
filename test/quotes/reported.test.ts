// Reported speech, frame by frame: each pattern of issue #3 in several wordings. Every case gives
// the text, the expected content of the indirect quote, its speaker and its cue lemma.
import { extractQuotes } from '../../src';
import { findQuote } from '../helpers/quotes';
import { runPipeline } from '../../src/pipeline';
import { OptionsSchema } from '../../src/records/schema';

interface Case {
  text: string;
  quote: string;
  speaker: string | null;
  cue?: string;
  kind?: 'indirect' | 'partial' | 'direct';
}

function expectQuote(c: Case): void {
  const q = findQuote(c.text, c.quote);
  expect(q.kind).toBe(c.kind ?? 'indirect');
  expect(q.speaker?.name ?? null).toBe(c.speaker);
  if (c.cue) expect(q.cue?.lemma).toBe(c.cue);
  // Offsets index the caller's string and slice back to the record's text.
  expect(c.text.slice(q.start, q.end).replace(/\s+/g, ' ')).toBe(q.text);
}

const table: Record<string, Case[]> = {
  'X said (that) CLAUSE': [
    // A preposition before a number approximates it and opens the clause.
    { text: 'Ilse Varga said at least 20 boats were lost in the storm.', quote: 'at least 20 boats were lost in the storm', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga said over 200 homes lost power.', quote: 'over 200 homes lost power', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Finance Minister Ilse Varga said the budget would be balanced by 2027.', quote: 'the budget would be balanced by 2027', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga said that the budget would be balanced by 2027.', quote: 'the budget would be balanced by 2027', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga, the finance minister, said on Tuesday that taxes would not rise.', quote: 'taxes would not rise', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga spoke first. She said that taxes would not rise.', quote: 'taxes would not rise', speaker: 'Ilse Varga', cue: 'say' },
    // wink tags "deserved" a noun here; a past-tense form still makes the content a clause.
    { text: 'Anna Lisk said the family deserved better.', quote: 'the family deserved better', speaker: 'Anna Lisk', cue: 'say' },
    // After "that", an adverbial clause or phrase may open the statement; "if" and "when" there ask nothing.
    { text: 'Ilse Varga said that if the vote fails, the budget will be cut.', quote: 'if the vote fails, the budget will be cut', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga said that when the port reopens, prices will fall.', quote: 'when the port reopens, prices will fall', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga added that, in the northern valleys, turnout had doubled.', quote: 'in the northern valleys, turnout had doubled', speaker: 'Ilse Varga', cue: 'add' },
    // Without "that", a comma may close the setting of the statement before its clause.
    { text: 'Ilse Varga said on Tuesday, the budget would be balanced by 2027.', quote: 'the budget would be balanced by 2027', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga told reporters on Monday, her party would not raise taxes.', quote: 'her party would not raise taxes', speaker: 'Ilse Varga', cue: 'tell' },
    // A stretch of time between the verb and its clause is the statement's setting.
    { text: 'Dario Bianchi has said for weeks he is the only candidate who can win the district.', quote: 'he is the only candidate who can win the district', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'Ilse Varga has said in recent days the depot would stay open.', quote: 'the depot would stay open', speaker: 'Ilse Varga', cue: 'say' },
    // A preposition glued to a hyphen is half of a modifier, not a preposition opening a phrase.
    { text: 'Ilse Varga said down-ballot races can also help the party in the valleys.', quote: 'down-ballot races can also help the party in the valleys', speaker: 'Ilse Varga', cue: 'say' },
  ],
  'As X said, CLAUSE': [
    { text: 'As Ilse Varga noted, the budget will not balance before 2027.', quote: 'the budget will not balance before 2027', speaker: 'Ilse Varga', cue: 'note' },
    { text: 'But as Ilse Varga said on Tuesday, taxes will not rise.', quote: 'taxes will not rise', speaker: 'Ilse Varga', cue: 'say' },
    // The chunk leaves out the source's article; a bracket may hold the whole sentence.
    { text: 'As the Daily Planet reported, the mayor was also accused of breaking the rules.', quote: 'the mayor was also accused of breaking the rules', speaker: 'Daily Planet', cue: 'report' },
    { text: '(As Ana Ruiz first reported, the mayor won the race.)', quote: 'the mayor won the race', speaker: 'Ana Ruiz', cue: 'report' },
    // The passive names its source after "by".
    { text: 'As reported by the Daily Planet, the mayor won the race by ten points.', quote: 'the mayor won the race by ten points', speaker: 'Daily Planet', cue: 'report' },
    { text: 'As reported by the Harbour Times, the mayor won the race by ten points.', quote: 'the mayor won the race by ten points', speaker: 'Harbour Times', cue: 'report' },
  ],
  'a topic after the verb\'s own preposition': [
    // A verb inside the topic belongs to a relative clause.
    { text: 'Ana Ruiz pointed to the record of two former governors who won the backing of the courts.', quote: 'the record of two former governors who won the backing of the courts', speaker: 'Ana Ruiz', cue: 'point' },
  ],
  'a frame inside a dependent clause reports up to the comma that closes it': [
    { text: 'While Ilse Varga said that the budget was sound, her party voted against it.', quote: 'the budget was sound', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Even though Dario Bianchi said the depot would close, the buses kept running.', quote: 'the depot would close', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'Dario Bianchi, who said the depot would close, left the meeting early.', quote: 'the depot would close', speaker: 'Dario Bianchi', cue: 'say' },
    // A gerund after a preposition that opens the sentence: the main clause's subject speaks.
    { text: 'After saying that the depot would close, Dario Bianchi left the meeting.', quote: 'the depot would close', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'In addition to stating that the levy was unfair, Ilse Varga has vowed to repeal it.', quote: 'the levy was unfair', speaker: 'Ilse Varga', cue: 'state' },
    // A short setting between the conjunction and the subject leaves the clause dependent.
    { text: 'Although in May Ilse Varga said her plan was a mistake, she later changed her mind.', quote: 'her plan was a mistake', speaker: 'Ilse Varga', cue: 'say' },
    // In a main clause the content runs on past such a comma.
    { text: 'Ilse Varga said that when the port reopens, prices will fall.', quote: 'when the port reopens, prices will fall', speaker: 'Ilse Varga', cue: 'say' },
  ],
  'a pronoun object before "as" after a verb of description': [
    { text: 'Ana Ruiz has described herself as a pro-business mayor.', quote: 'herself as a pro-business mayor', speaker: 'Ana Ruiz', cue: 'describe' },
    // Marked words after "as" are the quote.
    { text: 'Ana Ruiz described him as "a liar".', quote: 'a liar', speaker: 'Ana Ruiz', cue: 'describe', kind: 'partial' },
  ],
  'a quantifier for an unnamed group as the subject': [
    { text: 'Some said they had cringed at the plan.', quote: 'they had cringed at the plan', speaker: null, cue: 'say' },
    { text: 'Others, however, say a recalibration is overdue.', quote: 'a recalibration is overdue', speaker: null, cue: 'say' },
    { text: 'Most of them said they had loved working at the plant.', quote: 'they had loved working at the plant', speaker: null, cue: 'say' },
    // "another" stands for one more unnamed source, here after a named one.
    { text: 'One ranking firm says the city has 40 millionaires, while another says the true count is closer to 90.', quote: 'the true count is closer to 90', speaker: null, cue: 'say' },
  ],
  'a name modifying the noun that heads the subject': [
    { text: 'The latest Harbour Watch poll shows that Ruiz leads the field.', quote: 'Ruiz leads the field', speaker: null, cue: 'show' },
  ],
  'a clause a question word opens after a verb that states it': [
    { text: 'Ilse Varga explained how the levy would be spent on new buses.', quote: 'how the levy would be spent on new buses', speaker: 'Ilse Varga', cue: 'explain' },
    { text: 'Dario Bianchi recalled what the strike had been like for the drivers.', quote: 'what the strike had been like for the drivers', speaker: 'Dario Bianchi', cue: 'recall' },
  ],
  'X told reporters / Y (that) CLAUSE': [
    { text: 'Coach Rafael Moreno told reporters the team had trained badly all week.', quote: 'the team had trained badly all week', speaker: 'Rafael Moreno', cue: 'tell' },
    { text: 'Rafael Moreno told the club’s board that he would not resign.', quote: 'he would not resign', speaker: 'Rafael Moreno', cue: 'tell' },
    { text: 'Rafael Moreno told Ana Ruiz that the deal was off.', quote: 'the deal was off', speaker: 'Rafael Moreno', cue: 'tell' },
  ],
  'other reporting verbs with a clause': [
    { text: 'Senator Joan Whitley warned that the bridge could close within a year.', quote: 'the bridge could close within a year', speaker: 'Joan Whitley', cue: 'warn' },
    { text: 'Joan Whitley insisted the vote had been fair.', quote: 'the vote had been fair', speaker: 'Joan Whitley', cue: 'insist' },
    { text: 'Joan Whitley denied that she had known about the payments.', quote: 'she had known about the payments', speaker: 'Joan Whitley', cue: 'deny' },
    { text: 'Joan Whitley argued that the levy was unlawful.', quote: 'the levy was unlawful', speaker: 'Joan Whitley', cue: 'argue' },
    { text: 'Joan Whitley acknowledged that mistakes had been made.', quote: 'mistakes had been made', speaker: 'Joan Whitley', cue: 'acknowledge' },
    { text: 'Joan Whitley tweeted that the hearing had been postponed.', quote: 'the hearing had been postponed', speaker: 'Joan Whitley', cue: 'tweet' },
    { text: 'Joan Whitley wrote that the report was deeply flawed.', quote: 'the report was deeply flawed', speaker: 'Joan Whitley', cue: 'write' },
    { text: 'Joan Whitley announced that the plant would close in March.', quote: 'the plant would close in March', speaker: 'Joan Whitley', cue: 'announce' },
    { text: 'Joan Whitley stressed, however, that no decision had been taken.', quote: 'no decision had been taken', speaker: 'Joan Whitley', cue: 'stress' },
    // A short setting phrase before a clause opened by a subject pronoun.
    { text: 'Joan Whitley said in local politics it takes years to build trust.', quote: 'it takes years to build trust', speaker: 'Joan Whitley', cue: 'say' },
  ],
  'X accused Y of VERB-ing': [
    { text: 'Mayor Tomás Ruiz accused the port authority of hiding the survey results.', quote: 'hiding the survey results', speaker: 'Tomás Ruiz', cue: 'accuse' },
    { text: 'Tomás Ruiz accused his rivals of spreading rumours about the budget.', quote: 'spreading rumours about the budget', speaker: 'Tomás Ruiz', cue: 'accuse' },
  ],
  'passive frames are skipped, the active ones kept': [
    { text: 'Moscow, which is accused of backing the separatists, has denied preparing an attack and accuses NATO of raising the temperature.', quote: 'preparing an attack', speaker: 'Moscow', cue: 'deny' },
    { text: 'Moscow, which is accused of backing the separatists, has denied preparing an attack and accuses NATO of raising the temperature.', quote: 'raising the temperature', speaker: 'Moscow', cue: 'accuse' },
  ],
  'X urged / called on Y to VP': [
    { text: 'Health Minister Priya Nair urged parents to vaccinate their children before winter.', quote: 'vaccinate their children before winter', speaker: 'Priya Nair', cue: 'urge' },
    { text: 'Priya Nair called on the regional councils to publish their waiting lists.', quote: 'publish their waiting lists', speaker: 'Priya Nair', cue: 'call' },
  ],
  'X called for NP': [
    { text: 'Ilse Varga blamed the harbour board for the long delays.', quote: 'the long delays', speaker: 'Ilse Varga', cue: 'blame' },
    { text: 'Union leader Dario Bianchi called for an independent inquiry into the accident.', quote: 'an independent inquiry into the accident', speaker: 'Dario Bianchi', cue: 'call' },
  ],
  'X warned Y against VERB-ing': [
    { text: 'Dario Bianchi warned members against signing the new contracts.', quote: 'signing the new contracts', speaker: 'Dario Bianchi', cue: 'warn' },
  ],
  'closing frame: CLAUSE, X said': [
    { text: 'The talks would resume next week, Dario Bianchi said on Thursday.', quote: 'The talks would resume next week', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'The talks would resume next week, Dario Bianchi said in a statement.', quote: 'The talks would resume next week', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'The talks would resume next week, said Dario Bianchi.', quote: 'The talks would resume next week', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'The probability of a strike remains high, Bianchi said in a conference call with reporters.', quote: 'The probability of a strike remains high', speaker: 'Bianchi', cue: 'say' },
    // The role before the name, set off by commas, opens the subject phrase.
    { text: 'The depot was built to shelter the buses in winter, a spokeswoman, Lena Park, said on Saturday.', quote: 'The depot was built to shelter the buses in winter', speaker: 'Lena Park', cue: 'say' },
  ],
  'an inverted frame between commas: A, said X, B': [
    { text: 'The contrast with the mayor, said Dario Bianchi, would be clear.', quote: 'would be clear', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'In the past, said Dario Bianchi, the pier was never closed.', quote: 'the pier was never closed', speaker: 'Dario Bianchi', cue: 'say' },
    { text: 'The ferry has lost money for years, said Bianchi, but the town has always paid.', quote: 'but the town has always paid', speaker: 'Bianchi', cue: 'say' },
  ],
  'according to X': [
    { text: 'According to Dario Bianchi, the union has 40,000 members.', quote: 'the union has 40,000 members', speaker: 'Dario Bianchi', cue: 'according to' },
    { text: 'The union has 40,000 members, according to Dario Bianchi.', quote: 'The union has 40,000 members', speaker: 'Dario Bianchi', cue: 'according to' },
    // A source nobody can be named from: the content is still reported, before or after it.
    { text: 'The ferry carried more passengers than ever last year, according to an analysis of ticket records.', quote: 'The ferry carried more passengers than ever last year', speaker: null, cue: 'according to' },
    { text: 'According to minutes released on Friday, the board spent an hour on the parking dispute.', quote: 'the board spent an hour on the parking dispute', speaker: null, cue: 'according to' },
    { text: '(According to the city police, it does not keep figures on skateboard fines.)', quote: 'it does not keep figures on skateboard fines', speaker: null, cue: 'according to' },
    // An opener with no verb before the frame: the statement follows it.
    { text: 'At the heart of the dispute, according to a former envoy, was a decision by the mayor to cut the budget.', quote: 'was a decision by the mayor to cut the budget', speaker: null, cue: 'according to' },
    // A long dash sets off the frame like a comma.
    { text: 'In 2019 the county recorded 115 floods — including two in the old town — according to the most recent data from the river board.', quote: 'In 2019 the county recorded 115 floods — including two in the old town', speaker: null, cue: 'according to' },
    // A marked name inside the source leaves the cue to the clause after it.
    { text: 'According to her "fair share" plan, firms moving abroad must repay any tax breaks.', quote: 'firms moving abroad must repay any tax breaks', speaker: null, cue: 'according to' },
  ],
  'a subject that names no speaker': [
    // A comparison of groups polled reports what they said; a plain "likely to say" has not been said yet.
    { text: 'Older voters were slightly more likely to say they preferred the mayor on taxes.', quote: 'they preferred the mayor on taxes', speaker: null, cue: 'say' },
    { text: 'Many growers have said they will not replant the orchards this spring.', quote: 'they will not replant the orchards this spring', speaker: null, cue: 'say' },
    { text: 'Sixty percent of the members said the fee was too high.', quote: 'the fee was too high', speaker: null, cue: 'say' },
    { text: 'Several mayors, including Ruiz, said the state should pay for the repairs.', quote: 'the state should pay for the repairs', speaker: null, cue: 'say' },
    // A participle phrase between commas, its agent after "by" no subject, commas of its own inside.
    { text: 'The project\'s website, run by Ana Ruiz, a professor at the college, said the count was based on ballots cast.', quote: 'the count was based on ballots cast', speaker: null, cue: 'say' },
    { text: 'By a wide margin, those surveyed said the fee should not be raised.', quote: 'the fee should not be raised', speaker: null, cue: 'say' },
    { text: 'A survey by the county shows that most households recycle their glass.', quote: 'most households recycle their glass', speaker: null, cue: 'show' },
    // A participle phrase between the record and its verb, with or without commas.
    { text: 'A county poll released this week found most households recycle their glass.', quote: 'most households recycle their glass', speaker: null, cue: 'find' },
    { text: 'The poll, released on Wednesday night by the institute, showed Ruiz leading Park among likely voters.', quote: 'Ruiz leading Park among likely voters', speaker: null, cue: 'show' },
  ],
  'a noun-phrase object of an evaluation or proposal verb': [
    { text: 'Councillor Ada Brenner praised efforts by the harbour master to clear the silted channel.', quote: 'efforts by the harbour master to clear the silted channel', speaker: 'Ada Brenner', cue: 'praise' },
    { text: 'Ada Brenner proposed a modest tax on second homes in the county.', quote: 'a modest tax on second homes in the county', speaker: 'Ada Brenner', cue: 'propose' },
    // Headline verbs of criticism take what was criticized as their object too.
    { text: 'Senator Ada Brenner slammed the governor\'s plan to close three rural hospitals.', quote: 'the governor\'s plan to close three rural hospitals', speaker: 'Ada Brenner', cue: 'slam' },
    { text: 'Ada Brenner decried the violence at the stadium on Saturday night.', quote: 'the violence at the stadium on Saturday night', speaker: 'Ada Brenner', cue: 'decry' },
  ],
  'the topic of a statement after "about"': [
    { text: 'Mayor Tomas Berg spoke about the new ferry timetable for the northern islands.', quote: 'the new ferry timetable for the northern islands', speaker: 'Tomas Berg', cue: 'speak' },
  ],
  'colon, parenthetical and participial frames': [
    { text: 'Priya Nair said: the hospitals will cope.', quote: 'the hospitals will cope', speaker: 'Priya Nair', cue: 'say' },
    { text: 'The hospitals will cope, Priya Nair said, because extra nurses have been hired.', quote: 'The hospitals will cope', speaker: 'Priya Nair', cue: 'say' },
    { text: 'Priya Nair defended the plan, saying the hospitals would cope.', quote: 'the hospitals would cope', speaker: 'Priya Nair', cue: 'say' },
    { text: 'Priya Nair defended the plan on Monday, adding that more nurses would be hired.', quote: 'more nurses would be hired', speaker: 'Priya Nair', cue: 'add' },
    // After an adverbial opener the frame between commas introduces what follows it.
    { text: 'In any case, Mr. Ortega said, the fishing fleet was far too large for the bay.', quote: 'the fishing fleet was far too large for the bay', speaker: 'Ortega', cue: 'say' },
  ],
  'a statement beside a quotation that has its own frame': [
    // The frame interrupts one statement: the part before it is reported speech, the part in marks a quotation.
    { text: 'The council\'s new budget, Mayor Lena Park said, "is a careful piece of work."', quote: 'The council\'s new budget', speaker: 'Lena Park', cue: 'say' },
    // A colon closes the reported clause before a quotation of its own.
    { text: 'Mayor Lena Park asserted that the budget had failed: "It is over," she said.', quote: 'the budget had failed', speaker: 'Lena Park', cue: 'assert' },
    // The cue spent on the quotation before it still reports the clause its "that" opens.
    { text: '"We never sent soldiers there," but the minister denied that any troops had crossed the border.', quote: 'any troops had crossed the border', speaker: null, cue: 'deny' },
  ],
  'reported content ends where a new frame begins': [
    { text: 'Ilse Varga said the budget would be balanced by 2027, and Tomas Berg said taxes would fall.', quote: 'the budget would be balanced by 2027', speaker: 'Ilse Varga', cue: 'say' },
    { text: 'Ilse Varga said the budget would be balanced by 2027, and Tomas Berg said taxes would fall.', quote: 'taxes would fall', speaker: 'Tomas Berg', cue: 'say' },
  ],
  'a frame whose cue a quotation in an earlier clause took': [
    { text: 'The council studied a "temporary" depot in Dover, and a former council official said there had been talks about a second site.', quote: 'there had been talks about a second site', speaker: null, cue: 'say' },
  ],
  'closing frames whose subject the chunker takes only in part': [
    // A possessor the chunk leaves out opens the subject between the commas.
    { text: 'And yet, Ilse Varga\'s aides say, the harbour remains a priority for her.', quote: 'the harbour remains a priority for her', speaker: null, cue: 'say' },
    // A prepositional phrase on the subject: the speaker is the unnamed spokesman.
    { text: 'The harbour will reopen in May, a spokesman for the port said.', quote: 'The harbour will reopen in May', speaker: null, cue: 'say' },
    // A determiner the chunk leaves out.
    { text: 'Turnout will be low this year, those Greens argued.', quote: 'Turnout will be low this year', speaker: 'Greens', cue: 'argue' },
  ],
  'a reporting verb tagged as a noun after a numeric subject': [
    // Without "that" the candidate is proposed alike; the fitted acceptor puts it at its threshold.
    { text: 'One in five say that they will move away from the valley.', quote: 'they will move away from the valley', speaker: null, cue: 'say' },
  ],
  'the object of a statement verb, weighed by its verb class': [
    { text: 'Tomas Berg explained the reason for his late support for the mayor.', quote: 'the reason for his late support for the mayor', speaker: 'Tomas Berg', cue: 'explain' },
  ],
  'commitments and participles the acceptor weighs': [
    { text: 'After a long meeting, the council agreed to pay the contractor a fee of two million euros.', quote: 'pay the contractor a fee of two million euros', speaker: 'the council', cue: 'agree' },
    // A participle after a comma whose clause names nobody the chunker takes for a subject.
    { text: 'In a speech on Sunday in the capital, the former mayor, a veteran of many campaigns, spoke for an hour, vowing to rebuild the harbour and the old fish market within two years.', quote: 'rebuild the harbour and the old fish market within two years', speaker: null, cue: 'vow' },
  ],
  'speakers: pronouns, descriptors, organizations, seats of government': [
    { text: 'Health Minister Priya Nair visited the ward. The minister said staff had worked miracles.', quote: 'staff had worked miracles', speaker: 'Priya Nair', cue: 'say' },
    { text: 'The Northgate Port Authority said the survey would be published in June.', quote: 'the survey would be published in June', speaker: 'Northgate Port Authority', cue: 'say' },
    { text: 'Moscow said the exercises were purely defensive.', quote: 'the exercises were purely defensive', speaker: 'Moscow', cue: 'say' },
    { text: 'A senior official said the talks had stalled.', quote: 'the talks had stalled', speaker: null, cue: 'say' },
  ],
};

describe.each(Object.entries(table))('%s', (_name, cases) => {
  test.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => expectQuote(c));
});

describe('a question word after a verb of asking or saying', () => {
  test('"whether" and "if" open a question, not a statement, after any verb', () => {
    expect(extractQuotes('Ilse Varga would not say whether the levy would pass.').quotes).toEqual([]);
    expect(extractQuotes('Ilse Varga explained whether the levy would pass.').quotes).toEqual([]);
  });
});

describe('an opener interrupted by "according to"', () => {
  test('the opener is part of the statement, a quote of its own beside the clause after the frame', () => {
    const r = runPipeline('At the heart of the dispute, according to a former envoy, was a decision by the mayor to cut the budget.', OptionsSchema.parse({}), { acceptAll: true });
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'At the heart of the dispute'], ['indirect', 'was a decision by the mayor to cut the budget']]);
  });
});

describe('a verb under "likely to"', () => {
  test('without a comparison it reports nothing yet', () => {
    expect(extractQuotes('Older voters are likely to say they want a new mayor.').quotes).toEqual([]);
  });
});

describe('mixed quotes', () => {
  test('the marked fragment is the partial quote; no overlapping indirect quote', () => {
    const text = 'Blinken said the U.S. had "deep concerns" about the troop build-up.';
    const r = extractQuotes(text);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['partial', 'deep concerns']]);
  });
});

describe('a marked fragment inside a relative clause', () => {
  test('the statement before the relative clause is its own indirect quote', () => {
    const text = 'Harbour Trust spokesman Eric Velde said groups of observers were sent with the marchers, whom he described as "peaceful," for the whole route.';
    const r = extractQuotes(text);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'groups of observers were sent with the marchers'], ['partial', 'peaceful']]);
    expect(r.quotes[0].speaker?.name).toBe('Eric Velde');
  });
});

describe('an opener before a frame that a quotation follows', () => {
  test('an adverbial opener is the reporter\'s words, not a statement', () => {
    const r = extractQuotes('After the vote in the chamber, Lena Park said, "we start again."');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'we start again']]);
  });

  test('the quotation may come a few words into the part after the frame', () => {
    const cases: Array<[string, string, string]> = [
      ['The trouble with the levy, Lena Park said, is that "nobody pays for it."', 'The trouble with the levy', 'nobody pays for it'],
      ['A harbour master\'s job, Lena Park said, should be to "keep the channel open."', 'A harbour master\'s job', 'keep the channel open'],
    ];
    for (const [text, before, marked] of cases) {
      expect(extractQuotes(text).quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', before], ['partial', marked]]);
    }
  });

  test('a conjunction and an adverb before the frame are no statement', () => {
    const r = extractQuotes('And yet, her aides say, the harbour remains a priority for her.');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'the harbour remains a priority for her']]);
  });

  test('a time clause or a setting is the reporter\'s too', () => {
    for (const text of ['When asked about the levy, Lena Park said, "we start again."', 'In an interview on Monday, Lena Park said, "we start again."']) {
      expect(extractQuotes(text).quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'we start again']]);
    }
  });

  test('a condition, concession or topic opens the speaker\'s own statement, reported before the quotation', () => {
    const cases: Array<[string, string]> = [
      ['If the levy fails in the chamber, Lena Park said, "we start again."', 'If the levy fails in the chamber'],
      ['Although the levy failed, the mayor said, "the work goes on."', 'Although the levy failed'],
      ['As for the harbour bridge, Lena Park said, "it opens in May."', 'As for the harbour bridge'],
    ];
    for (const [text, statement] of cases) {
      const r = extractQuotes(text);
      expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', statement], ['direct', text.slice(text.indexOf('"') + 1, text.lastIndexOf('."'))]]);
    }
  });
});

describe('not quotes', () => {
  test.each([
    ['no content', 'Dario Bianchi said on Thursday.'],
    ['a clause of the narrative after the setting\'s comma', 'Dario Bianchi spoke on Thursday, and the hall emptied.'],
    ['declined to comment', 'The ministry declined to comment on the report.'],
    ['perception and estimate', 'Analysts estimate that prices will rise by 3 percent.'],
    ['reported question', 'Reporters asked whether the minister would resign.'],
    ['reported question with "when"', 'Reporters asked when the minister would resign.'],
    ['a time clause of the reporter\'s with "as"', 'The hall emptied as Ilse Varga said, and the lights went out.'],
    ['a question word after a verb', 'The clinic declined to comment when reached by phone.'],
    ['an object on an occasion, not a topic', 'Mayor Tomas Berg spoke on condition of anonymity.'],
    ['perception verb', 'Residents noticed that the water had turned brown.'],
    ['passive: the subject is the one spoken of', 'The mayor was accused of hiding the survey.'],
    ['expectation of a statement', 'Analysts expect other cell makers to announce similar cuts in the coming months.'],
    ['intent to make a statement', 'The company plans to announce that it will close the plant.'],
    // Narrative verbs after a subject that names no speaker are no frames.
    // "agreed to" reports a commitment only with a verb after it.
    ['a commitment to a thing', 'The council agreed to a ten-month pause on the works.'],
    // What the words were about is not what was said: only the quotation is a quote.
    ['the topic after "said of"', 'Ana Ruiz said of the council\'s support for the ban on fireworks in the old town.'],
    ['a person showing a thing', 'A man in a waxed jacket climbs aboard, shows his pass and sits behind the driver.'],
    ['narrative verb after a plain noun', 'Along the border, frequent skirmishes have continued and a settlement has failed while both sides traded blame.'],
  ])('%s', (_name, text) => {
    expect(extractQuotes(text).quotes).toEqual([]);
  });
});

describe('a refusal inside a clause an "according to" frame closes', () => {
  test('is what the source reports', () => {
    const r = extractQuotes('The board declined to renew the offer, according to a person familiar with the talks.');
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue?.lemma])).toEqual([['indirect', 'The board declined to renew the offer', 'according to']]);
  });
});

describe('the topic after "said of" a quotation', () => {
  test('is no quote of its own: the quotation is', () => {
    const r = extractQuotes('"It is unanimous," councillor Ana Ruiz said of the council\'s support for the ban on fireworks in the old town.');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'It is unanimous']]);
  });
});

describe('candidates the acceptor weighs', () => {
  // Proposed with the verb's complement; whether each is kept is the fitted acceptor's call.
  test.each([
    // A topic after a manner adverb or a particle, and after "talk"; a gerund heads one too.
    ['Mayor Tomas Berg spoke highly of the new harbour master.', 'the new harbour master'],
    ['Ana Ruiz spoke out about the closure of the cannery.', 'the closure of the cannery'],
    ['Ana Ruiz talked at length about rebuilding the old ferry pier.', 'rebuilding the old ferry pier'],
    ['Ana Ruiz talked about the new timetable for the island ferries.', 'the new timetable for the island ferries'],
    // "her" before a noun is a possessive opening the object, not the object pronoun.
    ['Ana Ruiz has praised her deputy\'s handling of the flood.', 'her deputy\'s handling of the flood'],
    // A statement verb with no subject found: a second verb of the clause's subject, a pronoun
    // the chunker names no speaker in.
    ['Local growers met the minister on Monday and argued the levy would ruin them.', 'the levy would ruin them'],
    ['We warned the council the levy would ruin the growers.', 'the levy would ruin the growers'],
  ])('%s', (text, content) => {
    expect(indirectCandidates(text)).toEqual([content]);
  });

  test('an infinitive or a relative clause with no subject found proposes nothing beyond a "that" clause', () => {
    for (const text of ['The hearing was devoted to criticizing the council\'s plan for the harbour.', 'The report included a video which shows the harbour master at work.']) {
      expect(indirectCandidates(text)).toEqual([]);
    }
  });
});

describe('reported speech from a subject that names nobody', () => {
  // Nobody is named, so the acceptor weighs the candidate; it is proposed with the verb's complement.
  test.each([
    ['Several councillors have called for the depot to be sold.', 'the depot to be sold'],
    ['Republican senators have vowed to block the mayor\'s nominee.', 'block the mayor\'s nominee'],
    // A reporting verb tagged as a noun, known by the particle it takes.
    ['Labor leaders point out that the mayor could win the vote.', 'the mayor could win the vote'],
    ['Critics point to the charities that fund the groups.', 'the charities that fund the groups'],
  ])('%s', (text, content) => {
    expect(indirectCandidates(text)).toEqual([content]);
  });
});

/** The reported-speech candidates of `text` with the fallback rule each came from (accept.ts: `indirect:rule:`). */
function ruleCandidates(text: string): Array<[string, string | null]> {
  const seen: Array<[string, string | null]> = [];
  runPipeline(text, OptionsSchema.parse({}), { acceptAll: true, observe: (c) => {
    if (c.kind !== 'indirect') return;
    const rule = Object.keys(c.features).find((f) => f.startsWith('indirect:rule:'));
    seen.push([text.slice(c.start, c.end), rule ? rule.slice('indirect:rule:'.length) : null]);
  } });
  return seen;
}

/** The reported-speech candidates of `text`, every one kept (the acceptor does not drop any). */
function indirectCandidates(text: string): string[] {
  return ruleCandidates(text).map(([span]) => span);
}

describe('frames the chunker\'s subjects miss, weighed by the acceptor', () => {
  const lead = 'The harbour council met on Monday. ';
  test.each([
    // A closing frame whose subject is a noun phrase with a modifier after its head, or a plain
    // plural the chunker names nobody in; the inverted order too.
    ['The ferry will run again in May, a source close to him said.', 'The ferry will run again in May', 'closing-phrase'],
    ['The harbour fund raised five million dollars last year, county tax records show.', 'The harbour fund raised five million dollars last year', 'closing-phrase'],
    ['The tolls may not be such a bad thing, said several onlookers.', 'The tolls may not be such a bad thing', 'closing-phrase'],
    // A survey, record or study with its content right after the verb, a small clause included.
    ['The April survey found Ruiz leading Park by seven points.', 'Ruiz leading Park by seven points', 'record-source'],
    ['Polls show voters trust Ruiz more than any other candidate.', 'voters trust Ruiz more than any other candidate', 'record-source'],
    // A verb of naming with an object and a predicate.
    ['Ana Ruiz called him a reckless spender who had emptied the harbour fund.', 'him a reckless spender who had emptied the harbour fund', 'call-predicate'],
    ['Ana Ruiz calls herself a cautious optimist about the new pier.', 'herself a cautious optimist about the new pier', 'call-predicate'],
    // A clause as the topic of a verb of talk.
    ['They spoke about how much they hoped the ferry would return.', 'how much they hoped the ferry would return', 'topic-clause'],
    // A condition before the main clause of a statement.
    ['Ana Ruiz said if she were mayor, the ferry would run every hour.', 'if she were mayor, the ferry would run every hour', 'conditional'],
  ])('%s', (text, content, rule) => {
    expect(ruleCandidates(lead + text)).toContainEqual([content, rule]);
  });

  test.each([
    // An object after the verb makes it the narrative's: "writes a weekly column".
    ['Ana Ruiz runs the bakery on the quay, her brother writes a weekly column.'],
    ['Ana Ruiz runs the bakery on the quay, and her brother writes a weekly column.'],
    // A pronoun after an inverted verb is its object, not its subject.
    ['The clerk found the letter, reported it to the police and went home.'],
    // "call" with a particle, a time or a preposition names nothing.
    ['Ana Ruiz called him back on Tuesday.'],
    ['Ana Ruiz called a meeting on Monday.'],
    // A question, not a condition: no main clause after a comma.
    ['Ana Ruiz would not say if she would run for the council again.'],
    // A stretch of time after "for" is no content.
    ['Ana Ruiz pushed for hours to reach the harbour clerk.'],
  ])('%s', (text) => {
    expect(ruleCandidates(lead + text).filter(([, rule]) => rule !== null)).toEqual([]);
  });

  test('a subject of those polled is the unnamed source, with its phrase as the mention', () => {
    const q = findQuote(`${lead}Some 56 percent of growers polled said they would vote against the levy.`, 'they would vote against the levy');
    expect(q.speaker?.name ?? null).toBeNull();
    expect(q.speaker?.mention.text).toBe('Some 56 percent of growers polled');
  });

  test.each([
    ['On the ferry, 47% say the council should buy two new boats.', 'the council should buy two new boats', '47%'],
    ['A third of the crofters say they would sell their boats if the levy passed.', 'they would sell their boats if the levy passed', 'A third of the crofters'],
  ])('a share of those asked heads the subject: %s', (text, content, mention) => {
    const q = findQuote(lead + text, content);
    expect(q.speaker?.mention.text).toBe(mention);
  });

  test('a closing frame over an uncharted subject names it as the mention', () => {
    const q = findQuote(`${lead}The tolls may not be such a bad thing, said several onlookers.`, 'The tolls may not be such a bad thing');
    expect(q.speaker?.mention.text).toBe('several onlookers');
  });
});

describe('where reported content starts and ends', () => {
  test.each([
    // A colon or semicolon ends the clause of a closing frame like a full stop.
    ['A number of small factors make a late surge unlikely, insiders said: the weather and the money favour the incumbent.', 'A number of small factors make a late surge unlikely'],
    ['The ferry plan was never costed, Brenner noted; the council had simply guessed the figures.', 'The ferry plan was never costed'],
    // A setting after the cue that opens with a preposition keeps its own infinitive or relative clause.
    ['His support has shifted from the mayor to the governor, Ruiz said during his speech to be a delegate.', 'His support has shifted from the mayor to the governor'],
    ['The port will close in May, Ruiz said at a forum that drew hundreds of fishermen.', 'The port will close in May'],
    // "about" before a number or a share opens the clause; a prepositional phrase and its comma may too.
    ['The budget office said about half of the shortfall came from lower ferry fares.', 'about half of the shortfall came from lower ferry fares'],
    ['Ana Ruiz says despite being a graduate of the college, she plans to cheer for the visitors.', 'despite being a graduate of the college, she plans to cheer for the visitors'],
    // Marked words in the opener take the cue; the clause after the frame's comma is still reported.
    ['Despite his "rather brash manner," his lawyer Ann Roe wrote, the skipper is a devoted father.', 'the skipper is a devoted father'],
    // A frame between commas after an opener may name its listener.
    ['Every Friday, the former director told the Harbour Times, the board would meet at noon.', 'the board would meet at noon'],
    // A reporting verb the tagger reads as a noun inside a relative clause whose subject was taken out.
    ['Her son has the kind of job that many economists say is the future of the port.', 'is the future of the port'],
    // "this" before an auxiliary is the clause's subject, not a setting ("said this week").
    ['Some ferry captains say this is only a rough patch for the port.', 'this is only a rough patch for the port'],
    ['Some ferry captains said this week the port would reopen.', 'the port would reopen'],
    // The object of a verb in a restrictive relative clause ends before the main clause's verb.
    ['Even councillors such as Ada Brenner who have praised the levy warned on Tuesday that the town may have to drop it.', 'the town may have to drop it'],
    // A relative clause after an inverted subject describes the speaker; the content is before the frame.
    ['The trawlers never entered the closed zone, said a harbour official who was briefed on the patrol.', 'The trawlers never entered the closed zone'],
  ])('%s', (text, content) => {
    expect(indirectCandidates(text)[0]).toBe(content);
  });

  test('a participle opening the sentence before a colon frame sets a scene, not content', () => {
    const text = 'Asked whether the union would end the strike if the port raised its offer, Ana Ruiz said: "Our members will vote on any offer."';
    expect(indirectCandidates(text)).toEqual([]);
  });

  test('a "that" clause after a setting is the content, and the setting no closing frame', () => {
    expect(indirectCandidates('Ruiz said during the debate that the port would close.')).toEqual(['the port would close']);
  });

  test.each([
    // A new frame inside the content, its subject and its cue, ends the content before it; the
    // new frame then reports its own.
    ['One in three said the party did not care and one in four said it was openly hostile.', ['the party did not care', 'it was openly hostile']],
    ['Many senators have said they will stay away and others have said they are not interested in speaking.', ['they will stay away', 'they are not interested in speaking']],
    ['About half said the party did not care, and nearly three in five said it was openly hostile.', ['the party did not care', 'it was openly hostile']],
  ])('%s', (text, contents) => {
    expect(indirectCandidates(text)).toEqual(contents);
  });

  test('a relative pronoun right before a cue opens a new frame', () => {
    expect(indirectCandidates('Most said the council was hostile to the harbour workers, about the same number who said the council truly cares.')).toContain('the council truly cares');
  });

  test('a coordinated subject of the content is no new frame', () => {
    expect(indirectCandidates('Ruiz said the mayor and the council agreed to the deal.')).toEqual(['the mayor and the council agreed to the deal']);
  });
});

describe('the bounds of content inside a dependent clause', () => {
  test('an object inside a dependent clause ends at the comma that closes the clause', () => {
    expect(indirectCandidates('When Ada Brenner announced six hundred new jobs at the port, some workers felt cheated.')).toEqual(['six hundred new jobs at the port']);
  });

  test('a gerund on the noun of an opening prepositional phrase does not report the main clause', () => {
    const found = indirectCandidates('In her statement condemning the vote, Ada Brenner defended her record on the harbour.');
    expect(found.some((c) => c.includes('defended'))).toBe(false);
  });
});

describe('a statement interrupted by its frame', () => {
  test('the part after the frame with no verb of its own is proposed, weighed apart', () => {
    expect(ruleCandidates('The ferry would be delayed, Ada Brenner said, by the storm in the north.')).toEqual([
      ['The ferry would be delayed', null],
      ['by the storm in the north', 'interrupted-tail'],
    ]);
  });

  test('a part after the frame with a verb continues the statement as before', () => {
    expect(ruleCandidates('If the vote fails, Ada Brenner said, the ferry will stop in May.')).toContainEqual(['the ferry will stop in May', null]);
  });

  test('a single word after the frame is no statement', () => {
    expect(indirectCandidates('The ferry was late, Ada Brenner said, again.')).not.toContain('again');
  });
});

test('an apposition or relative clause after an inverted speaker is about the speaker, not what was said', () => {
  for (const text of [
    'The plan is sound, said Dario Bianchi, a professor of economics at the college, who studies ports.',
    'The plan is sound, said Dario Bianchi, who chairs the board.',
    'The plan is sound, said Dario Bianchi, the governor challenged by Roe in 1990.',
  ]) {
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['The plan is sound', 'Dario Bianchi']]);
  }
});
