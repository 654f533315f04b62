// HTML tags and markdown table syntax out of the analysis text, keeping its length (offsets stay).
//
// Left in, markup loses quotes: `<p>"We will win," Anna Smith said.</p>` ends in `</p>`, not a
// full stop, so the paragraph was blanked as a headline; an attribute value (`class="story"`)
// paired with the marks of the text as a quote; a table row ending in `|` looked like a title.
// Tags become spaces, a block element's tag a line break (its paragraphs stay apart); script,
// style and comment bodies go whole; table rows become paragraphs of their cells.

/** Elements whose tags end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);
/** Inline elements: their tags are read as spaces. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'center', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'iframe', 'img',
  'ins', 'kbd', 'label', 'link', 'mark', 'meta', 'picture', 'q', 's', 'samp', 'small', 'source', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Elements whose content is never text to read. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** A tag longer than this is taken for text with a stray '<'. */
const MAX_TAG = 2000;

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** End (exclusive) of the tag opening at `lt`, honouring quoted attribute values; -1 if none. */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  const limit = Math.min(text.length, lt + MAX_TAG);
  for (let i = lt + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote) { if (c === quote) quote = 0; }
    else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1; // >
    else if (c === 60) return -1; // another '<' first: not a tag
  }
  return -1;
}

/** The element name of the tag at `lt` (lower case) and whether it closes one; null when no tag. */
function tagName(text: string, lt: number): { name: string; closing: boolean } | null {
  let i = lt + 1;
  const closing = text.charCodeAt(i) === 47; // /
  if (closing) i++;
  const from = i;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  if (i === from) return null;
  const after = text.charCodeAt(i);
  // The name ends the tag or is followed by attributes or "/>".
  if (!(after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13)) return null;
  return { name: text.slice(from, i).toLowerCase(), closing };
}

/** `text` with [a, b) read as spaces (line breaks kept), and a line break at `a` when `block`. */
function blankInto(out: string[], text: string, a: number, b: number, block: boolean): void {
  const inner = text.slice(a, b).replace(/[^\n]/g, ' ');
  out.push(block && inner[0] !== '\n' ? '\n' + inner.slice(1) : inner);
}

const HIDDEN_CLOSE = /<\/(script|style|noscript|template|svg)/gi;

/**
 * Where the closing tag of hidden element `name` starts, at or after `from`; -1 if nowhere.
 * `unclosed` remembers the names with no closing tag left, so a text of thousands of unclosed
 * `<script>` tags is searched once, not once per tag.
 */
function closingTag(text: string, name: string, from: number, unclosed: Set<string>): number {
  if (unclosed.has(name)) return -1;
  HIDDEN_CLOSE.lastIndex = from;
  for (let m = HIDDEN_CLOSE.exec(text); m; m = HIDDEN_CLOSE.exec(text)) if (m[1].toLowerCase() === name) return m.index;
  unclosed.add(name);
  return -1;
}

/** HTML tags, comments and hidden elements read as spaces and line breaks; same length. */
function blankTags(text: string): string {
  if (text.indexOf('<') < 0) return text;
  const out: string[] = [];
  const unclosed = new Set<string>();
  let cursor = 0;
  for (let lt = text.indexOf('<'); lt >= 0 && lt < text.length; lt = text.indexOf('<', lt + 1)) {
    if (lt < cursor) continue;
    let end = -1;
    let block = false;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      end = close < 0 ? -1 : close + 3;
    } else if (text.charCodeAt(lt + 1) === 33) { // <!DOCTYPE …>
      end = /^<!doctype\s/i.test(text.slice(lt, lt + 10)) ? tagEnd(text, lt) : -1;
    } else {
      const tag = tagName(text, lt);
      if (!tag || !(BLOCK.has(tag.name) || INLINE.has(tag.name) || HIDDEN.has(tag.name))) continue;
      end = tagEnd(text, lt);
      block = BLOCK.has(tag.name);
      if (end >= 0 && HIDDEN.has(tag.name) && !tag.closing) {
        // The element's content goes too, through its closing tag.
        const close = closingTag(text, tag.name, end, unclosed);
        const closeEnd = close < 0 ? -1 : tagEnd(text, close);
        if (closeEnd >= 0) end = closeEnd;
        block = true;
      }
    }
    if (end < 0) continue;
    out.push(text.slice(cursor, lt));
    blankInto(out, text, lt, end, block);
    cursor = end;
  }
  if (cursor === 0) return text;
  out.push(text.slice(cursor));
  return out.join('');
}

/** A markdown table's delimiter row (`| --- | :---: |`): pipes, dashes, colons and spaces only. */
const isTableDelimiter = (line: string) => /^[\s|:-]*$/.test(line) && line.includes('---');

/**
 * Markdown table rows (`| a | b |`) as paragraphs: the leading pipe becomes a line break (so a
 * row is not joined to the one before), the others spaces; the delimiter row goes. `rowEnds`
 * gets the end offset of each row's line.
 */
function blankTables(text: string, rowEnds: Set<number>): string {
  if (text.indexOf('|') < 0) return text;
  const out: string[] = [];
  let changed = false;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const first = line.search(/\S/);
    const trimmedEnd = line.trimEnd().length;
    if (first >= 0 && line[first] === '|' && trimmedEnd - first >= 2 && line[trimmedEnd - 1] === '|') {
      changed = true;
      if (isTableDelimiter(line)) out.push(' '.repeat(line.length));
      else {
        out.push(line.slice(0, first) + (start > 0 ? '\n' : ' ') + line.slice(first + 1).replace(/\|/g, ' '));
        rowEnds.add(end);
      }
    } else out.push(line);
    if (end < text.length) out.push('\n');
    start = end + 1;
  }
  return changed ? out.join('') : text;
}

/**
 * Read HTML and markdown table markup as whitespace; the text keeps the length of `text`.
 * `tableRows`: end offsets of the lines that are table rows (data, never headlines).
 */
export function blankMarkup(text: string): { text: string; tableRows: Set<number> } {
  const tableRows = new Set<number>();
  return { text: blankTables(blankTags(text), tableRows), tableRows };
}
