// Invariants over any input: valid records, spans in bounds that slice back to their text, determinism.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, quoteText, ResultSchema, type Result } from '../src/index';

function checkInvariants(input: string, r: Result): void {
  ResultSchema.parse(r);
  for (const q of r.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(input.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(quoteText(input.slice(q.start, q.end))).toBe(q.text);
    if (q.speaker) {
      const m = q.speaker.mention;
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(r.entities.some((e) => e.id === q.speaker!.entity)).toBe(true);
    }
    if (q.cue) expect(input.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  for (const e of r.entities) for (const m of e.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '""', "''", '\n', '\n\n', ' ', ', ', '. ', ': ', '&quot;', '\u00ad', '\u200f', '\r\n', '\u0000', '\ud800', '\udc00', '\ud83d\ude00', 'e\u0301'),
    fc.constantFrom('he said', 'Blinken', 'Sergei Lavrov', 'said', 'told reporters', 'according to', 'the ministry', 'warned', 'that', 'We will win', 'It\u2019s', 'Zo\u00eb Bront\u00eb-Ward', '\u0141ukasz', 'Dr.', 'U.S.', '**', '[a](b)', '# Head', 'By Staff'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('properties', () => {
  test('quoteText collapses whitespace, straightens marks and trims, as its reference regexes do', () => {
    const reference = (raw: string) => raw.replace(/[\u201c\u201d\u201e\u00ab\u00bb\u201f]/g, '"').replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/\s+/g, ' ').trim();
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u2028', '\u3000', '\ufeff', '\u201c', '\u201d', '\u2019', '\u00ab', '\u201b', '"', "'"),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('word', 'We will', 'x'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (raw) => {
      expect(quoteText(raw)).toBe(reference(raw));
    }), { numRuns: 2000 });
  });
  test('any Unicode string yields a valid result whose spans slice back', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkInvariants(s, extractQuotes(s))), { numRuns: 300 });
  });
  test('news-shaped noise yields a valid result whose spans slice back', () => {
    fc.assert(fc.property(newsy, (s) => checkInvariants(s, extractQuotes(s))), { numRuns: 400 });
  });
  test('extraction is deterministic', () => {
    fc.assert(fc.property(newsy, (s) => expect(extractQuotes(s)).toEqual(extractQuotes(s))), { numRuns: 100 });
  });
  test('corpus articles satisfy the invariants, also when mutated', () => {
    const dirs = ['seeds', 'constructed'].map((d) => join(__dirname, '../corpora', d));
    const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
    for (const t of texts) checkInvariants(t, extractQuotes(t));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.nat(), fc.constantFrom('', '"', "'", '\n', '\u201c', 'said '), (i, a, b, ins) => {
        const t = texts[i];
        const x = a % (t.length + 1);
        const y = Math.min(t.length, x + (b % 40));
        const m = t.slice(0, x) + ins + t.slice(y);
        checkInvariants(m, extractQuotes(m));
      }),
      { numRuns: 150 },
    );
  });
  test('empty and whitespace input', () => {
    expect(extractQuotes('')).toEqual({ quotes: [], entities: [], issues: [] });
    expect(extractQuotes(' \n\n\t ').quotes).toEqual([]);
  });
});

describe('options and input validation', () => {
  test('an unknown option fails with a zod error naming it', () => {
    expect(() => extractQuotes('x', { minConfidense: 0.5 } as never)).toThrow(/minConfidense/);
  });
  test('a wrong option type names the field', () => {
    expect(() => extractQuotes('x', { minConfidence: 'high' } as never)).toThrow(/minConfidence/);
  });
  test('a non-string input fails clearly', () => {
    expect(() => extractQuotes(42 as never)).toThrow(/expects a string, got number/);
    expect(() => extractQuotes(null as never)).toThrow(/got null/);
  });
  test('minConfidence and indirect filter results', () => {
    const text = 'Peskov said the risk was high. "We see a threat," he added.';
    expect(extractQuotes(text, { indirect: false }).quotes.every((q) => q.kind !== 'indirect')).toBe(true);
    expect(extractQuotes(text, { minConfidence: 1 }).quotes).toEqual([]);
  });
  test('no options, empty options and the defaults spelled out give one result, whatever came before', () => {
    const text = 'Peskov said the risk was high. "We see a threat," he added.';
    const none = extractQuotes(text);
    expect(none.quotes.some((q) => q.kind === 'indirect')).toBe(true);
    extractQuotes(text, { indirect: false, minConfidence: 1 });
    expect(extractQuotes(text)).toEqual(none);
    expect(extractQuotes(text, {})).toEqual(none);
    expect(extractQuotes(text, { indirect: true, minConfidence: 0 })).toEqual(none);
    expect(extractQuotes(text, undefined)).toEqual(none);
  });
});
