// Decide which marked spans are quotes (direct or partial) and find the frame of each.
import { NAMING_VERBS, SCARE_PRECEDERS, WORK_NOUNS } from '../lang/en';
import { CUE_MOODS, UTTERANCE_VERBS } from '../lang/cues';
import { POSSESSIVE_CLITICS } from '../lang/speakers';
import { inClass, WordClass } from '../text/word-class';
import { FRAMING_CONJUNCTIONS, RELATIVE_PRONOUNS, SPEAKING_LEMMAS, STATEMENT_CONJUNCTIONS, TITLE_PREPOSITIONS, UTTERANCE_NOUNS, WORDS_OF_PHRASE } from '../lang/marked';
import type { Sentence } from '../sentences/segment';
import { countBefore } from '../text/search';
import type { Token } from '../text/tokenize';
import type { Chunk } from '../mentions/chunk';
import { isPassiveCue, nextWord, prevWord } from '../text/cues';
import { cueAt, type Frame, type FrameContext, frameAt, framesOf, mainSubject, makeFrame, personSubject, subjectLeft } from './frames';
import type { MarkedSpan } from './pair-marks';

export interface Candidate {
  kind: 'direct' | 'partial' | 'indirect';
  /** Content in normalized offsets. */
  start: number;
  end: number;
  frame: Frame | null;
  /** Continue the previous speaker when no frame is found (whole-statement quotes). */
  continues: boolean;
  /**
   * For a quotation with no reporting verb that opens its paragraph or follows a sentence about
   * someone ("Kwame shook his head. 'I know …'"), the person that sentence is about.
   */
  beat?: Chunk | null;
  sentence: number;
  paragraph: number;
  confidence: number;
  /** Reported speech taken from a verb's noun-phrase object ("praised the envoy's efforts"). */
  object?: boolean;
  /**
   * The marked stretches (normalized offsets) of a partial quote joined from several fragments of
   * one statement; absent for a quote made of one stretch.
   */
  fragments?: Array<[number, number]>;
}

/** Token index range [first, last] covering normalized offsets [a, b). */
export function tokenRange(tokens: Token[], a: number, b: number): [number, number] {
  // The first token that does not end at or before a; the last token when all do.
  const first = Math.max(0, Math.min(tokens.length - 1, countBefore(tokens.length, (i) => tokens[i].end <= a)));
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < b) last++;
  return [first, last];
}

/** Tokens a..b that are words (not punctuation or whitespace). */
function countWordTokens(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'SPACE') n++;
  return n;
}

/** Capitalized words only, and short: a title or a name in marks, not a statement. */
function looksLikeTitle(tokens: Token[], a: number, b: number): boolean {
  if (a > b || !tokens[a].cap) return false;
  let words = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    // A possessive clitic belongs to the capitalized word before it ("America's Bitter Pill").
    if (t.pos === 'PUNCT' || t.pos === 'SPACE' || POSSESSIVE_CLITICS.has(t.lower)) continue;
    // Settled at the first word past seven or in small letters: asked of every quotation, most
    // of them long prose (whose words' classes were looked up to the end).
    if (++words > 7 || !(t.cap || inClass(t, WordClass.TITLE_CASE_LOWER))) return false;
  }
  return words > 1;
}

/**
 * The word at `k` is a preposition that introduces a name in marks (TITLE_PREPOSITIONS, or
 * "according to"), not the "of" after a noun of voices ("chants of", UTTERANCE_NOUNS).
 */
function titlePreposition(tokens: Token[], k: number, floor: number): boolean {
  if (k < 0) return false;
  const w = tokens[k].lower;
  const p = prevWord(tokens, k, floor);
  if (w === 'of' && p >= 0 && UTTERANCE_NOUNS.has(tokens[p].lemma)) return false;
  return TITLE_PREPOSITIONS.has(w) || w === 'to' && p >= 0 && tokens[p].lower === 'according';
}

/**
 * The marks closing at `close` are followed, past a comma, by "by" and a name or a publication's
 * writer ("," by the Ledger's Ann Roe", "" by Ann Roe"): a title credited to its author.
 */
function creditedToWriter(tokens: Token[], close: number, ceil: number): boolean {
  let k = nextWord(tokens, close, ceil);
  if (k >= 0 && tokens[k].text === ',') k = nextWord(tokens, k, ceil);
  if (k < 0 || tokens[k].lower !== 'by') return false;
  let n = nextWord(tokens, k, ceil);
  if (n >= 0 && tokens[n].lower === 'the') n = nextWord(tokens, n, ceil);
  return n >= 0 && tokens[n].cap && (tokens[n].pos === 'PROPN' || tokens[n].pos === 'NOUN');
}

/**
 * A subordinate clause ("because", "if", "while"; not FRAMING_CONJUNCTIONS) or a relative
 * clause (RELATIVE_PRONOUNS: "who", "which") opens among tokens [from, to) and runs on
 * to `to` with no comma: "…, who are tired of waiting, the mayor said" closes its clause first.
 */
function clauseOpensBetween(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === ',') open = false;
    else if (t.pos === 'SCONJ' && !FRAMING_CONJUNCTIONS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower)) open = true;
  }
  return open;
}

/**
 * Whether the naming verb at `verb` ("called") follows its speaker, a name or a pronoun ("what
 * Ruiz called", "he called"), rather than the noun it names ("a play called"). The speaker may
 * be a name the tagger reads as a common noun ("what Mr. Hedge called") or stand before an
 * apposition ("Ada Brenner, the mayor, called"): the verb's subject, found as a frame's is, is a
 * person, a pronoun other than "it", or a named organization.
 */
function namedBySpeaker(ctx: FrameContext, verb: number, floor: number): boolean {
  const { tokens } = ctx;
  if (!NAMING_VERBS.has(tokens[verb].lower)) return false;
  const k = prevWord(tokens, verb, floor);
  if (k >= 0 && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'PRON') && tokens[k].lower !== 'it') return true;
  const subject = subjectLeft(ctx, verb, floor)?.chunk;
  if (!subject) return false;
  return subject.kind === 'person' || (subject.kind === 'pronoun' && subject.head !== 'it') || (subject.kind === 'organization' && subject.nameFirst >= 0);
}

/**
 * A verb of UTTERANCE_VERBS right before the opening mark at `open`, past a comma or colon
 * ("chanted, "…"", "read: "…""), or the verb of "put it" ("as Ruiz put it, "…""); -1 if none.
 */
function utteranceVerbBefore(tokens: Token[], open: number, floor: number): number {
  let k = prevWord(tokens, open, floor);
  if (k >= 0 && (tokens[k].text === ',' || tokens[k].text === ':')) k = prevWord(tokens, k, floor);
  if (k < 0) return -1;
  if (tokens[k].lower === 'it') {
    const v = prevWord(tokens, k, floor);
    return v >= 0 && tokens[v].lemma === 'put' ? v : -1;
  }
  return tokens[k].pos === 'VERB' && UTTERANCE_VERBS.has(tokens[k].lemma) ? k : -1;
}

/** The most words of an opening "as" clause read for its verb ("As the band sang back in 1985, "…""). */
const AS_CLAUSE_WORDS = 12;

/**
 * A verb of uttering set words, or "put" of "put it", in an "as" clause that opens the sentence
 * and ends at the comma before the marks at `open` ("As the band sang in 1985, "…"", "As Ruiz
 * put it on Sunday, "…""): the clause's subject said the words; -1 if none.
 */
function asClauseVerb(tokens: Token[], open: number, floor: number): number {
  const comma = prevWord(tokens, open, floor);
  if (comma < 0 || tokens[comma].text !== ',') return -1;
  const first = nextWord(tokens, floor - 1, comma);
  if (first < 0 || tokens[first].lower !== 'as' || countWordTokens(tokens, first, comma) > AS_CLAUSE_WORDS) return -1;
  for (let k = first + 1; k < comma; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';') return -1;
    if (t.pos === 'VERB' && UTTERANCE_VERBS.has(t.lemma)) return k;
    if (t.lemma === 'put' && tokens[nextWord(tokens, k, comma)]?.lower === 'it') return k;
  }
  return -1;
}

/**
 * "In the words of Ann Roe, "…"": the phrase opening the sentence and ending at the comma before
 * the marks at `open` names the speaker. Its frame (the cue on "words", the speaker after it), or null.
 */
function wordsOfFrame(ctx: FrameContext, open: number, floor: number): Frame | null {
  const { tokens, chunks } = ctx;
  const comma = prevWord(tokens, open, floor);
  if (comma < 0 || tokens[comma].text !== ',') return null;
  let k = nextWord(tokens, floor - 1, comma);
  const phrase = k;
  for (const w of WORDS_OF_PHRASE) {
    if (k < 0 || tokens[k].lower !== w) return null;
    k = nextWord(tokens, k, comma);
  }
  const c = k >= 0 ? chunks.chunkAt[k] : -1;
  if (c < 0) return null;
  const chunk = chunks.chunks[c];
  if (chunk.first !== k || nextWord(tokens, chunk.last, comma) !== comma || chunk.kind === 'pronoun') return null;
  return makeFrame(phrase, prevWord(tokens, k, phrase), 'in the words of', chunk, null, true);
}

/**
 * The verb right before a comma or colon that opens the marks at `open`, when its subject is a
 * person or a personal pronoun ("Ada Brenner cracked, "…"", "she shrugged: "…""): the marked
 * words are what the person said, whatever the verb; -1 otherwise.
 */
function verbOfPersonBefore(ctx: FrameContext, open: number, floor: number): number {
  const { tokens } = ctx;
  const p = prevWord(tokens, open, floor);
  if (p < 0 || (tokens[p].text !== ',' && tokens[p].text !== ':')) return -1;
  const k = prevWord(tokens, p, floor);
  if (k < 0 || tokens[k].pos !== 'VERB' || ctx.blocked[k]) return -1;
  const subject = subjectLeft(ctx, k, floor)?.chunk;
  return subject && (subject.kind === 'person' || (subject.kind === 'pronoun' && subject.head !== 'it')) ? k : -1;
}

/** A modal or a negation between the subject's end `floor` and the cue at `cue` ("will say", "did not say"). */
function unsaid(tokens: Token[], cue: number, floor: number): boolean {
  for (let k = prevWord(tokens, cue, floor); k > floor; k = prevWord(tokens, k, floor)) {
    const mood = CUE_MOODS.get(tokens[k].lower);
    if (mood === 'modal' || mood === 'negated') return true;
  }
  return false;
}

/** The frame of a sentence that ends "… said:" (or "told reporters:"), for the quote after it. */
function colonFrameBefore(ctx: FrameContext, ps: Sentence): Frame | null {
  const { tokens } = ctx;
  if (tokens[ps.last].text !== ':') return null;
  for (let k = ps.last - 1; k >= ps.first && k >= ps.last - 12; k--) {
    if (ctx.blocked[k]) return null;
    if (cueAt(ctx, k)) return frameAt(ctx, k, ps, ps.first, null);
  }
  return null;
}

/** The most words between the start of a sentence after a quotation and the reporting verb there. */
const TAIL_SUBJECT_WORDS = 16;

/**
 * The frame of a sentence "SPEAKER CUE …." that follows a quotation in its paragraph, which the
 * splitter cut off at the quotation's own mark. After a full stop in the marks the sentence is
 * the frame alone: a short one, the speaker chunk right before the verb or a name in apposition
 * ("the nominee, Ada Brenner, tweeted."). After a question or an exclamation mark, or before a
 * lower-case word, the splitter cut one sentence in two, and the speaker chunk opening it may
 * carry any apposition or phrase ("a staffer in the room asked", "Rep. Ann Roe, D-Maine, said of
 * the swirl", "Ann Roe, a retired worker from the plant, said pleasantly"); nothing before the
 * verb is quoted or a verb of its own, bar a participle. `close` is the quotation's closing mark;
 * `exclaimed`, whether it ends with a question or exclamation mark.
 */
function tailFrame(ctx: FrameContext, ns: Sentence, paragraph: number, close: number, exclaimed: boolean): Frame | null {
  const { tokens, chunks } = ctx;
  const first = ns.first;
  if (ns.paragraph !== paragraph || tokens[ns.last].text !== '.') return null;
  const c = chunks.chunkAt[first];
  if (c < 0 || chunks.chunks[c].first !== first) return null;
  const cue = exclaimed || /^[a-z]/.test(tokens[first].text) ? cueAfterSubjectPhrase(ctx, ns) : ns.last - first > 20 ? -1 : cueAfterSpeaker(ctx, chunks.chunks[c], ns);
  if (cue < 0) return null;
  // After the verb only its listener, times, places and manner ("told CNN on Sunday", "said of
  // the swirl of activity", "said, not finishing his joke"): a clause there ("acknowledged that
  // a rift exists") is a statement of its own, not the frame of the quotation before it.
  for (let k = cue + 1; k <= ns.last; k++) {
    const t = tokens[k];
    if (ctx.blocked[k] || t.pos === 'SCONJ' || (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return null;
  }
  const frame = frameAt(ctx, cue, ns, first, null);
  return frame.subject ? frame : null;
}

/** The reporting verb right after the speaker chunk `c` opening sentence `ns`, or after a name in apposition to it; -1 if none. */
function cueAfterSpeaker(ctx: FrameContext, c: Chunk, ns: Sentence): number {
  const { tokens, chunks } = ctx;
  let cue = nextWord(tokens, c.last, ns.last);
  // The speaker in apposition: "the nominee, Ada Brenner, tweeted."
  if (cue >= 0 && tokens[cue].text === ',') {
    const named = nextWord(tokens, cue, ns.last);
    const nc = named >= 0 ? chunks.chunkAt[named] : -1;
    const comma = nc >= 0 ? nextWord(tokens, chunks.chunks[nc].last, ns.last) : -1;
    cue = comma >= 0 && tokens[comma].text === ',' ? nextWord(tokens, comma, ns.last) : -1;
  }
  if (cue < 0 || !cueAt(ctx, cue)) return -1;
  for (let k = ns.first; k < cue; k++) if (ctx.blocked[k]) return -1;
  return cue;
}

/** The first reporting verb of sentence `ns` within TAIL_SUBJECT_WORDS, past its subject phrase; -1 if a quotation, a clause mark or another verb comes first. */
function cueAfterSubjectPhrase(ctx: FrameContext, ns: Sentence): number {
  const { tokens, chunks } = ctx;
  for (let k = ns.first, words = 0; k <= ns.last && words <= TAIL_SUBJECT_WORDS; k++) {
    const t = tokens[k];
    if (ctx.blocked[k]) return -1;
    if (t.pos === 'SPACE') continue;
    words++;
    if (chunks.chunkAt[k] >= 0) continue;
    if (cueAt(ctx, k)) return k;
    if (t.text === ';' || t.text === ':' || (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return -1;
  }
  return -1;
}

/** Sentence `s` holds words in quotation marks. */
function quotesIn(ctx: FrameContext, s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) if (ctx.blocked[k]) return true;
  return false;
}

/** A passive reporting verb among tokens [from, to) of one clause, or -1. */
function passiveCueBetween(ctx: FrameContext, from: number, to: number): number {
  for (let k = to - 1; k >= from && k >= to - 8; k--) {
    if (ctx.blocked[k]) return -1;
    if (isPassiveCue(ctx.tokens, k)) return k;
  }
  return -1;
}

/** Sentence si is its paragraph's only sentence. */
function aloneInParagraph(ctx: FrameContext, si: number): boolean {
  const { sentences } = ctx;
  const p = sentences[si].paragraph;
  return (si === 0 || sentences[si - 1].paragraph !== p) && (si + 1 >= sentences.length || sentences[si + 1].paragraph !== p);
}

/**
 * The paragraph before or after sentence si's own opens with a quotation: lines of dialogue,
 * each its own paragraph ("'Morning.' / 'You're late.'"), not a subheading between paragraphs of prose.
 */
function besideDialogue(ctx: FrameContext, si: number): boolean {
  const { sentences, tokens, blocked } = ctx;
  const opensQuoted = (first: number) => {
    let k = first;
    while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
    return k < tokens.length && blocked[k] === 1;
  };
  if (si + 1 < sentences.length && opensQuoted(sentences[si + 1].first)) return true;
  if (si === 0) return false;
  let p = si - 1;
  while (p > 0 && sentences[p - 1].paragraph === sentences[si - 1].paragraph) p--;
  return opensQuoted(sentences[p].first);
}

function hasQuestion(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].text === '?') return true;
  return false;
}

/**
 * The beat of a sentence that ends in a colon before a quotation: its main subject, or when that
 * is no person, the person of a reporting verb in it ("Of course, as Ann Roe observed, the
 * winner was not on the stage:" / "'…'" → Ann Roe).
 */
function colonBeat(ctx: FrameContext, s: Sentence): Chunk | null {
  const main = mainSubject(ctx, s, s.last);
  return main && main.kind === 'person' ? main : speakingPerson(ctx, s, null) ?? main;
}

/** The person subject of the last verb of speaking (of `lemmas`, or any reporting verb when null) in sentence `s`, in any clause, or null. */
/**
 * "Jill Moss, a lawyer for the city, disagreed." / "'The offer stands.'": a sentence that ends on
 * a reporting verb with a person as its subject and no content of its own introduces the
 * quotation of the next paragraph as a colon would. The subject, or null.
 */
function closingCueSubject(ctx: FrameContext, s: Sentence): Chunk | null {
  const { tokens } = ctx;
  let k = s.last;
  while (k > s.first && (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SPACE')) k--;
  if (ctx.blocked[k] || !cueAt(ctx, k)) return null;
  const subject = frameAt(ctx, k, s, s.first, null).subject;
  return subject && subject.kind === 'person' && subject.last < k ? subject : null;
}

function speakingPerson(ctx: FrameContext, s: Sentence, lemmas: ReadonlySet<string> | null): Chunk | null {
  for (let k = s.last; k >= s.first; k--) {
    if (ctx.blocked[k] || !cueAt(ctx, k) || lemmas !== null && !lemmas.has(ctx.tokens[k].lemma)) continue;
    const subject = frameAt(ctx, k, s, s.first, null).subject;
    return subject && subject.kind === 'person' ? subject : null;
  }
  return null;
}

/** Tokens before a quotation's opening mark searched for its reporting verb, at most. */
const LEFT_CUE_REACH = 120;

/** The last word of sentence `s` before its closing punctuation is a reporting verb: "…, Veld says." */
function closedByCue(ctx: FrameContext, s: Sentence): boolean {
  let k = s.last;
  while (k >= s.first && (ctx.tokens[k].pos === 'PUNCT' || ctx.tokens[k].pos === 'SPACE')) k--;
  return k > s.first && !ctx.blocked[k] && cueAt(ctx, k) && SPEAKING_LEMMAS.has(ctx.tokens[k].lemma);
}

/** Whether the first word between tokens a and b opens in lower case ("was not good", not "Harbour 2030"). */
function opensLowerCase(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].pos !== 'PUNCT') return /^\p{Ll}/u.test(tokens[k].text);
  return false;
}

/**
 * Whether the unmarked words between two marked fragments of one sentence (tokens from..to) join
 * them into one statement: they hold no reporting verb of their own ("called it "reckless" and
 * said it was "costly"" reports two), open no subordinate clause of the reporter's ("warned of
 * "grave harm" if the council "cuts the budget"": a condition the reporter states; "and that …"
 * goes on with the same verb's content, and so does the statement's own reason or concession,
 * "because …", "though …": STATEMENT_CONJUNCTIONS) and are not a
 * lone determiner splitting a verb from its object ("to "support" the "whole plan"").
 */
function joinsFragments(ctx: FrameContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  let words = 0;
  let determiners = 0;
  for (let k = from; k <= to; k++) {
    if (ctx.blocked[k]) continue;
    const t = tokens[k];
    if (cueAt(ctx, k) || t.lower === 'according' && tokens[k + 1]?.lower === 'to' || t.pos === 'SCONJ' && t.lower !== 'that' && !STATEMENT_CONJUNCTIONS.has(t.lower)) return false;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE') continue;
    words++;
    if (t.pos === 'DET') determiners++;
  }
  return !(words === 1 && determiners === 1);
}

export function classifyMarked(ctx: FrameContext, spans: MarkedSpan[], sentenceOf: Int32Array, usedCues: Set<number>): Candidate[] {
  const { tokens, sentences } = ctx;
  const out: Candidate[] = [];
  const outer = spans.filter((s) => !s.nested);
  // Token ranges of each quote, marks included.
  const ranges = outer.map((s) => {
    const [ofirst] = tokenRange(tokens, s.open, s.open + s.openLen);
    const [cf, cl] = tokenRange(tokens, s.start, s.end);
    const [, closeLast] = s.closeLen > 0 ? tokenRange(tokens, s.close, s.close + s.closeLen) : [cl, cl];
    return { openTok: ofirst, first: cf, last: cl, closeTok: closeLast };
  });
  let prevFrame: Frame | null = null;
  let prevSentence = -1;
  // The closing mark's token of the last span that made a candidate or joined one (-1 before any).
  let lastKeptClose = -1;
  // The outer span the last candidate was made from (-1 before the first).
  let lastQ = -1;
  // The closing mark's token of the last headline dropped as credited to its writer (-1 before any).
  let creditedClose = -1;
  for (let q = 0; q < outer.length; q++) {
    const span = outer[q];
    const r = ranges[q];
    const si = sentenceOf[r.first] >= 0 ? sentenceOf[r.first] : sentenceOf[r.openTok];
    if (si < 0) continue;
    const s: Sentence = sentences[si];
    if (si !== prevSentence) prevFrame = null;
    prevSentence = si;
    const leftFloor = q > 0 && sentenceOf[ranges[q - 1].closeTok] === si ? ranges[q - 1].closeTok + 1 : s.first;
    // A name or title in marks inside the frame ("…," Tom Varley, wearing "Vote Kasich" pins,
    // said) does not end the search for the quotation's cue.
    let next = q + 1;
    while (next < outer.length && sentenceOf[ranges[next].openTok] === si && looksLikeTitle(tokens, ranges[next].first, ranges[next].last)) next++;
    const rightCeil = next < outer.length && sentenceOf[ranges[next].openTok] === si ? ranges[next].openTok - 1 : s.last;
    const before = prevWord(tokens, r.openTok, leftFloor);
    const beforeText = before >= 0 ? tokens[before].text : '';
    const leftWords = before >= 0 ? countWordTokens(tokens, leftFloor, r.openTok - 1) : 0;

    // Cues: the last one before the quote, the first one after it.
    let leftCue = -1;
    // A title in marks before ("said on the show "Morning Joe" that "…"") made no quote: the cue
    // may stand before it, back to the last quotation of the sentence.
    const cueFloor = leftFloor > s.first && lastKeptClose < leftFloor - 1 ? Math.max(s.first, lastKeptClose + 1) : leftFloor;
    // An infinitive ("events to address his 'gender gap'") names an act, not a report: a reporting
    // verb before it whose "that" clause holds it frames the marks ("adding that he would hold
    // events to address …").
    let infinitive = -1;
    // The reach is bounded: a sentence of thousands of unclosed marks would be scanned once per mark.
    for (let k = r.openTok - 1; k >= cueFloor && k >= r.openTok - LEFT_CUE_REACH; k--) {
      if (!(!ctx.blocked[k] && cueAt(ctx, k) || tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to')) continue;
      if (infinitive < 0 && tokens[prevWord(tokens, k, cueFloor)]?.lower === 'to' && tokens[k].lower !== 'according') { infinitive = k; continue; }
      if (infinitive >= 0 && tokens[nextWord(tokens, k, r.openTok)]?.lower !== 'that') continue;
      leftCue = k;
      break;
    }
    if (leftCue < 0) leftCue = infinitive;
    // "the crowd chanted "…"", "a banner that read, "…"": a verb of uttering set words right
    // before the marks frames them, whatever cue came earlier in the sentence.
    const utterance = utteranceVerbBefore(tokens, r.openTok, leftFloor);
    const asVerb = utterance < 0 && leftCue < 0 ? asClauseVerb(tokens, r.openTok, leftFloor) : -1;
    if (utterance >= 0) leftCue = utterance;
    else if (asVerb >= 0) leftCue = asVerb;
    else if (leftCue < 0) leftCue = verbOfPersonBefore(ctx, r.openTok, leftFloor);
    let rightCue = -1;
    for (let k = r.closeTok + 1; k <= rightCeil && k <= r.closeTok + 24; k++) if (!ctx.blocked[k] && (cueAt(ctx, k) || tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to')) { rightCue = k; break; }
    // `"…," read the banner`, `"…," a sign on the gate reads`: a verb of uttering set words
    // close after the marks frames them too.
    for (let k = r.closeTok + 1; k <= rightCeil && k <= r.closeTok + 8 && (rightCue < 0 || k < rightCue); k++) {
      if (!ctx.blocked[k] && tokens[k].pos === 'VERB' && UTTERANCE_VERBS.has(tokens[k].lemma)) { rightCue = k; break; }
    }

    const wordsOf = leftCue < 0 ? wordsOfFrame(ctx, r.openTok, leftFloor) : null;
    const content = countWordTokens(tokens, r.first, r.last);
    const statementShaped = leftWords === 0 || beforeText === ':' || (beforeText === ',' && (leftCue >= 0 || wordsOf !== null));
    // An exclamation or a question is an utterance however short ("Out!" the crowd yelled; "But
    // why?" she asked): a name, a title or a scare quote is not punctuated so.
    const exclaimed = tokens[r.last].text === '!' || tokens[r.last].text === '?';
    let kind: Candidate['kind'] = statementShaped && (content >= 3 || exclaimed) ? 'direct' : 'partial';
    if (span.continues || (span.unclosed && leftWords === 0)) kind = 'direct';
    // Marks around a whole short sentence right after a quotation of the sentence before, in the
    // same paragraph ("'It will be hard,' she said. 'Very hard.'"): the same speaker goes on.
    const previous = out.length > 0 ? out[out.length - 1] : null;
    if (kind === 'partial' && leftWords === 0 && previous?.kind === 'direct' && lastQ === q - 1 && previous.sentence === si - 1 && previous.paragraph === s.paragraph
      && rightCeil === s.last && countWordTokens(tokens, r.closeTok + 1, s.last) === 0) kind = 'direct';

    // Not speech: an attribute value of markup left in the text (`datetime="2016-06-29"`), the
    // mark right after its "=".
    if (before >= 0 && tokens[before].end === span.open && tokens[before].text.endsWith('=')) continue;
    // Not speech: the excerpt after a headline credited to its writer in a list of linked
    // articles ("—"Ferry back by May," by the Ledger's Ann Roe: "The ferry will …" http://…").
    if (beforeText === ':' && creditedClose >= 0 && creditedClose < r.openTok && creditedToWriter(tokens, creditedClose, before)) continue;
    // Not speech: titles, names and scare quotes.
    const precede = before >= 0 ? tokens[before].lower : '';
    if (SCARE_PRECEDERS.has(precede) && !namedBySpeaker(ctx, before, leftFloor)) continue;
    if (WORK_NOUNS.has(precede) && !opensLowerCase(tokens, r.first, r.last) && !namedBySpeaker(ctx, before, leftFloor)) continue;
    if (before > 0 && tokens[before].lower === 'as' && tokens[before - 1]?.lower === 'known') continue;
    if (kind === 'partial' && looksLikeTitle(tokens, r.first, r.last) && leftCue < 0 && rightCue < 0) continue;
    // A title after a preposition ("said on "Harbour Weekly"", "the author of "Long Tides"",
    // "according to "The Port Ledger"") names what the sentence mentions, whatever cue is near;
    // an exclamation there is a chant ("to chants of "Go Team Go!"").
    if (kind === 'partial' && !exclaimed && looksLikeTitle(tokens, r.first, r.last) && titlePreposition(tokens, before, leftFloor)) continue;
    // A title opening its sentence as the subject or the modifier of a noun ("'Harbour Lights'
    // opens tonight", "the 'Harbour Lights' cast"): the next word is a noun or a verb that reports nothing.
    if (kind === 'direct' && leftWords === 0 && looksLikeTitle(tokens, r.first, r.last)) {
      const nx = nextWord(tokens, r.closeTok, rightCeil);
      if (nx >= 0 && (tokens[nx].pos === 'NOUN' || tokens[nx].pos === 'AUX' || tokens[nx].pos === 'VERB') && !cueAt(ctx, nx)) continue;
    }

    let frame: Frame | null = null;
    let passive = -1;
    if (kind === 'direct') {
      if (rightCue >= 0) frame = frameAt(ctx, rightCue, s, r.closeTok + 1, null);
      if (!frame && wordsOf) frame = wordsOf;
      // `Ruiz said of the vote, "…," adding that …`: a cue after the quotation with no speaker of
      // its own goes on from the frame before the quotation, which names the speaker.
      if (leftCue >= 0 && (!frame || !frame.subject)) {
        const left = frameAt(ctx, leftCue, s, leftFloor, prevFrame);
        if (!frame || left.subject) frame = left;
        // "Veld tweeted back, pointing out how ironic it was from a candidate who promised
        // closures: '…'": a cue inside a relative clause on an unnamed phrase in an earlier
        // report leaves the quotation to that report's subject ("…, says to Santilli, who
        // responds: '…'" is Santilli's).
        if (frame.subject && frame.subject.nameFirst < 0 && beforeText === ':' && RELATIVE_PRONOUNS.has(tokens[prevWord(tokens, frame.cue, leftFloor)]?.lower ?? '')) {
          for (let k = leftFloor; k < frame.subject.first; k++) {
            if (ctx.blocked[k] || !cueAt(ctx, k)) continue;
            const outer = frameAt(ctx, k, s, leftFloor, null);
            if (outer.subject && outer.subject.kind === 'person' && outer.subject.nameFirst >= 0 && !outer.inverted) { frame = outer; break; }
          }
        }
      }
    } else if ((passive = passiveCueBetween(ctx, Math.max(leftCue + 1, leftFloor), r.openTok)) >= 0) {
      // "… and was told they were 'being organised'": said to the subject by someone unnamed.
      frame = makeFrame(passive, passive, tokens[passive].lemma, null, null, false);
    } else {
      if (leftCue >= 0) frame = frameAt(ctx, leftCue, s, s.first, prevFrame);
      // "Obama said he expected that Americans will say "no"": a cue nobody has said yet (a
      // modal or a negation before it) inside an earlier frame's content leaves the marked words
      // to that frame's speaker.
      if (frame?.subject && !frame.inverted && unsaid(tokens, frame.cue, frame.subject.last)) {
        for (let k = leftFloor; k < frame.subject.first; k++) {
          if (ctx.blocked[k] || !cueAt(ctx, k)) continue;
          const outer = frameAt(ctx, k, s, s.first, null);
          if (outer.subject && !outer.inverted && outer.subject.last < k && framesOf(outer.lemma).has('clause') && !unsaid(tokens, k, outer.subject.last)) { frame = outer; break; }
        }
      }
      // A cue with no speaker of its own in a later clause ("… if it pushed ahead, including
      // 'X'") leaves the fragment to the sentence's earlier frame.
      if (frame && !frame.subject && prevFrame?.subject) frame = prevFrame;
      // "the ministry said the audit had found 'X'": the nearest cue has no speaker; an earlier
      // one in the sentence does.
      if (frame && !frame.subject) {
        for (let k = leftCue - 1; k >= leftFloor; k--) {
          if (ctx.blocked[k] || !cueAt(ctx, k)) continue;
          const outer = frameAt(ctx, k, s, s.first, null);
          if (outer.subject) { frame = outer; break; }
        }
      }
      else if (!frame && prevFrame) frame = prevFrame;
      // "… regarded as "refuges" from heat stress, said Nguyễn Thị Lan". A verb inside a clause
      // that opens after the marks and runs on to it ("a "first draft" because the ministers did
      // not agree", "one ad, "Harbour Rising," stars an actor who promises …") has a subject of
      // its own and frames nothing before the clause.
      if ((!frame || !frame.subject) && rightCue >= 0 && !clauseOpensBetween(tokens, r.closeTok + 1, rightCue)) {
        const right = frameAt(ctx, rightCue, s, r.closeTok + 1, null);
        if (!frame || right.subject) frame = right;
      }
    }
    // `Adding, "…"`: a participle opening the sentence with no subject goes on from the speaker
    // before, as a quotation with no frame does.
    if (frame && !frame.subject && kind === 'direct' && frame.cue === nextWord(tokens, s.first - 1, s.last) && tokens[frame.cue].lower.endsWith('ing')) frame = null;
    // A quotation opening its paragraph after a colon frame: "Martin Shaw said:" / "'Eleanor was …'".
    let beat: Chunk | null = null;
    if (!frame && kind === 'direct' && leftWords === 0 && si > 0 && !(q > 0 && outer[q - 1].continues)) {
      const ps = sentences[si - 1];
      frame = colonFrameBefore(ctx, ps);
      // "… the professor was cautious:" with no reporting verb: its subject; otherwise the
      // sentence just before, if it is about one person and quotes nobody.
      // A sentence that quotes someone has no beat of its own: its quotation's speaker goes on.
      // A sentence closed by its frame ("Or maybe Ann Roe, pollster Tom Veld says.") is the frame
      // subject's words, and so is the quotation after it, whoever the sentence names first.
      if (!frame && ps.paragraph >= s.paragraph - 1) beat = tokens[ps.last].text === ':' ? colonBeat(ctx, ps) : quotesIn(ctx, ps) || closedByCue(ctx, ps) ? speakingPerson(ctx, ps, SPEAKING_LEMMAS) : personSubject(ctx, ps) ?? speakingPerson(ctx, ps, SPEAKING_LEMMAS);
    }
    // "Ms Kealy's message … was brief: 'See you in court.'", "the mayor-elect had a ready answer:
    // '…'": a colon with no reporting verb introduces the words of the sentence's subject.
    if ((!frame || !frame.subject) && kind === 'direct' && beforeText === ':' && leftFloor === s.first) beat = mainSubject(ctx, s, before);
    // `'Will you come?' Moodie asks him.`: the splitter ends the sentence at the question mark;
    // a short next sentence that is only a speaker and a reporting verb frames the quote.
    // A fragment closing on a question after a word of the reporter's ("Roe "… Does that fly?"
    // the adviser asked") is cut off the same way.
    if (!frame && (kind === 'direct' || exclaimed) && rightCue < 0 && si + 1 < sentences.length && !(q + 1 < outer.length && sentenceOf[ranges[q + 1].openTok] === si + 1)) {
      frame = tailFrame(ctx, sentences[si + 1], s.paragraph, r.closeTok, exclaimed);
    }
    // Not speech: a headline credited to its writer, as in a list of linked articles ("—"Ferry
    // back by May," by the Ledger's Ann Roe: …"), with no reporting verb to frame it.
    if (!frame && creditedToWriter(tokens, r.closeTok, rightCeil)) { creditedClose = r.closeTok; continue; }
    if (frame) {
      // A title in marks beside a cue ("said on Channel 9's "Morning Report" that …") leaves
      // the cue free to frame the reported clause.
      if (!(kind === 'partial' && looksLikeTitle(tokens, r.first, r.last))) usedCues.add(frame.cue);
      prevFrame = frame;
    }
    // A short fragment with no reporting verb anywhere near is a scare quote.
    if (!frame && kind === 'partial' && content <= 3) continue;
    // A short quotation standing alone as its paragraph, with no reporting verb and no colon
    // before it, between paragraphs of prose, is a subheading in marks ("'A costly mistake'."),
    // not a statement; a question asked there, or a line of dialogue, is one.
    if (!frame && kind === 'direct' && content <= 6 && leftWords === 0 && !span.continues && !(q > 0 && outer[q - 1].continues)
      && aloneInParagraph(ctx, si) && countWordTokens(tokens, r.closeTok + 1, s.last) === 0
      && !(si > 0 && tokens[sentences[si - 1].last].text === ':') && !hasQuestion(tokens, r.first, r.last) && !besideDialogue(ctx, si)
      && !(si > 0 && sentences[si - 1].paragraph >= s.paragraph - 1 && closingCueSubject(ctx, sentences[si - 1]))) continue;
    // Fragments of one statement with the reporter's words between them ("called the plan
    // "reckless" and "far too costly"") are one quote: annotators of real news (PolNeAR's mixed
    // quotes) span them with the words between.
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (kind === 'partial' && last && last.kind === 'partial' && lastQ === q - 1 && last.sentence === si && !span.unclosed
      && joinsFragments(ctx, ranges[q - 1].closeTok + 1, r.openTok - 1)) {
      (last.fragments ??= [[last.start, last.end]]).push([span.start, span.end]);
      last.end = span.end;
      // The frame may stand only after the last fragment ("… "weight" and … "firepower" they
      // need, Orta said"): the joined quote is that frame's.
      if (!last.frame?.subject && frame?.subject) {
        last.frame = frame;
        last.confidence = 0.9;
      }
      lastQ = q;
      lastKeptClose = r.closeTok;
      continue;
    }
    let confidence = frame?.subject ? 0.9 : kind === 'direct' ? 0.6 : 0.4;
    if (span.unclosed) confidence -= 0.2;
    lastQ = q;
    lastKeptClose = r.closeTok;
    out.push({
      kind, start: span.start, end: span.end, frame, continues: kind === 'direct' && !frame, beat,
      sentence: si, paragraph: s.paragraph, confidence: Math.max(0.05, confidence),
    });
  }
  return out;
}
