// An article's headline, read from its first lines, to title its report page.
import { MONTH_DAY_YEAR } from '../lang/en-text';

/** A headline is one short line; a longer first line is already the body. */
const MAX_WORDS = 30;
const MAX_CHARS = 200;
/** Header blocks put the headline within the first few lines (after a masthead or a date at most). */
const MAX_LINES = 5;

/** Lines of a header block that are not the headline: addresses, dates, bylines, mastheads. */
function isHeaderNoise(line: string): boolean {
  return (
    /^(https?:\/\/|www\.)\S*$/i.test(line) ||
    !/\p{L}/u.test(line) || // dates as digits, rules, "* * *"
    /^by\s/i.test(line) ||
    line.includes(' | ') || // "THE COURIER | Thursday 14 March | TRANSPORT"
    MONTH_DAY_YEAR.test(line)
  );
}

/** Markdown around a heading: "# ", "**…**", "[text](url)". */
function plainLine(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The article's headline: the first line of its header block that is not an address, a date, a
 * byline or a masthead, when it is short enough to be one. null when the text starts with body
 * copy (a long first line) or has no such line.
 */
export function findHeadline(text: string): string | null {
  let seen = 0;
  for (const raw of text.slice(0, 4000).split('\n')) {
    const line = plainLine(raw);
    if (line === '') continue;
    if (++seen > MAX_LINES) return null;
    if (isHeaderNoise(line)) continue;
    const words = line.split(' ').length;
    // Headlines do not end in a full stop; a sentence that does is the first paragraph. (A word
    // of small letters before it: "U.S." ends a headline, "Monday." a sentence.)
    const sentence = /\p{Ll}{2}\.["'\u2019\u201d]?$/u.test(line);
    return words <= MAX_WORDS && line.length <= MAX_CHARS && !sentence ? line : null;
  }
  return null;
}
