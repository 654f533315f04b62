// Corpus mode end to end on small constructed documents: statements, conflicts, inputs, scale.
import { ZodError } from '../../src';
import { extractCorpus, extractCorpusSync, linkCorpus, type ExtractedDoc, type Quote } from '../../src/index';
import { mulberry32 } from '../../bench/lib/rng.cjs';
import { HOLLOWAY, runCorpus as run } from '../helpers/corpus';

describe('statements across documents', () => {
  test('one changed word: same statement, altered, with that word', () => {
    const r = run([
      ['a', HOLLOWAY],
      ['b', HOLLOWAY.replace('destabilise', 'wreck')],
    ]);
    expect(r.statements).toHaveLength(1);
    const [st] = r.statements;
    expect(st.documents).toEqual(['a', 'b']);
    expect(st.altered).toBe(true);
    expect(st.differingWords.sort()).toEqual(['destabilise', 'wreck']);
    const altered = st.occurrences.filter((o) => o.altered);
    expect(altered).toHaveLength(1);
    const change = altered[0].changes;
    expect(change).toHaveLength(1);
    expect([change[0].reference, change[0].occurrence].sort()).toEqual(['destabilise', 'wreck']);
    expect(r.conflicts).toEqual([]);
  });

  test('spelling variants, a trimmed partial and reported speech of the same words: one statement, not altered', () => {
    const r = run([
      ['a', HOLLOWAY],
      ['c', HOLLOWAY.replace('destabilise', 'destabilize')],
      ['d', 'Jane Holloway warned that the levy would "destabilise the regional economy", according to a statement from her office.'],
      ['e', 'Jane Holloway said the new levy will destabilise the regional economy for years to come, in a speech in Leeds.'],
    ]);
    expect(r.statements).toHaveLength(1);
    const [st] = r.statements;
    expect(st.documents).toEqual(['a', 'c', 'd', 'e']);
    expect(new Set(st.occurrences.map((o) => o.kind))).toEqual(new Set(['direct', 'partial', 'indirect']));
    expect(st.altered).toBe(false);
    expect(st.speaker?.name).toBe('Jane Holloway');
  });

  test('same words, different speakers: a conflict, and neither named answer is replaced', () => {
    const r = run([
      ['f', '"We will not raise taxes this year under any circumstances," Prime Minister Alan Brooks said on Tuesday.'],
      ['g', '"We will not raise taxes this year under any circumstances," Finance Minister Maria Olsen said on Tuesday.'],
    ]);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0].altered).toBe(false);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0].statement).toBe(r.statements[0].id);
    expect(r.conflicts[0].speakers.map((s) => [s.name, s.documents])).toEqual([
      ['Alan Brooks', ['f']],
      ['Maria Olsen', ['g']],
    ]);
    for (const d of r.documents) expect(d.quotes.every((q) => q.local === null && q.speaker?.via === 'name')).toBe(true);
  });

  test('a short common phrase in unrelated stories is not one statement', () => {
    const r = run([
      ['h', 'Lucas Moreau, the club coach, promised "a fresh start" for the team after the cup defeat in Madrid.'],
      ['i', 'The mayor, Karen Whitfield, said the budget offered "a fresh start" for the libraries of the eastern district.'],
    ]);
    expect(r.statements).toEqual([]);
    expect(r.conflicts).toEqual([]);
  });
});

describe('inputs', () => {
  test('a duplicate id, a document without text and a misspelt option are refused', async () => {
    expect(() => extractCorpusSync([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrow('duplicate document id "x"');
    expect(() => extractCorpusSync([{ id: 'x' } as never])).toThrow(ZodError);
    expect(() => extractCorpusSync([], { consensu: false } as never)).toThrow(ZodError);
    await expect(extractCorpus([{ id: '', text: 'a' }])).rejects.toThrow(ZodError);
  });

  test('no documents, and documents without quotes, give an empty corpus', () => {
    expect(extractCorpusSync([]).statements).toEqual([]);
    const r = extractCorpusSync([
      { id: 'a', text: '' },
      { id: 'b', text: 'No one said anything.' },
    ]);
    expect(r.documents.map((d) => d.quotes.length)).toEqual([0, 0]);
    expect(r.speakers).toEqual([]);
  });

  test('extraction options pass through', () => {
    const r = extractCorpusSync([{ id: 'e', text: 'Jane Holloway said the new levy will destabilise the regional economy.' }], { indirect: false });
    expect(r.documents[0].quotes).toEqual([]);
  });
});

describe('scale', () => {
  /** Already extracted documents: stories of eight statements, five copies each, trimmed at random. */
  function corpus(docs: number): ExtractedDoc[] {
    const r = mulberry32(7);
    const word = () => `w${Math.floor(r() * 2000)}`;
    const out: ExtractedDoc[] = [];
    for (let story = 0; out.length < docs; story++) {
      const statements = Array.from({ length: 8 }, () => Array.from({ length: 6 + Math.floor(r() * 20) }, word));
      for (let copy = 0; copy < 5 && out.length < docs; copy++) {
        const quotes: Quote[] = [];
        let text = '';
        for (const st of statements) {
          if (r() < 0.2) continue;
          const a = Math.floor(r() * 3);
          const words = st.slice(a, st.length - Math.floor(r() * 3));
          const q = words.join(' ');
          quotes.push({ id: `q${quotes.length + 1}`, text: q, start: text.length, end: text.length + q.length, kind: 'direct', speaker: null, cue: null, confidence: 0.5, sentence: quotes.length, paragraph: 0 });
          text += `${q}. `;
        }
        out.push({ id: `d${out.length}`, text, result: { quotes, entities: [], issues: [] } });
      }
    }
    return out;
  }

  test('precise comparisons grow about linearly with the number of documents', () => {
    const small = linkCorpus(corpus(200));
    const large = linkCorpus(corpus(2000));
    // Every story's statements are found in its copies...
    expect(small.statements.length).toBeGreaterThan(200 / 5 * 7);
    expect(large.statements.length).toBeGreaterThan(2000 / 5 * 7);
    // ...and ten times the documents costs about ten times the comparisons, not a hundred.
    expect(large.stats.comparisons / small.stats.comparisons).toBeLessThan(12);
  });
});
