// Normalize raw article text for analysis: quote marks, invisible characters, entities, line
// wraps, markdown and non-body lines, keeping an offset map back to the caller's string.
import { BOILERPLATE_PREFIXES, WIRE_AGENCIES } from '../lang/en';
import { CAPTION_CREDIT, DATE_LINE, MONTH_INITIALS } from '../lang/en-text';
import { foldAccents } from '../lang/names';
import { countWords, isWhitespace } from './chars';
import { asNormalized, asOriginal, EditBuilder, type FoundIssue, type OffsetMap } from './offset-map';
import { blankMarkup } from './markup';

/** A hint from the original character about which way a quotation mark faces. */
export type MarkHint = 'open' | 'close';

export interface NormalizedText {
  /** Analysis text: straight quotes, ASCII-folded letters, wraps joined, non-body lines blanked. */
  text: string;
  map: OffsetMap;
  /** Direction hints for marks whose original glyph faces one way (“ ” « » „ ‘), by normalized offset. */
  hints: Map<number, MarkHint>;
  /** In normalized offsets: the pipeline converts them with the records. */
  issues: FoundIssue[];
}

const DOUBLE_OPEN = '\u201c\u201e\u00ab\u301d'; // “ „ « 〝
const DOUBLE_CLOSE = '\u201d\u00bb\u301e\u301f\uff02\u2033\u201f'; // ” » 〞 〟 ＂ ″ ‟
const SINGLE_OPEN = '\u2018\u201a\u2039'; // ‘ ‚ ‹
const SINGLE_CLOSE = '\u2019\u203a\u2032\u201b'; // ’ › ′ ‛

const ENTITIES: Record<string, string> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ', ldquo: '"', rdquo: '"',
  lsquo: "'", rsquo: "'", laquo: '"', raquo: '"', bdquo: '"', sbquo: "'", mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', shy: '',
};

// Characters that need attention: controls, non-ASCII, and '&' (entities). Single-char classes
// and a bounded entity body keep this linear.
const SPECIAL = /[\u0000-\u0008\u000b-\u001f\u007f-\uffff]|&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,7});/g;

const foldCache = new Map<string, string>();

/** Same-length ASCII stand-in for a non-ASCII letter, so the tokenizer keeps names whole. */
function foldLetter(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  if (/\p{L}/u.test(ch)) {
    const base = foldAccents(ch);
    const upper = ch !== ch.toLowerCase();
    out = base.length === 1 && base.charCodeAt(0) < 0x80 ? base : upper ? 'X' : 'x';
  } else if (/\p{Zs}/u.test(ch)) out = ' ';
  else if (/[\u2010-\u2015\u2212]/.test(ch)) out = '-';
  foldCache.set(ch, out);
  return out;
}

// Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined decode to the
// C1 controls of the same code). Text written as UTF-8 and read as Windows-1252 shows them, with
// Latin-1 for 0xA0–0xBF, in place of UTF-8's continuation bytes: "â€œ" for "“", "Ã©" for "é".
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The UTF-8 continuation byte (0x80–0xBF) that character code `c` shows when misread, or -1. */
function continuationByte(c: number): number {
  if (c >= 0xa0 && c <= 0xbf) return c;
  const k = c < 0x80 ? -1 : CP1252_C1.indexOf(String.fromCharCode(c));
  return k >= 0 ? 0x80 + k : -1;
}

/**
 * A character written as UTF-8 and read as Windows-1252 at `i` ("Ã±" for "ñ", "â€\u009d" for
 * "”"): the character meant and the length of the garbled run, or null. Only the leads of
 * Latin-1 letters and symbols ("Â", "Ã": U+0080–U+00FF) and of punctuation ("â": U+2000–U+2FFF)
 * are read, the garbling news text shows; other accented capitals before a dash or a curly quote
 * ("ESPAÑA”") are left as written.
 */
export function mojibakeAt(input: string, i: number): { ch: string; length: number } | null {
  const lead = input.charCodeAt(i);
  const need = lead === 0xc2 || lead === 0xc3 ? 1 : lead === 0xe2 ? 2 : 0;
  if (need === 0) return null;
  let cp = lead & (need === 1 ? 0x1f : 0x0f);
  for (let k = 1; k <= need; k++) {
    const byte = continuationByte(input.charCodeAt(i + k));
    if (byte < 0) return null;
    cp = (cp << 6) | (byte & 0x3f);
  }
  return { ch: String.fromCharCode(cp), length: need + 1 };
}

/**
 * `s` with its runs of UTF-8 read as Windows-1252 read as the characters meant ("PeÃ±a" →
 * "Peña"): the wording of names and quotations in records, which keep the caller's text
 * otherwise. `s` itself when it holds none.
 */
export function repairMojibake(s: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = s.search(MOJIBAKE_LEAD); i >= 0 && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0xc2 && c !== 0xc3 && c !== 0xe2) continue;
    const g = mojibakeAt(s, i);
    if (!g) continue;
    out = (out ?? '') + s.slice(from, i) + g.ch;
    from = i + g.length;
    i = from - 1;
  }
  return out === null ? s : out + s.slice(from);
}

/** The characters that lead a garbled run (`mojibakeAt`). */
const MOJIBAKE_LEAD = /[\u00c2\u00c3\u00e2]/;

/** Pass 1: character-level replacements (most keep length; entities and invisibles do not). */
function normalizeCharacters(input: string, issues: FoundIssue[]) {
  const b = new EditBuilder(input);
  // Keyed by normalized offset, which the builder tracks through the edits made so far.
  const hints = new Map<number, MarkHint>();
  let replaced = 0;
  let firstReplaced = -1;
  let repaired = 0;
  let firstRepaired = -1;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(input); m; m = SPECIAL.exec(input)) {
    const i = m.index;
    const s = m[0];
    let rep: string;
    const lead = s.charCodeAt(0);
    const garbled = s.length === 1 && (lead === 0xc2 || lead === 0xc3 || lead === 0xe2) ? mojibakeAt(input, i) : null;
    if (garbled) {
      // Read as the character meant, so its marks pair and its names stay whole ("PeÃ±a").
      const ch = garbled.ch;
      if (DOUBLE_OPEN.includes(ch) || SINGLE_OPEN.includes(ch)) hints.set(b.normalizedAt(i), 'open');
      else if (DOUBLE_CLOSE.includes(ch) || SINGLE_CLOSE.includes(ch)) hints.set(b.normalizedAt(i), 'close');
      const code = ch.charCodeAt(0);
      rep = DOUBLE_OPEN.includes(ch) || DOUBLE_CLOSE.includes(ch) ? '"' : SINGLE_OPEN.includes(ch) || SINGLE_CLOSE.includes(ch) ? "'"
        : code === 0x2026 ? '.' : code < 0xa0 || code === 0xad || (code >= 0x200b && code <= 0x200f) ? ' ' : foldLetter(ch);
      b.replace(i, i + garbled.length, rep);
      SPECIAL.lastIndex = i + garbled.length;
      repaired++;
      if (firstRepaired < 0) firstRepaired = i;
      continue;
    }
    if (s.length > 1) {
      rep = decodeEntity(m[1]) ?? s;
    } else {
      const code = s.charCodeAt(0);
      if (DOUBLE_OPEN.includes(s)) { rep = '"'; hints.set(b.normalizedAt(i), 'open'); }
      else if (DOUBLE_CLOSE.includes(s)) { rep = '"'; hints.set(b.normalizedAt(i), 'close'); }
      else if (SINGLE_OPEN.includes(s)) { rep = "'"; hints.set(b.normalizedAt(i), 'open'); }
      else if (SINGLE_CLOSE.includes(s)) { rep = "'"; hints.set(b.normalizedAt(i), 'close'); }
      else if (code === 0x0d) rep = input.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
      else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) rep = ' ';
      else if (code === 0x00ad || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) rep = '';
      else if (code >= 0xd800 && code <= 0xdbff) {
        const next = input.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          // A valid astral character (emoji, rare script): keep two units, as spaces unless a letter.
          const pair = input.slice(i, i + 2);
          rep = /\p{L}/u.test(pair) ? 'xx' : '  ';
          b.replace(i, i + 2, rep);
          SPECIAL.lastIndex = i + 2;
          continue;
        }
        rep = ' ';
      } else if (code >= 0xdc00 && code <= 0xdfff) rep = ' ';
      // Line and paragraph separators are line breaks: after this, the only whitespace left is
      // space, tab and line feed, so every later stage's whitespace test agrees on this text.
      else if (code === 0x2028 || code === 0x2029) rep = '\n';
      else if (code === 0x2026) rep = '.';
      else if (/\p{M}/u.test(s)) rep = '';
      else rep = foldLetter(s);
      if ((code < 0x20 && code !== 0x0d) || (code >= 0xd800 && code <= 0xdfff) || code === 0x7f) {
        replaced++;
        if (firstReplaced < 0) firstReplaced = i;
      }
    }
    if (rep !== s) b.replace(i, i + s.length, rep);
  }
  if (replaced > 0) {
    const count = replaced;
    // Found in the caller's string, where this pass reads: its offsets need no conversion.
    issues.push({
      code: 'replaced-characters',
      message: () => `${count} control or unpaired surrogate character(s) were treated as spaces`,
      space: 'original',
      start: asOriginal(firstReplaced),
      end: asOriginal(firstReplaced + 1),
    });
  }
  if (repaired > 0) {
    const count = repaired;
    issues.push({
      code: 'replaced-characters',
      message: () => `${count} character(s) garbled by a wrong text encoding (UTF-8 read as Windows-1252, as "Ã©" for "é") were read as the characters meant`,
      space: 'original',
      start: asOriginal(firstRepaired),
      end: asOriginal(firstRepaired + 1),
    });
  }
  return { ...b.finish(), hints };
}

// More than 8 quotation marks in a row are not punctuation: no text nests quotes that deep. A
// run of 10,000 nested marks made every later stage (tokenizer, pairing, sentences, the span
// acceptor) work once per mark and yielded one issue per mark (bench/adversarial.mjs). Marks with
// a space or tab between them ("“ ‘ “ ‘ …") are such a run too: nesting is written that way.
// Runs are read as spaces, which keeps lengths, and reported once. At most one blank between
// marks keeps a run found from its first mark, in one pass.
const MIN_MARK_RUN = 9;

const isMark = (c: number) => c === 34 || c === 39;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * The run of marks that starts with the mark at `a`: each further mark right after a mark or
 * after one space or tab that follows one. Its end (exclusive, after its last mark) and marks.
 */
function markRunFrom(text: string, a: number): { end: number; marks: number } {
  let marks = 1;
  let b = a + 1;
  for (;;) {
    if (b < text.length && isMark(text.charCodeAt(b))) { marks++; b++; }
    else if (b + 1 < text.length && isSpaceOrTab(text.charCodeAt(b)) && isMark(text.charCodeAt(b + 1))) { marks++; b += 2; }
    else return { end: b, marks };
  }
}

/**
 * Whether `text` holds a run of MIN_MARK_RUN or more marks. Such a run covers at least 9
 * characters in a row, so one of them has an index divisible by 9 and only those are looked at
 * (a scan looked at every character).
 */
function hasMarkRun(text: string): boolean {
  for (let i = MIN_MARK_RUN - 1; i < text.length; i += MIN_MARK_RUN) {
    const c = text.charCodeAt(i);
    if (!isMark(c) && !(isSpaceOrTab(c) && isMark(text.charCodeAt(i - 1)))) continue;
    // Back to the first mark of the run.
    let a = isMark(c) ? i : i - 1;
    for (;;) {
      if (a > 0 && isMark(text.charCodeAt(a - 1))) a--;
      else if (a > 1 && isSpaceOrTab(text.charCodeAt(a - 1)) && isMark(text.charCodeAt(a - 2))) a -= 2;
      else break;
    }
    const run = markRunFrom(text, a);
    if (run.marks >= MIN_MARK_RUN) return true;
    // Nothing in this run: go on after it.
    i = Math.max(i, run.end - MIN_MARK_RUN);
  }
  return false;
}

/** Blank runs of more than 8 quotation marks (normalized text; `hints` is updated). */
function blankMarkRuns(text: string, hints: Map<number, MarkHint>, issues: FoundIssue[]): string {
  if (!hasMarkRun(text)) return text;
  const parts: string[] = [];
  let first: { start: number; end: number } | null = null;
  let last = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) continue;
    const run = markRunFrom(text, i);
    if (run.marks >= MIN_MARK_RUN) {
      first ??= { start: i, end: run.end };
      parts.push(text.slice(last, i), ' '.repeat(run.end - i));
      for (let k = i; k < run.end; k++) hints.delete(k);
      count += run.marks;
      last = run.end;
    }
    i = run.end - 1;
  }
  if (!first) return text;
  parts.push(text.slice(last));
  issues.push({
    code: 'replaced-characters',
    message: () => `${count} quotation marks in runs of more than 8 were treated as spaces`,
    space: 'normalized',
    start: asNormalized(first.start),
    end: asNormalized(first.end),
  });
  return parts.join('');
}

// No word is 64 characters long, but wink's tokenizer takes time quadratic in the length of an
// unknown token (one of its regexes rescans the token from every position): a 200 kB
// "Aa-Bb-Cc-…" took 200 s. Runs of more than 64 non-space characters (long URLs, junk) get a
// space every 64 characters, which keeps lengths; the runs left in body text are never quotes'
// speakers or cues. Done last, so markdown links and URL lines are handled whole first.
const MAX_RUN = 64;

export function breakLongRuns(text: string, hints: Map<number, MarkHint>): string {
  // A run longer than MAX_RUN covers a multiple of MAX_RUN, so only the characters there are
  // looked at; a run is measured from one of them, and the scan goes on after it. Most are inside
  // short words, so about a sixth of the text is read. (indexOf(' ') per word cost 0.6% of
  // extraction; /\S{65,}/, restarting at every character, 3%.)
  let parts: string[] | null = null;
  let last = 0;
  for (let at = MAX_RUN; at < text.length; at += MAX_RUN) {
    if (isWhitespace(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
    // Every 65th character of a run becomes a space, and the run starts again after it.
    for (let i = start + MAX_RUN; i < end; i += MAX_RUN + 1) {
      (parts ??= []).push(text.slice(last, i), ' ');
      hints.delete(i);
      last = i + 1;
    }
    // The next multiple of MAX_RUN after the run.
    at = end - (end % MAX_RUN);
  }
  if (!parts) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    const ch = String.fromCodePoint(cp);
    if (ch === '\u201c' || ch === '\u201d' || ch === '\u00ab' || ch === '\u00bb') return '"';
    if (ch === '\u2018' || ch === '\u2019') return "'";
    return ch.length === 1 ? foldLetter(ch) : 'xx';
  }
  return ENTITIES[body.toLowerCase()];
}

interface Line {
  start: number;
  end: number; // exclusive, before the newline
}

/** `text.slice(start, end).trim() === ''` without building the slice. */
function isBlank(text: string, start: number, end: number): boolean {
  return firstNonBlank(text, start, end) === end;
}

/** Index of the first character in [start, end) that is not whitespace, or `end`. */
function firstNonBlank(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** End of [start, end) without the whitespace at its end (the same characters `trimEnd` removes). */
function lastNonBlank(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines.push({ start, end: i });
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

// Applied only to a line's last few characters, so a long run of marks cannot make it quadratic.
const TERMINAL_TAIL = /[.!?:;]["')\]*\s]*$/;
/** `text.slice(start, end)` (no whitespace at its end) ends a sentence. */
/**
 * Characters a hard-wrapped line holds at most: text wrapped for mail or a terminal breaks at 72
 * to 80 columns; a longer line was not wrapped.
 */
const WRAP_WIDTH = 100;

const endsSentence = (text: string, start: number, end: number): boolean => TERMINAL_TAIL.test(text.slice(Math.max(start, end - 12), end));
const URL_LINE = /^\s*<?(https?:\/\/|www\.)\S*>?\s*$/i;
const LIST_OR_HEADING = /^\s*(#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/;
/** The first character that is not whitespace can open `LIST_OR_HEADING`: the regex need not run on most lines. */
const mayOpenList = (c: number) => c === 35 || c === 45 || c === 42 || c === 43 || c === 62 || (c >= 48 && c <= 57);
/** A line's first character (lower-cased) can open `DATE_LINE`: a digit or a month's first letter. */
const mayOpenDate = (c: string) => (c >= '0' && c <= '9') || (c.length === 1 && MONTH_INITIALS.includes(c));
const AGENCIES = new Set(WIRE_AGENCIES);
const CAPS_WORD = /[A-Z][A-Z.'-]{2,}/y;
const DATELINE_DETAIL = /[A-Za-z0-9 .,()'/]/;
const isDash = (c: string) => c === '\u2014' || c === '\u2013' || c === '-';

/**
 * Length of a dateline opening the line ("MOSCOW — ", "COLUMBUS, Ohio, Nov 20 — ",
 * "REYKJAVIK, Feb 6 (Wire) — ", "**AMSTERDAM** — " after markdown is blanked), or 0. Scanned by
 * hand: as one regular expression it nests quantifiers.
 */
function datelineLength(s: string): number {
  let i = 0;
  while (i < 4 && s[i] === ' ') i++;
  let words = 0;
  for (;;) {
    CAPS_WORD.lastIndex = i;
    const m = CAPS_WORD.exec(s);
    if (!m) break;
    words++;
    i += m[0].length;
    if (words === 4 || s[i] !== ' ' || !/[A-Z]/.test(s[i + 1] ?? '')) break;
    i++;
  }
  if (words === 0) return 0;
  // Up to 40 characters of place, date and agency details after a comma or a bracket ("NATO said
  // the alliance - …" is not a dateline), then a dash or a double space.
  const details = s[i] === ',' || (s[i] === ' ' && s[i + 1] === '(');
  for (let k = 0; k <= (details ? 44 : 3) && i + k < s.length; k++) {
    const c = s[i + k];
    if (isDash(c) || (c === ' ' && s[i + k + 1] === ' ' && k > 0)) {
      let end = i + k + 1;
      while (end < s.length && (isDash(s[end]) || s[end] === ' ')) end++;
      return end;
    }
    if (!DATELINE_DETAIL.test(c)) return 0;
  }
  return 0;
}

/**
 * Start of a wire credit after a paragraph's last sentence ("… on Thursday. AFP", "… (Reuters)"),
 * or -1. Left in place, it glues to the next line's first name ("AFP Blinken").
 */
function wireCreditStart(s: string): number {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === ')')) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(s[start - 1])) start--;
  if (start === end || !AGENCIES.has(s.slice(start, end))) return -1;
  let k = start;
  while (k > 0 && (s[k - 1] === ' ' || s[k - 1] === '(' || isDash(s[k - 1]))) k--;
  if (k === start) return -1;
  const before = s[k - 1];
  const closers = '"\')]';
  const terminal = (c: string | undefined) => c === '.' || c === '!' || c === '?';
  return terminal(before) || closers.includes(before ?? 'x') && terminal(s[k - 2]) ? k : -1;
}

const BOLD_END = /\*\*[^*]+\*\*\s*$/;

/** The line [start, end) ends in bold text ("… **Photo: AFP**"): tested only when it ends in "**". */
function endsInBold(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e - start >= 5 && text.charCodeAt(e - 1) === 42 && text.charCodeAt(e - 2) === 42 && BOLD_END.test(text.slice(start, end));
}

/** Longest paragraph that can be a photo caption or credit. */
const CAPTION_MAX_WORDS = 60;

/** The boilerplate prefixes by their first character, in list order: one lookup per line. */
const PREFIXES_BY_FIRST = new Map<string, string[]>();
for (const p of BOILERPLATE_PREFIXES) PREFIXES_BY_FIRST.set(p[0], [...(PREFIXES_BY_FIRST.get(p[0]) ?? []), p]);

/**
 * `line.slice(from, to).toLowerCase().startsWith(prefix)`, compared in place while the line is
 * ASCII (a slice and its lower-case copy per line were most of the boilerplate test's cost); the
 * builtins decide otherwise, since lower-casing may change a string's length.
 */
function startsWithFolded(line: string, from: number, to: number, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) {
    let c = from + k < to ? line.charCodeAt(from + k) : 0x80;
    if (c >= 0x80) return line.slice(from, to).toLowerCase().startsWith(prefix);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Lines that are not article body: URLs, dates, bylines, captions, boilerplate. */
function isBoilerplateLine(line: string): boolean {
  // The line without the whitespace around it (the same characters `trim` removes), as indices.
  let a = 0;
  let b = line.length;
  while (a < b && isWhitespace(line.charCodeAt(a))) a++;
  while (b > a && isWhitespace(line.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  // Every test looks at the line's head or at short lines only, so long paragraphs cost nothing.
  const first = line[a].toLowerCase();
  if ((first === '<' || first === 'h' || first === 'w') && /^(<|https?:|www\.)/i.test(line.slice(a, b)) && URL_LINE.test(line.slice(a, b))) return true;
  if (b - a <= 80 && mayOpenDate(first) && DATE_LINE.test(line.slice(a, b))) return true;
  const prefixes = PREFIXES_BY_FIRST.get(first);
  if (!prefixes) return false;
  // A prefix is looked for in the line's first 40 characters.
  for (const p of prefixes) if (startsWithFolded(line, a, Math.min(b, a + 40), p)) return p !== 'by ' || countWords(line.slice(a, b), 12) <= 12;
  return false;
}

/**
 * Pass 2's length-preserving edits, applied to the text in one sweep per stage. Building strings
 * from slices is far cheaper than editing a character array (that cost more than the whole wink
 * tokenizer). Blank ranges never hold a newline (line ranges end before theirs, markdown patterns
 * exclude it), so they never overlap a joined newline.
 *
 * Each stage reads the text with the edits made so far, so the text is rebuilt up to four times
 * per document. Every edit writes spaces, so applying an edit twice changes nothing: the edits
 * made since the last `apply` are applied to the text that call returned, and a stage that made
 * none gets that text back without a copy (most documents have no markdown, most lines are no
 * boilerplate, and most have no title to blank: one or two whole copies instead of four).
 */
class LineEdits {
  private blanks: Array<[number, number]> = [];
  private joins: number[] = [];
  /** The text `apply` returned last and the text it was made from; the edits above are not in it yet. */
  private applied: string | null = null;
  private source: string | null = null;

  /** Replace [start, end) with spaces. */
  blank(start: number, end: number): void {
    if (end > start) this.blanks.push([start, end]);
  }

  /** Turn the newline at `i` into a space. */
  join(i: number): void {
    this.joins.push(i);
  }

  /** `text` with every edit made so far (`text` is the same string on every call). */
  apply(text: string): string {
    const base = this.source === text && this.applied !== null ? this.applied : text;
    const edits: Array<[number, number]> = [...this.blanks, ...this.joins.map((i): [number, number] => [i, i + 1])];
    this.blanks = [];
    this.joins = [];
    this.source = text;
    this.applied = edits.length === 0 ? base : spaced(base, edits);
    return this.applied;
  }
}

/** `text` with the ranges `edits` (in any order, perhaps overlapping) turned to spaces. */
function spaced(text: string, edits: Array<[number, number]>): string {
  edits.sort((x, y) => x[0] - y[0]);
  let out = '';
  let cursor = 0;
  for (const [s, e] of edits) {
    if (e <= cursor) continue;
    const from = Math.max(s, cursor);
    out += text.slice(cursor, from) + ' '.repeat(e - from);
    cursor = e;
  }
  return out + text.slice(cursor);
}

/**
 * Pass 2: line structure, all length-preserving. Joins hard-wrapped lines, removes markdown
 * syntax, and blanks lines that are not body text so no quote is read from them and the
 * sentence splitter cannot glue them to the first sentence.
 */
function normalizeLines(text: string, tableRows: ReadonlySet<number>) {
  const edits = new LineEdits();
  const lines = splitLines(text);

  // Markdown inline syntax: links keep their text, emphasis markers and autolinks go.
  const MD = /!?\[([^\]\n]{0,300})\]\(([^)\s]{0,500})\)|\*\*|__|<https?:\/\/[^>\s]{1,500}>/g;
  for (let m = MD.exec(text); m; m = MD.exec(text)) {
    if (m[0].startsWith('[') || m[0].startsWith('![')) {
      const open = m[0].startsWith('!') ? 2 : 1;
      edits.blank(m.index, m.index + open);
      edits.blank(m.index + open + m[1].length, m.index + m[0].length);
      if (m[0].startsWith('!')) edits.blank(m.index, m.index + m[0].length);
    } else edits.blank(m.index, m.index + m[0].length);
  }

  // Paragraph model: a document that separates blocks by blank lines wraps lines inside them.
  let blankLines = 0;
  let multiLineBlocks = 0;
  let prevEmpty = true;
  for (const l of lines) {
    const empty = isBlank(text, l.start, l.end);
    if (empty) blankLines++;
    else if (!prevEmpty) multiLineBlocks++;
    prevEmpty = empty;
  }
  const blockMode = blankLines > 0 && multiLineBlocks > 0;

  // Lines are read from a snapshot taken once per stage; blanking one line never changes another.
  let snapshot = edits.apply(text);
  const lineText = (l: Line) => snapshot.slice(l.start, l.end);
  for (const l of lines) {
    const first = firstNonBlank(snapshot, l.start, l.end);
    if (first === l.end) continue;
    const s = lineText(l);
    if (mayOpenList(snapshot.charCodeAt(first)) && LIST_OR_HEADING.test(s)) {
      const hm = /^\s*(#{1,6}\s|>\s?)/.exec(s);
      if (hm) {
        if (hm[1].startsWith('#')) { edits.blank(l.start, l.end); continue; }
        edits.blank(l.start, l.start + hm[0].length);
      }
    }
    if (isBoilerplateLine(s)) { edits.blank(l.start, l.end); continue; }
    const credit = wireCreditStart(s);
    if (credit >= 0) edits.blank(l.start + credit, l.end);
    const dl = datelineLength(s);
    if (dl > 0 && /[a-z]/.test(s.slice(dl, dl + 40))) edits.blank(l.start, l.start + dl);
  }

  // Join wrapped lines: inside a block (block mode), or when a line stops mid-sentence and the
  // next starts in lower case (any mode, across blank lines too). Never before a list item or
  // heading. The cheap tests come first; a line's text is sliced only for the regexes.
  snapshot = edits.apply(text);
  const nonEmpty = lines.filter((l) => firstNonBlank(snapshot, l.start, l.end) < l.end);
  for (let k = 0; k + 1 < nonEmpty.length; k++) {
    const a = nonEmpty[k];
    const b = nonEmpty[k + 1];
    const bFirst = firstNonBlank(snapshot, b.start, b.end);
    if (mayOpenList(snapshot.charCodeAt(bFirst)) && LIST_OR_HEADING.test(lineText(b))) continue;
    // A table row stays a paragraph of its own.
    if (tableRows.has(a.end) || tableRows.has(b.end)) continue;
    // Exactly one newline between the two lines: no blank line separates them.
    let join = false;
    if (blockMode) {
      const second = text.indexOf('\n', text.indexOf('\n', a.end) + 1);
      join = second < 0 || second >= b.start;
      // A line longer than any hard wrap that ends a sentence is a paragraph of its own: the
      // document sets a header off with blank lines and its paragraphs one line break apart.
      if (join) {
        const last = lastNonBlank(snapshot, a.start, a.end);
        if (last - a.start > WRAP_WIDTH && endsSentence(snapshot, a.start, last)) join = false;
      }
    }
    if (!join) {
      const c = snapshot.charCodeAt(bFirst);
      join = ((c >= 97 && c <= 122) || c === 40) && !endsSentence(snapshot, a.start, lastNonBlank(snapshot, a.start, a.end));
    }
    if (join) for (let i = text.indexOf('\n', a.end); i >= 0 && i < b.start; i = text.indexOf('\n', i + 1)) edits.join(i);
  }

  // Now each remaining line is a paragraph: blank headings, captions and titles.
  const joined = edits.apply(text);
  const titles: Array<[number, number]> = [];
  let body = 0;
  for (let start = 0, end = 0; start <= joined.length; start = end + 1) {
    end = joined.indexOf('\n', start);
    if (end < 0) end = joined.length;
    const first = firstNonBlank(joined, start, end);
    if (first === end) continue;
    const last = lastNonBlank(joined, first, end);
    const terminal = endsSentence(joined, first, last);
    // Neither test below holds for a paragraph that ends a sentence and carries no bold credit:
    // most paragraphs, which are not sliced.
    if (terminal && !endsInBold(text, start, end)) { body++; continue; }
    const trimmed = joined.slice(first, last);
    // Captions are short: a whole article on one line that mentions a photo and does not end in
    // a full stop was blanked, losing every quote (found by joining an article's lines).
    const caption = () => !/["']\s*$/.test(trimmed) && countWords(trimmed, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS && CAPTION_CREDIT.test(trimmed);
    // A table row is data, not a headline, whatever its last cell ends with.
    if ((!terminal && !tableRows.has(end) && countWords(trimmed, 20) <= 20) || caption()) titles.push([start, end]);
    else body++;
  }
  // A text that is all "titles" has no body to set them apart from: `He said "hello` is the text
  // itself, not its headline, and blanking it lost its quote and the issue about its open mark.
  if (body > 0) {
    for (const [start, end] of titles) {
      edits.blank(start, end);
    }
  }
  return edits.apply(text);
}

/** Normalize `input` for analysis; never throws. */
export function normalize(input: string): NormalizedText {
  const issues: FoundIssue[] = [];
  const pass1 = normalizeCharacters(input, issues);
  const markup = blankMarkup(pass1.text);
  const lines = normalizeLines(blankMarkRuns(markup.text, pass1.hints, issues), markup.tableRows);
  return { text: breakLongRuns(lines, pass1.hints), map: pass1.map, hints: pass1.hints, issues };
}
