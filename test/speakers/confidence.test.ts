// The confidence model: named features, a probability in [0, 1], evidence pulling the right way.
import { type ConfidenceInput, confidenceOf, FEATURE_NAMES, features } from '../../src/speakers/confidence';
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
