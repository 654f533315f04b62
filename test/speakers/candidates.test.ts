// Candidate sources (src/speakers/candidates.ts) as the records show them, on our own sentences.
import { findQuote } from '../helpers/quotes';

describe('a quotation framed after its closing mark by an unlisted verb', () => {
  const opening = 'Marta Lindgren opened the session. "We will win the vote," Lindgren said. ';

  test('a named subject and a verb the tagger misreads ("shot back")', () => {
    const q = findQuote(`${opening}"They are only here for the cameras," Oskar Veld shot back.`, 'They are only here for the cameras');
    expect(q.speaker?.name).toBe('Oskar Veld');
    expect(q.speaker?.mention.text).toBe('Oskar Veld');
  });

  test('an inverted unlisted verb and a name ("beamed")', () => {
    const q = findQuote(`${opening}"This is the best day of the year!" beamed Dana Hart of Madison.`, 'This is the best day of the year!');
    expect(q.speaker?.name).toBe('Dana Hart');
  });

  test('a determiner and an adjective before the name ("an angry Veld retorted")', () => {
    const q = findQuote(`${opening}"The port will always be ours," an angry Veld retorted.`, 'The port will always be ours');
    expect(q.speaker?.name).toBe('Veld');
  });

  test('a party label between the name and the verb', () => {
    const q = findQuote(`${opening}"There is energy in every race," Rep. Oskar Veld (D-Ore.) said.`, 'There is energy in every race');
    expect(q.speaker?.name).toBe('Oskar Veld');
    expect(q.speaker?.mention.text).toBe('Rep. Oskar Veld (D-Ore.)');
  });

  test('a named subject and a present tense the tagger reads as a noun, ending the sentence ("Veld answers.")', () => {
    const q = findQuote(`${opening}"We can point to only two gains," Oskar Veld answers.`, 'We can point to only two gains');
    expect(q.speaker?.name).toBe('Oskar Veld');
    expect(q.speaker?.mention.text).toBe('Oskar Veld');
  });

  test('after a sentence closed inside the marks, a name and a verb with an object open a new sentence', () => {
    const q = findQuote(`${opening}"Or was I going to do something?" Oskar Veld put his house up for sale.`, 'Or was I going to do something?');
    expect(q.speaker?.name).toBe('Marta Lindgren');
  });

  test('a document and an unlisted verb closing the clause ("the memo reads")', () => {
    const q = findQuote(`${opening}"Every pier must close by noon," the memo reads.`, 'Every pier must close by noon');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('the memo');
  });

  test('"it" and an unlisted verb closing the clause ("it reads")', () => {
    const q = findQuote(`${opening}"Every pier must close by noon," it reads.`, 'Every pier must close by noon');
    expect(q.speaker?.mention.text).toBe('it');
  });

  test('"it" and the past tense "read" closing the clause ("it read")', () => {
    const q = findQuote(`${opening}"Every pier must close by noon," it read.`, 'Every pier must close by noon');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('it');
  });

  test('a document after an inverted "read" ("read the statement")', () => {
    const q = findQuote(`${opening}"Every pier must close by noon," read the statement, which the board issued.`, 'Every pier must close by noon');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('the statement');
  });

  test('a verb with an object after the mark is no frame ("the memo reads a line")', () => {
    const q = findQuote(`${opening}"We will also win the next one." The clerk reads a line from the minutes.`, 'We will also win the next one');
    expect(q.speaker?.name).toBe('Marta Lindgren');
  });

  test('with nothing framing it, the quotation continues the previous speaker', () => {
    const q = findQuote(`${opening}"We will also win the next one." The hall cheered.`, 'We will also win the next one');
    expect(q.speaker?.name).toBe('Marta Lindgren');
    expect(q.speaker?.via).toBe('continuation');
  });

  test('a noun phrase after the mark without a verb is no frame', () => {
    const q = findQuote(`${opening}"We will also win the next one," Lindgren said. "Every seat in this hall will be ours." Oskar Veld, her rival, left early.`, 'Every seat in this hall will be ours');
    expect(q.speaker?.name).toBe('Marta Lindgren');
  });
});

describe('sources that are things and relative pronouns', () => {
  test('a document that says something is nobody in the story', () => {
    const q = findQuote('Marta Lindgren wrote to the board on Monday. "Anything less than a clean break will fail," the letter says.', 'Anything less than a clean break will fail');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.mention.text).toBe('the letter');
  });

  test('the relative pronoun the reporting verb hangs on is the mention; its antecedent the speaker', () => {
    const text = 'The club hired Marta Lindgren, who said the pitch would be rebuilt by May.';
    const q = findQuote(text, 'the pitch would be rebuilt by May');
    expect(q.speaker?.name).toBe('Marta Lindgren');
    expect(q.speaker?.mention.text).toBe('who');
    expect(text.slice(q.speaker!.mention.start, q.speaker!.mention.end)).toBe('who');
  });

  test('a relative clause with a noun phrase of its own leaves the mention on the subject', () => {
    const q = findQuote('Marta Lindgren, who met Oskar Veld on Monday, said the pitch would be rebuilt by May.', 'the pitch would be rebuilt by May');
    expect(q.speaker?.name).toBe('Marta Lindgren');
    expect(q.speaker?.mention.text).toBe('Marta Lindgren');
  });
});

describe('organizations named again', () => {
  test('an acronym of a body named before is that body, its full name canonical and the acronym an alias', () => {
    const text = 'The Northern Water Resources Agency said on Monday the dam was safe. "No repairs are needed this year," the NWRA said.';
    const q = findQuote(text, 'No repairs are needed this year');
    expect(q.speaker?.name).toBe('Northern Water Resources Agency');
    expect(q.speaker?.mention.text).toBe('the NWRA');
  });

  test('"the agency" is the agency named before', () => {
    const q = findQuote('The Northern Water Resources Agency said on Monday the dam was safe. The agency said "no repairs are needed this year."', 'no repairs are needed this year');
    expect(q.speaker?.name).toBe('Northern Water Resources Agency');
  });

  test('an acronym nobody spelt out stays its own organization', () => {
    const q = findQuote('Marta Lindgren runs the port. "No repairs are needed this year," the NWRA said.', 'No repairs are needed this year');
    expect(q.speaker?.name).toBe('the NWRA');
  });
});

describe('descriptors that name an office', () => {
  test('"the secretary of state" is the one whose role holds the whole office, not one whose role only shares its head', () => {
    const text = 'Secretary of State Oskar Venn met the envoy on Friday. ' +
      'Ilse Marten, a former deputy secretary general of the alliance, said talks would fail. The sanctions are ready, the secretary of state said.';
    const q = findQuote(text, 'The sanctions are ready');
    expect(q.speaker?.name).toBe('Oskar Venn');
    expect(q.speaker?.via).toBe('descriptor');
  });
});

describe('what the speaker mention does not change', () => {
  test('an unnamed source named again by its role keeps that role when its first mention was a relative pronoun', () => {
    const text = 'A senior harbour official, who spoke on condition of anonymity, said the talks had nearly closed. "We were one paragraph away," the official said.';
    const q = findQuote(text, 'We were one paragraph away');
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.via).toBe('descriptor');
  });

  test('a thing in a subordinate clause is no source ("for which the archive showed")', () => {
    const text = 'The director, Marta Lindgren, said the board had returned every figure for which the archive showed a "clear and unbroken" line.';
    expect(findQuote(text, 'clear and unbroken').speaker?.name).toBe('Marta Lindgren');
  });

  test('a pronoun after a document that spoke still finds the person', () => {
    const text = 'Marta Lindgren wrote to the board. "Anything less than a clean break will fail," the letter says. "We would rather be slow than wrong," she told reporters.';
    expect(findQuote(text, 'We would rather be slow than wrong').speaker?.name).toBe('Marta Lindgren');
  });
});

describe('a quotation in marks continues the last one in marks', () => {
  test('reported speech by someone else in between does not take over', () => {
    const q = findQuote('"The contracts cannot be ended at will," harbour spokesman Tom Veld told the Courier, after Ann Roe stated an interest in ending them. "They are fully binding."', 'They are fully binding');
    expect(q.speaker?.name).toBe('Tom Veld');
  });
});
