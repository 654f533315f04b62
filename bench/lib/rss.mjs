// Peak RSS probe: extract every article of the benchmark corpus in one fresh process.
import { makeCorpus } from './news.mjs';
const { extractQuotes } = await import('../../dist/index.js');
const docs = makeCorpus({ bytes: Number(process.argv[2]) * 1e6, seed: 7 });
let quotes = 0;
for (const d of docs) quotes += extractQuotes(d.text).quotes.length;
process.stdout.write(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, quotes, docs: docs.length }));
