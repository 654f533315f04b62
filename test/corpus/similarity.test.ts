// Whether two quotes are one statement, and the words that differ between them.
import { WordFolder } from '../../src/corpus/fingerprint';
import { changesAgainst, sameStatement } from '../../src/corpus/similarity';

describe('similarity', () => {
  const f = new WordFolder();
  const t = (s: string) => f.tokens(s);

  test('trimmed and extended spans are the same statement; a common phrase inside another is not', () => {
    expect(sameStatement(t('the best way to avert a crisis is through diplomacy'), t('Blinken said the best way to avert a crisis is through diplomacy and talks'))).toBe(true);
    expect(sameStatement(t('the best way to avert a crisis is through diplomacy'), t('and that is the best way to avert a renewed crisis in Ukraine'))).toBe(false);
    expect(sameStatement(t('de-escalate'), t('how to de-escalate the situation in Europe'))).toBe(false);
    expect(sameStatement(t('serious consequences'), t('Serious consequences'))).toBe(true);
  });

  test.each([
    ['reverse the recent troop buildup and return forces', 'reverse the recent troop build-up (and) return forces', []],
    ['reverse the recent troop buildup, return forces', 'reverse the recent troop buildup and return forces', []],
    ['the talks will resume in May', 'the talks will not resume in May', [{ reference: '', occurrence: 'not' }]],
    ['the levy will hurt the regional economy badly', 'the levy will hurt the regional economy', []],
    ['the levy will hurt the regional economy badly', 'the levy will hurt the regional economy greatly', [{ reference: 'badly', occurrence: 'greatly' }]],
    ['Ukraine and the United States are closely working together', 'we are closely working together', [{ reference: 'Ukraine and the United States', occurrence: 'we' }]],
  ])('changes of %j against %j', (ref, occ, changes) => expect(changesAgainst(t(ref), t(occ))).toEqual(changes));
});
