// Corpus mode: the same statements and speakers across many documents, in the order of its stages.
import * as z from 'zod/mini';
import { runPipeline } from '../pipeline';
import { nameKey } from '../lang/names';
import { ownProperties } from '../records/own';
import { parseOptions } from '../records/parse';
import type { Entity, Quote } from '../records/schema';
import { clusterStatements, type StatementItem } from './cluster';
import { decideConsensus, scoreOrder, type Fill, type VoteInput } from './consensus';
import { WordFolder, type MatchTokens } from './fingerprint';
import {
  CorpusDocSchema,
  CorpusOptionsSchema,
  CorpusResultSchema,
  LinkOptionsSchema,
  type CorpusDoc,
  type CorpusDocument,
  type CorpusOptions,
  type CorpusQuote,
  type CorpusResult,
  type CorpusSpeaker,
  type ExtractedDoc,
  type LinkOptions,
  type Statement,
  type StatementConflict,
  type StatementOccurrence,
  type WordingChange,
} from './schema';
import { changesAgainst } from './similarity';
import { linkSpeakers, placeLoneSurnames } from './speakers';

export * from './schema';

/** Distinct wordings examined when choosing a statement's reference wording. */
const MAX_VERSIONS = 8;

/**
 * Link already extracted documents: speakers across documents, statement clusters, conflicts and
 * consensus attribution. `extractCorpus` is `extractQuotes` on every document followed by this.
 */
export function linkCorpus(docs: Iterable<ExtractedDoc>, options: LinkOptions = {}): CorpusResult {
  const opts = parseOptions(LinkOptionsSchema, options);
  const list = [...docs];
  const seen = new Set<string>();
  for (const d of list) {
    if (seen.has(d.id)) throw new Error(`duplicate document id "${d.id}"`);
    seen.add(d.id);
  }
  const folder = new WordFolder();

  // 1. speakers: one group per real speaker, and each document's entities mapped onto them
  const links = linkSpeakers(list);

  // 2. statements: fingerprint blocking, precise checks, union-find
  const items: StatementItem[] = [];
  const itemOf: Array<{ doc: number; quote: number }> = [];
  list.forEach((d, doc) =>
    d.result.quotes.forEach((q, quote) => {
      items.push({ doc, tokens: folder.tokens(q.text), start: q.start, end: q.end });
      itemOf.push({ doc, quote });
    }),
  );
  const clusters = clusterStatements(
    items,
    list.map((d) => d.text),
    folder,
  );
  // A statement is a cluster reaching at least two documents, numbered by first occurrence.
  const docsOfRoot = new Map<number, Set<number>>();
  items.forEach((it, i) => {
    const r = clusters.root[i];
    const s = docsOfRoot.get(r) ?? new Set<number>();
    s.add(it.doc);
    docsOfRoot.set(r, s);
  });
  const statementOfRoot = new Map<number, number>();
  const members: number[][] = [];
  items.forEach((_, i) => {
    const r = clusters.root[i];
    if (docsOfRoot.get(r)!.size < 2) return;
    let s = statementOfRoot.get(r);
    if (s === undefined) {
      s = members.length;
      statementOfRoot.set(r, s);
      members.push([]);
    }
    members[s].push(i);
  });
  const statementOfItem = items.map((_, i) => statementOfRoot.get(clusters.root[i]) ?? -1);

  // 3. lone surnames placed by what they said, then order coherence and consensus attribution
  let k = 0;
  const speakerOf = (doc: number, quote: Quote) => (quote.speaker ? (links.byEntity[doc].get(quote.speaker.entity) ?? -1) : -1);
  placeLoneSurnames(
    links,
    list.map((d) => d.result.quotes.map((q) => ({ statement: statementOfItem[k++], entity: q.speaker?.entity ?? null }))),
    members.length,
  );
  k = 0;
  const votes: VoteInput[][] = list.map((d, doc) => d.result.quotes.map((quote) => ({ doc, statement: statementOfItem[k++], speaker: speakerOf(doc, quote), quote })));
  const order = scoreOrder(votes);
  const { consensus, fills } = opts.consensus ? decideConsensus(votes, members.length, order) : { consensus: null, fills: new Map<VoteInput, Fill>() };

  // 4. final speaker per quote; speakers keep ids only when they are still quoted
  const finalSpeaker = votes.map((qs) => qs.map((v) => fills.get(v)?.speaker ?? v.speaker));
  const quoteCount = links.groups.map(() => new Map<number, number>());
  finalSpeaker.forEach((ss, doc) => ss.forEach((g) => g >= 0 && quoteCount[g].set(doc, (quoteCount[g].get(doc) ?? 0) + 1)));
  const speakerId = new Map<number, string>();
  links.groups
    .map((g, i) => ({ g, i }))
    .filter(({ i }) => quoteCount[i].size > 0)
    .sort((a, b) => a.g.first - b.g.first || a.i - b.i)
    .forEach(({ i }, n) => speakerId.set(i, `s${n + 1}`));
  const statementId = (s: number) => `st${s + 1}`;

  // 5. documents: the corpus copy of each result
  const documents: CorpusDocument[] = list.map((d, doc) => {
    const entities: Entity[] = [...d.result.entities];
    const added = new Map<number, string>();
    const entityFor = (g: number): { id: string; name: string } => {
      const group = links.groups[g];
      const own = (group.members.get(doc) ?? []).map((id) => d.result.entities.find((e) => e.id === id)).filter((e): e is Entity => e !== undefined);
      if (own.length) {
        // The document's own spelling when it is the speaker's name ("Zelensky"), else the corpus name.
        const key = nameKey(group.name);
        const same = own.find((e) => e.name !== null && nameKey(e.name) === key);
        return { id: (same ?? own[0]).id, name: same?.name ?? group.name };
      }
      let id = added.get(g);
      if (id === undefined) {
        // The document never names this speaker: a corpus entity stands in, without mentions.
        id = `corpus:${speakerId.get(g)}`;
        added.set(g, id);
        entities.push({ id, name: group.name, kind: group.kind, aliases: group.aliases, roles: group.roles, gender: group.gender, mentions: [] });
      }
      return { id, name: links.groups[g].name };
    };
    const quotes: CorpusQuote[] = votes[doc].map((v) => {
      const q = v.quote;
      const st = v.statement >= 0 ? statementId(v.statement) : null;
      const fill = fills.get(v);
      if (!fill) return { ...q, speakerId: v.speaker >= 0 ? speakerId.get(v.speaker) ?? null : null, statement: st, local: null };
      const e = entityFor(fill.speaker);
      return {
        ...q,
        speaker: { name: e.name, entity: e.id, mention: q.speaker?.mention ?? { text: '', start: q.start, end: q.start }, via: 'corpus' as const },
        confidence: fill.confidence,
        speakerId: speakerId.get(fill.speaker)!,
        statement: st,
        local: { name: q.speaker?.name ?? null, entity: q.speaker?.entity ?? null, via: q.speaker?.via ?? null, confidence: q.confidence },
      };
    });
    // Record which groups the added entities belong to, for the speaker list.
    for (const [g, id] of added) {
      const m = links.groups[g].members.get(doc) ?? [];
      m.push(id);
      links.groups[g].members.set(doc, m);
    }
    return { id: d.id, quotes, entities, issues: d.result.issues, order: order[doc] };
  });

  // 6. speakers
  const speakers: CorpusSpeaker[] = [];
  for (const [g, id] of [...speakerId.entries()].sort((a, b) => Number(a[1].slice(1)) - Number(b[1].slice(1)))) {
    const group = links.groups[g];
    const docs = [...group.members.keys()].sort((a, b) => a - b);
    const perDoc = docs.map((doc) => ({ document: list[doc].id, entities: group.members.get(doc)!, quotes: quoteCount[g].get(doc) ?? 0 }));
    speakers.push({
      id,
      name: group.name,
      kind: group.kind,
      aliases: group.aliases,
      roles: group.roles,
      gender: group.gender,
      quotes: perDoc.reduce((n, x) => n + x.quotes, 0),
      documents: perDoc,
    });
  }
  const refOf = (g: number) => (g >= 0 && speakerId.has(g) ? { id: speakerId.get(g)!, name: links.groups[g].name } : null);

  // 7. statements, with the reference wording and what each occurrence changed
  const statements: Statement[] = members.map((its, s) => {
    const { reference, changes } = compareWordings(its.map((i) => items[i].tokens));
    const occurrences: StatementOccurrence[] = its.map((i, n) => {
      const { doc, quote } = itemOf[i];
      const q = documents[doc].quotes[quote];
      return {
        document: list[doc].id,
        quote: q.id,
        start: q.start,
        end: q.end,
        kind: q.kind,
        text: q.text,
        speaker: refOf(finalSpeaker[doc][quote]),
        via: q.speaker?.via ?? null,
        altered: changes[n].length > 0,
        changes: changes[n],
      };
    });
    const differing = new Set<string>();
    for (const c of changes.flat()) for (const w of `${c.reference} ${c.occurrence}`.split(' ')) if (w) differing.add(w);
    const docIds = [...new Set(occurrences.map((o) => o.document))];
    return {
      id: statementId(s),
      text: documents[itemOf[its[reference]].doc].quotes[itemOf[its[reference]].quote].text,
      documents: docIds,
      speaker: consensus ? refOf(consensus.speaker[s]) : null,
      altered: differing.size > 0,
      differingWords: [...differing],
      occurrences,
    };
  });

  // 8. conflicts: statements whose occurrences still name different speakers
  const conflicts: StatementConflict[] = [];
  for (const st of statements) {
    const by = new Map<string, { id: string; name: string; documents: Set<string>; occurrences: number }>();
    for (const o of st.occurrences) {
      if (!o.speaker) continue;
      const e = by.get(o.speaker.id) ?? { ...o.speaker, documents: new Set<string>(), occurrences: 0 };
      e.occurrences++;
      e.documents.add(o.document);
      by.set(o.speaker.id, e);
    }
    if (by.size > 1) {
      const speakers = [...by.values()].sort((a, b) => b.occurrences - a.occurrences).map((e) => ({ ...e, documents: [...e.documents] }));
      conflicts.push({ statement: st.id, text: st.text, speakers });
    }
  }

  return CorpusResultSchema.parse({
    documents,
    speakers,
    statements,
    conflicts,
    stats: {
      documents: list.length,
      quotes: items.length,
      statements: statements.length,
      comparisons: clusters.comparisons,
      corrected: fills.size,
    },
  });
}

/**
 * The reference wording of a statement (the version most other occurrences agree with, then the
 * most frequent, then the longest) and, for every occurrence, the runs of words that differ from it.
 */
function compareWordings(tokens: MatchTokens[]): { reference: number; changes: WordingChange[][] } {
  const versions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const key = t.keys.join(' ');
    const v = versions.get(key) ?? [];
    v.push(i);
    versions.set(key, v);
  });
  const ranked = [...versions.values()]
    .sort((a, b) => b.length - a.length || tokens[b[0]].keys.length - tokens[a[0]].keys.length || a[0] - b[0])
    .slice(0, MAX_VERSIONS);
  let reference = ranked[0];
  if (ranked.length > 1) {
    // Occurrences consistent with each version (its own copies included); ties keep the ranking above.
    let best = -1;
    for (const v of ranked) {
      let agree = v.length;
      for (const u of ranked) if (u !== v && changesAgainst(tokens[v[0]], tokens[u[0]]).length === 0) agree += u.length;
      if (agree > best) [best, reference] = [agree, v];
    }
  }
  const ref = tokens[reference[0]];
  const byVersion = new Map<string, WordingChange[]>();
  const changes = tokens.map((t) => {
    const key = t.keys.join(' ');
    let c = byVersion.get(key);
    if (!c) byVersion.set(key, (c = changesAgainst(ref, t)));
    return c;
  });
  return { reference: reference[0], changes };
}

function checkDoc(doc: unknown): CorpusDoc {
  return CorpusDocSchema.parse(ownProperties(doc));
}

/** Extract quotes from every document, then link them across documents (see `linkCorpus`). */
export function extractCorpusSync(docs: Iterable<CorpusDoc>, options: CorpusOptions = {}): CorpusResult {
  const { consensus, ...extract } = parseOptions(CorpusOptionsSchema, options);
  const extracted: ExtractedDoc[] = [];
  for (const raw of docs) {
    const d = checkDoc(raw);
    extracted.push({ ...d, result: runPipeline(d.text, extract) });
  }
  return linkCorpus(extracted, { consensus });
}

/**
 * Corpus mode over an array or an async iterable of `{ id, text }`: each document's result,
 * speakers linked across documents, statement clusters with altered wording, conflicts, and
 * consensus attribution. Throws a ZodError for an invalid document or option, and an Error
 * for a duplicate id; bad text never throws (problems come back in each document's `issues`).
 */
export async function extractCorpus(docs: Iterable<CorpusDoc> | AsyncIterable<CorpusDoc>, options: CorpusOptions = {}): Promise<CorpusResult> {
  const { consensus, ...extract } = parseOptions(CorpusOptionsSchema, options);
  const extracted: ExtractedDoc[] = [];
  for await (const raw of docs as AsyncIterable<CorpusDoc>) {
    const d = checkDoc(raw);
    extracted.push({ ...d, result: runPipeline(d.text, extract) });
  }
  return linkCorpus(extracted, { consensus });
}

/** JSON Schema of a corpus result, for consumers in other languages. */
export function corpusJsonSchema(): unknown {
  return z.toJSONSchema(CorpusResultSchema);
}
