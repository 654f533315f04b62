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

export interface Tagged {
  tokens: Token[];
  /** Wink's sentences as [firstToken, lastToken] inclusive. */
  sentences: Array<[number, number]>;
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/** Only sentence boundaries and POS: the cheapest wink pipeline that gives what we need. */
function engine(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const UPPER = /^[A-Z]/;

export function tokenize(text: string): Tagged {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const items = doc.tokens();
  const values = items.out(its.value) as string[];
  const spaces = items.out(its.precedingSpaces) as string[];
  const pos = items.out(its.pos) as string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const lemmas = items.out(its.lemma as any) as unknown as string[];
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
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      cap: UPPER.test(v),
      newline: pos[i] === 'SPACE' && v.includes('\n'),
      afterNewline: spaces[i].includes('\n') || (i > 0 && tokens[i - 1].newline),
    };
    offset = s + v.length;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>) ?? [];
  return { tokens, sentences };
}
