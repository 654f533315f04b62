// Fuzz engine shared by bench/fuzz.mjs (100k inputs against dist/) and test/fuzz-sample.test.ts
// (2k inputs against src/): input generators, invariant checks and a failure minimizer.
// CommonJS so jest can require it without ESM flags; the library is passed in, never imported,
// so the same engine checks the built bundle and the TypeScript sources alike.
'use strict';

const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// ---------------------------------------------------------------------------------------------
// Randomness: input i of seed s is generated from its own stream, so any input can be rebuilt
// alone (`--only i`) and workers can split the index space without changing what is generated.

/** 32-bit integer hash (xorshift-multiply avalanche); mixes the seed and the input index. */
function hash32(x) {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A small seeded generator (a Weyl sequence through the hash above): fast and reproducible. */
function rng(seed, index) {
  let state = hash32(hash32(seed >>> 0) ^ Math.imul(index + 1, 0x9e3779b1));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    return hash32(state) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    /** Integer in [a, b]. */
    range: (a, b) => a + int(b - a + 1),
    chance: (p) => next() < p,
    pick: (arr) => arr[int(arr.length)],
    /** Pick from [[weight, value], ...]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [w] of pairs) total += w;
      let x = next() * total;
      for (const [w, v] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][1];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Material.

const QUOTE_GLYPHS = ['\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a', '"', "'", '\u201f', '\u201b', '\u301d', '\u301e', '\uff02', '\u2033', '\u2032', '""', "''", '``'];
const QUOTE_PAIRS = [['\u201c', '\u201d'], ['"', '"'], ['\u2018', '\u2019'], ["'", "'"], ['\u00ab', '\u00bb'], ['\u201e', '\u201c'], ['\u201a', '\u2018'], ['\u2039', '\u203a'], ['\u00bb', '\u00ab'], ['``', "''"], ['\u201c', '"'], ['"', '\u2019']];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\r', '\t'];
const INVISIBLES = ['\u200f', '\u202e', '\u202a', '\u202b', '\u202c', '\u202d', '\u200e', '\u200b', '\u200c', '\u200d', '\u2060', '\u2066', '\u2069', '\ufeff', '\u00ad', '\u2028', '\u2029', '\u00a0', '\u3000', '\u2009', '\u180e'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u0303', '\u20dd', '\u0489', '\u036f', '\u0332', '\u034f'];
const EMOJI = ['\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', '\ud83d\udc4d\ud83c\udffd', '\ud83d\ude00', '\u2764\ufe0f', '\ud83c\uddfa\ud83c\udde6', '\ud83e\uddd1\u200d\ud83d\ude80', '1\ufe0f\u20e3'];
const SCRIPTS = ['\u041b\u0430\u0432\u0440\u043e\u0432', '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', '\u5317\u4eac\u5e02', '\u0928\u092e\u0938\u094d\u0924\u0947', '\u0130stanbul', '\u00df', '\ufb01', '\u212a', '\ud835\udc00\ud835\udc01', '\ud840\udc00'];
const ENTITIES = ['&quot;', '&#8220;', '&#x201D;', '&amp;', '&#0;', '&#xD800;', '&#99999999;', '&ldquo;', '&rsquo;', '&nbsp;', '&shy;', '&#39;', '&QUOT;', '&#x;', '&#;', '&bogus;'];
const MARKDOWN = ['**', '__', '[link](http://x.y)', '![img](a.png)', '\n# ', '\n> ', '\n- ', '\n1. ', '<https://example.com/a>', '`', '***', '[', '](', '\n---\n', '\n```\n'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '\u2014', '\u2013', '\u2026', '...', '(', ')', '[', ']', '-', '--', '/', ' - '];
const WHITESPACE = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '  ', '\n \n'];
const WORDS = ['the', 'he', 'she', 'they', 'said', 'told', 'that', 'We', 'will', 'not', 'It\u2019s', "don't", 'rock\u2019n\u2019roll', "'90s", "the Joneses'", 'U.S.', 'Dr.', 'Mr', 'e.g.', 'Inc.', 'No.', '3.5', '1,000', '$5m', 'O\u2019Neill', 'Zo\u00eb', 'A.', 'J.R.R.'];

const NAMES = ['Sergei Lavrov', 'Antony Blinken', 'Maria Zakharova', 'Dmitry Peskov', 'Lena Park', 'Zo\u00eb Bront\u00eb-Ward', '\u0141ukasz Nowak', 'Dr. Amara Osei-Mensah', 'Jean-Pierre van der Berg Jr.', 'Mr. Smith', 'Ms. Ortiz', 'Peskov', 'Blinken', 'Kremlin spokesman Dmitry Peskov', 'Police Chief Ramon Duarte', 'SERGEI LAVROV', 'sergei lavrov', 'Ana', 'J. Doe', 'Sen. Maria Cantwell, D-Wash.,'];
const SPEAKERS = [...NAMES, 'he', 'she', 'they', 'He', 'She', 'It', 'the ministry', 'the top U.S. diplomat', 'a senior official', 'Moscow', 'the Kremlin', 'NATO', 'the U.S. State Department', 'police', 'residents', 'officials', 'the spokeswoman', 'one analyst', 'I', 'we'];
const VERBS = ['said', 'told reporters', 'warned', 'added', 'insisted', 'claimed', 'stressed', 'urged', 'denied', 'noted', 'tweeted', 'was quoted as saying', 'said on Tuesday', 'told the BBC', 'says', 'has said', 'would say', 'saying', 'explained', 'argued', 'wrote', 'announced', 'replied', 'asked', 'accused', 'called for', 'said in a statement'];
const CLAUSES = ['we will win', 'the talks had failed', 'It\u2019s time to go', 'nothing has changed', 'the risk was high', 'there is no deal', 'the country would not back down', 'they are lying', 'I did not say that', 'prices will rise next year', 'the vote was rigged', "we're ready", 'the plan is "dead"', 'this is unacceptable', 'he had been misquoted', 'the data speaks for itself', 'we see a threat'];
const FILLERS = ['The meeting ended late.', 'Prices rose 3.5% in May.', 'It was not clear when talks would resume.', 'Photo: AFP', 'By Staff Reporter', '# Talks stall', 'MOSCOW (AP) \u2014', 'Jan. 5, 2024', 'Read more: https://example.com', '(Reporting by Jane Doe; Editing by John Roe)', 'WASHINGTON \u2014 The', 'Advertisement', '**Update:**'];

function loadCorpus(root) {
  const texts = [];
  for (const dir of ['seeds', 'constructed']) {
    const d = join(root, dir);
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
  }
  if (texts.length === 0) throw new Error(`no corpus articles under ${root}`);
  return texts;
}

/** Target size: mostly small inputs, some a few KB, a few tens of KB. */
function pickSize(r) {
  return r.weighted([
    [45, () => r.range(0, 256)],
    [35, () => r.range(256, 1500)],
    [19, () => r.range(1500, 4096)],
    [1, () => r.range(4096, 32768)],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Family 1: random Unicode, heavy on the characters normalization has to handle.

function randomPiece(r) {
  return r.weighted([
    [20, () => String.fromCharCode(r.range(0x20, 0x7e))],
    [10, () => r.pick(WHITESPACE)],
    [12, () => r.pick(QUOTE_GLYPHS)],
    [5, () => String.fromCharCode(r.range(0xd800, 0xdbff))], // lone high surrogate
    [5, () => String.fromCharCode(r.range(0xdc00, 0xdfff))], // lone low surrogate
    [5, () => r.pick(CONTROLS)],
    [6, () => r.pick(INVISIBLES)],
    [4, () => r.pick(COMBINING).repeat(r.range(1, 12))],
    [4, () => String.fromCharCode(r.range(0x41, 0x5a)) + r.pick(COMBINING)],
    [5, () => r.pick(EMOJI)],
    [4, () => r.pick(SCRIPTS)],
    [4, () => String.fromCharCode(r.range(0x80, 0xffff))],
    [2, () => String.fromCodePoint(r.range(0x10000, 0x10ffff))],
    [3, () => r.pick(ENTITIES)],
    [3, () => r.pick(MARKDOWN)],
    [6, () => r.pick(PUNCT)],
    [8, () => r.pick(WORDS)],
    [3, () => r.pick(NAMES)],
    [3, () => r.pick(VERBS)],
  ])();
}

function unicodeInput(r, size) {
  const parts = [];
  let n = 0;
  while (n < size) {
    const p = randomPiece(r);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Family 2: news-shaped text: names, reporting verbs, quotation marks in random balance.

function quoted(r, content) {
  const [open, close] = r.pick(QUOTE_PAIRS);
  return r.weighted([
    [10, () => open + content + close],
    [2, () => open + content], // never closed
    [2, () => content + close], // never opened
    [1, () => open + open + content + close],
    [1, () => open + content + close + close],
    [2, () => {
      // nested in the other style
      const [o2, c2] = r.pick(QUOTE_PAIRS);
      return open + content + ' ' + o2 + r.pick(CLAUSES) + c2 + ' ' + r.pick(CLAUSES) + close;
    }],
    [1, () => open + content.split(' ').join(` ${close} ${open} `) + close],
  ])();
}

function sentence(r) {
  const who = r.pick(SPEAKERS);
  const verb = r.pick(VERBS);
  const c = r.pick(CLAUSES);
  const end = r.pick(['.', '.', '.', '!', '?', '', '\u2026', '."', '.\u201d']);
  return r.weighted([
    [6, () => `${quoted(r, c + r.pick([',', '', '.', '?']))} ${who} ${verb}${end}`],
    [5, () => `${who} ${verb}: ${quoted(r, c + '.')}`],
    [5, () => `${who} ${verb} that ${c}${end}`],
    [3, () => `${c[0].toUpperCase()}${c.slice(1)}, ${who} ${verb}${end}`],
    [3, () => `${who}, ${r.pick(['a spokeswoman for the ministry', '54', 'who declined to be named', 'the top diplomat'])}, ${verb} ${quoted(r, c)}${end}`],
    [3, () => `According to ${who}, ${c}${end}`],
    [3, () => `${who} ${verb} the plan was ${quoted(r, r.pick(['dead', 'a disgrace', 'not serious', 'fake news']))}${end}`],
    [2, () => `${quoted(r, c + ',')} ${verb} ${who}. ${quoted(r, r.pick(CLAUSES) + '.')}`],
    [2, () => quoted(r, `${c}. ${r.pick(CLAUSES)}.`)],
    [2, () => r.pick(FILLERS)],
    [1, () => `${who} ${verb} ${who} ${verb} ${who} ${verb}`],
    [1, () => r.pick(QUOTE_GLYPHS).repeat(r.range(1, 30))],
  ])();
}

function newsInput(r, size) {
  const parts = [];
  let n = 0;
  while (n < size) {
    let s = sentence(r);
    if (r.chance(0.05)) s = s.toUpperCase();
    if (r.chance(0.03)) s = s.toLowerCase();
    if (r.chance(0.05)) s = s.replace(/ /g, () => r.pick(WHITESPACE));
    if (r.chance(0.04)) s += randomPiece(r);
    const sep = r.weighted([[10, ' '], [6, '\n\n'], [3, '\n'], [1, '\r\n\r\n'], [1, ''], [1, '\n\n\n']]);
    parts.push(s, sep);
    n += s.length + sep.length;
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Family 3: mutated corpus articles.

const MUTATIONS = [
  ['delete', (r, t) => { const [a, b] = slice(r, t); return t.slice(0, a) + t.slice(b); }],
  ['duplicate', (r, t) => { const [a, b] = slice(r, t); return t.slice(0, b) + t.slice(a, b) + t.slice(b); }],
  ['swap', (r, t) => {
    const [a, b] = slice(r, t);
    const [c, d] = slice(r, t);
    if (b > c) return t.slice(0, c) + t.slice(a, b) + t.slice(d);
    return t.slice(0, a) + t.slice(c, d) + t.slice(b, c) + t.slice(a, b) + t.slice(d);
  }],
  ['insert-quote', (r, t) => { let s = t; for (let k = r.range(1, 8); k > 0; k--) { const i = r.int(s.length + 1); s = s.slice(0, i) + r.pick(QUOTE_GLYPHS) + s.slice(i); } return s; }],
  ['retype-quotes', (r, t) => { const g = r.pick(QUOTE_GLYPHS); return t.replace(/["\u201c\u201d]/g, () => (r.chance(0.7) ? g : r.pick(QUOTE_GLYPHS))); }],
  ['flip-case', (r, t) => {
    const [a, b] = slice(r, t);
    const mid = t.slice(a, b);
    const out = r.weighted([[1, mid.toUpperCase()], [1, mid.toLowerCase()], [1, [...mid].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('')]]);
    // Case mapping can change length (\u00df -> SS); keep the rest of the text as is anyway.
    return t.slice(0, a) + out + t.slice(b);
  }],
  ['inject-controls', (r, t) => { let s = t; for (let k = r.range(1, 10); k > 0; k--) { const i = r.int(s.length + 1); s = s.slice(0, i) + r.pick([...CONTROLS, ...INVISIBLES, '\ud800', '\udfff']) + s.slice(i); } return s; }],
  ['truncate-mid-surrogate', (r, t) => { const i = r.int(t.length + 1); return t.slice(0, i) + r.pick(EMOJI).slice(0, 1); }],
  ['split-surrogate', (r, t) => { const i = r.int(t.length + 1); const e = r.pick(EMOJI); return t.slice(0, i) + e.slice(1) + t.slice(i) + e.slice(0, 1); }],
  ['join-lines', (r, t) => (r.chance(0.5) ? t.replace(/\s*\n\s*/g, ' ') : t.replace(/\n/g, r.pick(['', ' ', '\n\n', '\r\n'])))],
  ['markdown', (r, t) => {
    let s = t;
    for (let k = r.range(1, 6); k > 0; k--) {
      const i = r.int(s.length + 1);
      const j = Math.min(s.length, i + r.range(0, 40));
      const w = s.slice(i, j);
      const md = r.pick([`**${w}**`, `_${w}_`, `[${w}](https://x.example/${k})`, `![${w}](p.png)`, `\n# ${w}\n`, `\n> ${w}`, `\n- ${w}`, `<https://x.example>${w}`, `\`${w}\``]);
      s = s.slice(0, i) + md + s.slice(j);
    }
    return s;
  }],
  ['entities', (r, t) => t.replace(/["'\u201c\u201d\u2019]/g, (m) => (r.chance(0.5) ? r.pick(ENTITIES) : m))],
  ['crlf', (r, t) => t.replace(/\n/g, r.pick(['\r\n', '\r', '\u2028', '\u0085']))],
  ['combining', (r, t) => t.replace(/[aeiou]/g, (m) => (r.chance(0.1) ? m + r.pick(COMBINING) : m))],
  ['insert-noise', (r, t) => { const i = r.int(t.length + 1); return t.slice(0, i) + unicodeInput(r, r.range(1, 60)) + t.slice(i); }],
  ['insert-news', (r, t) => { const i = r.int(t.length + 1); return t.slice(0, i) + newsInput(r, r.range(10, 300)) + t.slice(i); }],
  // Long tokens: words glued by hyphens, dots or nothing (wink's tokenizer was quadratic in them).
  ['glue-words', (r, t) => { const [a, b] = slice(r, t); const g = r.pick(['-', '', '.', '_', '/', "'"]); return t.slice(0, a) + t.slice(a, b).replace(/\s+/g, g) + t.slice(b); }],
  ['strip-quotes', (r, t) => t.replace(/["\u201c\u201d]/g, (m) => (r.chance(0.3) ? '' : m))],
];

/** A random [a, b) range of t: usually short, sometimes half the text. */
function slice(r, t) {
  const a = r.int(t.length + 1);
  const len = r.chance(0.8) ? r.range(0, 200) : r.int(Math.floor(t.length / 2) + 1);
  return [a, Math.min(t.length, a + len)];
}

function mutationInput(r, size, corpus) {
  let t = r.pick(corpus);
  if (size > 4096) {
    const parts = [t];
    let n = t.length;
    while (n < size) {
      const p = r.pick(corpus);
      parts.push(p);
      n += p.length + 2;
    }
    t = parts.join(r.pick(['\n\n', '\n', ' ', '']));
  } else if (size < t.length && r.chance(0.6)) {
    // A window of the article: cut anywhere, also inside a word, a quote or a surrogate pair.
    const a = r.int(t.length - size + 1);
    t = t.slice(a, a + size);
  }
  const applied = [];
  for (let k = r.range(1, 6); k > 0; k--) {
    const [name, fn] = r.pick(MUTATIONS);
    t = fn(r, t);
    applied.push(name);
  }
  return { text: t, detail: applied.join('+') };
}

/** Input `index` of `seed`: the same pair always yields the same string. */
function makeInput(seed, index, corpus) {
  const r = rng(seed, index);
  const size = pickSize(r);
  const family = r.weighted([[30, 'unicode'], [35, 'news'], [35, 'mutation']]);
  if (family === 'unicode') return { family, detail: '', text: unicodeInput(r, size) };
  if (family === 'news') return { family, detail: '', text: newsInput(r, size) };
  const m = mutationInput(r, size, corpus);
  return { family, detail: m.detail, text: m.text };
}

// ---------------------------------------------------------------------------------------------
// Invariants.

/**
 * Check one result against the input. Returns null or the first broken invariant as
 * { code, message }; `code` names the invariant so minimization keeps the same failure.
 */
function checkResult(lib, input, r) {
  const parsed = lib.ResultSchema.safeParse(r);
  if (!parsed.success) return { code: 'schema', message: String(parsed.error.message).slice(0, 500) };
  const inBounds = (s) => s.start >= 0 && s.end <= input.length && s.start <= s.end;
  const ids = new Set();
  for (const e of r.entities) {
    if (ids.has(e.id)) return { code: 'duplicate-id', message: `entity id ${e.id} appears twice` };
    ids.add(e.id);
    for (const m of e.mentions) {
      if (!inBounds(m)) return { code: 'mention-bounds', message: `entity ${e.id} mention [${m.start}, ${m.end}) out of [0, ${input.length}]` };
      if (input.slice(m.start, m.end) !== m.text) return { code: 'mention-text', message: `entity ${e.id} mention ${JSON.stringify(m.text)} != input slice ${JSON.stringify(input.slice(m.start, m.end))}` };
    }
  }
  const qids = new Set();
  for (const q of r.quotes) {
    if (qids.has(q.id)) return { code: 'duplicate-id', message: `quote id ${q.id} appears twice` };
    qids.add(q.id);
    if (!inBounds(q)) return { code: 'quote-bounds', message: `quote ${q.id} [${q.start}, ${q.end}) out of [0, ${input.length}]` };
    const want = lib.quoteText(input.slice(q.start, q.end));
    if (want !== q.text) return { code: 'quote-text', message: `quote ${q.id} text ${JSON.stringify(q.text)} != quoteText(slice) ${JSON.stringify(want)}` };
    if (q.speaker) {
      const m = q.speaker.mention;
      if (!inBounds(m)) return { code: 'mention-bounds', message: `quote ${q.id} speaker mention [${m.start}, ${m.end}) out of bounds` };
      if (input.slice(m.start, m.end) !== m.text) return { code: 'mention-text', message: `quote ${q.id} speaker mention ${JSON.stringify(m.text)} != input slice ${JSON.stringify(input.slice(m.start, m.end))}` };
      if (!ids.has(q.speaker.entity)) return { code: 'speaker-entity', message: `quote ${q.id} speaker entity ${q.speaker.entity} is not in entities` };
    }
    if (q.cue) {
      if (!inBounds(q.cue)) return { code: 'cue-bounds', message: `quote ${q.id} cue [${q.cue.start}, ${q.cue.end}) out of bounds` };
      if (input.slice(q.cue.start, q.cue.end) !== q.cue.text) return { code: 'cue-text', message: `quote ${q.id} cue ${JSON.stringify(q.cue.text)} != input slice ${JSON.stringify(input.slice(q.cue.start, q.cue.end))}` };
    }
  }
  for (const is of r.issues) {
    if (is.start !== null && is.start > input.length || is.end !== null && is.end > input.length || is.start !== null && is.end !== null && is.end < is.start) {
      return { code: 'issue-bounds', message: `issue ${is.code} [${is.start}, ${is.end}) out of [0, ${input.length}]` };
    }
  }
  return null;
}

/**
 * Run the library on one input and check it. `determinism`: run it again (after `between`, another
 * document, when given: state leaking from one document into the next shows up this way) and
 * compare. Returns { failure, ms }: failure is null or { code, message }; ms times the first run.
 */
function runOne(lib, input, opts = {}) {
  let result;
  const t0 = performance.now();
  try {
    result = lib.extractQuotes(input);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const frame = (e.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
    return { ms: performance.now() - t0, failure: { code: `throw:${e.name}`, message: `${e.message} @ ${frame}` } };
  }
  const ms = performance.now() - t0;
  const failure = checkResult(lib, input, result);
  if (failure) return { ms, failure };
  if (opts.determinism) {
    let again;
    try {
      if (opts.between !== undefined) lib.extractQuotes(opts.between);
      again = lib.extractQuotes(input);
    } catch (err) {
      return { ms, failure: { code: 'nondeterministic', message: `second run threw: ${err}` } };
    }
    if (JSON.stringify(again) !== JSON.stringify(result)) return { ms, failure: { code: 'nondeterministic', message: 'a second run returned a different result' } };
  }
  return { ms, failure: null };
}

/**
 * Shrink a failing input while the same invariant (`code`) still fails: delete chunks of halving
 * size (a simple delta-debugging pass), then try to replace runs of letters by one letter.
 * Bounded by `maxRuns` so a slow input cannot stall the fuzzer.
 */
function minimize(lib, input, code, opts = {}) {
  // A nondeterministic result may depend on what ran before, so it may not shrink: spend less.
  const maxRuns = opts.maxRuns ?? (code === 'nondeterministic' ? 300 : 3000);
  let runs = 0;
  const fails = (s) => {
    runs++;
    const { failure } = runOne(lib, s, { determinism: code === 'nondeterministic' });
    return failure !== null && failure.code === code;
  };
  let cur = input;
  for (let chunk = Math.max(1, Math.floor(cur.length / 2)); chunk >= 1 && runs < maxRuns; chunk = Math.floor(chunk / 2)) {
    let i = 0;
    while (i < cur.length && runs < maxRuns) {
      const cand = cur.slice(0, i) + cur.slice(i + chunk);
      if (cand.length < cur.length && fails(cand)) cur = cand;
      else i += chunk;
    }
    if (chunk === 1) break;
  }
  return { text: cur, runs };
}

module.exports = { rng, loadCorpus, makeInput, checkResult, runOne, minimize, MUTATIONS: MUTATIONS.map(([n]) => n) };
