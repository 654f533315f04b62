// Span acceptance: a logistic model over named features of each candidate quote decides whether it is one.
//
// The rules of ./marked and ./reported propose candidates generously; whether a candidate is a
// quote depends on evidence no single rule weighs well against the others: the kind of its cue
// verb, whether a speaker stands in the subject, how long and how shaped the span is, whether its
// sentence is article text at all. The weights are fitted by `npm run fit:quotes`
// (scripts/fit-quotes.ts) on PolNeAR's train folds 1-4 (Newell, Margolin & Ruths 2018) and kept
// in ./acceptor.json; the probability becomes the candidate's confidence.
import { ACCEPT_LEMMA_CLASSES, AMBIGUOUS_STATEMENT_VERBS, CUE_MOODS, MARKED_QUOTE_BREAKS, POSSESSIVES, STATEMENT_CLASSES, SUBJECT_PRONOUNS, TITLE_WORDS } from '../lang/cues';
import { NON_SPEECH_TO } from '../lang/en';
import type { Sentence } from '../sentences/segment';
import { intArray } from '../scratch';
import { inClass, WordClass } from '../text/word-class';
import type { Token } from '../text/tokenize';
import model from './acceptor.json';
import { cueAt, type FrameContext, verbOpener } from './frames';
import { type Candidate, tokenRange } from './marked';

/** Named feature values of one candidate; absent features are 0. */
export type Features = Record<string, number>;

/**
 * The fitted model: a weight per feature name, an intercept, the acceptance threshold of marked
 * fragments and the one of reported speech (fitted apart: see scripts/fit-quotes.ts).
 */
export interface AcceptorModel {
  bias: number;
  threshold: number;
  indirectThreshold: number;
  weights: Record<string, number>;
}

export const ACCEPTOR: AcceptorModel = model;

/** The probability a gated candidate of this kind needs to be kept. */
export function thresholdOf(kind: Candidate['kind']): number {
  return kind === 'indirect' ? ACCEPTOR.indirectThreshold : ACCEPTOR.threshold;
}

/** The features `isGated` reads, one bit each (see `Feature.gate`). */
const GATE_BITS: Readonly<Record<string, number>> = {
  'partial:title-shaped': 1, 'indirect:no-verb': 2, 'indirect:cue-after': 4, 'indirect:noun-cue': 8, 'indirect:opens-with-verb': 16,
  'indirect:intent-to': 32, 'indirect:after-that': 64, 'indirect:noun-tagged': 128,
  'indirect:marks-after': 256, 'partial:noun-cue': 512, 'partial:noun-tagged': 1024,
  'indirect:cue-mood:modal': 2048, 'indirect:cue-mood:negated': 4096, 'indirect:cue-mood:infinitive': 8192,
  'indirect:opens-sentence': 16384,
  'indirect:opens:pronoun': 32768, 'indirect:opens:name': 65536, 'indirect:opens:determiner': 131072, 'indirect:opens:number': 262144,
  'indirect:gap-words:1': 524288,
};

/**
 * A feature: its name, its weight in the committed model (null when it has none), looked up once,
 * and its bit in GATE_BITS (0 for none). The sum of a candidate's features then reads each weight
 * off the feature itself: a lookup by name per feature and candidate cost as much as making them.
 */
interface Feature {
  readonly name: string;
  readonly weight: number | null;
  readonly gate: number;
}

function feature(name: string): Feature {
  return { name, weight: Object.hasOwn(ACCEPTOR.weights, name) ? ACCEPTOR.weights[name] : null, gate: GATE_BITS[name] ?? 0 };
}

/** Receives a candidate's features one at a time, in the order they are made. */
interface FeatureSink {
  add(feature: Feature, value: number): void;
}

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SPACE';

function prevIndex(tokens: Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (isWord(tokens[k]) || tokens[k].pos === 'PUNCT') return k;
  return -1;
}

function nextIndex(tokens: Token[], i: number, ceiling: number): number {
  for (let k = i + 1; k <= ceiling; k++) if (isWord(tokens[k]) || tokens[k].pos === 'PUNCT') return k;
  return -1;
}

/** How many adverbs between a cue and the word of its mood are passed over ("would also say"). */
const MOOD_ADVERBS = 2;

/** The mood of the cue at k (CUE_MOODS: modal, negated, infinitive), or null for a plain verb. */
function cueMood(tokens: Token[], k: number, floor: number): string | null {
  let p = prevIndex(tokens, k, floor);
  for (let n = 0; p >= 0 && n < MOOD_ADVERBS && tokens[p].pos === 'ADV' && !CUE_MOODS.has(tokens[p].lower); n++) p = prevIndex(tokens, p, floor);
  const mood = p >= 0 ? CUE_MOODS.get(tokens[p].lower) ?? null : null;
  // "to" before a gerund is a preposition: "in addition to stating that …".
  return mood === 'infinitive' && tokens[k].lower.endsWith('ing') ? null : mood;
}

/**
 * A word follows token k within the content (up to b) that a modal could govern: "would (not)
 * close". Not a clause's end, punctuation or a conjunction ("no ill will but …", "no ill will.").
 * The tagger's tag of the word itself is no guide ("would close" may read as an adjective).
 */
function modalGovernsNext(tokens: Token[], k: number, b: number): boolean {
  for (let j = k + 1; j <= b; j++) {
    const t = tokens[j];
    if (t.pos === 'SPACE') continue;
    return t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ';
  }
  return false;
}

/** What the content's first word is, as the acceptor weighs it: a subject pronoun, a name, a determiner or a number. */
function contentOpener(t: Token): string | null {
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) ? 'pronoun' : null;
  if (t.pos === 'PROPN') return 'name';
  if (t.pos === 'DET') return 'determiner';
  if (t.pos === 'NUM') return 'number';
  return null;
}

/** Names of the buckets of words between frame and content (0, 1, 2, 3 or more). */
const GAP_BUCKETS = ['0', '1', '2', '3+'];

/**
 * Words (not punctuation or space) strictly between tokens i and j, counted up to the last
 * bucket only: a long sentence of many candidates would otherwise be walked once per candidate.
 */
function wordsBetween(tokens: Token[], i: number, j: number): number {
  let n = 0;
  for (let k = i + 1; k < j && n < GAP_BUCKETS.length - 1; k++) if (isWord(tokens[k])) n++;
  return n;
}

/** The class a cue lemma is weighed by: its own name for frequent verbs, a verb class otherwise. */
function lemmaClass(lemma: string): string {
  return ACCEPT_LEMMA_CLASSES.get(lemma) ?? 'other';
}

/**
 * No lower-case letter in the word (it starts with a capital: the caller checked): the word is
 * its own upper-case form. ASCII is read code by code, since upper-casing a copy of every
 * capitalized word in a sentence cost more than the rest of its shape; beyond ASCII the
 * builtin's own case rules decide.
 */
function isUpperWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return text === text.toUpperCase();
  }
  return true;
}

/**
 * What the features of one document's candidates share, made once per document (its
 * FrameContext): a sentence, or a run of marks, may hold thousands of candidates, and measuring
 * it again for each cost time quadratic in its length.
 */
interface DocumentMeasures {
  /** Sentence-shape features by sentence index. */
  shapes: Array<Feature[] | undefined>;
  /** Made only for a document with a run of marks longer than SHORT_RUN. */
  runs: MarkRuns | null;
  /** Made for the first reported-speech candidate of the document (see marksAfter). */
  ahead: MarksAhead | null;
}
function measuresOf(ctx: FrameContext): DocumentMeasures {
  return (ctx.measures ??= { shapes: [], runs: null, ahead: null }) as DocumentMeasures;
}

/**
 * Does the sentence read like article text? Headlines, captions and labels are short, lack a
 * final full stop and capitalize most words.
 */
function sentenceShape(ctx: FrameContext, s: Sentence, f: FeatureSink): void {
  const shapes = measuresOf(ctx).shapes;
  const shape = (shapes[s.index] ??= measureSentence(ctx.tokens, s));
  for (const x of shape) f.add(x, 1);
}

const SENTENCE = {
  noFinalStop: feature('sentence:no-final-stop'),
  titleCase: feature('sentence:title-case'),
  upperCase: feature('sentence:upper-case'),
  short: feature('sentence:short'),
  headline: feature('sentence:headline'),
};

function measureSentence(tokens: Token[], s: Sentence): Feature[] {
  const f: Feature[] = [];
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    words++;
    if (t.cap) caps++;
    if (t.text.length > 1 && t.cap && isUpperWord(t.text)) upper++;
  }
  const last = tokens[s.last];
  if (!/^[.?!"'”’)]$/.test(last.text) && !(last.pos === 'PUNCT' && /[.?!]/.test(last.text))) f.push(SENTENCE.noFinalStop);
  if (words > 0 && caps / words > 0.6 && words >= 3) f.push(SENTENCE.titleCase);
  if (words > 0 && upper / words > 0.5) f.push(SENTENCE.upperCase);
  if (words <= 6) f.push(SENTENCE.short);
  return f;
}

/** Features by kind, made once: building their names per candidate cost more than the rest. */
function featuresOf(k: Candidate['kind']) {
  const suffixes = {
    logWords: 'log-words', words2: 'words<=2', words5: 'words3-5', words20: 'words>20', titleShaped: 'title-shaped',
    lowerCase: 'lower-case', noVerb: 'no-verb', ruleConfidence: 'rule-confidence', opensSentence: 'opens-sentence',
    afterDeterminer: 'after-determiner', afterPreposition: 'after-preposition', afterPossessive: 'after-possessive',
    afterColon: 'after-colon', afterComma: 'after-comma', afterVerb: 'after-verb', afterAdjective: 'after-adjective',
    afterThat: 'after-that', closesSentence: 'closes-sentence', beforeNoun: 'before-noun', beforeComma: 'before-comma',
    noFrame: 'no-frame', noSubject: 'no-subject', inverted: 'inverted', cueAfter: 'cue-after', logCueGap: 'log-cue-gap',
    participle: 'participle', beat: 'beat', object: 'object', continues: 'continues',
    nounCue: 'noun-cue', nounTagged: 'noun-tagged', marksAfter: 'marks-after', opensWithVerb: 'opens-with-verb', intentTo: 'intent-to', modal: 'modal',
    thatAfterNoun: 'that-after-noun',
  };
  const out = Object.fromEntries(Object.entries(suffixes).map(([field, suffix]) => [field, feature(`${k}:${suffix}`)])) as Record<keyof typeof suffixes, Feature>;
  return { ...out, kind: feature(`kind:${k}`), cue: family(`${k}:cue:`), clauseCue: family(`${k}:clause-cue:`), objectCue: family(`${k}:object-cue:`), toCue: family(`${k}:to-cue:`), subject: family(`${k}:subject:`), verbOpener: family(`${k}:verb-opener:`), nounTaggedLemma: family(`${k}:noun-tagged:`), rule: family(`${k}:rule:`), lemma: family(`${k}:lemma:`), mood: family(`${k}:cue-mood:`), opens: family(`${k}:opens:`), gapWords: family(`${k}:gap-words:`) };
}

/** A family of features named by a prefix and a value ("indirect:cue:" + "say"). */
interface Family {
  prefix: string;
  members: Map<string, Feature>;
}

const family = (prefix: string): Family => ({ prefix, members: new Map() });

const FEATURES = { direct: featuresOf('direct'), partial: featuresOf('partial'), indirect: featuresOf('indirect') };

/** A member of a family, made the first time it is asked for. */
function named(f: Family, value: string): Feature {
  let member = f.members.get(value);
  if (member === undefined) {
    member = feature(f.prefix + value);
    f.members.set(value, member);
  }
  return member;
}

/** The features of one candidate as a record of named values (for the fitting script's hook). */
export function candidateFeatures(ctx: FrameContext, c: Candidate): Features {
  const f: Features = {};
  addFeatures(ctx, c, { add: (feature, value) => { f[feature.name] = value; } });
  return f;
}

/**
 * The features of one candidate, from its tokens, its frame and its sentence, handed to `f` in a
 * fixed order (the order the acceptor's sum adds them in).
 */
function addFeatures(ctx: FrameContext, c: Candidate, f: FeatureSink): void {
  const { tokens, sentences } = ctx;
  const n = FEATURES[c.kind];
  f.add(n.kind, 1);
  const s = sentences[c.sentence];
  if (c.end <= c.start || tokens.length === 0 || !s) return;
  const [a, b] = tokenRange(tokens, c.start, c.end);
  let words = 0;
  let capWords = 0;
  // Every word capitalized or a title word ("of", "the"); the list is asked only while that holds.
  let allTitle = true;
  let verbs = 0;
  let modals = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    words++;
    if (t.cap) capWords++;
    else if (allTitle && !TITLE_WORDS.has(t.lower)) allTitle = false;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    // A modal verb before its verb, not a homonym ("no ill will", "a tin can").
    if (inClass(t, WordClass.MODAL) && modalGovernsNext(tokens, k, b)) modals++;
  }
  f.add(n.logWords, Math.log(1 + words));
  if (words <= 2) f.add(n.words2, 1);
  else if (words <= 5) f.add(n.words5, 1);
  else if (words > 20) f.add(n.words20, 1);
  if (words > 0 && allTitle && tokens[a].cap) f.add(n.titleShaped, 1);
  if (words > 0 && capWords === 0) f.add(n.lowerCase, 1);
  if (verbs === 0) f.add(n.noVerb, 1);
  if (c.kind === 'indirect') {
    // A statement about what will or would be ("said he would run"), and what opens the clause:
    // reported statements open with their subject, a pronoun or a name, far more than narrative.
    if (modals > 0) f.add(n.modal, 1);
    const opener = contentOpener(tokens[a]);
    if (opener) f.add(named(n.opens, opener), 1);
  }
  // Content after "that" that opens with a verb has no subject of its own: "reports that were
  // filed" is a relative clause, not a statement.
  const pa = prevIndex(tokens, a, s.first);
  if (c.kind === 'indirect' && pa >= 0 && tokens[pa].lower === 'that' && (tokens[a].pos === 'VERB' || tokens[a].pos === 'AUX')) f.add(n.opensWithVerb, 1);
  if (c.confidence) f.add(n.ruleConfidence, c.confidence);
  // What the span's edges touch: a marked span as a name or modifier ("ABC's "This Week"",
  // "a "game changer" moment") or as a clause.
  const before = prevIndex(tokens, a, s.first);
  const after = nextIndex(tokens, b, s.last);
  const beforeWord = before >= 0 ? prevWordOf(ctx, before, s.first, c.kind !== 'indirect') : -1;
  const afterWord = after >= 0 ? nextWordOf(ctx, after, s.last, c.kind !== 'indirect') : -1;
  if (beforeWord < 0) f.add(n.opensSentence, 1);
  else {
    const t = tokens[beforeWord];
    if (t.pos === 'DET') f.add(n.afterDeterminer, 1);
    else if (t.pos === 'ADP') f.add(n.afterPreposition, 1);
    else if (t.text === "'s" || t.text === '’s') f.add(n.afterPossessive, 1);
    else if (t.text === ':') f.add(n.afterColon, 1);
    else if (t.text === ',') f.add(n.afterComma, 1);
    else if (t.pos === 'VERB') f.add(n.afterVerb, 1);
    else if (t.pos === 'ADJ') f.add(n.afterAdjective, 1);
    else if (t.lower === 'that') f.add(n.afterThat, 1);
  }
  if (afterWord < 0) f.add(n.closesSentence, 1);
  else {
    const t = tokens[afterWord];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') f.add(n.beforeNoun, 1);
    else if (t.text === ',') f.add(n.beforeComma, 1);
  }
  // The frame: a speaker in subject position, what kind, and what verb.
  const fr = c.frame;
  if (!fr) f.add(n.noFrame, 1);
  else {
    f.add(named(n.cue, lemmaClass(fr.lemma)), 1);
    // The verb itself, over its class: a class pools verbs whose uses differ ("write" and "note"
    // both state; "reported" frames news far more often). The fit keeps the lemmas seen often
    // enough to weigh; the penalty pulls the others to their class.
    if (c.kind === 'indirect') f.add(named(n.lemma, fr.lemma), 1);
    if (!fr.subject) {
      f.add(n.noSubject, 1);
      // With no subject found, what opens the verb tells a statement from narrative (see
      // verbOpener): "and promised to …", "we mocked …" against "to criticize …", "which showed …".
      if (c.kind === 'indirect') f.add(named(n.verbOpener, verbOpener(tokens, fr.cue, s.first)), 1);
    } else f.add(named(n.subject, fr.subject.kind), 1);
    if (fr.inverted) f.add(n.inverted, 1);
    // "would signal", "never mentioned", "to tout": a verb that reports nobody saying anything yet.
    if (c.kind === 'indirect') {
      const mood = cueMood(tokens, fr.cue, s.first);
      if (mood) f.add(named(n.mood, mood), 1);
    }
    if (fr.cue > b) f.add(n.cueAfter, 1);
    const gap = fr.cue > b ? fr.cue - b : a - fr.cueLast;
    f.add(n.logCueGap, Math.log(1 + Math.max(0, gap)));
    if (c.kind === 'indirect') {
      // The words between frame and content, counted and bucketed: the log of the token gap
      // above is smooth, but "said [X]", "told reporters [X]", "told them on Monday [X]" and
      // longer stretches differ in steps, not along a curve.
      f.add(named(n.gapWords, GAP_BUCKETS[fr.cue > b ? wordsBetween(tokens, b, fr.cue) : wordsBetween(tokens, fr.cueLast, a)]), 1);
      // "that" after a noun some words past the verb opens a relative clause on that noun
      // ("told a crowd at the hall that spilled out …", "a message that comes …") far more often
      // than the statement ("told reporters that …" keeps its noun right after the verb).
      if (fr.cue < a && pa > fr.cueLast && tokens[pa].lower === 'that') {
        const q = prevIndex(tokens, pa, fr.cueLast + 1);
        if (q > fr.cueLast + 1 && (tokens[q].pos === 'NOUN' || tokens[q].pos === 'PROPN')) f.add(n.thatAfterNoun, 1);
      }
    }
    if (tokens[fr.cue].lower.endsWith('ing')) f.add(n.participle, 1);
    // "Trump's comments came after …", "the 16 states holding …": the cue is a noun (tagged so,
    // after a determiner, modifier or possessive; "the 41-year-old said" keeps its verb).
    const p = prevIndex(tokens, fr.cue, s.first);
    const pt = p >= 0 ? tokens[p] : null;
    if (pt && tokens[fr.cue].pos === 'NOUN' && (pt.pos === 'DET' || pt.pos === 'ADJ' || pt.pos === 'NUM' || pt.text === "'s" || pt.text === '’s' || POSSESSIVES.has(pt.lower))) f.add(n.nounCue, 1);
    // Any other cue the tagger read as a noun is in doubt too: a plural after a name or a noun
    // ("swing states", "the primary contests") is a noun far more often than "polls show" is a
    // frame. A participle after a comma (", warning that") is a verb whatever its tag.
    // Which words these are is learned per lemma where it is frequent enough to weigh: "states"
    // and "contests" are nouns, "reports" and "shows" mostly verbs.
    else if (tokens[fr.cue].pos === 'NOUN' && !(pt && pt.text === ',' && tokens[fr.cue].lower.endsWith('ing'))) {
      f.add(n.nounTagged, 1);
      f.add(named(n.nounTaggedLemma, fr.lemma), 1);
    }
  }
  // "agreed to serve", "refused to resign": a commitment or refusal, reported speech only now and
  // then; PolNeAR counts some ("agreed to pay a fee"), not others.
  if (c.kind === 'indirect' && fr && fr.cue < a && NON_SPEECH_TO.has(fr.lemma) && pa >= 0 && tokens[pa].lower === 'to') f.add(n.intentTo, 1);
  // A clause after the cue ("denied it was plotting an attack") against a phrase ("denied the
  // request"), weighed by verb class: for some classes only the clause reports speech.
  if (c.kind === 'indirect' && fr && fr.cue < a && verbs > 0 && !c.object) f.add(named(n.clauseCue, lemmaClass(fr.lemma)), 1);
  // An infinitive after the cue reports a commitment or a call for some verb classes ("pledged to
  // rebuild the pier", "urged the board to act") and an attempt or a duty for others ("moved to
  // block", "declined to serve"), whatever each class weighs with a "that" clause.
  if (c.kind === 'indirect' && fr && fr.cue < a && pa >= 0 && tokens[pa].lower === 'to') f.add(named(n.toCue, lemmaClass(fr.lemma)), 1);
  if (c.beat) f.add(n.beat, 1);
  if (c.object) {
    f.add(n.object, 1);
    // Whether a verb's object is what was said depends on the verb: "denied the report" is,
    // "mentioned the former minister" mostly is not.
    if (fr) f.add(named(n.objectCue, lemmaClass(fr.lemma)), 1);
  }
  if (c.continues) f.add(n.continues, 1);
  // A frame a fallback rule found (frames.ts: FrameRule) is weighed apart from the chunker's.
  if (fr?.rule) f.add(named(n.rule, fr.rule), 1);
  // Marked words later in the sentence with no reporting verb before them: the statement runs on
  // into them ("said A and will "B"", "said A, whom he called "B""), and the whole is one
  // mixed quote that the marked fragment already stands for.
  if (c.kind === 'indirect' && marksAfter(ctx, b, s)) f.add(n.marksAfter, 1);
  // A headline: the document opens with this one sentence as a paragraph, without a full stop,
  // and more text follows (a one-sentence lead paragraph ends with its stop).
  if (s.index === 0 && sentences.length > 1 && sentences[1].paragraph !== s.paragraph && tokens[s.last].text !== '.') f.add(SENTENCE.headline, 1);
  sentenceShape(ctx, s, f);
}

/**
 * For each token, the first token at or after it inside marks, and the first reporting verb at or
 * after it (tokens.length when none): asked per candidate, a walk to the sentence end was
 * quadratic in a long sentence of many frames.
 */
interface MarksAhead {
  mark: Int32Array;
  cue: Int32Array;
}

function marksAhead(ctx: FrameContext): MarksAhead {
  const m = measuresOf(ctx);
  if (m.ahead) return m.ahead;
  const { tokens, blocked, sentences } = ctx;
  const n = tokens.length;
  // Views of the document's reused buffers (../scratch): a new typed array each, with its own
  // zeroed backing store, was ~0.7% of a CPU profile of extraction.
  const mark = intArray(n + 1, n);
  const cue = intArray(n + 1, n);
  for (let k = n - 1; k >= 0; k--) mark[k] = blocked[k] ? k : mark[k + 1];
  // Cues are only asked for before a mark of the same sentence (marksAfter stops at the sentence
  // end first), so sentences with no mark skip the reporting-verb test, the costly part.
  for (const s of sentences) {
    if (mark[s.first] > s.last) continue;
    for (let k = s.last; k >= s.first; k--) cue[k] = !blocked[k] && cueAt(ctx, k) ? k : cue[k + 1];
  }
  m.ahead = { mark, cue };
  return m.ahead;
}

/**
 * Is there a marked token after token b in sentence s with no reporting verb before it, and no
 * colon or dash that opens a quotation of its own ("that it had failed: "It is over," she said")?
 */
function marksAfter(ctx: FrameContext, b: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const { mark, cue } = marksAhead(ctx);
  const k = mark[b + 1];
  if (k > s.last || cue[b + 1] < k) return false;
  const p = prevIndex(tokens, k, b + 1);
  if (p >= 0 && MARKED_QUOTE_BREAKS.has(tokens[p].text)) return false;
  // "said A and Kiev's goal was to "liberate" it", "said A and that B": a clause with a subject
  // of its own after "and" is a second statement (ANNOTATION.md), not the first one running on;
  // "said A and will "B"" shares A's subject.
  let j = nextIndex(tokens, b, s.last);
  if (j >= 0 && tokens[j].text === ',') j = nextIndex(tokens, j, s.last);
  if (j < 0 || j >= k || (tokens[j].lower !== 'and' && tokens[j].lower !== 'but')) return true;
  const w = nextIndex(tokens, j, s.last);
  return w >= 0 && w < k && (tokens[w].pos === 'VERB' || tokens[w].pos === 'AUX' || tokens[w].pos === 'ADV');
}

const isMarkOrSpace = (t: Token) => t.pos === 'PUNCT' && /["'“”‘’«»]/.test(t.text) || t.pos === 'SPACE';

/**
 * For each token, the first and last token of the run of quotation marks and spaces it is in
 * (its own index when it is in none). Stepping over such a run from every candidate beside it
 * ("“  ‘  “  ‘ …" thousands deep) cost time quadratic in the run.
 */
interface MarkRuns {
  first: Int32Array;
  last: Int32Array;
}
/** Steps taken before the run table is used; ordinary text never has a longer run. */
const SHORT_RUN = 8;

function markRuns(ctx: FrameContext): MarkRuns {
  const m = measuresOf(ctx);
  if (m.runs) return m.runs;
  const { tokens } = ctx;
  const first = intArray(tokens.length);
  const last = intArray(tokens.length);
  for (let k = 0; k < tokens.length; k++) first[k] = k > 0 && isMarkOrSpace(tokens[k]) && isMarkOrSpace(tokens[k - 1]) ? first[k - 1] : k;
  for (let k = tokens.length - 1; k >= 0; k--) last[k] = k + 1 < tokens.length && isMarkOrSpace(tokens[k]) && isMarkOrSpace(tokens[k + 1]) ? last[k + 1] : k;
  m.runs = { first, last };
  return m.runs;
}

/** Past the quotation mark next to a marked span: the word beside the marks. */
function prevWordOf(ctx: FrameContext, i: number, floor: number, marked: boolean): number {
  const { tokens } = ctx;
  let k = i;
  for (let steps = 0; marked && k >= floor && isMarkOrSpace(tokens[k]); steps++) {
    k = steps < SHORT_RUN ? k - 1 : markRuns(ctx).first[k] - 1;
  }
  return k >= floor ? k : -1;
}

function nextWordOf(ctx: FrameContext, i: number, ceiling: number, marked: boolean): number {
  const { tokens } = ctx;
  let k = i;
  for (let steps = 0; marked && k <= ceiling && isMarkOrSpace(tokens[k]); steps++) {
    k = steps < SHORT_RUN ? k + 1 : markRuns(ctx).last[k] + 1;
  }
  return k <= ceiling ? k : -1;
}

/**
 * Which candidates the threshold may drop: marked fragments and reported speech with no speaker
 * in the subject of their frame (scare quotes, titles and names in marks; "a new poll shows"),
 * noun-phrase objects of evaluation verbs, and fragments shaped like titles. A whole statement
 * in marks is a quote on real news 98 times in 100, and words a named speaker is reported saying
 * (with or without marks) are a quote by definition (ANNOTATION.md); there the probability only
 * sets the confidence. `gates`: the GATE_BITS of the candidate's features.
 */
export function isGated(c: Candidate, gates: number): boolean {
  if (c.kind === 'direct') return false;
  // A fragment of capitalized words is a title or a name even beside a speaker: "said on
  // Channel 9's "Morning Report"".
  if (c.kind === 'partial' && gates & GATE_BITS['partial:title-shaped']) return true;
  if (!c.frame?.subject) return true;
  // Frames of the fallback rules are in doubt whoever they name ("…, a source close to him said").
  if (c.frame.rule) return true;
  // A fragment framed by a verb outside the statement classes or by a cue that is likely a noun
  // is a name or a scare quote as often as words said: "pushed for "Medicare for all"",
  // "the states' "winner-take-all" rules".
  if (c.kind === 'partial') return !STATEMENT_CLASSES.has(lemmaClass(c.frame.lemma)) || (gates & (GATE_BITS['partial:noun-cue'] | GATE_BITS['partial:noun-tagged'])) !== 0;
  // Verbs outside the statement classes report speech only in some of their uses ("stressed the
  // need", "pledged $5 million", "records show"): the acceptor decides them, unless "that" opens
  // the clause ("stressed that no decision had been taken").
  if (c.kind === 'indirect' && !STATEMENT_CLASSES.has(lemmaClass(c.frame.lemma)) && !(gates & GATE_BITS['indirect:after-that'])) return true;
  // A statement verb with other common senses is weighed whatever follows it: "rejected the
  // notion that …" is a vote as often as a statement in news, "signaled that …" an act. A verb
  // of asserting with "that" right after it is a statement: "maintained that she had done
  // nothing wrong", not "maintained a lead".
  const thatRightAfter = GATE_BITS['indirect:after-that'] | GATE_BITS['indirect:gap-words:1'];
  const asserts = lemmaClass(c.frame.lemma) === 'argue' && (gates & thatRightAfter) === thatRightAfter;
  if (c.kind === 'indirect' && AMBIGUOUS_STATEMENT_VERBS.has(c.frame.lemma) && !asserts) return true;
  // Reported speech from a named speaker is gated only where its frame is in doubt: a noun-phrase
  // object, content with no verb before its frame, a cue that reads or is tagged as a noun,
  // content that runs on into marked words, content that opens with a verb,
  // a commitment after "agreed to".
  const noVerbCueAfter = GATE_BITS['indirect:no-verb'] | GATE_BITS['indirect:cue-after'];
  // A verb in a mood that reports nobody saying anything yet is in doubt too: "would signal",
  // "never mentioned", "to tout".
  const mood = GATE_BITS['indirect:cue-mood:modal'] | GATE_BITS['indirect:cue-mood:negated'] | GATE_BITS['indirect:cue-mood:infinitive'];
  // Content before its frame that opens the sentence with a word no subject opens with (a
  // conjunction, a preposition, a participle) is the setting of the speaker's own clause as often
  // as a statement: "Before dropping out, the senator responded with …", "If the company is
  // informed, it will act".
  const opensWithSubject = GATE_BITS['indirect:opens:pronoun'] | GATE_BITS['indirect:opens:name'] | GATE_BITS['indirect:opens:determiner'] | GATE_BITS['indirect:opens:number'];
  const setting = GATE_BITS['indirect:cue-after'] | GATE_BITS['indirect:opens-sentence'];
  if (c.kind === 'indirect' && (gates & setting) === setting && (gates & opensWithSubject) === 0) return true;
  return c.kind === 'indirect' && (c.object === true || (gates & noVerbCueAfter) === noVerbCueAfter || (gates & (GATE_BITS['indirect:noun-cue'] | GATE_BITS['indirect:noun-tagged'] | GATE_BITS['indirect:marks-after'] | GATE_BITS['indirect:opens-with-verb'] | GATE_BITS['indirect:intent-to'] | mood)) !== 0);
}

/** The GATE_BITS of a record of features (each present with the value 1, as the gate reads them). */
export function gatesOf(f: Features): number {
  let gates = 0;
  for (const name in GATE_BITS) if (f[name] === 1) gates |= GATE_BITS[name];
  return gates;
}

/** P(the candidate is a quote) under the model. */
export function acceptProbability(f: Features, m: AcceptorModel = ACCEPTOR): number {
  let z = m.bias;
  for (const name in f) {
    const w = m.weights[name];
    if (w !== undefined) z += w * f[name];
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * The committed model's sum over one candidate's features, added up as they are made, with the
 * gate's bits. Building a record of named features per candidate and reading it back
 * (`acceptProbability`) cost about 2% of extraction: every candidate's record got its own set of
 * keys. The terms are added in the order the record would list them, so the probability is the
 * same to the last bit. The weights are the committed model's, which each feature carries.
 */
class WeightedSum implements FeatureSink {
  z = 0;
  gates = 0;
  start(): void {
    this.z = ACCEPTOR.bias;
    this.gates = 0;
  }
  add(feature: Feature, value: number): void {
    if (feature.weight !== null) this.z += feature.weight * value;
    this.gates |= feature.gate;
  }
}

/** One sum, reused from candidate to candidate (its state is only read before the next one starts). */
const sum = new WeightedSum();

/** The candidate's probability under the committed model, and whether its threshold applies to it. */
export function acceptance(ctx: FrameContext, c: Candidate): { probability: number; gated: boolean } {
  sum.start();
  addFeatures(ctx, c, sum);
  return { probability: 1 / (1 + Math.exp(-sum.z)), gated: isGated(c, sum.gates) };
}
