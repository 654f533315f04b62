// HTML escaping, article whitespace, and the speaker colour palette shared by the reports.

/** Escape text content: `<` and `&` start markup, `>` is escaped for symmetry. */
export function escapeHtml(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else out += ch;
  }
  return out;
}

/** Escape an attribute value that is always written inside double quotes. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// A line that starts a list item, heading or block quote keeps its line break.
const LIST_LINE = /^[ \t]*(?:[-*+\u2022>#]|\d{1,3}[.)])[ \t]/;

/**
 * Line breaks to show as spaces. A document that separates paragraphs by blank lines and also has
 * paragraphs of several lines is hard-wrapped: its single line breaks are wraps, so the report
 * reflows them (except before a list item). A document without blank lines keeps every break,
 * since there each line is a paragraph.
 */
export function softBreaks(text: string): Set<number> {
  const lines: Array<{ start: number; end: number; blank: boolean }> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, blank: text.slice(start, end).trim() === '' });
    if (nl < 0) break;
    start = nl + 1;
  }
  const soft = new Set<number>();
  const hasBlank = lines.some((l) => l.blank);
  if (!hasBlank) return soft;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a.blank && !b.blank && !LIST_LINE.test(text.slice(b.start, b.end))) soft.add(a.end);
  }
  return soft;
}

/**
 * Article text (as HTML) for a `white-space: pre-line` container, `offset` being where `s` starts
 * in the whole text: a whitespace run holding two or more line breaks becomes one paragraph break
 * (a pile of blank lines does not become a gap), a single break is kept unless `soft` lists it as
 * a wrap, carriage returns are dropped. Written as a loop, not a regex, so long whitespace runs
 * cost linear time.
 */
export function articleText(s: string, offset = 0, soft: ReadonlySet<number> = new Set()): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f' && ch !== '\v') {
      out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
      i++;
      continue;
    }
    let j = i;
    let breaks = 0;
    let hard = 0;
    while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r' || s[j] === '\f' || s[j] === '\v')) {
      if (s[j] === '\n') {
        breaks++;
        if (!soft.has(offset + j)) hard++;
      }
      j++;
    }
    // A paragraph break is a line break plus a short block, so paragraphs sit closer than a blank line.
    out += breaks >= 2 ? '\n<span class="pb"></span>' : hard === 1 ? '\n' : ' ';
    i = j;
  }
  return out;
}

/** A speaker's colours: `c` for text and underlines, `bg` a tint behind quotes, `bg2` a lighter one. */
export interface Colour {
  c: string;
  bg: string;
  bg2: string;
}

// Hand-picked to stay apart from each other and readable as text on white; order = assignment order.
const PALETTE = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#be185d', '#0e7490', '#a16207', '#b91c1c', '#4d7c0f', '#4338ca', '#9a3412', '#0f766e'];

function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** Colour of the i-th speaker; past the palette, hues step by the golden angle so they keep apart. */
export function speakerColour(i: number): Colour {
  if (i < PALETTE.length) return { c: PALETTE[i], bg: tint(PALETTE[i], 0.17), bg2: tint(PALETTE[i], 0.08) };
  const hue = Math.round((i * 137.508) % 360);
  return { c: `hsl(${hue} 65% 35%)`, bg: `hsl(${hue} 65% 45% / 0.14)`, bg2: `hsl(${hue} 65% 45% / 0.07)` };
}

/** Grey for quotes without a speaker. */
export const UNATTRIBUTED_COLOUR: Colour = { c: '#6b7280', bg: tint('#6b7280', 0.14), bg2: tint('#6b7280', 0.07) };

/** The colour custom properties as an inline style attribute value. */
export function colourStyle(col: Colour): string {
  return escapeAttr(`--c:${col.c};--bg:${col.bg};--bg2:${col.bg2}`);
}
