// Invariants over any input: valid records, spans in bounds that slice back to their text, determinism.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, quoteText, ResultSchema, type Result } from '../src/index';

/** An offset of the caller's string: an integer from 0 to its length. */
function expectOffset(input: string, n: number): void {
  expect(Number.isInteger(n)).toBe(true);
  expect(n).toBeGreaterThanOrEqual(0);
  expect(n).toBeLessThanOrEqual(input.length);
}

function expectSpan(input: string, s: { start: number; end: number }): void {
  expectOffset(input, s.start);
  expectOffset(input, s.end);
  expect(s.start).toBeLessThanOrEqual(s.end);
}

/**
 * One quotation mark or a doubled one, as written: straight, curly or angle glyphs, or HTML
 * entities for them, perhaps with characters normalization deletes (invisible ones, soft
 * hyphens, combining marks) between them.
 */
const MARK_AS_WRITTEN = /^(?:["'\u2018-\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\u301d-\u301f\uff02]|&(?:quot|apos|[lr]dquo|[lr]squo|[lr]aquo|bdquo|sbquo|#\d{1,7}|#x[0-9a-f]{1,6});){1,2}$/i;
const DELETED = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\p{M}]|&shy;/giu;

/**
 * Every offset in every record and issue indexes the caller's string, each span's text is the
 * slice it claims to be, and a message that names an offset names the issue's `start`.
 */
function checkInvariants(input: string, r: Result): void {
  ResultSchema.parse(r);
  for (const q of r.quotes) {
    expectSpan(input, q);
    expect(quoteText(input.slice(q.start, q.end))).toBe(q.text);
    for (const f of q.fragments ?? []) {
      expectSpan(input, f);
      expect(input.slice(f.start, f.end)).toBe(f.text);
      expect(f.start >= q.start && f.end <= q.end).toBe(true);
    }
    if (q.speaker) {
      const m = q.speaker.mention;
      expectSpan(input, m);
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(r.entities.some((e) => e.id === q.speaker!.entity)).toBe(true);
    }
    if (q.cue) {
      expectSpan(input, q.cue);
      expect(input.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  }
  for (const e of r.entities) {
    for (const m of e.mentions) {
      expectSpan(input, m);
      expect(input.slice(m.start, m.end)).toBe(m.text);
    }
    // Each mention once, in the order of the text.
    e.mentions.forEach((m, k) => {
      const p = e.mentions[k - 1];
      if (p) expect(p.start < m.start || (p.start === m.start && p.end < m.end)).toBe(true);
    });
  }
  for (const i of r.issues) {
    if (i.start !== null) expectOffset(input, i.start);
    if (i.end !== null) expectOffset(input, i.end);
    if (i.start !== null && i.end !== null) expect(i.start).toBeLessThanOrEqual(i.end);
    const named = /\bat (\d+)\b/.exec(i.message);
    if (named) expect(Number(named[1])).toBe(i.start);
    // A mark issue points at the mark as the caller wrote it.
    if ((i.code === 'unclosed-quote' || i.code === 'unopened-quote') && i.start !== null && i.end !== null) expect(input.slice(i.start, i.end).replace(DELETED, '')).toMatch(MARK_AS_WRITTEN);
  }
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '""', "''", '\n', '\n\n', ' ', ', ', '. ', ': ', '&quot;', '\u00ad', '\u200f', '\r\n', '\u0000', '\ud800', '\udc00', '\ud83d\ude00', 'e\u0301'),
    fc.constantFrom('he said', 'Blinken', 'Sergei Lavrov', 'said', 'told reporters', 'according to', 'the ministry', 'warned', 'that', 'We will win', 'It\u2019s', 'Zo\u00eb Bront\u00eb-Ward', '\u0141ukasz', 'Dr.', 'U.S.', '**', '[a](b)', '# Head', 'By Staff'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

/**
 * Text built to pull the two offset spaces apart: entities, invisible characters and combining
 * marks (which normalization shortens or removes) next to stray, doubled and unclosed marks,
 * wrapped lines and markdown (which it keeps in length but rewrites).
 */
const hostile = fc.array(
  fc.oneof(
    fc.constantFrom('&amp;', '&quot;', '&ldquo;', '&rdquo;', '&#8220;', '&#x201d;', '&shy;', '&nbsp;', '&hellip;', '\u200b', '\u200f', '\ufeff', '\u00ad', '\u0301', '\u034f\u034f', '\ud800', '\udfff', '\u0007', '\r\n', '\u2028'),
    fc.constantFrom('"', '"', "'", '\u201c', '\u201d', '\u00ab', '\u00bb', '""', '\u201e', ' " ', ' \u201d '),
    fc.constantFrom('The mayor said ', 'Ana Ruiz', ' told reporters', ', he said.', 'We will rebuild.', ' and ', '\n\n', '\n', '**', '[x](y)', 'Dr. ', '\u0110\u1eb7ng Minh', ' according to the ministry'),
  ),
  { maxLength: 50 },
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
  test('hostile text (entities, invisible characters, stray marks) keeps every offset and message in the caller\'s string', () => {
    fc.assert(fc.property(hostile, (s) => checkInvariants(s, extractQuotes(s))), { numRuns: 500 });
  });
  test('a message names the offset its issue starts at, after an entity that normalization shortened', () => {
    const text = 'The mayor &amp; the council met on Monday &amp; Tuesday. He left" and went home.';
    const r = extractQuotes(text);
    const stray = r.issues.find((i) => i.code === 'unopened-quote')!;
    expect(stray.start).toBe(text.indexOf('"'));
    expect(stray.message).toBe(`closing quotation mark at ${text.indexOf('"')} has no opening mark`);
    checkInvariants(text, r);
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
    const all = extractQuotes(text).quotes;
    // Both kinds are there to be filtered: the checks below cannot pass on an empty result.
    expect(all.map((q) => q.kind).sort()).toEqual(['direct', 'indirect']);
    const direct = extractQuotes(text, { indirect: false }).quotes;
    expect(direct.map((q) => q.kind)).toEqual(['direct']);
    expect(direct[0].text).toBe('We see a threat');
    const threshold = Math.min(...all.map((q) => q.confidence));
    expect(extractQuotes(text, { minConfidence: threshold }).quotes).toHaveLength(all.length);
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
