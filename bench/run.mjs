// `npm run bench`: whosaid's speed against the NLP libraries underneath, on the same text in the
// same run, with the budgets of issue #6. Prints a markdown table, writes bench/out/bench.json,
// and exits 1 when a budget is missed. Needs `npm run build` first.
//   node bench/run.mjs [--mb 5] [--rounds 3] [--cli-mb 20] [--skip-corpus]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { measureCli } from './lib/cli-batch.mjs';
import { makeCorpus, root } from './lib/news.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const MB = Number(arg('mb', '5'));
const ROUNDS = Number(arg('rounds', '3'));
const CLI_MB = Number(arg('cli-mb', '20'));
const skipCorpus = process.argv.includes('--skip-corpus');

const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run build` first');
const whosaid = await import(dist);

const docs = makeCorpus({ bytes: MB * 1e6, seed: 1 });
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const mb = chars / 1e6;
const log = (s) => process.stderr.write(`${s}\n`);
log(`corpus: ${docs.length} articles, ${mb.toFixed(2)} MB (${cpus().length} cores)`);

// --- Throughput ---
// Every contender first reads a separate warm-up corpus once, untimed, so the JIT has compiled
// each of them before the clock starts (extraction has far more code to compile than a tokenizer
// pass; with 60 articles of warm-up the first timed round measured the compiler, not the code).
// Then the timed corpus is read in slices of 50 articles, every contender on the same slice in
// turn, so drift in machine load (large on shared virtual machines) hits every contender alike.
const wink = winkNLP(model, ['sbd', 'pos']);
const its = wink.its;
const contenders = {
  whosaid: (t) => whosaid.extractQuotes(t),
  'wink-nlp sbd+pos': (t) => {
    const doc = wink.readDoc(t);
    doc.tokens().out(its.pos);
    doc.sentences().out(its.span);
  },
  'regex tokenizer': (t) => {
    const re = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;
    let n = 0;
    while (re.exec(t)) n++;
    return n;
  },
};
const warmup = makeCorpus({ bytes: Math.min(1, MB) * 1e6, seed: 2 });
for (const f of Object.values(contenders)) for (const d of warmup) f(d.text);
const total = Object.fromEntries(Object.keys(contenders).map((k) => [k, 0]));
const perArticle = [];
const SLICE = 50;
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < docs.length; i += SLICE) {
    const slice = docs.slice(i, i + SLICE);
    for (const [name, f] of Object.entries(contenders)) {
      const t0 = performance.now();
      if (name === 'whosaid') {
        for (const d of slice) {
          const a = performance.now();
          f(d.text);
          perArticle.push(performance.now() - a);
        }
      } else for (const d of slice) f(d.text);
      total[name] += performance.now() - t0;
    }
  }
  log(`round ${r + 1}/${ROUNDS}: ${Object.entries(total).map(([k, v]) => `${k} ${((mb * (r + 1)) / (v / 1000)).toFixed(2)} MB/s`).join(', ')}`);
}
const mbps = (name) => (mb * ROUNDS) / (total[name] / 1000);
perArticle.sort((a, b) => a - b);
const pct = (p) => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))];

// compromise's full nlp() is slow: time it on the first ~0.4 MB of the same articles.
const sample = [];
for (let n = 0, i = 0; n < 0.4e6 && i < docs.length; i++) { sample.push(docs[i].text); n += docs[i].text.length; }
const sampleMB = sample.reduce((n, t) => n + t.length, 0) / 1e6;
nlp(sample[0]).json();
let t0 = performance.now();
for (const t of sample) nlp(t).json();
const compromiseMBps = sampleMB / ((performance.now() - t0) / 1000);
log(`compromise nlp(): ${compromiseMBps.toFixed(3)} MB/s on ${sampleMB.toFixed(2)} MB`);

// --- Input-size scaling: one document of 1x and 10x the size ---
const joinDocs = (target) => {
  const parts = [];
  for (let n = 0, i = 0; n < target; i++) { parts.push(docs[i % docs.length].text); n += docs[i % docs.length].text.length + 2; }
  return parts.join('\n\n');
};
const small = joinDocs(100_000);
const large = joinDocs(1_000_000);
// The two sizes alternate, 15 times each, and the fastest of each counts. The small document is
// timed ten times in a row, so both timings span the same ~0.4 s: on this shared VM the CPU slows
// for seconds at a time, and a 40 ms timing caught a fast window more often than a 400 ms one
// (fastest-of-7 single runs put the same build anywhere from 10.4 to 15.6). With 7 alternations
// of the paired timings, consecutive runs of one build still gave 10.3 and 12.0: slow windows
// last longer than 7 x 0.8 s, so 15 (~12 s) give each size a better chance of a quiet one.
let tSmall = Infinity;
let tLarge = Infinity;
const timed = (f) => { const a = performance.now(); f(); return performance.now() - a; };
for (let i = 0; i < 15; i++) {
  tSmall = Math.min(tSmall, timed(() => { for (let k = 0; k < 10; k++) whosaid.extractQuotes(small); }) / 10);
  tLarge = Math.min(tLarge, timed(() => whosaid.extractQuotes(large)));
}
const sizeRatio = (tLarge / tSmall) / (large.length / small.length) * 10;
log(`size scaling: ${small.length} chars ${tSmall.toFixed(0)} ms, ${large.length} chars ${tLarge.toFixed(0)} ms`);

// --- The CLI as users run it: default settings against --workers 1 (bench/lib/cli-batch.mjs) ---
// `whosaid extract --jsonl FILE` in fresh processes, wall time from spawn to exit, on a news
// archive of --cli-mb MB, 20,000 one-sentence documents and six 1 MB documents. The default must
// be the fast path: ≥ 1.6× on the archive (2 cores), and no slower on the other shapes. Ratios
// near 1 between two runs of the same code differ by a few percent on this shared machine, so
// "no slower" is checked as ≥ 0.95.
const cliRuns = await measureCli({ mb: CLI_MB, rounds: ROUNDS, log });

// The machine's own ceiling for two-way parallelism: the same work in one process, then in two
// independent processes at once (no pool, no sharing). Time ratio → speed-up bound; it shows how
// much of the CLI's ratio the machine allowed in this run.
const child = (args) => new Promise((resolve, reject) => execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (e, out) => (e ? reject(e) : resolve(out))));
const solo = async () => Number(await child([join(root, 'bench/lib/solo.mjs')]));
const alone = await solo();
const [p1, p2] = await Promise.all([solo(), solo()]);
const ceiling = (2 * alone) / Math.max(p1, p2);
log(`parallel ceiling: one process ${alone.toFixed(0)} ms alone, ${p1.toFixed(0)}/${p2.toFixed(0)} ms two at once → ${ceiling.toFixed(2)}×`);

// --- Cold start and peak RSS, in fresh processes ---
const cold = [];
for (let i = 0; i < 7; i++) cold.push(JSON.parse(execFileSync(process.execPath, [join(root, 'bench/lib/cold.mjs')], { encoding: 'utf8' })).ms);
cold.sort((a, b) => a - b);
const coldMs = cold[3];
const rss = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/lib/rss.mjs'), String(MB)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
log(`cold start median ${coldMs.toFixed(0)} ms; peak RSS ${rss.maxRssMB.toFixed(0)} MB`);

// --- Corpus mode: 1k vs 10k articles ---
let corpus = null;
const corpusFn = whosaid.extractCorpusSync ?? whosaid.extractCorpus;
if (!skipCorpus && corpusFn) {
  const timeCorpus = async (count) => {
    const set = makeCorpus({ count, seed: 3 });
    const a = performance.now();
    await corpusFn(set);
    return performance.now() - a;
  };
  const t1k = await timeCorpus(1000);
  const t10k = await timeCorpus(10000);
  corpus = { t1k, t10k, ratio: t10k / t1k };
  log(`corpus mode: 1k ${t1k.toFixed(0)} ms, 10k ${t10k.toFixed(0)} ms`);
}

// --- Browser bundle ---
const bundlePath = join(root, 'dist', 'whosaid.browser.js');
const bundle = existsSync(bundlePath) ? readFileSync(bundlePath) : null;
const gzipKB = bundle ? gzipSync(bundle, { level: 9 }).length / 1024 : null;

const ours = mbps('whosaid');
const rows = [
  ['whosaid extractQuotes', `${ours.toFixed(2)} MB/s · ${(docs.length * ROUNDS / (total.whosaid / 1000)).toFixed(0)} articles/s · p50 ${pct(0.5).toFixed(2)} ms · p99 ${pct(0.99).toFixed(2)} ms`, '', null],
  ['wink-nlp readDoc (sbd+pos)', `${mbps('wink-nlp sbd+pos').toFixed(2)} MB/s`, '', null],
  ['regex tokenizer pass', `${mbps('regex tokenizer').toFixed(1)} MB/s`, '', null],
  ['compromise nlp()', `${compromiseMBps.toFixed(3)} MB/s`, '', null],
  ['whosaid / wink-nlp', (ours / mbps('wink-nlp sbd+pos')).toFixed(3), '≥ 0.65', ours / mbps('wink-nlp sbd+pos') >= 0.65],
  ['whosaid / compromise', `${(ours / compromiseMBps).toFixed(1)}×`, '≥ 10×', ours / compromiseMBps >= 10],
  [`CLI default / --workers 1, ${CLI_MB} MB news archive (${cliRuns.archive.threads} workers)`, `${cliRuns.archive.ratio.toFixed(2)}× (${(cliRuns.archive.one / 1000).toFixed(1)} s → ${(cliRuns.archive.default / 1000).toFixed(1)} s)`, '≥ 1.6×', cliRuns.archive.ratio >= 1.6],
  [`CLI default / --workers 1, 20,000 one-sentence documents (${cliRuns.tiny.threads ? `${cliRuns.tiny.threads} workers` : 'in-process'})`, `${cliRuns.tiny.ratio.toFixed(2)}× (${(cliRuns.tiny.one / 1000).toFixed(1)} s → ${(cliRuns.tiny.default / 1000).toFixed(1)} s)`, '≥ 0.95×', cliRuns.tiny.ratio >= 0.95],
  [`CLI default / --workers 1, six 1 MB documents (${cliRuns.megabyte.threads} workers)`, `${cliRuns.megabyte.ratio.toFixed(2)}× (${(cliRuns.megabyte.one / 1000).toFixed(1)} s → ${(cliRuns.megabyte.default / 1000).toFixed(1)} s)`, '≥ 0.95×', cliRuns.megabyte.ratio >= 0.95],
  ['documents run twice (a worker died under them), all CLI runs', String(cliRuns.archive.reruns + cliRuns.tiny.reruns + cliRuns.megabyte.reruns), '0', cliRuns.archive.reruns + cliRuns.tiny.reruns + cliRuns.megabyte.reruns === 0],
  ['(two independent processes / one: this machine\'s ceiling)', `${ceiling.toFixed(2)}×`, '', null],
  ['cold start (new process → first result)', `${coldMs.toFixed(0)} ms`, '≤ 250 ms', coldMs <= 250],
  [`peak RSS (${mb.toFixed(1)} MB corpus)`, `${rss.maxRssMB.toFixed(0)} MB`, '≤ 300 MB', rss.maxRssMB <= 300],
  ['10× input, one document', `${sizeRatio.toFixed(2)}× time`, '≤ 11×', sizeRatio <= 11],
  ...(corpus ? [['corpus mode 10k / 1k articles', `${corpus.ratio.toFixed(1)}× time`, '≤ 12×', corpus.ratio <= 12]] : []),
  ...(gzipKB !== null ? [['browser bundle (gzip)', `${gzipKB.toFixed(0)} KB`, '', null]] : []),
];
const table = ['| measure | result | budget | ok |', '|---|---|---|---|', ...rows.map(([m, r, b, ok]) => `| ${m} | ${r} | ${b} | ${ok === null ? '' : ok ? 'yes' : '**NO**'} |`)].join('\n');
console.log(table);

const report = {
  date: new Date().toISOString(), node: process.version, cores: cpus().length, corpus: { articles: docs.length, mb },
  throughputMBps: Object.fromEntries(Object.keys(total).map((k) => [k, mbps(k)])), compromiseMBps,
  perArticleMs: { p50: pct(0.5), p99: pct(0.99) }, cli: { archiveMb: CLI_MB, ...cliRuns, parallelCeiling: ceiling },
  coldStartMs: { median: coldMs, all: cold }, peakRssMB: rss.maxRssMB, sizeScaling: { small: small.length, large: large.length, tSmall, tLarge, ratioPer10x: sizeRatio },
  corpus, browserGzipKB: gzipKB, budgets: rows.filter((r) => r[3] !== null).map(([m, r, b, ok]) => ({ measure: m, result: r, budget: b, ok })),
};
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const missed = rows.filter((r) => r[3] === false);
if (missed.length) {
  log(`budget missed: ${missed.map((r) => r[0]).join('; ')}`);
  process.exit(1);
}
