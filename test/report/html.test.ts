// The article report: escaping, one element per quote at the right offsets, legend counts, no network.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, renderArticleReport, type Quote, type Result } from '../../src/index';
import { articleText, softBreaks } from '../../src/report/escape';
import { findAll, hasClass, type HtmlNode, parseHtml, squash, textContent } from './html-tree';

const seedText = readFileSync(join(__dirname, '../../corpora/seeds/004_0cb45b6400040a5c.txt'), 'utf8');
const seedResult = extractQuotes(seedText);

const article = (tree: HtmlNode) => findAll(tree, (n) => n.tag === 'article')[0];
const quoteEls = (tree: HtmlNode) => findAll(tree, (n) => 'data-q' in n.attrs);
const legendButtons = (tree: HtmlNode) => findAll(tree, (n) => hasClass(n, 'spk'));

function quote(id: string, start: number, end: number, text: string, over: Partial<Quote> = {}): Quote {
  return { id, text: text.slice(start, end), start, end, kind: 'direct', speaker: null, cue: null, confidence: 0.5, sentence: 0, paragraph: 0, ...over };
}

describe('renderArticleReport', () => {
  test('escapes markup, ampersands and quotes in the article text and the title', () => {
    const text = '"<script>alert(1)</script> & <b>bold</b> it\'s," said Ana Díaz.\n\nTom & Jerry\'s "x" <img src=x onerror=alert(2)>';
    const result = extractQuotes(text);
    const html = renderArticleReport(text, result, { title: '<Title> & "more"' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold');
    const tree = parseHtml(html); // throws on a bare '&' or bad nesting
    expect(findAll(tree, (n) => n.tag === 'script')).toHaveLength(1);
    expect(findAll(tree, (n) => n.tag === 'img' || (n.tag === 'b' && textContent(n) === 'bold'))).toHaveLength(0);
    expect(textContent(findAll(tree, (n) => n.tag === 'h1')[0])).toBe('<Title> & "more"');
    expect(textContent(findAll(tree, (n) => n.tag === 'title')[0])).toBe('<Title> & "more"');
    expect(squash(textContent(article(tree)))).toBe(squash(text));
    expect(quoteEls(tree).length).toBe(result.quotes.length);
  });

  test('seed 004: one element per quote, at its offsets, holding its text', () => {
    const tree = parseHtml(renderArticleReport(seedText, seedResult));
    const els = quoteEls(tree);
    expect(seedResult.quotes.length).toBeGreaterThan(10);
    expect(els).toHaveLength(seedResult.quotes.length);
    for (const q of seedResult.quotes) {
      const mine = els.filter((e) => e.attrs['data-q'] === q.id);
      expect(mine).toHaveLength(1);
      const el = mine[0];
      expect([Number(el.attrs['data-start']), Number(el.attrs['data-end'])]).toEqual([q.start, q.end]);
      expect(el.attrs['data-kind']).toBe(q.kind);
      expect(hasClass(el, `q-${q.kind}`)).toBe(true);
      expect(el.attrs.tabindex).toBe('0');
      expect(el.attrs['aria-describedby']).toBe('ws-pop');
      expect(squash(textContent(el))).toBe(squash(seedText.slice(q.start, q.end)));
      expect(el.attrs['data-speaker']).toEqual(q.speaker ? (q.speaker.name ?? expect.stringMatching(/^unnamed: /)) : 'Unattributed');
    }
    // The article's text is all there, in order, quotes and mentions included.
    expect(squash(textContent(article(tree)))).toBe(squash(seedText));
  });

  test('every corpus article renders well-formed, with all its quotes and all its text', () => {
    const dirs = ['seeds', 'constructed'].map((d) => join(__dirname, '../../corpora', d));
    let docs = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const result = extractQuotes(text);
        const tree = parseHtml(renderArticleReport(text, result, { title: name }));
        const els = quoteEls(tree);
        expect(new Set(els.map((e) => e.attrs['data-q'])).size).toBe(result.quotes.length);
        expect(els).toHaveLength(result.quotes.length);
        expect(squash(textContent(article(tree)))).toBe(squash(text));
        docs++;
      }
    }
    expect(docs).toBeGreaterThanOrEqual(37);
  });

  test('legend lists each speaker once with its quote count, in the same colour as its quotes', () => {
    const tree = parseHtml(renderArticleReport(seedText, seedResult));
    const buttons = legendButtons(tree);
    const expected = new Map<string, number>();
    for (const q of seedResult.quotes) expected.set(q.speaker?.entity ?? '', (expected.get(q.speaker?.entity ?? '') ?? 0) + 1);
    expect(buttons).toHaveLength(expected.size);
    for (const b of buttons) {
      const key = b.attrs['data-entity'];
      expect(Number(b.attrs['data-count'])).toBe(expected.get(key));
      const count = findAll(b, (n) => hasClass(n, 'count'))[0];
      expect(textContent(count)).toBe(String(expected.get(key)));
      for (const el of quoteEls(tree).filter((e) => e.attrs['data-entity'] === key)) expect(el.attrs.style).toBe(b.attrs.style);
    }
    const counts = buttons.map((b) => Number(b.attrs['data-count']));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(seedResult.quotes.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts); // most quoted first
    const blinken = buttons.find((b) => textContent(b).includes('Antony Blinken'))!;
    expect(Number(blinken.attrs['data-count'])).toBe(seedResult.quotes.filter((q) => q.speaker?.name === 'Antony Blinken').length);
  });

  test('fetches nothing: no src or href attributes, no url() or @import in the CSS', () => {
    const html = renderArticleReport(seedText, seedResult);
    const tree = parseHtml(html);
    const linking = findAll(tree, (n) => ['src', 'href', 'action', 'srcset', 'poster'].some((a) => a in n.attrs));
    expect(linking).toEqual([]);
    for (const n of findAll(tree, (x) => true)) {
      for (const v of Object.values(n.attrs)) {
        expect(v.includes('http://') || v.includes('https://')).toBe(false);
      }
    }
    const style = textContent(findAll(tree, (n) => n.tag === 'style')[0]);
    expect(style.includes('url(') || style.includes('@import') || style.includes('@font-face')).toBe(false);
    const csp = findAll(tree, (n) => n.tag === 'meta' && n.attrs['http-equiv'] === 'Content-Security-Policy')[0];
    expect(csp.attrs.content).toContain("default-src 'none'");
  });

  test('an empty result renders a page that says so', () => {
    for (const text of ['', 'Nothing was said here.']) {
      const tree = parseHtml(renderArticleReport(text, { quotes: [], entities: [], issues: [] }));
      expect(quoteEls(tree)).toHaveLength(0);
      expect(legendButtons(tree)).toHaveLength(0);
      expect(findAll(tree, (n) => hasClass(n, 'empty')).map(textContent)).toEqual(['No quotes found.']);
      expect(squash(textContent(article(tree)))).toBe(squash(text));
    }
  });

  test('unattributed quotes are grey and get their own legend entry', () => {
    const text = '"Nobody owns this sentence," the page said nothing.';
    const result: Result = { quotes: [quote('q1', 1, 26, text)], entities: [], issues: [] };
    const tree = parseHtml(renderArticleReport(text, result));
    const [el] = quoteEls(tree);
    expect(el.attrs['data-speaker']).toBe('Unattributed');
    expect(el.attrs.style).toContain('#6b7280');
    const [b] = legendButtons(tree);
    expect(textContent(b)).toContain('Unattributed');
    expect(b.attrs['data-count']).toBe('1');
  });

  test('overlapping and odd spans still nest, one element per quote', () => {
    const text = 'Ann Lee said "alpha beta gamma" and "delta epsilon" and more.';
    const a = text.indexOf('alpha');
    const d = text.indexOf('delta');
    const speaker = (start: number, end: number) => ({ name: 'Ann Lee', entity: 'e1', mention: { text: text.slice(start, end), start, end }, via: 'name' as const });
    const result: Result = {
      quotes: [
        quote('q1', a, a + 16, text, { speaker: speaker(0, 7) }), // "alpha beta gamma"
        quote('q2', a + 6, d + 5, text, { kind: 'partial' }), // starts inside q1, ends inside q3's span
        quote('q3', d, d + 13, text, { kind: 'indirect', speaker: speaker(0, 7) }),
        quote('q4', a + 6, a + 10, text), // wholly inside q1: nests
        quote('q5', 9, 9, text), // zero-length
        quote('q6', 50, 5000, text), // runs past the end of the text
      ],
      entities: [{ id: 'e1', name: 'Ann Lee', kind: 'person', aliases: [], roles: [], gender: 'female', mentions: [{ text: 'Ann Lee said "al', start: 0, end: a + 2 }] }],
      issues: [],
    };
    const tree = parseHtml(renderArticleReport(text, result));
    const els = quoteEls(tree);
    expect(els.map((e) => e.attrs['data-q']).sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    // The mention that crosses into q1 is split in two pieces, both well nested.
    const mentionPieces = findAll(tree, (n) => hasClass(n, 'm') && !('data-for' in n.attrs) && textContent(n) !== 'Speaker');
    expect(mentionPieces.map(textContent).join('')).toBe('Ann Lee said "al');
    expect(squash(textContent(article(tree)))).toBe(squash(text));
    const q4 = els.find((e) => e.attrs['data-q'] === 'q4')!;
    expect(textContent(q4)).toBe('beta');
  });

  test('paragraph breaks survive and blank-line runs collapse to one break', () => {
    const text = '\n\n\nFirst paragraph.\n\n\n\n"Second," she said.\r\n\r\nThird.\n';
    const html = renderArticleReport(text, extractQuotes(text));
    const tree = parseHtml(html);
    expect(findAll(article(tree), (n) => hasClass(n, 'pb'))).toHaveLength(2);
    expect(textContent(article(tree)).startsWith('First paragraph.')).toBe(true);
  });

  test('hard-wrapped paragraphs reflow; lists and documents without blank lines keep their breaks', () => {
    const wrapped = 'Title line\n\nA wrapped paragraph that goes\non over two lines.\n\nItems:\n- first\n- second\n';
    const soft = softBreaks(wrapped);
    expect([...soft]).toEqual([wrapped.indexOf('goes\non') + 4]);
    expect(articleText('goes\non', wrapped.indexOf('goes'), soft)).toBe('goes on');
    expect(softBreaks('One paragraph per line.\nAnother one.\nA third.').size).toBe(0);
    const tree = parseHtml(renderArticleReport(wrapped, { quotes: [], entities: [], issues: [] }));
    expect(textContent(article(tree))).toBe('Title line\nA wrapped paragraph that goes on over two lines.\nItems:\n- first\n- second');
  });

  test('issues are listed with their codes', () => {
    const text = 'He said "this never closes. And then more text follows here.';
    const result = extractQuotes(text);
    expect(result.issues.length).toBeGreaterThan(0);
    const tree = parseHtml(renderArticleReport(text, result));
    const codes = findAll(tree, (n) => n.tag === 'code').map(textContent);
    expect(codes).toEqual(result.issues.map((i) => i.code));
  });
});
