// Word folding and winnowed fingerprints: which words count as the same, and anchors shared by overlapping quotes.
import fc from 'fast-check';
import { SHINGLE, WINDOW, WordFolder, winnow, shingles } from '../../src/corpus/fingerprint';

describe('word folding', () => {
  const f = new WordFolder();
  const t = (s: string) => f.tokens(s);

  test.each([
    ['destabilise the region', 'destabilize the region'],
    ['fuelling tensions', 'fueling tensions'],
    ["Russia's plans", 'Russias plans'],
    ['Russia\u00e2\u20ac\u2122s plans', "Russia's plans"],
    ['Russia?s plans', "Russia's plans"],
    ['the U.S. position', 'the US position'],
    ['talks in Kyiv', 'talks in Kiev'],
    ['the defence budget', 'the defense budget'],
  ])('%j folds like %j', (a, b) => expect(t(a).keys).toEqual(t(b).keys));

  test('"filled" and "filed" stay different words', () => expect(t('filled').keys).not.toEqual(t('filed').keys));

});

describe('fingerprints', () => {
  test('winnowing: a run of WINDOW + SHINGLE - 1 words shares an anchor with any longer quote holding it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 12, maxLength: 40 }), fc.nat(), fc.nat(), (ws, a, b) => {
        const words = ws.map((n) => `w${n}`);
        const run = WINDOW + SHINGLE - 1;
        const start = a % (words.length - run);
        const end = start + run + (b % (words.length - start - run + 1));
        const whole = new Set(winnow(shingles(words)));
        return winnow(shingles(words.slice(start, end))).some((h) => whole.has(h));
      }),
    );
  });
});
