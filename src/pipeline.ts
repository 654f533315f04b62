// The ordered stages of extraction, from raw text to validated records.
import { type Chunk, findChunks } from './mentions/chunk';
import type { Issue, Quote, ResolvedOptions, Result, Span } from './records/schema';
import { acceptance, acceptProbability, candidateFeatures, type Features, gatesOf, isGated, thresholdOf } from './quotes/accept';
import { type FrameContext, sentenceSubject } from './quotes/frames';
import { type Candidate, classifyMarked, tokenRange } from './quotes/marked';
import { pairMarks } from './quotes/pair-marks';
import { findReported } from './quotes/reported';
import { segment } from './sentences/segment';
import { byteArray, startDocument } from './scratch';
import { type ConfidenceInput, confidenceOf } from './speakers/confidence';
import { AMBIGUOUS_RATIO, type PronounEvidence } from './speakers/pronoun-ranker';
import { type MentionRule, type MentionSpan, SpeakerResolver } from './speakers/resolve';
import { isWhitespace } from './text/chars';
import { asNormalized, type FoundIssue, type NormalizedOffset, type OffsetMap } from './text/offset-map';
import { mojibakeAt, type NormalizedText, normalize, repairMojibake } from './text/normalize';
import { TokenStore } from './text/token';
import { type Token, tokenizeWithMarks } from './text/tokenize';

/**
 * What `quoteText` replaces inside a string: a curly mark, whitespace other than a plain space
 * (JavaScript's \s without it), a space followed by whitespace, or a character that may lead a
 * garbled encoding ("Ã±"). One character class scanned by the regex engine: a loop over
 * character codes in JavaScript cost 0.9% of extraction (quotes are a sixth of news text, read
 * out of sliced strings), this costs about a third of that.
 */
const CLEANED = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u201c\u201d\u201e\u00ab\u00bb\u201f\u2018\u2019\u201a\u201b\u00c2\u00c3\u00e2]| \s/;

/** Whether `quoteText` changes `raw`: what `CLEANED` finds, or whitespace at either end. */
function needsCleaning(raw: string): boolean {
  const n = raw.length;
  if (n === 0) return false;
  if (isWhitespace(raw.charCodeAt(0)) || isWhitespace(raw.charCodeAt(n - 1))) return true;
  return CLEANED.test(raw);
}

/**
 * Collapse whitespace and straighten quotation marks, and read a garbled encoding as the
 * characters meant: the `text` of a quote record.
 */
export function quoteText(raw: string): string {
  // Most quotes need none of the replacements below.
  if (!needsCleaning(raw)) return raw;
  return cleanQuote(repairMojibake(raw));
}

/**
 * What the regexes /[“”„«»‟]/g → '"', /[‘’‚‛]/g → "'", /\s+/g → ' ' and trim() make of `raw`, in
 * one pass: most quotes that need cleaning hold only a curly apostrophe or two, and three
 * whole-string replacements per such quote cost half a percent of extraction.
 */
function cleanQuote(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && isWhitespace(raw.charCodeAt(a))) a++;
  while (b > a && isWhitespace(raw.charCodeAt(b - 1))) b--;
  let out = '';
  // raw[from, i) is copied unchanged once something before i is replaced.
  let from = a;
  for (let i = a; i < b; i++) {
    const c = raw.charCodeAt(i);
    let by: string | null = null;
    let next = i + 1;
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb || c === 0x201f) by = '"';
    else if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b) by = "'";
    else if (isWhitespace(c)) {
      while (next < b && isWhitespace(raw.charCodeAt(next))) next++;
      // A lone plain space stays as it is.
      if (c !== 32 || next > i + 1) by = ' ';
    }
    if (by !== null) {
      out += raw.slice(from, i) + by;
      from = next;
    }
    i = next - 1;
  }
  return out + raw.slice(from, b);
}

/** The curly quotation marks `quoteText` straightens (the marks of `CLEANED`). */
function isCurlyMark(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb || c === 0x201f || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

/**
 * One pass over a quote's characters, `s` from `start` to `end`: its words (runs of
 * non-whitespace) and whether `quoteText` leaves it as it is (`needsCleaning` false: no
 * whitespace but single plain spaces between words, no curly mark). The record reads both, and
 * a count of the words and a regex test were two scans of every quote.
 */
export function scanQuote(s: string, start: number, end: number): { words: number; plain: boolean } {
  let words = 0;
  let inWord = false;
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const space = isWhitespace(c);
    if (space) {
      // Whitespace other than a plain space, or right after whitespace or at the start.
      if (c !== 32 || !inWord) plain = false;
    } else {
      if (!inWord) words++;
      if (c >= 0xab && (isCurlyMark(c) || (c === 0xc2 || c === 0xc3 || c === 0xe2) && mojibakeAt(s, i) !== null)) plain = false;
    }
    inWord = !space;
  }
  // Whitespace at the end.
  if (end > start && !inWord) plain = false;
  return { words, plain };
}

/** Rounded to three decimals, as records carry probabilities. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Words (runs of non-whitespace) in `s` from `start` to `end`. One test per character: it reads
 * every quote's text, and testing each character and the one before it doubled that work.
 */
function wordsIn(s: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isWhitespace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Paragraph ranges of the normalized text: stretches between newlines that hold more than whitespace. */
function paragraphRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (a: number, b: number) => {
    // A paragraph is kept when it holds something other than whitespace (what trim() removes),
    // tested in place: a slice and a trimmed copy of every paragraph copied the text twice.
    for (let k = a; k < b; k++) {
      if (!isWhitespace(text.charCodeAt(k))) {
        out.push([a, b]);
        return;
      }
    }
  };
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    push(start, i);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

/** Characters between two spans of the same string; 0 when they touch or overlap. */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** What the fitting script (scripts/fit-speakers.ts) reads of one record: the evidence its models scored. */
export interface RecordTrace {
  confidence: ConfidenceInput;
  /** The pronoun's candidates with their canonical names, when the speaker was sought through a pronoun. */
  pronoun: Array<{ evidence: PronounEvidence; name: string | null }>;
  /** The rule that chose the speaker mention; null without a speaker. */
  rule: MentionRule | null;
}

/** A candidate quote as the acceptor saw it, in original offsets (for fitting the acceptor). */
export interface ObservedCandidate {
  kind: Candidate['kind'];
  start: number;
  end: number;
  features: Features;
  probability: number;
  /** Whether the acceptor's threshold applies to it (see isGated). */
  gated: boolean;
}

/** Internal switches for tools (scripts/fit-quotes.ts), never set by the public API. */
export interface PipelineHooks {
  /** Called with every candidate before acceptance. */
  observe?: (c: ObservedCandidate) => void;
  /** Keep every candidate, whatever the acceptor says. */
  acceptAll?: boolean;
  /** Receives each record's evidence, in record order (scripts/fit-speakers.ts). */
  trace?: RecordTrace[];
}

/** What the stages before quote finding know of a document (all offsets normalized). */
export interface Analysis {
  norm: NormalizedText;
  paired: ReturnType<typeof pairMarks>;
  ctx: FrameContext;
  /** Sentence index of every token (-1 for whitespace between sentences). */
  sentenceOf: Int32Array;
  /** Issues of normalization and mark pairing, in the space each was found in. */
  found: FoundIssue[];
}

/**
 * Stages 1-4 on the (already truncated) original text: normalize, pair quotation marks, tokens,
 * sentences and paragraphs, speaker mentions. With a `store`, tokens are reused objects (see
 * ./text/token); tests of later stages call this without one.
 */
export function analyze(original: string, store?: TokenStore): Analysis {
  // 1. normalize
  const norm = normalize(original);
  // 2. quotation marks (before sentences, so a quote is never cut in two)
  const paired = pairMarks(norm.text, paragraphRanges(norm.text), norm.hints);
  // Issues stay in the space they were found in until the records are built (step 7).
  const found: FoundIssue[] = [];
  // Lists are appended element by element: push(...list) makes every element an argument, and an
  // input with a few hundred thousand unbalanced marks overflowed the call stack (bench/adversarial.mjs).
  for (const i of norm.issues) found.push(i);
  for (const i of paired.issues) found.push(i);
  // 3. tokens, sentences, paragraphs
  const outer = paired.spans.filter((s) => !s.nested);
  // Quotation content is never searched for speakers or cues, so wink need not tag it.
  const tokens = tokenizeWithMarks(
    norm.text,
    outer.filter((s) => s.end > s.start).map((s) => [s.start, s.end] as const),
    outer.filter((s) => s.style === 'single' && s.closeLen === 1 && !s.unclosed && !s.continues).map((s) => s.close),
    store,
  );
  const seg = segment(tokens, outer.map((s) => [s.open, s.close + s.closeLen] as [number, number]));
  const blocked = byteArray(tokens.length);
  for (const s of outer) {
    if (tokens.length === 0) break;
    const [a, b] = tokenRange(tokens, s.open, Math.max(s.open + 1, s.close + s.closeLen));
    for (let k = a; k <= b; k++) if (tokens[k].start < s.close + Math.max(1, s.closeLen)) blocked[k] = 1;
  }
  const sentenceStart = byteArray(tokens.length);
  for (const s of seg.sentences) {
    let k = s.first;
    while (k <= s.last && (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SPACE')) k++;
    if (k < tokens.length) sentenceStart[k] = 1;
  }
  // 4. speaker mentions
  const chunks = findChunks(tokens, blocked, sentenceStart);
  return { norm, paired, ctx: { tokens, chunks, blocked, sentences: seg.sentences, cues: byteArray(tokens.length), blockedRuns: undefined, measures: undefined }, sentenceOf: seg.sentenceOf, found };
}

/**
 * Token objects reused from one document to the next (./text/token states the lifetime rule).
 * One per module instance, so per thread: a worker has its own; documents run one at a time.
 */
const tokenStore = new TokenStore();

/** Extract quotes from `input`; `hooks` are for the fitting scripts only. */
export function runPipeline(input: string, options: ResolvedOptions, hooks?: PipelineHooks): Result {
  const issues: Issue[] = [];
  let original = input;
  if (original.length > options.maxLength) {
    issues.push({ code: 'input-truncated', message: `input of ${input.length} characters was cut to ${options.maxLength}`, start: options.maxLength, end: input.length });
    original = original.slice(0, options.maxLength);
  }
  // 0. per-document scratch: typed arrays (./scratch) and token objects (tokenStore) are handed
  // out again from their start; nothing built from them outlives this call.
  startDocument();
  tokenStore.startDocument();
  // 1-4.
  const { norm, paired, ctx, sentenceOf, found } = analyze(original, tokenStore);
  const { tokens, chunks, blocked, sentences } = ctx;
  // 5. quotes: marked, then reported speech around them
  const usedCues = new Set<number>();
  const candidates: Candidate[] = classifyMarked(ctx, paired.spans, sentenceOf, usedCues);
  if (options.indirect) {
    const covered = byteArray(blocked.length);
    covered.set(blocked);
    for (const c of findReported(ctx, usedCues, covered)) candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start);
  // 5b. acceptance: the fitted model's probability that the candidate is a quote is its confidence.
  let kept = 0;
  for (const c of candidates) {
    // The fitting script reads the named features; their probability is the same sum, to the bit.
    const features = hooks?.observe ? candidateFeatures(ctx, c) : null;
    const { probability: p, gated } = features ? { probability: acceptProbability(features), gated: isGated(c, gatesOf(features)) } : acceptance(ctx, c);
    if (features) hooks?.observe?.({ kind: c.kind, ...norm.map.spanToOriginal(asNormalized(c.start), asNormalized(c.end)), features, probability: p, gated });
    if (gated && p < thresholdOf(c.kind) && !hooks?.acceptAll) continue;
    c.confidence = p;
    candidates[kept++] = c;
  }
  candidates.length = kept;
  // 6. speakers, in document order, with sentence subjects feeding pronoun salience
  // The resolver works in normalized offsets; it reads names and roles as the caller wrote them.
  // Asked for every name and role the registry reads: the offsets are mapped without a span object.
  // Names and roles are read as the caller wrote them, garbled encodings repaired ("PeÃ±a").
  const textOf = (a: NormalizedOffset, b: NormalizedOffset) => repairMojibake(original.slice(norm.map.toOriginal(a, 'start'), norm.map.toOriginal(b, 'end')));
  const resolver = new SpeakerResolver({ tokens, chunks, textOf });
  // Sentence subjects are read in step with the candidates, so none is sought after the last
  // one (the resolver only looks back) and a document without candidates seeks none.
  let si = 0;
  let subject: ReturnType<typeof sentenceSubject> = null;
  // The subject found is a chunk of the sentence (or a name in apposition inside it): a sentence
  // holding no person or organization chunk has none worth noting, and is not read.
  const named = candidates.length > 0 ? sentencesWithNames(chunks.chunks, sentenceOf, sentences.length) : null;
  /** The next sentence's person or organization subject not yet noted, or null past the last. */
  const nextSubject = () => {
    while (subject === null && si < sentences.length) {
      if (!named![si]) { si++; continue; }
      const c = sentenceSubject(ctx, sentences[si++], false);
      if (c !== null && (c.kind === 'person' || c.kind === 'organization')) subject = c;
    }
    return subject;
  };
  const attributed: Attributed[] = [];
  for (const q of candidates) {
    for (let c = nextSubject(); c !== null && tokens[c.first].start < q.start; c = nextSubject()) {
      resolver.noteSubject(c, tokens[c.first].start);
      subject = null;
    }
    attributed.push(attribute(resolver, q, hooks?.trace !== undefined));
  }
  // 7. records, in the caller's offsets
  for (const i of found) issues.push(norm.map.issueToOriginal(i));
  const quotes = buildQuotes(original, norm.map, tokens, attributed, options, issues, hooks?.trace);
  const entities = resolver.entities((m) => mentionToOriginal(original, norm.map, m));
  return { quotes, entities, issues };
}

/** Per sentence, 1 when a person or organization chunk covers one of its tokens. */
function sentencesWithNames(chunks: readonly Chunk[], sentenceOf: Int32Array, count: number): Uint8Array {
  const named = byteArray(count);
  for (const c of chunks) {
    if (c.kind !== 'person' && c.kind !== 'organization') continue;
    for (let k = c.first; k <= c.last; k++) if (sentenceOf[k] >= 0) named[sentenceOf[k]] = 1;
  }
  return named;
}

/** A candidate quote with the speaker the resolver gave it, read off the resolver when it was given. */
interface Attributed {
  candidate: Candidate;
  speaker: ReturnType<SpeakerResolver['resolve']>;
  /** The speaker's canonical name, its entity's kind and mention count then, and the named runners-up. */
  name: string | null;
  entityKind: ConfidenceInput['entityKind'];
  mentions: number;
  alternatives: Array<{ name: string | null; entity: string; share: number }> | undefined;
  /** When the runner-up came close: the chosen and the runner-up described for an `ambiguous-speaker` message. */
  ambiguity: { chosen: string; runnerUp: string } | null;
  /** The pronoun's candidates, kept only for the fitting script's trace. */
  pronoun: Array<{ evidence: PronounEvidence; name: string | null }>;
}

/**
 * Resolve one candidate and read what the records need off the resolver at once: entities grow
 * as the document goes on, and the confidence model was fitted on what they held at this point.
 */
function attribute(resolver: SpeakerResolver, q: Candidate, traced: boolean): Attributed {
  const sp = resolver.resolve(q);
  const alternatives = sp?.alternatives?.map((a) => ({ name: resolver.nameOf(a.entity), entity: a.entity.id, share: round3(a.share) }));
  const runnerUp = sp?.alternatives?.[0];
  let ambiguity: Attributed['ambiguity'] = null;
  if (sp && runnerUp && sp.share !== undefined && runnerUp.share >= AMBIGUOUS_RATIO * sp.share) {
    const who = (e: typeof sp.entity, share: number) => `${resolver.nameOf(e) ?? e.roles[0] ?? 'an unnamed source'} (${round3(share)})`;
    ambiguity = { chosen: who(sp.entity, sp.share), runnerUp: who(runnerUp.entity, runnerUp.share) };
  }
  return {
    candidate: q,
    speaker: sp,
    name: sp ? resolver.nameOf(sp.entity) : null,
    entityKind: sp ? sp.entity.kind : null,
    mentions: sp ? sp.entity.mentions.length : 0,
    alternatives,
    ambiguity,
    pronoun: traced ? resolver.lastPronoun.map((c) => ({ evidence: c.evidence, name: resolver.nameOf(c.item) })) : [],
  };
}

/** A speaker mention in the caller's offsets, with its text as the caller wrote it. */
function mentionToOriginal(original: string, map: OffsetMap, m: MentionSpan): Span {
  return spanToOriginal(original, map, m.start, m.end);
}

/** A normalized span in the caller's offsets, with its text as the caller wrote it. */
function spanToOriginal(original: string, map: OffsetMap, a: number, b: number): Span {
  const { start, end } = map.spanToOriginal(asNormalized(a), asNormalized(b));
  return { text: original.slice(start, end), start, end };
}

/**
 * The quote records: the one place where the offsets of quotes, cues and speaker mentions
 * (normalized, like every candidate's and token's) become offsets in the caller's string, and
 * their texts are sliced from it (entities' mentions go through the same `mentionToOriginal`). Unattributed quotes add an issue; quotes below `minConfidence` are left out.
 */
function buildQuotes(original: string, map: OffsetMap, tokens: Token[], attributed: Attributed[], options: ResolvedOptions, issues: Issue[], trace?: RecordTrace[]): Quote[] {
  const quotes: Quote[] = [];
  for (const { candidate: q, speaker: sp, name, entityKind, mentions, alternatives, ambiguity, pronoun } of attributed) {
    const { start, end } = map.spanToOriginal(asNormalized(q.start), asNormalized(q.end));
    const mention = sp ? mentionToOriginal(original, map, sp.mention) : null;
    const scanned = scanQuote(original, start, end);
    if (!sp && q.kind !== 'indirect') issues.push({ code: 'unattributed-quote', message: 'no speaker found for this quotation', start, end });
    const evidence: ConfidenceInput = {
      kind: q.kind,
      spanPrior: q.confidence,
      framed: q.frame !== null,
      cueSay: q.frame?.lemma === 'say',
      inverted: q.frame?.inverted ?? false,
      words: scanned.words,
      via: sp ? sp.via : null,
      entityKind,
      nameWords: name === null ? 0 : wordsIn(name, 0, name.length),
      mentions,
      distance: mention ? gap(mention, { start, end }) : 0,
      runnerUp: sp?.alternatives?.[0]?.share ?? 0,
    };
    const confidence = confidenceOf(evidence);
    if (confidence < options.minConfidence) continue;
    if (ambiguity && mention) issues.push({ code: 'ambiguous-speaker', message: `"${mention.text}" may be ${ambiguity.chosen} or ${ambiguity.runnerUp}`, start, end });
    trace?.push({ confidence: evidence, pronoun, rule: sp?.rule ?? null });
    const cue = q.frame ? map.spanToOriginal(tokens[q.frame.cue].start, tokens[q.frame.cueLast].end) : null;
    quotes.push({
      id: `q${quotes.length + 1}`,
      text: scanned.plain ? original.slice(start, end) : quoteText(original.slice(start, end)),
      start,
      end,
      kind: q.kind,
      ...(q.fragments ? { fragments: q.fragments.map(([a, b]) => spanToOriginal(original, map, a, b)) } : {}),
      speaker: sp && mention ? { name, entity: sp.entity.id, mention, via: sp.via, ...(alternatives ? { alternatives } : {}) } : null,
      cue: q.frame && cue ? { text: original.slice(cue.start, cue.end), lemma: q.frame.lemma, start: cue.start, end: cue.end } : null,
      confidence,
      sentence: q.sentence,
      paragraph: q.paragraph,
    });
  }
  return quotes;
}
