// The scorer follows ANNOTATION.md §4: half-overlap matching, alias-aware speakers, ignored spans.
import { nameKey, sameSpeaker, scoreDocuments } from '../../src/index';

const text = 'Blinken said the talks were useful. "We will see," Lavrov said. Headline here.';
const gold = [{ id: 'd', text, quotes: [
  { start: 13, end: 34, kind: 'indirect' as const, speaker: 'Antony Blinken' },
  { start: 37, end: 48, kind: 'direct' as const, speaker: 'Sergei Lavrov' },
], ignored: [[64, 77]] as Array<[number, number]> }];

describe('scoreDocuments', () => {
  test('perfect predictions score 1', () => {
    const s = scoreDocuments(gold, new Map([['d', gold[0].quotes.map((q) => ({ ...q }))]]));
    expect(s.byKind.all.f1).toBe(1);
    expect(s.attribution.accuracy).toBe(1);
  });
  test('half overlap matches; less does not; ignored spans do not count', () => {
    const s = scoreDocuments(gold, new Map([['d', [
      { start: 13, end: 24, kind: 'indirect' as const, speaker: 'Blinken' }, // "the talks" of 5 words: 2 of 2 shorter
      { start: 64, end: 77, kind: 'direct' as const, speaker: null }, // ignored
    ]]]));
    expect(s.byKind.all.tp).toBe(1);
    expect(s.byKind.all.predicted).toBe(1);
    expect(s.attribution.correct).toBe(1); // lone surname, one Blinken in the document
  });
  test('kinds are pooled marked vs indirect', () => {
    const s = scoreDocuments(gold, new Map([['d', [{ start: 37, end: 48, kind: 'indirect' as const, speaker: 'Sergei Lavrov' }]]]));
    expect(s.byKind.all.tp).toBe(0);
  });
});

describe('speaker identity', () => {
  test.each([
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Zelenskyy', 'Volodymyr Zelenskiy', true],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', true],
    ['José Núñez', 'Jose Nunez', true],
    ['the Kremlin', 'Kremlin', true],
    ['Blinken', 'Antony Blinken', true],
    ['Antony Blinken', 'Sergei Lavrov', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameSpeaker(a, b, [b])).toBe(same);
  });
  test('a shared surname alone is ambiguous', () => {
    expect(sameSpeaker('Osei', 'Amara Osei', ['Amara Osei', 'Kwame Osei'])).toBe(false);
  });
  test('a surname with its particles is a surname alone', () => {
    expect(sameSpeaker('Ana de la Vega', 'De la Vega', ['De la Vega'])).toBe(true);
    expect(sameSpeaker('van Dorn', 'Pieter van Dorn', ['Pieter van Dorn'])).toBe(true);
    // Two people share it: ambiguous, as a one-word surname would be.
    expect(sameSpeaker('de la Vega', 'Ana de la Vega', ['Ana de la Vega', 'Luis de la Vega'])).toBe(false);
    // A given name before the surname makes it a full name, which must match in full.
    expect(sameSpeaker('Luis Vega', 'Ana de la Vega', ['Ana de la Vega'])).toBe(false);
  });
  test('a compound surname of a first name and two words is a surname alone', () => {
    expect(sameSpeaker('Marta Okonkwo Brandt', 'Okonkwo Brandt', ['Okonkwo Brandt'])).toBe(true);
    expect(sameSpeaker('Okonkwo Brandt', 'Marta Okonkwo Brandt', ['Marta Okonkwo Brandt'])).toBe(true);
    // Two people share it: ambiguous.
    expect(sameSpeaker('Okonkwo Brandt', 'Marta Okonkwo Brandt', ['Marta Okonkwo Brandt', 'Jonas Okonkwo Brandt'])).toBe(false);
    // Its first word a first name: a first name and a surname, maybe another person.
    expect(sameSpeaker('Ruth Brandt', 'Marta Ruth Brandt', ['Marta Ruth Brandt'])).toBe(false);
    // Longer names are no first name and compound surname: the end of a body's name is no surname.
    expect(sameSpeaker('Harbour Ledger', 'Both the Harbour Ledger', ['Both the Harbour Ledger'])).toBe(false);
  });
  test('a generational suffix is a variant of the same name, unless the gold holds both forms', () => {
    expect(sameSpeaker('Tomas R. Varga Jr.', 'Tomas R. Varga', ['Tomas R. Varga'])).toBe(true);
    expect(sameSpeaker('Lena Holt', 'Lena Holt III', ['Lena Holt III'])).toBe(true);
    // A father and a son quoted in one article are two people.
    expect(sameSpeaker('Tomas Varga', 'Tomas Varga Jr.', ['Tomas Varga', 'Tomas Varga Jr.'])).toBe(false);
    // "Jr." is no name by itself: a lone surname before it is still a surname.
    expect(sameSpeaker('Varga Jr.', 'Ann Varga', ['Ann Varga'])).toBe(false);
  });
  // The variants docs/annotation.md §4 joins, each against a gold that names only the second.
  test.each([
    ['a title before a name is no part of it', 'Gov. Mara Quill', 'Mara Quill', true],
    ['a title in the gold name is no part of it', 'Mara Quill', 'Senator Mara Quill', true],
    ['a title before a lone surname stays: no full name to compare', 'Mrs. Quill', 'Tobias Quill', false],
    ['a short form of the first name', 'Sandra Pell', 'Sandy Pell', true],
    ['a short form ending in the same letters', 'Peter Orrin', 'Pete Orrin', true],
    ['a middle initial left out', 'Harold J. Venn', 'Harold Venn', true],
    ['a middle name left out', 'Ida Mae Rusk', 'Ida Rusk', true],
    ['another first name is another person', 'Hal Venn', 'Ida Venn', false],
    ['another middle initial is another person', 'Harold J. Venn', 'Harold K. Venn', false],
    ['an acronym in capitals is its organization', 'Northern Water Resources Agency', 'NWRA', true],
    ['an acronym with its article', 'the NWRA', 'Northern Water Resources Agency', true],
    ['an acronym skips "of"', 'Union of Dock Workers', 'UDW', true],
    ['initials in lower case are no acronym', 'Ada Lind', 'al', false],
    ['other letters name another body', 'Northern Water Resources Agency', 'NWA', false],
    ['initials before a surname leave it a lone surname', 'Gene B. Tallis', 'B. Tallis', true],
    ['another initial is another person', 'Gene B. Tallis', 'C. Tallis', false],
  ])('%s: %s ~ %s → %s', (_why, pred, gold, same) => {
    expect(sameSpeaker(pred, gold, [gold])).toBe(same);
  });
  test('a shorter form that fits two gold speakers (a father and a son) is ambiguous', () => {
    expect(sameSpeaker('Harold Venn', 'Harold J. Venn', ['Harold J. Venn', 'Harold K. Venn'])).toBe(false);
  });
  test('null matches only null', () => {
    expect(sameSpeaker(null, null, [])).toBe(true);
    expect(sameSpeaker('X', null, [])).toBe(false);
  });
  test('nameKey folds case, accents and transliteration', () => {
    expect(nameKey('Łukasz Żółkiewski')).toBe(nameKey('lukasz zolkiewski'));
  });
});
