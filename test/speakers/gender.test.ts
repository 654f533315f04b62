// Gender from role words and from names, as the pronoun resolver reads it.
import { genderOfName, genderOfRole, splitAtWhitespace } from '../../src/speakers/gender';

describe('genderOfRole (of a lower-case word, as tokens give it)', () => {
  test.each([
    ['chairwoman', 'female'],
    ['actress', 'female'],
    ['mrs.', 'female'],
    ['congressman', 'male'],
    ['spokesmen', 'male'],
    ['sir', 'male'],
    // "-man" after an "o" is no gender: "woman" is caught as female above, "ottoman" is not a man.
    ['ottoman', 'unknown'],
    ['spokesperson', 'unknown'],
    ['minister', 'unknown'],
  ])('%s → %s', (word, gender) => expect(genderOfRole(word)).toBe(gender));
});

describe('genderOfName', () => {
  test.each([
    ['Maria Olsen', 'Olsen', 'female'],
    ['Alan Brooks', 'Brooks', 'male'],
    // Titles and initials before the first name are skipped.
    ['Dr. Jane Holloway', 'Holloway', 'female'],
    ['J. Robert Mills', 'Mills', 'male'],
    ['Dr. Mary Roe', 'roe', 'female'],
    ['J. Mary Roe', 'roe', 'female'],
    ['Mrs Mary Roe', 'roe', 'female'],
    ['MARY ROE', 'roe', 'female'],
    // "Van" after a first name is a particle of the surname, not the Vietnamese middle name.
    ['Thomas Van Roe', 'roe', 'male'],
    // Vietnamese order: the middle name Thị marks a woman, Văn a man.
    ['Nguyễn Thị Lan', 'Lan', 'female'],
    ['Trần Văn Nam', 'Nam', 'male'],
    // Slavic feminine surname endings, when the first name says nothing.
    [null, 'Zakharova', 'female'],
    [null, 'Smith', 'unknown'],
    ['Xyzzy Quorn', 'Quorn', 'unknown'],
    // A first name borne by men and women alike gives no gender, whichever list holds it.
    ['Lindsey Arden', 'Arden', 'unknown'],
    ['Kelly Marsh', 'Marsh', 'unknown'],
  ] as const)('%s / %s → %s', (full, surname, gender) => expect(genderOfName(full, surname)).toBe(gender));
});

describe('splitAtWhitespace', () => {
  test.each(['Ann Roe', '', ' ', 'Ann', '  Ann \t Roe\n', 'Dr.\u00a0Ann  Lee ', 'Nguy\u1ec5n Th\u1ecb Lan'])('%j as /\\s+/ splits it', (s) => {
    expect(splitAtWhitespace(s)).toEqual(s.split(/\s+/));
  });
});
