// The article report: one self-contained HTML page with each quote highlighted in its speaker's colour.
import { ownProperties } from '../records/own';
import type { Entity, Quote, QuoteKind, Result } from '../records/schema';
import { page } from './assets';
import { findHeadline } from './headline';
import { articleText, type Colour, colourStyle, escapeAttr, escapeHtml, softBreaks, speakerColour, UNATTRIBUTED_COLOUR } from './escape';
import { type MarkSpan, renderMarkup } from './markup';

export interface ArticleReportOptions {
  /** Page title; defaults to the article's headline (its first short line), else "whosaid report". */
  title?: string;
}

/** One line of the legend: a speaking entity (or the unattributed bucket, key ''). */
export interface SpeakerRow {
  key: string;
  label: string;
  detail: string;
  colour: Colour;
  count: number;
  kinds: Record<QuoteKind, number>;
}

const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];

/** How a speaker is named in the report: its name, else its role, else the words that named it. */
export function speakerLabel(q: Quote, entity: Entity | undefined): string {
  if (!q.speaker) return 'Unattributed';
  if (q.speaker.name) return q.speaker.name;
  const role = entity?.roles[0];
  return role ? `unnamed: ${role}` : `unnamed: ${q.speaker.mention.text}`;
}

/**
 * Legend rows, most quoted first (ties in document order), coloured in that order so the main
 * speakers get the most distinct colours; the unattributed bucket comes last, in grey.
 */
export function speakerRows(result: Result): SpeakerRow[] {
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  const rows = new Map<string, SpeakerRow>();
  for (const q of result.quotes) {
    const key = q.speaker ? q.speaker.entity : '';
    let row = rows.get(key);
    if (!row) {
      const entity = q.speaker ? entities.get(q.speaker.entity) : undefined;
      const detail = q.speaker ? [entity?.kind, entity?.roles[0] && entity.name ? entity.roles[0] : undefined].filter(Boolean).join(' · ') : 'no speaker found';
      row = { key, label: speakerLabel(q, entity), detail, colour: UNATTRIBUTED_COLOUR, count: 0, kinds: { direct: 0, partial: 0, indirect: 0 } };
      rows.set(key, row);
    }
    row.count++;
    row.kinds[q.kind]++;
  }
  const named = [...rows.values()].filter((r) => r.key !== '').sort((a, b) => b.count - a.count);
  named.forEach((r, i) => (r.colour = speakerColour(i)));
  const none = rows.get('');
  return none ? [...named, none] : named;
}

/**
 * Where each quote is drawn. Quotes are the outermost layer and must each stay one element, so a
 * quote that starts inside another and ends after it is drawn from the other's end (its data
 * attributes keep the true offsets); a quote wholly inside another nests.
 */
function visualQuoteSpans(quotes: readonly Quote[]): Array<{ quote: Quote; start: number; end: number }> {
  const order = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: Array<{ quote: Quote; start: number; end: number }> = [];
  const stack: Array<{ start: number; end: number }> = [];
  for (const quote of order) {
    const v = { quote, start: quote.start, end: Math.max(quote.start, quote.end) };
    while (stack.length && stack[stack.length - 1].end <= v.start) stack.pop();
    while (stack.length && v.end > stack[stack.length - 1].end) {
      v.start = Math.max(v.start, stack[stack.length - 1].end);
      stack.pop();
    }
    stack.push(v);
    placed.push(v);
  }
  return placed;
}

function kindCounts(quotes: readonly Quote[]): Record<QuoteKind, number> {
  const out: Record<QuoteKind, number> = { direct: 0, partial: 0, indirect: 0 };
  for (const q of quotes) out[q.kind]++;
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The opening tag of a quote: its record in data attributes for the popover and the tests. */
function quoteTag(q: Quote, row: SpeakerRow): string {
  const attrs: Array<[string, string]> = [
    ['class', `q q-${q.kind}`],
    ['style', `--c:${row.colour.c};--bg:${row.colour.bg};--bg2:${row.colour.bg2}`],
    ['tabindex', '0'],
    ['role', 'button'],
    ['aria-expanded', 'false'],
    ['aria-describedby', 'ws-pop'],
    ['data-q', q.id],
    ['data-start', String(q.start)],
    ['data-end', String(q.end)],
    ['data-kind', q.kind],
    ['data-entity', row.key],
    ['data-speaker', row.label],
    ['data-confidence', String(q.confidence)],
    ['data-span', `${q.start}–${q.end}`],
  ];
  if (q.speaker) {
    attrs.push(['data-mention', q.speaker.mention.text], ['data-via', q.speaker.via]);
  }
  if (q.cue) attrs.push(['data-cue', q.cue.lemma && q.cue.lemma !== q.cue.text ? `${q.cue.text} (${q.cue.lemma})` : q.cue.text]);
  return `<mark ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}>`;
}

/** The marked-up article body: quotes, then speaker mentions, then cue words, nested by splitting. */
function articleBody(text: string, result: Result, rows: Map<string, SpeakerRow>): string {
  const spans: MarkSpan[] = [];
  for (const v of visualQuoteSpans(result.quotes)) {
    const row = rows.get(v.quote.speaker ? v.quote.speaker.entity : '')!;
    spans.push({ start: v.start, end: v.end, layer: 0, open: quoteTag(v.quote, row), close: '</mark>' });
  }
  // Mentions of speaking entities, and each quote's attribution mention and cue, keyed by span
  // so a mention named by several quotes is drawn once and lights up for each of them.
  const mentions = new Map<string, { start: number; end: number; entity: string; quotes: string[] }>();
  const addMention = (start: number, end: number, entity: string, quote?: string) => {
    const key = `${start}:${end}`;
    let m = mentions.get(key);
    if (!m) mentions.set(key, (m = { start, end, entity, quotes: [] }));
    if (quote && !m.quotes.includes(quote)) m.quotes.push(quote);
  };
  for (const e of result.entities) if (rows.has(e.id)) for (const m of e.mentions) addMention(m.start, m.end, e.id);
  const cues = new Map<string, { start: number; end: number; quotes: string[] }>();
  for (const q of result.quotes) {
    if (q.speaker) addMention(q.speaker.mention.start, q.speaker.mention.end, q.speaker.entity, q.id);
    if (q.cue) {
      const key = `${q.cue.start}:${q.cue.end}`;
      const c = cues.get(key) ?? { start: q.cue.start, end: q.cue.end, quotes: [] };
      c.quotes.push(q.id);
      cues.set(key, c);
    }
  }
  for (const m of mentions.values()) {
    const colour = rows.get(m.entity)?.colour ?? UNATTRIBUTED_COLOUR;
    const linked = m.quotes.length ? ` data-for="${escapeAttr(m.quotes.join(' '))}"` : '';
    spans.push({ start: m.start, end: m.end, layer: 1, open: `<span class="m" style="${colourStyle(colour)}"${linked}>`, close: '</span>' });
  }
  for (const c of cues.values()) {
    spans.push({ start: c.start, end: c.end, layer: 2, open: `<span class="cue" data-for="${escapeAttr(c.quotes.join(' '))}">`, close: '</span>' });
  }
  // Trim the article's leading and trailing blank lines, which pre-line would otherwise show.
  let first = 0;
  while (first < text.length && text[first].trim() === '') first++;
  let last = text.length;
  while (last > first && text[last - 1].trim() === '') last--;
  const soft = softBreaks(text);
  return renderMarkup(text, spans, (s, start, end) => {
    const a = Math.max(start, first) - start;
    const b = Math.max(a, Math.min(end, last) - start);
    return articleText(s.slice(a, b), start + a, soft);
  });
}

function legend(rows: readonly SpeakerRow[]): string {
  if (rows.length === 0) return '<p class="empty">No quotes found.</p>';
  const items = rows.map((r) => {
    const kinds = KINDS.filter((k) => r.kinds[k] > 0)
      .map((k) => `${r.kinds[k]} ${k}`)
      .join(' · ');
    const sub = [r.detail, kinds].filter(Boolean).join(' — ');
    return (
      `<li><button type="button" class="spk" data-entity="${escapeAttr(r.key)}" data-count="${r.count}" aria-pressed="false" style="${colourStyle(r.colour)}" ` +
      `aria-label="${escapeAttr(`${r.label}: ${plural(r.count, 'quote')}; show only these`)}">` +
      `<span class="sw" aria-hidden="true"></span><span class="name">${escapeHtml(r.label)}</span><span class="count">${r.count}</span>` +
      `<span class="sub">${escapeHtml(sub)}</span></button></li>`
    );
  });
  return `<ul class="legend">${items.join('')}</ul><p class="hint">Click a speaker to pick out their quotes; hover, focus or click a quote for details.</p>`;
}

const KIND_KEY =
  '<ul class="kinds">' +
  '<li><span class="q q-direct">direct</span> <span class="note">— a quote in marks, solid line</span></li>' +
  '<li><span class="q q-partial">partial</span> <span class="note">— a phrase in marks, dotted line</span></li>' +
  '<li><span class="q q-indirect">indirect</span> <span class="note">— reported speech, dashed line</span></li>' +
  '<li><span class="m" style="--c:#4b5563">Speaker</span> <span class="cue">said</span> <span class="note">— mention and cue word</span></li>' +
  '</ul>';

function issuesPanel(result: Result): string {
  if (result.issues.length === 0) return '';
  const items = result.issues.map((i) => {
    const at = i.start === null ? '' : ` <span class="note">@${i.start}${i.end === null ? '' : `–${i.end}`}</span>`;
    return `<li><code>${escapeHtml(i.code)}</code> ${escapeHtml(i.message)}${at}</li>`;
  });
  return `<section class="card" aria-labelledby="ws-issues"><h2 id="ws-issues">Issues (${result.issues.length})</h2><ul class="issues">${items.join('')}</ul></section>`;
}

/**
 * Render one article and its extraction result as a self-contained HTML page (inline CSS and
 * script, nothing fetched). Quote offsets must point into `text`, as `extractQuotes(text)` gives them.
 */
export function renderArticleReport(text: string, result: Result, opts: ArticleReportOptions = {}): string {
  const title = ownProperties(opts).title ?? findHeadline(text) ?? 'whosaid report';
  const rows = speakerRows(result);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const k = kindCounts(result.quotes);
  const speakers = rows.filter((r) => r.key !== '').length;
  const stats =
    `<ul class="stats"><li><b>${result.quotes.length}</b> ${result.quotes.length === 1 ? 'quote' : 'quotes'}</li>` +
    `<li>${k.direct} direct · ${k.partial} partial · ${k.indirect} indirect</li>` +
    `<li><b>${speakers}</b> ${speakers === 1 ? 'speaker' : 'speakers'}</li>` +
    `<li>${plural(result.issues.length, 'issue')}</li></ul>`;
  const body =
    `<header class="top"><h1>${escapeHtml(title)}</h1>${stats}</header>\n<main>` +
    `<article class="text card" aria-label="Article text">${articleBody(text, result, byKey)}</article>` +
    `<aside><section class="card" aria-labelledby="ws-speakers"><h2 id="ws-speakers">Speakers</h2>${legend(rows)}</section>` +
    `<section class="card" aria-labelledby="ws-key"><h2 id="ws-key">Key</h2>${KIND_KEY}</section>${issuesPanel(result)}</aside></main>`;
  return page(escapeHtml(title), body);
}
