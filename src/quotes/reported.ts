// Reported speech: quotes without quotation marks, found from reporting frames.
import {
  ACCEPT_LEMMA_CLASSES, CLAUSE_OPENERS_BEFORE_RECORD, CLAUSE_SUBJECT_PRONOUNS, COMPLEMENT_PREPOSITIONS, FRAME_FILLERS, NAMED_PRONOUNS, POLLED_PARTICIPLES, QUESTION_CUES, SHARE_WORDS, STATEMENT_CLASSES, TOPIC_CLAUSE_OPENERS, BARE_FRAME_CLASSES, MARKED_QUOTE_BREAKS, NOUN_TAGGED_CUES, NOUN_TAGGED_CUE_PARTICLES, SUBJECT_PRONOUNS, BETWEEN_SUBJECT_AND_VERB, CLAUSE_BREAKS, FIRST_PERSON, NON_PERSON_SUBJECT_VERBS, NOT_SUBJECT_HEAD,
  ADDRESSEE_VERBS, NP_OBJECT_VERBS, QUANTIFIER_SUBJECTS, VERB_TOPIC_PREPOSITIONS, OBJECT_CONTENT_CLASSES, OBJECT_PRONOUNS, PARENTHETICAL_ADVERBS, POSSESSIVES, PROSPECTIVE, SENTENCE_CONJUNCTIONS, SETTING_WORDS, SUBORDINATE_OPENERS, RECORD_NOUNS, RECORD_VERBS, RELATIVE_PRONOUNS, THAT_ONLY, TITLE_WORDS, TOPIC_PARTICLES, TOPIC_PREPOSITIONS, TRAILING_PARTICIPLES, INTERRUPTED_STATEMENT_OPENERS, DURATION_NOUNS, DURATION_PREPOSITIONS, WH_CONTENT_OPENERS, WH_CONTENT_VERBS, COMPARATIVES, NUMBER_APPROXIMATORS, FOR_CONTENT_VERBS,
} from '../lang/cues';
import { NON_SPEECH_TO, QUESTION_WORDS, ROLE_NOUNS, SPEECH_NOUNS } from '../lang/en';
import { PARTICIPLE_ENDING, PAST_PARTICIPLE, PAST_TENSE_FORM } from '../lang/en-text';
import type { Chunk } from '../mentions/chunk';
import { intArray } from '../scratch';
import type { Sentence } from '../sentences/segment';
import { mayBeVerbForm, type Token } from '../text/tokenize';
import { cueLemma, isTightHyphen, nextWord, prevWord } from '../text/cues';
import { inClass, WordClass } from '../text/word-class';
import { blockedRunEnd, cueAt, type Frame, type FrameContext, frameAt, framesOf, frameWith, makeFrame, subjectRight, type VerbOpener, verbOpener } from './frames';
import type { Candidate } from './marked';

function isWord(t: Token): boolean {
  return t.pos !== 'PUNCT' && t.pos !== 'SPACE';
}

/**
 * Prefix counts over the tokens, so that "does [a, b] hold a verb / a token inside a marked
 * quote" and "where does this clause start" cost O(1). Scanning the span for every cue was
 * quadratic in one long sentence: a 400 kB "according to X, …, according to X, …" took 3 s
 * (bench/adversarial.mjs); `blocked` does not change once tokens are classified.
 *
 * Every question is asked of one sentence's tokens (and the token after its last) while that
 * sentence is being read, so the counts are filled sentence by sentence (`indexSentence`), only
 * for a sentence where a rule asks, right after its tokens were read for cues: most sentences
 * hold no cue, and a pass of its own over all of a document's tokens cost ~0.7% of extraction.
 * Counts are differences within a sentence: `verbs` and `blocked` restart at its first token.
 */
interface SpanIndex {
  /** verbs[k]: VERB and AUX tokens before token k, and past-tense forms wink took for nouns. */
  verbs: Int32Array;
  /** blocked[k]: tokens inside marked quotes before token k. */
  blocked: Int32Array;
  /** clauseMark[k]: the last ':' or ';' token at or before k, -1 if none. */
  clauseMark: Int32Array;
  /** andBut[k]: the last "and" or "but" token at or before k, -1 if none. */
  andBut: Int32Array;
  /** breaks[k]: the clause break `breakFrom` found from token k, -1 until asked (see there). */
  breaks: Int32Array;
  /** The sentence the counts are filled for, -1 before the first. */
  filled: number;
}

function indexSpans(ctx: FrameContext): SpanIndex {
  const n = ctx.tokens.length;
  return { verbs: intArray(n + 1), blocked: intArray(n + 1), clauseMark: intArray(n, -1), andBut: intArray(n, -1), breaks: intArray(n, -1), filled: -1 };
}

/** Fill the span index for sentence s (see SpanIndex), unless it is filled already. */
function indexSentence(ctx: FrameContext, ix: SpanIndex, s: Sentence): void {
  if (ix.filled === s.index) return;
  ix.filled = s.index;
  const { tokens } = ctx;
  const { verbs, blocked, clauseMark, andBut } = ix;
  // A mark or conjunction before the sentence is none for its rules (they test `>= s.first` or
  // `> span[0]`), as -1 is.
  let conj = -1;
  let mark = -1;
  verbs[s.first] = 0;
  blocked[s.first] = 0;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    // A noun counts when it is a verb form wink mistagged: both patterns need the word to end in
    // "ed" or "s" (`mayBeVerbForm`), tested first on its last letters (the two patterns ran on
    // every noun).
    verbs[k + 1] = verbs[k] + (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' && mayBeVerbForm(t.lower) && (PAST_TENSE_FORM.test(t.lower) || presentAfterSubject(ctx, k)) ? 1 : 0);
    blocked[k + 1] = blocked[k] + (ctx.blocked[k] ? 1 : 0);
    if (t.text === ':' || t.text === ';') mark = k;
    clauseMark[k] = mark;
    if (t.lower === 'and' || t.lower === 'but') conj = k;
    andBut[k] = conj;
  }
}

/** A third-person present form ("trails", "marks"): a lower-case word ending in a single "s". */
const PRESENT_FORM = /^[a-z]{3,}[^su']s$/;

/**
 * A present-tense verb wink tagged as a noun between its subject's last word (a name or a noun)
 * and its object (a name, a determiner, a possessive, a number): "Ruiz trails Park by four
 * points", "the ferry plan marks his return". Counted as the clause's verb.
 */
function presentAfterSubject(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  if (!PRESENT_FORM.test(tokens[k].lower)) return false;
  const p = prevWord(tokens, k, 0);
  const n = nextWord(tokens, k, tokens.length - 1);
  if (p < 0 || n < 0 || (tokens[p].pos !== 'PROPN' && tokens[p].pos !== 'NOUN')) return false;
  const after = tokens[n];
  return after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'NUM' || POSSESSIVES.has(after.lower) || ctx.chunks.chunkAt[n] >= 0 && ctx.chunks.chunks[ctx.chunks.chunkAt[n]].first === n && after.cap;
}

/** Does [a, b] hold a verb (so it can be a clause)? */
function hasVerb(ix: SpanIndex, a: number, b: number): boolean {
  return b >= a && ix.verbs[b + 1] - ix.verbs[a] > 0;
}

/** End of the reported content that starts at `a`: sentence end, the next clause break or a frame of its own inside. */
function contentEnd(ctx: FrameContext, ix: SpanIndex, a: number, s: Sentence): number {
  if (a + 1 > s.last) return s.last;
  const next = clauseBreak(ctx, a + 1, s, false);
  const end = next !== NO_BREAK ? next : breakFrom(ctx, ix, a + 2, s);
  return innerFrameEnd(ctx, ix, a, end, s);
}

/** How many tokens of reported content are searched for a frame of its own (bounded: cost stays linear). */
const INNER_FRAME_REACH = 80;

/**
 * Where content [a, end] stops before a new frame inside it, its own subject and cue: "one in
 * three said the party did not care and one in four said it was hostile", "many have said they
 * will stay away and others have said …" (after "and" or "but", once the content before holds a
 * verb), "a group of hackers who officials say is tied to …" (after a relative pronoun). The
 * new frame's cue is then left uncovered for its own content. `end` when there is none.
 */
function innerFrameEnd(ctx: FrameContext, ix: SpanIndex, a: number, end: number, s: Sentence): number {
  const { tokens } = ctx;
  const last = Math.min(end, a + INNER_FRAME_REACH);
  for (let k = a + 1; k <= last; k++) {
    const w = tokens[k].lower;
    const joiner = w === 'and' || w === 'but';
    if (!joiner && !inClass(tokens[k], WordClass.RELATIVE_PRONOUN) && w !== 'that' || ctx.blocked[k]) continue;
    if (joiner && !hasVerb(ix, a, k - 1)) continue;
    // "that" right after a noun only: "polls that …", not the "that" of "said that …" or "so that".
    if (w === 'that' && tokens[prevWord(tokens, k, a)]?.pos !== 'NOUN') continue;
    const nx = nextWord(tokens, k, end);
    // "…, about the same number who said …": the relative pronoun is the new frame's subject.
    const relativeCue = nx >= 0 && inClass(tokens[k], WordClass.RELATIVE_PRONOUN) && cueAt(ctx, nx) && !tokens[nx].lower.endsWith('ing') && hasVerb(ix, a, k - 1);
    if (relativeCue || nx >= 0 && subjectThenCue(ctx, nx, end, s)) {
      const p = prevWord(tokens, k, a);
      return p >= a ? p : end;
    }
  }
  return end;
}

/**
 * Does a subject open at token a with its reporting verb within a few words, no other verb first:
 * "one in four said", "others have said", "officials say"? The subject holds at least one word;
 * prepositions "of" and "in" may join it ("most of them", "one in four").
 */
function subjectThenCue(ctx: FrameContext, a: number, last: number, s: Sentence): boolean {
  const { tokens } = ctx;
  let words = 0;
  for (let m = a, n = 0; m >= 0 && n < FRAME_AHEAD; m = nextWord(tokens, m, last), n++) {
    const t = tokens[m];
    if (ctx.blocked[m] || t.pos === 'PUNCT') return false;
    if (words > 0 && t.pos === 'VERB' && cueAt(ctx, m)) return !t.lower.endsWith('ing') && !THAT_ONLY.has(cueLemma(tokens, m) ?? '');
    // "others have said", "nearly three in five said": auxiliaries and adverbs are no words of the subject.
    if (BETWEEN_SUBJECT_AND_VERB.has(t.lower) && words > 0 || t.pos === 'ADV') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' && t.lower !== 'of' && t.lower !== 'in' || t.lower === 'that' || t.lower === 'to') return false;
    if (t.pos !== 'DET' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.pos !== 'ADJ' && t.pos !== 'PRON' && t.pos !== 'ADP' && t.text !== "'s" && t.text !== '\u2019s') return false;
    words++;
  }
  return false;
}

const NO_BREAK = -2;

/**
 * The first clause break at or after token k0 (as `contentEnd` gives it), remembered per token:
 * every frame of a sentence scanned on to the same break, so a sentence of thousands of frames
 * ("he said: "…": he said: …", no full stop) was quadratic. A token lies in one sentence, so one
 * memo per document (in the span index) serves all of them; a typed array per sentence, kept in
 * a WeakMap, cost 1.7% of extraction in allocation alone.
 */
function breakFrom(ctx: FrameContext, ix: SpanIndex, k0: number, s: Sentence): number {
  const memo = ix.breaks;
  let k = k0;
  let last = s.last;
  for (; k <= s.last; k++) {
    if (memo[k] >= 0) { last = memo[k]; break; }
    const b = clauseBreak(ctx, k, s, true);
    if (b !== NO_BREAK) { last = b; break; }
  }
  for (let j = k0; j < k && j <= s.last; j++) memo[j] = last;
  if (k <= s.last) memo[k] = last;
  return last;
}

/**
 * Where reported content running through token k ends when k breaks it off (the content's last
 * token, or the sentence's), NO_BREAK when it goes on. `andBreaks` is false for the content's
 * second token: "and" right after the start opens nothing new.
 */
function clauseBreak(ctx: FrameContext, k: number, s: Sentence, andBreaks: boolean): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t.text === ';') return k - 1;
  // "… and pledged to …", "… but urged …", "… and that …": a new frame or a second statement.
  if ((t.lower === 'and' || t.lower === 'but') && andBreaks) {
    const nx = nextWord(tokens, k, s.last);
    if (nx >= 0 && (cueAt(ctx, nx) || tokens[nx].lower === 'that')) return k - 1;
  }
  if (t.text === ',' || t.text === '\u2014') {
    const nx = nextWord(tokens, k, s.last);
    if (nx < 0) return s.last;
    const w = tokens[nx];
    if (CLAUSE_BREAKS.has(w.lower) || TRAILING_PARTICIPLES.has(w.lower)) return k - 1;
    // ", and added …" / ", he said" start a new frame.
    // nextWord is -1 when "and" ends the sentence (", and" at the very end): no frame follows.
    const afterAnd = w.lower === 'and' ? nextWord(tokens, nx, s.last) : -1;
    if (afterAnd >= 0 && cueAt(ctx, afterAnd)) return k - 1;
    const c = ctx.chunks.chunkAt[nx];
    if (c >= 0) {
      const chunk = ctx.chunks.chunks[c];
      const after = nextWord(tokens, chunk.last, s.last);
      if (after >= 0 && cueAt(ctx, after)) return k - 1;
    }
    if (cueAt(ctx, nx)) return k - 1;
    if (cueAhead(ctx, nx, s)) return k - 1;
    // ", and nearly three in five said …", ", and others have said …".
    const subject = w.lower === 'and' || w.lower === 'but' ? afterAnd >= 0 ? afterAnd : nextWord(tokens, nx, s.last) : nx;
    if (subject >= 0 && subjectThenCue(ctx, subject, s.last, s)) return k - 1;
  }
  return NO_BREAK;
}

/** How many words after a comma a new frame's verb is looked for (bounded: cost stays linear). */
const FRAME_AHEAD = 7;

/**
 * Does a new reporting frame open at token a, after a comma: its subject and then its cue with no
 * other verb first? ", and other party leaders said …", ", even some allies questioned …",
 * ", and Ana Ruiz, who argued …". The statement before ends at the comma.
 */
function cueAhead(ctx: FrameContext, a: number, s: Sentence): boolean {
  const { tokens } = ctx;
  for (let m = a, n = 0; m >= 0 && n < FRAME_AHEAD; m = nextWord(tokens, m, s.last), n++) {
    const t = tokens[m];
    if (ctx.blocked[m] || t.text === '.' || t.text === ';' || t.text === ':') return false;
    // "hold", "find", "rule" report only through "that" ("the alliance, which holds out …").
    if (cueAt(ctx, m)) return n > 0 && !t.lower.endsWith('ing') && !THAT_ONLY.has(cueLemma(tokens, m) ?? '');
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.lower === 'that') return false;
  }
  return false;
}

function trimSpan(tokens: Token[], a: number, b: number): [number, number] | null {
  while (a <= b && (!isWord(tokens[a]) || tokens[a].lower === 'that')) a++;
  while (b >= a && !isWord(tokens[b])) b--;
  if (a > b) return null;
  return [a, b];
}

function overlapsBlocked(ix: SpanIndex, a: number, b: number): boolean {
  return b >= a && ix.blocked[b + 1] - ix.blocked[a] > 0;
}

/**
 * Skip an indirect object after a cue: "told reporters", "told Blinken", "warned Moscow", and a
 * coordinated one: "accused Ukraine and its Western backers of …".
 */
function skipObject(ctx: FrameContext, j: number, s: Sentence): number {
  const k = skipOneObject(ctx, j, s);
  if (k < 0 || k === j || ctx.tokens[k].lower !== 'and') return k;
  const next = nextWord(ctx.tokens, k, s.last);
  const k2 = next >= 0 ? skipOneObject(ctx, next, s) : next;
  return k2 > next ? k2 : k;
}

function skipOneObject(ctx: FrameContext, j: number, s: Sentence): number {
  const { tokens, chunks } = ctx;
  if (j < 0) return j;
  const c = chunks.chunkAt[j];
  if (c >= 0 && chunks.chunks[c].kind !== 'pronoun') return nextWord(tokens, chunks.chunks[c].last, s.last);
  if (OBJECT_PRONOUNS.has(tokens[j].lower)) return nextWord(tokens, j, s.last);
  // A short noun phrase: "the OSCE meeting", "Kiev's partners", "The Associated Press".
  let k = j;
  let sawNoun = false;
  while (k >= 0 && k <= s.last && k < j + 6) {
    const t = tokens[k];
    // Stops at the infinitive marker: "called on the councils | to publish".
    if (t.lower !== 'to' && (['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM'].includes(t.pos) || t.text === "'s" || POSSESSIVES.has(t.lower))) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') sawNoun = true;
      k = nextWord(tokens, k, s.last);
      continue;
    }
    break;
  }
  return sawNoun && k >= 0 ? k : j;
}

/** Skip adverbials between a cue and its content; returns the index after a "that" if one comes soon. */
function skipToContent(ctx: FrameContext, j: number, s: Sentence): number {
  const { tokens } = ctx;
  for (let k = j; k >= 0 && k <= s.last && k < j + 16; k = nextWord(tokens, k, s.last)) {
    const t = tokens[k];
    if (t.lower === 'that') return nextWord(tokens, k, s.last);
    // A parenthetical adverb: "stressed, however, that …".
    if (t.text === ',' && PARENTHETICAL_ADVERBS.has(tokens[nextWord(tokens, k, s.last)]?.lower ?? '')) {
      const adverb = nextWord(tokens, k, s.last);
      const close = nextWord(tokens, adverb, s.last);
      k = close >= 0 && tokens[close].text === ',' ? close : adverb;
      continue;
    }
    // A title in marks inside the adverbial is passed over: "said on Channel 9's "Morning Report" that".
    if (ctx.blocked[k] && isShortMarkedName(ctx, k)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ':' || ctx.blocked[k]) break;
  }
  // "'…,' Roe said of the course": "of" names what the words were about, and no "that" follows
  // to open what was said of it.
  if (tokens[j]?.lower === 'of') return -1;
  // No "that": skip time words and speech settings ("on Thursday", "in a statement").
  let k = j;
  while (k >= 0 && k <= s.last) {
    const t = tokens[k];
    if (SETTING_WORDS.has(t.lower)) {
      // "say this is …": "this" right before an auxiliary is the clause's subject ("said this week"
      // is a setting). A day before one stays a setting: "the merger announced Monday would …".
      const next = nextWord(tokens, k, s.last);
      if (t.lower === 'this' && next >= 0 && tokens[next].pos === 'AUX' && !isTightHyphen(tokens, next + 1)) break;
      k = next;
      continue;
    }
    const time = durationEnd(tokens, k, s);
    if (time >= 0) { k = nextWord(tokens, time, s.last); continue; }
    if (t.lower === 'in' || t.lower === 'during' || t.lower === 'at') {
      // "in a statement", "in an interview with X": a speech noun within three words.
      let m = k;
      let found = -1;
      for (let step = 0; step < 4 && m >= 0; step++) { m = nextWord(tokens, m, s.last); if (m >= 0 && SPEECH_NOUNS.has(tokens[m].lower)) { found = m; break; } }
      if (found >= 0) {
        let e = nextWord(tokens, found, s.last);
        if (e >= 0 && (tokens[e].lower === 'with' || tokens[e].lower === 'on' || tokens[e].lower === 'to')) { e = skipObject(ctx, nextWord(tokens, e, s.last), s); }
        k = e;
        continue;
      }
      // "said in politics it takes time …": a short phrase of nouns and modifiers, then a subject
      // pronoun and its verb, is a setting before the content.
      const after = shortPhraseBeforeClause(tokens, k, s);
      if (after >= 0) { k = after; continue; }
    }
    break;
  }
  return k;
}

/**
 * After the preposition at `k`, one to three nouns, names, adjectives or determiners, then a
 * subject pronoun and a verb: the index of the pronoun, else -1. "in politics it takes …" is a
 * setting and a clause; "in the plan he …" too; "in politics" alone is not.
 */
function shortPhraseBeforeClause(tokens: Token[], k: number, s: Sentence): number {
  let m = nextWord(tokens, k, s.last);
  let words = 0;
  while (m >= 0 && words < 4 && (tokens[m].pos === 'NOUN' || tokens[m].pos === 'PROPN' || tokens[m].pos === 'ADJ' || tokens[m].pos === 'DET')) { words++; m = nextWord(tokens, m, s.last); }
  // A capitalized pronoun other than "I" opens a sentence the splitter missed: "… in Iowa It's".
  if (words === 0 || words > 3 || m < 0 || !CLAUSE_SUBJECT_PRONOUNS.has(tokens[m].lower) || tokens[m].cap && tokens[m].lower !== 'i') return -1;
  const verb = nextWord(tokens, m, s.last);
  return verb >= 0 && (tokens[verb].pos === 'VERB' || tokens[verb].pos === 'AUX') ? m : -1;
}

/** How many runs of verbs ("was briefed", "joined", "had broken") lie between tokens a and b. */
function verbGroups(tokens: Token[], a: number, b: number): number {
  let groups = 0;
  for (let k = a; k <= b; k++) {
    const verb = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
    if (verb && !(k > a && (tokens[k - 1].pos === 'VERB' || tokens[k - 1].pos === 'AUX' || tokens[k - 1].pos === 'PART' || tokens[k - 1].pos === 'ADV'))) groups++;
  }
  return groups;
}

/**
 * Whether the cue is the verb of a relative clause with no comma before it ("Republicans who have
 * praised …"): the subject before it still waits for its own verb after the clause.
 */
function inRestrictiveRelative(ctx: FrameContext, cue: number, s: Sentence): boolean {
  const { tokens } = ctx;
  let v = prevWord(tokens, cue, s.first);
  while (v >= 0 && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = prevWord(tokens, v, s.first);
  if (v < 0 || !RELATIVE_PRONOUNS.has(tokens[v].lower) && tokens[v].lower !== 'that') return false;
  const before = prevWord(tokens, v, s.first);
  return before >= 0 && tokens[before].text !== ',';
}

/**
 * Where a noun-phrase object starting at `np` ends, at the latest `end`, when its verb is in a
 * restrictive relative clause: before a verb right after a noun, the main clause's ("Republicans
 * who have praised [his candidacy] warned on Tuesday that …"). A verb after a relative word or a
 * pronoun stays in the phrase ("the workers who saved the pier", "the work she promised").
 */
function objectEnd(ctx: FrameContext, np: number, end: number): number {
  const { tokens } = ctx;
  for (let k = nextWord(tokens, np, end); k >= 0 && k <= end; k = nextWord(tokens, k, end)) {
    const t = tokens[k];
    // A form in -ing is a noun or a participle there ("the Martin shooting").
    if (ctx.blocked[k] || t.pos !== 'VERB' && t.pos !== 'AUX' || t.lower.endsWith('ing')) continue;
    const p = tokens[prevWord(tokens, k, np)];
    if (p && (p.pos === 'NOUN' || p.pos === 'PROPN')) return prevWord(tokens, k, np);
  }
  return end;
}

/** Whether a reporting verb stands within the span. */
function cueWithin(ctx: FrameContext, span: [number, number]): boolean {
  for (let k = span[0]; k <= span[1]; k++) if (cueAt(ctx, k)) return true;
  return false;
}

/** Whether sentence s opens with unmarked words (an opener before any quotation mark: "Despite his …"). */
function opensWithWords(ctx: FrameContext, s: Sentence): boolean {
  const first = nextWord(ctx.tokens, s.first - 1, s.last);
  return first >= 0 && !ctx.blocked[first] && ctx.tokens[first].pos !== 'PUNCT' && ctx.tokens[first].pos !== 'X';
}

/** The first comma after token k in sentence s, or -1. */
function commaAfter(tokens: Token[], k: number, s: Sentence): number {
  for (let m = k; m <= s.last; m++) if (tokens[m].text === ',') return m;
  return -1;
}

/** How many words a stretch of time after its preposition may hold ("over the past two years"). */
const DURATION_WORDS = 4;

/**
 * The last token of a stretch of time opening at preposition k ("for weeks", "in recent days",
 * "over the past two years"): only determiners, adjectives and numbers before its noun. -1 when
 * k opens none.
 */
function durationEnd(tokens: Token[], k: number, s: Sentence): number {
  if (!DURATION_PREPOSITIONS.has(tokens[k].lower)) return -1;
  for (let m = nextWord(tokens, k, s.last), n = 0; m >= 0 && n < DURATION_WORDS; m = nextWord(tokens, m, s.last), n++) {
    const t = tokens[m];
    if (DURATION_NOUNS.has(t.lower)) return m;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && !QUANTIFIER_SUBJECTS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * A preposition, not the first half of a hyphenated modifier: "down" in "down-ballot races" or
 * "in" in "in-state tuition" opens a noun phrase.
 */
function isPreposition(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t.pos === 'ADP' && !(next && next.text === '-' && next.start === t.end);
}

/** Tags a word may have to open the subject of a clause after a setting's comma. */
const SUBJECT_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * The comma at `comma` closes the time or speech setting a cue was given ("said on Monday,",
 * "said yesterday,") and a clause of its own follows: its subject's first word, not a mark, a
 * verb, or a conjunction ("said on Monday, and …" adds a clause of the narrative).
 */
function settingComma(ctx: FrameContext, comma: number, s: Sentence): boolean {
  const a = nextWord(ctx.tokens, comma, s.last);
  return a >= 0 && !ctx.blocked[a] && SUBJECT_OPENERS.has(ctx.tokens[a].pos);
}

/** Content before a closing frame: "CLAUSE, Peskov said (in …)." */
/**
 * The comma right after the speaker of an inverted frame (and its apposition) inside the sentence,
 * where the statement the frame interrupts goes on ("…, said Doyle, would be clear"); -1 if the
 * speaker is followed by anything else.
 */
function commaAfterInvertedSpeaker(ctx: FrameContext, frame: Frame, s: Sentence): number {
  const { tokens, chunks } = ctx;
  if (!frame.subject || frame.subject.first < frame.cueLast) return -1;
  let k = nextWord(tokens, frame.subject.last, s.last);
  // An apposition between commas: "said Doyle, a party chairman, …".
  const a = k >= 0 && tokens[k].text === ',' ? nextWord(tokens, k, s.last) : -1;
  const c = a >= 0 ? chunks.chunkAt[a] : -1;
  if (c >= 0 && chunks.chunks[c].first === a && chunks.chunks[c].kind === 'descriptor') {
    const after = nextWord(tokens, chunks.chunks[c].last, s.last);
    if (after >= 0 && tokens[after].text === ',') k = after;
  }
  const next = k >= 0 && tokens[k].text === ',' ? nextWord(tokens, k, s.last) : -1;
  // A relative clause on the speaker ("said Ruiz, who chairs the board") is about the speaker,
  // and a participle ("said Ruiz, adding that …") is a frame of its own.
  if (next < 0 || RELATIVE_PRONOUNS.has(tokens[next].lower) || PARTICIPLE_ENDING.test(tokens[next].lower)) return -1;
  // The statement goes on with its predicate ("…, said Doyle, would be clear") or with a clause
  // whose subject a definite word opens and an auxiliary follows ("…, said Ruiz, the plan was
  // sound", "…, said Roe, but her party has …"). A phrase opened by "a" is an apposition the
  // chunker did not join ("said Mark Jones, a political scientist who …"), and so is a definite
  // one with no auxiliary ("said Ann Roe, the governor challenged by …").
  let v = next;
  if (tokens[v].pos === 'CCONJ') v = nextWord(tokens, v, s.last);
  if (v < 0) return -1;
  if (tokens[v].pos === 'AUX') return k;
  const t = tokens[v];
  if (t.pos !== 'PRON' && t.pos !== 'DET' || t.lower === 'a' || t.lower === 'an' || t.lower === 'another') return -1;
  for (let w = v + 1; w <= s.last && tokens[w].text !== ',' && tokens[w].text !== ';'; w++) {
    if (!ctx.blocked[w] && tokens[w].pos === 'AUX') return k;
  }
  return -1;
}

function contentBefore(ctx: FrameContext, ix: SpanIndex, frame: Frame, s: Sentence, floor: number, bare = -1, interrupted = false): [number, number] | null {
  const { tokens } = ctx;
  // An apposition before the name ("…, a spokeswoman, Ann Roe, said") opens the subject phrase.
  const head = frame.inverted ? frame.cue : frame.subject ? Math.min(possessorFirst(ctx, frame.subject.first, floor), frame.apposition ? frame.apposition[0] : frame.subject.first) : bare >= 0 ? bare : frame.cue;
  let comma = prevWord(tokens, head, floor);
  // The chunk may leave out the subject's determiner or modifier: "…, those Democrats argued".
  for (let n = 0; !frame.inverted && comma >= 0 && n < 3 && SUBJECT_MODIFIER_POS.has(tokens[comma].pos) && !ctx.blocked[comma]; n++) comma = prevWord(tokens, comma, floor);
  if (comma < 0 || (tokens[comma].text !== ',' && !isClauseDash(tokens, comma))) return null;
  // The frame's tail must be adverbial: no further verb after the cue before the sentence end.
  // After "according to" the tail is the source, a noun phrase that may hold a participle
  // ("according to an analysis of shipping records").
  for (let k = frame.cueLast + 1; k <= s.last && frame.lemma !== 'according to'; k++) {
    if (ctx.blocked[k]) return null;
    // "…, said a senior official who was briefed on the talks": a relative clause right after
    // the inverted subject, running to the end with one verb, describes the speaker. With a
    // second verb the noun was the content's subject: "said members who joined late had left".
    if (frame.inverted && frame.subject && k === frame.subject.last + 1 && RELATIVE_PRONOUNS.has(tokens[k].lower) && verbGroups(tokens, k + 1, s.last) === 1) break;
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !cueAt(ctx, k) && !settingVerb(ctx, frame.cueLast, k, s)) {
      // "…, he told the meeting." is fine; "…, he said it was" is a new clause.
      return null;
    }
    if (tokens[k].text === ',' && k < s.last - 1) {
      // "A, he said, B": the content before is returned; B is found by the caller.
      break;
    }
    // "A, insiders said: B", "A, she noted; B": the frame's clause ends at the colon or semicolon.
    if (FRAME_CLAUSE_ENDS.has(tokens[k].text)) break;
  }
  // Start after a colon or an earlier clause frame in the same sentence.
  const mark = comma > 0 ? ix.clauseMark[comma - 1] : -1;
  const a = mark >= floor ? mark + 1 : floor;
  const span = trimSpan(tokens, a, comma - 1);
  // A statement interrupted by its frame may open without a verb: "In cases of abortion, it
  // said, the woman was a victim". Such a verbless opening is left to the acceptor (isGated).
  // A verbless opening names something ("In cases of abortion"): "And yet, he said, …" opens nothing.
  if (!span || !hasVerb(ix, span[0], span[1]) && !(interrupted && namesSomething(tokens, span))) return null;
  if (overlapsBlocked(ix, span[0], span[1])) return null;
  return span;
}

/**
 * The cue at k is a verb of commitment or refusal before "to" ("declined to", "agreed to") and a
 * comma with "according to" after it closes the sentence's clause.
 */
function intentBeforeAccording(tokens: Token[], k: number, s: Sentence): boolean {
  const to = nextWord(tokens, k, s.last);
  if (to < 0 || tokens[to].lower !== 'to' || !NON_SPEECH_TO.has(cueLemma(tokens, k) ?? '')) return false;
  for (let j = to + 1; j < s.last; j++) {
    if (tokens[j].text !== ',') continue;
    const a = nextWord(tokens, j, s.last);
    return a >= 0 && tokens[a].lower === 'according' && tokens[nextWord(tokens, a, s.last)]?.lower === 'to';
  }
  return false;
}

/**
 * An infinitive under a verb of expectation or intent reports nothing yet: "analysts expect
 * other cell makers to announce cuts", "the firm plans to announce". A purpose clause does
 * ("met Lavrov to demand Russia pull back").
 */
function isProspective(ctx: FrameContext, k: number, floor: number): boolean {
  const { tokens } = ctx;
  const to = prevWord(tokens, k, floor);
  if (to < 0 || tokens[to].lower !== 'to') return false;
  for (let p = prevWord(tokens, to, floor), words = 0; p >= 0 && words < 5; p = prevWord(tokens, p, floor), words++) {
    const t = tokens[p];
    if (t.text === ',' || t.text === ';' || cueAt(ctx, p)) return false;
    // "were more likely to say they …": a comparison of those polled reports what they said.
    if ((t.lower === 'likely' || t.lower === 'unlikely') && COMPARATIVES.has(tokens[prevWord(tokens, p, floor)]?.lower ?? '')) return false;
    if (PROSPECTIVE.has(t.lemma) || PROSPECTIVE.has(t.lower)) return true;
  }
  return false;
}

/**
 * What may open the verb of a cue with no subject found for its complement to be proposed: a
 * subject the chunker names no speaker in, or a verb joined to an earlier one. Infinitives,
 * relative clauses and gerunds after prepositions are left out: there the reporter's sentence
 * mostly goes on about the subject ("was devoted to criticizing …", "a video which shows …").
 */
const SUBJECTLESS_OPENERS: ReadonlySet<VerbOpener> = new Set(['joined', 'pronoun', 'noun']);

/**
 * Find indirect quotes sentence by sentence. `usedCues` holds cues already spent on marked
 * quotes; `covered` marks tokens already inside a quote so spans never overlap.
 */
export function findReported(ctx: FrameContext, usedCues: Set<number>, covered: Uint8Array): Candidate[] {
  const { tokens, sentences } = ctx;
  const ix = indexSpans(ctx);
  const out: Candidate[] = [];
  const push = (span: [number, number], frame: Frame, s: Sentence, confidence: number, object = false) => {
    const [a, b] = span;
    for (let k = a; k <= b; k++) if (covered[k]) return;
    for (let k = a; k <= b; k++) covered[k] = 1;
    out.push({ kind: 'indirect', start: tokens[a].start, end: tokens[b].end, frame, continues: false, sentence: s.index, paragraph: s.paragraph, confidence, ...(object ? { object } : {}) });
  };

  // The closing frame of the sentence before ("…, she told a news conference."), for a
  // first-person sentence that continues it.
  let closing: { frame: Frame; sentence: Sentence } | null = null;
  for (const s of sentences) {
    const previousClosing: { frame: Frame; sentence: Sentence } | null = closing;
    closing = null;
    if (previousClosing && continuesStatement(ctx, previousClosing.sentence, s)) push([s.first, s.last - (tokens[s.last].pos === 'PUNCT' ? 1 : 0)], previousClosing.frame, s, 0.5);
    let prevFrame: Frame | null = null;
    for (let k = s.first; k <= s.last; k++) {
      if (ctx.blocked[k] || covered[k]) continue;
      const t = tokens[k];
      const according = t.lower === 'according' && tokens[nextWord(tokens, k, s.last)]?.lower === 'to';
      if (!according && !cueAt(ctx, k) && !isNounTaggedCue(tokens, k, s)) continue;
      indexSentence(ctx, ix, s);
      if (!according && isProspective(ctx, k, s.first)) continue;
      // "The board declined to renew the offer, according to a person familiar with the talks": a
      // commitment or refusal inside a clause an "according to" frame closes is what that source
      // reports, not a statement of its own.
      if (!according && intentBeforeAccording(tokens, k, s)) continue;
      // A cue spent on a marked quote still frames the unmarked statements beside it.
      const mixedOnly = usedCues.has(k);
      // …unless that quotation is inside the source: "According to her "clawback" plan, CLAUSE".
      if (mixedOnly && according && !markedSource(ctx, ix, k, s)) { prevFrame = null; continue; }
      let frame = frameAt(ctx, k, s, s.first, mixedOnly ? null : prevFrame);
      // "Turnout rose in Ohio, a new statewide poll has found.": the noun phrase after the comma is
      // the subject, not the sentence's first name inside the content (frameAt's main subject).
      const closingBare = !according && frame.subject && !frame.inverted && frame.subject.last < k ? bareAfterComma(ctx, k, s, frame.subject.last) : -1;
      // "The latest Gallup poll showed …": the chunk is a name modifying the common noun that
      // heads the subject of a verb only things report with; the subject names nobody.
      const nounHead = !according && closingBare < 0 && frame.subject !== null && NON_PERSON_SUBJECT_VERBS.has(frame.lemma) && !frame.inverted && nounHeadBefore(ctx, k, s, frame.subject);
      if (closingBare >= 0 || nounHead) frame = frameWith(frame, { subject: null, apposition: null });
      // A subject the chunker names no speaker in ("Many farmers have said", "Twenty-four
      // percent said", "a new poll shows") still makes the verb a frame; the speaker stays null.
      const bare = closingBare >= 0 ? closingBare : frame.subject || according || !BARE_FRAME_CLASSES.has(ACCEPT_LEMMA_CLASSES.get(frame.lemma) ?? '') ? -1 : bareSubject(ctx, k, s.first);
      // "Some 56 percent of farmers polled said", "47% say": the resolver's own slot search
      // stops at the participle or the sign, so the frame hands it the phrase.
      const beforeCue = prevWord(tokens, k, s.first);
      if (bare >= 0 && !frame.subject && beforeCue >= bare && (POLLED_PARTICIPLES.has(tokens[beforeCue].lower) || tokens[beforeCue].text === '%' || SHARE_WORDS.has(tokens[beforeCue].lower))) frame = frameWith(frame, { slot: [bare, beforeCue] });
      // "As reported by the Daily Planet, CLAUSE": a passive "as" clause opening the sentence
      // names its source after "by", and the clause after its comma is what the source reported.
      const by = according || mixedOnly ? -1 : asPassiveSource(ctx, k, s);
      if (by >= 0) {
        const comma = sourceEnd(tokens, by, s.last);
        const a = comma >= 0 ? nextWord(tokens, comma, s.last) : -1;
        const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
        if (span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1])) {
          // The source may open with an article the chunk leaves out: "by the Daily Planet" (an
          // organization's chunk holds its article).
          const det = nextWord(tokens, by, comma);
          const source = subjectRight(ctx, det >= 0 && tokens[det].pos === 'DET' && ctx.chunks.chunkAt[det] < 0 ? det : by, comma);
          push(span, frameWith(frame, { cueLast: by, subject: source, apposition: null, inverted: true }), s, 0.7);
        }
        continue;
      }

      if (!frame.subject && !according && bare < 0) {
        // A cue with no subject found (a participle, a noun, a subject the chunker missed) still
        // frames a "that" clause: "…, warning that the deal would fail", "her promise that …".
        // Nobody is named, so the acceptor weighs it (isGated). A plain noun subject before a
        // verb outside BARE_FRAME_CLASSES reads as narrative: "The agreement stipulated that …".
        let clause = false;
        if (!mixedOnly && bareSubject(ctx, k, s.first) < 0) {
          const span = thatClause(ctx, ix, frame, s);
          if (span) push(span, frame, s, 0.5), clause = true;
        }
        // A participle after a comma hangs on the clause before it, whose subject the chunker may
        // have missed: "…, vowing to build a wall", "…, accusing the board of negligence". So does
        // a statement verb after a subject the chunker names no speaker in ("we mocked …", "the
        // agency's auditors found …") and a second verb of an earlier subject ("… and promised
        // to …"). Its complement is proposed like a verb's; nobody is named, so the acceptor
        // weighs it.
        const participle = t.lower.endsWith('ing') && tokens[prevWord(tokens, k, s.first)]?.text === ',';
        const opened = SUBJECTLESS_OPENERS.has(verbOpener(tokens, k, s.first)) && STATEMENT_CLASSES.has(ACCEPT_LEMMA_CLASSES.get(frame.lemma) ?? '');
        if (mixedOnly || clause || !participle && !opened) continue;
      }
      const subjectless = !frame.subject && !according && bare < 0;
      if (frame.subject && NON_PERSON_SUBJECT_VERBS.has(frame.lemma) && isPersonLike(frame.subject)) continue;
      if (frame.subject) prevFrame = frame; // a coordinated cue shares it: "warned that \"…\" and claimed that …"

      if (according) {
        // "According to X, CLAUSE" or "CLAUSE, according to X"; X need not be a speaker we
        // can name ("according to an analysis of court records").
        // The source ends at the comma after the speaker found, or else at the first comma
        // ("According to Lazar's plea agreement, …": the name is not the whole source).
        const named = frame.subject ? nextWord(tokens, frame.subject.last, s.last) : -1;
        const afterSubj = named >= 0 && tokens[named].text === ',' ? named : sourceEnd(tokens, frame.cueLast, s.last);
        const opener = prevWord(tokens, k, s.first);
        const after = (): [number, number] | null => {
          const a = nextWord(tokens, afterSubj, s.last);
          const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
          return span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1]) ? span : null;
        };
        // Opening the sentence, perhaps inside a bracket: "(According to the police, …".
        if (afterSubj >= 0 && (opener < 0 || tokens[opener].text === '(' || tokens[opener].text === '[')) {
          const span = after();
          if (span) push(span, frame, s, 0.8);
        } else {
          const before = contentBefore(ctx, ix, frameWith(frame, { inverted: true }), s, s.first);
          // "At the heart of the trouble, according to X, was a decision …": an opener with no
          // verb before the frame, the statement after it; the opener is part of what X says
          // (a statement interrupted by its frame is two quotes), weighed by the acceptor.
          const span = before ?? (afterSubj >= 0 ? after() : null);
          const opening = before || afterSubj < 0 ? null : contentBefore(ctx, ix, frameWith(frame, { inverted: true }), s, s.first, -1, true);
          if (opening) push(opening, frame, s, 0.6);
          if (span) push(span, frame, s, before ? 0.75 : 0.7);
        }
        continue;
      }

      const lemma = frame.lemma;
      const frames = framesOf(lemma);
      const participle = t.lower.endsWith('ing');
      let j = nextWord(tokens, frame.cueLast, s.last);
      // "praised the envoy's efforts to end the strike", "proposed a tax on short lets": what a
      // verb of evaluation or proposal takes as its object is what was said about or for. A
      // clause after a clause verb is left to the clause frames below.
      // Any other reporting verb's object or topic may be what was said about too ("echoed the
      // speaker's denunciation", "spoke about the bill"): proposed as an object for the acceptor
      // to weigh by verb class (accept.ts), never for say/tell, whose object is the addressee.
      // A verb's own topic preposition ("pointed to the record", "wrote of his years abroad")
      // takes a topic even after a cue spent on a quotation, and a verb inside it belongs to a
      // relative clause ("pointed to the votes that …"). "said of the vote" names what a
      // quotation was about, never what was said (lang/cues.ts, VERB_TOPIC_PREPOSITIONS).
      // The preposition may follow a manner adverb or a particle: "spoke highly of", "spoke out
      // about", "talked at length about".
      const tp = topicPreposition(ctx, j, s);
      const ownTopic = tp >= 0 && !frame.inverted && VERB_TOPIC_PREPOSITIONS.get(lemma) === tokens[tp].lower;
      const topic = tp >= 0 && (ownTopic || !NP_OBJECT_VERBS.has(lemma) && !ADDRESSEE_VERBS.has(lemma) && TOPIC_PREPOSITIONS.has(tokens[tp].lower)) ? nextWord(tokens, tp, s.last) : -1;
      const np = topic >= 0 ? topic : j;
      if ((ownTopic || !mixedOnly && !frame.inverted) && np >= 0 && (NP_OBJECT_VERBS.has(lemma) || topic >= 0 || OBJECT_CONTENT_CLASSES.has(ACCEPT_LEMMA_CLASSES.get(lemma) ?? '') && !frames.has('object')) && (opensNounPhrase(tokens, np, s) || topic >= 0 && (isGerund(tokens[np]) || TOPIC_CLAUSE_OPENERS.has(tokens[np].lower)) || pronounBeforeAs(ctx, frames, np, s)) && !takesPrepositionAfterObject(ctx, frames, np, s)) {
        const objectLast = dependentEnd(ctx, ix, frame, s, np, contentEnd(ctx, ix, np, s), true);
        const span = trimSpan(tokens, np, inRestrictiveRelative(ctx, frame.cue, s) ? objectEnd(ctx, np, objectLast) : objectLast);
        if (span && holdsWords(tokens, span, ownTopic ? 2 : 4) && !overlapsBlocked(ix, span[0], span[1]) && (ownTopic || !frames.has('clause') || !hasVerb(ix, span[0], span[1]))) {
          // "spoke about how the ferry …": a clause as the topic, weighed apart from a noun phrase.
          push(span, TOPIC_CLAUSE_OPENERS.has(tokens[np].lower) ? frameWith(frame, { rule: 'topic-clause' }) : frame, s, 0.5, true);
          continue;
        }
      }
      // "described the plan as 'reckless'": such verbs frame marked words, never reported speech;
      // "expressed concern" frames nothing but its noun phrase.
      if (!frames.has('clause') && !frames.has('object') && !frames.has('to') && !frames.has('of') && !frames.has('for') && !frames.has('against')) continue;

      // Closing frame: "CLAUSE, Peskov said." / "CLAUSE, said Peskov."
      // A cue spent on the marked quote after it still closes the statement before it: "[If the
      // vote fails], he said, "we start again"" holds two quotes (ANNOTATION.md: a quote
      // interrupted by its frame is two quotes).
      // The quotation may come a few words into the second part: "The problem, she said, is that
      // "nobody pays"", "Its job, he said, should be to "counter lies"".
      const marksFollow = mixedOnly && j >= 0 && tokens[j].text === ',' && !frame.inverted && ix.blocked[s.last + 1] > ix.blocked[j] && opensSubject(ctx, ix, frame, s);
      // `Despite his "brash manner," his lawyer wrote, he is a devoted father`: the marked words
      // in the opener took the cue; the clause after the frame's comma is a statement of its own.
      if (mixedOnly && !marksFollow && j >= 0 && tokens[j].text === ',' && !frame.inverted && ix.blocked[frame.cue] > ix.blocked[s.first] && ix.blocked[s.last + 1] === ix.blocked[j] && opensWithWords(ctx, s)) {
        const a = nextWord(tokens, j, s.last);
        const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
        // A clause with a reporting verb of its own ("…, he said, and he pledged that …", "adding
        // that …") is that verb's to frame.
        if (span && hasVerb(ix, span[0], span[1]) && holdsWords(tokens, span, 4) && tokens[span[0]].pos !== 'CCONJ' && !cueWithin(ctx, span)) push(span, frame, s, 0.6);
        continue;
      }
      if (mixedOnly && !marksFollow && (j < 0 || tokens[j].text === '.' || tokens[j].text === ',' || frame.inverted)) continue;
      if (subjectless && (j < 0 || tokens[j].text === '.' || tokens[j].text === ',')) continue;
      // "A, insiders said: B": a colon or semicolon ends the frame's clause like a full stop.
      const clauseEnd = j >= 0 && !participle ? tailClauseEnd(ctx, j, s) : -1;
      if (!subjectless && (j < 0 || tokens[j].text === '.' || tokens[j].text === ',' && !participle || clauseEnd >= 0 || frame.inverted || isAdverbialTail(ctx, j, s))) {
        // "As Ruiz noted, the voters …", "But as the mayor said on Monday, …": a frame inside an
        // "as" clause that opens the sentence reports the main clause after the clause's comma.
        const asComma = frame.inverted ? -1 : asClauseComma(ctx, frame, s, bare, j);
        if (asComma >= 0) {
          const a = nextWord(tokens, asComma, s.last);
          const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
          if (span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1])) push(span, frame, s, 0.7);
          continue;
        }
        // "The contrast, said Doyle, would be clear": an inverted frame between commas interrupts
        // the statement as "he said" does; what follows the speaker's comma goes on with it.
        const invertedComma = frame.inverted ? commaAfterInvertedSpeaker(ctx, frame, s) : -1;
        const interrupted = j >= 0 && tokens[j].text === ',' && !frame.inverted || invertedComma >= 0;
        const before = contentBefore(ctx, ix, frame, s, s.first, bare, interrupted);
        // "Asked whether …, Roe said: B": a participle opening the sentence sets the scene (a
        // question put to the speaker), it is not what the frame reports.
        const scene = before && clauseEnd >= 0 && tokens[before[0]].pos === 'VERB' && PARTICIPLE_ENDING.test(tokens[before[0]].lower);
        if (before && !scene) {
          push(before, frame, s, 0.75);
          // "A, insiders said: B": B after the colon goes on with the same frame; after a
          // semicolon the reporter speaks again.
          if (clauseEnd >= 0 && tokens[clauseEnd].text === ':') {
            const a = nextWord(tokens, clauseEnd, s.last);
            const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
            if (span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1])) push(span, frame, s, 0.7);
            continue;
          }
          if (clauseEnd >= 0) continue;
          if (j < 0 || tokens[j].text === '.' || isAdverbialTail(ctx, j, s)) closing = { frame, sentence: s };
          // "A, he said, B": B continues the same statement frame. A B with no verb of its own
          // finishes A's clause ("It was, he said, one of the worst winters"; "would be delayed,
          // she said, by the storm"): still what was said, weighed apart by the acceptor.
          const resumes = invertedComma >= 0 ? invertedComma : j >= 0 && tokens[j].text === ',' ? j : -1;
          if (resumes >= 0) {
            const a = nextWord(tokens, resumes, s.last);
            if (a >= 0) {
              const span = trimSpan(tokens, a, contentEnd(ctx, ix, a, s));
              if (span && !overlapsBlocked(ix, span[0], span[1])) {
                if (hasVerb(ix, span[0], span[1])) push(span, frame, s, 0.7);
                else if (holdsWords(tokens, span, 2)) push(span, frameWith(frame, { rule: 'interrupted-tail' }), s, 0.6);
              }
            }
          }
          continue;
        }
        // "In any case, Mr. Ortega said, the industry was …": the frame between commas after an
        // adverbial opener; the content is what follows it. The frame may name its listener:
        // "Every Friday, she told the Ledger, the board met".
        // Inverted: "In the past, said Ruiz, the plan was sound".
        const tailComma = frame.inverted ? invertedComma : j >= 0 && tokens[j].text === ',' ? j : j >= 0 && frame.lemma === 'tell' && isAdverbialTail(ctx, j, s) ? commaAfter(tokens, j, s) : -1;
        if (tailComma >= 0 && (frame.inverted ? tokens[prevWord(tokens, frame.cue, s.first)]?.text === ',' : opensWithComma(ctx, frame, s, bare))) {
          const a = nextWord(tokens, tailComma, s.last);
          const span = a >= 0 ? trimSpan(tokens, a, contentEnd(ctx, ix, a, s)) : null;
          if (span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1])) push(span, frame, s, 0.7);
          continue;
        }
        if (j < 0 || tokens[j].text === '.') continue;
      }

      // Verb-specific complements.
      let obj = j;
      if (frames.has('object') || frames.has('to') || frames.has('of') || frames.has('against') || frames.has('for')) {
        if (lemma === 'call' && (tokens[j]?.lower === 'on' || tokens[j]?.lower === 'upon')) obj = skipObject(ctx, nextWord(tokens, j, s.last), s);
        else if (tokens[j]?.lower !== 'that' && tokens[j]?.lower !== 'to' && tokens[j]?.lower !== 'for') obj = skipObject(ctx, j, s);
      }
      const w = obj >= 0 ? tokens[obj].lower : '';
      let start = -1;
      let confidence = 0.7;
      // "agreed to serve", "refused to resign": a commitment the acceptor weighs (accept.ts:
      // intent-to), when a verb follows ("agreed to a moratorium" is no statement).
      // "declined to say how many …", "agreed to comment": the reporting verb after "to" frames its own content.
      // A gerund ("ruled out NATO agreeing to halt …") commits nobody.
      const intent = w === 'to' && obj === j && NON_SPEECH_TO.has(lemma);
      if (intent && participle) continue;
      const afterTo = nextWord(tokens, obj, s.last);
      if (w === 'to' && frames.has('to') && (!intent || afterTo >= 0 && tokens[afterTo].pos === 'VERB' && !cueAt(ctx, afterTo)) && lemma !== 'say' && lemma !== 'tell' || w === 'to' && lemma === 'tell' && obj !== j) {
        start = nextWord(tokens, obj, s.last);
      } else if (w === 'of' && frames.has('of')) start = nextWord(tokens, obj, s.last);
      else if (w === 'against' && frames.has('against')) start = nextWord(tokens, obj, s.last);
      // "argued for hours" is a stretch of time, not what was argued for.
      else if (w === 'for' && frames.has('for') && FOR_CONTENT_VERBS.has(lemma) && durationEnd(tokens, obj, s) < 0) {
        start = nextWord(tokens, obj, s.last);
      }
      else if (w === ':' ) start = nextWord(tokens, obj, s.last);
      else if (frames.has('clause')) {
        const from = frames.has('object') ? obj : j;
        start = skipToContent(ctx, from, s);
        if (start >= 0) {
          const st = tokens[start];
          const afterThat = tokens[prevWord(tokens, start, s.first)]?.lower === 'that';
          // After "that", "if" and "when" open an adverbial clause of the statement ("said that if
          // the council agrees, the bridge …"), not a question.
          // A statement verb before "if" or "when" with a main clause after the condition's comma
          // reports the whole ("said if he were elected, the base would stay open"), for the
          // acceptor to weigh apart from a question ("would not say if …").
          // "explained how the levy would be spent": the clause is what was explained, no question.
          const stated = WH_CONTENT_VERBS.has(lemma) && WH_CONTENT_OPENERS.has(st.lower);
          if (QUESTION_WORDS.has(st.lower) && st.lower !== 'which' && !afterThat && !stated) {
            if (!conditionalClause(ctx, ix, lemma, start, s)) continue;
            frame = frameWith(frame, { rule: 'conditional' });
          }
          // An adverbial may open the clause after "that": "noted that under the rules a farmer …",
          // also set off by commas: "added that, in the north, turnout …".
          if (afterThat && st.text === ',') start = nextWord(tokens, start, s.last);
          // A setting closed by a comma before the clause: "said on Monday, the plan would fail".
          else if (st.text === ',' && start > from && settingComma(ctx, start, s)) start = nextWord(tokens, start, s.last);
          // "said about half of …", "said at least 20 people …": a preposition before a number or a
          // share approximates it; it opens no topic or setting.
          else if (NUMBER_APPROXIMATORS.has(st.lower) && approximates(tokens, start, s)) { /* the clause opens here */ }
          // "says despite her doubts, she will stay": a prepositional phrase opening the clause,
          // for the acceptor to weigh apart ("said in May, …" is its setting, above).
          else if (isPreposition(tokens, start) && !afterThat && st.lower !== 'to' && st.lower !== 'that' && openingPhrase(ctx, ix, lemma, start, s)) frame = frameWith(frame, { rule: 'opening-phrase' });
          else if (st.lower === 'to' || isPreposition(tokens, start) && st.lower !== 'that' && !afterThat || st.text === ',' || st.text === '.') continue;
          if (start < 0) continue;
          // "found Gerald Voss guilty", "held the line": verdict verbs report only with "that".
          if (THAT_ONLY.has(lemma) && !afterThat) continue;
        }
        confidence = 0.75;
      }
      if (start < 0) continue;
      const end = dependentEnd(ctx, ix, frame, s, start, contentEnd(ctx, ix, start, s));
      const span = trimSpan(tokens, start, end);
      if (!span) continue;
      if (overlapsBlocked(ix, span[0], span[1])) {
        // Mixed with a marked quote: the fragment is the partial quote; only a separate
        // statement coordinated with it is an indirect quote of its own.
        for (const part of unmarkedStatements(ctx, ix, span, s)) push(part, frame, s, confidence - 0.1);
        continue;
      }
      // A cue whose marked quote lies on its other side still reports the clause its "that" opens:
      // ""We never did," but he denied that any soldiers were there."
      // So does one whose quotation came before its subject: "a "supermax" prison, and a former
      // official said there had been talks" (the fragment took the nearest cue).
      if (mixedOnly && tokens[prevWord(tokens, span[0], s.first)]?.lower !== 'that' && !markedBefore(ctx, ix, frame, s)) continue;
      const isClauseFrame = !(w === 'to' || w === 'of' || w === 'against' || w === 'for');
      if (isClauseFrame && !hasVerb(ix, span[0], span[1])) continue;
      if (span[1] - span[0] < 1) continue;
      push(span, frame, s, confidence);
      // "said that A and that B": B is a second statement with the same frame.
      let and = nextWord(tokens, span[1], s.last);
      if (and >= 0 && tokens[and].text === ',') and = nextWord(tokens, and, s.last); // ", and that B"
      const that = and >= 0 && tokens[and].lower === 'and' ? nextWord(tokens, and, s.last) : -1;
      if (that >= 0 && tokens[that].lower === 'that') {
        const b0 = nextWord(tokens, that, s.last);
        const second = b0 >= 0 ? trimSpan(tokens, b0, contentEnd(ctx, ix, b0, s)) : null;
        if (second && hasVerb(ix, second[0], second[1]) && !overlapsBlocked(ix, second[0], second[1])) push(second, frame, s, confidence);
      }
    }
    // Frames the chunker's subjects miss, proposed after the rules above so that they only fill
    // what those left uncovered.
    for (let k = s.first; k <= s.last; k++) {
      // Each of the three rules needs a verb or a noun at k (a cue, a record verb or "call").
      if (ctx.blocked[k] || covered[k] || tokens[k].pos !== 'VERB' && tokens[k].pos !== 'NOUN') continue;
      // All three need a reporting verb or a record verb ("call" is a reporting verb); the loop
      // above asked of this token whether it is the one.
      if (!cueAt(ctx, k) && !isRecordVerb(tokens, k) || usedCues.has(k)) continue;
      indexSentence(ctx, ix, s);
      const found = closingPhrase(ctx, ix, k, s) ?? recordSource(ctx, ix, k, s) ?? callPredicate(ctx, ix, k, s);
      if (found) push(found.span, found.frame, s, 0.6);
    }
  }
  return out;
}

/** The most words a subject phrase of a fallback frame may hold ("a source close to him"). */
const PHRASE_WORDS = 12;

/**
 * Can token k stand inside a noun phrase with its modifiers, as a subject no chunk covers:
 * determiners, adjectives, nouns, numbers, pronouns, prepositions, "and" and possessive marks
 * ("a source close to him", "teachers and union officials", "Federal Election Commission
 * records"); never a verb, a relative pronoun, "that" or an infinitive's "to".
 */
function phraseWord(ctx: FrameContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (ctx.blocked[k] || t.lower === 'that' || inClass(t, WordClass.RELATIVE_PRONOUN) || t.lower === 'what') return false;
  if (t.pos === 'PART') return t.text === "'s" || t.text === '\u2019s';
  return PHRASE_POS.has(t.pos) || t.text === '-' || t.text === '&' || t.text === '/';
}

const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'CCONJ']);

/** The first token of the noun phrase ending right before `end` (past fillers), or -1; `stop` says where it must begin. */
function phraseBefore(ctx: FrameContext, end: number, s: Sentence): number {
  const { tokens } = ctx;
  let k = prevWord(tokens, end, s.first);
  while (k >= 0 && !ctx.blocked[k] && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || BETWEEN_SUBJECT_AND_VERB.has(tokens[k].lower))) k = prevWord(tokens, k, s.first);
  let first = -1;
  let nouns = 0;
  for (let words = 0; k >= 0 && words < PHRASE_WORDS && phraseWord(ctx, k); k = prevWord(tokens, k, s.first), words++) {
    first = k;
    const pos = tokens[k].pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') nouns++;
  }
  // A conjunction or a preposition opens a clause or an adverbial, not a subject ("…, but she
  // said", "…, in turn, cites"); "as" opens a frame of its own ("…, as the Times reported").
  if (first < 0 || nouns === 0 || k >= 0 && phraseWord(ctx, k)) return -1;
  const w = tokens[first];
  return w.pos === 'CCONJ' || w.pos === 'SCONJ' || w.pos === 'ADP' && w.lower !== 'as' || CLAUSE_BREAKS.has(w.lower) ? -1 : first;
}

/**
 * Does what follows a closing frame's verb (from token j) only set the scene: a time, a place, a
 * medium ("…, an aide said on Monday", "…, she told reporters" after a verb that takes its
 * addressee)? An object ("…, he writes a weekly column") makes the verb the narrative's.
 */
function closingTail(ctx: FrameContext, lemma: string, j: number, s: Sentence): boolean {
  const { tokens } = ctx;
  if (j >= 0 && tokens[j].text === ':') return false;
  if (j < 0 || tokens[j].text === '.' || j === s.last && tokens[j].pos === 'PUNCT') return true;
  const t = tokens[j];
  const setting = t.pos === 'ADP' || t.pos === 'ADV' || FRAME_FILLERS.has(t.lower) || SETTING_WORDS.has(t.lower) || framesOf(lemma).has('object');
  return setting && t.text !== ',' && isAdverbialTail(ctx, j, s);
}

/** The last token of the noun phrase starting right after `start`, or -1 (it ends at a comma or the sentence end). */
function phraseAfter(ctx: FrameContext, start: number, s: Sentence): number {
  const { tokens } = ctx;
  let last = -1;
  let nouns = 0;
  let k = nextWord(tokens, start, s.last);
  // A time or a setting after the verb is no subject: "…, said on Saturday", "…, said Tuesday".
  if (k < 0 || tokens[k].pos === 'ADP' || FRAME_FILLERS.has(tokens[k].lower)) return -1;
  for (let words = 0; k >= 0 && words < PHRASE_WORDS && phraseWord(ctx, k); k = nextWord(tokens, k, s.last), words++) {
    last = k;
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') nouns++;
  }
  if (last < 0 || nouns === 0) return -1;
  // It ends the sentence or its clause: "…, said several observers." / "…, say some Democrats, who …".
  if (!(k < 0 || tokens[k].text === ',' || tokens[k].text === '.' || k === s.last && tokens[k].pos === 'PUNCT')) return -1;
  // A subject names people or a body: it opens with no pronoun ("…, reported it to the police"),
  // holds no "with" or "versus" ("…, shows Ruiz with 47 percent"), and its head is a name, a
  // plural or a role ("several observers", "a senior aide"), not a thing ("noted congressional
  // testimony").
  const first = nextWord(tokens, start, s.last);
  if (tokens[first].pos === 'PRON') return -1;
  for (let m = first; m >= 0 && m <= last; m = nextWord(tokens, m, s.last)) if (tokens[m].lower === 'with' || tokens[m].lower === 'versus') return -1;
  // The head is the last noun before a preposition other than "of" ("testimony by Gregory Hicks").
  let end = last;
  for (let m = first; m >= 0 && m <= last; m = nextWord(tokens, m, s.last)) if (m > first && tokens[m].pos === 'ADP' && tokens[m].lower !== 'of') { end = prevWord(tokens, m, s.first); break; }
  let head = end;
  while (head > first && tokens[head].pos !== 'NOUN' && tokens[head].pos !== 'PROPN') head = prevWord(tokens, head, s.first);
  const h = tokens[head];
  return ctx.chunks.chunkAt[head] >= 0 || h.pos === 'PROPN' || h.lower.endsWith('s') || ROLE_NOUNS.has(h.lower) ? last : -1;
}

/** The first chunk inside [a, b] that can name a speaker (not a place), or null. */
function chunkIn(ctx: FrameContext, a: number, b: number): Chunk | null {
  for (let k = a; k <= b; k++) {
    const c = ctx.chunks.chunkAt[k];
    if (c >= 0 && ctx.chunks.chunks[c].kind !== 'place') return ctx.chunks.chunks[c];
  }
  return null;
}

/** Does the phrase [a, b] hold a noun of a document or count ("records", "a new poll")? */
function namesRecord(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if ((tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') && (RECORD_NOUNS.has(tokens[k].lower) || RECORD_NOUNS.has(tokens[k].lemma))) return true;
  return false;
}

/** Is token k a verb of `RECORD_VERBS` (the tagger may read "show" as a noun), finite? */
function isRecordVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (t.pos === 'VERB' || t.pos === 'NOUN') && RECORD_VERBS.has(t.lemma) && !t.lower.endsWith('ing');
}

/**
 * A closing frame whose subject is a noun phrase the chunker did not take for the verb's subject:
 * "CLAUSE, a source close to him said.", "CLAUSE, teachers and union officials told the paper.",
 * "CLAUSE, county tax records show.", and inverted, "CLAUSE, said several observers." The
 * content is the clause before the comma; the speaker the first chunk of the phrase, if any.
 */
function closingPhrase(ctx: FrameContext, ix: SpanIndex, k: number, s: Sentence): { span: [number, number]; frame: Frame } | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t.lower.endsWith('ing')) return null;
  // One reading of the cue's lemma serves both as the test and as the lemma (cueAt may have read only whether it is one).
  const cued = cueAt(ctx, k) ? cueLemma(tokens, k) : null;
  const cue = cued !== null;
  if (!cue && !isRecordVerb(tokens, k)) return null;
  const lemma = cued ?? t.lemma;
  if (!framesOf(lemma).has('clause')) return null;
  let comma: number;
  let subject: [number, number];
  let inverted = false;
  const p = prevWord(tokens, k, s.first);
  if (p >= 0 && tokens[p].text === ',' && cue) {
    // "…, said several observers."
    const last = phraseAfter(ctx, k, s);
    if (last < 0) return null;
    comma = p;
    subject = [nextWord(tokens, k, s.last), last];
    inverted = true;
  } else {
    const first = phraseBefore(ctx, k, s);
    if (first < 0) return null;
    comma = prevWord(tokens, first, s.first);
    if (comma < 0 || tokens[comma].text !== ',' && tokens[comma].text !== '\u2014') return null;
    // Only adverbials after the verb, up to the sentence end: "…, Ruiz's aide said on Monday."
    const j = nextWord(tokens, k, s.last);
    if (!closingTail(ctx, lemma, j, s)) return null;
    // A verb tagged as a noun reports only after a record: "…, county records show."
    if (!cue && !namesRecord(tokens, first, k - 1)) return null;
    subject = [first, p];
  }
  if (ctx.blocked[prevWord(tokens, comma, s.first)]) return null;
  const mark = comma > 0 ? ix.clauseMark[comma - 1] : -1;
  const span = trimSpan(tokens, mark >= s.first ? mark + 1 : s.first, comma - 1);
  if (!span || !hasVerb(ix, span[0], span[1]) || overlapsBlocked(ix, span[0], span[1]) || !holdsWords(tokens, span, 3)) return null;
  const chunk = chunkIn(ctx, subject[0], subject[1]);
  return { span, frame: makeFrame(k, k, lemma, chunk, null, inverted, chunk === null, 'closing-phrase', subject) };
}

/**
 * A survey, record or study reporting, its content right after the verb: "Polls show voters
 * trust Ruiz", "The April survey found Ruiz leading Park by seven points", "Audit files show
 * that …". The content may be a small clause with no verb ("show Ruiz up by ten points").
 */
function recordSource(ctx: FrameContext, ix: SpanIndex, k: number, s: Sentence): { span: [number, number]; frame: Frame } | null {
  const { tokens } = ctx;
  if (!isRecordVerb(tokens, k)) return null;
  let first = phraseBefore(ctx, k, s);
  if (first < 0 || !namesRecord(tokens, first, prevWord(tokens, k, s.first))) first = recordBeforeParticiple(ctx, k, s);
  if (first < 0) return null;
  // The phrase opens its clause: the sentence start, a comma or a clause opener before it.
  const before = prevWord(tokens, first, s.first);
  if (before >= 0 && !(tokens[before].text === ',' || tokens[before].text === ';' || tokens[before].text === ':' || tokens[before].text === '(' || CLAUSE_OPENERS_BEFORE_RECORD.has(tokens[before].lower))) return null;
  let a = nextWord(tokens, k, s.last);
  if (a >= 0 && tokens[a].lower === 'that') a = nextWord(tokens, a, s.last);
  if (a < 0 || ctx.blocked[a]) return null;
  const w = tokens[a];
  if (w.pos === 'PUNCT' || w.pos === 'ADP' || w.lower === 'to' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADV') return null;
  const span = trimSpan(tokens, a, contentEnd(ctx, ix, a, s));
  if (!span || overlapsBlocked(ix, span[0], span[1]) || !holdsWords(tokens, span, 3)) return null;
  return { span, frame: makeFrame(k, k, tokens[k].lemma, null, null, false, true, 'record-source', [first, prevWord(tokens, k, s.first)]) };
}

/** How many tokens back from a record's verb the participle describing the record is looked for. */
const RECORD_MODIFIER_REACH = 24;

/**
 * The first token of a record's noun phrase that a participle phrase separates from its verb k:
 * "A county poll released this week found …", "The survey, conducted by the Institute, shows
 * …". The participle follows the record's noun (or the comma after it) and the phrase after it
 * holds only the words of noun and prepositional phrases. -1 when there is none.
 */
function recordBeforeParticiple(ctx: FrameContext, k: number, s: Sentence): number {
  const { tokens } = ctx;
  let comma = -1;
  for (let p = prevWord(tokens, k, s.first), n = 0; p >= 0 && n < RECORD_MODIFIER_REACH; p = prevWord(tokens, p, s.first), n++) {
    const t = tokens[p];
    if (ctx.blocked[p]) return -1;
    if (t.text === ',') {
      // The comma closing the participle phrase, right before the verb; any other ends the search.
      if (comma >= 0 || prevWord(tokens, k, s.first) !== p) return -1;
      comma = p;
      continue;
    }
    if (t.pos === 'VERB' && PAST_PARTICIPLE.test(t.lower)) {
      let before = prevWord(tokens, p, s.first);
      if (before >= 0 && tokens[before].text === ',') before = comma >= 0 ? prevWord(tokens, before, s.first) : -1;
      if (before < 0 || !(RECORD_NOUNS.has(tokens[before].lower) || RECORD_NOUNS.has(tokens[before].lemma))) return -1;
      const first = phraseBefore(ctx, nextWord(tokens, before, s.last), s);
      return first >= 0 && namesRecord(tokens, first, before) ? first : -1;
    }
    if (!phraseWord(ctx, p) && t.pos !== 'ADV') return -1;
  }
  return -1;
}

/**
 * Is the frame inside a dependent clause ahead of the sentence's main clause? A subordinating
 * conjunction opens the sentence before it ("While Ruiz said that …, she …"), a gerund cue
 * follows a preposition that opens the sentence ("In addition to stating that …, she …"), or a
 * relative pronoun after a comma is its subject ("Ruiz, who said that …, left").
 */
function isDependentFrame(ctx: FrameContext, frame: Frame, s: Sentence): boolean {
  const { tokens } = ctx;
  if (frame.inverted) return false;
  // The word that opens the verb: past auxiliaries and adverbs before the cue.
  let v = prevWord(tokens, frame.cue, s.first);
  while (v >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[v].lower) || tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = prevWord(tokens, v, s.first);
  if (v >= 0 && inClass(tokens[v], WordClass.RELATIVE_PRONOUN)) return tokens[prevWord(tokens, v, s.first)]?.text === ',';
  if (tokens[frame.cue].lower.endsWith('ing') && v >= 0 && (tokens[v].pos === 'ADP' || tokens[v].pos === 'SCONJ' || tokens[v].lower === 'to')) {
    // "In addition to stating", "After saying": the preposition's phrase opens the sentence.
    for (let q = v, n = 0; n < 4; q = prevWord(tokens, q, s.first), n++) {
      if (q < 0) return true;
      if (tokens[q].text === ',' || ctx.blocked[q] || tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX') return false;
    }
    return false;
  }
  // "In her statement condemning the test, …": a gerund on a noun of a prepositional phrase that
  // opens the sentence, no verb or comma before it.
  if (tokens[frame.cue].lower.endsWith('ing') && v >= 0 && tokens[v].pos === 'NOUN' && opensWithPhrase(ctx, v, s)) return true;
  if (!frame.subject) return false;
  let p = prevWord(tokens, frame.subject.first, s.first);
  while (p >= 0 && tokens[p].pos === 'ADV' && !SUBORDINATE_OPENERS.has(tokens[p].lower)) p = prevWord(tokens, p, s.first);
  // "Although in September she said …": a short setting between the conjunction and the subject.
  if (p >= 0 && !SUBORDINATE_OPENERS.has(tokens[p].lower)) p = settingStart(ctx, p, s);
  if (p < 0 || !SUBORDINATE_OPENERS.has(tokens[p].lower)) return false;
  // Only a conjunction or an adverb may stand before it: "But while …", "Even though …".
  let opener = prevWord(tokens, p, s.first);
  while (opener >= 0 && (tokens[opener].pos === 'ADV' || SENTENCE_CONJUNCTIONS.has(tokens[opener].lower) || tokens[opener].text === '(')) opener = prevWord(tokens, opener, s.first);
  return opener < 0;
}

/** How many words a prepositional setting or an opening phrase before a frame may hold. */
const SETTING_REACH = 5;

/**
 * The word before a prepositional setting that ends at token k ("in September", "on Monday
 * night"), or k itself when no preposition opens one within SETTING_REACH words.
 */
function settingStart(ctx: FrameContext, k: number, s: Sentence): number {
  const { tokens } = ctx;
  for (let q = k, n = 0; q >= 0 && n < SETTING_REACH; q = prevWord(tokens, q, s.first), n++) {
    const t = tokens[q];
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || ctx.blocked[q]) return k;
    if (t.pos === 'ADP' && !SUBORDINATE_OPENERS.has(t.lower)) return prevWord(tokens, q, s.first);
  }
  return k;
}

/**
 * Does token k lie in a prepositional phrase that opens the sentence, with no verb, comma or
 * marked word between: "In her statement …", "At a rally …"?
 */
function opensWithPhrase(ctx: FrameContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx;
  for (let q = k, n = 0; q >= 0 && n < SETTING_REACH + 2; q = prevWord(tokens, q, s.first), n++) {
    const t = tokens[q];
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || ctx.blocked[q]) return false;
    if (t.pos === 'ADP' && q !== k) return prevWord(tokens, q, s.first) < 0;
  }
  return false;
}

/**
 * Where the content of a frame inside a dependent clause ends: before the comma that closes the
 * clause, once the content holds a verb ("While Ruiz said that the plan failed, she backed it":
 * the main clause is the reporter's). Other frames keep `end`.
 */
function dependentEnd(ctx: FrameContext, ix: SpanIndex, frame: Frame, s: Sentence, start: number, end: number, object = false): number {
  if (!isDependentFrame(ctx, frame, s)) return end;
  const { tokens } = ctx;
  for (let k = start + 1; k <= end; k++) {
    // An object needs no verb of its own: "When the firm announced 600 layoffs, some workers …".
    if (tokens[k].text !== ',' || ctx.blocked[k] || !object && !hasVerb(ix, start, k - 1)) continue;
    const nx = nextWord(tokens, k, s.last);
    if (nx >= 0 && tokens[nx].pos !== 'CCONJ') return k - 1;
  }
  return end;
}

/**
 * A reporting verb the tagger took for a noun between a subject and its clause: "polls show/NOUN
 * Ruiz ahead", "one in five say/NOUN they …", "the records show/NOUN that …". The word before is
 * a noun or a number (a subject, never a determiner: "the show"), the word after opens a clause.
 */
function isNounTaggedCue(tokens: Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  // The short list first: asked of every noun, which framesOf's larger map would answer too.
  if (t.pos !== 'NOUN' || !NOUN_TAGGED_CUES.has(t.lemma) || !framesOf(t.lemma).has('clause')) return false;
  const p = prevWord(tokens, k, s.first);
  const n = nextWord(tokens, k, s.last);
  if (p < 0 || n < 0) return false;
  const before = tokens[p];
  const subjectLike = before.pos === 'NUM' || before.text === '%' || SHARE_WORDS.has(before.lower) || before.pos === 'PROPN' || before.pos === 'NOUN' && before.lower.endsWith('s') && before.lower !== t.lower;
  const after = tokens[n];
  return subjectLike && (after.lower === 'that' || SUBJECT_PRONOUNS.has(after.lower) || after.pos === 'PROPN' || NOUN_TAGGED_CUE_PARTICLES.get(t.lemma)?.has(after.lower) === true
    // "the kind of job that many economists say is the future": a relative clause whose
    // subject was taken out goes on with its verb.
    || after.pos === 'AUX' && relativeBeforeSubject(tokens, p, s));
}

/** Whether a relative word opens the noun phrase ending at token k ("that many economists"). */
function relativeBeforeSubject(tokens: Token[], k: number, s: Sentence): boolean {
  let p = k;
  for (let n = 0; n < 4 && p >= s.first && (tokens[p].pos === 'NOUN' || tokens[p].pos === 'ADJ' || tokens[p].pos === 'DET' || tokens[p].pos === 'NUM'); n++) p = prevWord(tokens, p, s.first);
  return p >= 0 && (RELATIVE_PRONOUNS.has(tokens[p].lower) || tokens[p].lower === 'that' || tokens[p].lower === 'what');
}

/** How far back from a marked fragment a relative pronoun that holds it is looked for, in tokens. */
const RELATIVE_REACH = 40;

/**
 * Statements beside a marked fragment inside one reported clause: a clause coordinated before
 * it ("that Crimea was Ukrainian territory and Kiev's goal was to "liberate" it") and a verb
 * phrase coordinated after it ("to "de-escalate" and pull back the troops").
 */
function unmarkedStatements(ctx: FrameContext, ix: SpanIndex, span: [number, number], s: Sentence): Array<[number, number]> {
  const { tokens } = ctx;
  const out: Array<[number, number]> = [];
  // Found through the prefix counts, not by walking the span: many frames of one long sentence
  // share the span's tail, and walking it for each was quadratic.
  const { firstMarked, lastMarked } = markedBounds(ix, span);
  // A clause closed by a colon, dash or semicolon before a quotation of its own: "asserted that
  // the plan had failed: "It is over," he said." The quotation is no part of the statement.
  const mark = prevWord(tokens, firstMarked, span[0]);
  // Only a clause its "that" opens: "wrote on social media: "…"" has no statement before the colon.
  const that = prevWord(tokens, span[0], s.first);
  if (that >= 0 && tokens[that].lower === 'that' && mark > span[0] && MARKED_QUOTE_BREAKS.has(tokens[mark].text) && hasVerb(ix, span[0], mark - 1)) {
    const before = trimSpan(tokens, span[0], mark - 1);
    if (before) return [before];
  }
  // Before: the last "and"/"but" before the fragment that starts a clause of its own.
  const k = firstMarked - 1 >= 0 ? ix.andBut[firstMarked - 1] : -1;
  if (k > span[0] && hasVerb(ix, k + 1, firstMarked - 1) && hasVerb(ix, span[0], k - 1)) {
    const before = trimSpan(tokens, span[0], k - 1);
    if (before) out.push(before);
  } else {
    // Before a relative clause that holds the fragment: "said observers went with the marchers,
    // whom he described as "peaceful"" (looked for a bounded way back from the fragment).
    for (let r = firstMarked - 1; r > span[0] && r >= firstMarked - RELATIVE_REACH; r--) {
      if (!inClass(tokens[r], WordClass.RELATIVE_PRONOUN)) continue;
      const comma = prevWord(tokens, r, span[0]);
      const before = comma >= 0 && tokens[comma].text === ',' && hasVerb(ix, span[0], comma - 1) ? trimSpan(tokens, span[0], comma - 1) : null;
      if (before) out.push(before);
      break;
    }
  }
  // After: "and" + a verb right after the fragment's closing mark.
  let a = nextWord(tokens, lastMarked, s.last);
  while (a >= 0 && ctx.blocked[a]) a = nextWord(tokens, blockedRunEnd(ctx, a), s.last);
  if (a >= 0 && a <= span[1] && tokens[a].lower === 'and') {
    const v = nextWord(tokens, a, s.last);
    if (v >= 0 && tokens[v].pos === 'VERB' && !ctx.blocked[v]) {
      const after = trimSpan(tokens, v, span[1]);
      if (after && !overlapsBlocked(ix, after[0], after[1])) out.push(after);
    }
  }
  return out;
}

/**
 * The first and last tokens inside marked quotes within `span` (span[1] + 1 and span[0] - 1 when
 * none), by binary search over the prefix counts.
 */
function markedBounds(ix: SpanIndex, span: [number, number]): { firstMarked: number; lastMarked: number } {
  const [a, b] = span;
  const before = ix.blocked[a];
  const through = ix.blocked[b + 1];
  if (through === before) return { firstMarked: b + 1, lastMarked: a - 1 };
  // Smallest k in [a, b] with a marked token in [a, k].
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.blocked[mid + 1] > before) hi = mid;
    else lo = mid + 1;
  }
  const firstMarked = lo;
  // Largest k in [a, b] with a marked token in [k, b].
  lo = a;
  hi = b;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ix.blocked[mid] < through) lo = mid;
    else hi = mid - 1;
  }
  return { firstMarked, lastMarked: lo };
}

/**
 * A sentence that goes on with the statement closed in the sentence before, in a copy that lost
 * its quotation marks: same paragraph, starts in the first person, holds no reporting verb and no
 * marked quote. "Phones are …, she told a news conference. We are giving children back …"
 */
function continuesStatement(ctx: FrameContext, prev: Sentence, s: Sentence): boolean {
  const { tokens } = ctx;
  if (s.index !== prev.index + 1 || s.paragraph !== prev.paragraph) return false;
  if (!FIRST_PERSON.has(tokens[s.first].lower)) return false;
  for (let k = s.first; k <= s.last; k++) if (ctx.blocked[k] || cueAt(ctx, k)) return false;
  return s.last - s.first >= 3;
}

/** "blamed NATO for fuelling tensions", "accused Kiev of …": the frame after the object reports, not the object. */
function takesPrepositionAfterObject(ctx: FrameContext, frames: ReadonlySet<string>, j: number, s: Sentence): boolean {
  const k = skipObject(ctx, j, s);
  const w = k >= 0 ? ctx.tokens[k].lower : '';
  return (w === 'for' || w === 'of' || w === 'to' || w === 'against') && frames.has(w);
}

/** Is blocked token k inside a run of at most six blocked tokens whose words are all capitalized? */
function isShortMarkedName(ctx: FrameContext, k: number): boolean {
  const { tokens, blocked } = ctx;
  let a = k;
  while (a > 0 && blocked[a - 1] && k - a < 8) a--;
  let b = k;
  while (b + 1 < tokens.length && blocked[b + 1] && b - k < 8) b++;
  if (b - a > 7) return false;
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t.pos !== 'PUNCT' && t.pos !== 'SPACE' && /^[a-z]/.test(t.text) && !TITLE_WORDS.has(t.lower)) return false;
  }
  return true;
}

/**
 * Is the word right before cue k (past adverbs and auxiliaries) a common noun after the frame's
 * subject chunk, outside any chunk? Then the chunk only modifies the subject's head: "the latest
 * Gallup poll showed", "a Ruiz campaign memo found".
 */
function nounHeadBefore(ctx: FrameContext, k: number, s: Sentence, subject: Chunk): boolean {
  const { tokens } = ctx;
  let p = prevWord(tokens, k, s.first);
  while (p >= 0 && (tokens[p].pos === 'ADV' || tokens[p].pos === 'AUX' || BETWEEN_SUBJECT_AND_VERB.has(tokens[p].lower))) p = prevWord(tokens, p, s.first);
  return p > subject.last && tokens[p].pos === 'NOUN' && ctx.chunks.chunkAt[p] < 0 && !ctx.blocked[p];
}

/** A person, a personal pronoun or a descriptor headed by a role noun ("a man", "the driver"). */
function isPersonLike(c: Chunk): boolean {
  return c.kind === 'person' || c.kind === 'pronoun' && c.head !== 'it' || c.kind === 'descriptor' && ROLE_NOUNS.has(c.head);
}

/**
 * A pronoun object before "as" after a verb of description: "described her as likable",
 * "describes himself as a moderate". The pronoun and its predicate are what was said.
 */
function pronounBeforeAs(ctx: FrameContext, frames: ReadonlySet<string>, np: number, s: Sentence): boolean {
  const { tokens } = ctx;
  if (!frames.has('as') || tokens[np].pos !== 'PRON') return false;
  const as = nextWord(tokens, np, s.last);
  return as >= 0 && tokens[as].lower === 'as' && !ctx.blocked[nextWord(tokens, as, s.last)];
}

/** A gerund heads a topic as a noun phrase does: "talked about embedding advisers". */
function isGerund(t: Token): boolean {
  return t.pos === 'VERB' && t.lower.endsWith('ing');
}

/**
 * The token after cue j's adverbs and particles ("spoke highly of", "spoke out about", "talked
 * at length about"), when a preposition follows them; j itself otherwise.
 */
function topicPreposition(ctx: FrameContext, j: number, s: Sentence): number {
  const { tokens } = ctx;
  let k = j;
  for (let n = 0; k >= 0 && n < 3 && !ctx.blocked[k]; n++) {
    const t = tokens[k];
    if (t.pos === 'ADV' || TOPIC_PARTICLES.has(t.lower)) k = nextWord(tokens, k, s.last);
    else if (t.lower === 'at' && tokens[nextWord(tokens, k, s.last)]?.lower === 'length') k = nextWord(tokens, nextWord(tokens, k, s.last), s.last);
    else break;
  }
  return k >= 0 && k !== j && tokens[k].pos === 'ADP' ? k : j;
}

/**
 * Can token k open a noun phrase object: "the …", "Kerry's …", "efforts …", "a …", "her
 * husband's record" (but not the object pronoun "her")?
 */
function opensNounPhrase(tokens: Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  if (t.lower === 'her') {
    const n = nextWord(tokens, k, s.last);
    return n >= 0 && (tokens[n].pos === 'NOUN' || tokens[n].pos === 'ADJ' || tokens[n].pos === 'PROPN');
  }
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'it' || t.lower === 'him' || t.lower === 'them') return false;
  return t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PRON' && POSSESSIVES.has(t.lower);
}

/**
 * Whether span holds at least `min` words (tokens other than punctuation and whitespace). The
 * count stops at `min`: asked of every proposed span, some of them whole long sentences.
 */
function holdsWords(tokens: Token[], span: [number, number], min: number): boolean {
  let n = 0;
  for (let k = span[0]; k <= span[1] && n < min; k++) if (isWord(tokens[k])) n++;
  return n >= min;
}

/**
 * The first token of a noun phrase right before the cue that the chunker did not take for a
 * speaker ("Twenty-four percent of voters", "Many farmers", "a new survey"), or -1: the word
 * before the verb (past auxiliaries and adverbs) must be a noun, a number or a relative "who".
 */
function bareSubject(ctx: FrameContext, cue: number, floor: number): number {
  const { tokens } = ctx;
  let k = prevWord(tokens, cue, floor);
  while (k >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k].lower) || tokens[k].pos === 'ADV' && !tokens[k].lower.endsWith('ing'))) k = prevWord(tokens, k, floor);
  // A parenthetical adverb between commas: "Others, however, say …".
  if (k >= 0 && tokens[k].text === ',') {
    const adverb = prevWord(tokens, k, floor);
    const comma = adverb >= 0 && PARENTHETICAL_ADVERBS.has(tokens[adverb].lower) ? prevWord(tokens, adverb, floor) : -1;
    if (comma >= 0 && tokens[comma].text === ',') k = prevWord(tokens, comma, floor);
  }
  // A quantifier standing for an unnamed group: "Some said", "Most of them said".
  if (k >= 0 && !ctx.blocked[k]) {
    const of = OBJECT_PRONOUNS.has(tokens[k].lower) || tokens[k].lower === 'those' ? prevWord(tokens, k, floor) : -1;
    const q = of >= 0 && tokens[of].lower === 'of' ? prevWord(tokens, of, floor) : k;
    if (q >= 0 && QUANTIFIER_SUBJECTS.has(tokens[q].lower)) return q;
  }
  // "Several mayors, including Ruiz, said": past an inclusion between commas.
  if (k >= 0 && tokens[k].text === ',') {
    for (let p = prevWord(tokens, k, floor), n = 0; p >= 0 && n < 8; p = prevWord(tokens, p, floor), n++) {
      if (tokens[p].text === ',' || ctx.blocked[p]) break;
      if (tokens[p].lower === 'including' || tokens[p].lower === 'like') {
        const comma = prevWord(tokens, p, floor);
        if (comma >= 0 && tokens[comma].text === ',') k = prevWord(tokens, comma, floor);
        break;
      }
    }
  }
  // "The project's website, run by a professor at the university, said": past a participle
  // phrase between commas (the agent after "by" is no subject) to the noun it describes.
  if (k >= 0 && tokens[k].text === ',') k = beforeParticiplePhrase(ctx, k, floor);
  if (k < 0 || ctx.blocked[k]) return -1;
  const t = tokens[k];
  // "those surveyed said", "those polled say".
  if (t.pos === 'VERB' && t.lower.endsWith('ed')) {
    const those = prevWord(tokens, k, floor);
    if (those >= 0 && (tokens[those].lower === 'those' || tokens[those].lower === 'people')) return those;
    // "Some 56 percent of farmers polled said": the participle describes the noun before it,
    // which heads the subject.
    if (those < 0 || !POLLED_PARTICIPLES.has(t.lower) || tokens[those].pos !== 'NOUN' && tokens[those].pos !== 'PROPN' || ctx.blocked[those]) return -1;
    return phraseStart(ctx, those, floor);
  }
  if (t.lower === 'who') {
    const head = prevWord(tokens, k, floor);
    return head >= 0 && (tokens[head].pos === 'NOUN' || tokens[head].pos === 'NUM' || tokens[head].pos === 'PROPN') ? k : -1;
  }
  // A share of those asked heads the subject whatever its tag: "47% say", "nearly a third say".
  const share = t.text === '%' || SHARE_WORDS.has(t.lower);
  if (!share && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && !(t.pos === 'PRON' && !NOT_SUBJECT_HEAD.has(t.lower))) return -1;
  if (NOT_SUBJECT_HEAD.has(t.lower)) return -1;
  return phraseStart(ctx, k, floor);
}

/** How many tokens back from its closing comma a participle phrase's opening comma is looked for. */
const PARTICIPLE_PHRASE_REACH = 30;

/**
 * The word before a participle phrase set off by commas that closes at `comma` ("…, run by X,
 * an adviser to Y," / "…, led by Z,"), or `comma` itself when none opens within reach: the
 * phrase may hold commas of its own, and opens with a past participle or a verb before "by".
 */
function beforeParticiplePhrase(ctx: FrameContext, comma: number, floor: number): number {
  const { tokens } = ctx;
  let found = comma;
  for (let p = prevWord(tokens, comma, floor), n = 0; p >= 0 && n < PARTICIPLE_PHRASE_REACH; p = prevWord(tokens, p, floor), n++) {
    if (ctx.blocked[p] || tokens[p].text === '.' || tokens[p].text === ';') break;
    if (tokens[p].text !== ',') continue;
    const v = nextWord(tokens, p, comma);
    const by = v >= 0 ? nextWord(tokens, v, comma) : -1;
    if (v >= 0 && tokens[v].pos === 'VERB' && (PAST_PARTICIPLE.test(tokens[v].lower) && !tokens[v].lower.endsWith('ing') || by >= 0 && tokens[by].lower === 'by')) found = prevWord(tokens, p, floor);
  }
  return found;
}

/** Back from head k to the start of its noun phrase: determiners, adjectives, nouns, numbers and "of". */
function phraseStart(ctx: FrameContext, k: number, floor: number): number {
  const { tokens } = ctx;
  let first = k;
  for (let p = prevWord(tokens, k, floor); p >= 0 && first - p < 12; p = prevWord(tokens, p, floor)) {
    const w = tokens[p];
    if (ctx.blocked[p]) break;
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'DET' || w.pos === 'NUM' || w.lower === 'of' || w.text === "'s" || w.text === '’s' || w.text === '-') { first = p; continue; }
    break;
  }
  return first;
}

/** Tags of words a subject's chunk may leave out before its head ("those", "new", "two"). */
const SUBJECT_MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** How many tokens before a cue bareAfterComma looks for a comma before running in full. */
const COMMA_REACH = 48;

/**
 * The first word after a comma that opens the noun phrase right before cue k ("…, a new
 * statewide poll has found", "…, his campaign announced"), when the frame's subject (at or before
 * `subjectLast`) lies before that comma; -1 otherwise.
 */
function bareAfterComma(ctx: FrameContext, k: number, s: Sentence, subjectLast: number): number {
  const { tokens } = ctx;
  // The comma found below lies between the subject and the cue: without one there (the subject
  // usually stands right before its verb) the noun phrase is not sought. Looked for back from the
  // cue, within COMMA_REACH tokens: cues sharing one distant subject ("warned that … and claimed
  // that …" thousands long) would make a scan to the subject quadratic; past it the rule runs.
  let comma = k - 1;
  const stop = Math.max(subjectLast, k - COMMA_REACH);
  while (comma > stop && tokens[comma].text !== ',') comma--;
  if (comma <= subjectLast) return -1;
  const head = bareSubject(ctx, k, s.first);
  if (head < 0) return -1;
  let p = prevWord(tokens, head, s.first);
  for (let n = 0; p >= 0 && n < 3 && (SUBJECT_MODIFIER_POS.has(tokens[p].pos) || POSSESSIVES.has(tokens[p].lower)); n++) p = prevWord(tokens, p, s.first);
  if (p <= subjectLast || tokens[p].text !== ',') return -1;
  // "Roe, who backed the plan, last week said …": a time adverbial after the comma is no subject.
  let time = true;
  for (let j = nextWord(tokens, p, head); j >= 0 && time; j = nextWord(tokens, j, head)) time = FRAME_FILLERS.has(tokens[j].lower);
  return time ? -1 : nextWord(tokens, p, s.last);
}

/** The comma after the source of a sentence-initial "According to SOURCE, …", or -1. */
function sourceEnd(tokens: Token[], to: number, last: number): number {
  for (let k = to + 1; k <= last && k <= to + 40; k++) {
    if (tokens[k].text === ',') return k > to + 1 ? k : -1;
    if (tokens[k].text === ';' || tokens[k].text === ':') return -1;
  }
  return -1;
}

/**
 * The clause after "that" right after the frame's cue, past an indirect object ("informed the director
 * that …", "joked to the chair that …"), or null: no clause, or it overlaps a marked quote.
 */
function thatClause(ctx: FrameContext, ix: SpanIndex, frame: Frame, s: Sentence): [number, number] | null {
  const { tokens } = ctx;
  let j = nextWord(tokens, frame.cue, s.last);
  if (j >= 0 && tokens[j].lower === 'to') j = nextWord(tokens, j, s.last);
  if (j >= 0 && tokens[j].lower !== 'that') j = skipObject(ctx, j, s);
  if (j < 0 || tokens[j].lower !== 'that') return null;
  const a = nextWord(tokens, j, s.last);
  const span = a >= 0 ? trimSpan(tokens, a, dependentEnd(ctx, ix, frame, s, a, contentEnd(ctx, ix, a, s))) : null;
  return span && hasVerb(ix, span[0], span[1]) && !overlapsBlocked(ix, span[0], span[1]) ? span : null;
}

/**
 * Does the sentence open with a noun phrase before the frame's comma, the subject of a statement
 * the frame interrupts ("The club's investment, she said, "is …""), or with a condition or topic
 * of that statement ("If the vote fails, she said, "…"")? Any other participle, preposition or
 * conjunction ("After the vote, he said, …", "When asked, he said, …") opens the reporter's words.
 */
function opensSubject(ctx: FrameContext, ix: SpanIndex, frame: Frame, s: Sentence): boolean {
  const { tokens } = ctx;
  const head = frame.subject ? frame.subject.first : frame.cue;
  const comma = prevWord(tokens, head, s.first);
  const mark = comma > 0 ? ix.clauseMark[comma - 1] : -1;
  const first = nextWord(tokens, (mark >= s.first ? mark + 1 : s.first) - 1, s.last);
  if (first < 0 || first >= comma) return false;
  const t = tokens[first];
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'PRON' && t.lower !== 'that' || statementOpener(tokens, first, comma);
}

/**
 * A condition, concession or topic opener of the speaker's own statement ("If the vote fails,
 * she said, …", "As for the bridge, he said, …"); "as" only as "as for".
 */
function statementOpener(tokens: Token[], first: number, comma: number): boolean {
  const w = tokens[first].lower;
  if (!INTERRUPTED_STATEMENT_OPENERS.has(w)) return false;
  return w !== 'as' || first + 1 < comma && tokens[first + 1].lower === 'for';
}

/** How many words after the cue the comma closing an "as" clause is looked for (bounded). */
const AS_CLAUSE_TAIL = 8;

/**
 * The comma closing an "as" clause that holds the frame and opens the sentence ("As Ruiz noted,",
 * "But as the mayor said on Monday,"), or -1. Only a conjunction may stand before "as": "She left
 * as Ruiz said, …" is a time clause of the reporter's.
 */
function asClauseComma(ctx: FrameContext, frame: Frame, s: Sentence, bare: number, j: number): number {
  const { tokens } = ctx;
  const head = frame.subject ? frame.subject.first : bare;
  if (head < 0 || j < 0) return -1;
  // The chunk may leave out the subject's determiner: "As the Daily Planet reported, …".
  let as = prevWord(tokens, head, s.first);
  for (let n = 0; as >= 0 && n < 3 && (SUBJECT_MODIFIER_POS.has(tokens[as].pos) || POSSESSIVES.has(tokens[as].lower)) && tokens[as].lower !== 'as'; n++) as = prevWord(tokens, as, s.first);
  if (as < 0 || tokens[as].lower !== 'as' || !opensClause(tokens, as, s)) return -1;
  for (let k = j, n = 0; k >= 0 && n < AS_CLAUSE_TAIL; k = nextWord(tokens, k, s.last), n++) {
    if (tokens[k].text === ',') return k;
    if (tokens[k].pos === 'VERB' || ctx.blocked[k]) return -1;
  }
  return -1;
}

/**
 * Does token k open the sentence, perhaps after a conjunction or inside a bracket ("But as …",
 * "(As …")? Only then does an "as" clause frame the clause after it: "She left as Ruiz said, …"
 * is a time clause of the reporter's.
 */
function opensClause(tokens: Token[], k: number, s: Sentence): boolean {
  let opener = prevWord(tokens, k, s.first);
  if (opener >= 0 && (tokens[opener].text === '(' || tokens[opener].text === '[')) opener = prevWord(tokens, opener, s.first);
  return opener < 0 || SENTENCE_CONJUNCTIONS.has(tokens[opener].lower) && prevWord(tokens, opener, s.first) < 0;
}

/** The "by" after cue k in "As reported by X, …" opening the sentence, or -1. */
function asPassiveSource(ctx: FrameContext, k: number, s: Sentence): number {
  const { tokens } = ctx;
  let as = prevWord(tokens, k, s.first);
  // "As first reported by …".
  while (as >= 0 && tokens[as].pos === 'ADV' && tokens[as].lower !== 'as') as = prevWord(tokens, as, s.first);
  if (as < 0 || tokens[as].lower !== 'as' || !PAST_PARTICIPLE.test(tokens[k].lower) || !opensClause(tokens, as, s)) return -1;
  const by = nextWord(tokens, k, s.last);
  return by >= 0 && tokens[by].lower === 'by' ? by : -1;
}

/** Does a comma right before the frame's subject set it off, after an opener of the sentence? */
function opensWithComma(ctx: FrameContext, frame: Frame, s: Sentence, bare: number): boolean {
  const head = frame.subject ? possessorFirst(ctx, frame.subject.first, s.first) : bare;
  if (head < 0) return false;
  const comma = prevWord(ctx.tokens, head, s.first);
  return comma >= 0 && ctx.tokens[comma].text === ',';
}

/**
 * A dash set off by a space that breaks a clause ("… robbery - according to the police"), not a
 * hyphen inside a word; normalization writes long dashes as "-".
 */
function isClauseDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (t.text === '-' || t.text === '--' || t.text === '\u2013' || t.text === '\u2014') && k > 0 && tokens[k - 1].end < t.start;
}

/**
 * Is the marked quote of an "according to" frame at `cue` inside its source, before the comma
 * that closes the source ("According to her "clawback" plan, …"), with none after that comma?
 */
function markedSource(ctx: FrameContext, ix: SpanIndex, cue: number, s: Sentence): boolean {
  const to = nextWord(ctx.tokens, cue, s.last);
  const comma = to >= 0 ? sourceEnd(ctx.tokens, to, s.last) : -1;
  return comma >= 0 && ix.blocked[comma] > ix.blocked[to] && ix.blocked[s.last + 1] === ix.blocked[comma];
}

/**
 * The first token of the subject phrase whose head chunk opens at `first`, past a possessor the
 * chunk leaves out: "Ana Ruiz's aides", "the mayor's office".
 */
function possessorFirst(ctx: FrameContext, first: number, floor: number): number {
  const { tokens, chunks } = ctx;
  const mark = prevWord(tokens, first, floor);
  if (mark < 0 || (tokens[mark].text !== "'s" && tokens[mark].text !== '\u2019s')) return first;
  const owner = prevWord(tokens, mark, floor);
  const c = owner >= 0 && !ctx.blocked[owner] ? chunks.chunkAt[owner] : -1;
  return c >= 0 ? chunks.chunks[c].first : first;
}

/** Does the span hold a noun, a name, a pronoun or a number: is it more than conjunctions and adverbs? */
function namesSomething(tokens: Token[], span: [number, number]): boolean {
  for (let k = span[0]; k <= span[1]; k++) {
    const pos = tokens[k].pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') return true;
  }
  return false;
}

/**
 * Does the frame open a clause coordinated after one that holds a marked quote ("…, and a former
 * official said …"), with no marked quote after its cue: the quotation the cue was spent on
 * belongs to the clause before, not to this frame?
 */
function markedBefore(ctx: FrameContext, ix: SpanIndex, frame: Frame, s: Sentence): boolean {
  if (frame.inverted || !frame.subject) return false;
  const { tokens } = ctx;
  const head = possessorFirst(ctx, frame.subject.first, s.first);
  const joiner = prevWord(tokens, head, s.first);
  if (joiner < 0 || tokens[joiner].lower !== 'and' && tokens[joiner].lower !== 'but' && tokens[joiner].text !== ';') return false;
  return ix.blocked[joiner] > ix.blocked[s.first] && ix.blocked[s.last + 1] === ix.blocked[frame.cue + 1];
}

/** Marks that end a closing frame's clause: "A, insiders said: B", "A, she noted; B". */
const FRAME_CLAUSE_ENDS: ReadonlySet<string> = new Set([':', ';']);

/**
 * The colon or semicolon that ends a closing frame's tail, from token j right after the cue
 * ("…, insiders said: …", "…, she said on Monday; …"), or -1 when none comes before a verb, a
 * comma or the sentence end.
 */
function tailClauseEnd(ctx: FrameContext, j: number, s: Sentence): number {
  const { tokens } = ctx;
  for (let k = j; k >= 0 && k <= s.last; k = nextWord(tokens, k, s.last)) {
    const t = tokens[k];
    if (FRAME_CLAUSE_ENDS.has(t.text)) return k;
    if (t.text === ',' || t.lower === 'that' || t.pos === 'VERB' || t.pos === 'AUX' || ctx.blocked[k]) return -1;
  }
  return -1;
}

/**
 * Is the verb at k part of a setting that opens with a preposition right after the cue at `cue`
 * ("said during his speech to be a delegate", "said at a forum that drew hundreds", "told a
 * meeting in Dover, where …")? Only an infinitive, a gerund or a verb after a relative pronoun:
 * "said on Monday it was over" opens a clause of its own.
 */
function settingVerb(ctx: FrameContext, cue: number, k: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const j = nextWord(tokens, cue, s.last);
  if (j < 0 || j >= k || tokens[j].pos !== 'ADP' || COMPLEMENT_PREPOSITIONS.has(tokens[j].lower)) return false;
  const p = prevWord(tokens, k, j);
  if (p <= j) return false;
  const before = tokens[p].lower;
  return before === 'to' || RELATIVE_PRONOUNS.has(before) || before === 'that' && tokens[prevWord(tokens, p, j)]?.pos === 'NOUN' || tokens[k].lower.endsWith('ing');
}

/** After the cue only adverbials follow ("said in a conference call with reporters."). */
function isAdverbialTail(ctx: FrameContext, j: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const cue = prevWord(tokens, j, s.first);
  // A setting that opens with a preposition holds its own "to", "of" and relative "that":
  // "said during his speech to be a delegate", "said at a forum that drew hundreds of fishermen".
  const setting = tokens[j].pos === 'ADP' && !COMPLEMENT_PREPOSITIONS.has(tokens[j].lower);
  for (let k = j; k <= s.last; k++) {
    const t = tokens[k];
    if ((t.text === ',' || FRAME_CLAUSE_ENDS.has(t.text)) && k > j) return true; // the tail ends at the next comma
    if (ctx.blocked[k] || t.text === ':') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(cue >= 0 && settingVerb(ctx, cue, k, s))) return false;
    if (t.lower === 'that') {
      const nx = nextWord(tokens, k, s.last);
      if (!setting || nx < 0 || tokens[nx].pos !== 'VERB' && tokens[nx].pos !== 'AUX') return false;
    }
    if (!setting && (t.lower === 'to' || t.lower === 'of' || t.lower === 'for' || t.lower === 'against')) return false;
  }
  return true;
}

/** How many tokens after "if" or "when" the comma closing the condition is looked for (bounded). */
const CONDITION_REACH = 30;

/**
 * Does the content at `start` ("if" or "when") hold a condition closed by a comma and then a
 * main clause, its subject and a verb: "said if he were elected, the base would stay open"?
 */
function conditionalClause(ctx: FrameContext, ix: SpanIndex, lemma: string, start: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const w = tokens[start].lower;
  if (w !== 'if' && w !== 'when' || QUESTION_CUES.has(lemma) || !STATEMENT_CLASSES.has(ACCEPT_LEMMA_CLASSES.get(lemma) ?? '')) return false;
  for (let k = nextWord(tokens, start, s.last), n = 0; k >= 0 && n < CONDITION_REACH; k = nextWord(tokens, k, s.last), n++) {
    if (ctx.blocked[k] || tokens[k].text === '.' || tokens[k].text === ';' || tokens[k].text === ':') return false;
    if (tokens[k].text !== ',') continue;
    if (!hasVerb(ix, start, k - 1)) return false;
    const a = nextWord(tokens, k, s.last);
    if (a < 0 || !SUBJECT_OPENERS.has(tokens[a].pos)) return false;
    const end = contentEnd(ctx, ix, a, s);
    return hasVerb(ix, a, end);
  }
  return false;
}

/**
 * Is the preposition at k an approximator: "about half", "about 40 percent", "about a third",
 * "over 200", "around 40", "at least 20", "up to 30"?
 */
function approximates(tokens: Token[], k: number, s: Sentence): boolean {
  let n = nextWord(tokens, k, s.last);
  // The second word of "at least", "at most", "up to".
  if (n >= 0 && NUMBER_APPROXIMATORS.get(tokens[k].lower) === tokens[n].lower) n = nextWord(tokens, n, s.last);
  else if (NUMBER_APPROXIMATORS.get(tokens[k].lower)) return false;
  if (n >= 0 && (tokens[n].lower === 'a' || tokens[n].lower === 'one')) n = nextWord(tokens, n, s.last);
  return n >= 0 && (tokens[n].pos === 'NUM' || SHARE_WORDS.has(tokens[n].lower));
}

/**
 * Does the content at `start` (a preposition) open with a phrase closed by a comma, then a main
 * clause with its subject and a verb: "says despite being an alumna, she will root for Iowa",
 * "said without the levy, the harbour would close"? Only after a statement verb.
 */
function openingPhrase(ctx: FrameContext, ix: SpanIndex, lemma: string, start: number, s: Sentence): boolean {
  const { tokens } = ctx;
  if (!STATEMENT_CLASSES.has(ACCEPT_LEMMA_CLASSES.get(lemma) ?? '') || QUESTION_CUES.has(lemma)) return false;
  for (let k = nextWord(tokens, start, s.last), n = 0; k >= 0 && n < CONDITION_REACH; k = nextWord(tokens, k, s.last), n++) {
    if (ctx.blocked[k] || tokens[k].text === '.' || tokens[k].text === ';' || tokens[k].text === ':') return false;
    if (tokens[k].text !== ',') continue;
    const a = nextWord(tokens, k, s.last);
    if (a < 0 || !SUBJECT_OPENERS.has(tokens[a].pos)) return false;
    return hasVerb(ix, a, contentEnd(ctx, ix, a, s));
  }
  return false;
}

/**
 * "called him a political opportunist", "calls himself a democratic socialist", "called the
 * plan reckless": a verb of naming with an object and a predicate reports the characterization,
 * object and predicate together. A predicate opens with a noun phrase or an adjective, not a
 * preposition, a particle or a time ("called him back", "called a meeting on Monday").
 */
function callPredicate(ctx: FrameContext, ix: SpanIndex, k: number, s: Sentence): { span: [number, number]; frame: Frame } | null {
  const { tokens, chunks } = ctx;
  if (!cueAt(ctx, k) || cueLemma(tokens, k) !== 'call') return null;
  const j = nextWord(tokens, k, s.last);
  if (j < 0 || ctx.blocked[j]) return null;
  let p: number;
  if (NAMED_PRONOUNS.has(tokens[j].lower)) p = nextWord(tokens, j, s.last);
  else if (chunks.chunkAt[j] >= 0 && chunks.chunks[chunks.chunkAt[j]].first === j) p = nextWord(tokens, chunks.chunks[chunks.chunkAt[j]].last, s.last);
  else {
    p = skipOneObject(ctx, j, s);
    if (p === j) return null;
  }
  if (p < 0 || ctx.blocked[p]) return null;
  const w = tokens[p];
  if (FRAME_FILLERS.has(w.lower) || !(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || POSSESSIVES.has(w.lower))) return null;
  const span = trimSpan(tokens, j, contentEnd(ctx, ix, p, s));
  if (!span || overlapsBlocked(ix, span[0], span[1]) || !holdsWords(tokens, span, 3)) return null;
  return { span, frame: frameWith(frameAt(ctx, k, s, s.first, null), { rule: 'call-predicate' }) };
}
