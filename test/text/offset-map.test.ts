// Normalization keeps a way back: every offset maps to the caller's string.
import { EditBuilder } from '../../src/text/offset-map';
import { normalize } from '../../src/text/normalize';
import { extractQuotes } from '../../src/index';

describe('OffsetMap', () => {
  test('maps through length-changing edits', () => {
    const b = new EditBuilder('a&quot;b\u00adc');
    b.replace(1, 7, '"');
    b.replace(8, 9, '');
    const { text, map } = b.finish();
    expect(text).toBe('a"bc');
    expect(map.toOriginal(0)).toBe(0);
    expect(map.toOriginal(2)).toBe(7);
    expect(map.toOriginal(3)).toBe(9);
    expect(map.toOriginal(4, 'end')).toBe(10);
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
