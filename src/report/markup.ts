// Text plus nested or overlapping spans -> well-formed HTML, splitting inner spans at boundaries.

/** One span to wrap in markup; offsets are UTF-16 indices into the rendered text, end exclusive. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Nesting order: lower layers are opened outside higher ones. */
  layer: number;
  open: string;
  close: string;
}

/** Renders a stretch of plain text (already cut at span boundaries) as HTML. */
export type TextRenderer = (text: string, start: number, end: number) => string;

interface Indexed extends MarkSpan {
  order: number;
}

/** Outer first: by layer, then the earlier and longer span outside. */
function nestingOrder(a: Indexed, b: Indexed): number {
  return a.layer - b.layer || a.start - b.start || b.end - a.end || a.order - b.order;
}

/**
 * Wraps `text` in the spans' tags. A span that crosses the boundary of an outer one is closed and
 * re-opened around it (so the output always nests), which means only spans that are nested or
 * disjoint within their own layer come out as exactly one element. Zero-length spans are emitted
 * as empty elements at their position. Offsets outside the text are clamped.
 */
export function renderMarkup(text: string, spans: readonly MarkSpan[], renderText: TextRenderer): string {
  const len = text.length;
  const clampOffset = (n: number) => Math.min(Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0)), len);
  const starting = new Map<number, Indexed[]>();
  const empty = new Map<number, Indexed[]>();
  const points = new Set<number>([0, len]);
  spans.forEach((s, order) => {
    const start = clampOffset(s.start);
    const end = clampOffset(s.end);
    if (end < start) return; // an inverted span has no place in the text
    const span: Indexed = { ...s, start, end, order };
    const bucket = end === start ? empty : starting;
    const list = bucket.get(start);
    if (list) list.push(span);
    else bucket.set(start, [span]);
    points.add(start);
    points.add(end);
  });
  const sorted = [...points].sort((a, b) => a - b);
  let out = '';
  let active: Indexed[] = [];
  let open: Indexed[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    active = active.filter((s) => s.end > p);
    active.push(...(starting.get(p) ?? []));
    const wanted = i + 1 < sorted.length ? [...active].sort(nestingOrder) : [];
    // Keep the longest common prefix open; close and re-open the rest.
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
    for (let k = open.length - 1; k >= keep; k--) out += open[k].close;
    for (let k = keep; k < wanted.length; k++) out += wanted[k].open;
    open = wanted;
    for (const s of (empty.get(p) ?? []).sort(nestingOrder)) out += s.open + s.close;
    if (i + 1 < sorted.length) out += renderText(text.slice(p, sorted[i + 1]), p, sorted[i + 1]);
  }
  return out;
}
