// Clustering quotes into statements across documents.
import fc from 'fast-check';
import { clusterStatements, type StatementItem } from '../../src/corpus/cluster';
import { WordFolder } from '../../src/corpus/fingerprint';

describe('clusterStatements', () => {
  test('property: a trimmed copy of a quote joins it, among unrelated quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 10, maxLength: 40 }), fc.nat(), fc.nat(), fc.array(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 5, maxLength: 30 }), { maxLength: 6 }), (ws, a, b, others) => {
        const text = (xs: number[]) => xs.map((n) => `w${n}`).join(' ');
        const start = a % (ws.length - 5);
        const end = start + 5 + (b % (ws.length - start - 4));
        const quotes = [text(ws), text(ws.slice(start, end)), ...others.map(text)];
        const folder = new WordFolder();
        const items: StatementItem[] = quotes.map((q, doc) => ({ doc, tokens: folder.tokens(q), start: 0, end: q.length }));
        const { root } = clusterStatements(items, quotes, folder);
        return root[0] === root[1];
      }),
    );
  });
});
