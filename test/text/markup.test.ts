// HTML tags and markdown tables: read as whitespace (same length), and no quote lost to them.
import fc from 'fast-check';
import { extractQuotes } from '../../src/index';
import { blankMarkup } from '../../src/text/markup';

/** Quotes as [kind, text, speaker name] and issue codes, for compact expectations. */
function extract(text: string) {
  const r = extractQuotes(text);
  return { quotes: r.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]), issues: r.issues.map((i) => i.code) };
}

describe('blankMarkup', () => {
  it('reads tags as spaces, a block tag as a line break, attribute values and all', () => {
    const html = '<p class="story">"We win," she said.</p><p>Next.</p>';
    const { text } = blankMarkup(html);
    expect(text.length).toBe(html.length);
    expect(text).toBe('\n                "We win," she said.\n   \n  Next.\n   ');
  });

  it('drops script, style and comment bodies whole, and keeps text with a stray "<"', () => {
    const html = '<script>var s = "x";</script>A <!-- "c" --> b < c and d <3 e <unknown "x">.';
    const { text } = blankMarkup(html);
    expect(text.length).toBe(html.length);
    expect(text).not.toContain('var');
    expect(text).not.toContain('"c"');
    expect(text).toContain('b < c and d <3 e <unknown "x">.');
  });

  it('turns a markdown table into one paragraph per row and drops the delimiter row', () => {
    const md = '| Who | Quote |\n|---|:---:|\n| Anna | "Yes," she said. |';
    const { text, tableRows } = blankMarkup(md);
    expect(text.length).toBe(md.length);
    expect(text.split('\n').map((l) => l.trim())).toEqual(['Who   Quote', '', '', 'Anna   "Yes," she said.']);
    expect([...tableRows].sort((a, b) => a - b)).toEqual([15, md.length]);
  });

  it('keeps the length of any text, and of any text wrapped in tags', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<a href="x">', '</a>', '<br/>', '<!--', '-->', '<script>', '</script>', '|', '| a |', '\n', '"', 'said', ' ', '<', '>', "'", '|---|');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      expect(blankMarkup(s).text.length).toBe(s.length);
    }));
  });
});

describe('quotes in HTML and tables are found, not dropped as headlines or read from attributes', () => {
  it.each([
    ['<p>"We will win," Anna Smith said.</p>', [['direct', 'We will win', 'Anna Smith']]],
    ['<p class="story">"We will win," Anna Smith said on Monday.</p>', [['direct', 'We will win', 'Anna Smith']]],
    ['<html><body><p>"We will win," Anna Smith said.</p><p>"We will not stop," she added.</p></body></html>', [['direct', 'We will win', 'Anna Smith'], ['direct', 'We will not stop', 'Anna Smith']]],
    ['| Speaker | Quote |\n|---|---|\n| Anna Smith | "We will win," she said. |', [['partial', 'We will win', 'Anna Smith']]],
    ['Intro to the table.\n\n| a | b |\n|---|---|\n| "We will win," Anna Smith said. | x |', [['direct', 'We will win', 'Anna Smith']]],
  ])('%j', (text, quotes) => {
    const r = extract(text);
    expect(r.quotes).toEqual(quotes);
    expect(r.issues).not.toContain('unopened-quote');
  });

  it('offsets still point into the original HTML', () => {
    const html = '<div><p class="lead">"We will win," Anna Smith said.</p></div>';
    const q = extractQuotes(html).quotes[0];
    expect(html.slice(q.start, q.end)).toBe('We will win');
  });
});

describe('a text that is one unfinished line is the text, not its headline', () => {
  it('an unclosed quote at the end of the text is reported and kept', () => {
    const r = extract('He said "hello');
    expect(r.issues).toContain('unclosed-quote');
    expect(r.quotes.map((q) => q[1])).toEqual(['hello']);
  });

  it('a one-line statement without a full stop is read', () => {
    expect(extract('Anna Smith said "we will win"').quotes).toEqual([['partial', 'we will win', 'Anna Smith']]);
  });

  it('a short first line before a body is still a headline', () => {
    expect(extract('Smith says "we will win"\n\nThe talks ended on Monday.').quotes).toEqual([]);
  });
});
