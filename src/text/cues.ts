// The reporting-verb test and whitespace-skipping steps over tokens, shared by mentions/ and
// quotes/: kept below both so that neither stage imports the other.
import { FRAME_FILLERS, LONE_QUANTIFIERS, NAMING_VERBS, NON_SPEECH_IDIOMS, TIME_PHRASE_EXTRA } from '../lang/cues';
import { CUE_VERBS, PERCEPTION_VERBS } from '../lang/en';
import { GERUND_PREPOSITIONS, PAST_PARTICIPLE } from '../lang/en-text';
import { mayBeVerbForm, type Token } from './tokenize';
import { inClass, WordClass } from './word-class';

/**
 * The reporting-verb lemma of token i, or null. Besides verbs, wink's nouns from verb forms count
 * ("claims", "warned"), and an -ing noun after a comma or a preposition is a participle or
 * gerund: ", warning that …", "by warning that …".
 */
export function cueLemma(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  // Asked of almost every word by several stages: the tag settles most at once.
  if (t.pos === 'ADJ') return t.lower === 'said' ? saidAsAdjective(tokens, i) : participleCue(tokens, i);
  if (t.pos !== 'VERB' && t.pos !== 'NOUN') return null;
  let lemma = t.lemma;
  if (t.pos === 'NOUN') {
    if (t.lower.endsWith('ing') && i > 0 && (tokens[i - 1].text === ',' || GERUND_PREPOSITIONS.has(tokens[i - 1].lower))) lemma = ingStem(t.lower);
    else if (CUE_VERBS.has(t.lower) && (afterOpeningQuantifier(tokens, i) || afterQuotationSubject(tokens, i))) lemma = t.lower;
    else if (!(mayBeVerbForm(t.lower) && CUE_VERBS.has(t.lemma))) return null;
  }
  return cueAtToken(tokens, i, lemma) ? lemma : null;
}

/**
 * Tags of a word that opens a reported clause: "Some say [the] …", "[they] …", "[Trump] …",
 * "[that] …". A common noun or an adjective is left out: "Some protest leaders said" is a noun phrase.
 */
const CLAUSE_START_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'SCONJ']);

/**
 * A base form the tagger read as a noun after a quantifier is a verb when the quantifier opens
 * its clause and a clause follows: in "Some say the plan will fail" and "But many say …" the
 * quantifier is the subject (wink reads "some say" as in "have some say in it", where a verb
 * comes before the quantifier and a preposition after the noun).
 */
function afterOpeningQuantifier(tokens: Token[], i: number): boolean {
  const q = prevWord(tokens, i, 0);
  if (q < 0 || !LONE_QUANTIFIERS.has(tokens[q].lower)) return false;
  const before = prevWord(tokens, q, 0);
  if (before >= 0 && tokens[before].pos !== 'PUNCT' && tokens[before].pos !== 'CCONJ' && tokens[before].pos !== 'SCONJ') return false;
  const n = nextWord(tokens, i, tokens.length - 1);
  return n >= 0 && CLAUSE_START_TAGS.has(tokens[n].pos);
}

/** Quotation marks that close a quotation before its frame. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '\u201d', "'", '\u2019', "''"]);

/**
 * A base form the tagger read as a noun right after a plural subject that follows a quotation's
 * comma and closing mark is the frame's verb: '"…," the Saudis state in the paper', '"…," they
 * say'.
 */
function afterQuotationSubject(tokens: Token[], i: number): boolean {
  const s = prevWord(tokens, i, 0);
  if (s < 0 || !(tokens[s].cap && tokens[s].lower.endsWith('s') || tokens[s].lower === 'they' || tokens[s].lower === 'we')) return false;
  let m = prevWord(tokens, s, 0);
  if (m >= 0 && tokens[m].lower === 'the') m = prevWord(tokens, m, 0);
  const comma = m >= 0 && CLOSING_MARKS.has(tokens[m].text) ? prevWord(tokens, m, 0) : -1;
  if (comma < 0 || tokens[comma].text !== ',') return false;
  // A noun or name after it makes the word a noun of the subject: '"…," Sanders campaign manager …'.
  const n = nextWord(tokens, i, tokens.length - 1);
  return n < 0 || tokens[n].pos !== 'NOUN' && tokens[n].pos !== 'PROPN' && tokens[n].pos !== 'ADJ';
}

/**
 * "said" read as an adjective is the verb unless a determiner comes before it ("the said
 * property"): the tagger reads it so after a name it took for a verb ("Ian Read said …").
 */
function saidAsAdjective(tokens: Token[], i: number): string | null {
  const p = prevWord(tokens, i, 0);
  if (p >= 0 && tokens[p].pos === 'DET') return null;
  return isCueAt(tokens, i, 'say') ? 'say' : null;
}

/**
 * An -ing form the tagger read as an adjective, after a comma or a preposition and before the
 * "that" or "to" of its complement, is a participle or gerund: ", promising that the pier …",
 * "by pledging to …". Before a noun it modifies the noun ("a promising start", ", pressing
 * issues").
 */
function participleCue(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (!t.lower.endsWith('ing') || i === 0) return null;
  const p = prevWord(tokens, i, 0);
  if (p < 0 || tokens[p].text !== ',' && !GERUND_PREPOSITIONS.has(tokens[p].lower)) return null;
  const n = nextWord(tokens, i, tokens.length - 1);
  if (n < 0 || tokens[n].lower !== 'that' && tokens[n].lower !== 'to') return null;
  const lemma = ingStem(t.lower);
  return cueAtToken(tokens, i, lemma) ? lemma : null;
}

/** The verb of an -ing form, when it is a reporting verb: warning → warn, arguing → argue, admitting → admit. */
function ingStem(lower: string): string {
  const stem = lower.slice(0, -3);
  if (CUE_VERBS.has(stem)) return stem;
  if (CUE_VERBS.has(`${stem}e`)) return `${stem}e`;
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && CUE_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return lower;
}

/** Is token i a reporting verb (not a perception verb, not a noun like "the say")? */
export function isCue(tokens: Token[], i: number): boolean {
  return cueLemma(tokens, i) !== null;
}

/*
 * `isCueAt`'s answers for the token array asked last, by token (0: not asked, 1: yes, 2: no).
 * The chunker, the frame finder and the speaker stages ask it of the same reporting verbs again
 * and again (~69,000 asks of ~28,000 tokens per 2 MB of news, ~1% of extraction), and an answer
 * depends on the token array alone: the token, its lemma as `cueLemma` reads it (one per token)
 * and its neighbours. No stage changes a document's token array once it is made; another array
 * (the next document's), or one of another length, starts the answers anew.
 */
let answersFor: readonly Token[] | null = null;
let answersLength = 0;
// Kept from one array to the next, zeroed for each: a new typed array per document cost more
// than the answers it kept (see ../scratch), and these outlive the document.
let answers = new Uint8Array(1 << 12);

/** `isCueAt`, asked once per token of an array (see `answers`). */
function cueAtToken(tokens: Token[], i: number, lemma: string): boolean {
  if (answersFor !== tokens || answersLength !== tokens.length) {
    answersFor = tokens;
    answersLength = tokens.length;
    if (answers.length < tokens.length) answers = new Uint8Array(Math.max(tokens.length, answers.length * 2));
    else answers.fill(0, 0, tokens.length);
  }
  const known = answers[i];
  if (known !== 0) return known === 1;
  const yes = isCueAt(tokens, i, lemma);
  answers[i] = yes ? 1 : 2;
  return yes;
}

/** Word classes before a word that leave it no subject of its own (a clause opener, a modifier). */
const SUBJECTLESS_BEFORE: ReadonlySet<string> = new Set(['ADV', 'SCONJ', 'CCONJ', 'ADP', 'PUNCT', 'ADJ']);

function isCueAt(tokens: Token[], i: number, lemma: string): boolean {
  // Most verbs are no reporting verbs: one lookup settles them.
  if (!CUE_VERBS.has(lemma) || PERCEPTION_VERBS.has(lemma)) return false;
  // A passive is not a frame: in "Moscow, which is accused of backing …" Moscow says nothing.
  let b = i - 1;
  while (b >= 0 && (tokens[b].pos === 'SPACE' || tokens[b].pos === 'ADV')) b--;
  if (b >= 0 && tokens[b].lemma === 'be' && PAST_PARTICIPLE.test(tokens[i].lower)) return false;
  // The second half of a hyphenated compound is a modifier: "a self-proclaimed republic".
  if (i > 0 && tokens[i - 1].text === '-' && tokens[i - 1].end === tokens[i].start) return false;
  // After a determiner the word is a noun wink mistagged: "told a press conference".
  const prev = i > 0 && tokens[i - 1].pos === 'SPACE' ? i - 2 : i - 1;
  if (prev >= 0 && inClass(tokens[prev], WordClass.NOUN_DETERMINER)) return false;
  // A plural noun the tagger reads as a verb before the clause's own inflected verb, with no
  // subject before it, is that verb's subject: "when campaigns took on that role", "new reports
  // showed" ("which the agency says had" is a verb after its subject).
  const open = prev < 0 || SUBJECTLESS_BEFORE.has(tokens[prev].pos);
  if (open && tokens[i].pos === 'VERB' && tokens[i].lower.endsWith('s')) {
    const n = nextWord(tokens, i, tokens.length - 1);
    const v = n >= 0 ? tokens[n] : null;
    if (v && (v.pos === 'VERB' || v.pos === 'AUX') && v.lemma !== v.lower && !v.lower.endsWith('ing') && !v.lower.endsWith('s')) return false;
  }
  // A word the tagger reads as a noun right after a number is one: "10 points", "two claims".
  if (prev >= 0 && tokens[i].pos === 'NOUN' && tokens[prev].pos === 'NUM') return false;
  // A word the tagger reads as a noun between a name that modifies it and "by" is one: "winning
  // Senate campaigns by denouncing …" (a reporting verb takes no "by" after it; "claims by
  // agencies that …" reports, as a noun the acceptor weighs).
  if (tokens[i].pos === 'NOUN' && prev >= 0 && tokens[prev].cap && tokens[nextWord(tokens, i, tokens.length - 1)]?.lower === 'by') return false;
  // So is one after an adjective with punctuation after it: "to promote the new rules, said …"
  // ("false claims that …" and "Many say …" go on to what was said).
  if (prev >= 0 && tokens[i].pos === 'NOUN' && tokens[prev].pos === 'ADJ' && !LONE_QUANTIFIERS.has(tokens[prev].lower) && tokens[i + 1]?.pos === 'PUNCT') return false;
  // A past participle between a number, an adjective or a preposition and its noun modifies the
  // noun: "271 pledged delegates", "the number of reported cases" (after a determiner, see above).
  // (The word before is read first: the form's regex, asked of every reporting verb, cost more.)
  if (prev >= 0 && (tokens[prev].pos === 'NUM' || tokens[prev].pos === 'ADJ' || tokens[prev].pos === 'ADP') && PAST_PARTICIPLE.test(tokens[i].lower)) {
    const n = nextWord(tokens, i, tokens.length - 1);
    if (n >= 0 && tokens[n].pos === 'NOUN') return false;
  }
  if (NAMING_VERBS.has(lemma) && namingParticiple(tokens, i, prev)) return false;
  // "pleaded guilty to …": an idiom that reports no speech.
  const idiom = NON_SPEECH_IDIOMS.get(lemma);
  if (idiom) {
    const n = nextWord(tokens, i, tokens.length - 1);
    if (n >= 0 && idiom.has(tokens[n].lower)) return false;
  }
  return !insideCapitalizedName(tokens, i);
}

/** Words of a noun phrase before a naming participle, at most ("a small advocacy group called …"). */
const NAMED_PHRASE_WORDS = 4;

/**
 * The participle at i names the noun phrase before it, which no clause has as its subject: "a
 * group called Citizens for Roe", "of the competition called the Harbor Prize"; not "The mayor
 * called Roe a liar". The phrase opens with "a"/"an" or follows a preposition.
 */
function namingParticiple(tokens: Token[], i: number, prev: number): boolean {
  if (prev < 0 || tokens[prev].pos !== 'NOUN' || tokens[prev].cap || !PAST_PARTICIPLE.test(tokens[i].lower)) return false;
  const n = nextWord(tokens, i, tokens.length - 1);
  if (n < 0 || !(tokens[n].cap || tokens[n].lower === 'the')) return false;
  let d = prev;
  for (let words = 0; d >= 0 && words < NAMED_PHRASE_WORDS && (tokens[d].pos === 'NOUN' || tokens[d].pos === 'ADJ'); words++) d = prevWord(tokens, d, 0);
  if (d < 0 || tokens[d].pos !== 'DET') return false;
  if (tokens[d].lower === 'a' || tokens[d].lower === 'an') return true;
  const before = prevWord(tokens, d, 0);
  return before >= 0 && tokens[before].pos === 'ADP';
}

/**
 * A capitalized word after a lower-case one and before a capitalized one is a word of a name,
 * whatever verb it spells: "Paul Sperry of Counter Jihad", "a rally in Tell City".
 */
function insideCapitalizedName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.cap || t.text === t.text.toUpperCase()) return false;
  const p = prevWord(tokens, i, 0);
  const n = nextWord(tokens, i, tokens.length - 1);
  return p >= 0 && n >= 0 && tokens[n].cap && /^[a-z]/.test(tokens[p].text);
}

/**
 * Token i is a reporting verb in the passive with its speaker unnamed: "was told", "had been
 * warned". Words marked after it were said to the subject, not by it.
 */
export function isPassiveCue(tokens: Token[], i: number): boolean {
  const lemma = tokens[i].lemma;
  if (!CUE_VERBS.has(lemma) || lemma === 'quote' || !PAST_PARTICIPLE.test(tokens[i].lower)) return false;
  let b = i - 1;
  while (b >= 0 && (tokens[b].pos === 'SPACE' || tokens[b].pos === 'ADV')) b--;
  return b >= 0 && tokens[b].lemma === 'be';
}

/** Whether token k is a hyphen written tight between two words ("Osei-Mensah", "would-be"). */
export function isTightHyphen(tokens: Token[], k: number): boolean {
  return k > 0 && k + 1 < tokens.length && tokens[k].text === '-' && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1].start;
}

/** The nearest token before i, down to `floor`, that is not whitespace; -1 if none. */
export function prevWord(tokens: Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (tokens[k].pos !== 'SPACE') return k;
  return -1;
}

/** The nearest token after i, up to `ceiling`, that is not whitespace; -1 if none. */
export function nextWord(tokens: Token[], i: number, ceiling: number): number {
  for (let k = i + 1; k <= ceiling; k++) if (tokens[k].pos !== 'SPACE') return k;
  return -1;
}

/** Words of a time phrase between a subject and its verb, at most ("earlier in the day", "late last week"). */
const TIME_PHRASE_WORDS = 6;

/**
 * The word before a time phrase that ends at word `k` and that no chunk holds ("on Tuesday",
 * "earlier in the day", "during a visit on Sunday" — FRAME_FILLERS and TIME_PHRASE_EXTRA words),
 * or `k` itself when `k` ends none; -1 when the phrase reaches `floor`. Such a phrase between a
 * subject and its verb is no one: "The Ohio Republican on Tuesday said".
 */
export function beforeTimePhrase(tokens: Token[], chunkAt: ArrayLike<number>, k: number, floor = 0): number {
  let p = k;
  for (let words = 0; p >= floor && words < TIME_PHRASE_WORDS && chunkAt[p] < 0 && (FRAME_FILLERS.has(tokens[p].lower) || TIME_PHRASE_EXTRA.has(tokens[p].lower)); words++) p = prevWord(tokens, p, floor);
  return p;
}
