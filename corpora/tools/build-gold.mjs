#!/usr/bin/env node
// Turns hand-written annotation files (NAME.ann.json beside NAME.txt) into the gold JSONL of
// ../shared/ANNOTATION.md §3. Annotators write quote *text*, never offsets: offsets are found
// here by exact search, so a typo fails loudly instead of silently shifting a span.
//
// usage: node corpora/tools/build-gold.mjs [--check] DIR_OR_ANN_FILE... [--out FILE]
//
// NAME.ann.json:
// { "id": "optional, defaults to NAME",
//   "quotes": [ { "text": "exact content substring of NAME.txt",
//                 "occurrence": 1,            // optional: which occurrence of text (1-based); required if text repeats
//                 "kind": "direct" | "partial" | "indirect",
//                 "speaker": "Canonical Full Name" | null,
//                 "mention": "words naming the speaker at the attribution point",  // optional
//                 "mentionOccurrence": 2 } ], // optional: else the occurrence nearest the quote
//   "ignored": [ "exact substring", ... ] }
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';

const args = process.argv.slice(2);
const check = args.includes('--check');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : null;
const inputs = args.filter((a, i) => a !== '--check' && (outIdx < 0 || (i !== outIdx && i !== outIdx + 1)));

function annFiles(p) {
  if (statSync(p).isDirectory()) {
    return readdirSync(p).filter((f) => f.endsWith('.ann.json')).sort().map((f) => join(p, f));
  }
  return [p];
}

function occurrences(text, needle) {
  const found = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const errors = [];
const docs = [];
for (const file of inputs.flatMap(annFiles)) {
  const name = basename(file, '.ann.json');
  const ann = JSON.parse(readFileSync(file, 'utf8'));
  const text = readFileSync(join(dirname(file), `${name}.txt`), 'utf8');
  const where = (msg) => errors.push(`${file}: ${msg}`);
  const quotes = [];
  for (const [qi, q] of (ann.quotes ?? []).entries()) {
    if (!['direct', 'partial', 'indirect'].includes(q.kind)) where(`quote ${qi}: bad kind ${q.kind}`);
    if (!('speaker' in q)) where(`quote ${qi}: speaker missing (use null for none)`);
    const occ = occurrences(text, q.text);
    if (occ.length === 0) { where(`quote ${qi}: text not found: ${JSON.stringify(q.text)}`); continue; }
    if (occ.length > 1 && !q.occurrence) { where(`quote ${qi}: text occurs ${occ.length}x, give "occurrence": ${JSON.stringify(q.text)}`); continue; }
    const start = occ[(q.occurrence ?? 1) - 1];
    if (start === undefined) { where(`quote ${qi}: occurrence ${q.occurrence} out of range`); continue; }
    const end = start + q.text.length;
    if (/^\s|\s$/.test(q.text)) where(`quote ${qi}: span starts or ends with whitespace`);
    // A trailing straight apostrophe is allowed: it is a plural possessive (the jurors').
    if (/^[\p{Pi}\p{Pf}"'«»„]|[\p{Pi}\p{Pf}"«»„]$/u.test(q.text)) where(`quote ${qi}: span includes a quotation mark at its edge`);
    if (/[,.]$/.test(q.text) && q.kind !== 'indirect' && /^["'\u201d\u2019]/.test(text.slice(end))) where(`quote ${qi}: comma/full stop just inside the closing mark must be left out`);
    const rec = { start, end, kind: q.kind, speaker: q.speaker ?? null };
    if (q.mention) {
      const mocc = occurrences(text, q.mention);
      if (mocc.length === 0) where(`quote ${qi}: mention not found: ${JSON.stringify(q.mention)}`);
      else {
        let m;
        if (q.mentionOccurrence) m = mocc[q.mentionOccurrence - 1];
        else m = mocc.reduce((best, s) => (Math.abs(s - start) < Math.abs(best - start) ? s : best));
        if (m === undefined) where(`quote ${qi}: mentionOccurrence out of range`);
        else rec.speakerMention = [m, m + q.mention.length];
      }
    }
    quotes.push(rec);
  }
  quotes.sort((a, b) => a.start - b.start);
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i].start < quotes[i - 1].end) where(`quotes overlap at ${quotes[i].start}: ${JSON.stringify(text.slice(quotes[i].start, quotes[i].end))}`);
  }
  const ignored = [];
  for (const s of ann.ignored ?? []) {
    const occ = occurrences(text, s);
    if (occ.length === 0) where(`ignored not found: ${JSON.stringify(s)}`);
    for (const o of occ) ignored.push([o, o + s.length]);
  }
  docs.push({ id: ann.id ?? name, text, quotes, ignored });
}

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const summary = docs.map((d) => {
  const k = { direct: 0, partial: 0, indirect: 0 };
  for (const q of d.quotes) k[q.kind]++;
  return `${d.id}: ${d.quotes.length} quotes (direct ${k.direct}, partial ${k.partial}, indirect ${k.indirect})`;
});
console.error(summary.join('\n'));
if (!check) {
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (out) writeFileSync(out, jsonl);
  else process.stdout.write(jsonl);
}
