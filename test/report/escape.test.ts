// HTML escaping, article whitespace and speaker colours shared by the reports.
import fc from 'fast-check';
import { articleText, colourStyle, escapeAttr, escapeHtml, softBreaks, speakerColour, UNATTRIBUTED_COLOUR } from '../../src/report/escape';

describe('escaping', () => {
  test('text and attribute values', () => {
    expect(escapeHtml('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(escapeAttr(`"x" & 'y' <z>`)).toBe('&quot;x&quot; &amp; &#39;y&#39; &lt;z&gt;');
  });

  test('property: escaped text has no markup characters left, and unescapes to the input', () => {
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const a = escapeAttr(s);
        return !/[<>"']/.test(a) && !/&(?!amp;|lt;|gt;|quot;|#39;)/.test(a) && unescape(a) === s;
      }),
    );
  });
});

describe('article whitespace', () => {
  test('a hard-wrapped document: single breaks are wraps, except before a list item', () => {
    const text = 'First line of a\nwrapped paragraph.\n\nNext paragraph\n- a list item\nends.';
    const soft = softBreaks(text);
    expect([...soft].map((i) => text.slice(i - 3, i))).toEqual(['f a', 'tem']);
    expect(articleText(text, 0, soft)).toBe('First line of a wrapped paragraph.\n<span class="pb"></span>Next paragraph\n- a list item ends.');
  });

  test('a document without blank lines keeps every break: each line is a paragraph', () => {
    expect(softBreaks('one\ntwo\nthree').size).toBe(0);
    expect(articleText('one\ntwo\r\nthree')).toBe('one\ntwo\nthree');
  });

  test('a pile of blank lines is one paragraph break, and markup is escaped', () => {
    expect(articleText('a <b>\n\n\n\n\n\nc & d')).toBe('a &lt;b&gt;\n<span class="pb"></span>c &amp; d');
  });

  test('offsets: `soft` is read in the whole text\'s positions', () => {
    const text = 'Intro.\n\nwrapped\nline';
    const soft = softBreaks(text);
    const from = text.indexOf('wrapped');
    expect(articleText(text.slice(from), from, soft)).toBe('wrapped line');
  });
});

describe('speaker colours', () => {
  test('the palette, then golden-angle hues that stay apart', () => {
    const colours = Array.from({ length: 40 }, (_, i) => speakerColour(i).c);
    expect(new Set(colours).size).toBe(40);
    expect(speakerColour(0).bg).toMatch(/^rgba\(\d+,\d+,\d+,0\.17\)$/);
    expect(speakerColour(20).c).toMatch(/^hsl\(\d+ 65% 35%\)$/);
  });

  test('as an inline style, safe inside a double-quoted attribute', () => {
    expect(colourStyle(UNATTRIBUTED_COLOUR)).toBe('--c:#6b7280;--bg:rgba(107,114,128,0.14);--bg2:rgba(107,114,128,0.07)');
    expect(colourStyle({ c: '"><script>', bg: '', bg2: '' })).not.toMatch(/["<>]/);
  });
});
