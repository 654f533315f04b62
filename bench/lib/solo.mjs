// One process extracting a fixed slice of the benchmark corpus; prints its wall time. Run alone
// and as two processes at once, it shows how much two cores of this machine give in parallel.
import { makeCorpus } from './news.mjs';
const { extractQuotes } = await import('../../dist/index.js');
const docs = makeCorpus({ bytes: Number(process.argv[2] ?? 1.5) * 1e6, seed: 11 });
for (const d of docs.slice(0, 20)) extractQuotes(d.text);
const a = performance.now();
for (const d of docs) extractQuotes(d.text);
process.stdout.write(String(performance.now() - a));
