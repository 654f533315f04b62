// Split tokens into paragraphs and sentences: terminal marks, newlines, never inside a quotation.
import { byteArray, intArray } from '../scratch';
import type { Token } from '../text/tokenize';

export interface Sentence {
  index: number;
  /** First and last token, inclusive; whitespace tokens at the edges are excluded. */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

export interface Segmentation {
  sentences: Sentence[];
  /** Sentence index of every token (-1 for whitespace between sentences). */
  sentenceOf: Int32Array;
  paragraphCount: number;
}

const TERMINAL = new Set(['.', '!', '?', '...', '\u2026']);
const CLOSERS = new Set(['"', "'", ')', ']']);

/**
 * Sentence starts: after a terminal mark (and the closing quotes or brackets glued to it) that is
 * followed by a space. wink keeps abbreviations ("Mr.", "U.S.") and decimals in one token, so a
 * separate "." token is a sentence end.
 */
function sentenceStarts(tokens: Token[], breakBefore: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    // First character before the set: almost no token is a terminal mark.
    const c = tokens[i].text.charCodeAt(0);
    if ((c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) || !TERMINAL.has(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    if (j < tokens.length && tokens[j].start > tokens[j - 1].end) breakBefore[j] = 1;
    i = j - 1;
  }
}

/**
 * Sentences end at terminal marks, and again at every newline (normalization leaves newlines only between
 * paragraphs), and joined again where a boundary falls strictly inside a quotation: a quote
 * cut in two would lose its attribution.
 */
export function segment(tokens: Token[], quoteRanges: Array<[number, number]>): Segmentation {
  const breakBefore = byteArray(tokens.length + 1);
  sentenceStarts(tokens, breakBefore);
  const hardBreak = byteArray(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) if (tokens[i].newline) { breakBefore[i] = 1; breakBefore[i + 1] = 1; hardBreak[i] = 1; }
  // Boundaries strictly inside a quotation (by offsets) are removed unless they are paragraph breaks.
  if (quoteRanges.length) {
    let q = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      while (q < quoteRanges.length && quoteRanges[q][1] <= t.start) q++;
      if (q >= quoteRanges.length) break;
      const [qs, qe] = quoteRanges[q];
      if (breakBefore[i] && t.start > qs && t.start < qe && !hardBreak[i] && !(i > 0 && hardBreak[i - 1])) breakBefore[i] = 0;
    }
  }
  const sentences: Sentence[] = [];
  const sentenceOf = intArray(tokens.length, -1);
  let paragraph = 0;
  let first = -1;
  let sawText = false;
  const flush = (last: number) => {
    if (first < 0) return;
    let a = first;
    let b = last;
    while (a <= b && tokens[a].pos === 'SPACE') a++;
    while (b >= a && tokens[b].pos === 'SPACE') b--;
    if (a <= b) {
      const idx = sentences.length;
      sentences.push({ index: idx, first: a, last: b, start: tokens[a].start, end: tokens[b].end, paragraph });
      for (let k = a; k <= b; k++) sentenceOf[k] = idx;
      sawText = true;
    }
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (breakBefore[i]) flush(i - 1);
    if (tokens[i].newline) {
      if (sawText) paragraph++;
      sawText = false;
      continue;
    }
    if (first < 0) first = i;
  }
  flush(tokens.length - 1);
  // Paragraph numbers count only paragraphs that hold text.
  let p = -1;
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) { p++; last = s.paragraph; }
    s.paragraph = p;
  }
  return { sentences, sentenceOf, paragraphCount: p + 1 };
}
