// Tokenize and POS-tag normalized text with wink-nlp, keeping exact offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { type StatelessModel, statelessModel } from './wink-model';

/** One token of the normalized text. Offsets are in normalized space. */
export interface Token {
  /** Index in the token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from wink (PROPN, VERB, NOUN, PUNCT, SPACE …). */
  pos: string;
  lemma: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A whitespace token that holds a newline: a paragraph break after normalization. */
  newline: boolean;
  /** The whitespace before this token holds a newline. */
  afterNewline: boolean;
}


type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;
let stateless: StatelessModel | undefined;

/**
 * POS only: the cheapest wink pipeline that gives what we need. Sentences are split by
 * src/sentences/segment.ts, which agrees with wink's splitter on news text except at line breaks
 * (where we break anyway); wink's tags do not depend on its sentence boundaries.
 */
function engine(): Wink {
  // Each document starts from the model's own lexicon (see ./wink-model); the instance is rebuilt
  // once the words it appended have piled up, so memory stays bounded in long-running processes.
  if (nlp && stateless && stateless.grown() > 200_000) nlp = undefined;
  if (!nlp) {
    stateless = statelessModel(model);
    nlp = winkNLP(stateless.model, ['pos']);
  } else stateless?.forget();
  return nlp;
}

const NOUN_THAT_MAY_BE_VERB = /(ed|s)$/;

/**
 * Lemmas are read only where a reporting verb can stand: verbs, and nouns that wink mistags from
 * verb forms ("claims", "warned"). Lemmatizing every token cost 15% of wink's own time.
 */
function needsLemma(pos: string, lower: string): boolean {
  return pos === 'VERB' || pos === 'AUX' || (pos === 'NOUN' && NOUN_THAT_MAY_BE_VERB.test(lower));
}

type Items = ReturnType<ReturnType<Wink['readDoc']>['tokens']>;

// A word's lemma depends only on its form and tag, and reporting verbs repeat ("said", "told"),
// so most lookups hit this cache instead of building a wink item. Bounded: cleared when full.
// One map per tag: a key built by concatenation cost more than the lookup it saved.
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCount = 0;
const LEMMA_CACHE_MAX = 50_000;

function lemmaOf(items: Items, i: number, its: Wink['its'], pos: string, lower: string): string {
  let byPos = lemmaCache.get(pos);
  if (!byPos) lemmaCache.set(pos, (byPos = new Map()));
  const hit = byPos.get(lower);
  if (hit !== undefined) return hit;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const l = items.itemAt(i).out(its.lemma as any) as unknown as string | undefined;
  const lemma = l ? l.toLowerCase() : lower;
  if (++lemmaCount > LEMMA_CACHE_MAX) {
    for (const m of lemmaCache.values()) m.clear();
    lemmaCount = 1;
  }
  byPos.set(lower, lemma);
  return lemma;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;

export function tokenize(text: string): Token[] {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const items = doc.tokens();
  const values = items.out(its.value) as string[];
  const pos = items.out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Tokens follow each other with only whitespace between (wink's precedingSpaces, read from
    // the text itself, which is cheaper than asking wink); indexOf is a fallback for safety.
    let s = offset;
    let newlineBefore = false;
    const c0 = v.charCodeAt(0);
    if (!isSpace(c0)) {
      // A word: skip the whitespace before it.
      for (let c = text.charCodeAt(s); s < text.length && isSpace(c); c = text.charCodeAt(++s)) if (c === 10) newlineBefore = true;
    } else {
      // wink's own whitespace token: it starts somewhere inside the whitespace run.
      while (s < text.length && isSpace(text.charCodeAt(s)) && !text.startsWith(v, s)) {
        if (text.charCodeAt(s) === 10) newlineBefore = true;
        s++;
      }
    }
    if (text.charCodeAt(s) !== c0 || !text.startsWith(v, s)) {
      const found = text.indexOf(v, offset);
      s = found < 0 ? offset : found;
    }
    const lower = v.toLowerCase();
    tokens[i] = {
      i,
      start: s,
      end: s + v.length,
      text: v,
      lower,
      pos: pos[i],
      lemma: needsLemma(pos[i], lower) ? lemmaOf(items, i, its, pos[i], lower) : lower,
      cap: c0 >= 65 && c0 <= 90,
      newline: pos[i] === 'SPACE' && v.includes('\n'),
      afterNewline: newlineBefore || (i > 0 && tokens[i - 1].newline),
    };
    offset = s + v.length;
  }
  return tokens;
}

/**
 * Tokenize with the quotation marks hidden from wink and given back as tokens of their own:
 * every double mark, and a single mark that opens a word after a space ('x). wink tokenizes a
 * mark glued to a word several times slower than a word (a page of "x 'y took 5x prose); an
 * opening single mark after a space is never inside a word (apostrophes sit inside or after one).
 */
export function tokenizeWithMarks(text: string): Token[] {
  const marks: number[] = [];
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) marks.push(k);
  for (let k = text.indexOf("'"); k >= 0; k = text.indexOf("'", k + 1)) {
    const before = k === 0 ? 32 : text.charCodeAt(k - 1);
    const after = text.charCodeAt(k + 1);
    const opensWord = (before === 32 || before === 10 || before === 34 || before === 40) && ((after >= 65 && after <= 90) || (after >= 97 && after <= 122));
    if (opensWord) marks.push(k);
  }
  if (marks.length === 0) return tokenize(text);
  marks.sort((a, b) => a - b);
  let hidden = '';
  let last = 0;
  for (const k of marks) {
    hidden += `${text.slice(last, k)} `;
    last = k + 1;
  }
  const tokens = tokenize(hidden + text.slice(last));
  const out: Token[] = [];
  let m = 0;
  const pushMark = () => {
    const at = marks[m++];
    const prev = out[out.length - 1];
    let newlineBefore = false;
    for (let k = prev ? prev.end : 0; k < at; k++) if (text.charCodeAt(k) === 10) { newlineBefore = true; break; }
    const ch = text[at];
    out.push({ i: out.length, start: at, end: at + 1, text: ch, lower: ch, pos: 'PUNCT', lemma: ch, cap: false, newline: false, afterNewline: newlineBefore || (prev?.newline ?? false) });
  };
  for (const t of tokens) {
    while (m < marks.length && marks[m] < t.start) pushMark();
    t.i = out.length;
    out.push(t);
  }
  while (m < marks.length) pushMark();
  return out;
}
