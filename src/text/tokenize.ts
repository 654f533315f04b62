// Tokenize and POS-tag normalized text with wink-nlp, keeping exact offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

/**
 * POS only: the cheapest wink pipeline that gives what we need. Sentences are split by
 * src/sentences/segment.ts, which agrees with wink's splitter on news text except at line breaks
 * (where we break anyway); wink's tags do not depend on its sentence boundaries.
 */
function engine(): Wink {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

const UPPER = /^[A-Z]/;
const NOUN_THAT_MAY_BE_VERB = /(ed|s)$/;

/**
 * Lemmas are read only where a reporting verb can stand: verbs, and nouns that wink mistags from
 * verb forms ("claims", "warned"). Lemmatizing every token cost 15% of wink's own time.
 */
function needsLemma(pos: string, lower: string): boolean {
  return pos === 'VERB' || pos === 'AUX' || (pos === 'NOUN' && NOUN_THAT_MAY_BE_VERB.test(lower));
}

type Item = ReturnType<ReturnType<ReturnType<Wink['readDoc']>['tokens']>['itemAt']>;
function lemmaOf(item: Item, its: Wink['its'], lower: string): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const l = item.out(its.lemma as any) as unknown as string | undefined;
  return l ? l.toLowerCase() : lower;
}

export function tokenize(text: string): Token[] {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const items = doc.tokens();
  const values = items.out(its.value) as string[];
  const spaces = items.out(its.precedingSpaces) as string[];
  const pos = items.out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const v = values[i];
    // wink reports some whitespace as tokens of its own; keep offsets honest either way.
    const start = text.startsWith(v, offset) ? offset : text.indexOf(v, offset);
    const s = start < 0 ? offset : start;
    const lower = v.toLowerCase();
    tokens[i] = {
      i,
      start: s,
      end: s + v.length,
      text: v,
      lower,
      pos: pos[i],
      lemma: needsLemma(pos[i], lower) ? lemmaOf(items.itemAt(i), its, lower) : lower,
      cap: UPPER.test(v),
      newline: pos[i] === 'SPACE' && v.includes('\n'),
      afterNewline: spaces[i].includes('\n') || (i > 0 && tokens[i - 1].newline),
    };
    offset = s + v.length;
  }
  return tokens;
}
