// Pair quotation marks into quoted spans: straight, curly, doubled, mismatched, nested, British.
import { isWhitespace } from '../text/chars';
import type { MarkHint } from '../text/normalize';
import { asNormalized, type FoundIssue, type OriginalOffset } from '../text/offset-map';

/** A quoted stretch of the normalized text. */
export interface MarkedSpan {
  /** Offset of the opening mark (run) and its length. */
  open: number;
  openLen: number;
  /** Offset of the closing mark (run), or the paragraph end when the quote is left open. */
  close: number;
  closeLen: number;
  /** Content, trimmed: whitespace and a comma or full stop just inside the closing mark removed. */
  start: number;
  end: number;
  style: 'double' | 'single';
  /** Closed by the paragraph end because the next paragraph re-opens it (multi-paragraph quote). */
  continues: boolean;
  /** Left open with no continuation: kept, but with less confidence. */
  unclosed: boolean;
  /** A quotation nested inside another one. */
  nested: boolean;
}

type Dir = 'open' | 'close' | 'either' | 'apostrophe';

interface Mark {
  pos: number;
  len: number;
  style: 'double' | 'single';
  dir: Dir;
  /** For single marks after a letter: could be a plural possessive. */
  possessive: boolean;
}

/** Whitespace, or the edge of the paragraph (no character): both bound a word. */
const isSpaceOrEdge = (c: string | undefined) => c === undefined || isWhitespace(c.charCodeAt(0));
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '{', '-', '\u2014', '\u2013', '/', ':', '"', "'"]);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '-', '\u2014', '\u2013', '/', '"', "'"]);

function leftFlanked(prev: string | undefined): boolean {
  return isSpaceOrEdge(prev) || OPEN_CONTEXT.has(prev!);
}
function rightFlanked(next: string | undefined): boolean {
  return isSpaceOrEdge(next) || CLOSE_CONTEXT.has(next!);
}

/**
 * The next double and single mark at or after some offset, shared by the paragraphs of one text:
 * a search that ran past its paragraph's end is still right for the paragraphs after it, so the
 * text is searched once in all, not once from every paragraph to the next mark of each kind
 * (which, with no single mark anywhere, scanned to the text's end from every paragraph).
 */
interface MarkCursor {
  double: number;
  single: number;
}

/** Find and classify the marks of one paragraph. */
function scanMarks(text: string, from: number, to: number, hints: Map<number, MarkHint>, cursor: MarkCursor): Mark[] {
  const marks: Mark[] = [];
  // The next double and single mark, found with indexOf: a character-by-character scan of the
  // whole text cost more than pairing the marks. -1 once there is none left in the text.
  let nextDouble = cursor.double >= 0 && cursor.double < from ? text.indexOf('"', from) : cursor.double;
  let nextSingle = cursor.single >= 0 && cursor.single < from ? text.indexOf("'", from) : cursor.single;
  let i = from;
  while (i < to) {
    if (nextDouble >= 0 && nextDouble < i) nextDouble = text.indexOf('"', i);
    if (nextSingle >= 0 && nextSingle < i) nextSingle = text.indexOf("'", i);
    i = nextDouble < 0 ? nextSingle : nextSingle < 0 ? nextDouble : Math.min(nextDouble, nextSingle);
    if (i < 0 || i >= to) break;
    const c = text[i];
    // A doubled run of the same mark ("" or '') is one double mark, as typewriters wrote it;
    // a closing glyph against an opening one (”“) is two marks: a quote ends, the next begins.
    let len = 1;
    if (i + 1 < to && text[i + 1] === c && !(hints.get(i) === 'close' && hints.get(i + 1) === 'open')) len = 2;
    const style: Mark['style'] = c === '"' || len === 2 ? 'double' : 'single';
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + len < to ? text[i + len] : undefined;
    const hint = hints.get(i);
    let dir: Dir;
    let possessive = false;
    if (style === 'single') {
      if (isLetter(prev) && isLetter(next)) dir = 'apostrophe'; // it's, rock'n'roll
      else if (isSpaceOrEdge(prev) && next !== undefined && /[0-9]/.test(next)) dir = 'apostrophe'; // '90s
      else if (isSpaceOrEdge(prev) && next === 'n' && text[i + 2] === "'") { dir = 'apostrophe'; i += 3; continue; } // 'n'
      else if (isLetter(prev) && !isLetter(next)) { dir = 'close'; possessive = prev === 's' || prev === 'S'; }
      else if (leftFlanked(prev) && !rightFlanked(next)) dir = 'open';
      else if (rightFlanked(next) && !leftFlanked(prev)) dir = 'close';
      else dir = hint ?? 'either';
      if (hint === 'open' && dir !== 'apostrophe') dir = 'open';
    } else {
      const l = leftFlanked(prev);
      const r = rightFlanked(next);
      if (l && !r) dir = 'open';
      else if (r && !l) dir = 'close';
      else dir = hint ?? 'either';
    }
    marks.push({ pos: i, len, style, dir, possessive });
    i += len;
  }
  cursor.double = nextDouble;
  cursor.single = nextSingle;
  return marks;
}

/** Does the next mark of `style` after index k open a quote (or is there none)? */
function nextOpensOrNone(marks: Mark[], k: number, style: Mark['style']): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.style !== style || m.dir === 'apostrophe') continue;
    return m.dir === 'open';
  }
  return true;
}

function hasLaterClose(marks: Mark[], k: number, style: Mark['style']): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.style !== style) continue;
    if (m.dir === 'close' || m.dir === 'either') return true;
    if (m.dir === 'open') return false;
  }
  return false;
}

/** Index of the next mark of `style` after k, when it can close (no opener first); -1 otherwise. */
function nextCloseOf(marks: Mark[], k: number, style: Mark['style']): number {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.style !== style || m.dir === 'apostrophe') continue;
    return m.dir === 'close' || m.dir === 'either' ? j : -1;
  }
  return -1;
}

function trimContent(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && isSpaceOrEdge(text[a])) a++;
  while (b > a && isSpaceOrEdge(text[b - 1])) b--;
  // ANNOTATION.md: a comma or full stop just inside the closing mark is left out.
  if (b > a && (text[b - 1] === ',' || (text[b - 1] === '.' && text[b - 2] !== '.'))) b--;
  while (b > a && isSpaceOrEdge(text[b - 1])) b--;
  return [a, b];
}

/** An issue about one mark; its message names the mark's offset in the caller's string. */
function markIssue(code: FoundIssue['code'], m: Mark, say: (at: OriginalOffset | null) => string): FoundIssue {
  return { code, space: 'normalized', start: asNormalized(m.pos), end: asNormalized(m.pos + m.len), message: ({ start }) => say(start) };
}

interface Open {
  mark: Mark;
}

/**
 * Pair marks paragraph by paragraph. Doubles and singles keep separate stacks of depth one,
 * so either style can be the outer one (American or British) and the other nests inside it.
 * A single closing mark may close a double quote (and the reverse) when no mark of the right
 * style follows to close it: that is how mismatched marks (`"guarantees'`) are repaired.
 */
export function pairMarks(text: string, paragraphs: Array<[number, number]>, hints: Map<number, MarkHint>): { spans: MarkedSpan[]; issues: FoundIssue[] } {
  const spans: MarkedSpan[] = [];
  const issues: FoundIssue[] = [];
  // Where each paragraph's first character is, and the style of the mark there if it is one.
  const firstMarkPos = paragraphs.map(([a, b]) => {
    let k = a;
    while (k < b && isSpaceOrEdge(text[k])) k++;
    return k;
  });
  const firstMarkOf = firstMarkPos.map((k) => text[k] === '"' || text[k] === "'" ? (text[k] === '"' || text[k + 1] === "'" ? 'double' : 'single') : null);

  const cursor: MarkCursor = { double: text.indexOf('"'), single: text.indexOf("'") };
  for (let p = 0; p < paragraphs.length; p++) {
    const [from, to] = paragraphs[p];
    const marks = scanMarks(text, from, to, hints, cursor);
    const open: Record<'double' | 'single', Open | null> = { double: null, single: null };
    let outer: 'double' | 'single' | null = null;

    const emit = (o: Mark, closePos: number, closeLen: number, flags: { continues?: boolean; unclosed?: boolean }) => {
      const [s, e] = trimContent(text, o.pos + o.len, closePos);
      if (e > s) {
        spans.push({
          open: o.pos, openLen: o.len, close: closePos, closeLen, start: s, end: e, style: o.style,
          continues: flags.continues ?? false, unclosed: flags.unclosed ?? false, nested: outer !== null && outer !== o.style,
        });
      }
    };
    const close = (style: 'double' | 'single', m: Mark) => {
      const o = open[style]!;
      // Closing the outer quote drops an inner one left open.
      if (outer === style) {
        const other = style === 'double' ? 'single' : 'double';
        if (open[other]) open[other] = null;
        outer = null;
      }
      emit(o.mark, m.pos, m.len, {});
      open[style] = null;
    };
    const start = (m: Mark) => {
      open[m.style] = { mark: m };
      if (outer === null) outer = m.style;
    };

    for (let k = 0; k < marks.length; k++) {
      const m = marks[k];
      if (m.dir === 'apostrophe') continue;
      const same = m.style;
      const other = same === 'double' ? 'single' : 'double';
      let dir = m.dir;
      if (dir === 'either') dir = open[same] ? 'close' : 'open';
      if (dir === 'open') {
        if (open[same]) {
          // A second opener of the same style: the first was never closed, or this one faces
          // the wrong way. Prefer closing when nothing later could close it.
          if (!hasLaterClose(marks, k, same)) { close(same, m); continue; }
          // A quotation inside a quotation in the same marks (`"wearing "Settle For Smith"
          // shirts"`): a mark that faces open, a close for it, and another close after that.
          // The outer quotation may also run on into the next paragraph, which reopens it ("…
          // about “Equal Justice” anymore.¶"The latest …"): its close is there, not here. The
          // inner marks are then set in other glyphs than the outer one (curly in straight).
          const inner = m.dir === 'open' && same === 'double' ? nextCloseOf(marks, k, same) : -1;
          const outerMark = open[same]!.mark;
          const runsOn = outerMark.pos === firstMarkPos[p] && firstMarkOf[p] === same && p + 1 < paragraphs.length && firstMarkOf[p + 1] === same
            && hints.get(outerMark.pos) !== hints.get(m.pos);
          if (inner >= 0 && (hasLaterClose(marks, inner, same) || runsOn)) {
            const c = marks[inner];
            const [s, e] = trimContent(text, m.pos + m.len, c.pos);
            if (e > s) spans.push({ open: m.pos, openLen: m.len, close: c.pos, closeLen: c.len, start: s, end: e, style: same, continues: false, unclosed: false, nested: true });
            k = inner;
            continue;
          }
          const o = open[same]!.mark;
          issues.push(markIssue('unclosed-quote', o, (at) => `quotation mark at ${at} is never closed`));
          if (outer === same) outer = null;
          open[same] = null;
        }
        if (same === 'single' && open.double === null && open.single === null && !hasLaterClose(marks, k, 'single') && !hasLaterClose(marks, k, 'double')) {
          // A lone opening single mark with nothing to close it is most likely an apostrophe ('em).
          if (p + 1 < paragraphs.length && firstMarkOf[p + 1] === 'single') start(m);
          continue;
        }
        start(m);
        continue;
      }
      // dir === 'close'
      if (open[same]) {
        if (same === 'single' && m.possessive && hasLaterClose(marks, k, 'single') && m.pos + 1 < to && /\s[a-z]/.test(text.slice(m.pos + 1, m.pos + 3))) continue;
        close(same, m);
      } else if (open[other] && (same === 'single' ? !m.possessive || nextOpensOrNone(marks, k, other) : true) && nextOpensOrNone(marks, k, other)) {
        close(other, m);
      } else if (same === 'double' && open.single === null && leftFlanked(m.pos > from ? text[m.pos - 1] : undefined) && hasLaterClose(marks, k, 'double')) {
        // A closing glyph after a space with nothing open, and a closing mark later in the
        // paragraph: the opening mark typeset the wrong way round ("” … not like him,” she said").
        start(m);
      } else if (same === 'double') {
        issues.push(markIssue('unopened-quote', m, (at) => `closing quotation mark at ${at} has no opening mark`));
      }
    }

    // Still open at the paragraph end.
    for (const style of [outer, outer === 'double' ? 'single' : 'double'] as const) {
      if (!style) continue;
      const o = open[style];
      if (!o) continue;
      let end = to;
      while (end > from && isSpaceOrEdge(text[end - 1])) end--;
      const nextStyle = p + 1 < paragraphs.length ? firstMarkOf[p + 1] : null;
      if (nextStyle === style) {
        emit(o.mark, end, 0, { continues: true });
      } else if (style === 'double' && outer === style) {
        issues.push(markIssue('unclosed-quote', o.mark, (at) => `quotation mark at ${at} is never closed; the quote is taken to run to the paragraph end`));
        emit(o.mark, end, 0, { unclosed: true });
      } else {
        issues.push(markIssue('unclosed-quote', o.mark, (at) => `quotation mark at ${at} is never closed`));
      }
      open[style] = null;
    }
  }
  spans.sort((a, b) => a.open - b.open);
  return { spans, issues };
}
