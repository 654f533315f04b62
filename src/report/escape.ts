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
  let out = '';
  for (const ch of s) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else out += ch;
  }
  return out;
}

/**
 * Article text (as HTML) for a `white-space: pre-line` container: a whitespace run holding two or
 * more line breaks becomes one paragraph break (a pile of blank lines does not become a gap),
 * single line breaks are kept, carriage returns dropped. Written as a loop, not a regex, so
 * long whitespace runs cost linear time.
 */
export function articleText(s: string): string {
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
    while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r' || s[j] === '\f' || s[j] === '\v')) {
      if (s[j] === '\n') breaks++;
      j++;
    }
    // A paragraph break is a line break plus a short block, so paragraphs sit closer than a blank line.
    out += breaks >= 2 ? '\n<span class="pb"></span>' : breaks === 1 ? '\n' : ' ';
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
