// Corpus mode on small constructed documents: altered wording, conflicts, spelling, trimming, speakers, inputs, scale.
import fc from 'fast-check';
import { ZodError } from '../../src';
import { corpusJsonSchema, extractCorpus, extractCorpusSync, linkCorpus, type CorpusResult, type ExtractedDoc, type Quote } from '../../src/index';
import { clusterStatements, type StatementItem } from '../../src/corpus/cluster';
import { SHINGLE, WINDOW, WordFolder, winnow, shingles } from '../../src/corpus/fingerprint';
import { changesAgainst, sameStatement } from '../../src/corpus/similarity';
import { cleanPersonName, cleanRole } from '../../src/corpus/speakers';
import { mulberry32 } from '../../bench/lib/rng.cjs';

const run = (docs: Array<[string, string]>): CorpusResult => extractCorpusSync(docs.map(([id, text]) => ({ id, text })));
const HOLLOWAY = 'Finance Minister Jane Holloway said on Monday: "The new levy will destabilise the regional economy for years to come." She spoke in Leeds.';

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

  test('a weak answer takes the consensus of the other documents; the local answer stays visible', () => {
    const quote = '"The bridge will reopen before the winter storms arrive in the valley,"';
    const r = run([
      ['n1', `${quote} Mayor Karen Whitfield said on Monday.`],
      ['n2', `${quote} Whitfield told the council.`],
      // No speaker named: corpus mode fills it.
      ['n3', `Work went on all week. ${quote.slice(0, -2)}."`],
    ]);
    const q = r.documents[2].quotes[0];
    expect(q.speaker?.name).toBe('Karen Whitfield');
    expect(q.speaker?.via).toBe('corpus');
    expect(q.local?.name).toBeNull();
    // The document never named her: a corpus entity stands in for her there.
    expect(r.documents[2].entities.find((e) => e.id === q.speaker?.entity)?.name).toBe('Karen Whitfield');
    const whitfield = r.speakers.find((s) => s.name === 'Karen Whitfield')!;
    expect(whitfield.documents.map((d) => [d.document, d.quotes])).toEqual([
      ['n1', 1],
      ['n2', 1],
      ['n3', 1],
    ]);
  });
});

describe('speakers across documents', () => {
  test('transliterations and a lone surname join; a surname two people share does not', () => {
    const r = run([
      ['l1', 'Russian Foreign Minister Sergei Lavrov said on Friday that "the talks were useful".'],
      ['l2', 'Foreign Minister Sergey Lavrov told reporters that the ministers had agreed to meet again.'],
      ['l3', 'Lavrov said the ministers would meet again in January.'],
      ['s1', 'John Smith, the council leader, said the bridge would reopen in May.'],
      ['s2', 'Mary Smith, a local teacher, said the school would close early.'],
      ['s3', 'Smith said the roads would stay shut until Friday.'],
    ]);
    const names = r.speakers.map((s) => s.name);
    expect(names).toEqual(['Sergei Lavrov', 'John Smith', 'Mary Smith', 'Smith']);
    expect(r.speakers[0].aliases).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Lavrov']));
    expect(r.speakers[0].documents.map((d) => d.document)).toEqual(['l1', 'l2', 'l3']);
  });

  test.each([
    ['AFP Blinken', 'Blinken'],
    ['RTHK Sergei Lavrov', 'Sergei Lavrov'],
    ['OSCE', 'OSCE'],
    ['Jan M. Olsen', 'Jan M. Olsen'],
  ])('person name %j cleans to %j', (raw, clean) => expect(cleanPersonName(raw)).toBe(clean));

  test.each([
    ['Ukraine this winter. Russian Foreign Minister', 'Russian Foreign Minister'],
    ['a timeline. WASHINGTON U.S. Secretary of State', 'U.S. Secretary of State'],
    ['and Russian leader', 'Russian leader'],
    ['who also met Blinken', null],
    ['former U.S. ambassador to Ukraine', 'former U.S. ambassador to Ukraine'],
  ])('role %j cleans to %j', (raw, clean) => expect(cleanRole(raw)).toBe(clean));
});

describe('word matching', () => {
  const f = new WordFolder();
  const t = (s: string) => f.tokens(s);

  test.each([
    ['destabilise the region', 'destabilize the region'],
    ['fuelling tensions', 'fueling tensions'],
    ["Russia's plans", 'Russias plans'],
    ['Russia\u00e2\u20ac\u2122s plans', "Russia's plans"],
    ['Russia?s plans', "Russia's plans"],
    ['the U.S. position', 'the US position'],
    ['talks in Kyiv', 'talks in Kiev'],
    ['the defence budget', 'the defense budget'],
  ])('%j folds like %j', (a, b) => expect(t(a).keys).toEqual(t(b).keys));

  test('"filled" and "filed" stay different words', () => expect(t('filled').keys).not.toEqual(t('filed').keys));

  test('trimmed and extended spans are the same statement; a common phrase inside another is not', () => {
    expect(sameStatement(t('the best way to avert a crisis is through diplomacy'), t('Blinken said the best way to avert a crisis is through diplomacy and talks'))).toBe(true);
    expect(sameStatement(t('the best way to avert a crisis is through diplomacy'), t('and that is the best way to avert a renewed crisis in Ukraine'))).toBe(false);
    expect(sameStatement(t('de-escalate'), t('how to de-escalate the situation in Europe'))).toBe(false);
    expect(sameStatement(t('serious consequences'), t('Serious consequences'))).toBe(true);
  });

  test.each([
    ['reverse the recent troop buildup and return forces', 'reverse the recent troop build-up (and) return forces', []],
    ['reverse the recent troop buildup, return forces', 'reverse the recent troop buildup and return forces', []],
    ['the talks will resume in May', 'the talks will not resume in May', [{ reference: '', occurrence: 'not' }]],
    ['the levy will hurt the regional economy badly', 'the levy will hurt the regional economy', []],
    ['the levy will hurt the regional economy badly', 'the levy will hurt the regional economy greatly', [{ reference: 'badly', occurrence: 'greatly' }]],
    ['Ukraine and the United States are closely working together', 'we are closely working together', [{ reference: 'Ukraine and the United States', occurrence: 'we' }]],
  ])('changes of %j against %j', (ref, occ, changes) => expect(changesAgainst(t(ref), t(occ))).toEqual(changes));

  test('winnowing: a run of WINDOW + SHINGLE - 1 words shares an anchor with any longer quote holding it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 12, maxLength: 40 }), fc.nat(), fc.nat(), (ws, a, b) => {
        const words = ws.map((n) => `w${n}`);
        const run = WINDOW + SHINGLE - 1;
        const start = a % (words.length - run);
        const end = start + run + (b % (words.length - start - run + 1));
        const whole = new Set(winnow(shingles(words)));
        return winnow(shingles(words.slice(start, end))).some((h) => whole.has(h));
      }),
    );
  });

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

  test('the JSON Schema of a corpus result names its parts', () => {
    const schema = corpusJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['documents', 'speakers', 'statements', 'conflicts', 'stats']);
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
