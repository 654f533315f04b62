// Normalization keeps a way back: every offset maps to the caller's string.
import { asNormalized, asOriginal, EditBuilder } from '../../src/text/offset-map';
import { normalize } from '../../src/text/normalize';
import { extractQuotes } from '../../src/index';

describe('OffsetMap', () => {
  test('maps through length-changing edits', () => {
    const b = new EditBuilder('a&quot;b\u00adc');
    b.replace(1, 7, '"');
    b.replace(8, 9, '');
    const { text, map } = b.finish();
    expect(text).toBe('a"bc');
    expect(map.toOriginal(asNormalized(0))).toBe(0);
    expect(map.toOriginal(asNormalized(2))).toBe(7);
    expect(map.toOriginal(asNormalized(3))).toBe(9);
    expect(map.toOriginal(asNormalized(4), 'end')).toBe(10);
  });
});

describe('OffsetMap spans and issues', () => {
  const build = () => {
    const b = new EditBuilder('x &amp; "y" z');
    b.replace(2, 7, '&');
    return b;
  };
  test('the builder says where an original offset lands while it edits', () => {
    const b = build();
    expect(b.normalizedAt(8)).toBe(4);
    expect(b.finish().text).toBe('x & "y" z');
  });
  test('a span maps its start to the start and its end to the end of what it came from', () => {
    const { map } = build().finish();
    expect(map.spanToOriginal(asNormalized(2), asNormalized(3))).toEqual({ start: 2, end: 7 });
    expect(map.spanToOriginal(asNormalized(4), asNormalized(7))).toEqual({ start: 8, end: 11 });
  });
  test('an issue message is written from the converted offsets', () => {
    const { map } = build().finish();
    const issue = map.issueToOriginal({ code: 'unopened-quote', space: 'normalized', start: asNormalized(6), end: asNormalized(7), message: ({ start }) => `mark at ${start}` });
    expect(issue).toEqual({ code: 'unopened-quote', message: 'mark at 10', start: 10, end: 11 });
  });
  test('an issue found in the original string keeps its offsets', () => {
    const { map } = build().finish();
    const issue = map.issueToOriginal({ code: 'replaced-characters', space: 'original', start: asOriginal(3), end: asOriginal(4), message: () => 'one' });
    expect(issue).toEqual({ code: 'replaced-characters', message: 'one', start: 3, end: 4 });
  });
});

describe('normalize', () => {
  test('joins hard-wrapped lines inside paragraphs and blanks headers', () => {
    const n = normalize('Title Of The Story\n20211202\n\nThe minister said the\nplan would work.\n\nNext paragraph here.');
    expect(n.text).toContain('said the plan would work.');
    expect(n.text.startsWith('Title')).toBe(false);
    expect(n.text.length).toBe('Title Of The Story\n20211202\n\nThe minister said the\nplan would work.\n\nNext paragraph here.'.length);
  });
  test('quotes through HTML entities keep original offsets', () => {
    const text = 'The mayor said: &quot;We will rebuild the bridge.&quot; &amp; left.';
    const r = extractQuotes(text);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(text.slice(q.start, q.end)).toBe('We will rebuild the bridge');
  });
  test('markdown links and bold keep their text', () => {
    const n = normalize('**Bold** and [a link](https://x.y) here.');
    expect(n.text).toBe(`  Bold   and  a link${' '.repeat(14)} here.`);
  });
});
