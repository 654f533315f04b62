// The confidence model: named features, a probability in [0, 1], evidence pulling the right way.
import { type ConfidenceInput, confidenceOf, FEATURE_NAMES, features, weightsOf } from '../../src/speakers/confidence';
import fitted from '../../src/speakers/confidence.json';
import { extractQuotes } from '../../src/index';

const named: ConfidenceInput = {
  kind: 'direct', spanPrior: 0.9, framed: true, cueSay: true, inverted: true, words: 12,
  via: 'name', entityKind: 'person', nameWords: 2, mentions: 3, distance: 2, runnerUp: 0,
};

describe('confidence model', () => {
  test('every feature has a name and every fitted weight names a feature', () => {
    expect(features(named)).toHaveLength(FEATURE_NAMES.length);
    expect(Object.keys(fitted.weights).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  test('a framed, named quote is likelier right than the same span with no speaker', () => {
    const none: ConfidenceInput = { ...named, framed: false, cueSay: false, inverted: false, via: null, entityKind: null, nameWords: 0, mentions: 0, distance: 0 };
    expect(confidenceOf(named)).toBeGreaterThan(confidenceOf(none));
    expect(confidenceOf(named)).toBeLessThanOrEqual(1);
    expect(confidenceOf(none)).toBeGreaterThanOrEqual(0);
  });

  test('records carry the model probability, three decimals', () => {
    const text = 'Marisol Okafor runs the ferry line. "The timetable will not change this winter," Okafor said on Tuesday.';
    const [q] = extractQuotes(text).quotes;
    expect(q.speaker?.name).toBe('Marisol Okafor');
    expect(q.confidence).toBeGreaterThan(0.5);
    expect(Math.round(q.confidence * 1000) / 1000).toBe(q.confidence);
  });
});

describe('the sum without a feature array', () => {
  test('equals the dot product of the named features with the weights, rounded', () => {
    const w = weightsOf(fitted);
    const kinds = ['direct', 'partial', 'indirect'] as const;
    const vias = [null, 'name', 'surname', 'apposition', 'pronoun', 'descriptor', 'organization', 'anonymous', 'continuation'] as const;
    const entities = [null, 'person', 'organization', 'group', 'unnamed'] as const;
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    for (let i = 0; i < 500; i++) {
      const x: ConfidenceInput = {
        kind: pick(kinds), spanPrior: rand(), framed: rand() < 0.5, cueSay: rand() < 0.5, inverted: rand() < 0.5,
        words: Math.floor(rand() * 40), via: pick(vias), entityKind: pick(entities), nameWords: Math.floor(rand() * 4),
        mentions: Math.floor(rand() * 9), distance: Math.floor(rand() * 300), runnerUp: rand() < 0.5 ? 0 : rand(),
      };
      const z = features(x).reduce((s, f, k) => s + f * w[k], 0);
      expect(confidenceOf(x)).toBe(Math.round(1000 / (1 + Math.exp(-z))) / 1000);
    }
  });
});
