// The reporting-verb test and the whitespace-skipping steps (src/text/cues.ts), on our own sentences.
import { beforeTimePhrase, cueLemma, isPassiveCue, isTightHyphen, nextWord, prevWord } from '../../src/text/cues';
import { tokenizeWithMarks } from '../../src/text/tokenize';

/** The cue lemma the test gives the first token whose text is `word`. */
function lemmaAt(text: string, word: string): string | null {
  const tokens = tokenizeWithMarks(text);
  return cueLemma(tokens, tokens.findIndex((t) => t.text === word));
}

describe('cueLemma', () => {
  test('gives each token array its own answers, the same when asked again', () => {
    // "warned" is a reporting verb in one sentence and a passive in the other, asked in turn.
    const said = tokenizeWithMarks('The mayor warned them.');
    const passive = tokenizeWithMarks('The mayor was warned.');
    const at = (tokens: typeof said) => tokens.findIndex((t) => t.text === 'warned');
    for (let k = 0; k < 2; k++) {
      expect(cueLemma(said, at(said))).toBe('warn');
      expect(cueLemma(passive, at(passive))).toBeNull();
    }
  });

  test.each([
    ['a reporting verb', 'The mayor said the plan worked.', 'said', 'say'],
    ['another tense and verb', 'The mayor has warned of floods.', 'warned', 'warn'],
    ['a participle after a comma', 'The mayor left, warning that rain was due.', 'warning', 'warn'],
    ['"call" with its object and what it is called', 'The mayor called the plan a disaster.', 'called', 'call'],
    ['the same verb as a plea to someone', 'The treasurer pleaded that the fraud was a mistake.', 'pleaded', 'plead'],
    ['a participle with a doubled consonant', 'She replied, admitting that the count was late.', 'admitting', 'admit'],
    ['a gerund after a preposition', 'The mayor rallied the crowd by warning that rain was due.', 'warning', 'warn'],
    // The tagger reads some participles as adjectives; before "that" or "to" they are verbs.
    ['a participle tagged as an adjective, before "that"', 'The mayor arrived, promising that the pier would reopen by May.', 'promising', 'promise'],
    ['a participle tagged as an adjective, before "to"', 'The mayor talked up her plan, promising to rebuild the pier.', 'promising', 'promise'],
    // After a quantifier that opens its clause, a base form the tagger reads as a noun is the verb.
    ['a base form after an opening quantifier', 'The vote is close. Some say the ferry will stop.', 'say', 'say'],
    // "said" read as an adjective after a name the tagger took for a verb.
    ['"said" tagged as an adjective', 'Chief executive Ian Read said costs rose.', 'said', 'say'],
    ['a base form after a plural subject that follows a quotation', '"The pier is safe," the Norlanders state in their report.', 'state', 'state'],
    ['the same after a conjunction', 'The vote is close, but many claim that the ferry will stop.', 'claim', 'claim'],
    ['a verb in -s after its subject, before the reported verb', 'Fares rose in Norland, which the agency says had the highest fares.', 'says', 'say'],
  ])('%s', (_name, text, word, lemma) => {
    expect(lemmaAt(text, word)).toBe(lemma);
  });
  test.each([
    ['a perception verb', 'The mayor saw the flood.', 'saw'],
    ['a passive', 'Moscow is accused of backing them.', 'accused'],
    ['a reporting word after a determiner', 'She told a press conference nothing.', 'press'],
    ['a noun the tagger reads as a noun', 'The statement was short.', 'statement'],
    ['an -ing noun after a determiner', 'The mayor ignored the warning that rain was due.', 'warning'],
    ['an -ing adjective before its noun', 'It was a promising start, promising voters little.', 'promising'],
    ['a capitalized verb inside a name', 'The memo came from Paul Dray of Counter Narrative Watch.', 'Counter'],
    ['an idiom that reports no speech', 'The treasurer pleaded guilty to fraud in May.', 'pleaded'],
    ['a participle between a number and its noun', 'The mayor leads by 271 pledged delegates.', 'pledged'],
    ['a noun after a number', 'The mayor leads by 10 points in the poll.', 'points'],
    ['a noun after an adjective, before a comma', 'She came to promote the new rules, and left.', 'rules'],
    ['a noun after a quotation\'s subject, before another noun', '"It is safe," Norlands campaign manager Ann Roe said.', 'campaign'],
    ['a noun a name modifies, before "by"', 'Ann Roe started winning Harbour campaigns by attacking the board.', 'campaigns'],
    ['a participle between a preposition and its noun', 'The number of reported cases has grown.', 'reported'],
    ['a participle naming the noun before it', 'She runs a group called Citizens for the Pier.', 'called'],
    ['an idiom of "call" that reports no speech', 'Critics have called attention to the cost.', 'called'],
    ['a verb that reports nothing', 'The mayor walked home.', 'walked'],
    ['"said" after a determiner', 'The said company was sold in May.', 'said'],
    ['a noun after a quantifier inside its clause', 'The riders want some say in the timetable.', 'say'],
    ['a noun after a quantifier before another noun', 'Some protest leaders met the mayor.', 'protest'],
    ['the second half of a hyphenated compound', 'The self-proclaimed mayor walked home.', 'proclaimed'],
    ['a plural noun read as a verb before its own verb, with no subject before it', 'It differs from elections when campaigns took on that role, says Ann Roe.', 'campaigns'],
  ])('no cue: %s', (_name, text, word) => {
    expect(lemmaAt(text, word)).toBeNull();
  });
});

describe('isPassiveCue', () => {
  test.each([
    ['"was told"', 'He was told to wait.', 'told', true],
    ['"had been warned"', 'They had been warned twice.', 'warned', true],
    ['an active verb', 'He told them to wait.', 'told', false],
  ])('%s', (_name, text, word, expected) => {
    const tokens = tokenizeWithMarks(text);
    expect(isPassiveCue(tokens, tokens.findIndex((t) => t.text === word))).toBe(expected);
  });
});

describe('prevWord and nextWord', () => {
  const tokens = tokenizeWithMarks('One two.\n\nThree four.');
  const at = (w: string) => tokens.findIndex((t) => t.text === w);
  test('step over whitespace tokens, line breaks included', () => {
    expect(tokens.some((t) => t.pos === 'SPACE')).toBe(true);
    expect(tokens[nextWord(tokens, at('.'), tokens.length - 1)].text).toBe('Three');
    expect(tokens[prevWord(tokens, at('Three'), 0)].text).toBe('.');
  });
  test('stop at their bounds', () => {
    expect(prevWord(tokens, at('One'), 0)).toBe(-1);
    expect(nextWord(tokens, at('.'), at('.'))).toBe(-1);
    expect(prevWord(tokens, at('Three'), at('Three'))).toBe(-1);
  });
});

describe('isTightHyphen', () => {
  test('a hyphen written tight between two words, not a spaced dash', () => {
    const tokens = tokenizeWithMarks('The would-be buyer - a local firm - left.');
    const hyphens = tokens.map((t, k) => (t.text === '-' ? k : -1)).filter((k) => k >= 0);
    expect(hyphens.map((k) => isTightHyphen(tokens, k))).toEqual([true, false, false]);
    expect(isTightHyphen(tokens, tokens.findIndex((t) => t.text === 'would'))).toBe(false);
  });
});

describe('beforeTimePhrase', () => {
  /** The word before the time phrase that ends right before `verb`, with no chunks in the text. */
  function before(text: string, verb: string): string | null {
    const tokens = tokenizeWithMarks(text);
    const v = tokens.findIndex((t) => t.text === verb);
    const p = beforeTimePhrase(tokens, new Array(tokens.length).fill(-1), prevWord(tokens, v, 0));
    return p >= 0 ? tokens[p].text : null;
  }

  test.each([
    ['The Ohio Republican on Tuesday said it was over.', 'said', 'Republican'],
    ['Party leaders earlier in the day said it was over.', 'said', 'leaders'],
    ['Roe during a Sunday thanked the nurses.', 'thanked', 'Roe'],
    ['Analysts late last week warned of a slowdown.', 'warned', 'Analysts'],
    // No time phrase: the word before the verb itself.
    ['Top officials said it was over.', 'said', 'officials'],
    // A phrase that opens the text leaves nothing before it.
    ['On Tuesday said nothing.', 'said', null],
  ])('%j before %s → %j', (text, verb, word) => expect(before(text, verb)).toBe(word));

  test('a chunk ends the phrase: a name is never passed over', () => {
    const tokens = tokenizeWithMarks('Roe on Monday said it was over.');
    const chunkAt = new Array(tokens.length).fill(-1);
    const monday = tokens.findIndex((t) => t.text === 'Monday');
    chunkAt[monday] = 0;
    expect(beforeTimePhrase(tokens, chunkAt, monday)).toBe(monday);
  });
});
