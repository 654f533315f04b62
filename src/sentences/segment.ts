// Split tokens into paragraphs and sentences: terminal marks, newlines, never inside a quotation.
import { byteArray, intArray } from '../scratch';
import { SENTENCE_FINAL_ABBREVIATION, SENTENCE_OPENING_POS } from '../lang/en-text';
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
}

const TERMINAL = new Set(['.', '!', '?', '...', '\u2026']);
const CLOSERS = new Set(['"', "'", ')', ']']);

/**
 * Where the next sentence starts after the terminal mark at i: after the closing quotes or
 * brackets glued to it, if a space follows; -1 if none does. wink keeps abbreviations ("Mr.",
 * "U.S.") and decimals in one token, so a separate "." token is a sentence end.
 */
function startAfterTerminal(tokens: Token[], i: number): number {
  if (abbreviationInParentheses(tokens, i)) return -1;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
  return j < tokens.length && tokens[j].start > tokens[j - 1].end ? j : -1;
}

/**
 * An abbreviation whose own full stop ends the sentence: wink keeps "U.S." whole, so no separate
 * stop token marks the end. The next word must be a capitalized pronoun, determiner, conjunction
 * or adverb after a space ("the U.S. He said"); a name or noun continues the phrase ("U.S. House").
 * Without the split a reporting frame is glued to the sentence before it and loses its content.
 */
function abbreviationEndsSentence(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.start === tokens[i].end || next.newline) return false;
  const c = next.text.charCodeAt(0);
  return c >= 65 && c <= 90 && SENTENCE_OPENING_POS.has(next.pos) && SENTENCE_FINAL_ABBREVIATION.test(tokens[i].text);
}

/**
 * A full stop that ends an abbreviation closing a short parenthesis opened inside a sentence:
 * "Rep. Earl Blumenauer (D-Ore.) said". wink splits "Ore." and the stop is no sentence end.
 * A whole sentence in parentheses ("… left. (He came back.)") opens after a terminal mark.
 */
function abbreviationInParentheses(tokens: Token[], i: number): boolean {
  if (tokens[i].text !== '.' || i + 1 >= tokens.length || tokens[i + 1].text !== ')' || tokens[i + 1].start !== tokens[i].end) return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k].text;
    if (t === ')' || TERMINAL.has(t)) return false;
    if (t !== '(') continue;
    let p = k - 1;
    while (p >= 0 && tokens[p].pos === 'SPACE') p--;
    return p >= 0 && !TERMINAL.has(tokens[p].text) && /^[A-Z]/.test(tokens[i - 1].text) && tokens[i - 1].text.length <= 5;
  }
  return false;
}

/**
 * Sentences end at terminal marks, and again at every newline (normalization leaves newlines only between
 * paragraphs), and joined again where a boundary falls strictly inside a quotation: a quote
 * cut in two would lose its attribution. One pass over the tokens: every boundary before token
 * i is known when i is reached (a terminal mark or newline only adds boundaries after itself).
 */
export function segment(tokens: Token[], quoteRanges: Array<[number, number]>): Segmentation {
  const breakBefore = byteArray(tokens.length + 1);
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
  let q = 0;
  let prevNewline = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const newline = t.newline;
    if (newline) breakBefore[i] = breakBefore[i + 1] = 1;
    // First character before the set: almost no token is a terminal mark.
    const c = t.text.charCodeAt(0);
    if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && TERMINAL.has(t.text)) {
      const j = startAfterTerminal(tokens, i);
      if (j >= 0) breakBefore[j] = 1;
    } else if (c !== 46 && t.text.length > 2 && t.text.charCodeAt(t.text.length - 1) === 46 && abbreviationEndsSentence(tokens, i)) {
      breakBefore[i + 1] = 1;
    }
    // A boundary strictly inside a quotation (by offsets) is removed unless it is a paragraph break.
    if (breakBefore[i] && q < quoteRanges.length && !newline && !prevNewline) {
      while (q < quoteRanges.length && quoteRanges[q][1] <= t.start) q++;
      if (q < quoteRanges.length && t.start > quoteRanges[q][0] && t.start < quoteRanges[q][1]) breakBefore[i] = 0;
    }
    prevNewline = newline;
    if (breakBefore[i]) flush(i - 1);
    if (newline) {
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
  return { sentences, sentenceOf };
}
