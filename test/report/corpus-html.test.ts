// The corpus report: one element per occurrence, speaker counts, conflicts set apart, altered words marked, escaping.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusResult, extractCorpus, renderCorpusReport } from '../../src/index';
import { changedRanges } from '../../src/report/corpus-html';
import { findAll, hasClass, type HtmlNode, parseHtml, squash, textContent } from './html-tree';

const seedDir = join(__dirname, '../../corpora/seeds');
const docs = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(seedDir, f), 'utf8') }));

let corpus: CorpusResult;
beforeAll(async () => {
  corpus = await extractCorpus(docs);
});

const occurrences = (c: CorpusResult) => c.statements.flatMap((s) => s.occurrences.map((o) => ({ s, o })));
const quoteEls = (tree: HtmlNode) => findAll(tree, (n) => 'data-q' in n.attrs);

/** A small hand-made corpus result, for the cases real text rarely produces. */
function handMade(): CorpusResult {
  const ref = { id: 's1', name: 'Ann <b>Lee</b> & "Co"' };
  const doc = (id: string) => ({ id, quotes: [], entities: [], issues: [], order: { coherence: null, reliable: true } });
  return {
    documents: [doc('<script>alert(1)</script>'), doc('b&b')],
    speakers: [{ id: 's1', name: ref.name, kind: 'person', aliases: ['Lee'], roles: ['<i>mayor</i>'], gender: 'female', quotes: 2, documents: [{ document: '<script>alert(1)</script>', entities: ['e1'], quotes: 1 }, { document: 'b&b', entities: ['e2'], quotes: 1 }] }],
    statements: [
      {
        id: 'st1',
        text: 'We <will> win & "stay"',
        documents: ['<script>alert(1)</script>', 'b&b'],
        speaker: ref,
        altered: true,
        differingWords: ['will', 'shall'],
        occurrences: [
          { document: '<script>alert(1)</script>', quote: 'q1', start: 0, end: 10, kind: 'direct', text: 'We <will> win & "stay"', speaker: ref, via: 'name', altered: false, changes: [] },
          { document: 'b&b', quote: 'q1', start: 5, end: 20, kind: 'partial', text: 'We shall win & "stay"', speaker: { id: 's2', name: 'Bob' }, via: 'surname', altered: true, changes: [{ reference: 'will', occurrence: 'shall' }] },
        ],
      },
    ],
    conflicts: [{ statement: 'st1', text: 'We <will> win & "stay"', speakers: [{ ...ref, documents: ['<script>alert(1)</script>'], occurrences: 1 }, { id: 's2', name: 'Bob', documents: ['b&b'], occurrences: 1 }] }],
    stats: { documents: 2, quotes: 2, statements: 1, comparisons: 1, corrected: 0 },
  } as CorpusResult;
}

describe('renderCorpusReport', () => {
  test('seed corpus: one highlighted element per statement occurrence, at its document offsets', () => {
    const tree = parseHtml(renderCorpusReport(corpus));
    const occ = occurrences(corpus);
    expect(occ.length).toBeGreaterThan(10);
    const els = quoteEls(tree);
    expect(els).toHaveLength(occ.length);
    for (const [i, { s, o }] of occ.entries()) {
      const el = els[i];
      expect(el.attrs['data-statement']).toBe(s.id);
      expect(el.attrs['data-doc']).toBe(o.document);
      expect([Number(el.attrs['data-start']), Number(el.attrs['data-end'])]).toEqual([o.start, o.end]);
      expect(el.attrs['data-kind']).toBe(o.kind);
      expect(el.attrs['data-entity']).toBe(o.speaker?.id ?? '');
      expect(textContent(el)).toBe(o.text);
    }
  });

  test('speakers: one legend button each, with total and per-document counts', () => {
    const tree = parseHtml(renderCorpusReport(corpus));
    const buttons = findAll(tree, (n) => hasClass(n, 'spk'));
    expect(buttons.map((b) => b.attrs['data-entity']).sort()).toEqual(corpus.speakers.map((s) => s.id).sort());
    const rows = findAll(tree, (n) => n.tag === 'tr' && findAll(n, (x) => hasClass(x, 'spk')).length === 1);
    for (const s of corpus.speakers) {
      const b = buttons.find((x) => x.attrs['data-entity'] === s.id)!;
      expect(Number(b.attrs['data-count'])).toBe(s.quotes);
      expect(textContent(findAll(b, (n) => hasClass(n, 'name'))[0])).toBe(s.name);
      const row = rows.find((r) => findAll(r, (x) => x === b).length === 1)!;
      const tags = findAll(row, (n) => hasClass(n, 'tag')).map(textContent);
      expect(tags).toEqual(s.documents.map((d) => `${d.document}: ${d.quotes}`));
    }
  });

  test('conflicts are listed and their statements drawn in the conflict style', () => {
    const tree = parseHtml(renderCorpusReport(corpus));
    const listed = findAll(tree, (n) => 'data-conflict' in n.attrs);
    expect(listed.map((n) => n.attrs['data-conflict'])).toEqual(corpus.conflicts.map((c) => c.statement));
    for (const n of listed) expect(hasClass(n, 'conflict')).toBe(true);
    const clusters = findAll(tree, (n) => hasClass(n, 'cluster') && 'data-statement' in n.attrs);
    expect(clusters).toHaveLength(corpus.statements.length);
    const inConflict = clusters.filter((n) => hasClass(n, 'conflict')).map((n) => n.attrs['data-statement']);
    expect(inConflict.sort()).toEqual(corpus.conflicts.map((c) => c.statement).sort());
    // Each conflict links to its statement's card.
    for (const c of corpus.conflicts) {
      expect(findAll(tree, (n) => n.attrs.href === `#stmt-${c.statement}`)).toHaveLength(1);
      expect(findAll(tree, (n) => n.attrs.id === `stmt-${c.statement}`)).toHaveLength(1);
    }
  });

  test('altered words are marked inside the occurrence', () => {
    const tree = parseHtml(renderCorpusReport(corpus));
    const els = quoteEls(tree);
    const occ = occurrences(corpus);
    for (const [i, { o }] of occ.entries()) {
      const marked = findAll(els[i], (n) => n.tag === 'ins' && hasClass(n, 'alt')).map(textContent);
      if (!o.altered) expect(marked).toEqual([]);
      else expect(marked.join(' ')).toBe(o.changes.map((c) => c.occurrence).filter(Boolean).join(' '));
    }
  });

  test('with texts (Map or Record), each occurrence shows its context from the original', () => {
    for (const texts of [new Map(docs.map((d) => [d.id, d.text])), Object.fromEntries(docs.map((d) => [d.id, d.text]))]) {
      const tree = parseHtml(renderCorpusReport(corpus, texts));
      const ctx = findAll(tree, (n) => hasClass(n, 'ctx'));
      expect(ctx).toHaveLength(occurrences(corpus).length);
      const { o } = occurrences(corpus)[0];
      const own = docs.find((d) => d.id === o.document)!.text;
      expect(textContent(findAll(ctx[0], (n) => hasClass(n, 'm'))[0])).toBe(squash(own.slice(o.start, o.end)));
    }
    expect(findAll(parseHtml(renderCorpusReport(corpus)), (n) => hasClass(n, 'ctx'))).toHaveLength(0);
  });

  test('escapes ids, names, roles and quote text; fetches nothing', () => {
    const c = handMade();
    const html = renderCorpusReport(c, { 'b&b': 'a'.repeat(30) }, { title: '<x>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>Lee');
    expect(html).not.toContain('<i>mayor');
    const tree = parseHtml(html);
    expect(findAll(tree, (n) => n.tag === 'script')).toHaveLength(1);
    expect(findAll(tree, (n) => (n.tag === 'b' && textContent(n) === 'Lee') || (n.tag === 'i' && textContent(n) === 'mayor'))).toHaveLength(0);
    expect(textContent(tree)).toContain('Ann <b>Lee</b> & "Co"');
    const els = quoteEls(tree);
    expect(els.map((e) => e.attrs['data-doc'])).toEqual(['<script>alert(1)</script>', 'b&b']);
    expect(textContent(els[0])).toBe('We <will> win & "stay"');
    expect(findAll(els[1], (n) => n.tag === 'ins').map(textContent)).toEqual(['shall']);
    for (const n of findAll(tree, () => true)) {
      for (const [k, v] of Object.entries(n.attrs)) {
        if (k === 'href') expect(v.startsWith('#')).toBe(true);
        expect(v.includes('http://') || v.includes('https://')).toBe(false);
      }
      expect(n.attrs.src).toBeUndefined();
    }
  });

  test('an empty corpus renders', () => {
    const empty: CorpusResult = { documents: [], speakers: [], statements: [], conflicts: [], stats: { documents: 0, quotes: 0, statements: 0, comparisons: 0, corrected: 0 } };
    const tree = parseHtml(renderCorpusReport(empty));
    expect(quoteEls(tree)).toHaveLength(0);
    expect(findAll(tree, (n) => hasClass(n, 'empty')).length).toBe(4);
  });
});

describe('changedRanges', () => {
  test('finds changed words in order, at word boundaries, merging a run', () => {
    const text = 'we will see what we see, they said';
    expect(changedRanges(text, [{ reference: 'x', occurrence: 'see' }])).toEqual([[8, 11]]);
    expect(changedRanges(text, [{ reference: 'x', occurrence: 'we see' }])).toEqual([[17, 23]]); // the adjacent pair, not 'we' ... 'see'
    expect(changedRanges(text, [{ reference: 'x', occurrence: 'we' }, { reference: 'y', occurrence: 'see' }])).toEqual([[0, 2], [8, 11]]);
    expect(changedRanges(text, [{ reference: 'x', occurrence: 'e' }])).toEqual([]); // never inside a word
    expect(changedRanges(text, [{ reference: 'x', occurrence: 'they said' }])).toEqual([[25, 34]]);
    expect(changedRanges(text, [{ reference: 'gone', occurrence: '' }, { reference: 'a', occurrence: 'missing' }])).toEqual([]);
  });
});
