// The span acceptor: named features, the fitted model's probability, and what its threshold may drop.
import { extractQuotes } from '../../src';
import { analyze } from '../../src/pipeline';
import { ACCEPTOR, acceptance, acceptProbability, candidateFeatures, isGated, titleShapedIn } from '../../src/quotes/accept';
import { classifyMarked } from '../../src/quotes/marked';
import { findReported } from '../../src/quotes/reported';

describe('fitted model', () => {
  test('the committed weights are finite and the threshold a probability', () => {
    expect(Object.keys(ACCEPTOR.weights).length).toBeGreaterThan(20);
    for (const w of Object.values(ACCEPTOR.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(ACCEPTOR.threshold).toBeGreaterThan(0);
    expect(ACCEPTOR.threshold).toBeLessThan(1);
  });

  test('the probability is the logistic of the weighted features; unknown features weigh nothing', () => {
    const m = { bias: 0.5, threshold: 0.5, weights: { a: 2, b: -1 } };
    expect(acceptProbability({ a: 1, b: 0.5 }, m)).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(acceptProbability({ unknown: 3 }, m)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 10);
  });
});

describe('marked fragments nobody is reported saying are dropped', () => {
  test.each([
    ['a name used as a modifier', 'The mayor opened the season at a bar the locals call the "Tin Shed" near the harbour.'],
    ['a product name', 'The bakery\'s "Sunday Loaf" sold out by nine on Saturday.'],
  ])('%s', (_name, text) => {
    expect(extractQuotes(text).quotes.filter((q) => q.kind === 'partial')).toEqual([]);
  });

  test('a title in marks beside a speaker is no quote, and leaves the cue to the reported clause', () => {
    const r = extractQuotes('Mayor Ada Brenner said on Channel 9\'s "Morning Report" that the ferry would run again in May.');
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['indirect', 'the ferry would run again in May', 'Ada Brenner']]);
  });

  test('a fragment a named speaker is reported saying stays a partial quote', () => {
    const r = extractQuotes('Councillor Ada Brenner said the new bus lanes were "a costly mistake" for the town.');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['partial', 'a costly mistake']]);
  });
});

describe('gating', () => {
  test('a statement in marks is kept whatever its shape, with the probability as its confidence', () => {
    const r = extractQuotes('"We will appeal," Brenner said.');
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(r.quotes[0].confidence).toBeGreaterThan(0);
  });
});

describe('the sum added up as features are made', () => {
  test('gives the probability and gate of the named-feature record, to the bit', () => {
    const text = [
      'Mayor Ada Brenner said on Channel 9\'s "Morning Report" that the ferry would run again in May.',
      '"We will appeal," Brenner said. A new poll shows the "Tin Shed" is popular.',
      'She told reporters the plan was "a costly mistake", adding that the council would vote on Friday.',
    ].join('\n\n');
    const { paired, ctx, sentenceOf } = analyze(text);
    const used = new Set<number>();
    const candidates = [...classifyMarked(ctx, paired.spans, sentenceOf, used), ...findReported(ctx, used, Uint8Array.from(ctx.blocked))];
    expect(candidates.map((c) => c.kind).sort()).toEqual(['direct', 'indirect', 'indirect', 'partial', 'partial', 'partial']);
    for (const c of candidates) {
      const f = candidateFeatures(ctx, c);
      expect(acceptance(ctx, c)).toEqual({ probability: acceptProbability(f), gated: isGated(c, titleShapedIn(f)) });
    }
  });
});
