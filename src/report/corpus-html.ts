// The corpus report: speakers across documents, statements with their occurrences, conflicts — one HTML page.
import type { CorpusResult } from '../corpus/schema';
import { ownProperties } from '../records/own';
import { page } from './assets';
import { type Colour, colourStyle, escapeAttr, escapeHtml, speakerColour, UNATTRIBUTED_COLOUR } from './escape';

type Statement = CorpusResult['statements'][number];
type Occurrence = Statement['occurrences'][number];
type Change = Occurrence['changes'][number];
type CorpusQuote = CorpusResult['documents'][number]['quotes'][number];

export interface CorpusReportOptions {
  /** Page title; defaults to "whosaid corpus report". */
  title?: string;
}

/** Original texts by document id, to show each occurrence in its context. */
export type CorpusTexts = Map<string, string> | Record<string, string>;

/** Characters of context shown either side of an occurrence. */
const CONTEXT = 90;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start of `word` at or after `from`, standing alone as a word (not inside a longer one); -1 if none. */
function findWord(text: string, word: string, from: number): number {
  let at = text.indexOf(word, from);
  while (at >= 0 && (isWordChar(text[at - 1]) || isWordChar(text[at + word.length]))) at = text.indexOf(word, at + 1);
  return at;
}

/** End of the run `words` starting at `at`, separated only by non-word characters; -1 if they do not follow on. */
function runFrom(text: string, words: readonly string[], at: number): number {
  let end = at + words[0].length;
  for (const w of words.slice(1)) {
    const next = findWord(text, w, end);
    if (next < 0 || [...text.slice(end, next)].some(isWordChar)) return -1;
    end = next + w.length;
  }
  return end;
}

/**
 * Where the changed words of an occurrence sit in its text. Changes list words as written, in
 * order: each change is looked for as a run of adjacent words after the previous one, at word
 * boundaries; a change that cannot be found is skipped rather than guessed at.
 */
export function changedRanges(text: string, changes: readonly Change[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const c of changes) {
    const words = c.occurrence.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    for (let at = findWord(text, words[0], cursor); at >= 0; at = findWord(text, words[0], at + 1)) {
      const end = runFrom(text, words, at);
      if (end < 0) continue;
      out.push([at, end]);
      cursor = end;
      break;
    }
  }
  return out;
}

/** `text` with the given ranges wrapped in `<ins class="alt">`; the rest escaped. */
function markRanges(text: string, ranges: ReadonlyArray<[number, number]>, title: string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += escapeHtml(text.slice(at, a)) + `<ins class="alt" title="${escapeAttr(title)}">${escapeHtml(text.slice(a, b))}</ins>`;
    at = b;
  }
  return out + escapeHtml(text.slice(at));
}

/** One line of whitespace-collapsed context around [start, end), cut at word boundaries. */
function contextLine(text: string, start: number, end: number, colour: Colour): string {
  const squash = (s: string) => s.split(/\s+/).join(' ');
  let a = Math.max(0, start - CONTEXT);
  let b = Math.min(text.length, end + CONTEXT);
  while (a > 0 && a < start && isWordChar(text[a - 1])) a++;
  while (b < text.length && b > end && isWordChar(text[b])) b--;
  return (
    `<div class="ctx">${a > 0 ? '…' : ''}${escapeHtml(squash(text.slice(a, start)))}` +
    `<span class="m" style="${colourStyle(colour)}">${escapeHtml(squash(text.slice(start, end)))}</span>` +
    `${escapeHtml(squash(text.slice(end, b)))}${b < text.length ? '…' : ''}</div>`
  );
}

function textLookup(texts: CorpusTexts | undefined): (id: string) => string | undefined {
  if (!texts) return () => undefined;
  if (texts instanceof Map) return (id) => texts.get(id);
  return (id) => (Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : undefined);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Render a corpus result as one self-contained HTML page: conflicts first (statements whose
 * copies name different speakers), then speakers across documents, statement clusters with their
 * occurrences and altered words, and the documents. With `texts`, each occurrence is shown in the
 * words around it.
 */
export function renderCorpusReport(corpus: CorpusResult, texts?: CorpusTexts, opts: CorpusReportOptions = {}): string {
  const title = ownProperties(opts).title ?? 'whosaid corpus report';
  const textOf = textLookup(texts);
  // Colours follow quote counts, so the most quoted speakers get the most distinct ones.
  const colour = new Map<string, Colour>();
  [...corpus.speakers].sort((a, b) => b.quotes - a.quotes || 0).forEach((s, i) => colour.set(s.id, speakerColour(i)));
  const colourOf = (id: string | null | undefined) => (id ? (colour.get(id) ?? UNATTRIBUTED_COLOUR) : UNATTRIBUTED_COLOUR);
  const quoteOf = new Map<string, CorpusQuote>();
  for (const d of corpus.documents) for (const q of d.quotes) quoteOf.set(`${d.id}\u0000${q.id}`, q);
  const conflictOf = new Map(corpus.conflicts.map((c) => [c.statement, c]));
  const stmtAnchor = (id: string) => `stmt-${id}`;

  // A speaker's name in its colour; without a corpus speaker, say whether the source is unnamed or missing.
  const who = (ref: { id: string; name: string } | null, via?: string | null) => {
    if (ref) return `<span class="m" style="${colourStyle(colourOf(ref.id))}">${escapeHtml(ref.name)}</span>`;
    return `<span class="m" style="${colourStyle(UNATTRIBUTED_COLOUR)}">${via === 'anonymous' ? 'unnamed source' : 'unattributed'}</span>`;
  };

  const stats =
    `<ul class="stats"><li><b>${corpus.stats.documents}</b> ${corpus.stats.documents === 1 ? 'document' : 'documents'}</li>` +
    `<li><b>${corpus.stats.quotes}</b> quotes</li><li><b>${corpus.speakers.length}</b> speakers</li>` +
    `<li><b>${corpus.statements.length}</b> shared statements</li>` +
    `<li><b>${corpus.conflicts.length}</b> ${corpus.conflicts.length === 1 ? 'conflict' : 'conflicts'}</li>` +
    `<li>${plural(corpus.stats.corrected, 'attribution')} filled from the corpus</li></ul>`;

  // Conflicts: each statement whose occurrences name different speakers.
  const conflicts = corpus.conflicts.length
    ? corpus.conflicts
        .map(
          (c) =>
            `<div class="cluster conflict" data-conflict="${escapeAttr(c.statement)}"><h3>“${escapeHtml(c.text)}”</h3>` +
            `<ul class="occ">${c.speakers
              .map((s) => `<li><span>${who(s)}</span><span class="note">${plural(s.occurrences, 'occurrence')} in ${s.documents.map((d) => `<code>${escapeHtml(d)}</code>`).join(' ')}</span></li>`)
              .join('')}</ul>` +
            `<p class="hint">See statement <a href="#${escapeAttr(stmtAnchor(c.statement))}">${escapeHtml(c.statement)}</a>.</p></div>`,
        )
        .join('')
    : '<p class="empty">No statement is attributed to different speakers.</p>';

  // Speakers across documents.
  const speakerRows = [...corpus.speakers]
    .sort((a, b) => b.quotes - a.quotes)
    .map((s) => {
      const col = colourOf(s.id);
      const aka = s.aliases.filter((a) => a !== s.name);
      const docs = s.documents.map((d) => `<span class="tag" title="${escapeAttr(`entities ${d.entities.join(', ')}`)}">${escapeHtml(d.document)}: ${d.quotes}</span>`).join('');
      return (
        `<tr><td><button type="button" class="spk" data-entity="${escapeAttr(s.id)}" data-count="${s.quotes}" aria-pressed="false" style="${colourStyle(col)}" ` +
        `aria-label="${escapeAttr(`${s.name}: ${plural(s.quotes, 'quote')}; show only these`)}"><span class="sw" aria-hidden="true"></span>` +
        `<span class="name">${escapeHtml(s.name)}</span><span class="count">${s.quotes}</span></button></td>` +
        `<td>${escapeHtml(s.kind)}</td><td>${escapeHtml(aka.join(', '))}</td><td>${escapeHtml(s.roles.join('; '))}</td><td><div class="doccol">${docs}</div></td></tr>`
      );
    })
    .join('');
  const speakers = corpus.speakers.length
    ? `<table class="grid"><thead><tr><th>speaker</th><th>kind</th><th>aliases</th><th>roles</th><th>quotes per document</th></tr></thead><tbody>${speakerRows}</tbody></table>` +
      '<p class="hint">Click a speaker to pick out their quotes below; hover or focus a quote for details.</p>'
    : '<p class="empty">No speakers.</p>';

  // Statements with their occurrences.
  const occurrence = (st: Statement, o: Occurrence) => {
    const q = quoteOf.get(`${o.document}\u0000${o.quote}`);
    const col = colourOf(o.speaker?.id);
    const attrs: Array<[string, string]> = [
      ['class', `q q-${o.kind}`],
      ['style', `--c:${col.c};--bg:${col.bg};--bg2:${col.bg2}`],
      ['tabindex', '0'],
      ['role', 'button'],
      ['aria-expanded', 'false'],
      ['aria-describedby', 'ws-pop'],
      ['data-q', `${o.document}/${o.quote}`],
      ['data-statement', st.id],
      ['data-doc', o.document],
      ['data-start', String(o.start)],
      ['data-end', String(o.end)],
      ['data-kind', o.kind],
      ['data-entity', o.speaker?.id ?? ''],
      ['data-speaker', o.speaker?.name ?? (o.via === 'anonymous' ? 'Unnamed source' : 'Unattributed')],
      ['data-span', `${o.start}–${o.end}`],
    ];
    if (o.via) attrs.push(['data-via', o.via]);
    if (q?.speaker?.mention.text) attrs.push(['data-mention', q.speaker.mention.text]);
    if (q?.cue) attrs.push(['data-cue', q.cue.text]);
    if (q) attrs.push(['data-confidence', String(q.confidence)]);
    const ranges = o.altered ? changedRanges(o.text, o.changes) : [];
    const changeNote = o.changes.map((c) => `“${c.reference || '—'}” → “${c.occurrence || '—'}”`).join('; ');
    const was = q?.local ? `<span class="tag" title="the document alone said">was: ${escapeHtml(q.local.name ?? 'unattributed')}${q.local.via ? ` (${escapeHtml(q.local.via)})` : ''}</span>` : '';
    const source = textOf(o.document);
    const ctx = source !== undefined && o.end <= source.length ? contextLine(source, o.start, o.end, col) : '';
    return (
      `<li><span class="doc">${escapeHtml(o.document)}</span><div><span class="qt"><mark ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}>` +
      `${markRanges(o.text, ranges, `reference: ${changeNote}`)}</mark></span>` +
      `<div class="note">${escapeHtml(o.kind)} · ${who(o.speaker, o.via)}${o.via ? ` via ${escapeHtml(o.via)}` : ''}${was}` +
      `${o.altered ? ` <span class="tag bad" title="${escapeAttr(changeNote)}">altered: ${escapeHtml(changeNote)}</span>` : ''}</div>${ctx}</div></li>`
    );
  };
  const statements = corpus.statements.length
    ? corpus.statements
        .map((st) => {
          const conflict = conflictOf.get(st.id);
          const tags =
            `<span class="tag">${plural(st.documents.length, 'document')}</span>` +
            (st.altered ? `<span class="tag bad">altered wording</span>` : '') +
            (conflict ? `<span class="tag bad">conflict</span>` : '');
          return (
            `<div class="cluster${conflict ? ' conflict' : ''}" id="${escapeAttr(stmtAnchor(st.id))}" data-statement="${escapeAttr(st.id)}">` +
            `<h3><code>${escapeHtml(st.id)}</code> “${escapeHtml(st.text)}”${tags}</h3>` +
            `<p class="note">consensus speaker: ${who(st.speaker)}${st.differingWords.length ? ` · differing words: ${escapeHtml(st.differingWords.join(', '))}` : ''}</p>` +
            `<ul class="occ">${st.occurrences.map((o) => occurrence(st, o)).join('')}</ul></div>`
          );
        })
        .join('')
    : '<p class="empty">No statement appears in more than one document.</p>';

  // Documents.
  const docRows = corpus.documents
    .map((d) => {
      const corrected = d.quotes.filter((q) => q.local).length;
      const shared = d.quotes.filter((q) => q.statement).length;
      const order = d.order.coherence === null ? 'no evidence' : `${Math.round(d.order.coherence * 100)}%`;
      return (
        `<tr><td><code>${escapeHtml(d.id)}</code></td><td>${d.quotes.length}</td><td>${shared}</td><td>${corrected}</td>` +
        `<td>${order}${d.order.reliable ? '' : ' <span class="tag bad">order unreliable</span>'}</td><td>${d.issues.length}</td></tr>`
      );
    })
    .join('');
  const documents = corpus.documents.length
    ? `<table class="grid"><thead><tr><th>document</th><th>quotes</th><th>in shared statements</th><th>filled from corpus</th><th>order coherence</th><th>issues</th></tr></thead><tbody>${docRows}</tbody></table>`
    : '<p class="empty">No documents.</p>';

  const section = (id: string, heading: string, inner: string) => `<section class="card wide" aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${inner}</section>`;
  const body =
    `<header class="top"><h1>${escapeHtml(title)}</h1>${stats}</header>\n<main class="corpus">` +
    section('ws-conflicts', `Conflicts (${corpus.conflicts.length})`, conflicts) +
    section('ws-speakers', `Speakers (${corpus.speakers.length})`, speakers) +
    section('ws-statements', `Statements (${corpus.statements.length})`, statements) +
    section('ws-documents', `Documents (${corpus.documents.length})`, documents) +
    '</main>';
  return page(escapeHtml(title), body);
}
