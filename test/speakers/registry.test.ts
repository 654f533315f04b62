// The entity registry (src/speakers/registry.ts) as the records show it: which words make a
// person's name, and when two ways of naming are one person. Our own sentences.
import { extractQuotes } from '../../src';
import { alphanumericRuns, mergeRuns } from '../../src/speakers/registry';
import { findQuote } from '../helpers/quotes';

const personNames = (text: string) => extractQuotes(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

describe('words before a name that name nobody', () => {
  // Each text has a quotation "The plan is sound" that Ada Kerr speaks; the false name must not be a person.
  test.each([
    ['a second name opening inside a title-case headline is that person, not the whole line',
      'Mayor Slams Ada Kerr On Harbour Plan.\n\nAda Kerr, who chairs the harbour board, spoke on Monday. "The plan is sound," Kerr said.', 'Mayor Slams Ada Kerr'],
    ['a common word opening a headline name is no first name when the story names the person in full',
      'Donor Kerr Backs Harbour Plan.\n\nAda Kerr, a donor to the port, spoke on Monday. "The plan is sound," Kerr said.', 'Donor Kerr'],
    ['a plural noun or a verb before a surname, in running text',
      'Ada Kerr teaches law in Leeds. Professors Kerr and Lund wrote the report. "The plan is sound," Kerr said.', 'Professors Kerr'],
    ['a gerund opening a sentence takes the person as its object',
      'Ada Kerr runs the harbour board. Blaming Kerr may be easy for the council. "The plan is sound," Kerr said.', 'Blaming Kerr'],
  ])('%s', (_name, text, notAName) => {
    expect(personNames(text)).not.toContain(notAName);
    expect(findQuote(text, 'The plan is sound').speaker?.name).toBe('Ada Kerr');
  });

  test('a word that is no first name is no first name of a run the text only writes after "the"', () => {
    // "the Kerr Express" is a thing named after Kerr, not a person whose first name is Kerr.
    const text = 'Fans boarded the Kerr Express on Monday. Kerr said the rally was the largest yet.';
    expect(findQuote(text, 'the rally was the largest yet').speaker?.name).toBe('Kerr');
  });

  test('a first name alone is no organization whose name it opens', () => {
    // "a Ruth Okafor White House" is a body named with Ruth Okafor's name; "Ruth" alone is still a person.
    const text = 'Aides picture a Ruth Okafor White House. "We will win the port," Ruth said.';
    const q = findQuote(text, 'We will win the port');
    expect(extractQuotes(text).entities.find((e) => e.id === q.speaker?.entity)?.kind).toBe('person');
  });

  test('a known first name alone still names the one person who has it', () => {
    const text = 'Amara Osei and Kwame Osei opened the shop. Amara said the rent was too high.';
    expect(findQuote(text, 'the rent was too high').speaker?.name).toBe('Amara Osei');
  });

  test('a singular common noun in running text stays a first name ("Newt"), beside a relative of the same surname', () => {
    const text = 'Newt Varga runs the shelter, and his wife, Donna Varga, keeps the books. "We need beds," Varga said.';
    expect(personNames(text)).toContain('Newt Varga');
    expect(findQuote(text, 'We need beds').speaker?.name).toBe('Newt Varga');
  });
});

describe('one person named two ways', () => {
  test('a short form of the first name joins the long form ("Ken" of "Kenneth")', () => {
    const text = 'Kenneth Orr chairs the board. Ken Orr said on Friday that the vote would wait.';
    expect(personNames(text)).toEqual(['Kenneth Orr']);
    expect(findQuote(text, 'the vote would wait').speaker?.name).toBe('Kenneth Orr');
  });

  test('names of the two genders stay two people', () => {
    const text = 'Erica Lund runs the mill. Her brother, Eric Lund, runs the farm. "We share the water," Eric Lund said.';
    expect(findQuote(text, 'We share the water').speaker?.name).toBe('Eric Lund');
  });
});

describe('two first names sharing a surname ("Ann and Tom Veld")', () => {
  test('each is a person of the surname, told apart by their titles', () => {
    const text = 'The parents, Karim and Leila Haddad, met the council on Monday.\n\n"We want answers," Mr. Haddad said.\n\n"We lost a son," Ms. Haddad said.';
    expect(personNames(text).sort()).toEqual(['Karim Haddad', 'Leila Haddad']);
    expect(findQuote(text, 'We want answers').speaker?.name).toBe('Karim Haddad');
    expect(findQuote(text, 'We lost a son').speaker?.name).toBe('Leila Haddad');
  });
  test('two first names no list knows are read so too', () => {
    const text = 'The parents, Khalam and Zirana Baddour, met the council.\n\n"We want answers," Mr. Baddour said.';
    expect(personNames(text).sort()).toEqual(['Khalam Baddour', 'Zirana Baddour']);
  });
  test('a word someone else bears as first name or surname is that person', () => {
    const text = 'Ann Roe and Tom Veld spoke. Ann and Ida Lund campaigned. Veld and Ida Lund debated. "We won," Ida Lund said.';
    expect(personNames(text).sort()).toEqual(['Ann Roe', 'Ida Lund', 'Tom Veld']);
  });
});

describe('alphanumericRuns', () => {
  test.each(['spokesman for the ministry', '', '-', 'u.s. envoy', ' a--b 12 ', 'caf\u00e9 owner', 'deputy-director'])('%j as the regex split gives it, empty pieces left out', (s) => {
    expect(alphanumericRuns(s)).toEqual(s.split(/[^a-z0-9]+/).filter((w) => w !== ''));
  });
});

describe('mergeRuns', () => {
  const ats = (xs: Array<{ at: number; id: number }>) => xs.map((x) => `${x.at}:${x.id}`);
  test.each([
    [[1, 4, 9], [2, 4, 10]],
    [[], [3, 1]],
    [[5, 6], []],
    [[3, 1], [2]],
    [[1, 2], [0, 0, 7]],
  ])('%j then %j sorts as a stable sort does', (first, second) => {
    const xs = [...first, ...second].map((at, id) => ({ at, id }));
    const sorted = [...xs].sort((a, b) => a.at - b.at);
    mergeRuns(xs, first.length);
    expect(ats(xs)).toEqual(ats(sorted));
  });
});
