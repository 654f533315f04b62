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
