// One process extracting a fixed slice of the benchmark corpus after an untimed warm-up on
// another; prints its wall time. Run alone and as two processes at once, it shows how much two
// cores of this machine give in parallel.
import { makeCorpus } from './news.mjs';
const { extractQuotes } = await import('../../dist/index.js');
for (const d of makeCorpus({ bytes: 1e6, seed: 12 })) extractQuotes(d.text);
const docs = makeCorpus({ bytes: Number(process.argv[2] ?? 1.5) * 1e6, seed: 11 });
const a = performance.now();
for (const d of docs) extractQuotes(d.text);
process.stdout.write(String(performance.now() - a));
