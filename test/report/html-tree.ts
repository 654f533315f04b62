// A strict little HTML reader for the reports' own output: builds a tree, throws on bad nesting or a bare '&'.

export interface HtmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: Array<HtmlNode | string>;
}

// Elements with no closing tag, and elements whose content is raw text.
const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'source', 'wbr']);
const RAW = new Set(['script', 'style']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const isNameChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-' || c === '_' || c === ':';
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Decode character references; a '&' that starts none is an escaping bug, so it throws. */
export function decodeEntities(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    const name = semi < 0 ? '' : s.slice(amp + 1, semi);
    if (name in NAMED) out += NAMED[name];
    else if (name.startsWith('#x') && name.length > 2) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith('#') && name.length > 1) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    else throw new Error(`unescaped '&' at ${amp}: ${JSON.stringify(s.slice(amp, amp + 12))}`);
    i = semi + 1;
  }
  return out;
}

/** Parse a whole document into a tree under a synthetic '#root' node. */
export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlNode[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1];
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
    } else if (html.startsWith('<!', i)) {
      i = html.indexOf('>', i) + 1;
    } else if (html.startsWith('</', i)) {
      const end = html.indexOf('>', i);
      const name = html.slice(i + 2, end).trim().toLowerCase();
      const open = stack.pop();
      if (!open || open.tag !== name) throw new Error(`</${name}> at ${i} closes <${open?.tag}>`);
      i = end + 1;
    } else if (html[i] === '<' && i + 1 < html.length && isNameChar(html[i + 1])) {
      let j = i + 1;
      while (j < html.length && isNameChar(html[j])) j++;
      const node: HtmlNode = { tag: html.slice(i + 1, j).toLowerCase(), attrs: {}, children: [] };
      for (;;) {
        while (j < html.length && isSpace(html[j])) j++;
        if (j >= html.length) throw new Error(`unclosed tag <${node.tag}>`);
        if (html[j] === '>') break;
        if (html.startsWith('/>', j)) {
          j++;
          break;
        }
        const nameStart = j;
        while (j < html.length && !isSpace(html[j]) && html[j] !== '=' && html[j] !== '>' && html[j] !== '/') j++;
        const name = html.slice(nameStart, j).toLowerCase();
        if (name === '') throw new Error(`bad attribute at ${j} in <${node.tag}>`);
        let value = '';
        if (html[j] === '=') {
          j++;
          const q = html[j];
          if (q !== '"' && q !== "'") throw new Error(`unquoted attribute ${name} in <${node.tag}>`);
          const end = html.indexOf(q, j + 1);
          const raw = html.slice(j + 1, end);
          if (raw.includes('<')) throw new Error(`'<' inside attribute ${name}`);
          value = decodeEntities(raw);
          j = end + 1;
        }
        if (name in node.attrs) throw new Error(`duplicate attribute ${name} in <${node.tag}>`);
        node.attrs[name] = value;
      }
      i = j + 1;
      top().children.push(node);
      if (RAW.has(node.tag)) {
        const end = html.indexOf(`</${node.tag}`, i);
        if (end < 0) throw new Error(`unclosed <${node.tag}>`);
        node.children.push(html.slice(i, end));
        i = html.indexOf('>', end) + 1;
      } else if (!VOID.has(node.tag)) stack.push(node);
    } else {
      const next = html.indexOf('<', i + 1);
      const end = next < 0 ? html.length : next;
      top().children.push(decodeEntities(html.slice(i, end)));
      i = end;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${top().tag}>`);
  return root;
}

/** Every element below `node` (document order) that satisfies `pred`. */
export function findAll(node: HtmlNode, pred: (n: HtmlNode) => boolean): HtmlNode[] {
  const out: HtmlNode[] = [];
  const walk = (n: HtmlNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export const hasClass = (n: HtmlNode, cls: string) => (n.attrs.class ?? '').split(' ').includes(cls);

/** Concatenated text below `node`, as the DOM's textContent would give it. */
export function textContent(node: HtmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Whitespace-insensitive form, since the report shows paragraph breaks in its own way. */
export const squash = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
