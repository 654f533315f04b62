// Generate a JSONL archive ({"id","text"} per line) of a given size from the corpora articles, with varied ids and speaker surnames.
// Usage: node bench/make-archive.mjs --mb 200 [--out bench/out/archive-200mb.jsonl] [--seed 1]
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const mb = Number(arg('mb', '20'));
if (!(mb > 0)) throw new Error('--mb takes a positive number');
const out = arg('out', join(root, 'bench/out', `archive-${mb}mb.jsonl`));
let seed = Number(arg('seed', '1')) >>> 0 || 1;

/** xorshift32: a fixed seed gives the same archive on every machine. */
function rand() {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x100000000;
}

const SURNAMES = ['Abara', 'Lindqvist', 'Moreau', 'Nakamura', 'Osei', 'Petrov', 'Quinlan', 'Rahman', 'Santos', 'Tanaka', 'Varga', 'Whitfield', 'Yilmaz', 'Zhou', 'Brennan', 'Castellano', 'Dubois', 'Eriksen', 'Fischer', 'Gallagher', 'Haddad', 'Ivanova', 'Jansen', 'Kowalski', 'Laurent', 'Mensah', 'Novak', "O'Rourke", 'Pereira', 'Rossi', 'Schultz', 'Takahashi'];

/** Articles with the surnames of their annotated speakers, which the generator swaps per copy. */
function loadArticles() {
  const articles = [];
  for (const dir of ['corpora/seeds', 'corpora/constructed']) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(root, dir, f), 'utf8');
      const name = f.replace(/\.txt$/, '');
      let surnames = [];
      try {
        const ann = JSON.parse(readFileSync(join(root, dir, `${name}.ann.json`), 'utf8'));
        const speakers = new Set(ann.quotes.map((q) => q.speaker).filter((s) => typeof s === 'string' && s.includes(' ')));
        surnames = [...new Set([...speakers].map((s) => s.split(' ').pop()))].filter((s) => s.length > 3 && text.includes(s));
      } catch {
        // An article without annotations is copied with its names unchanged.
      }
      // Whole-word matches only (letters on neither side), so "Park" does not touch "Parks".
      const patterns = surnames.map((s) => ({ s, re: new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu') }));
      articles.push({ name, text, patterns });
    }
  }
  return articles;
}

const articles = loadArticles();
mkdirSync(dirname(out), { recursive: true });
const stream = createWriteStream(out);
const target = mb * 1024 * 1024;
let bytes = 0;
let n = 0;
while (bytes < target) {
  const a = articles[Math.floor(rand() * articles.length)];
  let text = a.text;
  for (const { re } of a.patterns) {
    const sub = SURNAMES[Math.floor(rand() * SURNAMES.length)];
    text = text.replace(re, sub);
  }
  const line = JSON.stringify({ id: `${a.name}-${String(n).padStart(7, '0')}`, text }) + '\n';
  n++;
  bytes += Buffer.byteLength(line);
  if (!stream.write(line)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
process.stdout.write(JSON.stringify({ out, docs: n, bytes }) + '\n');
