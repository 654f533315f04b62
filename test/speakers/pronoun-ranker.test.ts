// Pronoun candidates ranked by fitted evidence; a close runner-up shows on the record and as an issue.
import { extractQuotes, ResultSchema } from '../../src/index';
import { PRONOUN_FEATURES, pronounFeatures, type PronounEvidence, pronounScore, rankPronoun } from '../../src/speakers/pronoun-ranker';
import fitted from '../../src/speakers/pronoun-ranker.json';

const base: PronounEvidence = { gender: 'agree', focusRank: 0, mentionRank: 0, distance: 40, lastSpeaker: false, spoke: false, fullName: true, described: false, rulePick: true, mostMentioned: false };

describe('pronoun ranker', () => {
  test('features are named and the fitted file names each one', () => {
    expect(pronounFeatures(base)).toHaveLength(PRONOUN_FEATURES.length);
    expect(Object.keys(fitted.weights).sort()).toEqual([...PRONOUN_FEATURES].sort());
  });

  test('the score is the logistic of the named features against the fitted weights', () => {
    const w = PRONOUN_FEATURES.map((n) => (fitted.weights as Record<string, number>)[n]);
    const cases: PronounEvidence[] = [base, { ...base, gender: 'unknown', focusRank: -1, mentionRank: 3, rulePick: false, fullName: false }, { ...base, focusRank: 1, mentionRank: -1, lastSpeaker: true, spoke: true, described: true, mostMentioned: true }];
    for (const e of cases) {
      const z = pronounFeatures(e).reduce((s, f, i) => s + f * w[i], 0);
      expect(pronounScore(e)).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
    }
  });

  test('a person of the pronoun gender in focus outranks one of the other gender named earlier', () => {
    const other: PronounEvidence = { ...base, gender: 'clash', focusRank: 1, mentionRank: 2, distance: 400, rulePick: false };
    const ranked = rankPronoun([{ item: 'other', evidence: other }, { item: 'focus', evidence: base }]);
    expect(ranked.map((r) => r.item)).toEqual(['focus', 'other']);
    expect(ranked[0].share + ranked[1].share).toBeCloseTo(1);
  });

  test('two men in play: the runner-up is on the record, and a close call is an ambiguous-speaker issue', () => {
    const text = 'Tomasz Wrobel met Anders Lindqvist at the harbour office on Monday. The talks ran late. "We have agreed on nothing yet," he said.';
    const result = extractQuotes(text);
    expect(ResultSchema.safeParse(result).success).toBe(true);
    const [q] = result.quotes;
    expect(q.speaker?.via).toBe('pronoun');
    const alt = q.speaker?.alternatives ?? [];
    expect(alt).toHaveLength(1);
    expect([q.speaker?.name, alt[0].name].sort()).toEqual(['Anders Lindqvist', 'Tomasz Wrobel']);
    const issue = result.issues.find((i) => i.code === 'ambiguous-speaker');
    // Either the call is close (and said so) or clear (and no issue): never an issue without a runner-up.
    if (issue) {
      expect(issue.message).toContain(alt[0].name!);
      expect([issue.start, issue.end]).toEqual([q.start, q.end]);
    } else expect(alt[0].share).toBeLessThan(0.5);
  });

  test('one person in play: no alternatives, no ambiguity', () => {
    const result = extractQuotes('Ilse Marchetti opened the depot in March. "It is busier than we hoped," she said.');
    const [q] = result.quotes;
    expect(q.speaker?.name).toBe('Ilse Marchetti');
    expect(q.speaker?.alternatives).toBeUndefined();
    expect(result.issues.some((i) => i.code === 'ambiguous-speaker')).toBe(false);
  });

  test('"they" with no body in focus is an unnamed group, never the last-named person', () => {
    const result = extractQuotes('Ilse Marchetti opened the depot in March. Crowds came at once. "The queues are longer than ever," they said.');
    const [q] = result.quotes;
    expect(q.speaker?.name).toBeNull();
    expect(q.speaker?.via).toBe('anonymous');
    expect(q.speaker?.mention.text).toBe('they');
  });
});
