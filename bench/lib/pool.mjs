// Worker-pool scaling, run in its own process so the parent can choose V8's flags: the same
// batches through a tinypool of 1 and of 2 threads, each worker first warmed up on a separate
// corpus (untimed), each size timed three times, best kept. Prints JSON: { one, two, coresOne }.
//   node [--single-threaded] bench/lib/pool.mjs MB
import Tinypool from 'tinypool';
import { makeCorpus } from './news.mjs';

const MB = Number(process.argv[2] ?? 5);
const toBatches = (docs) => {
  const out = [];
  for (let i = 0; i < docs.length; i += 25) out.push(docs.slice(i, i + 25).map((d) => d.text));
  return out;
};
const batches = toBatches(makeCorpus({ bytes: MB * 1e6, seed: 1 }));
const warmup = toBatches(makeCorpus({ bytes: 1e6, seed: 2 }));

async function poolTime(threads) {
  const pool = new Tinypool({ filename: new URL('./extract-worker.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads });
  // Every worker reads about the whole warm-up corpus: it is queued once per thread.
  await Promise.all(Array.from({ length: threads }, () => warmup).flat().map((b) => pool.run(b)));
  const cpu = process.cpuUsage();
  const a = performance.now();
  await Promise.all(batches.map((b) => pool.run(b)));
  const ms = performance.now() - a;
  const used = process.cpuUsage(cpu);
  await pool.destroy();
  return { ms, cores: (used.user + used.system) / 1000 / ms };
}

const runs = { 1: [], 2: [] };
for (const threads of [1, 2, 1, 2, 1, 2]) runs[threads].push(await poolTime(threads));
const best = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
const one = best(runs[1]);
const two = best(runs[2]);
process.stdout.write(JSON.stringify({ one: one.ms, two: two.ms, coresOne: one.cores, coresTwo: two.cores }));
