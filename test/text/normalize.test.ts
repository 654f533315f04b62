// Normalization: what the analysis text looks like, and that every offset maps back.
import fc from 'fast-check';
import { isWhitespace } from '../../src/text/chars';
import { breakLongRuns, normalize } from '../../src/text/normalize';
import { asNormalized } from '../../src/text/offset-map';

describe('normalize', () => {
  it('straightens quotation marks and keeps which way the original faced', () => {
    const n = normalize('He said \u201cyes\u201d and \u2018no\u2019.');
    expect(n.text).toBe('He said "yes" and \'no\'.');
    expect(n.hints.get(8)).toBe('open');
    expect(n.hints.get(12)).toBe('close');
    expect(n.hints.get(18)).toBe('open');
  });

  it('reads line and paragraph separators as line breaks, leaving only space, tab and line feed as whitespace', () => {
    const input = 'The mayor said the plan would work.\u2028Nothing else.\u2029Next paragraph here.';
    const n = normalize(input);
    expect(n.text).toBe('The mayor said the plan would work.\nNothing else.\nNext paragraph here.');
    const kinds = new Set([...n.text].filter((c) => isWhitespace(c.charCodeAt(0))));
    expect([...kinds].sort()).toEqual(['\n', ' ']);
  });

  it('decodes entities and drops invisible characters, mapping offsets back', () => {
    const input = 'He said &ldquo;Bye&rdquo;\u200b to Carla.';
    const n = normalize(input);
    expect(n.text).toBe('He said "Bye" to Carla.');
    expect(input.slice(n.map.toOriginal(asNormalized(n.text.indexOf('Carla'))))).toBe('Carla.');
    expect(input.slice(n.map.toOriginal(asNormalized(n.text.indexOf('Bye'))), n.map.toOriginal(asNormalized(n.text.indexOf('Bye') + 3), 'end'))).toBe('Bye');
  });

  it('reads UTF-8 read as Windows-1252 as the characters meant, mapping offsets back, and reports it once', () => {
    // "“Vamos,” dijo Peña." written as UTF-8 and decoded as Windows-1252.
    const garbled = (s: string) => [...new TextEncoder().encode(s)].map((b) => {
      const c1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
      return b >= 0x80 && b < 0xa0 ? c1[b - 0x80] : String.fromCharCode(b);
    }).join('');
    const input = garbled('\u201cVamos,\u201d dijo Pe\u00f1a \u2014 el lunes.');
    expect(input).toBe('\u00e2\u20ac\u0153Vamos,\u00e2\u20ac\u009d dijo Pe\u00c3\u00b1a \u00e2\u20ac\u201d el lunes.');
    const n = normalize(input);
    expect(n.text).toBe('"Vamos," dijo Pena - el lunes.');
    expect(n.hints.get(0)).toBe('open');
    expect(n.hints.get(7)).toBe('close');
    const pena = n.text.indexOf('Pena');
    expect(input.slice(n.map.toOriginal(asNormalized(pena)), n.map.toOriginal(asNormalized(pena + 4), 'end'))).toBe('Pe\u00c3\u00b1a');
    expect(n.issues.filter((i) => i.code === 'replaced-characters')).toHaveLength(1);
    // Accented capitals before curly punctuation are text, not garbling: only "Â", "Ã" and "â" lead it.
    expect(normalize('ESPA\u00d1A\u201d y CAF\u00c9\u2019s').text).toBe('ESPANA" y CAFE\'s');
    expect(normalize('S\u00c3O PAULO').text).toBe('SAO PAULO');
  });

  it('keeps paragraphs one line break apart when lines are longer than a hard wrap, below a header set off by blank lines', () => {
    const para = (who: string) => `${who} said the harbour board would meet again on Monday to settle the fares for the winter ferries.`;
    const input = `Harbour fares\n\n${para('Ann Roe')}\n${para('Tom Veld')}\nThe ferry ran late.\n`;
    const n = normalize(input);
    expect(n.text.split('\n').filter((l) => l.trim() !== '')).toEqual([para('Ann Roe'), para('Tom Veld'), 'The ferry ran late.']);
    // Short lines in such a block are a hard wrap, joined as before.
    expect(normalize('Title\n\nThe minister said the\nplan would work.\n').text).toContain('said the plan would work.');
  });

  it('reads more than 8 quotation marks in a row, spaced or not, as spaces and reports them once', () => {
    const spaced = `Peskov said ${'\u201c \u2018 '.repeat(10)}we will win${' \u2019 \u201d'.repeat(10)} on Monday.`;
    const n = normalize(spaced);
    expect(n.text).toBe(`Peskov said ${' '.repeat(40)}we will win${' '.repeat(40)} on Monday.`);
    expect(n.issues.filter((i) => i.code === 'replaced-characters')).toHaveLength(1);
    expect([...n.hints.keys()]).toEqual([]);
    // Eight nested marks are punctuation still, and so are marks two blanks apart.
    const eight = `He said ${'" \' '.repeat(4)}yes.`;
    expect(normalize(eight).text).toBe(eight);
    const wide = `He said ${'"  '.repeat(12)}yes.`;
    expect(normalize(wide).text).toBe(wide);
  });

  it('blanks mark runs exactly where a regex over every character does', () => {
    const reference = (text: string) => text.replace(/["'](?:[ \t]?["']){8,}/g, (m) => ' '.repeat(m.length));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', "'", '"', "'", '"', ' ', 'x'), { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(normalize(`a${text}b`).text).toBe(`a${reference(text)}b`);
      }),
      { numRuns: 2000 },
    );
  });

  it('breaks runs of more than 64 non-space characters every 64, keeping the length', () => {
    const run = 'x'.repeat(200);
    const n = normalize(`Start ${run} end.`);
    expect(n.text.length).toBe(`Start ${run} end.`.length);
    const pieces = n.text.slice(6, 206).split(' ');
    expect(pieces.map((p) => p.length)).toEqual([64, 64, 64, 5]);
    // Words of ordinary length, and runs separated by newlines, are untouched.
    const prose = `${'word '.repeat(30)}end.\n\n${'y'.repeat(60)}.\n\n${'z'.repeat(60)}.`;
    expect(normalize(prose).text).toBe(prose);
  });

  it('breaks long runs where a character-by-character count does, whatever the whitespace', () => {
    // The reference: count each run's characters; the 65th becomes a space and the count restarts.
    const reference = (text: string) => {
      let out = '';
      let run = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isWhitespace(c)) run = 0;
        else if (++run > 64) { out += ' '; run = 0; continue; }
        out += text[i];
      }
      return out;
    };
    const piece = fc.oneof(
      fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', 'word', '"'),
      fc.integer({ min: 1, max: 300 }).map((n) => 'x'.repeat(n)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
      const hints = new Map<number, 'open' | 'close'>();
      for (let i = 0; i < text.length; i++) if (text[i] === '"') hints.set(i, 'open');
      const out = breakLongRuns(text, hints);
      expect(out).toBe(reference(text));
      // A mark turned into a space loses its hint.
      for (const k of hints.keys()) expect(out[k]).toBe('"');
    }), { numRuns: 2000 });
  });

  it('blanks boilerplate lines whatever their case, and only those', () => {
    const lines = ['READ MORE: Budget talks stall', '  related: earlier coverage', 'Reading more books helps, she said.', 'By Jane Roe and Sam Poe', 'By the end of the day, after a long and bitter debate in the chamber, the vote was lost.', 'June 3, 2024', 'Junior staff said they were told.'];
    const n = normalize(lines.join('\n\n'));
    const out = n.text.split('\n\n').map((l) => l.trim() !== '');
    expect(out).toEqual([false, false, true, false, true, false, true]);
  });

  it('blanks header lines (URL, date) without moving the body', () => {
    const input = 'https://example.com/news/123\nMonday, 3 March 2025\n\nThe mayor said it would rain.';
    const n = normalize(input);
    expect(n.text.length).toBe(input.length);
    expect(n.text).not.toContain('example.com');
    expect(n.text.slice(input.indexOf('The mayor'))).toBe('The mayor said it would rain.');
  });

  it('gives every normalized offset an original offset in bounds', () => {
    const input = '\u00ab\u00a0Oui\u00a0\u00bb, dit-il. **Bold** \u201c\u201cdoubled\u201d &amp; caf\u00e9\r\nnext';
    const n = normalize(input);
    for (let i = 0; i <= n.text.length; i++) {
      const o = n.map.toOriginal(asNormalized(i));
      expect(o).toBeGreaterThanOrEqual(0);
      expect(o).toBeLessThanOrEqual(input.length);
    }
  });
});
