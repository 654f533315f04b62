// Reporting frames: find cue verbs and the speaker chunk each one attaches to, without a parser.
import { APPOSITION_OPENERS, CLAUSE_OPENERS, FRAME_FILLERS, NO_INVERSION_VERBS, OF_PRONOUNS, PARTICIPLE_SUBJECT_LINKS, PARTICIPLE_SUBJECT_OPENERS, LONE_QUANTIFIERS, NUMBER_MODIFIERS, LOCATIVE_PREPOSITIONS, PARTICIPLE_CLAUSE_BREAKS, POSSESSIVE_PRONOUNS, SUBJECT_PHRASE_PREPOSITIONS, SUBORDINATE_OPENERS, TIME_PHRASE_EXTRA, TIME_RELATIONS, TIME_UNITS, VERB_JOINERS } from '../lang/cues';
import { CONTENT_SUBORDINATORS, PARTICIPLE_OR_ING_ENDING, POSSESSIVE_CLITICS } from '../lang/speakers';
import { CUE_VERBS, type CueFrame, NAME_PARTICLES, PARTY_LABELS } from '../lang/en';
import { isFirstName } from '../lang/names';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import type { Sentence } from '../sentences/segment';
import { beforeTimePhrase, cueLemma, isCue, nextWord, prevWord } from '../text/cues';
import type { Token } from '../text/tokenize';
import { inClass, WordClass } from '../text/word-class';
import { byteArray, intArray } from '../scratch';

export interface Frame {
  /** Cue token (the reporting verb, or "according" of "according to"). */
  cue: number;
  /** Last token of the cue ("according to" → the "to"). */
  cueLast: number;
  lemma: string;
  subject: Chunk | null;
  /** The subject came through an apposition ("Lena Park, a spokeswoman for the ministry, said"). */
  apposition: [number, number] | null;
  /** The frame comes after its content ("…, Peskov said") or inverted ("said Peskov"). */
  inverted: boolean;
  /**
   * The verb's own subject is a noun phrase no chunk covers ("…, although history says"): the
   * resolver reads the speaker off that slot, not `subject` (kept as the sentence's subject, the
   * evidence the span acceptor was fitted on).
   */
  bareSubject?: boolean;
  /**
   * The frame or its content was found by a rule of src/quotes/reported.ts whose candidates are
   * in doubt whoever the subject is, and the acceptor weighs them (accept.ts): a closing frame
   * whose subject is a noun phrase no chunk heads ("…, a source close to him said", "…, said
   * several observers"), a survey, record or study reporting with its content right after the
   * verb ("The April survey found Ruiz leading"), a verb of naming with an object and a predicate
   * ("called him a liar"), a clause as a topic ("spoke about how …"), a condition before a
   * main clause ("said if he were elected, …") and a prepositional phrase before one ("says
   * despite her doubts, she will stay").
   */
  rule?: FrameRule;
  /** The subject phrase a fallback rule found (first and last token), the resolver's subject slot. */
  slot?: [number, number];
}

/** Fallback frame rules (see `Frame.rule`). */
export type FrameRule = 'closing-phrase' | 'record-source' | 'call-predicate' | 'topic-clause' | 'conditional' | 'opening-phrase' | 'interrupted-tail';

/**
 * A frame with every field present, always in this order (the optional ones undefined when not
 * given). Frames are read by nearly every stage after quote finding; built as literals with
 * different sets of fields, or as spread copies, they had over four hidden classes in V8 and every
 * read of their fields went through its megamorphic lookup.
 */
export function makeFrame(cue: number, cueLast: number, lemma: string, subject: Chunk | null, apposition: [number, number] | null, inverted: boolean, bareSubject?: boolean, rule?: FrameRule, slot?: [number, number]): Frame {
  // Every key required: a field added to Frame fails to compile here until it is given a place.
  const frame: { [K in keyof Required<Frame>]: Frame[K] } = { cue, cueLast, lemma, subject, apposition, inverted, bareSubject, rule, slot };
  return frame;
}

/** `frame` with `changes` made, as a new frame of the one shape (see makeFrame). */
export function frameWith(frame: Frame, changes: Partial<Frame>): Frame {
  // Every key of `changes` is already a field of the copy, so assigning them keeps its shape.
  return Object.assign(makeFrame(frame.cue, frame.cueLast, frame.lemma, frame.subject, frame.apposition, frame.inverted, frame.bareSubject, frame.rule, frame.slot), changes);
}

export interface FrameContext {
  tokens: Token[];
  chunks: ChunkIndex;
  blocked: Uint8Array;
  sentences: Sentence[];
  /**
   * Per token, whether it is a reporting verb (`isCue`): 0 not yet asked, 1 yes, 2 no. The same
   * tokens are asked by the marked-quote stage, the reported-speech scans and the acceptor, some
   * of them several times; the answer depends on the tokens alone, fixed once they are tagged.
   * Made on first use when the context is built without it.
   */
  cues?: Uint8Array;
  /**
   * Made on first use for the document, kept on the context rather than in a WeakMap keyed by it
   * (asked per cue or per candidate, a WeakMap lookup each time, and its entries cost the
   * collector): the last token of each run of marked tokens (`blockedRunEnd`), and the
   * acceptor's per-document measures (accept.ts).
   */
  blockedRuns?: Int32Array;
  /** The acceptor's, of its own type (accept.ts imports this module, not the other way round). */
  measures?: object;
}

/** Is token k a reporting verb (`isCue`)? Asked once per token and document (see FrameContext.cues). */
export function cueAt(ctx: FrameContext, k: number): boolean {
  const memo = ctx.cues ??= byteArray(ctx.tokens.length);
  const known = memo[k];
  if (known !== 0) return known === 1;
  const cue = isCue(ctx.tokens, k);
  memo[k] = cue ? 1 : 2;
  return cue;
}

/** The frames of a word that is no reporting verb: one shared set, as this is asked of every noun. */
const NO_FRAMES: ReadonlySet<CueFrame> = new Set();

export function framesOf(lemma: string): ReadonlySet<CueFrame> {
  return CUE_VERBS.get(lemma) ?? NO_FRAMES;
}

/** The token index of the matching opening comma/dash/bracket for an apposition, or -1. */
function appositionStart(ctx: FrameContext, close: number, floor: number): number {
  const { tokens } = ctx;
  const closer = tokens[close].text;
  const want = closer === ')' ? '(' : closer;
  for (let k = close - 1; k >= floor && k >= close - 30; k--) {
    const t = tokens[k];
    if (t.text === want || (want === ',' && (t.text === '\u2014' || t.text === '--'))) return k;
    if (t.text === '.' || t.text === ';' || t.newline) return -1;
  }
  return -1;
}

/** Words a marked title or fragment inside an apposition holds, at most. */
const MARKED_IN_APPOSITION_TOKENS = 12;

/**
 * The comma opening an apposition that a short marked fragment closes, the apposition's own comma
 * inside the closing mark ("Joe Roe, host of the paper's “Morning Call,” said"); -1 when the
 * marked run ending at `k` is longer, holds no such comma, or the stretch is no apposition.
 */
function markedAppositionStart(ctx: FrameContext, k: number, floor: number): number {
  const { tokens } = ctx;
  let r = k;
  while (r > floor && ctx.blocked[r - 1]) if (k - --r > MARKED_IN_APPOSITION_TOKENS) return -1;
  let comma = k;
  while (comma > r && (tokens[comma].pos === 'SPACE' || isClosingMark(tokens[comma].text))) comma--;
  if (tokens[comma].text !== ',' || comma === r) return -1;
  const open = appositionStart(ctx, comma, floor);
  if (open < 0 || open >= r) return -1;
  // The stretch is a noun phrase set off after a name ("host of …", "author of …"), no clause.
  for (let j = open + 1; j < r; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return -1;
  const before = prevWord(tokens, open, floor);
  const c = before >= 0 ? ctx.chunks.chunkAt[before] : -1;
  return c >= 0 && ctx.chunks.chunks[c].kind === 'person' ? open : -1;
}

/** Closing quotation marks of every style the pairing step accepts. */
function isClosingMark(text: string): boolean {
  return text === '"' || text === '\u201d' || text === "'" || text === '\u2019' || text === '\u00bb' || text === "''";
}

/** Does the stretch (a, b) look like an apposition or relative clause, not a clause of its own? */
function isAppositive(ctx: FrameContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  let k = a + 1;
  while (k < b && tokens[k].pos === 'SPACE') k++;
  if (k >= b) return false;
  const w = tokens[k].lower;
  if (APPOSITION_OPENERS.has(w)) return true;
  if (tokens[k].pos === 'NUM') return true; // "John Smith, 54, said"
  // A party label: "Ann Roe, Republican of Ohio, said", "Ann Roe, R-Ohio, said".
  if (tokens[k].cap && PARTY_LABELS.has(w) || /^[RDI]$/.test(tokens[k].text) && tokens[k + 1]?.text === '-') return true;
  // A lower-case title before a name: "The jury's president, chief commissaire Kwabena …, said".
  if (ctx.chunks.chunkAt[k] < 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' && !tokens[k].cap)) {
    for (let j = k + 1; j < b && j <= k + 3; j++) {
      const c = ctx.chunks.chunkAt[j];
      // …or before a role of its own: "Gus Ando, research director for Tamberlane, said".
      if (c >= 0) return (ctx.chunks.chunks[c].kind === 'person' || ctx.chunks.chunks[c].kind === 'descriptor') && ctx.chunks.chunks[c].first === j;
      if (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'ADJ') return false;
    }
  }
  return ctx.chunks.chunkAt[k] >= 0 && ctx.chunks.chunks[ctx.chunks.chunkAt[k]].kind !== 'pronoun';
}

/**
 * When the chunk found sits at the end of an apposition ("X, frontman of the band Y"), the
 * person before that apposition's comma is the subject.
 */
function outerApposition(ctx: FrameContext, chunk: Chunk, floor: number): { chunk: Chunk; apposition: [number, number] } | null {
  const { tokens, chunks } = ctx;
  for (let k = chunk.first - 1; k >= floor && k >= chunk.first - 12; k--) {
    const t = tokens[k];
    // A full stop inside an abbreviation ("R-S.C.") ends nothing.
    const inWord = t.text === '.' && k > 0 && tokens[k - 1].end === t.start && tokens[k + 1]?.start === t.end;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.' && !inWord || t.newline) return null;
    if (t.text !== ',') continue;
    const p = prevWord(tokens, k, floor);
    const c = p >= 0 ? chunks.chunkAt[p] : -1;
    // A role or body may open the apposition itself ("Tobin Reyes, chief executive of Vantor, a
    // Denver company, said"); a name right after a name and a comma is the nearer person's own.
    const end = chunk.kind === 'person' ? chunk.first : chunk.last + 1;
    if (c < 0 || chunks.chunks[c].kind !== 'person' || !isAppositive(ctx, k, end)) return null;
    return { chunk: chunks.chunks[c], apposition: [k + 1, chunk.last] };
  }
  return null;
}

/** Words of an apposition whose closing comma is missing, at most. */
const UNCLOSED_APPOSITION_TOKENS = 12;

/**
 * "Ana Ortiz, a spokeswoman for the Harbor Guild said", "Ana Ortiz, who is chair of Our Values
 * Fund said": an apposition whose closing comma the writer left out ends on a role or a body; the
 * person named before its comma, opening the clause, is the subject, and the stretch is the
 * apposition. Null when the found chunk is a person (someone the apposition names) or the stretch
 * holds a clause of its own.
 */
function unclosedApposition(ctx: FrameContext, chunk: Chunk, cue: number, floor: number): { chunk: Chunk; apposition: [number, number] } | null {
  const { tokens, chunks } = ctx;
  if (chunk.kind === 'person' || chunk.kind === 'pronoun') return null;
  let comma = -1;
  for (let k = chunk.first - 1; k >= floor && k >= chunk.first - UNCLOSED_APPOSITION_TOKENS; k--) {
    const t = tokens[k];
    if (t.pos === 'SPACE') continue;
    if (ctx.blocked[k] || t.newline || CLAUSE_END_PUNCTUATION.has(t.text) || chunks.chunkAt[k] >= 0 && chunks.chunks[chunks.chunkAt[k]].kind === 'person') return null;
    if (t.text === ',') { comma = k; break; }
  }
  if (comma < 0) return null;
  // The role's complement ("for the Harbor Guild", "of Our Values Fund") shows the stretch is a
  // description; a bare group there is a parenthetical frame of its own ("Roe, officials said, …").
  let complement = false;
  for (let k = comma + 1; k < cue && !complement; k++) complement = tokens[k].pos === 'ADP';
  if (!complement) return null;
  const first = nextWord(tokens, comma, chunk.first);
  const opener = tokens[first];
  if (!(APPOSITION_OPENERS.has(opener.lower) || !opener.cap && (opener.pos === 'NOUN' || opener.pos === 'ADJ'))) return null;
  const before = prevWord(tokens, comma, floor);
  const c = before >= 0 ? chunks.chunkAt[before] : -1;
  if (c < 0 || chunks.chunks[c].kind !== 'person' || chunks.chunks[c].nameFirst < 0 || chunks.chunks[c].last !== before) return null;
  // The person opens the clause: the sentence's start, or a comma after a quotation.
  const p = prevWord(tokens, chunks.chunks[c].first, floor);
  const opens = p < 0 || ctx.blocked[p] || tokens[p].text === ',' && p > floor && ctx.blocked[prevWord(tokens, p, floor)];
  return opens ? { chunk: chunks.chunks[c], apposition: [comma + 1, chunk.last] } : null;
}

/** Punctuation that ends a clause: an apposition runs over none. */
const CLAUSE_END_PUNCTUATION: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')', '\u2014']);

/**
 * "Professor Liv Ødegård-Baum of the University of Ostberg, who …, said": the organization is
 * inside a prepositional phrase; the subject is the person or descriptor it hangs on.
 */
function headOfPrepositionalPhrase(ctx: Pick<FrameContext, 'tokens' | 'chunks'>, chunk: Chunk, floor: number): Chunk {
  if (chunk.kind === 'pronoun') return chunk;
  // The object may be coordinated names: "a spokesman for Brindle & Vane".
  let first = chunk.first;
  for (;;) {
    const conj = prevWord(ctx.tokens, first, floor);
    if (conj < 0 || (ctx.tokens[conj].text !== '&' && ctx.tokens[conj].lower !== 'and')) break;
    const before = prevWord(ctx.tokens, conj, floor);
    const c = before >= 0 ? ctx.chunks.chunkAt[before] : -1;
    if (c < 0 || ctx.chunks.chunks[c].kind === 'pronoun') break;
    first = ctx.chunks.chunks[c].first;
  }
  const { tokens } = ctx;
  let p = prevWord(tokens, first, floor);
  // A place's article, or a name's the chunker left out, stays outside the chunk: "a lawmaker in
  // the Philippines", "speaking to the Dover Courier".
  if (p >= 0 && tokens[p].lower === 'the') p = prevWord(tokens, p, floor);
  if (p < 0 || tokens[p].pos !== 'ADP') return chunk;
  // A lone unknown capitalized word after "in", "at" or "from" is a place we do not list
  // ("a diplomat in Lakehaven"), not a person.
  const place = chunk.kind === 'person' && chunk.first === chunk.last && LOCATIVE_PREPOSITIONS.has(tokens[p].lower) && !isFirstName(tokens[chunk.first].lower);
  // The phrase the object hangs on, through a chain of plain prepositional phrases: "A welder
  // [with 19 years] [at Kestrel Quay]".
  let head = -1;
  for (let level = 0; level < 3 && head < 0; level++) {
    let q = prevWord(tokens, p, floor);
    while (q >= 0 && ctx.chunks.chunkAt[q] < 0 && (tokens[q].pos === 'NOUN' || tokens[q].pos === 'NUM' || tokens[q].pos === 'ADJ' || tokens[q].pos === 'DET')) q = prevWord(tokens, q, floor);
    if (q < 0) break;
    if (ctx.chunks.chunkAt[q] >= 0) head = ctx.chunks.chunkAt[q];
    else if (tokens[q].pos === 'ADP') p = q;
    else if (tokens[q].pos === 'VERB' && PARTICIPLE_OR_ING_ENDING.test(tokens[q].lower)) {
      // A participle modifying the phrase's head: "Another source speaking to Fox News said",
      // "polls taken in Ohio found".
      const r = prevWord(tokens, q, floor);
      if (r >= 0 && ctx.chunks.chunkAt[r] >= 0 && ctx.chunks.chunks[ctx.chunks.chunkAt[r]].kind !== 'pronoun') head = ctx.chunks.chunkAt[r];
      break;
    } else break;
  }
  if (head < 0) return chunk;
  // "A Western diplomat in Lakehaven", "a spokesman for the port authority", "a member of the
  // governing coalition", "a spokesman for John Smith": the speaker is the unnamed person, not
  // the place, organization or person it is described by (ANNOTATION.md: an unnamed source keeps
  // its descriptor). "The organisers of the Black Mountains Festival" stand for the festival.
  const h = ctx.chunks.chunks[head];
  const unnamed = (h.kind === 'descriptor' || h.kind === 'group') && !h.definite;
  // "Joel Pollak of Breitbart California said": a person named with a first name, then a name
  // that opens with none (a body the chunker read as a person), is the speaker the phrase describes.
  if (chunk.kind === 'person' && h.kind === 'person' && h.nameFirst >= 0 && isFirstName(tokens[h.nameFirst].lower) && chunk.nameFirst >= 0 && !isFirstName(tokens[chunk.nameFirst].lower) && !isInitialToken(tokens[chunk.nameFirst])) return h;
  if (chunk.kind === 'person' && first === chunk.first && !place) return unnamed ? h : chunk;
  // "The senator from Vermont said": a place only says where the role's holder comes from.
  const fromPlace = (place || chunk.kind === 'place') && (h.kind === 'descriptor' || h.kind === 'group') && !h.thing;
  return h.kind === 'person' || unnamed || fromPlace ? h : chunk;
}

/** Tokens a relative clause set off before a verb holds, at most. */
const RELATIVE_CLAUSE_TOKENS = 60;

/**
 * The antecedent of a relative clause ", who …" or ", which …" that the comma at `comma` closes,
 * when a chunk other than a pronoun stands right before its opening comma; null when a clause
 * break or quoted words come first.
 */
function relativeClauseBefore(ctx: FrameContext, comma: number, floor: number): { chunk: Chunk; apposition: [number, number] } | null {
  const { tokens, chunks } = ctx;
  for (let k = comma - 1; k >= floor && k >= comma - RELATIVE_CLAUSE_TOKENS; k--) {
    const t = tokens[k];
    if (ctx.blocked[k] || t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (t.lower !== 'who' && t.lower !== 'which') continue;
    const open = prevWord(tokens, k, floor);
    if (open < 0 || tokens[open].text !== ',') return null;
    const before = prevWord(tokens, open, floor);
    const c = before >= 0 ? chunks.chunkAt[before] : -1;
    if (c < 0 || chunks.chunks[c].kind === 'pronoun') return null;
    return { chunk: chunks.chunks[c], apposition: [k, comma - 1] };
  }
  return null;
}

/** A capital and a full stop: an initial ("J."), which opens names the first-name table never lists. */
const isInitialToken = (t: Token) => /^[A-Z]\.$/.test(t.text);

/**
 * Who a relative pronoun (`pronoun`, lower case) after `chunk` stands for. "Who" stands for a
 * person, so a place or a body that ends prepositional phrases on one is climbed over ("an
 * economics professor [at the University of California] [at Berkeley] who …" is the professor);
 * an unnamed descriptor in apposition to a name stands for that name ("Mateus Brandão, an
 * independent security researcher, who wrote …"), given with the descriptor as its apposition.
 */
export function relativeAntecedent(ctx: Pick<FrameContext, 'tokens' | 'chunks'>, chunk: Chunk, pronoun: string, floor: number): { chunk: Chunk; apposition: [number, number] | null } {
  const { tokens, chunks } = ctx;
  const antecedent = pronoun === 'who' ? personBeforePhrases(ctx, chunk, floor) : chunk;
  // A descriptor reached over phrases may be definite: "Matt Duss, the president of the
  // foundation, who …".
  if (antecedent.kind === 'descriptor' && (!antecedent.definite || antecedent !== chunk)) {
    const comma = prevWord(tokens, antecedent.first, floor);
    const name = comma >= 0 && tokens[comma].text === ',' ? prevWord(tokens, comma, floor) : -1;
    const cn = name >= 0 ? chunks.chunkAt[name] : -1;
    if (cn >= 0 && chunks.chunks[cn].kind === 'person') return { chunk: chunks.chunks[cn], apposition: [antecedent.first, antecedent.last] };
  }
  return { chunk: antecedent, apposition: null };
}

/** The person a chunk after prepositional phrases stands in for, for "who" (see relativeAntecedent). */
function personBeforePhrases(ctx: Pick<FrameContext, 'tokens' | 'chunks'>, chunk: Chunk, floor: number): Chunk {
  const { tokens, chunks } = ctx;
  // A lone capitalized word after "in", "at" or "from" may be a place we do not list ("at Berkeley").
  const placeLike = (c: Chunk) => c.kind === 'place' || c.kind === 'organization'
    || c.kind === 'person' && c.first === c.last && LOCATIVE_PREPOSITIONS.has(tokens[prevWord(tokens, c.first, floor)]?.lower ?? '') && !isFirstName(tokens[c.first].lower);
  let c = chunk;
  for (let n = 0; n < 3 && placeLike(c); n++) {
    const p = prevWord(tokens, c.first, floor);
    if (p < 0 || tokens[p].pos !== 'ADP') break;
    let q = prevWord(tokens, p, floor);
    while (q >= 0 && chunks.chunkAt[q] < 0 && PHRASE_OBJECT_POS.has(tokens[q].pos)) q = prevWord(tokens, q, floor);
    if (q < 0 || chunks.chunkAt[q] < 0) break;
    c = chunks.chunks[chunks.chunkAt[q]];
  }
  return placeLike(c) ? chunk : c;
}

/**
 * The "who" opening a relative clause (without commas) that holds a verb and ends with chunk
 * `c`: "officials [who spoke with the Courier] said". Its index, or -1.
 */
function relativeOpener(ctx: FrameContext, c: Chunk, floor: number): number {
  const { tokens, chunks } = ctx;
  let verb = false;
  for (let k = prevWord(tokens, c.first, floor), n = 0; k >= 0 && n < RELATIVE_BODY_WORDS; k = prevWord(tokens, k, floor), n++) {
    const t = tokens[k];
    if (ctx.blocked[k]) return -1;
    // Other names joined to the object are in the clause too: "who would rather work for Cruz or
    // Rubio or Ben Carson said" (a chunk with no verb after it is the subject's own start).
    if (chunks.chunkAt[k] >= 0) {
      const other = chunks.chunks[chunks.chunkAt[k]];
      const joiner = tokens[nextWord(tokens, other.last, c.first)];
      if (other.kind === 'pronoun' || !joiner || joiner.pos !== 'CCONJ' && joiner.text !== ',') return -1;
      k = other.first;
      continue;
    }
    if (t.pos === 'CCONJ') continue;
    // Not a relative clause set off by a comma (an apposition, read as one) nor one a
    // subordinator inside it opens a clause of its own ("who won when he yelled").
    if (t.lower === 'who') return verb && tokens[prevWord(tokens, k, floor)]?.text !== ',' ? k : -1;
    if (CLAUSE_OPENERS.has(t.lower) || SUBORDINATE_OPENERS.has(t.lower)) return -1;
    if (t.pos === 'VERB') verb = true;
    else if (!RELATIVE_BODY_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** Words between "who" and the chunk after it, at most (a chunk counts one). */
const RELATIVE_BODY_WORDS = 20;

/** Tags a relative clause between "who" and its object holds besides its verb. */
const RELATIVE_BODY_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'ADV', 'AUX', 'PART', 'NUM']);

/**
 * A place right after "in", "at" or "from" inside a parenthetical that a comma opens after its
 * subject ("Roe, during a town hall in Dover, …", "Roe, speaking at a rally in Dover, …"): the
 * opening comma's index, or -1. The parenthetical holds only a preposition or a participle and
 * the plain words of its phrases; a person named in it, a finite verb or a sentence end is no
 * parenthetical of this kind.
 */
function placeParenthetical(ctx: FrameContext, place: Chunk, floor: number): number {
  const { tokens, chunks } = ctx;
  const prep = prevWord(tokens, place.first, floor);
  if (prep < 0 || !LOCATIVE_PREPOSITIONS.has(tokens[prep].lower) || place.kind === 'pronoun') return -1;
  for (let k = prevWord(tokens, prep, floor); k >= 0 && k >= prep - 15; k = prevWord(tokens, k, floor)) {
    const t = tokens[k];
    if (ctx.blocked[k]) return -1;
    if (t.text === ',' || t.text === '\u2014') {
      const opener = nextWord(tokens, k, prep + 1);
      const o = opener >= 0 ? tokens[opener] : null;
      if (!o || !(o.pos === 'ADP' || o.pos === 'VERB' && o.lower.endsWith('ing'))) return -1;
      const before = prevWord(tokens, k, floor);
      return before >= 0 && chunks.chunkAt[before] >= 0 ? k : -1;
    }
    const c = chunks.chunkAt[k];
    if (c >= 0 ? chunks.chunks[c].kind === 'person' : !PARENTHETICAL_POS.has(t.pos) && !(t.pos === 'VERB' && t.lower.endsWith('ing'))) return -1;
  }
  return -1;
}

/** Tags a prepositional parenthetical holds besides its participle ("during a town hall meeting in"). */
const PARENTHETICAL_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'CCONJ']);

/**
 * The chunk that is the subject of the verb at `cue`, scanning left over adverbs, auxiliaries,
 * time expressions, appositions and relative clauses; null when a clause boundary comes first.
 */
export function subjectLeft(ctx: FrameContext, cue: number, floor: number): { chunk: Chunk; apposition: [number, number] | null } | null {
  const { tokens, chunks } = ctx;
  let apposition: [number, number] | null = null;
  let k = cue - 1;
  while (k >= floor) {
    const t = tokens[k];
    if (t.pos === 'SPACE') { k--; continue; }
    if (ctx.blocked[k]) {
      // "Joe Roe, host of the paper's “Morning Call,” suggested": a short marked title closing an
      // apposition, its comma inside the marks, is passed over with the apposition.
      const open = markedAppositionStart(ctx, k, floor);
      if (open < 0) return null;
      apposition = [open + 1, k];
      k = open - 1;
      continue;
    }
    const c = chunks.chunkAt[k];
    if (c >= 0) {
      // "A draft statement seen by Nordic Wire, …, described": the agent of a participle is not
      // the subject, and the real head ("statement") is nobody.
      const by = prevWord(tokens, chunks.chunks[c].first, floor);
      if (by >= 0 && tokens[by].lower === 'by' && by > floor && tokens[prevWord(tokens, by, floor)]?.pos === 'VERB') return null;
      // "Officials who spoke with the Courier said": a chunk inside a relative clause before the
      // verb is no subject; the antecedent of "who" is, when a chunk holds it.
      const who = apposition || chunks.chunks[c].kind === 'pronoun' ? -1 : relativeOpener(ctx, chunks.chunks[c], floor);
      if (who >= 0) {
        const a = prevWord(tokens, who, floor);
        const ca = a >= 0 ? chunks.chunkAt[a] : -1;
        return ca >= 0 && chunks.chunks[ca].kind !== 'pronoun' && !ctx.blocked[a] ? { chunk: chunks.chunks[ca], apposition: null } : null;
      }
      // "Roe, speaking at a rally in Dover, Del., said": the commas set off a place's state, not
      // an apposition of the subject; the whole prepositional parenthetical is passed over.
      const around: number = apposition ? placeParenthetical(ctx, chunks.chunks[c], floor) : -1;
      if (around >= 0) {
        apposition = [around + 1, apposition![1]];
        k = around - 1;
        continue;
      }
      const chunk = headOfPrepositionalPhrase(ctx, chunks.chunks[c], floor);
      // Nested apposition: "Dafydd ap Iorwerth, frontman of the band Cŵn Gwyllt, which …, argued".
      const outer = apposition ? outerApposition(ctx, chunk, floor) : unclosedApposition(ctx, chunk, cue, floor);
      return outer ?? { chunk, apposition };
    }
    // Adverbs, auxiliaries, times, years, and an age between commas ("Nadia Flores, 29, a nurse, said").
    if (FRAME_FILLERS.has(t.lower) || t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'NUM' && (/^\d{4}$/.test(t.text) || tokens[k + 1]?.text === ',')) {
      // An age opens with its own comma: "Ane Arrizabalaga, 26, who …, wrote".
      const p = t.pos === 'NUM' ? prevWord(tokens, k, floor) : -1;
      k = p >= 0 && tokens[p].text === ',' && p > floor && chunks.chunkAt[prevWord(tokens, p, floor)] >= 0 ? p - 1 : k - 1;
      continue;
    }
    // The rest of a time phrase before the verb, passed over whole: "Roe during a visit on
    // Sunday thanked", "Party leaders earlier in the day said".
    if (TIME_PHRASE_EXTRA.has(t.lower)) {
      k = beforeTimePhrase(tokens, chunks.chunkAt, k, floor);
      continue;
    }
    // A relative clause: "… Dmytro Kuleba, who said …" — the speaker is the antecedent of "who".
    if (t.lower === 'who' || t.lower === 'which') {
      let j = k - 1;
      while (j >= floor && (tokens[j].pos === 'SPACE' || tokens[j].text === ',')) j--;
      // "says to Santilli on camera, who responds": "who" stands for a person, never for the
      // plain noun of a phrase after the person's name.
      // Only after a comma: "women who said" is the women.
      if (t.lower === 'who' && j >= floor && j < k - 1 && tokens[prevWord(tokens, k, floor)]?.text === ',' && chunks.chunkAt[j] < 0) j = personBeforePhrase(ctx, j, floor);
      const cj = j >= floor ? chunks.chunkAt[j] : -1;
      if (cj < 0 || chunks.chunks[cj].kind === 'pronoun') return null;
      const ante = relativeAntecedent(ctx, chunks.chunks[cj], t.lower, floor);
      return ante.apposition ? ante : { chunk: ante.chunk, apposition };
    }
    // "he was quoted as saying"
    if (t.lower === 'as' && k - 1 >= floor && tokens[k - 1].lower === 'quoted') { k -= 2; continue; }
    // "a spokesman for the port said": a noun the chunker left out ends a prepositional phrase
    // on the subject; the subject is the chunk the phrase hangs on.
    // An apposition passed over before it stays with that chunk ("One of the authors of the report,
    // Tom Veld, said").
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const head = phraseHead(ctx, k, floor) ?? modifiedNoun(ctx, k, floor);
      return head && apposition && !head.apposition ? { chunk: head.chunk, apposition } : head;
    }
    // "on Russian state television", "in a statement" before the verb: "X, in a statement, said".
    if (t.text === ',' || t.text === ')' || t.text === '\u2014') {
      const open = appositionStart(ctx, k, floor);
      if (open >= 0 && isAppositive(ctx, open, k)) {
        apposition = [open + 1, k - 1];
        k = open - 1;
        continue;
      }
      // "Ann Roe, who was to travel to Columbus, Ohio, on Wednesday, said": a relative clause
      // holding commas of its own, set off before the verb, hangs on the subject.
      return t.text === ',' ? relativeClauseBefore(ctx, k, floor) : null;
    }
    return null;
  }
  return null;
}

/**
 * The word before the verb at `cue` (past adverbs, auxiliaries and time words) is a noun no chunk
 * covers, heading a noun phrase that opens its clause (the sentence's start, a comma or a
 * clause opener before it): the head of the verb's own subject. A phrase after a preposition
 * ("bundlers in both parties said") or joined to a name ("Roe and others said") is not.
 */
function bareNounBefore(ctx: FrameContext, cue: number, floor: number): boolean {
  const { tokens, chunks } = ctx;
  let k = prevWord(tokens, cue, floor);
  while (k >= 0 && !ctx.blocked[k] && (FRAME_FILLERS.has(tokens[k].lower) || tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k = prevWord(tokens, k, floor);
  if (k < 0 || ctx.blocked[k] || chunks.chunkAt[k] >= 0 || tokens[k].pos !== 'NOUN') return false;
  let first = k;
  for (let p = prevWord(tokens, k, floor); p >= 0 && !ctx.blocked[p] && chunks.chunkAt[p] < 0 && PHRASE_OBJECT_POS.has(tokens[p].pos); p = prevWord(tokens, p, floor)) first = p;
  const before = prevWord(tokens, first, floor);
  if (before < 0) return true;
  const b = tokens[before];
  return !ctx.blocked[before] && (b.text === ',' || b.text === ';' || b.text === ':' || b.text === '-' || b.text === '\u2014' || CLAUSE_OPENERS.has(b.lower));
}

/**
 * "…, which an FBI investigation said …", "so many that Border Patrol agents described …": in a
 * clause "which" or "that" opens, a lower-case noun or two after a name (an article may open the
 * phrase) are a phrase the name modifies, the clause's subject; the name's
 * chunk stands for the phrase (the resolver makes it an unnamed source, ownedBodyBeforeCue).
 * Elsewhere the sentence's own subject search decides ("the Trump campaign has denied …").
 */
function modifiedNoun(ctx: FrameContext, k: number, floor: number): { chunk: Chunk; apposition: null } | null {
  const { tokens, chunks } = ctx;
  let p = k;
  for (let n = 0; n < 2 && p >= floor && chunks.chunkAt[p] < 0 && tokens[p].pos === 'NOUN' && !tokens[p].cap; n++) p = prevWord(tokens, p, floor);
  if (p === k || p < floor || chunks.chunkAt[p] < 0) return null;
  const c = chunks.chunks[chunks.chunkAt[p]];
  if (c.last !== p || (c.kind !== 'organization' && c.kind !== 'person')) return null;
  // An article may open the phrase: "which an FBI investigation said", "that Border Patrol agents described".
  const opening = tokens[c.first].lower === 'the' ? c.first : prevWord(tokens, c.first, floor);
  const article = opening >= 0 && inClass(tokens[opening], WordClass.NOUN_DETERMINER) ? opening : -1;
  const which = article >= 0 ? prevWord(tokens, article, floor) : opening;
  if (which < 0 || tokens[which].lower !== 'which' && tokens[which].lower !== 'that') return null;
  const before = prevWord(tokens, which, floor);
  return before >= 0 && tokens[before].pos !== 'ADP' ? { chunk: c, apposition: null } : null;
}

/**
 * The last token of a person's chunk right before a short prepositional phrase of plain words
 * ending at token k ("Santilli [on camera]"), or -1.
 */
function personBeforePhrase(ctx: FrameContext, k: number, floor: number): number {
  const { tokens, chunks } = ctx;
  let p = k;
  for (let n = 0; p >= floor && n < 4 && chunks.chunkAt[p] < 0 && PHRASE_OBJECT_POS.has(tokens[p].pos); n++) p = prevWord(tokens, p, floor);
  if (p < floor || tokens[p].pos !== 'ADP') return -1;
  const q = prevWord(tokens, p, floor);
  const c = q >= 0 ? chunks.chunkAt[q] : -1;
  return c >= 0 && chunks.chunks[c].kind === 'person' && chunks.chunks[c].last === q ? q : -1;
}

/** Tags inside the object of a prepositional phrase the chunker did not take ("for the port"). */
const PHRASE_OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The subject a prepositional phrase ending at token k hangs on ("a spokesman [for the port]",
 * "officials [at the agency]"), when it is a person, descriptor, group or organization chunk.
 */
function phraseHead(ctx: FrameContext, k: number, floor: number): { chunk: Chunk; apposition: null } | null {
  const { tokens, chunks } = ctx;
  let p = k;
  for (let n = 0; p >= floor && n < 6 && chunks.chunkAt[p] < 0 && PHRASE_OBJECT_POS.has(tokens[p].pos); n++) p = prevWord(tokens, p, floor);
  if (p < floor || tokens[p].pos !== 'ADP') return null;
  let q = prevWord(tokens, p, floor);
  // "sources privy to the talks", "people close to the mayor": an adjective after the head noun
  // takes the phrase, and the subject is the chunk before the adjective.
  const adjective = q >= 0 && chunks.chunkAt[q] < 0 && tokens[q].pos === 'ADJ';
  if (!SUBJECT_PHRASE_PREPOSITIONS.has(tokens[p].lower) && !(adjective && tokens[p].lower === 'to')) return null;
  if (adjective) q = prevWord(tokens, q, floor);
  const c = q >= 0 ? chunks.chunkAt[q] : -1;
  if (c < 0 || chunks.chunks[c].kind === 'pronoun' || chunks.chunks[c].kind === 'place') return null;
  // Only people take such an adjective: a body before a word tagged as one is the modifier of a
  // head noun the tagger missed ("the CIA operative at the compound").
  if (adjective && chunks.chunks[c].kind === 'organization') return null;
  return { chunk: chunks.chunks[c], apposition: null };
}

/** The chunk right after an inverted cue: `"…," said Ryabkov`. */
export function subjectRight(ctx: FrameContext, cue: number, ceiling: number): Chunk | null {
  const { tokens, chunks } = ctx;
  // Words of a title the chunker left out of the name after it ("said retired neurosurgeon Ada
  // Brenner", "said Harbour Watch President Tom Akers"): passed over to a person only.
  let title = 0;
  let article = false;
  for (let k = cue + 1; k <= ceiling && k <= cue + 3 + title + (article ? 1 : 0); k++) {
    if (tokens[k].pos === 'SPACE') continue;
    // "…, which Ruiz won, showed that most voters …": "that" opens the content, not a subject.
    if (tokens[k].lower === 'that' && k === nextWord(tokens, cue, ceiling)) return null;
    const c = chunks.chunkAt[k];
    if (c >= 0 && (title > 0 || article)) return title > 0 && chunks.chunks[c].kind === 'person' && chunks.chunks[c].first === k ? chunks.chunks[c] : null;
    if (c >= 0 && chunks.chunks[c].first >= cue + 1) {
      // `said the returning officer, Patricia Ngata-Holm.`: the name in apposition is the speaker.
      const found = chunks.chunks[c];
      // "wrote on social media": the object of a preposition is no inverted subject.
      if (governedByPreposition(tokens, found.first, cue + 1)) return null;
      // "said Norland's Ivo Brandt", "said Harbour Bank's Ann Roe": the owner before a possessive
      // only describes the person named after it.
      const clitic = nextWord(tokens, found.last, ceiling);
      const owned = clitic >= 0 && POSSESSIVE_CLITICS.has(tokens[clitic].lower) ? nextWord(tokens, clitic, ceiling) : -1;
      const person = owned >= 0 ? chunks.chunkAt[owned] : -1;
      if (person >= 0 && chunks.chunks[person].kind === 'person' && chunks.chunks[person].first === owned) return chunks.chunks[person];
      if (found.kind === 'descriptor' || found.kind === 'group') {
        const comma = nextWord(tokens, found.last, ceiling);
        const after = comma >= 0 && tokens[comma].text === ',' ? nextWord(tokens, comma, ceiling) : -1;
        const named = after >= 0 ? chunks.chunkAt[after] : -1;
        if (named >= 0 && chunks.chunks[named].kind === 'person' && chunks.chunks[named].first === after) return chunks.chunks[named];
        // "said director of operations Ann Roe": the role's complement, then the name.
        const titled = personAfterComplement(ctx, found.last, ceiling);
        if (titled) return titled;
      }
      return found;
    }
    // Time words, and name particles before a surname: "says de la Torre".
    if (FRAME_FILLERS.has(tokens[k].lower) || NAME_PARTICLES.has(tokens[k].lower)) continue;
    // "said the younger Mr. Roe": an article before title words (a person must follow them).
    if (title === 0 && tokens[k].lower === 'the' && k === nextWord(tokens, cue, ceiling)) { article = true; continue; }
    // "said Russia's Sergei Lavrov": a place or body owning the name is a title word too.
    if (title > 0 && POSSESSIVE_CLITICS.has(tokens[k].lower)) continue;
    if (title < 3 && (tokens[k].cap || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADP') { title++; continue; }
    // "said master of ceremonies Ann Roe": a lower-case title with its complement.
    if (title > 0) return personAfterComplement(ctx, k - 1, ceiling);
    return null;
  }
  return null;
}

/**
 * The person named right after "of" and one or two lower-case nouns that follow token k, the end
 * of a role ("director [of operations] Ann Roe", "master [of ceremonies] Ann Roe"), or null.
 */
function personAfterComplement(ctx: FrameContext, k: number, ceiling: number): Chunk | null {
  const { tokens, chunks } = ctx;
  const of = nextWord(tokens, k, ceiling);
  if (of < 0 || tokens[of].lower !== 'of') return null;
  let m = nextWord(tokens, of, ceiling);
  for (let n = 0; m >= 0 && n < 2 && tokens[m].pos === 'NOUN' && !tokens[m].cap && chunks.chunkAt[m] < 0; n++) m = nextWord(tokens, m, ceiling);
  if (m < 0 || m === nextWord(tokens, of, ceiling)) return null;
  const c = chunks.chunkAt[m];
  return c >= 0 && chunks.chunks[c].kind === 'person' && chunks.chunks[c].first === m ? chunks.chunks[c] : null;
}

/**
 * The subject a sentence opens with, before its first verb: past an introductory phrase, names
 * after prepositions, possessives, and a leading descriptor in apposition ("Her father, Kwame
 * Osei, who …, laughed" → Kwame Osei). With `personOnly`, the first person or singular pronoun
 * (other chunks are passed over); otherwise the first chunk of any kind.
 */
export function sentenceSubject(ctx: FrameContext, s: Sentence, personOnly: boolean): Chunk | null {
  const { tokens, chunks } = ctx;
  for (let k = introEnd(tokens, s, s.last); k <= s.last; k++) {
    if (ctx.blocked[k]) {
      if (personOnly) return null;
      continue;
    }
    const c = chunks.chunkAt[k];
    if (c >= 0) {
      let chunk = chunks.chunks[c];
      // "In a briefing in Nha Trang, he …": a name after a preposition is not the subject.
      // "His Lutrenian counterpart, Henri-Paul Mbaye, was …": the name, not the possessive.
      if (governedByPreposition(tokens, chunk.first, s.first) || chunk.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(chunk.head)) { k = chunk.last; continue; }
      // Adjacent chunks ("Harwick" "captain Selin Demirci"): the last one is the head.
      const adjacent = chunk.last + 1 <= s.last ? chunks.chunkAt[chunk.last + 1] : -1;
      if (adjacent >= 0 && adjacent !== c && chunks.chunks[adjacent].kind === 'person') { k = chunk.last; continue; }
      // A capitalized word used as a modifier ("Lutrenian counterpart") heads no subject.
      let last = chunk.last;
      if (chunk.kind === 'person' && chunk.first === chunk.last) {
        while (last + 1 <= s.last && tokens[last + 1].pos === 'NOUN' && !tokens[last + 1].cap) last++;
      }
      const named = nameAfter(ctx, last > chunk.last ? { ...chunk, kind: 'descriptor', last } : chunk, s.last);
      if (named) chunk = named;
      else if (last > chunk.last) { k = last; continue; }
      if (!personOnly || chunk.kind === 'person' || chunk.kind === 'pronoun' && !chunk.plural) return chunk;
      k = chunk.last;
      continue;
    }
    if (tokens[k].pos === 'VERB' || personOnly && tokens[k].pos === 'AUX') return null;
  }
  return null;
}

/** The person a sentence is about, for a quotation after it with no frame of its own. */
export function personSubject(ctx: FrameContext, s: Sentence): Chunk | null {
  return sentenceSubject(ctx, s, true);
}

const QUOTE_MARK = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/;
/** The longest adverbial clause opening a sentence that `introEnd` passes over, in words. */
const SUBORDINATE_CLAUSE_WORDS = 30;

/**
 * First token after an introductory prepositional phrase ("At the Eastgate transfer center, …"),
 * whose nouns may be tagged as verbs ("transfer"); the sentence's first token otherwise.
 */
/** Words of a time phrase opening a sentence, at most ("Two days after the vote in Dover"). */
const TIME_OPENER_WORDS = 8;

/**
 * The token after the comma closing a time phrase that opens at `first` ("Minutes later,", "Two
 * weeks earlier,", "Days after the vote,"): a unit of time placed by a word of relation, and no
 * verb before the comma; -1 for any other opening.
 */
function timePhraseEnd(tokens: Token[], first: number, before: number): number {
  let unit = false;
  let relation = false;
  for (let k = first, words = 0; k < before && words < TIME_OPENER_WORDS; k++) {
    const t = tokens[k];
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') return relation ? k + 1 : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
    if (!unit) {
      // At most two words before the unit: "Two", "A few".
      if (TIME_UNITS.has(t.lower)) unit = true;
      else if (words >= 2) return -1;
    } else if (!relation) {
      // The word of relation comes right after the unit.
      if (!TIME_RELATIONS.has(t.lower)) return -1;
      relation = true;
    }
    words++;
  }
  return -1;
}

function introEnd(tokens: Token[], s: Sentence, before: number): number {
  const first = nextWord(tokens, s.first - 1, before);
  // "Minutes later, the campaign …", "Two days after the vote, …": a time phrase, not a subject.
  const time = first >= 0 ? timePhraseEnd(tokens, first, before) : -1;
  if (time >= 0) return time;
  // "While Roe lagged behind, she has …": an adverbial clause before the main one ends at the
  // first comma after its own finite verb ("When Roe, at a debate in 1973, recommended …" has
  // none before its commas: the verb there is the sentence's).
  if (first >= 0 && SUBORDINATE_OPENERS.has(tokens[first].lower)) {
    let finite = false;
    // "After the vote, …", "Since Monday, …": the word the tagger reads as a preposition opens a
    // phrase, not a clause, which ends at its first comma when no verb comes before it.
    let preposition = tokens[first].pos === 'ADP';
    for (let k = first + 1, words = 0; k < before && words < SUBORDINATE_CLAUSE_WORDS; k++) {
      if (tokens[k].text === ',' && (finite || preposition)) return k + 1;
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') preposition = false;
      if (tokens[k].pos === 'AUX' || tokens[k].pos === 'VERB' && !tokens[k].lower.endsWith('ing')) finite = true;
      // A quotation inside the clause: its commas are the quoted words', not the clause's end.
      if (tokens[k].text === ';' || tokens[k].text === ':' || QUOTE_MARK.test(tokens[k].text)) break;
      if (tokens[k].pos !== 'SPACE') words++;
    }
    return s.first;
  }
  // A participial opener: "Asked what he would do first, the mayor-elect …".
  // "Told of the remark, Ms Kealy …": a sentence of narrative does not open with a finite verb.
  // A first name the tagger read as a verb before a capitalized word is a name: "Ted Cruz, when
  // asked …, responded".
  const participle = first >= 0 && tokens[first].pos === 'VERB' && !(isFirstName(tokens[first].lower) && tokens[nextWord(tokens, first, before)]?.cap);
  if (first < 0 || tokens[first].pos !== 'ADP' && !participle) return s.first;
  for (let k = first + 1, words = 0; k < before && words < (participle ? 16 : 10); k++) {
    if (tokens[k].text === ',') {
      // "At the sports centre, where camp beds had been set out …, Pilar Ferreira Gomes": a
      // relative clause on the phrase ends at its own comma.
      const next = nextWord(tokens, k, before);
      if (next >= 0 && (tokens[next].lower === 'where' || tokens[next].lower === 'which' || tokens[next].lower === 'when')) {
        for (let j = next + 1; j < before && j < next + 25; j++) if (tokens[j].text === ',') return j + 1;
      }
      // "At a conference in Aspen, Colo., the graduate …": the state after a place's comma.
      const comma = next >= 0 ? nextWord(tokens, next, before) : -1;
      if (comma >= 0 && tokens[comma].text === ',' && tokens[k - 1]?.cap && isStateAbbreviation(tokens[next].text)) return comma + 1;
      return k + 1;
    }
    // "At the door he turns round, …": a verb before the comma means the clause has begun.
    if (!participle && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return s.first;
    if (tokens[k].pos !== 'SPACE') words++;
  }
  return s.first;
}

/** A state written short after a place: "Colo.", "Del.", "N.H.", "Calif." (a capital, letters, a full stop). */
function isStateAbbreviation(text: string): boolean {
  return /^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$/.test(text);
}

/** "Its lead author, Dr Nguyễn Thanh Tâm, …": the name in apposition right after a descriptor. */
function nameAfter(ctx: FrameContext, chunk: Chunk, ceiling: number): Chunk | null {
  if (chunk.kind !== 'descriptor') return null;
  const comma = nextWord(ctx.tokens, chunk.last, ceiling);
  let name = comma >= 0 && ctx.tokens[comma].text === ',' ? nextWord(ctx.tokens, comma, ceiling) : -1;
  // Past a lower-case title: ", chief commissaire Kwabena Asante-Lindqvist,".
  for (let n = 0; n < 3 && name >= 0 && ctx.chunks.chunkAt[name] < 0 && !ctx.tokens[name].cap && (ctx.tokens[name].pos === 'ADJ' || ctx.tokens[name].pos === 'NOUN'); n++) name = nextWord(ctx.tokens, name, ceiling);
  const c = name >= 0 ? ctx.chunks.chunkAt[name] : -1;
  return c >= 0 && ctx.chunks.chunks[c].kind === 'person' && ctx.chunks.chunks[c].first === name ? ctx.chunks.chunks[c] : null;
}

const MAIN_SUBJECT_REACH = 250;

/**
 * Per document: for each token inside a marked quote, the last token of its run of such tokens.
 * The table comes from the per-document scratch buffers (../scratch), like `blocked` itself: a
 * fresh typed array per document cost about 1.5% of extraction (each gets its own zeroed backing
 * store outside the heap); it is kept on the context (FrameContext.blockedRuns), which lives as
 * long as the document.
 */
export function blockedRunEnd(ctx: FrameContext, k: number): number {
  let ends = ctx.blockedRuns;
  if (!ends) {
    const { blocked } = ctx;
    ends = intArray(blocked.length);
    for (let j = blocked.length - 1, end = -1; j >= 0; j--) {
      if (!blocked[j]) end = -1;
      else if (end < 0) end = j;
      ends[j] = end;
    }
    ctx.blockedRuns = ends;
  }
  return ends[k];
}

/** First speaker-like chunk of a sentence: the main-clause subject for participial cues. */
export function mainSubject(ctx: FrameContext, s: Sentence, before: number): Chunk | null {
  for (let k = introEnd(ctx.tokens, s, before), seen = 0; k < before; k++) {
    // A marked quote is skipped whole, and the search gives up after MAIN_SUBJECT_REACH tokens
    // outside quotes: every cue of a sentence scans from its start, so an unbounded scan made a
    // long quote followed by thousands of cues quadratic. A subject comes within a few words.
    if (ctx.blocked[k]) { k = blockedRunEnd(ctx, k); continue; }
    if (++seen > MAIN_SUBJECT_REACH) return null;
    const c = ctx.chunks.chunkAt[k];
    if (c >= 0) {
      const chunk = ctx.chunks.chunks[c];
      // "At the Eastgate transfer center, Nadia Flores … explained": not the place.
      if (governedByPreposition(ctx.tokens, chunk.first, s.first)) { k = chunk.last; continue; }
      return nameAfter(ctx, chunk, before) ?? chunk;
    }
    const t = ctx.tokens[k];
    if (t.pos === 'VERB' && k > s.first + 1) return null;
  }
  return null;
}

/**
 * "the head of the republic, Denis Pushilin, said": a name in the apposition beats a descriptor,
 * and the descriptor becomes the apposition (the role the resolver records for the name).
 */
function namedInApposition(ctx: FrameContext, left: { chunk: Chunk; apposition: [number, number] | null }): { subject: Chunk; apposition: [number, number] | null } {
  const subject = left.chunk;
  // "The spokesman for Dover Port, Ann Roe, said": a name that is the whole apposition after the
  // object of a preposition names the person the phrase describes.
  if (left.apposition) {
    const c = ctx.chunks.chunkAt[left.apposition[0]];
    const whole = c >= 0 ? ctx.chunks.chunks[c] : null;
    let p = prevWord(ctx.tokens, subject.first, 0);
    if (p >= 0 && ctx.tokens[p].lower === 'the') p = prevWord(ctx.tokens, p, 0);
    if (whole && whole.kind === 'person' && whole.nameFirst >= 0 && whole.nameLast > whole.nameFirst && whole.first === left.apposition[0] && whole.last === left.apposition[1] && p >= 0 && ctx.tokens[p].pos === 'ADP') return { subject: whole, apposition: null };
  }
  if (!left.apposition || !(subject.kind !== 'person' && subject.nameFirst < 0 || subject.kind === 'group')) return { subject, apposition: left.apposition };
  for (let k = left.apposition[0]; k <= left.apposition[1]; k++) {
    const c = ctx.chunks.chunkAt[k];
    const named = c >= 0 ? ctx.chunks.chunks[c] : null;
    if (named && (named.kind === 'person' || named.kind === 'organization' && named.nameFirst >= 0)) {
      return { subject: named, apposition: subject.kind === 'descriptor' && named.kind === 'person' ? [subject.first, subject.last] : null };
    }
  }
  return { subject, apposition: left.apposition };
}

/** Build the frame for a cue token: its subject, left, right (inverted) or from the main clause. */
export function frameAt(ctx: FrameContext, cue: number, s: Sentence, floor: number, previous: Frame | null): Frame {
  const { tokens } = ctx;
  const t = tokens[cue];
  let cueLast = cue;
  let lemma = cueLemma(tokens, cue) ?? t.lemma;
  if (t.lower === 'according') {
    lemma = 'according to';
    cueLast = cue + 1;
    const subj = subjectRight(ctx, cueLast, s.last);
    return makeFrame(cue, cueLast, lemma, subj, null, true);
  }
  const participle = t.lower.endsWith('ing');
  const left = participle ? null : subjectLeft(ctx, cue, floor);
  if (left) {
    const named = namedInApposition(ctx, left);
    return makeFrame(cue, cueLast, lemma, named.subject, named.apposition, false);
  }
  // "…, although history says …", "Polls show …": a finite verb right after a noun the chunker
  // left out has that noun phrase as its subject, not a name earlier in the sentence; the
  // resolver reads it off the subject slot.
  if (!participle && bareNounBefore(ctx, cue, floor)) return frameWith(frameAfterLeft(ctx, cue, cueLast, lemma, participle, s, floor, previous), { bareSubject: true });
  // "…, and others have said …", "most said …", "at least 21,000 said …": a quantifier or number
  // as the verb's own subject names an unnamed group; the subject of an earlier clause is no
  // one's to borrow. The resolver reads the group off the subject slot.
  if (!participle && quantifierSubjectBefore(ctx, cue, floor)) return makeFrame(cue, cueLast, lemma, null, null, false);
  return frameAfterLeft(ctx, cue, cueLast, lemma, participle, s, floor, previous);
}

/**
 * The word before the verb at `cue` (past adverbs, auxiliaries and time words) is a quantifier
 * standing alone ("others", "most", "another") or a number ("at least 21,000"), and the phrase
 * opens its clause: the sentence's start, a punctuation mark or a conjunction before it.
 */
function quantifierSubjectBefore(ctx: FrameContext, cue: number, floor: number): boolean {
  const { tokens, chunks } = ctx;
  let k = prevWord(tokens, cue, floor);
  // "most" may be tagged an adverb.
  while (k >= 0 && !ctx.blocked[k] && !LONE_QUANTIFIERS.has(tokens[k].lower) && (FRAME_FILLERS.has(tokens[k].lower) || tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k = prevWord(tokens, k, floor);
  if (k < 0 || ctx.blocked[k]) return false;
  // "most of them said", "some of us say": the quantifier's pronoun after "of" belongs to it.
  const of = OF_PRONOUNS.has(tokens[k].lower) ? prevWord(tokens, k, floor) : -1;
  if (of >= 0 && tokens[of].lower === 'of') k = prevWord(tokens, of, floor);
  if (k < 0 || ctx.blocked[k] || chunks.chunkAt[k] >= 0) return false;
  const t = tokens[k];
  const number = t.pos === 'NUM' && !/^\d{4}$/.test(t.text);
  if (!number && !LONE_QUANTIFIERS.has(t.lower)) return false;
  // "at least 21,000", "about 40", "all five": modifiers of a number.
  let first = k;
  if (number) for (let p = prevWord(tokens, k, floor), n = 0; p >= 0 && n < 2 && !ctx.blocked[p] && NUMBER_MODIFIERS.has(tokens[p].lower); p = prevWord(tokens, p, floor), n++) first = p;
  const before = prevWord(tokens, first, floor);
  if (before < 0) return true;
  const b = tokens[before];
  return !ctx.blocked[before] && (b.text === ',' || b.text === ';' || b.text === ':' || b.pos === 'CCONJ' || b.pos === 'SCONJ' || CLAUSE_OPENERS.has(b.lower));
}

/** `frameAt` for a cue with no subject chunk on its left: inverted, shared or the main clause's. */
function frameAfterLeft(ctx: FrameContext, cue: number, cueLast: number, lemma: string, participle: boolean, s: Sentence, floor: number, previous: Frame | null): Frame {
  const { tokens } = ctx;
  // Inverted order right after a quotation: `"…," said Ryabkov`, `…, countered analyst X`.
  const prev = prevWord(tokens, cue, floor);
  const afterQuote = (prev < 0 && floor > s.first) || prev >= 0 && (ctx.blocked[prev] || (tokens[prev].text === ',' && prev > 0 && ctx.blocked[prevWord(tokens, prev, 0)]));
  if (!participle && !NO_INVERSION_VERBS.has(lemma) && (afterQuote || prev >= 0 && tokens[prev].text === ',')) {
    const right = subjectRight(ctx, cue, s.last);
    if (right) return makeFrame(cue, cueLast, lemma, right, null, true);
  }
  // "with some polls indicating …", "with Roe reportedly yelling": the phrase after "with" is
  // the participle's own subject, whatever clause or frame came before.
  const withPhrase = participle ? withPhraseBefore(ctx, cue, floor) : null;
  if (withPhrase) return makeFrame(cue, cueLast, lemma, withPhrase.chunk, null, false);
  const absolute = participle ? absoluteSubjectBefore(ctx, cue, floor) : null;
  if (absolute) return makeFrame(cue, cueLast, lemma, absolute, null, false);
  // Participles and coordinated verbs share the subject of the clause they hang on; a verb joined
  // by "and" or "but" not that of a clause "whether", "if" or "that" opens (see below).
  if (previous && previous.subject && !(joinedVerb(tokens, cue, s.first) && opensContentClause(tokens, previous.subject, s.first))) return makeFrame(cue, cueLast, lemma, previous.subject, null, false);
  // "After saying that …, Ruiz left", "In addition to stating that …, Ruiz …": a gerund after a
  // preposition that opens the sentence shares the subject of the main clause after its comma.
  const main = participle ? mainClauseAfterGerund(ctx, cue, s) : null;
  if (main) return makeFrame(cue, cueLast, lemma, main, null, false);
  if (participle) {
    // "…, but the visitors' manager left the ground insisting …": the subject of the clause the
    // participle hangs on, after the last ", but" / "; " before it.
    for (let k = cue - 1; k > s.first && k >= cue - 30; k--) {
      if (ctx.blocked[k]) break;
      const b = tokens[k].lower;
      if (b !== ';' && !(PARTICIPLE_CLAUSE_BREAKS.has(b) && tokens[prevWord(tokens, k, s.first)]?.text === ',')) continue;
      const clause = mainSubject(ctx, { ...s, first: k + 1 }, cue);
      if (clause) return makeFrame(cue, cueLast, lemma, clause, null, false);
      break;
    }
  }
  // A verb coordinated with the sentence's main reporting verb ("told reporters …, but
  // acknowledged …", "argued …, and warned …") shares its subject: the first cue of the sentence,
  // not one inside its content ("said … whether Putin had decided …, but added").
  const before = joinedVerb(tokens, cue, s.first);
  if (before >= 0) {
    for (let k = Math.max(s.first, before - 60); k < before; k++) {
      if (ctx.blocked[k] || !cueAt(ctx, k)) continue;
      const earlier = subjectLeft(ctx, k, s.first);
      // "Roe put off deciding whether the board could question Veld but said …": a cue inside a
      // clause that "whether", "if" or "that" opens is part of the sentence, not its main verb.
      if (earlier && opensContentClause(tokens, earlier.chunk, s.first)) continue;
      if (earlier) return makeFrame(cue, cueLast, lemma, namedInApposition(ctx, earlier).subject, null, false);
    }
  }
  return makeFrame(cue, cueLast, lemma, mainSubject(ctx, s, cue), null, false);
}

/** The "and" or "but" joining verb `cue` to an earlier one ("… and would repeat"), or -1. */
function joinedVerb(tokens: Token[], cue: number, floor: number): number {
  let before = prevWord(tokens, cue, floor);
  while (before >= 0 && tokens[before].pos === 'AUX') before = prevWord(tokens, before, floor);
  return before >= 0 && (tokens[before].lower === 'and' || tokens[before].lower === 'but') ? before : -1;
}

/** The chunk opens a clause a subordinator introduces ("whether the board", "that Roe"), perhaps after "the". */
function opensContentClause(tokens: Token[], c: Chunk, floor: number): boolean {
  let p = prevWord(tokens, c.first, floor);
  if (p >= 0 && tokens[p].lower === 'the') p = prevWord(tokens, p, floor);
  return p >= 0 && CONTENT_SUBORDINATORS.has(tokens[p].lower);
}

/** How many words a preposition opening the sentence may stand before a gerund cue ("In addition to"). */
const GERUND_OPENER_REACH = 4;

/**
 * The subject of the main clause when gerund cue k follows a preposition that opens the sentence
 * ("After saying that the budget was sound, the mayor left") or opens it itself ("Noting that …,
 * the mayor left"): the person, body or pronoun right after the first comma that a verb follows;
 * null for any other gerund.
 */
function mainClauseAfterGerund(ctx: FrameContext, cue: number, s: Sentence): Chunk | null {
  const { tokens, chunks } = ctx;
  const p = prevWord(tokens, cue, s.first);
  // "Noting that …, Roe argued": a participle opening the sentence hangs on the main clause after
  // its comma just as a gerund after a preposition does.
  const opens = p < 0 && tokens[cue].cap;
  if (!opens && (p < 0 || !(tokens[p].pos === 'ADP' || tokens[p].pos === 'SCONJ' || tokens[p].lower === 'to'))) return null;
  for (let q = p, n = 0; q >= 0; q = prevWord(tokens, q, s.first), n++) {
    if (n >= GERUND_OPENER_REACH || tokens[q].text === ',' || ctx.blocked[q] || tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX') return null;
  }
  for (let k = nextWord(tokens, cue, s.last); k >= 0; k = nextWord(tokens, k, s.last)) {
    if (ctx.blocked[k]) return null;
    if (tokens[k].text !== ',') continue;
    const a = nextWord(tokens, k, s.last);
    const c = a >= 0 ? chunks.chunkAt[a] : -1;
    if (c < 0) continue;
    const chunk = chunks.chunks[c];
    if (chunk.first !== a || !(chunk.kind === 'person' || chunk.kind === 'organization' || chunk.kind === 'pronoun')) continue;
    let v = nextWord(tokens, chunk.last, s.last);
    while (v >= 0 && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = nextWord(tokens, v, s.last);
    if (v >= 0 && tokens[v].pos === 'VERB') return chunk;
  }
  return null;
}

/** The longest noun phrase between "with" and its participle, in words. */
const WITH_PHRASE_WORDS = 10;

/**
 * "with the government insisting", "with 30 percent of voters saying", "with one of her ads
 * asking", "with Roe reportedly yelling": a noun phrase (chunks, noun-phrase words, "of", "and")
 * between "with" and the participle at `cue`, past adverbs. `chunk` is the name or role the
 * phrase opens with, null when it opens with a common noun (the resolver reads the subject slot);
 * null when no such phrase is there.
 */
function withPhraseBefore(ctx: FrameContext, cue: number, floor: number): { chunk: Chunk | null } | null {
  const { tokens, chunks } = ctx;
  let k = prevWord(tokens, cue, floor);
  while (k >= 0 && !ctx.blocked[k] && (tokens[k].pos === 'ADV' || FRAME_FILLERS.has(tokens[k].lower))) k = prevWord(tokens, k, floor);
  let first = -1;
  for (let words = 0; k >= 0 && words < WITH_PHRASE_WORDS && !ctx.blocked[k]; k = prevWord(tokens, k, floor), words++) {
    const t = tokens[k];
    if (PARTICIPLE_SUBJECT_OPENERS.has(t.lower)) break;
    if (chunks.chunkAt[k] < 0 && !PHRASE_OBJECT_POS.has(t.pos) && !PARTICIPLE_SUBJECT_LINKS.has(t.lower) && !POSSESSIVE_PRONOUNS.has(t.lower)) return null;
    first = k;
  }
  if (first < 0 || k < 0 || !PARTICIPLE_SUBJECT_OPENERS.has(tokens[k].lower)) return null;
  const c = chunks.chunkAt[first];
  const chunk = c >= 0 && chunks.chunks[c].kind !== 'pronoun' ? chunks.chunks[c] : null;
  return { chunk };
}

/**
 * "…, Veld saying he was "encouraged" and Roe calling it a "fine start"": a name right before a
 * participle, opening its phrase after a comma, a dash or a conjunction, is the participle's own
 * subject (an absolute phrase), not the subject of the clause before. The named chunk, or null.
 */
function absoluteSubjectBefore(ctx: FrameContext, cue: number, floor: number): Chunk | null {
  const { tokens, chunks } = ctx;
  let k = prevWord(tokens, cue, floor);
  while (k >= 0 && !ctx.blocked[k] && tokens[k].pos === 'ADV') k = prevWord(tokens, k, floor);
  const id = k >= 0 && !ctx.blocked[k] ? chunks.chunkAt[k] : -1;
  if (id < 0) return null;
  const c = chunks.chunks[id];
  if (c.last !== k || c.nameFirst < 0 || (c.kind !== 'person' && c.kind !== 'organization')) return null;
  const before = prevWord(tokens, c.first, floor);
  if (before < 0 || ctx.blocked[before]) return null;
  const b = tokens[before].lower;
  return b === ',' || b === ';' || b === 'and' || b === 'but' || DASH_WORD.test(b) ? c : null;
}

const DASH_WORD = /^[\u2013\u2014-]+$/;

/** The words before token i are a preposition, perhaps with an article: "at (the) Eastgate". */
export function governedByPreposition(tokens: Token[], i: number, floor: number): boolean {
  let p = prevWord(tokens, i, floor);
  if (p >= 0 && tokens[p].pos === 'DET' && (tokens[p].lower === 'the' || tokens[p].lower === 'a' || tokens[p].lower === 'an')) p = prevWord(tokens, p, floor);
  return p >= 0 && tokens[p].pos === 'ADP';
}


/** What opens the verb phrase of a cue with no subject found (see `verbOpener`). */
export type VerbOpener = 'to' | 'joined' | 'relative' | 'preposition' | 'comma' | 'pronoun' | 'noun' | 'start' | 'other';

/**
 * The word that opens the verb phrase of cue k, past adverbs, auxiliaries and particles, as a
 * class: an infinitive ("to criticize"), a verb joined to an earlier one's subject ("and
 * promised"), a relative pronoun ("which showed"), a preposition ("after telling"), a comma, a
 * pronoun or a noun the chunker named no speaker in ("we mocked", "the agreement stipulated").
 */
export function verbOpener(tokens: Token[], k: number, floor: number): VerbOpener {
  let p = prevWord(tokens, k, floor);
  while (p >= 0 && (tokens[p].pos === 'ADV' || tokens[p].pos === 'AUX' || tokens[p].pos === 'PART' && tokens[p].lower !== 'to')) p = prevWord(tokens, p, floor);
  if (p < 0) return 'start';
  const t = tokens[p];
  if (t.lower === 'to') return 'to';
  if (VERB_JOINERS.has(t.lower)) return 'joined';
  if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return 'relative';
  if (t.pos === 'ADP' || t.pos === 'SCONJ') return 'preposition';
  if (t.text === ',') return 'comma';
  if (t.pos === 'PRON') return 'pronoun';
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') return 'noun';
  return 'other';
}
