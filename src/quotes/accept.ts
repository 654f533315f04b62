// Span acceptance: a logistic model over named features of each candidate quote decides whether it is one.
//
// The rules of ./marked and ./reported propose candidates generously; whether a candidate is a
// quote depends on evidence no single rule weighs well against the others: the kind of its cue
// verb, whether a speaker stands in the subject, how long and how shaped the span is, whether its
// sentence is article text at all. The weights are fitted by `npm run fit:quotes`
// (scripts/fit-quotes.ts) on PolNeAR's train folds 1-4 (Newell, Margolin & Ruths 2018) and kept
// in ./acceptor.json; the probability becomes the candidate's confidence.
import { ACCEPT_LEMMA_CLASSES, TITLE_WORDS } from '../lang/cues';
import type { Sentence } from '../sentences/segment';
import type { Token } from '../text/tokenize';
import model from './acceptor.json';
import type { FrameContext } from './frames';
import { type Candidate, tokenRange } from './marked';

/** Named feature values of one candidate; absent features are 0. */
export type Features = Record<string, number>;

/** Receives a candidate's features one at a time, in the order they are made. */
interface FeatureSink {
  add(feature: Feature, value: number): void;
}

/** The fitted model: a weight per feature name, an intercept and the acceptance threshold. */
export interface AcceptorModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export const ACCEPTOR: AcceptorModel = model;

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SPACE';

function prevIndex(tokens: Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (isWord(tokens[k]) || tokens[k].pos === 'PUNCT') return k;
  return -1;
}

function nextIndex(tokens: Token[], i: number, ceiling: number): number {
  for (let k = i + 1; k <= ceiling; k++) if (isWord(tokens[k]) || tokens[k].pos === 'PUNCT') return k;
  return -1;
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
 * Does the sentence read like article text? Headlines, captions and labels are short, lack a
 * final full stop and capitalize most words.
 */
function sentenceShape(tokens: Token[], s: Sentence, f: FeatureSink): void {
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
  if (!/^[.?!"'”’)]$/.test(last.text) && !(last.pos === 'PUNCT' && /[.?!]/.test(last.text))) f.add(SENTENCE.noFinalStop, 1);
  if (words > 0 && caps / words > 0.6 && words >= 3) f.add(SENTENCE.titleCase, 1);
  if (words > 0 && upper / words > 0.5) f.add(SENTENCE.upperCase, 1);
  if (words <= 6) f.add(SENTENCE.short, 1);
}

/**
 * A feature: its name and its weight in the committed model (null when it has none), looked up
 * once. The sum of a candidate's features then reads each weight off the feature itself: a
 * lookup by name per feature and candidate cost as much as making the features.
 */
interface Feature {
  readonly name: string;
  readonly weight: number | null;
}

function feature(name: string): Feature {
  return { name, weight: Object.hasOwn(ACCEPTOR.weights, name) ? ACCEPTOR.weights[name] : null };
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
  };
  const out = Object.fromEntries(Object.entries(suffixes).map(([field, suffix]) => [field, feature(`${k}:${suffix}`)])) as Record<keyof typeof suffixes, Feature>;
  return { ...out, kind: feature(`kind:${k}`), cue: family(`${k}:cue:`), subject: family(`${k}:subject:`) };
}

/** A family of features named by a prefix and a value ("indirect:cue:" + "say"). */
interface Family {
  prefix: string;
  members: Map<string, Feature>;
}

const family = (prefix: string): Family => ({ prefix, members: new Map() });

const FEATURES = { direct: featuresOf('direct'), partial: featuresOf('partial'), indirect: featuresOf('indirect') };

const SENTENCE = {
  noFinalStop: feature('sentence:no-final-stop'),
  titleCase: feature('sentence:title-case'),
  upperCase: feature('sentence:upper-case'),
  short: feature('sentence:short'),
  headline: feature('sentence:headline'),
};

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
 * fixed order (the order the acceptor's sum adds them in). Returns whether the span is shaped
 * like a title, which the gate reads (see isGated).
 */
function addFeatures(ctx: FrameContext, c: Candidate, f: FeatureSink): boolean {
  const { tokens, sentences } = ctx;
  const n = FEATURES[c.kind];
  f.add(n.kind, 1);
  const s = sentences[c.sentence];
  if (c.end <= c.start || tokens.length === 0 || !s) return false;
  const [a, b] = tokenRange(tokens, c.start, c.end);
  let words = 0;
  let capWords = 0;
  // Every word capitalized or a title word ("of", "the"); the list is asked only while that holds.
  let allTitle = true;
  let verbs = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    words++;
    if (t.cap) capWords++;
    else if (allTitle && !TITLE_WORDS.has(t.lower)) allTitle = false;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  f.add(n.logWords, Math.log(1 + words));
  if (words <= 2) f.add(n.words2, 1);
  else if (words <= 5) f.add(n.words5, 1);
  else if (words > 20) f.add(n.words20, 1);
  const titleShaped = words > 0 && allTitle && tokens[a].cap;
  if (titleShaped) f.add(n.titleShaped, 1);
  if (words > 0 && capWords === 0) f.add(n.lowerCase, 1);
  if (verbs === 0) f.add(n.noVerb, 1);
  if (c.confidence) f.add(n.ruleConfidence, c.confidence);
  // What the span's edges touch: a marked span as a name or modifier ("ABC's "This Week"",
  // "a "game changer" moment") or as a clause.
  const before = prevIndex(tokens, a, s.first);
  const after = nextIndex(tokens, b, s.last);
  const beforeWord = before >= 0 ? prevWordOf(tokens, before, s.first, c.kind !== 'indirect') : -1;
  const afterWord = after >= 0 ? nextWordOf(tokens, after, s.last, c.kind !== 'indirect') : -1;
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
    if (!fr.subject) f.add(n.noSubject, 1);
    else f.add(named(n.subject, fr.subject.kind), 1);
    if (fr.inverted) f.add(n.inverted, 1);
    if (fr.cue > b) f.add(n.cueAfter, 1);
    const gap = fr.cue > b ? fr.cue - b : a - fr.cueLast;
    f.add(n.logCueGap, Math.log(1 + Math.max(0, gap)));
    if (tokens[fr.cue].lower.endsWith('ing')) f.add(n.participle, 1);
  }
  if (c.beat) f.add(n.beat, 1);
  if (c.object) f.add(n.object, 1);
  if (c.continues) f.add(n.continues, 1);
  // A headline: the document opens with this one sentence as a paragraph, without a full stop,
  // and more text follows (a one-sentence lead paragraph ends with its stop).
  if (s.index === 0 && sentences.length > 1 && sentences[1].paragraph !== s.paragraph && tokens[s.last].text !== '.') f.add(SENTENCE.headline, 1);
  sentenceShape(tokens, s, f);
  return titleShaped;
}

/** Past the quotation mark next to a marked span: the word beside the marks. */
function prevWordOf(tokens: Token[], i: number, floor: number, marked: boolean): number {
  let k = i;
  while (marked && k >= floor && (tokens[k].pos === 'PUNCT' && /["'“”‘’«»]/.test(tokens[k].text) || tokens[k].pos === 'SPACE')) k--;
  return k >= floor ? k : -1;
}

function nextWordOf(tokens: Token[], i: number, ceiling: number, marked: boolean): number {
  let k = i;
  while (marked && k <= ceiling && (tokens[k].pos === 'PUNCT' && /["'“”‘’«»]/.test(tokens[k].text) || tokens[k].pos === 'SPACE')) k++;
  return k <= ceiling ? k : -1;
}

/**
 * Which candidates the threshold may drop: marked fragments and reported speech with no speaker
 * in the subject of their frame (scare quotes, titles and names in marks; "a new poll shows"),
 * noun-phrase objects of evaluation verbs, and fragments shaped like titles. A whole statement
 * in marks is a quote on real news 98 times in 100, and words a named speaker is reported saying
 * (with or without marks) are a quote by definition (ANNOTATION.md); there the probability only
 * sets the confidence. `titleShaped`: the span's words are all capitalized or title words.
 */
export function isGated(c: Candidate, titleShaped: boolean): boolean {
  if (c.kind === 'direct') return false;
  // A fragment of capitalized words is a title or a name even beside a speaker: "said on
  // Channel 9's "Morning Report"".
  if (c.kind === 'partial' && titleShaped) return true;
  return !c.frame?.subject || c.kind === 'indirect' && c.object === true;
}

/** Whether a record of features marks its span as title-shaped (see isGated). */
export function titleShapedIn(f: Features): boolean {
  return f[FEATURES.partial.titleShaped.name] === 1;
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
 * The committed model's sum over one candidate's features, added up as they are made. Building a
 * record of named features per candidate and reading it back (`acceptProbability`) cost about 2%
 * of extraction: every candidate's record got its own set of keys. The terms are added in the
 * order the record would list them, so the probability is the same to the last bit. The weights
 * are the committed model's, which each feature carries.
 */
class WeightedSum implements FeatureSink {
  z = 0;
  start(): void {
    this.z = ACCEPTOR.bias;
  }
  add(feature: Feature, value: number): void {
    if (feature.weight !== null) this.z += feature.weight * value;
  }
}

/** One sum, reused from candidate to candidate (its state is only read before the next one starts). */
const sum = new WeightedSum();

/** The candidate's probability under the committed model, and whether its threshold applies to it. */
export function acceptance(ctx: FrameContext, c: Candidate): { probability: number; gated: boolean } {
  sum.start();
  const titleShaped = addFeatures(ctx, c, sum);
  return { probability: 1 / (1 + Math.exp(-sum.z)), gated: isGated(c, titleShaped) };
}
