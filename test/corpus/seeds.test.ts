// Corpus mode on the five seed articles: one wire story in five noisy copies (000 sentence-shuffled, 002/003 without quote marks).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CorpusResultSchema,
  extractCorpus,
  extractCorpusSync,
  extractQuotes,
  GoldDocumentSchema,
  nameKey,
  quoteText,
  sameSpeaker,
  scoreDocuments,
  type CorpusResult,
  type GoldDocument,
  type PredictedQuote,
} from '../../src/index';

const seeds = join(__dirname, '../../corpora/seeds');
const docs = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(seeds, f), 'utf8') }));
// Gold ids are the file names; the tests use the three-digit prefix.
const gold: GoldDocument[] = readFileSync(join(__dirname, '../../corpora/gold/seeds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => GoldDocumentSchema.parse(JSON.parse(l)))
  .map((d) => ({ ...d, id: d.id.slice(0, 3) }));

let result: CorpusResult;
beforeAll(() => {
  result = extractCorpusSync(docs);
});

/** Words folded for phrase lookups: case, apostrophes and punctuation ignored. */
const fold = (s: string) => ` ${s.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;

function quoteWith(doc: string, phrase: string) {
  const d = result.documents.find((x) => x.id === doc)!;
  // The shortest quote holding the phrase: "de-escalate" is also inside longer statements.
  return d.quotes.filter((q) => fold(q.text).includes(fold(phrase))).sort((a, b) => a.text.length - b.text.length)[0];
}

/**
 * Statements that appear in two or more seed articles, derived by reading the gold files
 * (corpora/gold/seeds.jsonl): gold quotes of different documents whose folded words align over
 * at least 80% of the shorter one (one- and two-word quotes: same words). Each is written as a
 * distinctive phrase and the documents holding it. Every quote the extractor finds with these
 * words must be in one cluster. `notExtracted` lists documents where the extractor (not corpus
 * mode) found no such quote when the table was written, with the reason.
 */
const EXPECTED: Array<{ phrase: string; docs: string[]; notExtracted?: Record<string, string> }> = [
  { phrase: 'long-term security guarantees', docs: ['000', '001'] },
  // AP's wording. Gold fuzzy matching also pairs it with AFP's "long-term security guarantees"
  // (the four words occur in order), but AP's words are not contiguous, so they are two quotations.
  { phrase: 'long-term and legally binding security guarantees', docs: ['002', '003'] },
  { phrase: 'prepare a deterrence package', docs: ['000', '001', '004'] },
  { phrase: 'We see this as a direct threat to Russia', docs: ['000', '001', '004'] },
  { phrase: "deep concerns about Russia's plans for renewed aggression", docs: ['000', '001', '002', '004'] },
  { phrase: 'serious consequences', docs: ['000', '001', '004'] },
  { phrase: 'decides to pursue confrontation', docs: ['000', '001', '002', '004'] },
  { phrase: 'inching its military infrastructure', docs: ['000', '001', '004'] },
  { phrase: 'nightmare scenario of a military confrontation', docs: ['000', '001', '004'] },
  { phrase: 'presidents will speak directly', docs: ['000', '001'] },
  { phrase: 'The date has not yet been agreed', docs: ['000', '001'] },
  { phrase: 'Crimea was Ukrainian territory', docs: ['000', '001', '004'] },
  { phrase: 'liberate', docs: ['000', '001', '004'] },
  { phrase: 'Blinken had proposed a meeting', docs: ['000', '001'] },
  { phrase: 'had decided to invade', docs: ['000', '001', '004'] },
  { phrase: 'putting in place the capacity', docs: ['000', '001', '004'] },
  { phrase: 'far-reaching and long-lasting consequences', docs: ['000', '001', '004'] },
  { phrase: 'high-impact economic measures', docs: ['000', '001', '004'] },
  { phrase: 'plotting an attack', docs: ['000', '001'] },
  { phrase: 'tensions', docs: ['000', '001'] }, // "fuelling tensions" and "fueling tensions": one statement
  { phrase: 'de-escalate', docs: ['000', '001'] },
  { phrase: 'pull back the', docs: ['000', '001'] },
  { phrase: 'massing at the Ukrainian border', docs: ['000', '001'] },
  { phrase: 'The situation in Europe is very alarming', docs: ['000', '001'] },
  { phrase: 'main topics of discussion', docs: ['000', '001'] },
  { phrase: 'demonstrate restraint', docs: ['000', '001', '004'] },
  { phrase: 'Ukraine from within as well as large scale military operations', docs: ['000', '001', '004'] },
  { phrase: 'contact', docs: ['000', '001'] },
  { phrase: 'no movement on bilateral affairs', docs: ['000', '001'] },
  { phrase: 'facilitate', docs: ['000', '001', '004'] },
  { phrase: 'full implementation', docs: ['000', '001', '004'] },
  { phrase: 'best way to avert a crisis is through diplomacy', docs: ['001', '002', '004'] },
  { phrase: 'turn to Moscow for military assistance', docs: ['002', '003'] },
  { phrase: 'precluding any further NATO expansion', docs: ['002', '003'] },
  { phrase: 'return forces to normal peaceful positions', docs: ['002', '003', '004'] },
  { phrase: 'comprehensive deterrence package', docs: ['002', '003'] },
  { phrase: 'bridgehead for confrontation', docs: ['002', '003'], notExtracted: { '003': 'marks lost; the cue follows a long colon clause' } },
];

describe('corpus mode on the seed articles', () => {
  test('the result validates, survives JSON, and is the same from an async iterable', async () => {
    expect(() => CorpusResultSchema.parse(result)).not.toThrow();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    async function* stream() {
      for (const d of docs) yield d;
    }
    expect(await extractCorpus(stream())).toEqual(result);
    expect(await extractCorpus(docs)).toEqual(result);
  });

  test('documents keep their ids and order, and every occurrence points at its words', () => {
    expect(result.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    for (const st of result.statements) {
      for (const o of st.occurrences) {
        const text = docs.find((d) => d.id === o.document)!.text;
        expect(quoteText(text.slice(o.start, o.end))).toBe(o.text);
        const q = result.documents.find((d) => d.id === o.document)!.quotes.find((x) => x.id === o.quote)!;
        expect(q.statement).toBe(st.id);
      }
    }
  });

  test('the extractor finds the table\'s quotes (its misses belong to the extractor, not corpus mode)', () => {
    const pairs = EXPECTED.flatMap((e) => e.docs.filter((d) => !(d in (e.notExtracted ?? {}))).map((d) => ({ phrase: e.phrase, doc: d })));
    const missed = pairs.filter((p) => !quoteWith(p.doc, p.phrase));
    expect(missed).toEqual([]);
  });

  test.each(EXPECTED)('one cluster: "$phrase" in $docs', ({ phrase, docs: where }) => {
    const found = where.map((doc) => ({ doc, q: quoteWith(doc, phrase) }));
    const present = found.filter((f) => f.q);
    if (present.length < 2) return; // nothing to cluster until the extractor finds it in two documents
    const ids = new Set(present.map((f) => f.q!.statement));
    expect(ids.size).toBe(1);
    const id = [...ids][0];
    expect(id).not.toBeNull();
    const st = result.statements.find((s) => s.id === id)!;
    expect(st.documents).toEqual(expect.arrayContaining(present.map((f) => f.doc)));
  });

  test('one speaker each for Lavrov, Blinken, Peskov, Ryabkov, Kuleba, Zelensky and Putin', () => {
    for (const name of ['Lavrov', 'Blinken', 'Peskov', 'Ryabkov', 'Kuleba', 'Zelensky', 'Putin']) {
      const key = nameKey(name);
      const matching = result.speakers.filter((s) => [s.name, ...s.aliases].some((n) => nameKey(n).split(' ').includes(key)));
      expect(matching.map((s) => s.name)).toHaveLength(1);
    }
    // Named by one of its transliterations (the one most mentions use), the others its aliases.
    const lavrov = result.speakers.find((s) => s.name === 'Sergei Lavrov' || s.name === 'Sergey Lavrov')!;
    expect([lavrov.name, ...lavrov.aliases]).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']));
    expect(lavrov.documents.map((d) => d.document)).toEqual(['000', '001', '002', '003', '004']);
    const zelensky = result.speakers.find((s) => nameKey(s.name) === nameKey('Volodymyr Zelensky'))!;
    expect(zelensky.aliases.map(nameKey)).toContain(nameKey('Volodymyr Zelenskyy'));
    // Quote counts per document add up to the speaker's total, and to every attributed quote.
    for (const s of result.speakers) expect(s.documents.reduce((n, d) => n + d.quotes, 0)).toBe(s.quotes);
    const attributed = result.documents.flatMap((d) => d.quotes).filter((q) => q.speakerId !== null).length;
    expect(result.speakers.reduce((n, s) => n + s.quotes, 0)).toBe(attributed);
  });

  test('the shuffled copy is recognized as such; the others are not', () => {
    const order = Object.fromEntries(result.documents.map((d) => [d.id, d.order.reliable]));
    expect(order).toEqual({ '000': false, '001': true, '002': true, '003': true, '004': true });
  });

  test('consensus corrects what the shuffled article gets wrong on its own', () => {
    const cases: Array<[string, string]> = [
      ['prepare a deterrence package', 'Dmytro Kuleba'],
      ['The situation in Europe is very alarming', 'Sergei Ryabkov'],
    ];
    const local = extractQuotes(docs[0].text);
    for (const [phrase, who] of cases) {
      const before = local.quotes.find((q) => fold(q.text) === fold(phrase))!;
      expect(before.speaker?.name).not.toBe(who); // wrong on its own...
      const q = quoteWith('000', phrase)!;
      expect(q.speaker?.name).toBe(who); // ...right in corpus mode,
      expect(q.speaker?.via).toBe('corpus');
      expect(q.local).toEqual({ name: before.speaker?.name ?? null, entity: before.speaker?.entity ?? null, via: before.speaker?.via ?? null, confidence: before.confidence });
      expect(result.speakers.find((s) => s.id === q.speakerId)?.name).toBe(who);
    }
  });

  test('strong local answers are never replaced, and disagreeing strong answers stay a conflict', () => {
    for (const d of result.documents) {
      for (const q of d.quotes) {
        if (!q.local) continue;
        expect(q.local.via === null || ['pronoun', 'continuation', 'descriptor'].includes(q.local.via) || q.local.confidence < 0.5).toBe(true);
      }
    }
    // Wherever two documents give the same statement to different speakers by name, surname,
    // apposition or organization, both answers stay and the statement is listed as a conflict.
    const strong = (via: string | null | undefined) => via === 'name' || via === 'surname' || via === 'apposition' || via === 'organization';
    const conflicted = new Set(result.conflicts.map((c) => c.statement));
    for (const st of result.statements) {
      const named = new Set(st.occurrences.filter((o) => strong(o.via) && o.speaker).map((o) => o.speaker!.id));
      if (named.size > 1) expect(conflicted).toContain(st.id);
    }
    for (const c of result.conflicts) {
      const st = result.statements.find((s) => s.id === c.statement)!;
      expect(new Set(st.occurrences.filter((o) => o.speaker).map((o) => o.speaker!.id)).size).toBeGreaterThan(1);
    }
  });

  test('no correct attribution changes, and attribution accuracy does not drop', () => {
    const goldById = new Map(gold.map((g) => [g.id, g]));
    const wordsOf = (t: string, a: number, b: number) => (t.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const pool = (k: string) => (k === 'indirect' ? 'indirect' : 'marked');
    let checked = 0;
    for (const d of result.documents) {
      const g = goldById.get(d.id)!;
      const names = g.quotes.map((x) => x.speaker).filter((s): s is string => s !== null);
      for (const q of d.quotes) {
        // The gold quote this one matches (ANNOTATION.md §4: overlap of half the shorter span's words).
        const m = g.quotes.find((x) => {
          const a = Math.max(x.start, q.start);
          const b = Math.min(x.end, q.end);
          return pool(x.kind) === pool(q.kind) && b > a && 2 * wordsOf(g.text, a, b) >= Math.min(wordsOf(g.text, x.start, x.end), wordsOf(g.text, q.start, q.end));
        });
        if (!m) continue;
        const localName = q.local ? q.local.name : (q.speaker?.name ?? null);
        if (!sameSpeaker(localName, m.speaker, names)) continue;
        checked++;
        expect({ doc: d.id, quote: q.text, speaker: sameSpeaker(q.speaker?.name ?? null, m.speaker, names) }).toEqual({ doc: d.id, quote: q.text, speaker: true });
      }
    }
    expect(checked).toBeGreaterThan(80);

    const localPreds = new Map<string, PredictedQuote[]>(docs.map((d) => [d.id, extractQuotes(d.text).quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null }))]));
    const corpusPreds = new Map<string, PredictedQuote[]>(result.documents.map((d) => [d.id, d.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null }))]));
    // The corpus-wide name of each speaker ("AFP Blinken" is Antony Blinken once linked).
    const canonical = new Map(result.speakers.map((s) => [s.id, s.name]));
    const linkedPreds = new Map<string, PredictedQuote[]>(result.documents.map((d) => [d.id, d.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speakerId ? canonical.get(q.speakerId)! : (q.speaker?.name ?? null) }))]));
    const before = scoreDocuments(gold, localPreds).attribution;
    const after = scoreDocuments(gold, corpusPreds).attribution;
    const linked = scoreDocuments(gold, linkedPreds).attribution;
    const pct = (a: { accuracy: number; correct: number; matched: number }) => `${(a.accuracy * 100).toFixed(1)}% (${a.correct}/${a.matched})`;
    // eslint-disable-next-line no-console
    console.log(`seed attribution accuracy: document-local ${pct(before)}; corpus mode ${pct(after)}; corpus mode with corpus-wide names ${pct(linked)}`);
    expect(after.matched).toBe(before.matched);
    expect(after.correct).toBeGreaterThan(before.correct);
    expect(linked.correct).toBeGreaterThanOrEqual(after.correct);
  });

  test('the same input gives the same result', () => {
    expect(extractCorpusSync(docs)).toEqual(result);
  });

  test('consensus can be switched off', () => {
    const off = extractCorpusSync(docs, { consensus: false });
    expect(off.stats.corrected).toBe(0);
    expect(off.documents.flatMap((d) => d.quotes).every((q) => q.local === null && q.speaker?.via !== 'corpus')).toBe(true);
    expect(off.statements.map((s) => s.occurrences.length)).toEqual(result.statements.map((s) => s.occurrences.length));
  });
});
