// Tokens: wink's outside quotations, a plain scan inside them, one offset-ordered list.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Token, lexiconTag, plainTokens, spaceGluedMarks, tokenize, tokenizeWithMarks } from '../../src/text/tokenize';
import { normalize } from '../../src/text/normalize';
import { TokenStore } from '../../src/text/token';
import { extractQuotes } from '../../src/index';

const texts = (ts: Token[]) => ts.map((t) => t.text);

function plain(s: string): Token[] {
  const out: Token[] = [];
  plainTokens(s, 0, s.length, out);
  return out;
}

describe('plainTokens', () => {
  it('splits clitics and keeps abbreviations, numbers and hyphenated words whole', () => {
    expect(texts(plain("We don't think Kim's U.S. plan for 2,000 ex-Soviet homes works..."))).toEqual(
      ['We', 'do', "n't", 'think', 'Kim', "'s", 'U.S.', 'plan', 'for', '2,000', 'ex-Soviet', 'homes', 'works', '...'],
    );
  });

  it('tells words, numbers and punctuation apart, and marks capitals', () => {
    const ts = plain('Yes, 42 times!');
    expect(ts.map((t) => t.pos)).toEqual(['X', 'PUNCT', 'NUM', 'X', 'PUNCT']);
    expect(ts.map((t) => t.cap)).toEqual([true, false, false, false, false]);
  });

  it('keeps a line break as a whitespace token and flags the word after it', () => {
    const ts = plain('one\ntwo');
    expect(texts(ts)).toEqual(['one', '\n', 'two']);
    expect(ts[1].newline).toBe(true);
    expect(ts[2].afterNewline).toBe(true);
  });

  it('reads letters beyond ASCII as words', () => {
    expect(texts(plain('Ní Mhurchú — café, naïve'))).toEqual(['Ní', 'Mhurchú', '—', 'café', ',', 'naïve']);
  });

  it('gives a word met again in quotations the same text, lower case, classes and first-name answer', () => {
    // Words the reader has not met are kept in a table of quoted words once met.
    const s = "Maria, THE Spokesman said we've won. Maria, THE Spokesman said we've won.";
    const facts = (ts: Token[]) => ts.map((t) => [t.text, t.lower, t.classes, t.firstName, t.cap]);
    const first = plain(s);
    const again = plain(s);
    expect(facts(again)).toEqual(facts(first));
    const half = first.length / 2;
    expect(facts(first.slice(half))).toEqual(facts(first.slice(0, half)));
    expect(facts(first).slice(0, 3)).toEqual([['Maria', 'maria', first[0].classes, true, true], [',', ',', first[1].classes, false, false], ['THE', 'the', first[2].classes, false, true]]);
    expect(first[2].classes).toBe(tokenize('the')[0].classes);
  });
});

describe('tokenizeWithMarks', () => {
  const text = 'The minister said "We will not bow to pressure," adding that talks would go on.';
  const open = text.indexOf('"') + 1;
  const close = text.indexOf(',"');

  it('gives the same words inside a quotation whether wink or the plain scan reads it', () => {
    const byWink = tokenizeWithMarks(text);
    const byScan = tokenizeWithMarks(text, [[open, close]]);
    expect(texts(byScan)).toEqual(texts(byWink));
    expect(byScan.map((t) => [t.start, t.end])).toEqual(byWink.map((t) => [t.start, t.end]));
  });

  it('tags the words outside the quotation with wink and keeps tokens in text order', () => {
    const ts = tokenizeWithMarks(text, [[open, close]]);
    expect(ts.find((t) => t.text === 'said')?.pos).toBe('VERB');
    expect(ts.find((t) => t.text === 'adding')?.pos).toBe('VERB');
    ts.forEach((t, i) => {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual(ts[i - 1].end);
    });
  });

  it('reads words met again before a danda as wink does, having learnt them', () => {
    // A text holding a danda is read with every word learnt, as wink learns it (see learnsAll in
    // src/text/wink-model.ts): after a known word a danda can be a mark of its own.
    const t = 'Vantorin and \u041f\u0443\u0442\u0438\u043d went home and 4417 stayed. Vantorin\u0964 \u041f\u0443\u0442\u0438\u043d\u0964 then 4417\u0964 left.';
    const wink = winkNLP(model, ['pos']);
    const doc = wink.readDoc(t);
    const ts = tokenize(t);
    expect(texts(ts)).toEqual(doc.tokens().out(wink.its.value));
    expect(ts.map((x) => x.pos)).toEqual(doc.tokens().out(wink.its.pos));
    expect(texts(ts)).toContain('\u0964');
  });

  it('maps offsets back past the spaces it puts before glued commas, semicolons and colons', () => {
    const t = 'Ms Okafor, the minister, said: talks failed; others, too, said so.';
    const ts = tokenizeWithMarks(t);
    expect(texts(ts)).toEqual(['Ms', 'Okafor', ',', 'the', 'minister', ',', 'said', ':', 'talks', 'failed', ';', 'others', ',', 'too', ',', 'said', 'so', '.']);
    for (const tok of ts) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
  });

  it('reads the same tokens and tags as wink does on the text without the spaces it inserts', () => {
    // Full stops, "'s" and apostrophes after words, runs of apostrophes, and hyphens between letters (with a mark after the word), are spaced off for wink's
    // fast path; abbreviations and contractions wink lists ("etc.", "in.", "Mr.", "He's", "co-op"),
    // words it would expand ("cannot") and hyphenated words it keeps whole ("ex-Soviet") are
    // left to wink.
    const t = "Talks failed, he said. Fees, rents etc. rose; we cannot. He was in. She said: no.\nKim's aide, Mr. Lee, met Smith. He's the country's envoy. Cannot.\nThe players' union and the Zorblaxians' envoy cannot' ol' rock ,'' he said .'' and '' then ''' .\nThe late-night talks with Osei-Mensah, an ex-Soviet co-op and a ten-fold state-of-the-art rise.\nIn 2019, 322,158 people (3.5%) paid $2,000; 4,006 paid 12. No. 9 said 10: yes.\nA long-term, state-run plan; the ex-Soviet, co-op. It was long-term: ten-fold. Co-op; ex-Soviet: state-of-the-art.";
    const wink = winkNLP(model, ['pos']);
    const doc = wink.readDoc(t);
    const ts = tokenizeWithMarks(t);
    expect(texts(ts).filter((x) => x !== '\n')).toEqual(doc.tokens().out(wink.its.value).filter((x) => x !== '\n'));
    expect(ts.filter((x) => x.text !== '\n').map((x) => x.pos)).toEqual(doc.tokens().out(wink.its.pos).filter((p) => p !== 'SPACE'));
    expect(texts(ts)).toContain('etc.');
    expect(texts(ts)).toContain('in.');
    expect(texts(ts)).toContain('ex-Soviet');
    expect(texts(ts)).toContain('co-op');
    expect(texts(ts)).toContain('Mensah');
    for (const tok of ts) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
  });

  it('reads numbers joined to words by hyphens and amounts after currency signs as wink does', () => {
    // Spaced for wink's fast path ("45 - year - old", "$ 35"); words wink keeps whole
    // or lists ("ex-wife", "x-ray", "co-op") are left as wink splits them.
    const word = fc.constantFrom('year', 'old', 'page', 'year-old', 'x-ray', 'inch', 'square', 'foot', 'bn', 'ex', 'wife', 'x', 'ray', 'co', 'op', 'fold', 'mile', 'long', 'zorblax', 'hours', 'am', 'th', 'st', 'usd', 'a', 's', 'day', 'million', 'pre', 'e', 'mail', 'up');
    const number = fc.constantFrom('45', '02', '1', '10', '2019', '1990', '3', '21', '100', '3.5', '494,856', '1,000.5', '12,326');
    // ("cannot" alone before a comma is left out: spaced off by the older comma rule, wink expands it.)
    const part = fc.oneof(word, fc.constant('cannot'));
    const hyphenated = fc.tuple(number, fc.array(part, { minLength: 1, maxLength: 3 })).map(([n, ws]) => [n, ...ws].join('-'));
    const numeral = fc.tuple(number, fc.constantFrom('', '.', ',', '..')).map(([n, t]) => n + t);
    const amount = fc.tuple(fc.constantFrom('$', '£', '€'), number, fc.constantFrom('', '.5', ',000', ',000.25', '.')).map(([c, n, t]) => c + n + t);
    // ("45-year's" followed by a comma and a space is left out: the comma spaced off before a space, an older
    // rule, makes wink read "year 's" where it reads "year's" in the text as written.)
    const tail = fc.constantFrom('', '', ',', ';', ':', '.', '%', 'm');
    const glued = fc.tuple(fc.oneof(hyphenated, amount, word, numeral), tail).map(([w, t]) => w + t);
    const gap = fc.constantFrom(' ', ' ', '\n', ' the ', ', ', ' said: ', '\n\n');
    const wink = winkNLP(model, ['pos']);
    fc.assert(fc.property(fc.array(fc.tuple(glued, gap), { minLength: 1, maxLength: 12 }), (parts) => {
      const t = `He said ${parts.map(([w, g]) => w + g).join('')}`;
      const doc = wink.readDoc(t);
      const ts = tokenizeWithMarks(t);
      const tags = doc.tokens().out(wink.its.pos);
      expect(ts.filter((x) => x.pos !== 'SPACE').map((x) => `${x.text}/${x.pos}`)).toEqual(doc.tokens().out(wink.its.value).map((v, k) => `${v}/${tags[k]}`).filter((_, k) => tags[k] !== 'SPACE'));
      for (const tok of ts) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
    }), { numRuns: 1500 });
  });

  it('says a word follows a line break only when it does, past hidden quotations', () => {
    const t = 'He left.\n\n"Will you come to the last run?" Moodie asks, "soon, again," she said.';
    const q1 = t.indexOf('"') + 1;
    const q2 = t.indexOf('"soon') + 1;
    const ts = tokenizeWithMarks(t, [[q1, t.indexOf('?"')], [q2, t.indexOf(',"')]]);
    const flag = (w: string) => ts.filter((x) => x.text === w).map((x) => x.afterNewline);
    expect(flag('"')).toEqual([true, false, false, false]);
    expect(flag('Will')).toEqual([false]);
    expect(flag('?')).toEqual([false]);
    expect(flag('Moodie')).toEqual([false]);
    expect(flag(',')).toEqual([false, false, false]);
  });

  it('hides the closing single marks it is given from wink and gives them back as marks', () => {
    const t = "'Nobody comes to shut a school,' she told the meeting. 'It is a formality.'";
    const spans: Array<[number, number]> = [[1, t.indexOf(",'")], [t.indexOf("'It") + 1, t.length - 2]];
    const closers = [t.indexOf(",'") + 1, t.length - 1];
    const withClosers = tokenizeWithMarks(t, spans, closers);
    const without = tokenizeWithMarks(t, spans);
    expect(texts(withClosers)).toEqual(texts(without));
    expect(withClosers.map((x) => [x.start, x.end, x.pos])).toEqual(without.map((x) => [x.start, x.end, x.pos]));
  });
});

describe('spaceGluedMarks', () => {
  // The specification: one regular expression, which the scanner replaced for speed.
  const REFERENCE = /[A-Za-z0-9][,;:](?=[ \n])|(?:^|[ \n])(?:[A-Za-z]{2,}(?:\.|'s?)|[0-9]+(?:[.,][0-9]+)*\.)(?=[ \n]|$)|(?:^|[ \n])[A-Za-z]+-[A-Za-z][A-Za-z-]*(?:[,;:](?= )|\.?(?=[ \n]|$))|(?:^|[ \n])[0-9]+(?:[.,][0-9]+)*(?:-[a-z]+)+[,;:]?(?=[ \n]|$)|(?:^|[ \n])[,.]?'{2,}(?=[ \n]|$)|(?:^|[ \n])[$£€][0-9]+(?:[.,][0-9]+)*[,;:.]?(?=[ \n]|$)|(?:^|[ \n])[0-9]+(?:[.,][0-9]+)*%[,;:.]?(?=[ \n]|$)/g;
  const mark = (m: string) => `<${m}>`;
  // The first branch's two characters (a letter or digit, then the mark) always get a space between.
  const reference = (text: string) => text.replace(REFERENCE, (m) => (/^[A-Za-z0-9][,;:]$/.test(m) ? `${m[0]} ${m[1]}` : mark(m)));

  it('finds what the reference expression finds, on news text', () => {
    const dir = join(__dirname, '../../corpora/constructed');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).slice(0, 40)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(spaceGluedMarks(text, mark)).toBe(reference(text));
    }
  });

  it('finds what the reference expression finds, on any mix of words, marks and spaces', () => {
    const piece = fc.constantFrom('a', 'Ab', 'said', 'x9', '7', '2019', '-', '.', ',', ';', ':', "'s", "'", 's', ' ', '  ', '\n', '\t', 'U.S.', 'é', '--', "''", '$', '£', '€', '45-year-old', '3.5', '%', '2,000%');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(spaceGluedMarks(text, mark)).toBe(reference(text));
    }), { numRuns: 5000 });
  });
});

describe('token reuse across documents', () => {
  const a = 'The mayor said "we are ready," and left. Officials agreed.';
  const b = 'Rivera told reporters the plan was "a mistake". It was not clear why.';
  const fields = (ts: Token[]) => ts.map((t) => [t.start, t.end, t.text, t.lower, t.pos, t.lemma, t.cap, t.newline, t.afterNewline]);

  it('gives the same tokens as fresh ones, and hands the objects out again in the next document', () => {
    const store = new TokenStore();
    store.startDocument();
    const first = tokenizeWithMarks(a, [], [], store);
    expect(fields(first)).toEqual(fields(tokenizeWithMarks(a)));
    store.startDocument();
    const second = tokenizeWithMarks(b, [], [], store);
    expect(fields(second)).toEqual(fields(tokenizeWithMarks(b)));
    expect(second[0]).toBe(first[0]);
  });

  it('never hands out a token twice within one document', () => {
    const store = new TokenStore();
    store.startDocument();
    const one = tokenizeWithMarks(a, [], [], store);
    const before = fields(one);
    const two = tokenizeWithMarks(b, [], [], store);
    expect(fields(one)).toEqual(before);
    expect(two.some((t) => one.includes(t))).toBe(false);
  });

  it('makes fresh tokens without a store, so tokens kept by a caller stay valid', () => {
    const store = new TokenStore();
    const kept = tokenizeWithMarks(a);
    const before = fields(kept);
    store.startDocument();
    tokenizeWithMarks(b, [], [], store);
    expect(fields(kept)).toEqual(before);
  });

  it('keeps at most its limit of objects and makes fresh ones past it', () => {
    const store = new TokenStore(5);
    store.startDocument();
    const first = tokenizeWithMarks(a, [], [], store);
    store.startDocument();
    const second = tokenizeWithMarks(b, [], [], store);
    expect(second.slice(0, 5).every((t, k) => t === first[k])).toBe(true);
    expect(second.slice(5).some((t) => first.includes(t))).toBe(false);
    expect(fields(second)).toEqual(fields(tokenizeWithMarks(b)));
  });

  it('leaves no result of an earlier document pointing at reused tokens', () => {
    const ra = extractQuotes(a);
    const json = JSON.stringify(ra);
    extractQuotes(b);
    extractQuotes(b.repeat(40));
    expect(JSON.stringify(ra)).toBe(json);
    expect(JSON.stringify(extractQuotes(a))).toBe(json);
  });
});

describe('tokenize', () => {
  it('reads a long text in pieces with the tokens, tags and offsets wink gives the whole', () => {
    // Every constructed article, joined with blank lines and with single line breaks: ~100 kB,
    // several pieces, cut at line breaks of both kinds.
    const dir = join(__dirname, '../../corpora/constructed');
    const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    const wink = winkNLP(model, ['pos']);
    for (const sep of ['\n\n', '\n']) {
      const t = articles.join(sep);
      expect(t.length).toBeGreaterThan(60_000);
      const ts = tokenize(t);
      const doc = wink.readDoc(t);
      expect(texts(ts)).toEqual(doc.tokens().out(wink.its.value));
      expect(ts.map((x) => x.pos)).toEqual(doc.tokens().out(wink.its.pos));
      // One expectation per property: a per-token expect costs seconds over 15,000 tokens.
      expect(ts.filter((tok, k) => t.slice(tok.start, tok.end) !== tok.text || (k > 0 && tok.start < ts[k - 1].end))).toEqual([]);
    }
  });
});

describe("wink's input, rewritten for speed, against wink's own tokenizer", () => {
  // The tokenizer spaces glued commas, full stops, "'s" and hyphens off before wink reads the
  // text (spaceGluedMarks), reading wink's lexicon to decide; it is sound only while wink, given
  // the text as written, finds the same tokens and tags. A wink or model upgrade that breaks this
  // fails here. Quotation marks are taken out first: the pipeline hides them from wink anyway.
  const dirs = ['seeds', 'constructed', 'dev', 'heldout'].map((d) => join(__dirname, '../../corpora', d));
  const articles = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(d, f), 'utf8')] as const));
  const wink = winkNLP(model, ['pos']);
  const withoutMarks = (t: string) => t.replace(/"/g, ' ').replace(/(^|[ \n(])'(?=[A-Za-z])/g, '$1 ');

  it('covers every corpus article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(80);
  });
  it('reads invented sentences with glued percent signs and marks before line breaks as wink does', () => {
    const t = 'Support rose 3%, then 24.5%. It fell 2,000% (or 100%); 7%: 12%\nThe mayor told reporters:\nWe won, by 3%-4%.\nSee 50%-owned x9;\nDone';
    const ours = tokenizeWithMarks(t).filter((x) => x.pos !== 'SPACE');
    const doc = wink.readDoc(t);
    const values = doc.tokens().out(wink.its.value);
    const tags = doc.tokens().out(wink.its.pos);
    expect(ours.map((x) => `${x.text}/${x.pos}`)).toEqual(values.map((v, k) => `${v}/${tags[k]}`).filter((_, k) => tags[k] !== 'SPACE'));
  });
  it.each(articles)('%s', (_name, raw) => {
    const t = withoutMarks(normalize(raw).text);
    const ours = tokenizeWithMarks(t).filter((x) => x.pos !== 'SPACE');
    const doc = wink.readDoc(t);
    const values = doc.tokens().out(wink.its.value);
    const tags = doc.tokens().out(wink.its.pos);
    const theirs = values.map((v, k) => `${v}/${tags[k]}`).filter((_, k) => tags[k] !== 'SPACE');
    expect(ours.map((x) => `${x.text}/${x.pos}`)).toEqual(theirs);
  });
});

describe('lexiconTag', () => {
  // The model's own entry for a word out of context: what a capitalized word would be in lower case.
  it('reads the part of speech the lexicon files a word under', () => {
    expect(lexiconTag('multiple')).toBe('ADJ');
    expect(lexiconTag('proponents')).toBe('NOUN');
    expect(lexiconTag('zzqxv')).toBeNull();
  });

  it('gives the same answer when asked again (answers are kept per word)', () => {
    for (const w of ['multiple', 'proponents', 'said', 'zzqxv']) expect(lexiconTag(w)).toBe(lexiconTag(w));
    // A word documents teach wink is not the model's own: no tag, however often it is read.
    tokenize('The Zzqxvian delegation arrived.');
    expect(lexiconTag('zzqxvian')).toBeNull();
  });
});

describe('lemmas do not depend on the documents read before', () => {
  // wink lemmatizes the form as written: a capitalized "Been" in a headline keeps "been" while
  // "been" in running text is "be". A lemma cache keyed by the lower-case word handed the
  // headline's lemma to every later document.
  const lemmaOf = (ts: Token[], word: string) => ts.find((t) => t.text === word)?.lemma;

  it('reads "been" as "be" after a headline with "Been" in it, in a fresh module', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/text/tokenize') as typeof import('../../src/text/tokenize');
      const headline = fresh.tokenize('It Has Been A Long Year For The Harbour Board');
      const text = fresh.tokenize('The judge has been confirmed by the council.');
      expect(lemmaOf(text, 'been')).toBe('be');
      expect(lemmaOf(headline, 'Been')).toBe(lemmaOf(fresh.tokenize('It Has Been A Long Year For The Harbour Board'), 'Been'));
    });
  });
});
