// The record and option schemas: what they accept, what they refuse, and how a refusal names the field.
import { extractQuotes, OptionsSchema, QuoteSchema, ResultSchema, SpanSchema } from '../../src/index';
import { thrown } from '../helpers/errors';

describe('OptionsSchema', () => {
  test('defaults', () => {
    expect(OptionsSchema.parse({})).toEqual({ indirect: true, minConfidence: 0, maxLength: 50_000_000 });
  });

  test.each([
    [{ minConfidence: 1.2 }, ['minConfidence']],
    [{ minConfidence: '0.5' }, ['minConfidence']],
    [{ maxLength: 0 }, ['maxLength']],
    [{ maxLength: 2.5 }, ['maxLength']],
    [{ indirect: 'yes' }, ['indirect']],
  ])('%j is refused, naming the field', (options, path) => {
    const err = thrown(() => OptionsSchema.parse(options));
    expect(err.issues.map((i) => i.path)).toEqual([path]);
  });

  test('a misspelt key is refused by name, through extractQuotes too', () => {
    const err = thrown(() => extractQuotes('x', { minConfidance: 0.5 } as never));
    expect(err.issues[0].code).toBe('unrecognized_keys');
    expect(err.message).toContain('minConfidance');
  });
});

describe('record schemas', () => {
  test('a span may not end before it starts, nor hold a negative or fractional offset', () => {
    expect(SpanSchema.safeParse({ text: '', start: 3, end: 3 }).success).toBe(true);
    expect(thrown(() => SpanSchema.parse({ text: 'x', start: 5, end: 4 })).message).toContain('end must not precede start');
    expect(SpanSchema.safeParse({ text: 'x', start: -1, end: 0 }).success).toBe(false);
    expect(SpanSchema.safeParse({ text: 'x', start: 0.5, end: 1 }).success).toBe(false);
  });

  test('confidence is a probability; kind and via are closed sets', () => {
    const [q] = extractQuotes('"We will not back down," the mayor, Ana Ruiz, said on Monday.').quotes;
    expect(QuoteSchema.safeParse(q).success).toBe(true);
    expect(QuoteSchema.safeParse({ ...q, confidence: 1.01 }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...q, kind: 'paraphrase' }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...q, speaker: { ...q.speaker, via: 'guess' } }).success).toBe(false);
  });

  test('every result of extractQuotes is valid, also for empty and hostile input', () => {
    for (const text of ['', '"', '\u0000\ud800 “ ” « »', 'said said said, "', 'A'.repeat(10_000)]) {
      expect(ResultSchema.safeParse(extractQuotes(text)).success).toBe(true);
    }
  });
});
