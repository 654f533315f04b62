// News-like benchmark text built from the corpora: every copy of an article gets fresh speaker
// names, weekdays and numbers, so no cache (ours or wink's) sees the same text twice.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 as rng } from './rng.cjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The benches' one seeded generator, re-exported for their scripts.
export { rng };

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'th', 'nd', 'k', 'v'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function word(rand, syllables) {
  let w = '';
  for (let i = 0; i < syllables; i++) w += ONSETS[(rand() * ONSETS.length) | 0] + VOWELS[(rand() * VOWELS.length) | 0];
  w += CODAS[(rand() * CODAS.length) | 0];
  return w[0].toUpperCase() + w.slice(1);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The corpora articles, each with the name words of its annotated speakers. */
export function loadArticles() {
  const out = [];
  for (const dir of ['corpora/seeds', 'corpora/constructed']) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(root, dir, f), 'utf8');
      const names = new Set();
      try {
        const ann = JSON.parse(readFileSync(join(root, dir, f.replace(/\.txt$/, '.ann.json')), 'utf8'));
        for (const q of ann.quotes ?? []) {
          if (typeof q.speaker !== 'string') continue;
          for (const w of q.speaker.split(/\s+/)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && text.includes(w)) names.add(w);
        }
      } catch {
        // No annotations: the article is copied with its names unchanged.
      }
      const pattern = names.size ? new RegExp(`(?<!\\p{L})(${[...names].map(escape).join('|')})(?!\\p{L})`, 'gu') : null;
      out.push({ name: f.replace(/\.txt$/, ''), text, pattern });
    }
  }
  return out;
}

/** `count` articles (or enough for `bytes` characters), each a varied copy of a corpus article. */
export function makeCorpus({ bytes = Infinity, count = Infinity, seed = 1 } = {}) {
  const rand = rng(seed);
  const articles = loadArticles();
  const docs = [];
  let total = 0;
  for (let n = 0; total < bytes && n < count; n++) {
    const a = articles[n % articles.length];
    const swap = new Map();
    let text = a.pattern ? a.text.replace(a.pattern, (w) => {
      if (!swap.has(w)) swap.set(w, word(rand, 2 + ((rand() * 2) | 0)));
      return swap.get(w);
    }) : a.text;
    const day = WEEKDAYS[(rand() * 7) | 0];
    text = text.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, day).replace(/\d/g, () => String((rand() * 10) | 0));
    docs.push({ id: `${a.name}-${n}`, text });
    total += text.length;
  }
  return docs;
}
