// The speaker's own mention inside a subject noun phrase: the person it is about, not a word that modifies it.
//
// A frame's subject is the chunk next to the reporting verb. In news that chunk is often a
// modifier of the speaker rather than the speaker: the state after "of" ("Senator Ida Brandt of
// Vermont said") or a body or person named before a role ("Harbour House press secretary Josh
// Ekman said", "said Lindgren campaign spokesman Oskar Veld"). Both are read off the tokens
// around the chunk, before any entity is chosen.
import { DASHES, FRAME_FILLERS, SUBORDINATE_OPENERS } from '../lang/cues';
import { CUE_VERBS } from '../lang/en';
import { AFFILIATION_PREPOSITIONS, BE_FORMS, COMPLEMENT_PREPOSITIONS, CLAUSE_DETERMINERS, CONTENT_CLAUSE_OPENERS, LONE_SUBJECTS, PARTICIPLE_ENDING, PARTICIPLE_OR_ING_ENDING, POSSESSIVE_CLITICS, POSSESSIVE_DETERMINERS, RELATIVE_OPENERS, SAID_FORMS, SPEAKER_RELATIVES, WH_OBJECT_OPENERS } from '../lang/speakers';
import { SUBORDINATORS } from '../lang/en-mentions';
import { beforeTimePhrase, cueLemma } from '../text/cues';
import { countBefore } from '../text/search';
import { inClass, WordClass } from '../text/word-class';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import { mayBeVerbForm, type Token } from '../text/tokenize';

/** Lower-case words that may sit between a modifier and the role it modifies ("press", "campaign"). */
const MAX_BRIDGE = 3;

const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN';

/**
 * The first token at or after normalized offset `at` (tokens.length if none): where a quotation
 * starting at `at` begins, or what follows one ending there. The rules below that start from a
 * quotation take it as `from`; the resolver finds it once per quotation for all of them.
 */
export function tokenFrom(tokens: Token[], at: number): number {
  return countBefore(tokens.length, (i) => tokens[i].start < at);
}

/**
 * `tokenFrom(tokens, at)` when the answer is known to be `lo` or later: a search that starts at
 * `lo` and widens (1, 2, 4, … tokens), so it reads few tokens when the answer is near. Quotations
 * come in text order, each close after the one before, and a quotation's end after its start.
 * Where `lo` does not hold (a token before it starts at or after `at`), the whole list is searched.
 */
export function tokenFromAfter(tokens: Token[], at: number, lo: number): number {
  if (lo > tokens.length || (lo > 0 && tokens[lo - 1].start >= at)) return tokenFrom(tokens, at);
  let hi = lo;
  for (let step = 1; hi < tokens.length && tokens[hi].start < at; step *= 2) {
    lo = hi + 1;
    hi = lo + step;
  }
  hi = Math.min(hi, tokens.length);
  // tokens[lo - 1] starts before `at` (or lo is 0) and tokens[hi] at or after it (or hi is the end).
  return lo + countBefore(hi - lo, (i) => tokens[lo + i].start < at);
}

function prevWordIndex(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && tokens[j].pos === 'SPACE') j--;
  return j;
}

function nextWordIndex(tokens: Token[], k: number): number {
  let j = k + 1;
  while (j < tokens.length && tokens[j].pos === 'SPACE') j++;
  return j;
}

const named = (c: Chunk | undefined): c is Chunk => c !== undefined && c.kind === 'person' && c.nameFirst >= 0;

/** The most common nouns a name may own or modify before a reporting verb ("Roe's campaign said"). */
const MAX_OWNED_NOUNS = 3;

/**
 * "The Roe campaign said", "Roe's office said": a name that owns or modifies the common noun
 * right before the reporting verb is not the speaker; the body it names is. The token span of
 * that noun phrase (with its "the"), or null. Roles and groups have chunks of their own
 * ("Roe's spokesman", "Roe supporters") and are left to them.
 */
export function ownedBodyBeforeCue(tokens: Token[], index: ChunkIndex, c: Chunk, cue: number): [number, number] | null {
  if ((c.kind !== 'person' && c.kind !== 'organization') || c.nameFirst < 0) return null;
  let k = nextWordIndex(tokens, c.last);
  if (k < tokens.length && POSSESSIVE_CLITICS.has(tokens[k].lower)) k = nextWordIndex(tokens, k);
  let nouns = 0;
  let last = -1;
  while (k < cue && nouns < MAX_OWNED_NOUNS) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || t.cap || index.chunkAt[k] >= 0) break;
    last = k;
    nouns++;
    k = nextWordIndex(tokens, k);
  }
  // "Roe's campaign has argued", "Roe's office also said": adverbs and auxiliaries before the verb.
  // Only after a person: "The Harwick club account has tweeted" is the club speaking.
  // So may a time: "The Roe campaign on Monday also doubled down, saying …".
  while (c.kind === 'person' && nouns > 0 && k < cue && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || FRAME_FILLERS.has(tokens[k].lower))) k = nextWordIndex(tokens, k);
  // "The Roe campaign responded Friday, saying …": the body is the subject of the clause the cue
  // hangs on, its own verb coming first.
  if (nouns === 0 || (k !== cue && !(k < cue && tokens[k].pos === 'VERB'))) return null;
  const before = prevWordIndex(tokens, c.first);
  return [before >= 0 && tokens[before].lower === 'the' ? before : c.first, last];
}

/** "Senator Ida Brandt of Vermont": the named person a place or body after "of" belongs to. */
function ownerBeforeOf(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  let k = prevWordIndex(tokens, c.first);
  if (k >= 0 && tokens[k].lower === 'the') k = prevWordIndex(tokens, k);
  if (k < 0 || tokens[k].lower !== 'of') return null;
  const before = prevWordIndex(tokens, k);
  const id = before >= 0 ? index.chunkAt[before] : -1;
  const owner = id >= 0 ? index.chunks[id] : undefined;
  return named(owner) && owner.last === before ? owner : null;
}

/**
 * "Harbour House press secretary Josh Ekman", "Vermont delegate Ann Roe", "Party front-runner Ann
 * Roe": the named person with a role that a name modifies. The role is a listed title in the
 * person's chunk, or lower-case nouns between the two names (hyphenated ones included).
 */
function personAfterModifier(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  if (c.kind !== 'organization' && c.kind !== 'place' && c.kind !== 'person') return null;
  let k = nextWordIndex(tokens, c.last);
  for (let bridged = 0; k < tokens.length; bridged++) {
    const id = index.chunkAt[k];
    if (id >= 0 && id !== c.id) {
      const next = index.chunks[id];
      return named(next) && next.first === k && (next.roleFirst >= 0 || bridged > 0) ? next : null;
    }
    const t = tokens[k];
    const hyphen = t.text === '-' && bridged > 0 && tokens[k - 1].end === t.start;
    if (bridged >= MAX_BRIDGE || !(isNoun(t) || hyphen) || t.cap) return null;
    // A reporting verb the tagger read as a noun is the frame's, not a role: "Forbes lists Berg".
    if (cueLemma(tokens, k) !== null) return null;
    k = nextWordIndex(tokens, k);
  }
  return null;
}


/**
 * "Rubio's deputy campaign manager, Rich Beeson", "Lindgren's spokesman Oskar Veld", "the
 * mayor's press secretary": a name in the possessive owns the role that follows, and the speaker
 * is whoever holds the role (the name in apposition, the named person with that role, or the
 * unnamed role itself), never the owner.
 */
function roleOfOwner(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  if (c.kind !== 'organization' && c.kind !== 'place' && c.kind !== 'person') return null;
  const poss = nextWordIndex(tokens, c.last);
  if (poss >= tokens.length || !POSSESSIVE_CLITICS.has(tokens[poss].lower) || index.chunkAt[poss] >= 0) return null;
  let k = nextWordIndex(tokens, poss);
  for (let bridged = 0; k < tokens.length; bridged++) {
    const id = index.chunkAt[k];
    if (id >= 0 && id !== c.id) {
      const role = index.chunks[id];
      if (role.first !== k) return null;
      // "Cleveland's Plain Dealer", "Rubio's spokesman Alex Conant": the owned is the speaker.
      // Not when the name itself modifies a noun: "Obama's Syria policy".
      if (role.nameFirst >= 0) {
        const after = nextWordIndex(tokens, role.last);
        const modifies = after < tokens.length && isNoun(tokens[after]) && !tokens[after].cap;
        return (role.kind === 'organization' || role.kind === 'person') && !modifies ? role : null;
      }
      // "Roe's representatives", "Roe's lawyers": a group the name owns speaks, as a role does.
      if (role.kind === 'group') return role;
      if (role.kind !== 'descriptor') return null;
      // The role, then its holder in apposition: "…'s deputy campaign manager, Rich Beeson,".
      const comma = nextWordIndex(tokens, role.last);
      const holder = comma < tokens.length && tokens[comma].text === ',' ? index.chunkAt[nextWordIndex(tokens, comma)] : -1;
      const person = holder >= 0 ? index.chunks[holder] : undefined;
      return named(person) && person.first === nextWordIndex(tokens, comma) ? person : role;
    }
    const t = tokens[k];
    if (bridged >= MAX_BRIDGE || !isNoun(t) || t.cap) return null;
    k = nextWordIndex(tokens, k);
  }
  return null;
}

/**
 * "The director of the Harbour Trust, Ina Kirsch, told …": a body after "of", "at" or "for" with a
 * named person in apposition right after it; the person is the speaker, not the body.
 */
function namedAfterBody(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  if (c.kind !== 'organization' && c.kind !== 'place') return null;
  let p = prevWordIndex(tokens, c.first);
  if (p >= 0 && tokens[p].lower === 'the') p = prevWordIndex(tokens, p);
  if (p < 0 || (tokens[p].lower !== 'of' && tokens[p].lower !== 'at' && tokens[p].lower !== 'for')) return null;
  const comma = nextWordIndex(tokens, c.last);
  if (comma >= tokens.length || tokens[comma].text !== ',') return null;
  const k = nextWordIndex(tokens, comma);
  const id = k < tokens.length ? index.chunkAt[k] : -1;
  const person = id >= 0 ? index.chunks[id] : undefined;
  if (!named(person) || person.first !== k) return null;
  const close = nextWordIndex(tokens, person.last);
  return close < tokens.length && tokens[close].text === ',' ? person : null;
}

/**
 * "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested …": of people joined by
 * "and", news names the first as the source (the verb's nearest name is the last).
 */
function firstConjunct(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  // "Ann Roe and her advisers said", "Mr. Veld and his colleagues found": the group belongs to
  // the named person before it, who leads the list.
  const ownGroup = (c.kind === 'group' || c.kind === 'descriptor') && POSSESSIVE_DETERMINERS.has(tokens[c.first].lower);
  if (!namedSource(c) && !ownGroup) return null;
  let first: Chunk | null = null;
  // Bodies too ("Both The Times and the Journal confirmed"), and lists with commas before the
  // "and" ("Ann Roe, Tom Veld and Ida Lund argued"); a comma right before the verb's own name
  // sets off an apposition, not a list.
  // A conjunct may open with modifiers no chunk took ("and state House Speaker Ann Roe",
  // "Republican Tom Veld and Democrat Ann Roe"), and one may close with its place ("Sens. Tom
  // Veld of Georgia and Ann Roe of Maine").
  for (let cur = c; ;) {
    let sep = prevWordIndex(tokens, cur.first);
    for (let words = 0; words < MAX_CONJUNCT_MODIFIERS && sep >= 0 && index.chunkAt[sep] < 0 && conjunctModifier(tokens[sep]); words++) sep = prevWordIndex(tokens, sep);
    if (sep >= 0 && tokens[sep].lower === 'the') sep = prevWordIndex(tokens, sep);
    if (sep < 0 || !(tokens[sep].lower === 'and' || tokens[sep].text === ',' && first !== null)) return first;
    let before = prevWordIndex(tokens, sep);
    // "… of Georgia and": capitalized words after "of" close the conjunct before, a named one
    // ("the cities of Ava and Lund" list the places themselves).
    let of = before;
    for (let words = 0; words < MAX_CONJUNCT_MODIFIERS && of >= 0 && tokens[of].cap && (index.chunkAt[of] < 0 || index.chunks[index.chunkAt[of]].kind !== 'organization'); words++) of = prevWordIndex(tokens, of);
    const owner = of !== before && of >= 0 && tokens[of].lower === 'of' ? prevWordIndex(tokens, of) : -1;
    if (owner >= 0 && index.chunkAt[owner] >= 0 && namedSource(index.chunks[index.chunkAt[owner]])) before = owner;
    const id = before >= 0 ? index.chunkAt[before] : -1;
    const prev = id >= 0 ? index.chunks[id] : undefined;
    if (!namedSource(prev) || prev.last !== before) return first;
    first = cur = prev;
  }
}

/** Words no chunk took that may open a conjunct before its name, at most. */
const MAX_CONJUNCT_MODIFIERS = 3;

/** A capitalized label or a lower-case modifier before a name in a list: "Democrat", "state", "House". */
const conjunctModifier = (t: Token) => t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN' && !t.cap;

/** A named person or a named organization. */
const namedSource = (c: Chunk | undefined): c is Chunk => c !== undefined && (c.kind === 'person' || c.kind === 'organization') && c.nameFirst >= 0;

/** The chunk naming the speaker for a frame subject `c`: `c` itself unless it only modifies a named person or owns the speaker's role. */
export function speakerMention(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk {
  // "Sens. Tom Veld of Georgia and Ann Roe of Maine said": the place's owner may be a list's last.
  const owner = ownerBeforeOf(tokens, index, c);
  if (owner) return firstConjunct(tokens, index, owner) ?? owner;
  return personAfterModifier(tokens, index, c) ?? roleOfOwner(tokens, index, c) ?? namedAfterBody(tokens, index, c) ?? firstConjunct(tokens, index, c) ?? c;
}


/**
 * "Lena Park: 'We will appeal.'": the name a colon right before the opening mark labels the
 * quotation with. Only a named person or organization ending at the colon: "The answer was
 * simple: '…'" has no such label.
 */
export function labelBeforeColon(tokens: Token[], index: ChunkIndex, start: number, from = tokenFrom(tokens, start)): Chunk | null {
  let k = from - 1;
  while (k >= 0 && (tokens[k].pos === 'SPACE' || inClass(tokens[k], WordClass.QUOTE_MARKS))) k--;
  // "Rep. Tom Veld (D-Ore.): '…'": the party label closes the name; the tokenizer may join the
  // bracket and the colon.
  if (k >= 0 && tokens[k].text === '):') return personBeforeParenthesis(tokens, index, k);
  if (k < 0 || tokens[k].text !== ':') return null;
  const before = prevWordIndex(tokens, k);
  if (before >= 0 && tokens[before].text === ')') return personBeforeParenthesis(tokens, index, before);
  const id = before >= 0 ? index.chunkAt[before] : -1;
  const c = id >= 0 ? index.chunks[id] : undefined;
  // "Ann Roe and Tom Veld: '…'": the first of the list leads, as before a verb.
  if (c) return c.last === before && c.nameFirst >= 0 && (c.kind === 'person' || c.kind === 'organization') && !objectOfClause(tokens, c) ? firstConjunct(tokens, index, c) ?? c : null;
  return subjectOfVerbBeforeColon(tokens, index, before) ?? sentenceSubjectBeforeColon(tokens, index, k);
}

/** `labelBeforeColon` when a dash sets the label off from the words before it ("… - Carl Bialik: '…'"). */
export function dashedLabel(tokens: Token[], index: ChunkIndex, start: number, from = tokenFrom(tokens, start)): Chunk | null {
  const c = labelBeforeColon(tokens, index, start, from);
  const p = c ? prevWordIndex(tokens, c.first) : -1;
  return p >= 0 && DASHES.has(tokens[p].text) ? c : null;
}

/** The most words of a sentence ending in a colon that introduces a quotation. */
const COLON_SENTENCE_WORDS = 40;
/** The most words of an introductory phrase before a sentence's subject ("In an interview on Tuesday,"). */
const INTRO_WORDS = 8;

/**
 * "One early supporter, Rep. Ann Roe, gave the idea a try in an interview on Tuesday: '…'", "The
 * harbour board was blunt in its findings: '…'": a sentence whose main subject is a named person
 * or body, followed by its verb, and which ends in the colon (token `colon`) right before the
 * quotation, introduces it; its subject speaks. Past an introductory phrase up to its comma; a
 * role or group opening the sentence gives way to the name set off by commas after it. The
 * subject chunk, or null.
 */
function sentenceSubjectBeforeColon(tokens: Token[], index: ChunkIndex, colon: number): Chunk | null {
  let first = -1;
  for (let k = prevWordIndex(tokens, colon), n = 0; k >= 0 && n < COLON_SENTENCE_WORDS; k = prevWordIndex(tokens, k), n++) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) && !(t.text === '.' && k > 0 && tokens[k - 1].end === t.start && tokens[k - 1].cap && tokens[k - 1].text.length <= 4) || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'X') break;
    first = k;
    if (t.afterNewline) break;
  }
  if (first < 0) return null;
  // "In an interview on Tuesday, …", "As if addressing the mayor directly, …": an introductory
  // phrase, with no finite verb, up to its comma.
  if (index.chunkAt[first] < 0 && (tokens[first].pos === 'ADP' || tokens[first].pos === 'ADV' || tokens[first].pos === 'SCONJ')) {
    let j = first;
    for (let words = 0; j < colon && words < INTRO_WORDS && tokens[j].text !== ','; j = nextWordIndex(tokens, j), words++) if (tokens[j].pos === 'AUX' || tokens[j].pos === 'VERB' && !tokens[j].lower.endsWith('ing')) return null;
    if (j >= colon || tokens[j].text !== ',') return null;
    first = nextWordIndex(tokens, j);
  }
  if (first < colon && tokens[first].lower === 'the' && index.chunkAt[first] < 0) first = nextWordIndex(tokens, first);
  const id = first < colon ? index.chunkAt[first] : -1;
  let c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.first !== first) return null;
  let after = nextWordIndex(tokens, c.last);
  // "One early supporter, Rep. Ann Roe, …": the name in apposition to a role or group.
  if ((c.kind === 'descriptor' || c.kind === 'group') && after < colon && tokens[after].text === ',') {
    const nid = index.chunkAt[nextWordIndex(tokens, after)];
    const person = nid >= 0 ? index.chunks[nid] : undefined;
    if (!named(person) || person.first !== nextWordIndex(tokens, after)) return null;
    c = person;
    after = nextWordIndex(tokens, c.last);
  }
  if (c.nameFirst < 0 || !(c.kind === 'person' || c.kind === 'organization')) return null;
  // An apposition set off by commas between the subject and its verb: ", Republican of New York,".
  if (after < colon && tokens[after].text === ',') {
    let close = nextWordIndex(tokens, after);
    for (let words = 0; close < colon && words < APPOSITION_SPAN && tokens[close].text !== ','; close = nextWordIndex(tokens, close), words++) if (tokens[close].pos === 'VERB') return null;
    if (close >= colon || tokens[close].text !== ',') return null;
    after = nextWordIndex(tokens, close);
  }
  while (after < colon && tokens[after].pos === 'ADV') after = nextWordIndex(tokens, after);
  return after < colon && (tokens[after].pos === 'VERB' || tokens[after].pos === 'AUX') ? c : null;
}

/**
 * "… celebrated the attacks on Twister:", "… delivered a blunt message to Roe:": a name after a
 * preposition (perhaps with "the") is the object of the clause the colon ends, not a label naming
 * who speaks. A verb's object may be the one who speaks: "The result did not surprise Ann Roe:".
 */
function objectOfClause(tokens: Token[], c: Chunk): boolean {
  let p = prevWordIndex(tokens, c.first);
  if (p >= 0 && tokens[p].lower === 'the') p = prevWordIndex(tokens, p);
  return p >= 0 && !tokens[c.first].afterNewline && tokens[p].pos === 'ADP';
}

/**
 * "Roe resisted: '…'", "Roe shot back: '…'": a sentence of a named subject and a verb no list
 * holds, ending in the colon before the quotation, introduces it. `v` is the word before the
 * colon. The subject chunk, or null.
 */
function subjectOfVerbBeforeColon(tokens: Token[], index: ChunkIndex, v: number): Chunk | null {
  // A particle after the verb: "shot back", "fired back".
  if (v >= 0 && tokens[v].pos === 'ADP' && index.chunkAt[v] < 0) v = prevWordIndex(tokens, v);
  while (v >= 0 && tokens[v].pos === 'ADV') v = prevWordIndex(tokens, v);
  if (v < 0 || tokens[v].pos !== 'VERB' || tokens[v].cap || index.chunkAt[v] >= 0) return null;
  let s = prevWordIndex(tokens, v);
  while (s >= 0 && tokens[s].pos === 'ADV') s = prevWordIndex(tokens, s);
  const id = s >= 0 ? index.chunkAt[s] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.last !== s || c.nameFirst < 0 || !(c.kind === 'person' || c.kind === 'organization')) return null;
  const open = prevWordIndex(tokens, c.first);
  return open < 0 || inClass(tokens[open], WordClass.CLAUSE_END) || tokens[c.first].afterNewline ? c : null;
}


/** How many tokens back from its verb an "as" clause's "as" may stand (an apposition may come between). */
const AS_CLAUSE_REACH = 40;

/**
 * "The Courier's Dana Milbrook": a capitalized owner no chunk holds, from token `from`, then a
 * possessive and the chunk ending at token `end`. That chunk, or null.
 */
function personAfterOwner(tokens: Token[], index: ChunkIndex, from: number, end: number): Chunk | null {
  const id = index.chunkAt[end];
  if (id < 0) return null;
  const c = index.chunks[id];
  const clitic = prevWordIndex(tokens, c.first);
  if (clitic <= from || !POSSESSIVE_CLITICS.has(tokens[clitic].lower)) return null;
  for (let k = from; k < clitic; k = nextWordIndex(tokens, k)) if (!tokens[k].cap) return null;
  return c;
}

/**
 * "As Professor Lund put it: '…'", "as the harbour board's website notes, '…'", "As Ida Brandt, a
 * historian at Dover, wrote: '…'": a comparative "as" clause right before the opening mark whose
 * verb is a reporting verb or "put it" introduces the quotation, and its subject speaks it. The
 * subject chunk (the one right after "as"), or null. Only when the clause ends at a comma or colon
 * just before the mark: "as X noted recently in a column that …" is no frame of the quotation.
 */
export function asClauseBeforeQuote(tokens: Token[], index: ChunkIndex, start: number, from = tokenFrom(tokens, start)): Chunk | null {
  let k = from - 1;
  while (k >= 0 && (tokens[k].pos === 'SPACE' || inClass(tokens[k], WordClass.QUOTE_MARKS))) k--;
  if (k < 0 || (tokens[k].text !== ',' && tokens[k].text !== ':')) return null;
  let verb = prevWordIndex(tokens, k);
  if (verb < 0) return null;
  if (tokens[verb].lower === 'it') {
    verb = prevWordIndex(tokens, verb);
    if (verb < 0 || (tokens[verb].lower !== 'put' && tokens[verb].lower !== 'puts')) return null;
  } else if (cueLemma(tokens, verb) === null) return null;
  // "As Lund once put it", "As the Courier first reported": adverbs before the verb.
  let end = prevWordIndex(tokens, verb);
  while (end >= 0 && tokens[end].pos === 'ADV' && index.chunkAt[end] < 0) end = prevWordIndex(tokens, end);
  for (let j = end, n = 0; j >= 0 && n < AS_CLAUSE_REACH; j--, n++) {
    const t = tokens[j];
    if (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?' || t.text === ':') return null;
    if (t.lower !== 'as' || index.chunkAt[j] >= 0) continue;
    let first = nextWordIndex(tokens, j);
    // "As The Courier's …": a name's chunk may leave its article out.
    if (first < end && tokens[first].lower === 'the' && index.chunkAt[first] < 0) first = nextWordIndex(tokens, first);
    const id = first < tokens.length ? index.chunkAt[first] : -1;
    if (id < 0) return personAfterOwner(tokens, index, first, end);
    const c = index.chunks[id];
    if (c.first !== first) return null;
    // The subject reaches the verb, or an apposition set off by commas stands between.
    if (c.last === end) return c;
    const after = nextWordIndex(tokens, c.last);
    // "As The Courier's Dana Milbrook puts it": the person the owner's name comes before.
    const owned = after < end && POSSESSIVE_CLITICS.has(tokens[after].lower) ? index.chunkAt[nextWordIndex(tokens, after)] : -1;
    if (owned >= 0 && index.chunks[owned].last === end) return index.chunks[owned];
    return after < end && tokens[after].text === ',' && tokens[end].text === ',' ? c : null;
  }
  return null;
}

const DASH = /^[-\u2013\u2014]+$/;

/**
 * '"We will appeal." ¶ — Lena Park, Dover.': a quotation standing as its own paragraph, signed on
 * the next line after a dash (fact-check and notebook columns). The named person or
 * organization after the dash, or null.
 */
export function signatureAfterQuote(tokens: Token[], index: ChunkIndex, end: number, from = tokenFrom(tokens, end)): Chunk | null {
  let k = from;
  while (k < tokens.length && (tokens[k].pos === 'SPACE' || inClass(tokens[k], WordClass.QUOTE_MARKS) || tokens[k].pos === 'PUNCT' && !DASH.test(tokens[k].text) && !tokens[k].afterNewline)) k++;
  if (k >= tokens.length || !tokens[k].afterNewline || !DASH.test(tokens[k].text)) return null;
  const n = nextWordIndex(tokens, k);
  const id = n < tokens.length ? index.chunkAt[n] : -1;
  const c = id >= 0 ? index.chunks[id] : undefined;
  return c && c.first === n && c.nameFirst >= 0 && (c.kind === 'person' || c.kind === 'organization') ? c : null;
}

/** Relative pronouns that may be a reporting verb's own subject: "Lee, who said", "a memo that says". */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set([...SPEAKER_RELATIVES, 'that']);

/**
 * "Clinton, who once praised the pact", "voters who said …", "the report, which notes", "a
 * message that read", "Bret Stephens, who, after trading insults with the host, said", "Roe -
 * who previously said … -": a relative pronoun is the reporting verb's own subject when only
 * adverbs, auxiliaries, time words or a parenthetical set off by commas or dashes stand between
 * them. The pronoun is then where the text names the speaker; the entity is the one it refers
 * to. "Roe, who is 28, said" is no such case: the pronoun's clause ends at its own comma and the
 * verb is the main clause's. "that" counts only after a noun ("the bill that senators said"
 * opens a clause whose subject comes after it). The pronoun's token and the chunk right before
 * it (a comma or dash between), or null.
 */
export function relativeBeforeCue(tokens: Token[], index: ChunkIndex, cue: number): { who: number; antecedent: Chunk | null } | null {
  let k = skipFillers(tokens, index, prevWordIndex(tokens, cue));
  if (k >= 0 && (tokens[k].text === ',' || DASH.test(tokens[k].text))) {
    const close = tokens[k].text;
    let open = prevWordIndex(tokens, k);
    while (open >= 0 && k - open < APPOSITION_SPAN && tokens[open].text !== close && !inClass(tokens[open], WordClass.CLAUSE_END | WordClass.QUOTE_MARKS)) open = prevWordIndex(tokens, open);
    if (open < 0 || tokens[open].text !== close) return null;
    k = prevWordIndex(tokens, open);
  }
  if (k < 0 || !SUBJECT_RELATIVES.has(tokens[k].lower) || index.chunkAt[k] >= 0) return null;
  let a = prevWordIndex(tokens, k);
  if (tokens[k].lower === 'that' && (a < 0 || !(isHeadNoun(tokens[a]) || index.chunkAt[a] >= 0 && index.chunks[index.chunkAt[a]].kind !== 'pronoun'))) return null;
  // "asked who said it": an interrogative after a verb opens a question, not a relative clause.
  if (a >= 0 && (tokens[a].pos === 'VERB' || tokens[a].pos === 'AUX')) return null;
  if (a >= 0 && (tokens[a].text === ',' || DASH.test(tokens[a].text))) a = prevWordIndex(tokens, a);
  const id = a >= 0 ? index.chunkAt[a] : -1;
  const antecedent = id >= 0 && index.chunks[id].last === a ? index.chunks[id] : null;
  return { who: k, antecedent };
}

const isHeadNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** The most words of a relative clause between its pronoun and an object right before the reporting verb. */
const MAX_RELATIVE_WORDS = 6;

/**
 * "Many who worked on it said", "Officials who reviewed it said", "Voters who met Ann Roe said":
 * the chunk `c` right before a reporting verb is the object of a verb or preposition inside a
 * relative clause, not the verb's subject; the relative clause's antecedent is. The antecedent
 * as a chunk ending right before "who" or "that", or else as the noun phrase in that slot (an
 * unnamed source, read off the tags); null when `c` is no such object.
 */
export function antecedentOfObject(tokens: Token[], index: ChunkIndex, c: Chunk, cue: number): { chunk: Chunk | null; slot: [number, number] | null } | null {
  let v = nextWordIndex(tokens, c.last);
  while (v < cue && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = nextWordIndex(tokens, v);
  if (v !== cue) return null;
  const before = prevWordIndex(tokens, c.first);
  if (before < 0 || !(tokens[before].pos === 'ADP' || tokens[before].pos === 'VERB') || index.chunkAt[before] >= 0) return null;
  let verb = tokens[before].pos === 'VERB';
  for (let k = prevWordIndex(tokens, before), n = 0; k >= 0 && n < MAX_RELATIVE_WORDS; k = prevWordIndex(tokens, k), n++) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) || t.text === ',' || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'X' || index.chunkAt[k] >= 0) return null;
    if (t.lower !== 'who' && t.lower !== 'that') {
      verb ||= t.pos === 'VERB';
      continue;
    }
    if (!verb) return null;
    const a = prevWordIndex(tokens, k);
    const id = a >= 0 ? index.chunkAt[a] : -1;
    if (id >= 0) {
      const ante = index.chunks[id];
      return ante.last === a && ante.kind !== 'pronoun' ? { chunk: ante, slot: null } : null;
    }
    // "that" opens a relative clause only after a noun: "said that …" opens a content clause.
    if (a < 0 || t.lower === 'that' && !isHeadNoun(tokens[a])) return null;
    const slot = slotMention(tokens, index, k, -1);
    return slot ? { chunk: null, slot } : null;
  }
  return null;
}

/** How far back (tokens) a relative clause looks for a reporting verb whose content holds it. */
const REPORTED_REACH = 60;

/**
 * "Roe said she wants a platform that calls for …", "asked about several women who said …": a
 * reporting verb earlier in the sentence than token `k`, whose content the clause at `k` may be
 * part of.
 */
export function reportingVerbBefore(tokens: Token[], k: number): boolean {
  for (let j = prevWordIndex(tokens, k), n = 0; j >= 0 && n < REPORTED_REACH; j = prevWordIndex(tokens, j), n++) {
    const t = tokens[j];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || tokens[nextWordIndex(tokens, j)].afterNewline) return false;
    if (cueLemma(tokens, j) !== null) return true;
  }
  return false;
}

/** The most words of a prepositional phrase between a subject and its verb: "who in the past has said". */
const MAX_PHRASE_WORDS = 4;

/**
 * Back from token `k` past what may stand between a subject and its verb: adverbs, auxiliaries,
 * time words, and short prepositional phrases no chunk is in ("in the past", "at the time"). The
 * first token before them.
 */
function skipFillers(tokens: Token[], index: ChunkIndex, k: number): number {
  const filler = (t: Token) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' && t.lower !== 'to' || FRAME_FILLERS.has(t.lower);
  for (;;) {
    while (k >= 0 && index.chunkAt[k] < 0 && filler(tokens[k])) k = prevWordIndex(tokens, k);
    let j = k;
    for (let words = 0; j >= 0 && words < MAX_PHRASE_WORDS && index.chunkAt[j] < 0 && NP_TAGS.has(tokens[j].pos) && tokens[j].pos !== 'PROPN'; words++) j = prevWordIndex(tokens, j);
    if (j === k || j < 0 || index.chunkAt[j] >= 0 || tokens[j].pos !== 'ADP') return k;
    k = prevWordIndex(tokens, j);
  }
}

/** Tags a noun phrase in a subject slot is made of (quotation content is tagged X and stops it). */
const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Tags that may stand between a subject and its reporting verb: "have also said", "now says". */
const BETWEEN_TAGS = new Set(['ADV', 'AUX', 'PART']);
/** The longest noun phrase a slot mention may be, in words: a head with its modifiers, not a clause. */
const MAX_SLOT_WORDS = 8;

const npWordOf = (t: Token) => NP_TAGS.has(t.pos) || t.text === '-' || t.lower === "'s" || t.lower === '\u2019s' || t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower);
const isHeadOf = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/**
 * The noun phrase in a reporting verb's subject slot when no chunk is there: "Top advisers said",
 * "respondents said", "according to a POLITICO analysis", "said one Trump confidant". The slot is
 * read off the tags alone (modifiers and a head noun, or a word that is a subject on its own), so
 * it holds whatever head the text uses; the speaker is then an unnamed source with that
 * descriptor (ANNOTATION.md §2). `dir` is -1 for a subject before the verb at `from`, +1 for one
 * after it. Its token range [first, last], or null.
 */
export function slotMention(tokens: Token[], index: ChunkIndex, from: number, dir: -1 | 1, afterTo = false): [number, number] | null {
  // After "according to" the tagger reads the next word as an infinitive ("to exit", "to
  // company", "to polls"); no verb can stand there, so a verb tag is a noun's.
  const npWord = afterTo ? (t: Token) => t.pos === 'VERB' || npWordOf(t) : npWordOf;
  const isHead = afterTo ? (t: Token) => t.pos === 'VERB' || isHeadOf(t) : isHeadOf;
  const step = (j: number) => (dir < 0 ? prevWordIndex(tokens, j) : nextWordIndex(tokens, j));
  const inside = (j: number) => j >= 0 && j < tokens.length;
  let edge = step(from);
  // "most said": a quantifier the tagger reads as an adverb is the subject, not a word before it.
  if (dir < 0) while (inside(edge) && BETWEEN_TAGS.has(tokens[edge].pos) && !LONE_SUBJECTS.has(tokens[edge].lower)) edge = step(edge);
  // "The Ohio Republican on Tuesday said", "Party leaders earlier in the day said": the subject
  // stands before the time phrase, which is no one.
  if (dir < 0 && inside(edge) && index.chunkAt[edge] < 0) {
    const before = beforeTimePhrase(tokens, index.chunkAt, edge);
    if (before !== edge && before >= 0 && index.chunkAt[before] < 0 && npWordOf(tokens[before])) edge = before;
  }
  if (!inside(edge) || index.chunkAt[edge] >= 0) return null;
  // A word that is the whole subject: "One says", "others argue", "said another" (but "said one
  // Trump confidant" goes on to its noun).
  if (LONE_SUBJECTS.has(tokens[edge].lower) && (dir < 0 || !inside(step(edge)) || !npWord(tokens[step(edge)]))) return [edge, edge];
  // "Six in 10 say", "about one in five said": a share of those asked, numbers on both sides of "in".
  if (dir < 0 && tokens[edge].pos === 'NUM') {
    const inWord = step(edge);
    const n = inside(inWord) && tokens[inWord].lower === 'in' ? step(inWord) : -1;
    if (inside(n) && tokens[n].pos === 'NUM' && index.chunkAt[n] < 0) return [n, edge];
  }
  if (!npWord(tokens[edge])) return null;
  let far = edge;
  for (let j = step(edge), words = 1; inside(j) && words < MAX_SLOT_WORDS; j = step(j), words++) {
    const w = tokens[j];
    if ((dir < 0 ? tokens[far] : w).afterNewline) break;
    // "said one Lee confidant", "said the printed Roe slate card": a name modifying the head
    // noun after it is a word of the phrase.
    const modifier = dir > 0 ? nameModifierEnd(tokens, index, j) : -1;
    if (modifier >= 0) { far = j = modifier; continue; }
    if (index.chunkAt[j] >= 0) break;
    // "Almost half of respondents", "52 percent of registered voters": a quantity of a group.
    if (!npWord(w) && !(dir < 0 && w.lower === 'of')) break;
    far = j;
  }
  let [first, last] = dir < 0 ? [far, edge] : [edge, far];
  // The phrase ends in its head noun: "said one Trump confidant, who …" keeps "confidant".
  while (last > first && !isHead(tokens[last])) last = prevWordIndex(tokens, last);
  if (!isHead(tokens[last])) return null;
  while (first < last && (tokens[first].lower === 'of' || CLAUSE_DETERMINERS.has(tokens[first].lower) || tokens[first].pos === 'SPACE')) first = nextWordIndex(tokens, first);
  return [first, last];
}

/**
 * A person or body's name chunk starting at `j` and followed by a lower-case noun it modifies
 * ("Lee confidant", "Roe slate card"): the chunk's last token, or -1.
 */
function nameModifierEnd(tokens: Token[], index: ChunkIndex, j: number): number {
  const id = index.chunkAt[j];
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.first !== j || c.nameFirst < 0 || (c.kind !== 'person' && c.kind !== 'organization')) return -1;
  const n = nextWordIndex(tokens, c.last);
  return n < tokens.length && index.chunkAt[n] < 0 && !tokens[n].cap && tokens[n].pos === 'NOUN' ? c.last : -1;
}

/** How far back from its reporting verb a clause's opening noun phrase may stand, in tokens. */
const CLAUSE_SLOT_REACH = 40;
/** Words of an introductory phrase before its comma, at most: "And until the announcement of the shutdown, …". */
const OPENER_WORDS = 9;
/** Words that may stand between a clause's opening noun phrase and its verb past a parenthetical. */
const PARENTHETICAL_TAGS = new Set(['ADP', 'ADV', 'AUX', 'PART', 'CCONJ', 'PUNCT', ...NP_TAGS]);

/**
 * The noun phrase opening the clause of a reporting verb with no subject chunk, when the subject
 * slot right before the verb is not it: past a parenthetical between commas ("Editorial pages
 * across the country, including the Courier, warned", "An email from Ann Roe, meanwhile,
 * reveals"), or the clause a participle after a comma hangs on ("His campaign sued the party,
 * claiming …"). Read off the tags like `slotMention`; a phrase that opens with a chunk is left to
 * the frame finder. Its token range [first, head], or null.
 */
export function clauseSubjectSlot(tokens: Token[], index: ChunkIndex, cue: number): [number, number] | null {
  const participle = tokens[cue].lower.endsWith('ing');
  const comma = prevWordIndex(tokens, cue);
  // "The campaign sent an email to supporters stating …": a participle right after the object
  // of the clause's verb hangs on that clause as after a comma.
  if (participle && (comma < 0 || tokens[comma].text !== ',' && !(tokens[comma].pos === 'NOUN' || index.chunkAt[comma] >= 0))) return null;
  let start = -1;
  for (let k = prevWordIndex(tokens, cue); k >= 0 && cue - k <= CLAUSE_SLOT_REACH; k = prevWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X') break;
    start = k;
    if (t.afterNewline) break;
  }
  if (start < 0) return null;
  let first = start;
  while (first < cue && (tokens[first].pos === 'CCONJ' || tokens[first].pos === 'SPACE')) first = nextWordIndex(tokens, first);
  // An introductory phrase of time or place up to its comma: "Last month, …", "In Ohio, …".
  const opener = tokens[first];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'ADV' || opener.pos === 'SCONJ' || FRAME_FILLERS.has(opener.lower))) {
    for (let j = first, words = 0; j < cue && words < OPENER_WORDS; j = nextWordIndex(tokens, j), words++) {
      if (tokens[j].text === ',') { first = nextWordIndex(tokens, j); break; }
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return null;
    }
  }
  if (first >= cue || index.chunkAt[first] >= 0) return null;
  // "most of them said", "some of us say": a quantifier and its pronoun.
  const of = nextWordIndex(tokens, first);
  const pronoun = of < cue ? nextWordIndex(tokens, of) : cue;
  if (inClass(tokens[first], WordClass.QUANTIFIER_SUBJECT) && tokens[of]?.lower === 'of' && pronoun < cue && tokens[pronoun].pos === 'PRON' && nextWordIndex(tokens, pronoun) === cue) return [first, pronoun];
  let head = -1;
  let j = first;
  for (let words = 0; j < cue && words < MAX_SLOT_WORDS; j = nextWordIndex(tokens, j), words++) {
    const t = tokens[j];
    // "the same polling suggests": a gerund after a determiner or adjective is the head noun.
    const gerund = t.pos === 'VERB' && t.lower.endsWith('ing') && j > first && NP_TAGS.has(tokens[prevWordIndex(tokens, j)].pos);
    if (index.chunkAt[j] < 0 && !npWordOf(t) && !gerund) break;
    if (index.chunkAt[j] < 0 && (isHeadOf(t) || gerund)) head = j;
  }
  if (head < 0) return null;
  // The phrase runs up to the verb: a head the subject slot's tags did not take ("polling").
  if (j >= cue) return participle ? null : [first, head];
  if (participle) {
    // The phrase is the subject of a finite verb before the participle's comma.
    for (let k = j; k < comma; k++) if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && index.chunkAt[k] < 0) return [first, head];
    return null;
  }
  // Up to the verb: a prepositional phrase and a parenthetical, but no verb of another clause.
  let parenthetical = false;
  for (let k = j; k < cue; k++) {
    const t = tokens[k];
    if (t.pos === 'SPACE' || index.chunkAt[k] >= 0 || t.lower === 'including') continue;
    if (!PARENTHETICAL_TAGS.has(t.pos) || inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS)) return null;
    if (t.text === ',') parenthetical = true;
  }
  return parenthetical ? [first, head] : null;
}

/**
 * The noun phrase after "according to" when neither a chunk nor the tags' subject slot reads it:
 * "according to his Facebook profile", "according to the most recent average of national polls"
 * (the tagger reads "average" as an adjective and "most" as an adverb). Words of a noun phrase,
 * chunks and adverbs, up to the phrase's last head: a noun, a chunk, or the word before "of".
 * Its token range [first, last], or null.
 */
export function phraseAfterAccordingTo(tokens: Token[], index: ChunkIndex, cueLast: number): [number, number] | null {
  const first = nextWordIndex(tokens, cueLast);
  let head = -1;
  let last = -1;
  for (let k = first, words = 0; k < tokens.length && words < MAX_SLOT_WORDS; k = nextWordIndex(tokens, k), words++) {
    const t = tokens[k];
    if (k !== first && t.afterNewline) break;
    if (t.lower === 'of' && last >= 0) { head = last; break; }
    const chunked = index.chunkAt[k] >= 0;
    if (!chunked && !npWordOf(t) && t.pos !== 'ADV' && !(t.pos === 'VERB' && t.cap)) break;
    if (chunked || isHeadOf(t)) head = k;
    last = k;
  }
  return head >= 0 ? [first, head] : null;
}

/**
 * "according to conservative columnist Hugh Hewitt", "according to the Real Clear Politics
 * average": a name or noun phrase chunk a few modifiers after "according to" is its source.
 * A document named by its author ("according to a tally by the Ledger", "a new report from
 * Halden Analytics") has that author as its source, as "according to a Ledger tally" does.
 */
export function chunkAfterAccordingTo(tokens: Token[], index: ChunkIndex, cueLast: number): Chunk | null {
  let k = nextWordIndex(tokens, cueLast);
  let noun = false;
  for (let words = 0; k < tokens.length && words < 4; words++, k = nextWordIndex(tokens, k)) {
    const id = index.chunkAt[k];
    if (id >= 0) {
      const c = index.chunks[id];
      return c.first === k && c.kind !== 'pronoun' ? c : null;
    }
    const t = tokens[k];
    if (noun && (t.lower === 'by' || t.lower === 'from')) return authorAfter(tokens, index, k);
    if (t.cap || !(t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'VERB' && words === 0)) return null;
    noun = t.pos === 'NOUN';
  }
  return null;
}

/** The most words an "according to" phrase closing a sentence may hold. */
const CLOSING_SOURCE_WORDS = 15;

/**
 * 'Roe said she was "happy" about it, according to the Courier.', 'Roe told colleagues she would
 * stay, according to two people present.': an "according to" phrase that closes the sentence
 * reports all of it, the frame inside included, so its source is the quote's (the outermost
 * source speaks; the resolver keeps a direct quotation with its own frame's speaker).
 * `from` is the last token of the frame or the content, whichever comes later; between it (and
 * the content's closing mark) and the phrase no sentence end, quotation mark or line break. The index of "according", or -1.
 */
/** Tokens between a quote and the "according to" that opens or closes its sentence, at most. */
const ACCORDING_TO_REACH = 150;

export function closingAccordingTo(tokens: Token[], from: number): number {
  // The closing mark of the content itself: `was "glad to see" that …`.
  let k = nextWordIndex(tokens, from);
  while (k < tokens.length && inClass(tokens[k], WordClass.QUOTE_MARKS)) k = nextWordIndex(tokens, k);
  // Bounded, as the search before the content is: a sentence of thousands of clauses would be
  // read to its end once per quote in it.
  for (const last = k + ACCORDING_TO_REACH; k < tokens.length && k <= last; k = nextWordIndex(tokens, k)) {
    const t = tokens[k];
    // A parenthesis holds a remark of its own: "(…, according to Factcheck.org)".
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X' || t.afterNewline || t.text === '(' || t.text === ')') return -1;
    if (t.text !== ',') continue;
    const a = nextWordIndex(tokens, k);
    const to = nextWordIndex(tokens, a);
    if (to >= tokens.length || tokens[a].lower !== 'according' || tokens[to].lower !== 'to') continue;
    // The phrase runs to the sentence's end.
    for (let j = nextWordIndex(tokens, to), words = 0; ; j = nextWordIndex(tokens, j), words++) {
      if (j >= tokens.length || inClass(tokens[j], WordClass.CLAUSE_END) && !abbreviationStop(tokens, j) || tokens[j].afterNewline) return words > 0 ? a : -1;
      if (words >= CLOSING_SOURCE_WORDS || inClass(tokens[j], WordClass.QUOTE_MARKS) || tokens[j].text === ',' || tokens[j].text === ')') return -1;
    }
  }
  return -1;
}

/**
 * "According to the Courier, Roe said she was 'happy' about it.": an "according to" phrase
 * opening the sentence, set off by a comma, reports the rest of it, the frame included (see
 * closingAccordingTo). `before` is the first token of the frame or the content, whichever comes
 * first. The index of "according", or -1.
 */
export function openingAccordingTo(tokens: Token[], before: number): number {
  let first = -1;
  for (let k = prevWordIndex(tokens, before); k >= 0 && k >= before - ACCORDING_TO_REACH; k = prevWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) && !abbreviationStop(tokens, k) || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'X') break;
    first = k;
    if (t.afterNewline) break;
  }
  const to = first >= 0 ? nextWordIndex(tokens, first) : -1;
  if (first < 0 || to >= before || tokens[first].lower !== 'according' || tokens[to].lower !== 'to') return -1;
  for (let j = nextWordIndex(tokens, to), words = 0; j < before && words <= CLOSING_SOURCE_WORDS; j = nextWordIndex(tokens, j), words++) {
    if (tokens[j].text === ',') return words > 0 ? first : -1;
  }
  return -1;
}

/** A full stop written against an abbreviation with more of the sentence after it ("The Times Co. Inc. said"). */
function abbreviationStop(tokens: Token[], j: number): boolean {
  const n = nextWordIndex(tokens, j);
  return tokens[j].text === '.' && j > 0 && tokens[j - 1].end === tokens[j].start && n < tokens.length && !tokens[n].afterNewline && /^[a-z]/.test(tokens[n].text);
}

/** The named person or organization right after "by" or "from" (at `k`), "the" allowed before it. */
function authorAfter(tokens: Token[], index: ChunkIndex, k: number): Chunk | null {
  let j = nextWordIndex(tokens, k);
  if (j < tokens.length && index.chunkAt[j] < 0 && tokens[j].lower === 'the') j = nextWordIndex(tokens, j);
  const id = j < tokens.length ? index.chunkAt[j] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  return c && c.nameFirst >= 0 && (c.kind === 'organization' || c.kind === 'person') && (c.first === j || tokens[c.first].lower === 'the') ? c : null;
}

/** Words that may stand between a reporting verb and the clause it reports: "told reporters that". */
const MAX_OBJECT_WORDS = 4;

/** A reporting verb that takes a clause ("said", "told … that", "argued"): the clause is its content. */
function clauseCue(tokens: Token[], k: number): boolean {
  const lemma = cueLemma(tokens, k);
  if (lemma === null) return false;
  const frames = CUE_VERBS.get(lemma);
  return lemma === 'tell' || frames !== undefined && frames.has('clause');
}

/**
 * "Reid told reporters that he had spoken to …", "Bolton said he would advise …": when the
 * subject `c` of a quote's frame opens the clause another reporting verb reports, the verb inside
 * is part of the content and the outer verb's subject is the speaker (ANNOTATION.md: the content
 * of a reporting verb is the quote). The outer subject chunk, or null.
 */
export function outerSubject(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  let k = prevWordIndex(tokens, c.first);
  if (k >= 0 && tokens[k].lower === 'that') k = prevWordIndex(tokens, k);
  // The listener between the verb and its clause: "told reporters", "told the committee".
  for (let words = 0; k >= 0 && words < MAX_OBJECT_WORDS && !clauseCue(tokens, k); words++) {
    const id = index.chunkAt[k];
    const t = tokens[k];
    if (id >= 0 && index.chunks[id].kind !== 'pronoun' || t.pos === 'PRON' && (t.lower === 'him' || t.lower === 'her' || t.lower === 'them' || t.lower === 'us' || t.lower === 'me')) k = prevWordIndex(tokens, id >= 0 ? index.chunks[id].first : k);
    else if (t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ') k = prevWordIndex(tokens, k);
    else return null;
  }
  if (k < 0 || !clauseCue(tokens, k)) return null;
  let s = prevWordIndex(tokens, k);
  while (s >= 0 && (tokens[s].pos === 'ADV' || tokens[s].pos === 'AUX' || tokens[s].pos === 'PART')) s = prevWordIndex(tokens, s);
  const id = s >= 0 ? index.chunkAt[s] : -1;
  const outer = id >= 0 ? index.chunks[id] : null;
  return outer && outer.last === s && outer.id !== c.id ? outer : null;
}

/** How far back (tokens) a frame subject looks for a reporting verb whose clause holds it. */
const ENCLOSING_REACH = 45;
/** The longest apposition (tokens) between a subject and its reporting verb: "Ann Roe, the minority leader, said". */
const APPOSITION_SPAN = 25;

/**
 * The subject chunk of the reporting verb at `cue`: the chunk right before it (adverbs and
 * auxiliaries between), or the one before an apposition set off by commas ("Ann Roe, a
 * pollster who works with Lindgren, said"). Null when the verb has no such subject, or when
 * that subject opens a subordinate clause ("After Roe said …, Veld argued …"): a subordinate
 * clause reports nothing beyond itself.
 */
export function subjectOfCue(tokens: Token[], index: ChunkIndex, cue: number): Chunk | null {
  let s = prevWordIndex(tokens, cue);
  while (s >= 0 && (tokens[s].pos === 'ADV' || tokens[s].pos === 'AUX' || tokens[s].pos === 'PART')) s = prevWordIndex(tokens, s);
  if (s >= 0 && tokens[s].text === ',') {
    let open = prevWordIndex(tokens, s);
    for (; open >= 0 && s - open < APPOSITION_SPAN; open = prevWordIndex(tokens, open)) {
      const t = tokens[open];
      if (t.text === ',' || inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X' || t.afterNewline) break;
    }
    if (open < 0 || tokens[open].text !== ',') return null;
    s = prevWordIndex(tokens, open);
  }
  const id = s >= 0 ? index.chunkAt[s] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.last !== s || !(SPEAKER_KINDS.has(c.kind) || c.kind === 'pronoun')) return null;
  const before = prevWordIndex(tokens, c.first);
  if (before < 0 || tokens[before].pos !== 'SCONJ' && tokens[before].pos !== 'ADP') return c;
  // "Six newspapers in New Jersey, including …, said": the phrase the place is in heads the subject.
  const head = prevWordIndex(tokens, before);
  const hid = head >= 0 && tokens[before].pos === 'ADP' ? index.chunkAt[head] : -1;
  const h = hid >= 0 ? index.chunks[hid] : null;
  return h && h.last === head && h.id !== c.id && SPEAKER_KINDS.has(h.kind) ? subjectHead(tokens, index, h) : null;
}

/**
 * "Bloomberg's pollster, Douglas Schoen, says", "Sandra Roe, a supporter from Ava, Miss.,
 * attending the rally, said": the subject of the reporting verb at `cue` when a comma closes the
 * stretch before it. The subject `subjectOfCue` finds, if it is a name; otherwise the noun phrase
 * opening the clause (a role or group gives way to the name in apposition right after it). The
 * chunk, or null.
 */
export function subjectBeforeApposition(tokens: Token[], index: ChunkIndex, cue: number): Chunk | null {
  const c = subjectOfCue(tokens, index, cue);
  if (c && (c.kind === 'person' || c.kind === 'pronoun') || prevWordIndex(tokens, cue) < 0 || tokens[prevWordIndex(tokens, cue)].text !== ',') return c;
  let first = -1;
  for (let k = prevWordIndex(tokens, cue), n = 0; k >= 0 && n < ENCLOSING_REACH; k = prevWordIndex(tokens, k), n++) {
    const t = tokens[k];
    // The full stop of an abbreviation before a comma ends nothing: "Sen. Ann Roe, R-Fla., said".
    const abbreviation = t.text === '.' && k > 0 && tokens[k - 1].end === t.start && tokens[nextWordIndex(tokens, k)]?.text === ',';
    if (inClass(t, WordClass.CLAUSE_END) && !abbreviation || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'X') break;
    first = k;
    if (t.afterNewline) break;
  }
  while (first >= 0 && first < cue && (tokens[first].pos === 'CCONJ' || tokens[first].pos === 'ADV')) first = nextWordIndex(tokens, first);
  const id = first >= 0 && first < cue ? index.chunkAt[first] : -1;
  const opener = id >= 0 ? index.chunks[id] : null;
  // "One of the authors of the report, Tom Veld, said": a phrase no chunk opens, then the name
  // set off by commas right before the verb.
  if (!opener) return c ?? nameSetOffBefore(tokens, index, prevWordIndex(tokens, cue));
  if (!SPEAKER_KINDS.has(opener.kind)) return c;
  if (opener.kind === 'descriptor' || opener.kind === 'group') {
    const comma = nextWordIndex(tokens, opener.last);
    const nid = comma < cue && tokens[comma].text === ',' ? index.chunkAt[nextWordIndex(tokens, comma)] : -1;
    const person = nid >= 0 ? index.chunks[nid] : undefined;
    if (named(person) && person.first === nextWordIndex(tokens, comma)) return person;
  }
  return opener;
}

/** The named person ending right before the comma at `close` and set off by a comma before it. */
function nameSetOffBefore(tokens: Token[], index: ChunkIndex, close: number): Chunk | null {
  const last = prevWordIndex(tokens, close);
  const id = last >= 0 ? index.chunkAt[last] : -1;
  const person = id >= 0 ? index.chunks[id] : undefined;
  if (!named(person) || person.last !== last) return null;
  const open = prevWordIndex(tokens, person.first);
  return open >= 0 && tokens[open].text === ',' ? person : null;
}

/** A subject chunk, unless it opens a subordinate clause itself. */
function subjectHead(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  const before = prevWordIndex(tokens, c.first);
  return before >= 0 && (tokens[before].pos === 'SCONJ' || tokens[before].pos === 'ADP') ? null : c;
}

/**
 * "Cruz said he's certain Rubio will continue to be 'a champion …'", "Murphy, who campaigned
 * with her, said she must reach voters in what he called a 'revolutionary mood'": a frame whose
 * subject `c` stands inside the clause an earlier reporting verb of the same sentence reports is
 * part of that content, and the earlier verb's subject is the speaker (ANNOTATION.md: the content
 * of a reporting verb is the quote). The clause ends at a sentence end, a quotation, or a comma
 * with a conjunction opening a clause of its own ("Roe said …, but Veld argued …"). The earlier
 * verb's subject chunk, or null.
 */
export function enclosingReportSubject(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  // A subject after a comma opens a clause of its own or a frame set in the sentence ("…, he
  // said"); one after a subordinator opens a subordinate clause ("after Roe argued that …").
  const p = prevWordIndex(tokens, c.first);
  if (p < 0) return null;
  // A wh-word opens a clause inside the content ("in what he called a 'revolutionary mood'"); an
  // adverbial subordinator ("when his landlord remarked …") a clause with a frame of its own.
  const subordinate = (t: Token) => (t.pos === 'SCONJ' || t.pos === 'ADP' || SUBORDINATORS.has(t.lower) && !CONTENT_CLAUSE_OPENERS.has(t.lower)) && t.lower !== 'that';
  // "…, and Roe says …", "… program and Roe says …": a conjunction before the subject joins a clause of its own.
  if (subordinate(tokens[p]) || tokens[p].text === ',' || tokens[p].pos === 'CCONJ') return null;
  let crossed = false;
  for (let k = prevWordIndex(tokens, c.first); k >= 0 && k > c.first - ENCLOSING_REACH; k = prevWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X' || tokens[nextWordIndex(tokens, k)].afterNewline) return null;
    // A relative clause has frames of its own ("the rules, which Veld said are unfair"), but a
    // pronoun there is most often the reporter of the whole sentence again: "Roe said she would
    // deport the squatters, who she speculates are 'mostly tourists'" is Roe's.
    if (SPEAKER_RELATIVES.has(t.lower) && c.kind !== 'pronoun') return null;
    if (t.text === ',') {
      const n = nextWordIndex(tokens, k);
      if (n < c.first && (tokens[n].pos === 'CCONJ' || tokens[n].pos === 'SCONJ') && tokens[nextWordIndex(tokens, n)].lower !== 'that') return null;
      crossed = true;
      continue;
    }
    const id = index.chunkAt[k];
    if (id >= 0) { k = index.chunks[id].first; continue; }
    if (!clauseCue(tokens, k)) continue;
    // "Although in May she said …, at the hearing she said …": a clause a subordinator opens
    // ends at its comma; the main clause after it is not its content.
    if (crossed && opensWithSubordinator(tokens, k)) return null;
    const outer = subjectOfCue(tokens, index, k);
    if (outer && outer.id !== c.id) return outer;
  }
  return null;
}

/** The sentence or clause holding token `k` opens with a subordinator ("Although", "When"). */
function opensWithSubordinator(tokens: Token[], k: number): boolean {
  let first = k;
  for (let j = prevWordIndex(tokens, k), n = 0; j >= 0 && n < ENCLOSING_REACH; j = prevWordIndex(tokens, j), n++) {
    if (inClass(tokens[j], WordClass.CLAUSE_END | WordClass.QUOTE_MARKS)) break;
    first = j;
    if (tokens[j].afterNewline) break;
  }
  return SUBORDINATE_OPENERS.has(tokens[first].lower);
}

const SPEAKER_KINDS = new Set(['person', 'organization', 'descriptor', 'group', 'place']);
/** How far back a participle looks for the clause it hangs on, in tokens. */
const CLAUSE_REACH = 40;

/**
 * The subject of a reporting verb with no subject chunk that the frame did not pass over: the
 * chunk right after the verb when the verb follows a quotation or opens its sentence (`"…," said
 * Mr. Roe, who …`, `Said Roe, "…"`), or, for a participle after a comma, the subject of the
 * clause it hangs on ("Rep. Ann Roe (D-Ore.) reacted to the news, saying: …"). The chunk, or null.
 */
export function unframedSubject(tokens: Token[], index: ChunkIndex, cue: number, cueLast: number): Chunk | null {
  let p = prevWordIndex(tokens, cue);
  const comma = p >= 0 && tokens[p].text === ',';
  while (p >= 0 && tokens[p].text === ',') p = prevWordIndex(tokens, p);
  const afterQuote = p >= 0 && (inClass(tokens[p], WordClass.QUOTE_MARKS) || tokens[p].pos === 'X');
  if (afterQuote || p < 0 || inClass(tokens[p], WordClass.CLAUSE_END) || tokens[cue].afterNewline) {
    let k = nextWordIndex(tokens, cueLast);
    // Modifiers and titles no chunk took may stand before the named person: `"…," said retired
    // neurosurgeon Ben Halloway`, `said Harbour Board Chair Ann Roe`, `said Rev. Kyev Tannor`.
    for (let words = 0; words < 4 && k < tokens.length && index.chunkAt[k] < 0 && titleBeforeName(tokens, k); words++) k = nextWordIndex(tokens, k);
    const modified = k !== nextWordIndex(tokens, cueLast);
    const id = k < tokens.length ? index.chunkAt[k] : -1;
    const c = id >= 0 ? index.chunks[id] : null;
    if (modified) return c && c.first === k && c.kind === 'person' && c.nameFirst >= 0 ? c : null;
    if (c && c.first === k && (SPEAKER_KINDS.has(c.kind) || c.kind === 'pronoun' && (c.head === 'he' || c.head === 'she'))) return c;
    return null;
  }
  if (comma) return participleSubject(tokens, index, cue, p);
  // "Roe was joined on stage by Veld and joked, …": a verb joined to the one before by "and"
  // shares its subject.
  if (p >= 0 && tokens[p].lower === 'and') return participleSubject(tokens, index, cue, prevWordIndex(tokens, p), false);
  const ing = participleBeforeTo(tokens, cue);
  return ing >= 0 ? participleSubject(tokens, index, ing, prevWordIndex(tokens, prevWordIndex(tokens, ing))) : null;
}

/**
 * ", refusing to acknowledge that …", ", declining to say whether …": a participle after a comma
 * and before "to" and the reporting verb at `cue` hangs on the clause before it as a participle
 * cue would. The participle's index, or -1.
 */
export function participleBeforeTo(tokens: Token[], cue: number): number {
  const to = prevWordIndex(tokens, cue);
  const ing = to >= 0 && tokens[to].lower === 'to' ? prevWordIndex(tokens, to) : -1;
  if (ing < 0 || tokens[ing].pos !== 'VERB' || !tokens[ing].lower.endsWith('ing')) return -1;
  const comma = prevWordIndex(tokens, ing);
  return comma >= 0 && tokens[comma].text === ',' ? ing : -1;
}

/**
 * A word of a modifier or title before a name that no chunk took: a lower-case adjective or noun,
 * a capitalized word, or the full stop of an abbreviated title written against it ("Rev.").
 */
function titleBeforeName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === '.') return k > 0 && tokens[k - 1].cap && tokens[k - 1].end === t.start;
  return t.cap ? t.pos !== 'PUNCT' : t.pos === 'ADJ' || t.pos === 'NOUN';
}

/**
 * ", saying …" after "Rep. Ann Roe reacted to the news" or "When Roe spoke, he did it sideways":
 * the subject of the clause a participle after a comma hangs on is the rightmost chunk before the
 * comma that a verb follows. `p` is the word before that comma. With `participle` false, the
 * verb at `cue` need not be a participle ("… and joked"). The chunk, or null.
 */
export function participleSubject(tokens: Token[], index: ChunkIndex, cue: number, p: number, participle = true): Chunk | null {
  if (participle && !tokens[cue].lower.endsWith('ing')) return null;
  for (let k = p; k >= 0 && k > cue - CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) || t.pos === 'X' || inClass(t, WordClass.QUOTE_MARKS)) return null;
    const id = index.chunkAt[k];
    if (id < 0) continue;
    const c = index.chunks[id];
    k = c.first;
    let v = nextWordIndex(tokens, c.last);
    // An auxiliary may be the verb itself: "she did it sideways", "he was blunt".
    let aux = false;
    while (v < cue && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) { aux ||= tokens[v].pos === 'AUX'; v = nextWordIndex(tokens, v); }
    // A verb the tagger read as a plural noun, before its object: "Roe rips the agreement".
    if (v < cue && tokens[v].pos === 'NOUN' && mayBeVerbForm(tokens[v].lower) && nextWordIndex(tokens, v) < cue && tokens[nextWordIndex(tokens, v)].pos === 'DET') aux = true;
    // "Senator Ida Brandt of Vermont endorsed Roe, saying …": the place after "of" before the
    // verb belongs to the subject, who is the named person it follows.
    const owner = v < cue && (tokens[v].pos === 'VERB' || aux) ? ownerBeforeOf(tokens, index, c) : null;
    if (owner) return owner;
    if (v >= cue || !(tokens[v].pos === 'VERB' || aux) || !(SPEAKER_KINDS.has(c.kind) || c.kind === 'pronoun')) continue;
    // A subject opens its clause: not the object of a verb or preposition, nor a subordinate
    // clause's subject ("rejected the notion that Democrats could …", "posted a Twitter comment").
    const before = prevWordIndex(tokens, c.first);
    const b = before >= 0 ? tokens[before] : null;
    // Nor the subject of a clause a wh-word opens as its object ("at what he called …", "the
    // bill, which Roe opposed, …"); after a preposition a relative pronoun is no object ("a news
    // conference in which he mocked …"), where "what" still is ("praised Roe for what he did").
    const wh = b !== null && WH_OBJECT_OPENERS.has(b.lower) && !(b.lower !== 'what' && b.lower !== 'whatever' && before > 0 && tokens[prevWordIndex(tokens, before)].pos === 'ADP');
    if (b && (b.pos === 'VERB' || b.pos === 'ADP' || b.pos === 'DET' || b.pos === 'SCONJ' || b.lower === 'that' || wh)) continue;
    return c.kind === 'pronoun' || c.kind === 'person' || c.kind === 'organization' ? c : null;
  }
  return null;
}

/** How far back an apposition chain may reach from the chunk the frame found, in tokens. */
const APPOSITION_REACH = 45;

/**
 * "Paul Roe, a driver from Ava, Mo., who …, said", "Ann Roe, 29, of Huntsville, Ala., said",
 * "Tom Roe, a pollster who works with Priorities USA, said": when the frame passed over an
 * apposition and its subject is a name inside it, the speaker is the person the apposition
 * describes: the first named person of the clause, followed by a comma, with no verb of a main
 * clause between it and the subject found (verbs of relative clauses only). The person, or null.
 */
export function appositionHead(tokens: Token[], index: ChunkIndex, c: Chunk): Chunk | null {
  let head: Chunk | null = null;
  let verbSinceHead = false;
  let relative = false;
  for (let k = c.first - 1; k >= 0 && k > c.first - APPOSITION_REACH; k--) {
    const t = tokens[k];
    if (t.pos === 'SPACE') continue;
    if (inClass(t, WordClass.CLAUSE_END) || t.pos === 'X' || inClass(t, WordClass.QUOTE_MARKS) || t.afterNewline && k < c.first - 1) break;
    const id = index.chunkAt[k];
    if (id >= 0) {
      const h = index.chunks[id];
      k = h.first;
      const comma = nextWordIndex(tokens, h.last);
      if (named(h) && comma < tokens.length && tokens[comma].text === ',' && h.id !== c.id) {
        head = h;
        verbSinceHead = false;
        relative = false;
      }
      continue;
    }
    if (RELATIVE_OPENERS.has(t.lower)) relative = true;
    else if (t.pos === 'VERB' && !relative) verbSinceHead = true;
  }
  // The head must open its clause: nothing but a sentence start, a comma or a conjunction before it.
  if (!head || verbSinceHead) return null;
  const before = prevWordIndex(tokens, head.first);
  return before < 0 || inClass(tokens[before], WordClass.CLAUSE_END) || tokens[before].text === ',' || tokens[head.first].afterNewline || inClass(tokens[before], WordClass.QUOTE_MARKS) || tokens[before].pos === 'CCONJ' ? head : null;
}

/**
 * "Ann Roe, the chair of the Lakeside County GOP, for example, said", "Mr. Roe, whose start-up,
 * Veldata, sells maps, said", "said Ann Roe, an analyst at Veld Capital, who notes": the chunk
 * the frame found (`c`, before reporting verb `cue`) sits inside a phrase set off by commas after
 * a named person, and that phrase closes with a comma before the verb. A body, role or word named
 * inside the description of a person is not who speaks; the person described is. The person
 * must open the clause (after a sentence start, a comma or a conjunction), or be what a "who"
 * after the phrase refers to. Not across another verb outside a relative clause, a coordination
 * ("Roe, Veld and Lin said") or a clause end. The person's chunk, or null.
 */
export function personBeforeSetOff(tokens: Token[], index: ChunkIndex, c: Chunk, cue: number): Chunk | null {
  // A person named in full is the subject it seems.
  if (cue <= c.last || named(c) && c.nameLast > c.nameFirst) return null;
  // The phrase holding `c` closes with a comma before the verb: "Roe, Veld said, …" is a parenthetical frame.
  let close = -1;
  for (let k = c.last + 1; k < cue; k++) if (tokens[k].text === ',') close = k;
  if (close < 0) return null;
  const afterClose = nextWordIndex(tokens, close);
  const whoAfter = afterClose < cue && tokens[afterClose].lower === 'who';
  // A verb between the person and the chunk is another clause's, unless a relative opener before
  // it, in the same stretch between commas, makes it a relative clause's ("whose start-up … sells");
  // a participle opening the chunk's noun phrase modifies it ("acting director", "retired judge").
  let verb = false;
  let pending = false;
  let modifier = prevWordIndex(tokens, c.first);
  while (modifier >= 0 && (tokens[modifier].pos === 'NOUN' || tokens[modifier].pos === 'ADJ') && index.chunkAt[modifier] < 0) modifier = prevWordIndex(tokens, modifier);
  for (let k = c.first - 1; k >= 0 && k > c.first - APPOSITION_REACH; k--) {
    const t = tokens[k];
    if (t.pos === 'SPACE') continue;
    if (inClass(t, WordClass.CLAUSE_END) || t.pos === 'X' || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'CCONJ') return null;
    if (t.text === ',') { verb ||= pending; pending = false; continue; }
    if (RELATIVE_OPENERS.has(t.lower)) { pending = false; continue; }
    if (t.pos === 'VERB' || t.pos === 'AUX') { pending ||= k !== modifier; continue; }
    const id = index.chunkAt[k];
    if (id < 0) continue;
    const h = index.chunks[id];
    k = h.first;
    const comma = nextWordIndex(tokens, h.last);
    if (h.id === c.id || !named(h) || comma >= tokens.length || tokens[comma].text !== ',') continue;
    // "Alexandria, Va., Lazar, in a jumpsuit, said": a name right after the comma is no description of it.
    if (verb || pending || nextWordIndex(tokens, comma) === c.first && c.kind !== 'descriptor') return null;
    const before = prevWordIndex(tokens, h.first);
    const opens = before < 0 || tokens[h.first].afterNewline || inClass(tokens[before], WordClass.CLAUSE_END) || tokens[before].text === ',' || inClass(tokens[before], WordClass.QUOTE_MARKS) || tokens[before].pos === 'CCONJ' || tokens[before].pos === 'SCONJ' || SUBORDINATORS.has(tokens[before].lower);
    return opens || whoAfter ? h : null;
  }
  return null;
}

/**
 * "Roe said that once the board meets, 'I intend to vote no'", "Roe said that when Veld railed
 * against the levy, 'she was speaking for all of us'": the frame's subject `c` opens an
 * adverbial clause inside the content of an earlier reporting verb, and that clause closes with a
 * comma some words after its own verb (`cueLast`), before the quotation at `start`. The quotation
 * is the main clause's, which the earlier verb reports; its subject speaks. A verb whose own
 * words follow it ("when the mayor asked, '…'") keeps them. The earlier verb's subject, or null.
 */
export function reportAroundSubordinate(tokens: Token[], index: ChunkIndex, c: Chunk, cueLast: number, start: number): Chunk | null {
  const sub = prevWordIndex(tokens, c.first);
  if (sub < 0 || !SUBORDINATE_OPENERS.has(tokens[sub].lower)) return null;
  // The last comma before the quotation, after the verb and not right after it.
  let comma = -1;
  for (let k = cueLast + 1; k < tokens.length && tokens[k].start < start; k++) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) || t.afterNewline) return null;
    if (t.text === ',') comma = k;
  }
  if (comma < 0 || prevWordIndex(tokens, comma) === cueLast) return null;
  let v = prevWordIndex(tokens, sub);
  if (v >= 0 && tokens[v].lower === 'that') v = prevWordIndex(tokens, v);
  if (v < 0 || !clauseCue(tokens, v)) return null;
  const outer = subjectOfCue(tokens, index, v);
  return outer && outer.id !== c.id ? outer : null;
}

/**
 * "One pastor backing Mr. Veld, Darran Holt of Dover, said", "In addition to Mr. Veld, two members
 * of the council, Ann Roe and Tom Baker, have said": the subject `c` the frame found before the
 * apposition (token range `apposition`) is the object of a verb or preposition, so no subject;
 * the apposition is the subject phrase. Its named person or body, or a role or group opening it
 * with a name set off by a comma after it (the first of a list), or the role or group itself.
 * Null when `c` is a subject.
 */
export function subjectInApposition(tokens: Token[], index: ChunkIndex, c: Chunk, apposition: [number, number], cue: number): Chunk | null {
  // Not a place or body after "of", "in" or "from", which tells where the subject before it is
  // from ("Rep. Ann Roe of Dover, a Veld ally, said"); not after a capitalized word the tagger
  // read as a verb, which is most often a first name ("Grant Young, a strategist, said").
  const before = prevWordIndex(tokens, c.first);
  if (before < 0 || index.chunkAt[before] >= 0 || c.kind === 'place' || tokens[before].cap || !(tokens[before].pos === 'VERB' || tokens[before].pos === 'ADP' && !AFFILIATION_PREPOSITIONS.has(tokens[before].lower))) return null;
  const id = index.chunkAt[apposition[0]];
  const a = id >= 0 ? index.chunks[id] : null;
  if (!a || a.first !== apposition[0] || a.id === c.id) return null;
  if ((a.kind === 'person' || a.kind === 'organization') && a.nameFirst >= 0) return a;
  if (a.kind !== 'descriptor' && a.kind !== 'group') return null;
  for (let k = nextWordIndex(tokens, a.last); k < cue; k = nextWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'VERB') break;
    if (t.text !== ',') continue;
    const nid = index.chunkAt[nextWordIndex(tokens, k)];
    const person = nid >= 0 ? index.chunks[nid] : undefined;
    return named(person) && person.first === nextWordIndex(tokens, k) ? person : a;
  }
  return a;
}

/**
 * "Roe was telling reporters that …", "while Veld is arguing that …": after a form of "be" an -ing
 * reporting verb is a finite verb phrase whose subject stands right before it, not a participle
 * sharing the subject of an earlier clause. That subject chunk (a name, body, role or pronoun),
 * or null when the verb is no such form.
 */
export function progressiveSubject(tokens: Token[], index: ChunkIndex, cue: number): Chunk | null {
  if (!tokens[cue].lower.endsWith('ing')) return null;
  let p = prevWordIndex(tokens, cue);
  while (p >= 0 && tokens[p].pos === 'ADV') p = prevWordIndex(tokens, p);
  if (p < 0 || tokens[p].pos !== 'AUX' || !BE_FORMS.has(tokens[p].lower)) return null;
  // "was telling", "has been arguing", "was also saying": auxiliaries and adverbs before the verb.
  while (p >= 0 && (tokens[p].pos === 'ADV' || tokens[p].pos === 'AUX')) p = prevWordIndex(tokens, p);
  const id = p >= 0 ? index.chunkAt[p] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.last !== p || !(SPEAKER_KINDS.has(c.kind) || c.kind === 'pronoun')) return null;
  // The object of a preposition is no subject: "A lawmaker in the Philippines is calling …" (the
  // frame's own subject, the phrase's head, stands).
  let before = prevWordIndex(tokens, c.first);
  if (before >= 0 && tokens[before].lower === 'the') before = prevWordIndex(tokens, before);
  return before >= 0 && tokens[before].pos === 'ADP' ? null : c;
}

/**
 * "After Veld criticized the plan during a debate, Roe shot back, '…'", "When Veld suggested the
 * city would sue, Roe fired back: '…'": the frame's subject `c` opens an adverbial clause that
 * opens the sentence, and the quotation comes after the main clause that follows the clause's
 * comma. The main clause's subject (a person, body or pronoun right after that comma, followed by
 * its own verb) speaks; the subordinate clause's verb frames only its own content. The subject
 * chunk, or null.
 */
export function mainClauseAfterSubordinate(tokens: Token[], index: ChunkIndex, c: Chunk, cueLast: number, start: number): Chunk | null {
  const sub = prevWordIndex(tokens, c.first);
  if (sub < 0 || !SUBORDINATE_OPENERS.has(tokens[sub].lower)) return null;
  const open = prevWordIndex(tokens, sub);
  if (!(open < 0 || inClass(tokens[open], WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || tokens[sub].afterNewline)) return null;
  for (let k = nextWordIndex(tokens, cueLast); k < tokens.length && tokens[k].start < start; k = nextWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X' || t.afterNewline) return null;
    if (t.text !== ',') continue;
    const a = nextWordIndex(tokens, k);
    const id = a < tokens.length ? index.chunkAt[a] : -1;
    const main = id >= 0 ? index.chunks[id] : null;
    if (!main || main.first !== a || !(main.kind === 'person' || main.kind === 'organization' || main.kind === 'pronoun' && main.head !== 'it')) continue;
    let v = nextWordIndex(tokens, main.last);
    while (v < tokens.length && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = nextWordIndex(tokens, v);
    if (v >= tokens.length || tokens[v].start >= start) return null;
    // "Roe shot back": the tagger may read a verb before its particle as a noun.
    const particle = nextWordIndex(tokens, v);
    const verb = tokens[v].pos === 'VERB' || tokens[v].pos === 'NOUN' && !tokens[v].cap && particle < tokens.length && (tokens[particle].pos === 'ADV' || tokens[particle].pos === 'ADP');
    return verb ? main : null;
  }
  return null;
}

/**
 * The speaker-like chunk (or pronoun) starting at word `k`, past an article the name's chunk
 * leaves out ("the Northmoor Courier"), and the word after it past adverbs and auxiliaries,
 * where a closing frame's verb stands ("CNN has reported"); null when no such chunk starts there.
 */
function subjectAndVerb(tokens: Token[], index: ChunkIndex, k: number): { chunk: Chunk; verb: number } | null {
  if (tokens[k].lower === 'the' && index.chunkAt[k] < 0) k = nextWordIndex(tokens, k);
  const id = k < tokens.length ? index.chunkAt[k] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.first !== k || !SPEAKER_KINDS.has(c.kind) && c.kind !== 'pronoun') return null;
  let v = nextWordIndex(tokens, c.last);
  while (v < tokens.length && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = nextWordIndex(tokens, v);
  return { chunk: c, verb: v };
}

/**
 * "«Roe welcomed the news, saying …», CNN reported.": a subject and a reporting verb right after
 * the content, closing the sentence, report all of it; a verb inside the content is part of what
 * they report. `end` is the content's normalized end. The subject chunk, or null.
 */
export function closingFrameSubject(tokens: Token[], index: ChunkIndex, end: number, from = tokenFrom(tokens, end)): Chunk | null {
  let k = from;
  // The comma may sit inside the closing mark or after it: `thing," CNN`, `thing", CNN`.
  let comma = false;
  for (; k < tokens.length && (tokens[k].pos === 'SPACE' || inClass(tokens[k], WordClass.QUOTE_MARKS) || tokens[k].text === ','); k++) comma ||= tokens[k].text === ',';
  if (!comma || k >= tokens.length) return null;
  // "…», according to CNN.": a named source after "according to" reports all of it.
  if (tokens[k].lower === 'according' && nextWordIndex(tokens, k) < tokens.length && tokens[nextWordIndex(tokens, k)].lower === 'to') {
    const named = chunkAfterAccordingTo(tokens, index, nextWordIndex(tokens, k));
    // "(the actual number is 15 percent, according to Factcheck.org)": a source inside a
    // parenthesis reports only the parenthesis.
    for (let c = named ? nextWordIndex(tokens, named.last) : tokens.length, n = 0; c < tokens.length && n < 3; c = nextWordIndex(tokens, c), n++) {
      if (tokens[c].text === ')') return null;
      // A full stop inside a web address ("Factcheck.org") ends nothing.
      if (inClass(tokens[c], WordClass.CLAUSE_END) && tokens[c + 1]?.start !== tokens[c].end) break;
    }
    return named && named.nameFirst >= 0 ? named : null;
  }
  const sv = subjectAndVerb(tokens, index, k);
  if (!sv) return null;
  const { chunk: c, verb: v } = sv;
  if (v >= tokens.length || !clauseCue(tokens, v)) return null;
  // The frame closes its sentence, perhaps after a time or a short phrase: "…, CNN reported Monday."
  // A colon after it opens what the frame introduces: 'After Veld said "…," Roe said: "…"'.
  for (let j = nextWordIndex(tokens, v), words = 0; j < tokens.length; j = nextWordIndex(tokens, j), words++) {
    if (tokens[j].text === ':') return null;
    if (inClass(tokens[j], WordClass.CLAUSE_END) || tokens[j].afterNewline) return c;
    if (words >= 3 || tokens[j].text === ',' || inClass(tokens[j], WordClass.QUOTE_MARKS)) return null;
  }
  return c;
}

/**
 * The noun phrase a capitalized word that names nobody opens: "Young white women", "Partial
 * transcript". The modifiers and nouns after chunk `c` up to the last noun, or the chunk alone.
 * Its last token.
 */
export function phraseEnd(tokens: Token[], index: ChunkIndex, c: Chunk): number {
  let last = c.last;
  for (let j = nextWordIndex(tokens, c.last), words = 0; j < tokens.length && words < MAX_SLOT_WORDS; j = nextWordIndex(tokens, j), words++) {
    const t = tokens[j];
    if (t.afterNewline || index.chunkAt[j] >= 0 || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM')) break;
    if (isHeadOf(t)) last = j;
  }
  return last;
}

/** Words of a verb group between a subject and its reporting verb ("was prompted to say", "had earlier said"). */
const VERB_GROUP_WORDS = 4;
/** Words of a phrase set off by commas between a subject and its verb group ("Roe, asked about the delay, had said"). */
const SET_OFF_WORDS = 14;

/**
 * The subject of a reporting verb at `cue` the frame finder found no subject for, read back over
 * the verb group before it: "Ms. Roe was prompted to say, '…'", "after Mr. Veld, asked about the
 * delay, had said, '…'". A surname the tagger read as the verb ("Chief executive Ian Read said")
 * ("Read said", with "said" read as an adjective) is inside its own person chunk, which is the subject. Only a named person or organization ending
 * right before the group (past a phrase set off by commas); not one a preposition governs ("a
 * letter to Roe had said" is the letter's). The chunk, or null.
 */
export function subjectBeforeVerbGroup(tokens: Token[], index: ChunkIndex, cue: number): Chunk | null {
  const own = index.chunkAt[cue];
  if (own >= 0) {
    const c = index.chunks[own];
    const next = nextWordIndex(tokens, cue);
    return c.kind === 'person' && c.nameFirst >= 0 && c.nameLast === cue && (c.nameFirst < cue || next < tokens.length && SAID_FORMS.has(tokens[next].lower)) ? c : null;
  }
  let p = prevWordIndex(tokens, cue);
  for (let words = 0; p >= 0 && words < VERB_GROUP_WORDS && index.chunkAt[p] < 0; words++) {
    const t = tokens[p];
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.lower === 'to' || t.pos === 'VERB' && PARTICIPLE_ENDING.test(t.lower))) break;
    p = prevWordIndex(tokens, p);
  }
  if (p < 0) return null;
  if (tokens[p].text === ',') {
    // A participle phrase set off by commas: "Roe, asked about the delay, had said".
    let q = prevWordIndex(tokens, p);
    for (let words = 0; q >= 0 && words < SET_OFF_WORDS && tokens[q].text !== ','; q = prevWordIndex(tokens, q), words++) {
      const t = tokens[q];
      if (inClass(t, WordClass.CLAUSE_END) && !titleStop(tokens, q) || inClass(t, WordClass.QUOTE_MARKS) || t.pos === 'X' || t.pos === 'AUX') return null;
    }
    if (q < 0 || tokens[q].text !== ',') return null;
    const opener = nextWordIndex(tokens, q);
    if (!(tokens[opener].pos === 'VERB' && PARTICIPLE_OR_ING_ENDING.test(tokens[opener].lower))) return null;
    p = prevWordIndex(tokens, q);
  }
  const id = p >= 0 ? index.chunkAt[p] : -1;
  const c = id >= 0 ? index.chunks[id] : null;
  if (!c || c.last !== p || c.nameFirst < 0 || !(c.kind === 'person' || c.kind === 'organization')) return null;
  // "after Mr. Veld had said": a subordinator the tagger reads as a preposition opens a clause.
  const before = prevWordIndex(tokens, c.first);
  return objectOfClause(tokens, c) && !(before >= 0 && SUBORDINATORS.has(tokens[before].lower)) ? null : c;
}

/** The full stop at `k` closes an abbreviated title written against it ("Mr.", "Sen."), not a sentence. */
function titleStop(tokens: Token[], k: number): boolean {
  return tokens[k].text === '.' && k > 0 && tokens[k - 1].end === tokens[k].start && tokens[k - 1].cap && tokens[k - 1].text.length <= 4;
}

/**
 * "Shortly after the vote, Ann Roe issued a statement, '…'": a direct quotation with no frame
 * right after the comma closing a clause of a named subject and its verb is that subject's words,
 * as after a colon (see sentenceSubjectBeforeColon). `start` is the quotation's start. The subject
 * chunk, or null.
 */
export function subjectBeforeComma(tokens: Token[], index: ChunkIndex, start: number, from = tokenFrom(tokens, start)): Chunk | null {
  let k = from - 1;
  while (k >= 0 && (tokens[k].pos === 'SPACE' || inClass(tokens[k], WordClass.QUOTE_MARKS))) k--;
  if (k < 0 || tokens[k].text !== ',') return null;
  return sentenceSubjectBeforeColon(tokens, index, k);
}

/** Words of a party and state label in parentheses after a name ("(R-S.C.)", "(D-Ore.)"). */
const PARTY_LABEL_WORDS = 6;

/**
 * "Gov. Ann Roe (R-OH), said", "Rep. Tom Veld (D-Ore.): '…'": a chunk inside the parenthesis
 * after a named person, or the parenthesis ending at `close` (the token holding its closing
 * bracket), labels that person with party and state; the person speaks. The person's chunk, or null.
 */
export function personBeforeParenthesis(tokens: Token[], index: ChunkIndex, from: number): Chunk | null {
  let p = from;
  for (let words = 0; p >= 0 && words < PARTY_LABEL_WORDS && !tokens[p].text.endsWith('('); words++) {
    if (tokens[p].text.includes(')') && p !== from || inClass(tokens[p], WordClass.CLAUSE_END) && !titleStop(tokens, p) || inClass(tokens[p], WordClass.QUOTE_MARKS)) return null;
    p = prevWordIndex(tokens, p);
  }
  if (p < 0 || !tokens[p].text.endsWith('(')) return null;
  const before = prevWordIndex(tokens, p);
  const id = before >= 0 ? index.chunkAt[before] : -1;
  const c = id >= 0 ? index.chunks[id] : undefined;
  // The chunker may hold the label inside the person's chunk.
  return named(c) && (c.last === before || c.nameLast === before) ? c : null;
}

/**
 * "At a college in Berea, OH, after the primary, Gov. Ann Roe (R-OH), said": a frame subject that
 * is a state after a place's comma ("in Berea, OH,") only says where the place is; the speaker is
 * the named person right before the verb at `cue` (past a comma and a party label). That person's
 * chunk, or null.
 */
export function personInsteadOfState(tokens: Token[], index: ChunkIndex, subject: Chunk, cue: number): Chunk | null {
  if (subject.kind !== 'place' && subject.kind !== 'organization' || subject.last >= cue) return null;
  const comma = prevWordIndex(tokens, subject.first);
  if (comma < 0 || tokens[comma].text !== ',') return null;
  const place = prevWordIndex(tokens, comma);
  if (place < 0 || !tokens[place].cap) return null;
  let prep = place;
  for (let words = 0; prep >= 0 && words < 4 && tokens[prep].cap; words++) prep = prevWordIndex(tokens, prep);
  if (prep < 0 || !AFFILIATION_PREPOSITIONS.has(tokens[prep].lower)) return null;
  let p = prevWordIndex(tokens, cue);
  if (p >= 0 && tokens[p].text === ',') p = prevWordIndex(tokens, p);
  if (p <= subject.last) return null;
  if (tokens[p].text === ')') return personBeforeParenthesis(tokens, index, p);
  const id = index.chunkAt[p];
  const c = id >= 0 ? index.chunks[id] : undefined;
  return named(c) && c.last === p && c.first > subject.last ? c : null;
}

/**
 * "… after Chairman Tom Veld (R-Ore.) earlier in the day touted …": a named person or body that
 * opens a clause (after a subordinator, a comma or the sentence's start) and stands before the
 * verb at `cue` with only a time phrase between, past a party label, is the verb's subject, when
 * the frame found a subject further back. The chunk, or null.
 */
export function subjectBeforeTimePhrase(tokens: Token[], index: ChunkIndex, cue: number): Chunk | null {
  const last = prevWordIndex(tokens, cue);
  const p = last >= 0 ? beforeTimePhrase(tokens, index.chunkAt, last) : -1;
  if (p === last || p < 0) return null;
  const c = tokens[p].text === ')' ? personBeforeParenthesis(tokens, index, p) : index.chunkAt[p] >= 0 ? index.chunks[index.chunkAt[p]] : null;
  if (!c || c.nameFirst < 0 || !(c.kind === 'person' || c.kind === 'organization') || (tokens[p].text !== ')' && c.last !== p)) return null;
  const before = prevWordIndex(tokens, c.first);
  const opens = before < 0 || tokens[before].text === ',' || inClass(tokens[before], WordClass.CLAUSE_END) || tokens[before].afterNewline || tokens[c.first].afterNewline || SUBORDINATORS.has(tokens[before].lower);
  return opens ? c : null;
}

/** How far back an introductory phrase's opening word may stand from the subject inside it, in tokens. */
const INTRODUCTION_REACH = 30;
/** Words no chunk took that may stand before a main clause's subject chunk, at most ("14-year-old"). */
const MAX_SUBJECT_MODIFIERS = 6;
const subjectModifier = (t: Token) => t.pos === 'NUM' || t.pos === 'ADJ' || t.text === '-' || t.pos === 'NOUN' && !t.cap;
/** Chunk kinds that may be a main clause's subject after an introductory phrase. */
const MAIN_SUBJECT_KINDS = new Set(['person', 'organization', 'descriptor', 'group', 'pronoun']);

/**
 * "At a rally in Concord, N.H., Ann Roe hoisted a sign that read '…'", "While Veld has condemned
 * the plan, the groups who wrote to her say …", "As Veld spoke, the union was whipping members
 * against '…'", "In a year when Veld is talking about deportations, Roe said …": a frame subject
 * `c` inside a phrase or adverbial clause that opens the sentence (its first word a preposition,
 * a subordinator or an adverb) and closes with a comma before the quotation is no subject of the
 * main clause. The chunk opening the main clause right after that comma, followed by a verb of
 * its own before the quotation at `start`, is: the quotation belongs to the main clause. A cue
 * inside the introduction that takes a clause ("As Roe said, the plan is 'dead'") reports the
 * main clause itself, and its subject stays. `commonWord`: `c` is a capitalized common word
 * (EntityRegistry.commonWordKindOf). The main clause's subject chunk, or null.
 */
export function subjectAfterIntroduction(tokens: Token[], index: ChunkIndex, c: Chunk, cue: number, start: number, commonWord = false): Chunk | null {
  // The sentence's first word, with nothing but the introduction between it and `c`.
  let first = c.first;
  for (let j = prevWordIndex(tokens, c.first), n = 0; j >= 0 && n < INTRODUCTION_REACH; j = prevWordIndex(tokens, j), n++) {
    if (tokens[c.first].afterNewline) break;
    const t = tokens[j];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X') break;
    first = j;
    if (t.afterNewline) break;
  }
  if (first === c.first && first > 0 && !tokens[first].afterNewline) {
    const before = prevWordIndex(tokens, first);
    if (before >= 0 && !inClass(tokens[before], WordClass.CLAUSE_END)) return null;
  }
  const opener = tokens[first];
  // A participle opens a phrase too: "Facing criticism from Democrats, Mr. Roe released …".
  const opens = first < c.first ? opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV' || SUBORDINATE_OPENERS.has(opener.lower) || opener.pos === 'VERB' && PARTICIPLE_OR_ING_ENDING.test(opener.lower)
    // "Early in the campaign, he …", "Late last month, the company …", "Hours later, she …": one
    // capitalized word opening the sentence before a preposition, or one the registry found to
    // be a common word (`commonWord`), is an adverb or a time the tagger read as a name.
    : c.first === c.last && (commonWord || opener.pos === 'ADV' || tokens[nextWordIndex(tokens, c.last)]?.pos === 'ADP');
  if (!opens) return null;
  for (let k = nextWordIndex(tokens, c.last); k < tokens.length && tokens[k].start < start; k = nextWordIndex(tokens, k)) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X' || t.afterNewline) return null;
    if (t.text !== ',') continue;
    if (cue < k && clauseCue(tokens, cue)) return null;
    // Modifiers no chunk took may open the main clause's subject: "14-year-old Ann Roe".
    let a = nextWordIndex(tokens, k);
    for (let words = 0; words < MAX_SUBJECT_MODIFIERS && a < tokens.length && index.chunkAt[a] < 0 && subjectModifier(tokens[a]); words++) a = nextWordIndex(tokens, a);
    const id = a < tokens.length ? index.chunkAt[a] : -1;
    const main = id >= 0 ? index.chunks[id] : null;
    if (!main || main.first !== a || main.id === c.id || !MAIN_SUBJECT_KINDS.has(main.kind)) continue;
    for (let v = nextWordIndex(tokens, main.last); v < tokens.length && tokens[v].start < start; v = nextWordIndex(tokens, v)) {
      const w = tokens[v];
      if (inClass(w, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || w.pos === 'X' || w.text === ',') return null;
      if (w.pos === 'VERB' || w.pos === 'AUX') return main;
    }
    return null;
  }
  return null;
}

/** How many tokens past a quotation a sentence may run before the frame that closes it. */
const CLOSING_FRAME_REACH = 40;

/** A reporting verb closing its sentence after `v`: within two words of the end ("on Monday"), or before ", saying …". */
function closesSentence(tokens: Token[], v: number): boolean {
  for (let j = nextWordIndex(tokens, v), words = 0; j < tokens.length; j = nextWordIndex(tokens, j), words++) {
    const t = tokens[j];
    if (t.text === ':') return false;
    if (inClass(t, WordClass.CLAUSE_END) || t.afterNewline) return true;
    if (t.text === ',') {
      // "…, Roe added, saying …": a participle hanging on the closing frame.
      const n = nextWordIndex(tokens, j);
      return n < tokens.length && tokens[n].lower.endsWith('ing') && cueLemma(tokens, n) !== null;
    }
    if (words >= 2 || inClass(t, WordClass.QUOTE_MARKS)) return false;
  }
  return true;
}

/**
 * '"Veld cannot say that "from his perspective," Roe added, saying …', 'It has used "velvet
 * gloves" in its dealings with the region, said Ann Roe, an expert at …': a frame after the last
 * comma of the sentence a marked fragment sits in, with its subject before the verb and nothing
 * but a short phrase after it, or inverted ("said" and the source after it), reports the whole
 * sentence, the verbs before it and the fragment included. `end` is the quotation's normalized
 * end. The closing frame's subject chunk, or null.
 */
export function sentenceClosingFrame(tokens: Token[], index: ChunkIndex, end: number, from = tokenFrom(tokens, end)): Chunk | null {
  let k = from;
  // Past the closing mark, each comma up to the sentence's end.
  for (let n = 0; k < tokens.length && n < CLOSING_FRAME_REACH; k = nextWordIndex(tokens, k), n++) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END) || t.afterNewline && n > 0) break;
    if (t.pos === 'X') return null;
    if (t.text === ',') {
      const f = frameAfterComma(tokens, index, k);
      if (f) return f;
    }
  }
  return null;
}

/** The source of a reporting frame right after the comma at `comma`, in either order. */
function frameAfterComma(tokens: Token[], index: ChunkIndex, comma: number): Chunk | null {
  let k = nextWordIndex(tokens, comma);
  while (k < tokens.length && inClass(tokens[k], WordClass.QUOTE_MARKS)) k = nextWordIndex(tokens, k);
  if (k >= tokens.length) return null;
  if (SAID_FORMS.has(tokens[k].lower) && tokens[k].lemma !== 'tell' && clauseCue(tokens, k)) {
    // Inverted: "…, said Ann Roe, an expert at …"; "the" and modifiers no chunk took may come first.
    let a = nextWordIndex(tokens, k);
    for (let words = 0; words < MAX_SUBJECT_MODIFIERS && a < tokens.length && index.chunkAt[a] < 0 && (tokens[a].lower === 'the' || subjectModifier(tokens[a])); words++) a = nextWordIndex(tokens, a);
    const id = a < tokens.length ? index.chunkAt[a] : -1;
    const c = id >= 0 ? index.chunks[id] : null;
    return c && c.first === a && (c.kind === 'person' || c.kind === 'organization' || c.kind === 'descriptor' || c.kind === 'group') ? c : null;
  }
  const sv = subjectAndVerb(tokens, index, k);
  return sv && sv.verb < tokens.length && clauseCue(tokens, sv.verb) && closesSentence(tokens, sv.verb) ? sv.chunk : null;
}

/** The most words of the noun phrase before such a preposition: "a full 79 percent", "pro-life members". */
const MAX_HEAD_WORDS = 5;
const headWord = (t: Token) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.text === '%' || t.text === '-';

/**
 * "Supporters of Roe said", "26 percent of Democrats said", "the mayor of Dover said": the name
 * `c` the frame found is the complement of
 * a noun before "of", "for" or "to", and that noun heads the subject: the speaker is who the
 * phrase describes, not the name inside it. The head's own chunk (a role or group the chunker
 * found, resolved as such), or else the token span from the phrase's first word to the end of
 * `c` with whether the head is plural (an unnamed source or group). Only for a phrase that opens
 * its clause and whose name ends right before the reporting verb at `cue`; otherwise null.
 */
export function headBeforeComplement(tokens: Token[], index: ChunkIndex, c: Chunk, cue: number): { chunk: Chunk } | { span: [number, number]; plural: boolean } | null {
  // An organization's members speak for it ("The organisers of the festival said"): only a
  // person, place or group is a complement that names nobody who speaks.
  if (c.kind === 'pronoun' || c.kind === 'descriptor' || c.kind === 'organization') return null;
  let v = nextWordIndex(tokens, c.last);
  while (v < cue && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v = nextWordIndex(tokens, v);
  if (v !== cue) return null;
  let k = prevWordIndex(tokens, c.first);
  if (k >= 0 && tokens[k].lower === 'the' && index.chunkAt[k] < 0) k = prevWordIndex(tokens, k);
  if (k < 0 || !COMPLEMENT_PREPOSITIONS.has(tokens[k].lower)) return null;
  const h = prevWordIndex(tokens, k);
  if (h < 0) return null;
  const opensClause = (j: number) => {
    const before = prevWordIndex(tokens, j);
    return before < 0 || tokens[j].afterNewline || inClass(tokens[before], WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || tokens[before].text === ',' || SUBORDINATORS.has(tokens[before].lower);
  };
  const id = index.chunkAt[h];
  if (id >= 0) {
    const head = index.chunks[id];
    return head.last === h && (head.kind === 'descriptor' || head.kind === 'group') && opensClause(head.first) ? { chunk: head } : null;
  }
  // A head no chunk took: a lower-case noun ("percent", "attorneys"), or a capitalized plural
  // opening the sentence ("Supporters of Roe").
  const t = tokens[h];
  const plural = t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
  if (!(t.pos === 'NOUN' && !t.cap || t.text === '%' || t.cap && plural && (t.pos === 'NOUN' || t.pos === 'PROPN') && opensClause(h))) return null;
  let first = h;
  for (let j = prevWordIndex(tokens, h), words = 1; j >= 0 && words < MAX_HEAD_WORDS && index.chunkAt[j] < 0 && headWord(tokens[j]) && !tokens[first].afterNewline; j = prevWordIndex(tokens, j), words++) first = j;
  return opensClause(first) ? { span: [first, c.last], plural: plural || t.text === '%' || t.lower === 'percent' } : null;
}

/** How far back from a quotation the question verb whose asker it names may stand, in tokens. */
const ASKED_REACH = 30;

/**
 * "Roe was asked by host Ann Lane, who backs her, '…?'", "Asked by Lane if Roe 'gets' it, Veld
 * …": a quotation inside the clause of a passive "asked by" is the question, and the agent after
 * "by" (titles and roles no chunk took may stand before the name) asked it. Not once that clause
 * has given way to a main clause, a subject and its verb after a comma ("When asked by reporters
 * about it, Roe said '…'": Roe's answer). `start` is the quotation's normalized start. The
 * agent's chunk, or null.
 */
export function agentOfQuestion(tokens: Token[], index: ChunkIndex, start: number, from = tokenFrom(tokens, start)): Chunk | null {
  let q = from - 1;
  while (q >= 0 && inClass(tokens[q], WordClass.QUOTE_MARKS)) q--;
  for (let k = q, n = 0; k > 0 && n < ASKED_REACH; k = prevWordIndex(tokens, k), n++) {
    const t = tokens[k];
    if (inClass(t, WordClass.CLAUSE_END | WordClass.QUOTE_MARKS) || t.pos === 'X') return null;
    if (t.lower !== 'asked') continue;
    const by = nextWordIndex(tokens, k);
    if (by >= tokens.length || tokens[by].lower !== 'by') return null;
    let a = nextWordIndex(tokens, by);
    for (let words = 0; words < MAX_SUBJECT_MODIFIERS && a < tokens.length && index.chunkAt[a] < 0 && subjectModifier(tokens[a]); words++) a = nextWordIndex(tokens, a);
    const id = a < tokens.length ? index.chunkAt[a] : -1;
    const agent = id >= 0 ? index.chunks[id] : null;
    if (!agent || agent.first !== a || !(agent.kind === 'person' || agent.kind === 'organization' || agent.kind === 'descriptor' || agent.kind === 'group')) return null;
    // A main clause after a comma between the agent and the quotation answers the question.
    for (let j = nextWordIndex(tokens, agent.last); j <= q; j = nextWordIndex(tokens, j)) {
      if (tokens[j].text !== ',') continue;
      let m = nextWordIndex(tokens, j);
      for (let words = 0; words < MAX_SUBJECT_MODIFIERS && m <= q && index.chunkAt[m] < 0 && (tokens[m].lower === 'the' || subjectModifier(tokens[m])); words++) m = nextWordIndex(tokens, m);
      const mid = m <= q ? index.chunkAt[m] : -1;
      if (mid < 0) continue;
      const main = index.chunks[mid];
      // "…, who backs her, …": a relative clause describes the agent.
      if (SUBJECT_RELATIVES.has(tokens[m].lower)) continue;
      for (let v = nextWordIndex(tokens, main.last); v <= q; v = nextWordIndex(tokens, v)) {
        if (tokens[v].text === ',') break;
        if (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX') return null;
      }
    }
    return agent;
  }
  return null;
}
