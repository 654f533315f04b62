// The speaker's own mention inside a subject noun phrase, not a place or body that modifies it.
import { extractQuotes } from '../../src/index';
import { findQuote } from '../helpers/quotes';
import { analyze } from '../../src/pipeline';
import { relativeBeforeCue, speakerMention, subjectAfterIntroduction, tokenFrom, tokenFromAfter } from '../../src/speakers/mention';

const cases: Array<{ name: string; text: string; quote: string; speaker: string; mention: string }> = [
  { name: 'a state after "of", frame first', text: 'Senator Ida Brandt of Vermont said the pier would reopen in May.', quote: 'the pier would reopen in May', speaker: 'Ida Brandt', mention: 'Senator Ida Brandt' },
  { name: 'a state after "of", frame after the quote', text: '"The pier will reopen," Senator Ida Brandt of Vermont said.', quote: 'The pier will reopen', speaker: 'Ida Brandt', mention: 'Senator Ida Brandt' },
  { name: 'a state after "of" before a relative clause', text: 'Representative Ida Brandt of New York, who backed the plan on Tuesday, said the pier would reopen in May.', quote: 'the pier would reopen in May', speaker: 'Ida Brandt', mention: 'Representative Ida Brandt' },
  { name: 'a body named before a role, inverted frame', text: '"We will reopen the pier," said Harbour House press secretary Josh Ekman.', quote: 'We will reopen the pier', speaker: 'Josh Ekman', mention: 'Harbour House press secretary Josh Ekman' },
  { name: 'a surname named before a role, inverted frame', text: 'Marta Lindgren runs the port. "We will reopen the pier in May," said Lindgren campaign spokesman Oskar Veld.', quote: 'We will reopen the pier in May', speaker: 'Oskar Veld', mention: 'campaign spokesman Oskar Veld' },
  { name: "a possessive owner before a role and its holder in apposition", text: 'Marta Lindgren runs the port. "We will reopen the pier in May," said Lindgren\'s deputy campaign manager, Oskar Veld, who ran the 2022 race.', quote: 'We will reopen the pier in May', speaker: 'Oskar Veld', mention: 'Oskar Veld' },
  { name: "a possessive owner before a titled name", text: 'Marta Lindgren runs the port. "We will reopen the pier in May," said Lindgren\'s spokesman Oskar Veld.', quote: 'We will reopen the pier in May', speaker: 'Oskar Veld', mention: 'spokesman Oskar Veld' },
  { name: 'a possessive owner before a named body', text: 'Marta Lindgren runs the port. "Boat owners should stay ashore," wrote Northmoor\'s Evening Courier.', quote: 'Boat owners should stay ashore', speaker: 'Evening Courier', mention: 'Evening Courier' },
  { name: 'a body after "of" with its officer named in apposition', text: 'Marta Lindgren runs the port. The director of the Harbour Trust, Ina Kessel, told reporters the pier would reopen in May.', quote: 'the pier would reopen in May', speaker: 'Ina Kessel', mention: 'Ina Kessel' },
  { name: 'a state before lower-case role nouns and a name', text: '"The count was fair," said Vermont state delegate Ann Roe, who ran the 2022 race.', quote: 'The count was fair', speaker: 'Ann Roe', mention: 'Ann Roe' },
  { name: 'a body before a hyphenated role and a name', text: 'Northmoor front-runner Ann Roe said the pier would reopen in May.', quote: 'the pier would reopen in May', speaker: 'Ann Roe', mention: 'front-runner Ann Roe' },
  { name: 'an "as" clause with "put it" before a colon and the mark', text: 'The pier closed in May. As Professor Lund put it: "Nobody saw the queues coming."', quote: 'Nobody saw the queues coming', speaker: 'Lund', mention: 'Professor Lund' },
  { name: 'an "as" clause whose subject has an apposition', text: 'The pier closed in May. As Ida Brandt, professor of history at Dover College, put it: "Nobody saw the queues coming."', quote: 'Nobody saw the queues coming', speaker: 'Ida Brandt', mention: 'Ida Brandt' },
  { name: 'an "as" clause with a possessive owner no chunk holds, partial quotation', text: 'The pier closed in May. As The Courier\'s Dana Milbrook puts it, "the queues were a warning nobody heeded."', quote: 'the queues were a warning nobody heeded', speaker: 'Dana Milbrook', mention: 'Dana Milbrook' },
  { name: 'a participle after the clause of a subject with a place after "of"', text: 'At a rally in Dover, Del., on Tuesday, Senator Ida Brandt of Vermont endorsed Mrs. Roe, saying that her former rival would "make an outstanding mayor."', quote: 'make an outstanding mayor', speaker: 'Ida Brandt', mention: 'Senator Ida Brandt' },
  { name: 'people joined by "and": the first is the source', text: 'Marta Lindgren runs the port. Councillor Ida Brandt and Senator Oskar Veld suggested they would back the pier plan.', quote: 'they would back the pier plan', speaker: 'Ida Brandt', mention: 'Councillor Ida Brandt' },
];

describe('speaker mention inside the subject noun phrase', () => {
  test.each(cases)('$name', ({ text, quote, speaker, mention }) => {
    const q = findQuote(text, quote);
    expect(q.speaker?.name).toBe(speaker);
    expect(q.speaker?.mention.text).toBe(mention);
    expect(text.slice(q.speaker!.mention.start, q.speaker!.mention.end)).toBe(mention);
  });

  test('a name labelling a quotation with a colon speaks it, not the speaker before', () => {
    const text = 'Oskar Veld runs the port. "We open in May," he said.\nQUEUES AT THE PIER - Lena Park: "Nobody saw the queues coming."';
    const q = findQuote(text, 'Nobody saw the queues coming');
    expect(q.speaker?.name).toBe('Lena Park');
    expect(q.speaker?.mention.text).toBe('Lena Park');
  });

  test('a name after a preposition before the colon is the clause\'s object, not a label', () => {
    const q = findQuote('The vote was close. Senator Ida Brandt delivered a blunt message to Tom Veld: "It is time to stop attacking the harbour board."', 'It is time to stop attacking the harbour board');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('Senator Ida Brandt');
  });

  test('a name that is a verb\'s object before the colon still labels the quotation', () => {
    const q = findQuote('The vote was close. Tom Veld runs the port. The result did not surprise Ida Brandt: "Late votes always favour the harbour board."', 'Late votes always favour the harbour board');
    expect(q.speaker?.name).toBe('Ida Brandt');
  });

  test("a possessive owner before an unnamed role is not the speaker", () => {
    const q = findQuote('Marta Lindgren runs the port. "We will reopen the pier in May," said Lindgren\'s spokesman.', 'We will reopen the pier in May');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('spokesman');
  });

  test('an organization that is itself the subject stays the speaker', () => {
    const q = findQuote('The Harbour Trust said the pier would reopen in May.', 'the pier would reopen in May');
    expect(q.speaker?.name).toBe('Harbour Trust');
  });
});

describe('names the registry refuses', () => {
  test('a title-case headline is nobody\'s fullest name', () => {
    const text = 'Tova Lind Defends Herself Against Claims She Misled The Council.\n\nHarbour mayor Tova Lind spoke at the depot on Friday. "The pier will reopen in May," Lind said.';
    const result = extractQuotes(text);
    expect(result.entities.map((e) => e.name)).not.toContain('Tova Lind Defends Herself Against Claims');
    expect(findQuote(text, 'The pier will reopen in May').speaker?.name).toBe('Tova Lind');
  });

  test('a surname the tagger reads as a verb still ends a name', () => {
    const text = 'The port\'s chief executive, Hendrika de la Rive, spoke on Friday. "The pier will reopen in May," de la Rive said.';
    const q = findQuote(text, 'The pier will reopen in May');
    expect(q.speaker?.name).toBe('Hendrika de la Rive');
  });
});

// A reporting verb whose subject is no name, pronoun or listed role: the noun phrase in the
// subject slot is the mention of an unnamed source, whatever its head noun.
const slots: Array<{ name: string; text: string; quote: string; mention: string }> = [
  { name: 'an unlisted plural head before the verb', text: 'The harbour board met on Monday. Senior planners said the quay would be rebuilt by spring.', quote: 'the quay would be rebuilt by spring', mention: 'Senior planners' },
  { name: 'a parenthetical frame', text: 'The main worries, respondents said, are rents and the ferry timetable.', quote: 'are rents and the ferry timetable', mention: 'respondents' },
  { name: 'after "according to"', text: 'Ferry use rose by a third last year, according to a harbour board survey.', quote: 'Ferry use rose by a third last year', mention: 'a harbour board survey' },
  { name: 'after "according to", a head the tagger reads as a verb', text: 'Ferry use rose by a third last year, according to exit polls.', quote: 'Ferry use rose by a third last year', mention: 'exit polls' },
  { name: 'an inverted frame after a quotation', text: 'The vote is on Tuesday. "It will be close," said one Northmoor councillor, who asked not to be named.', quote: 'It will be close', mention: 'one Northmoor councillor' },
  { name: 'a quantity of a group', text: 'The survey covered 900 islanders. Almost half of islanders say the ferry should run at night.', quote: 'the ferry should run at night', mention: 'half of islanders' },
  { name: 'a share with numbers on both sides of "in"', text: 'The survey covered 900 islanders. More than six in 10 said the ferry should run at night.', quote: 'the ferry should run at night', mention: 'six in 10' },
  { name: 'a word that is the whole subject', text: 'Two surveys disagree on the ferry. One says it should run at night.', quote: 'it should run at night', mention: 'One' },
];

describe('a relative pronoun after the whole subject phrase', () => {
  test('"Sen. X of State, who mused that": the pronoun is the mention, X the speaker', () => {
    const q = findQuote('The inquiry gave fodder to rivals such as Sen. Ida Brandt of Vermont, who mused on Thursday that the pier plan was doomed.', 'the pier plan was doomed');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('who');
  });
});

describe('a frame inside the clause another reporting verb reports', () => {
  test('"X told reporters that he had …": the outer subject speaks the partial quote', () => {
    const q = findQuote('Senator Ida Brandt told reporters that he had met the harbour master and that "a pause is coming."', 'a pause is coming');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('Senator Ida Brandt');
  });

  test('"X said Y would …": not the person named inside the content', () => {
    const q = findQuote('Ida Brandt said Tom Roe would advise the board on "threats that exist out there".', 'threats that exist out there');
    expect(q.speaker?.name).toBe('Ida Brandt');
  });

  test('a verb deeper inside the content: "X said she is sure Y will continue to be …"', () => {
    const q = findQuote('Ida Brandt spoke after the vote. Brandt said she is sure Tom Roe will continue to be "a voice for the harbour towns."', 'a voice for the harbour towns');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('Brandt');
  });

  test('the outer subject set off by an apposition: "X, a ferry pilot, said he holds …"', () => {
    const q = findQuote('Tom Roe, a ferry pilot, said he holds the river crossing "very close to my heart."', 'very close to my heart');
    expect(q.speaker?.name).toBe('Tom Roe');
    expect(q.speaker?.mention.text).toBe('Tom Roe');
  });

  test('the outer subject is the person a place after "of" belongs to, past a relative clause', () => {
    const q = findQuote('Senator Tom Veld of Dover, who campaigned with Ann Roe, said she must reach voters in what he called a "restless mood."', 'restless mood');
    expect(q.speaker?.name).toBe('Tom Veld');
    expect(q.speaker?.mention.text).toBe('Senator Tom Veld');
  });

  test('a clause of its own after a comma keeps its frame: "…, but Y argued …"', () => {
    const q = findQuote('Ida Brandt said the pier was safe, but Tom Roe argued that the pier was "falling apart."', 'falling apart');
    expect(q.speaker?.name).toBe('Tom Roe');
  });

  test('an adverbial clause deep in the content keeps its frame: "… when his landlord remarked that …"', () => {
    const q = findQuote('Tom Veld, a porter who lives in Eastmere, said nobody had asked him, and that he only found out when his landlord remarked that the doorbell "knows everyone by now".', 'knows everyone by now');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('his landlord');
  });

  test('a subordinate clause reports nothing beyond itself: "X tweeted after Y argued that …"', () => {
    const q = findQuote('"That is wrong," Ida Brandt tweeted after Tom Roe argued that the pier was "falling apart."', 'falling apart');
    expect(q.speaker?.name).toBe('Tom Roe');
  });
});

describe('a name inside an apposition stands for the person it describes', () => {
  const cases: Array<{ name: string; text: string; quote: string; speaker: string }> = [
    { name: 'a town and a state after the role', text: 'Ina Kessel, a ferry pilot from Ava, Mo., who has worked the river for years, said the crossing would close.', quote: 'the crossing would close', speaker: 'Ina Kessel' },
    { name: 'an age and a place', text: 'Ina Kessel, 29, of Huntsville, Ala., said the crossing would close.', quote: 'the crossing would close', speaker: 'Ina Kessel' },
    { name: 'a body in a relative clause', text: 'Tom Veld, a pollster who works with Harbour Futures, a local group, said the crossing would close.', quote: 'the crossing would close', speaker: 'Tom Veld' },
    { name: 'another person in the relative clause', text: 'Ina Kessel, a professor who once worked for Sen. Oskar Brandt (R-Tenn.), said the crossing would close.', quote: 'the crossing would close', speaker: 'Ina Kessel' },
  ];
  test.each(cases)('$name', ({ text, quote, speaker }) => {
    expect(findQuote(text, quote).speaker?.name).toBe(speaker);
  });
});

describe('a subject the frame finder did not reach', () => {
  test('after a verb that follows a quotation with a nested one', () => {
    const q = findQuote("Mr. Okafor spoke first. ''I tell the other ports, 'We do not need you,''' said Mr. Okafor, who runs the harbour.", "I tell the other ports, 'We do not need you");
    expect(q.speaker?.name).toBe('Okafor');
  });

  test('a verb opening its sentence', () => {
    const q = findQuote('Ines Okafor runs the port. Said Okafor, "The ferry will run all winter."', 'The ferry will run all winter');
    expect(q.speaker?.name).toBe('Ines Okafor');
  });

  test('the clause a participle hangs on', () => {
    const q = findQuote('In a statement released on Friday, Rep. Ines Okafor (D-Ore.) reacted to the ruling, saying: "The ferry must run."', 'The ferry must run');
    expect(q.speaker?.name).toBe('Ines Okafor');
  });
});

describe('a participle after a comma hangs on the nearest clause', () => {
  test('"When Roe spoke, she did it sideways, acknowledging …": the mention is "she"', () => {
    const q = findQuote('Ann Roe chairs the harbour board. When Roe did take on Tom Veld, she did it sideways, acknowledging that the ferry plan was popular.', 'the ferry plan was popular');
    expect(q.speaker?.name).toBe('Ann Roe');
    expect(q.speaker?.mention.text).toBe('she');
  });

  test('not the subject of a clause after "that"', () => {
    const q = findQuote('Like the mayor, Ann Roe rejected the notion that councillors could block the plan, arguing that the ferry had flexibility.', 'the ferry had flexibility');
    expect(q.speaker?.name).toBe('Ann Roe');
  });
});

describe('a frame closing the sentence after the content', () => {
  test('"…, saying …, the Courier reported": the closing frame reports the partial quote', () => {
    const q = findQuote('The board met on Tuesday. Ann Roe welcomed the vote, saying the board was "doing the right thing," the Northmoor Courier reported.', 'doing the right thing');
    expect(q.speaker?.name).toBe('Northmoor Courier');
  });

  test('"…, according to the Courier": a named source after the content', () => {
    const q = findQuote('Ann Roe welcomed the vote, saying the board was "doing the right thing," according to the Northmoor Courier.', 'doing the right thing');
    expect(q.speaker?.name).toBe('Northmoor Courier');
  });

  test('"…, according to the Courier" after a frame whose subject is no chunk', () => {
    const q = findQuote('The board met on Friday, when pilots declaring support for the plan outvoted the mayor, according to the Northmoor Courier.', 'support for the plan outvoted the mayor');
    expect(q.speaker?.name).toBe('Northmoor Courier');
  });

  test('a direct quotation keeps its own frame', () => {
    const q = findQuote('"The board is doing the right thing," Ann Roe said on Tuesday.', 'The board is doing the right thing');
    expect(q.speaker?.name).toBe('Ann Roe');
  });
});

describe('an "according to" phrase closing or opening the sentence reports its frame too', () => {
  test('after reported speech whose content ends before the phrase', () => {
    const q = findQuote('On Monday, Ann Roe said she was "glad to see" that the pier reopened, according to the Northmoor Courier.', 'glad to see');
    expect(q.speaker?.name).toBe('Northmoor Courier');
    expect(q.speaker?.mention.text).toBe('Northmoor Courier');
  });
  test('an unnamed source after "according to" keeps its description as the mention', () => {
    const q = findQuote('Ann Roe told the pilots that the pier would reopen in May, according to a transcript of the meeting.', 'the pier would reopen in May');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('a transcript');
  });
  test('opening the sentence before a frame with a subject of its own', () => {
    const q = findQuote('According to the Northmoor Courier, Ann Roe said the pier would reopen because "the queues were a warning nobody heeded."', 'the queues were a warning nobody heeded');
    expect(q.speaker?.name).toBe('Northmoor Courier');
  });
  test('a direct quotation keeps the speaker of its own frame', () => {
    const text = '"We will reopen the pier in May," Ann Roe said at a rally, according to the Northmoor Courier. "The queues will be gone by June."';
    expect(findQuote(text, 'We will reopen the pier in May').speaker?.name).toBe('Ann Roe');
    expect(findQuote(text, 'The queues will be gone by June').speaker?.name).toBe('Ann Roe');
  });
  test('after words that follow the marks', () => {
    expect(findQuote('Ann Roe said the pier would reopen "in May" after the vote, according to the Northmoor Courier.', 'in May').speaker?.name).toBe('Northmoor Courier');
  });
  test('not inside a parenthesis, nor before more of the sentence', () => {
    const inParens = findQuote('Ann Roe said the pier carried "9,000 boats" (the count was 6,000, according to the Northmoor Courier).', '9,000 boats');
    expect(inParens.speaker?.name).toBe('Ann Roe');
    const midway = findQuote('Ann Roe said the pier would reopen "in May" after the vote, according to the Northmoor Courier, before she left the hall.', 'in May');
    expect(midway.speaker?.name).toBe('Ann Roe');
  });
});

describe('a participle right after the object of its clause\'s verb', () => {
  test('hangs on that clause: its opening noun phrase is the source', () => {
    const q = findQuote('The campaign quickly sent an email to supporters stating, "The pier stays open all winter."', 'The pier stays open all winter');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('The campaign');
  });
});

describe('a quantifier standing alone before the verb is an unnamed group of speakers', () => {
  test.each([
    ['after a conjunction, not the subject of the clause before', 'Many pilots have warned the pier is unsafe, and others have said it will close by May.', 'it will close by May', 'others'],
    ['after a semicolon, "most" that the tagger may read as an adverb', 'Nine in ten pilots in Dover were worried about the pier; most said they were "very worried."', 'very worried', 'most'],
  ])('%s', (_name, text, quote, mention) => {
    const q = findQuote(text, quote);
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe(mention);
  });
});

describe('"according to" with modifiers before a name', () => {
  test('the named person after a lower-case modifier is the source', () => {
    const q = findQuote('According to veteran columnist Ina Kessel, the ferry plan has no money behind it.', 'the ferry plan has no money behind it');
    expect(q.speaker?.name).toBe('Ina Kessel');
  });
  test('"according to a tally by X": the named author of the document is the source', () => {
    const q = findQuote('Ferry use rose by a third last year, according to a tally by the Northmoor Ledger.', 'Ferry use rose by a third last year');
    expect(q.speaker?.name).toBe('Northmoor Ledger');
    expect(q.speaker?.mention.text).toMatch(/Northmoor Ledger$/);
  });
  test('"according to a recent report from X", a body with no article', () => {
    const q = findQuote('Sales of electric boats grew 40 percent a year, according to a recent report from Halden Energy Finance.', 'Sales of electric boats grew 40 percent a year');
    expect(q.speaker?.name).toBe('Halden Energy Finance');
  });
  test('"according to The Sentinel": a one-word title after a capital "The" inside the sentence is a body', () => {
    const q = findQuote('The plan will cost $3 million, according to The Sentinel.', 'The plan will cost $3 million');
    expect(q.speaker?.name).toBe('Sentinel');
    expect(q.speaker?.via).toBe('organization');
  });
  test('"a letter from his mother": an author no name gives leaves the document as the source', () => {
    const q = findQuote('The pilot had flown for the airline since 2004, according to a letter from his mother.', 'The pilot had flown for the airline since 2004');
    expect(q.speaker?.name).toBeNull();
  });
});

describe('the subject slot of a reporting verb with no chunk in it', () => {
  test.each(slots)('$name', ({ text, quote, mention }) => {
    const q = findQuote(text, quote);
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.via).toBe('anonymous');
    expect(q.speaker?.mention.text).toBe(mention);
  });

  test('a complement after the verb is no subject', () => {
    const q = findQuote('Marta Lindgren spoke first. "The pier is safe." The statement said nothing more.', 'The pier is safe');
    expect(q.speaker?.mention.text).not.toBe('nothing');
  });
});

describe('a quotation signed on the next line after a dash', () => {
  test('the name after the dash speaks it', () => {
    const q = findQuote('The claims, checked.\n\n"We will reopen the pier in May."\n\n— Lena Park, Dover.\n\nThe pier closed in 2019.', 'We will reopen the pier in May');
    expect(q.speaker?.name).toBe('Lena Park');
    expect(q.speaker?.mention.text).toBe('Lena Park');
  });
  test('a dash inside the same paragraph signs nothing', () => {
    const q = findQuote('Lena Park spoke first. "We will reopen the pier in May," Tom Veld said — Park disagreed.', 'We will reopen the pier in May');
    expect(q.speaker?.name).toBe('Tom Veld');
  });
});

describe('a name after the reporting verb is its listener when a subject stands before the verb', () => {
  test('past an apposition: \'"…," Rep. Tom Veld, Democrat of Dover, told Ms. Roe\'', () => {
    const q = findQuote('"That was a fine speech, Madam Mayor," Representative Tom Veld, Democrat of Dover, told Ms. Roe at the door.', 'That was a fine speech, Madam Mayor');
    expect(q.speaker?.name).toBe('Tom Veld');
    expect(q.speaker?.mention.text).toBe('Representative Tom Veld');
  });
  test('an inverted frame keeps the name after the verb', () => {
    const q = findQuote('"We will reopen the pier," said Tom Veld, the harbour master.', 'We will reopen the pier');
    expect(q.speaker?.name).toBe('Tom Veld');
  });
});

describe('"who" right before a reporting verb with no subject chunk', () => {
  test('an unnamed antecedent: the relative pronoun is the unnamed source\'s mention', () => {
    const q = findQuote('The poll covers independent voters who said they would vote in May.', 'they would vote in May');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('who');
  });
  test('a named antecedent past a parenthetical speaks, with "who" as the mention', () => {
    const q = findQuote('First there was the editor Bret Stephens, who, after trading insults with the host, said that "the party became an echo chamber."', 'the party became an echo chamber');
    expect(q.speaker?.name).toBe('Bret Stephens');
    expect(q.speaker?.mention.text).toBe('who');
  });
});

describe('a relative pronoun that is the reporting verb\'s own subject', () => {
  test('past a prepositional phrase of time, after the verb of the sentence: the pronoun is the mention, its antecedent the speaker', () => {
    const q = findQuote('Voters backed Ina Kessel, who in the past has argued that the pier was unsafe.', 'the pier was unsafe');
    expect(q.speaker?.name).toBe('Ina Kessel');
    expect(q.speaker?.mention.text).toBe('who');
  });
  test('"which" after a body set off by a comma', () => {
    const q = findQuote('The harbour board, which has warned that the pier is unsafe, met on Monday.', 'the pier is unsafe');
    expect(q.speaker?.mention.text).toBe('which');
  });
  test('a relative clause closed by its own comma leaves the verb to the main clause', () => {
    const q = findQuote('Tom Veld, who is 28, said the ferry would stop in June.', 'the ferry would stop in June');
    expect(q.speaker?.name).toBe('Tom Veld');
    expect(q.speaker?.mention.text).toBe('Tom Veld');
  });
  test('an antecedent no chunk holds, past the verb of the sentence: not its subject', () => {
    const q = findQuote('The plan drew in everyone: sailors who wanted new berths, and bankers who concluded the port would pay for itself.', 'the port would pay for itself');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('who');
  });
  test('inside the content of an earlier reporting verb the quote stays that verb\'s subject\'s', () => {
    const q = findQuote('Ida Brandt said she wants a harbour plan that calls for "a second pier."', 'a second pier');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('Ida Brandt');
  });
  const relative = (text: string, verb: string) => {
    const { ctx } = analyze(text);
    const cue = ctx.tokens.findIndex((t) => t.text === verb);
    const r = relativeBeforeCue(ctx.tokens, ctx.chunks, cue);
    return r && ctx.tokens[r.who].text;
  };
  test('"that" after a noun is a relative subject; "that" opening a clause with its own subject is not', () => {
    expect(relative('Residents found a leaflet that warned of closures.', 'warned')).toBe('that');
    expect(relative('They passed the bill that senators said was flawed.', 'said')).toBeNull();
  });
  test('an interrogative "who" after a verb opens a question, not a relative clause', () => {
    expect(relative('Nobody asked who said it first.', 'said')).toBeNull();
  });
});

describe('an opening subordinate clause reports nothing beyond its comma', () => {
  test('"Although … she said …, … she said …": the main clause\'s own subject is the mention', () => {
    const text = 'Ida Brandt spoke twice. Although in May she said the pier was safe, at the hearing this week she said it was "a standing hazard."';
    const q = findQuote(text, 'a standing hazard');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.start).toBe(text.lastIndexOf('she said'));
  });
});

describe('a name after the verb that opens the reported clause is not its subject', () => {
  test('a phrase no chunk opens, then the name set off by commas before the verb', () => {
    const q = findQuote('One of the authors of the harbour report, Tom Veld, said Ida Brandt would lose the vote.', 'Ida Brandt would lose the vote');
    expect(q.speaker?.name).toBe('Tom Veld');
    expect(q.speaker?.mention.text).toBe('Tom Veld');
  });
  test('the clause\'s opening name past a party label and a participle between commas', () => {
    const q = findQuote('Sen. Ida Brandt, R-Fla., speaking on the radio after the vote, said Tom Veld had misled the board.', 'Tom Veld had misled the board');
    expect(q.speaker?.name).toBe('Ida Brandt');
    expect(q.speaker?.mention.text).toBe('Sen. Ida Brandt');
  });
});

describe('a bare noun phrase opening the clause of a reporting verb is its subject', () => {
  test('"…, although history says …": not the names earlier in the sentence', () => {
    const q = findQuote('Mary Olsen and Tom Veld lead in the polls there, although history says there can be upheavals.', 'there can be upheavals');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('history');
  });
  test('"…; public records indicate …": the records, not the man they are about', () => {
    const q = findQuote('Tom Veld gave $38,000 to campaigns; public records indicate he did not own a home.', 'he did not own a home');
    expect(q.speaker?.mention.text).toBe('public records');
  });
  test('after "which": "…, which an inquiry said was careless"', () => {
    const q = findQuote('Mr. Veld criticized her use of email, which an inquiry said was careless.', 'was careless');
    expect(q.speaker?.mention.text).toBe('an inquiry');
  });
  test('a noun joined to a name keeps the name: "Olsen and her colleagues found"', () => {
    const q = findQuote('Mary Olsen and her colleagues found that the shocks push the districts the other way.', 'the shocks push the districts the other way');
    expect(q.speaker?.name).toBe('Mary Olsen');
  });
  test('a noun after a preposition keeps the subject it hangs on: "Olsen and other donors in both parties said"', () => {
    const q = findQuote('Ms. Olsen, Mrs. Veld and other donors in both parties said their networks were now mostly women.', 'their networks were now mostly women');
    expect(q.speaker?.name).toBe('Olsen');
  });
});

describe('a noun phrase after "according to" that no chunk or slot reads', () => {
  test('a possessive pronoun opening it: "according to his campaign profile"', () => {
    const q = findQuote('The pilot had flown for the airline since 2004, according to his campaign profile.', 'The pilot had flown for the airline since 2004');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('his campaign profile');
  });
  test('an adverb and a head the tagger reads as an adjective: "the most recent average of polls"', () => {
    const q = findQuote('Tom Veld would beat Olsen by five points, according to the most recent average of national polls.', 'Tom Veld would beat Olsen by five points');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('the most recent average');
  });
  test('a name after "according to" is still read as the name', () => {
    const q = findQuote('Turnout rose in the north, according to Mary Olsen.', 'Turnout rose in the north');
    expect(q.speaker?.name).toBe('Mary Olsen');
  });
});

describe('the noun phrase opening the clause of a reporting verb with no subject chunk', () => {
  test('past a parenthetical adverb: "An email from Roe, meanwhile, reveals"', () => {
    const q = findQuote('An email from Mary Olsen, meanwhile, reveals that the donor regretted his choice.', 'the donor regretted his choice');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('An email');
  });
  test('past an "including" parenthetical: "Editorial pages across the country, including the Courier, warned"', () => {
    const q = findQuote('Editorial pages across the country, including the Courier, warned that the sky was falling.', 'the sky was falling');
    expect(q.speaker?.mention.text).toBe('Editorial pages');
  });
  test('the clause a participle after a comma hangs on: "His campaign sued the party, arguing"', () => {
    const q = findQuote('His campaign sued the party on Friday, arguing that the vote count was flawed.', 'the vote count was flawed');
    expect(q.speaker?.mention.text).toBe('His campaign');
  });
  test('a gerund the tagger reads as a verb heads the slot: "the same polling suggests"', () => {
    const q = findQuote('But the same polling suggests that Mr. Veld could do well among these voters.', 'Mr. Veld could do well among these voters');
    expect(q.speaker?.mention.text).toBe('the same polling');
  });
  test('a name opening the clause stays with the frame finder', () => {
    const q = findQuote('Last month, the Courier, a British newspaper, revealed that most of the clothing was made abroad.', 'most of the clothing was made abroad');
    expect(q.speaker?.mention.text).toBe('Courier');
  });
});

describe('the noun phrase between "with" or "including" and a participle is its subject', () => {
  test('a common noun phrase: "with some polls indicating that …"', () => {
    const q = findQuote('Mr. Veld is ahead in the polls in Ohio, with some polls indicating that the governor has a small lead.', 'the governor has a small lead');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('some polls');
  });
  test('a quantity of a group past "of" and a possessive: "with one of her ads asking"', () => {
    const q = findQuote('Olsen and her backers tried to tie Veld to the mayor, with one of her ads asking, "Is Tom Veld independent enough to serve?"', 'Is Tom Veld independent enough to serve?');
    expect(q.speaker?.mention.text).toBe('one of her ads');
  });
  test('after "including", past "to" inside the phrase: "including an adviser to his campaign acknowledging"', () => {
    const q = findQuote('Tom Veld has slipped in the polls because of his own errors, including a senior adviser to his campaign acknowledging to the Courier that the candidate does not understand the budget.', 'the candidate does not understand the budget');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('a senior adviser');
  });
  test('a name past an adverb: "with Veld reportedly yelling"', () => {
    const q = findQuote('Some supporters of Mary Olsen kicked a protester, with Veld reportedly yelling: "Get him out of here!"', 'Get him out of here!');
    expect(q.speaker?.name).toBe('Veld');
  });
});

describe('a name right before a participle after a comma or conjunction is its subject', () => {
  test('two absolute phrases: "…, Veld saying … and Olsen calling …"', () => {
    const text = 'The two issued a statement, Veld saying he was "very encouraged" and Olsen calling it a "great meeting."';
    expect(findQuote(text, 'very encouraged').speaker?.name).toBe('Veld');
    expect(findQuote(text, 'great meeting').speaker?.name).toBe('Olsen');
  });
  test('not the object of a preposition: "spoke to Veld, saying …"', () => {
    expect(findQuote('The mayor spoke to Veld, saying the pier would close.', 'the pier would close').speaker?.mention.text).toBe('The mayor');
  });
});

describe('an adverbial clause opening the sentence holds no subject of the main clause', () => {
  test('"When Veld lost the vote, Olsen was blunt: …": the colon introduces the main subject\'s words', () => {
    const q = findQuote('When Veld lost the vote, Olsen was blunt: "If they sue us in court, they are going to lose."', 'If they sue us in court, they are going to lose');
    expect(q.speaker?.name).toBe('Olsen');
  });
});

describe('a reporting verb the tagger reads as a noun', () => {
  test('bridges no body to the name after it: "Forbes lists Berg" names Forbes', () => {
    const text = 'The harbour had a good year. Forbes lists Anna Berg and her brother Carl as the richest people in the county.';
    const { ctx } = analyze(text);
    const at = ctx.tokens.findIndex((t) => t.text === 'Forbes');
    const chunk = ctx.chunks.chunks[ctx.chunks.chunkAt[at]];
    const m = speakerMention(ctx.tokens, ctx.chunks, chunk);
    expect(text.slice(ctx.tokens[m.first].start, ctx.tokens[m.last].end)).toBe('Forbes');
  });
});

/** A quote's expected speaker (null: an unnamed source) and, where it matters, the mention that names it. */
interface SourceCase {
  name: string;
  text: string;
  quote: string;
  speaker?: string | null;
  mention?: string;
}

const sources: SourceCase[] = [
  // A subject inside a phrase or clause opening the sentence is not the main clause's.
  { name: '"In a year when X is talking …, Y said …": the main clause\'s subject speaks', text: 'In a year when Bob Lane is talking about deporting workers, Ann Roe said the mayor was right to urge leaders "to stand up and be active."', quote: 'to stand up and be active', speaker: 'Ann Roe' },
  { name: 'a place after a comma in an opening prepositional phrase, a modified name after it', text: 'At a rally in Dover, Del., 14-year-old Ann Roe hoisted a sign that read "15%!"', quote: '15%!', speaker: 'Ann Roe' },
  { name: '"As X spoke, the union was …": a cue with no clause inside the opening clause', text: 'Bob Lane addressed the board. As Lane spoke, the union was whipping members against "any and all cuts."', quote: 'any and all cuts', mention: 'the union' },
  { name: '"As X said, …": a cue that takes a clause inside the opening clause keeps its subject', text: 'Ann Roe runs the port. As Roe said on Monday, the company has been "dead on arrival" for years.', quote: 'dead on arrival', speaker: 'Ann Roe' },
  { name: 'a capitalized common word opening the sentence is a time, not the source: "Hours later, she …"', text: 'Ann Roe was in Dover. Hours later, she issued a statement calling on the board "to redouble its efforts."', quote: 'to redouble its efforts', speaker: 'Ann Roe', mention: 'she' },
  { name: 'a capitalized adverb opening the sentence is no source', text: 'Ann Roe ran for the seat. Early in the campaign, she complained that the board had limited the number of debates.', quote: 'the board had limited the number of debates', speaker: 'Ann Roe', mention: 'she' },
  // A frame closing the sentence a marked fragment sits in reports all of it.
  { name: 'an inverted frame after more of the sentence: "…, said Ann Roe, an expert at …"', text: 'Dover\'s growing influence has provoked mixed feelings in many Baltic states, and it has used "velvet gloves" in its dealings with the region, said Ann Roe, an expert at Kestrel University.', quote: 'velvet gloves', speaker: 'Ann Roe' },
  { name: 'a frame right after the mark with a participle after it: \'"…," Roe added, saying …\'', text: 'Bob Lane cannot say that "from his perspective," Ann Roe added, saying it should be up to the board.', quote: 'from his perspective', speaker: 'Ann Roe' },
  { name: 'a clause of its own after the comma is no closing frame: "…, the union said it would strike."', text: 'Ann Roe called the offer "an insult to every worker," and later that day, the union said it would strike.', quote: 'an insult to every worker', speaker: 'Ann Roe' },
  // A name after "of", "for" or "to" is the complement of the noun heading the subject.
  { name: '"Supporters of Roe said": an unnamed group, not Roe', text: 'Ann Roe spoke in Dover. Supporters of Roe said the plan was a betrayal.', quote: 'the plan was a betrayal', speaker: null, mention: 'Supporters of Roe' },
  { name: '"26 percent of Democrats say": a share of a group is an unnamed group', text: 'Most voters are paying attention; 26 percent of Democrats say they have not been following the race.', quote: 'they have not been following the race', speaker: null, mention: '26 percent of Democrats' },
  { name: 'a title inside one name keeps the name: "Secretary of State Ann Roe said"', text: 'Secretary of State Ann Roe said the plan was illegal.', quote: 'the plan was illegal', speaker: 'Ann Roe' },
  // A name modifying the noun that heads the subject, a time before the verb; a group a name owns.
  { name: '"The Roe campaign on Monday also doubled down …, saying …": the campaign, unnamed', text: 'Ann Roe spoke in Dover. The Roe campaign on Monday also doubled down on its attacks on Lane, saying he is experienced "on paper" but suggesting that might not be enough.', quote: 'on paper', speaker: null, mention: 'The Roe campaign' },
  { name: '"Roe\'s representatives reached out …, asking …": the representatives, not Roe', text: "Ann Roe spoke. Roe's representatives reached out weeks ago to two speechwriters, asking them to draft a speech for her.", quote: 'draft a speech for her', speaker: null, mention: 'representatives' },
  // A time phrase between the subject and its verb is no one.
  { name: '"The Ohio Republican on Tuesday dismissed …": the described person, not "Tuesday"', text: 'In a statement, the Ohio Republican on Tuesday dismissed the plan as "a fraud on voters."', quote: 'a fraud on voters', speaker: null, mention: 'the Ohio Republican' },
  { name: '"Roe during a Sunday thanked …": the name before the whole time phrase', text: 'Ann Roe toured the wards. Roe during a Sunday thanked the nurses "for their support in my campaign" and left.', quote: 'for their support in my campaign', speaker: 'Ann Roe', mention: 'Roe' },
  { name: '"Senior leaders earlier in the day said …": the leaders, not the day', text: 'The vote was close. Senior leaders earlier in the day said the plan was dead.', quote: 'the plan was dead', speaker: null, mention: 'Senior leaders' },
  // A frame after the closing mark that ends in a colon introduces what follows.
  { name: '\'After Roe said that … "…," Lane said: "…"\': the fragment is Roe\'s', text: 'Bob Lane criticized Ann Roe in December. After Roe said that minority students might do better at "less advanced schools," Lane said: "I do not like what she said."', quote: 'less advanced schools', speaker: 'Ann Roe' },
  // A quotation in the clause of "asked by" is the asker's question, unless a main clause answers.
  { name: '"Roe was asked by host Lane, who backs her, \'…?\'": the host asks', text: 'Ann Roe was asked by host Bob Lane, who supports her, "Now, you famously said you were tired of hearing about the emails. Has the story moved?"', quote: 'Now, you famously said you were tired of hearing about the emails. Has the story moved?', speaker: 'Bob Lane' },
  { name: 'a main clause after the comma answers: "When asked by reporters about it, Roe said …"', text: 'When asked by reporters about the plan, Ann Roe said the plan was "dead."', quote: 'dead', speaker: 'Ann Roe' },
  { name: 'a role and an apposition after the agent, then "the younger Roe said": Roe answers', text: 'Asked by counsel to the inquiry, Ann Lane KC, whether he had known about the warnings, the younger Roe said he had not.', quote: 'he had not', speaker: 'Roe' },
];

describe('the source of a quote in a sentence with more than one candidate subject', () => {
  test.each(sources)('$name', ({ text, quote, speaker, mention }) => {
    // Every row checks something: the speaker, the mention, or both.
    expect(speaker !== undefined || mention !== undefined).toBe(true);
    const q = findQuote(text, quote);
    if (speaker !== undefined) expect(q.speaker?.name ?? null).toBe(speaker);
    if (mention !== undefined) expect(q.speaker?.mention.text).toBe(mention);
  });
});

describe('a participle opening the sentence holds no subject of the main clause', () => {
  test('"Facing criticism from X, Y released …"', () => {
    const text = 'Facing mounting criticism from Senator Ann Roe, Mr. Lane released a statement insisting that the board had "no right" to act.';
    const { ctx } = analyze(text);
    const at = ctx.tokens.findIndex((t) => t.text === 'Roe');
    const cue = ctx.tokens.findIndex((t) => t.text === 'insisting');
    const main = subjectAfterIntroduction(ctx.tokens, ctx.chunks, ctx.chunks.chunks[ctx.chunks.chunkAt[at]], cue, text.indexOf('no right'));
    expect(main && text.slice(ctx.tokens[main.first].start, ctx.tokens[main.last].end)).toBe('Mr. Lane');
  });
});

describe('tokenFromAfter', () => {
  // Token starts only matter: every offset, from every starting guess (right, early or too late).
  const tokens = [0, 3, 5, 9, 12, 20, 21, 40].map((start) => ({ start })) as never[];
  test('finds what tokenFrom finds, whatever token it starts from', () => {
    for (let at = -1; at <= 42; at++) {
      for (let lo = 0; lo <= tokens.length + 1; lo++) expect([at, lo, tokenFromAfter(tokens, at, lo)]).toEqual([at, lo, tokenFrom(tokens, at)]);
    }
    expect(tokenFromAfter([], 5, 0)).toBe(0);
  });
});
