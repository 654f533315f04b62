// Corpus mode at scale: 1,000 and 10,000 synthetic articles (five noisy copies per story), timed on dist/.
// Run `npm run build` first. Usage: node bench/corpus-scale.mjs [--sizes 1000,10000] [--seed 42]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCorpus, extractQuotes, linkCorpus, nameKey } from '../dist/index.js';
import { mulberry32 as rng } from './lib/rng.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('--sizes', '1000,10000').split(',').map(Number);
const SEED = Number(arg('--seed', '42'));

// Material from the project's corpora: words for statements, plain sentences as filler.
const texts = ['corpora/seeds', 'corpora/constructed'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, d, f), 'utf8')),
);
const SPEECH = /["\u201c\u201d\u2018\u2019'«»„]|\b(said|says|say|told|tell|according|added|warned|argued|called|urged|stated|claimed|insisted|asked)\b/i;
// Filler must not hold quotes of its own (the extractor finds none in it), so every quote is planted.
const FILLER = [...new Set(texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => s.trim()))].filter(
  (s) => s.length > 60 && s.length < 260 && /^[A-Z]/.test(s) && /[a-z][.]$/.test(s) && !SPEECH.test(s) && !/[A-Z]{3,}|http|\d{4}/.test(s) && extractQuotes(s).quotes.length === 0,
);
console.log(`material: ${FILLER.length} filler sentences`);
const WORDS = [...new Set(texts.join(' ').toLowerCase().match(/\b[a-z]{4,12}\b/g))].filter((w) => !['said', 'says', 'told', 'according', 'added', 'warned', 'that'].includes(w));

// Names, with transliteration variants that corpus mode must fold (Sergei/Sergey, -sky/-skiy/-skyy).
const FIRST = ['Sergei', 'Dmitry', 'Anna', 'Maria', 'Olena', 'Pavel', 'Irina', 'Yuri', 'Alexei', 'Natalia', 'Grace', 'Daniel', 'Helen', 'Martin', 'Sofia', 'Lucas', 'Amara', 'Tomas', 'Ingrid', 'Rafael', 'Priya', 'Kenji', 'Leila', 'Oscar', 'Celeste', 'Victor', 'Hanna', 'Jonas', 'Farah', 'Milan'];
const LAST = ['Volkov', 'Petrenko', 'Zelinsky', 'Kowalski', 'Morozov', 'Brandt', 'Whitcombe', 'Ortiz', 'Natarajan', 'Lindqvist', 'Moreau', 'Okafor', 'Tanaka', 'Haddad', 'Novak', 'Castellano', 'Fischer', 'Achterberg', 'Mensah', 'Rahimi', 'Sokolov', 'Baranov', 'Dubrovsky', 'Kravets', 'Lemaire', 'Svensson', 'Quinlan', 'Abara', 'Delacroix', 'Hartmann'];
const ROLES = ['Foreign Minister', 'Deputy Foreign Minister', 'Kremlin spokesman', 'Finance Minister', 'union leader', 'Interior Minister', 'council president', 'party spokeswoman', 'chief executive', 'Defence Minister', 'opposition leader', 'Health Minister'];
const ORGS = ['the ministry', 'the council', 'the union', 'the commission', 'the federation', 'the agency'];
const variant = (name, r) => {
  if (r() < 0.5) return name;
  return name.replace(/ei\b/, 'ey').replace(/sky\b/, r() < 0.5 ? 'skiy' : 'skyy').replace(/ov\b/, r() < 0.3 ? 'off' : 'ov');
};
const BRIT = [
  ['ize', 'ise'],
  ['izing', 'ising'],
  ['ization', 'isation'],
];

/** One story: speakers and their statements. */
function story(r, n) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  // Different surnames within a story, as in most news stories (a shared one would be ambiguous in the text itself).
  const surnames = new Set();
  const speakers = Array.from({ length: 3 + Math.floor(r() * 3) }, () => {
    let last = pick(LAST);
    while (surnames.has(last)) last = pick(LAST);
    surnames.add(last);
    return { first: pick(FIRST), last, role: pick(ROLES), gender: r() < 0.5 ? 'he' : 'she' };
  });
  const statements = Array.from({ length: 8 + Math.floor(r() * 4) }, (_, k) => {
    const words = Array.from({ length: 8 + Math.floor(r() * 16) }, () => pick(WORDS));
    // Some statements carry a spelling that has a British variant.
    if (r() < 0.3) words.splice(2, 0, pick(['stabilize', 'organization', 'prioritizing', 'modernize', 'criticized']));
    return { id: `${n}.${k}`, speaker: Math.floor(r() * speakers.length), words };
  });
  return { n, speakers, statements, place: pick(['Stockholm', 'Geneva', 'Vienna', 'Warsaw', 'Lisbon', 'Oslo']) };
}

/** One noisy copy of a story as an article of about 3 KB, and where its quotes were planted. */
function article(r, st, copy) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const british = r() < 0.5;
  const shuffled = copy === 4 && r() < 0.5; // some last copies lose their sentence order
  const names = st.speakers.map((s) => ({ ...s, first: variant(s.first, r), last: variant(s.last, r) }));
  const paras = [];
  const planted = [];
  let last = -1;
  for (const s of st.statements) {
    if (r() < 0.15) continue; // each copy drops some statements
    let words = s.words.map((w) => (british ? BRIT.reduce((x, [a, b]) => x.replace(new RegExp(`${a}$`), b), w) : w));
    if (r() < 0.08) words = words.map((w, i) => (i === 3 ? pick(WORDS) : w)); // an altered word
    if (r() < 0.25) words = words.slice(Math.floor(r() * 3), words.length - Math.floor(r() * 3)); // trimmed
    const q = words.join(' ');
    const Q = q[0].toUpperCase() + q.slice(1);
    const who = names[s.speaker];
    const full = `${who.first} ${who.last}`;
    const form = r();
    let text;
    let at;
    if (last === s.speaker && form < 0.3) {
      text = `"${Q}," ${who.gender} added.`;
      at = 1;
    } else if (form < 0.45) {
      text = `"${Q}," ${who.role} ${full} told reporters in ${st.place}.`;
      at = 1;
    } else if (form < 0.6) {
      text = `${who.last} said: "${Q}."`;
      at = who.last.length + 8;
    } else if (form < 0.75) {
      const part = words.slice(0, Math.max(3, Math.floor(words.length / 2))).join(' ');
      text = `${full}, the ${who.role}, warned of "${part}" in a statement from ${pick(ORGS)}.`;
      at = text.indexOf('"') + 1;
      paras.push({ text, quotes: [{ at, len: part.length, id: s.id, speaker: s.speaker }] });
      last = s.speaker;
      continue;
    } else {
      text = `${who.last} said ${q}.`;
      at = who.last.length + 6;
    }
    paras.push({ text, quotes: [{ at, len: Q.length, id: s.id, speaker: s.speaker }] });
    last = s.speaker;
  }
  // Filler from the corpora between the quotes, to about 3 KB.
  let size = paras.reduce((n, p) => n + p.text.length + 2, 0);
  while (size < 2800) {
    const f = pick(FILLER);
    paras.splice(Math.floor(r() * (paras.length + 1)), 0, { text: f, quotes: [] });
    size += f.length + 2;
  }
  if (shuffled) for (let i = paras.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [paras[i], paras[j]] = [paras[j], paras[i]];
  }
  let text = `${st.place} talks: ${st.speakers[0].last} and ${st.speakers[1].last} meet\n\n`;
  for (const p of paras) {
    for (const q of p.quotes) planted.push({ start: text.length + q.at, end: text.length + q.at + q.len, statement: q.id, speaker: `${st.speakers[q.speaker].first} ${st.speakers[q.speaker].last}` });
    text += `${p.text}\n\n`;
  }
  return { text, planted, shuffled };
}

function generate(n, seed) {
  const r = rng(seed);
  const docs = [];
  for (let s = 0; docs.length < n; s++) {
    const st = story(r, s);
    for (let c = 0; c < 5 && docs.length < n; c++) docs.push({ id: `a${String(docs.length).padStart(5, '0')}`, ...article(r, st, c) });
  }
  return docs;
}

/** Planted quote a predicted quote overlaps most, or null. */
function plantedOf(doc, q) {
  let best = null;
  let bo = 0;
  for (const p of doc.planted) {
    const o = Math.min(p.end, q.end) - Math.max(p.start, q.start);
    if (o > bo && o * 2 >= Math.min(p.end - p.start, q.end - q.start)) [best, bo] = [p, o];
  }
  return best;
}

/** Quality on the synthetic corpus, where the truth is known: clusters and attribution. */
function quality(docs, result) {
  const canonical = new Map(result.speakers.map((s) => [s.id, s.name]));
  const bySpeaker = (name, truth) => name !== null && (nameKey(name) === nameKey(truth) || nameKey(name).split(' ').pop() === nameKey(truth).split(' ').pop());
  const seen = new Map(); // planted statement -> set of corpus statement ids (null for none)
  const purity = new Map(); // corpus statement -> set of planted statements
  let matched = 0;
  let localRight = 0;
  let corpusRight = 0;
  result.documents.forEach((d, i) => {
    for (const q of d.quotes) {
      const p = plantedOf(docs[i], q);
      if (q.statement) {
        const s = purity.get(q.statement) ?? new Set();
        s.add(p ? p.statement : 'none');
        purity.set(q.statement, s);
      }
      if (!p) continue;
      const s = seen.get(p.statement) ?? { docs: new Set(), ids: new Set() };
      s.docs.add(i);
      s.ids.add(q.statement);
      seen.set(p.statement, s);
      matched++;
      const local = q.local ? q.local.name : (q.speaker?.name ?? null);
      const corpus = q.speakerId ? canonical.get(q.speakerId) : (q.speaker?.name ?? null);
      if (bySpeaker(local, p.speaker)) localRight++;
      if (bySpeaker(corpus, p.speaker)) corpusRight++;
    }
  });
  const multi = [...seen.values()].filter((s) => s.docs.size >= 2);
  const whole = multi.filter((s) => s.ids.size === 1 && !s.ids.has(null)).length;
  const pure = [...purity.values()].filter((s) => s.size === 1 && !s.has('none')).length;
  return {
    plantedStatementsInTwoOrMoreDocs: multi.length,
    clusterRecall: +(whole / Math.max(1, multi.length)).toFixed(4),
    clusterPurity: +(pure / Math.max(1, purity.size)).toFixed(4),
    quotesMatchedToPlanted: matched,
    attributionLocal: +(localRight / Math.max(1, matched)).toFixed(4),
    attributionCorpus: +(corpusRight / Math.max(1, matched)).toFixed(4),
  };
}

// Warm up first (JIT, the NLP model, caches), so the smaller run is not charged for it alone.
{
  const warm = generate(300, SEED + 1);
  linkCorpus(warm.map((d) => ({ id: d.id, text: d.text, result: extractQuotes(d.text) })));
}

const runs = [];
for (const n of SIZES) {
  const t0 = performance.now();
  const docs = generate(n, SEED);
  const bytes = docs.reduce((s, d) => s + d.text.length, 0);
  // CPU time beside wall time: on a shared machine other processes stretch the wall clock.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t1 = performance.now();
  const c1 = cpu();
  const extracted = docs.map((d) => ({ id: d.id, text: d.text, result: extractQuotes(d.text) }));
  const t2 = performance.now();
  const c2 = cpu();
  const result = linkCorpus(extracted);
  const t3 = performance.now();
  const c3 = cpu();
  const run = {
    documents: n,
    megabytes: +(bytes / 1e6).toFixed(2),
    shuffledCopies: docs.filter((d) => d.shuffled).length,
    generateMs: Math.round(t1 - t0),
    extractMs: Math.round(t2 - t1),
    corpusMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t1),
    extractCpuMs: Math.round(c2 - c1),
    corpusCpuMs: Math.round(c3 - c2),
    totalCpuMs: Math.round(c3 - c1),
    loadAverage: loadavg()[0],
    extractMBps: +(bytes / 1e6 / ((t2 - t1) / 1000)).toFixed(2),
    stats: result.stats,
    speakers: result.speakers.length,
    conflicts: result.conflicts.length,
    unreliableOrder: result.documents.filter((d) => !d.order.reliable).length,
    quality: quality(docs, result),
  };
  if (n <= 1000) {
    // extractCorpus is extractQuotes on every document, then linkCorpus: check they agree.
    const direct = await extractCorpus(docs.map((d) => ({ id: d.id, text: d.text })));
    run.extractCorpusAgrees = JSON.stringify(direct) === JSON.stringify(result);
  }
  runs.push(run);
  console.log(
    `${String(n).padStart(6)} docs ${run.megabytes} MB: extraction ${run.extractMs} ms (${run.extractMBps} MB/s), corpus layer ${run.corpusMs} ms, total ${run.totalMs} ms ` +
      `[cpu: ${run.extractCpuMs} + ${run.corpusCpuMs} = ${run.totalCpuMs} ms; load ${run.loadAverage.toFixed(1)}]; ` +
      `${result.stats.quotes} quotes, ${result.stats.statements} statements, ${result.stats.comparisons} comparisons, ${result.stats.corrected} corrected, ${run.conflicts} conflicts, ${run.speakers} speakers`,
  );
  console.log(`        quality ${JSON.stringify(run.quality)}${run.extractCorpusAgrees === undefined ? '' : `; extractCorpus agrees: ${run.extractCorpusAgrees}`}`);
}

const out = { seed: SEED, node: process.version, runs };
if (runs.length >= 2) {
  const [a, b] = [runs[0], runs[runs.length - 1]];
  out.sizeRatio = b.documents / a.documents;
  out.totalRatio = +(b.totalMs / a.totalMs).toFixed(2);
  out.extractRatio = +(b.extractMs / a.extractMs).toFixed(2);
  out.corpusRatio = +(b.corpusMs / a.corpusMs).toFixed(2);
  out.comparisonRatio = +(b.stats.comparisons / a.stats.comparisons).toFixed(2);
  out.totalCpuRatio = +(b.totalCpuMs / a.totalCpuMs).toFixed(2);
  out.extractCpuRatio = +(b.extractCpuMs / a.extractCpuMs).toFixed(2);
  out.corpusCpuRatio = +(b.corpusCpuMs / a.corpusCpuMs).toFixed(2);
  // The budget holds on wall time, or on CPU time when other processes crowd the machine.
  out.withinBudget = out.totalRatio <= 12 || out.totalCpuRatio <= 12;
  console.log(
    `ratio ${b.documents}/${a.documents} docs: wall total ${out.totalRatio} (extraction ${out.extractRatio}, corpus layer ${out.corpusRatio}); ` +
      `cpu total ${out.totalCpuRatio} (extraction ${out.extractCpuRatio}, corpus layer ${out.corpusCpuRatio}); comparisons ${out.comparisonRatio}; budget <= 12: ${out.withinBudget ? 'ok' : 'EXCEEDED'}`,
  );
}
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/corpus-scale.json'), JSON.stringify(out, null, 2) + '\n');
console.log('wrote bench/out/corpus-scale.json');
if (out.withinBudget === false) process.exitCode = 1;
