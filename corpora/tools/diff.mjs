#!/usr/bin/env node
// Lists, per document, the gold quotes the system misses (MISS), attributes wrongly (SPKR),
// spans differently (SPAN), and its false positives (FP). Needs a build: npm run build.
// usage: node corpora/tools/diff.mjs corpora/gold/constructed.jsonl [ID_PREFIX]
import { readFileSync } from 'node:fs';
import { extractQuotes, sameSpeaker } from '../../dist/index.js';
const gold = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const only = process.argv[3];
for (const d of gold) {
  if (only && !d.id.startsWith(only)) continue;
  const r = extractQuotes(d.text);
  const sh = (a, b) => JSON.stringify(d.text.slice(a, b).slice(0, 90));
  const used = new Set();
  console.log('=== ' + d.id);
  for (const g of d.quotes) {
    const p = r.quotes.find((q, i) => !used.has(i) && q.start < g.end && g.start < q.end && ((q.kind === 'indirect') === (g.kind === 'indirect')));
    if (p) used.add(r.quotes.indexOf(p));
    const spk = p?.speaker?.name ?? null;
    const ok = p && sameSpeaker(spk, g.speaker, d.quotes.map((x) => x.speaker).filter(Boolean));
    if (!p) console.log(`  MISS ${g.kind} ${sh(g.start, g.end)} — ${g.speaker}`);
    else if (!ok) console.log(`  SPKR ${g.kind} ${sh(g.start, g.end)} gold=${g.speaker} pred=${spk} via=${p.speaker?.via} mention=${p.speaker?.mention?.text}`);
    else if (p.start !== g.start || p.end !== g.end) console.log(`  SPAN ${g.kind} gold=${sh(g.start, g.end)} pred=${sh(p.start,p.end)}`);
  }
  r.quotes.forEach((q, i) => { if (!used.has(i) && !d.ignored.some(([a,b]) => q.start < b && a < q.end)) console.log(`  FP   ${q.kind} ${sh(q.start, q.end)} — ${q.speaker?.name} (${q.cue?.text})`); });
}
