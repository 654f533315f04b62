// Find candidate speaker mentions: personal names with their titles, organizations, places,
// pronouns and role descriptors, as token chunks outside quotations.
import {
  DEMONYMS, INNER_CAPITAL_NAME_PREFIXES, MONTHS, ORG_WORDS, PARTY_LABELS, PLACE_HEADS, PRONOUNS, ROLE_NOUNS,
} from '../lang/en';
import {
  AGENT_NOUN, DEMONYM_ENDING, DEMONYM_NOUNS, DOCUMENT_READ_FORMS, FIELD_NAME_ENDING, GROUP_HEADS, INDEFINITE, NOT_PERSON_ENDING, PARTICIPLE,
  PARTY_STATE_LABEL, PERSON_ENDING, ROLE_CONNECTIVES, SUBORDINATORS, TITLE_ADJECTIVES, 
} from '../lang/en-mentions';
import { NAME_TITLES, POSSESSIVE_CLITICS } from '../lang/speakers';
import { intArray } from '../scratch';
import { isCue, isTightHyphen, nextWord, prevWord } from '../text/cues';
import { lexiconTag, type Token } from '../text/tokenize';
import { inClass, WordClass } from '../text/word-class';

export type ChunkKind = 'person' | 'organization' | 'place' | 'pronoun' | 'descriptor' | 'group';

export interface Chunk {
  id: number;
  kind: ChunkKind;
  /** Token range of the whole chunk (role + name), inclusive. */
  first: number;
  last: number;
  /** Token range of the personal or organization name, inclusive (-1 when none). */
  nameFirst: number;
  nameLast: number;
  /** Token range of a role or title before the name ("Kremlin spokesman"), -1 when none. */
  roleFirst: number;
  roleLast: number;
  /** Head noun of a descriptor or organization ("diplomat", "ministry"); pronoun text for pronouns. */
  head: string;
  definite: boolean;
  plural: boolean;
  /** A definite descriptor with an unlisted head after an inverted cue ("said the school cook"). */
  epithet?: boolean;
  /** A source that is a thing, not a person: "the report said", "according to the poll". */
  thing?: boolean;
}

/**
 * Tags of words that never open a chunk when lower-case and inside a sentence (see findChunks).
 * Compared one by one: tags are the model's own strings, so each test is one pointer comparison,
 * where a Set lookup per word cost a fifth of the whole pass.
 */
const skippedTag = (p: string) => p === 'VERB' || p === 'ADP' || p === 'ADV' || p === 'AUX' || p === 'CCONJ' || p === 'SCONJ' || p === 'PART' || p === 'NUM' || p === 'SYM' || p === 'INTJ';

/** Heads of a descriptor: roles, groups and organization words. */
const HEAD_WORDS = WordClass.ROLE_NOUN | WordClass.GROUP_HEAD | WordClass.ORG_WORD;

/**
 * A descriptor's head: a listed word, or the plural of a listed role ("advisers", "lawyers",
 * "allies"), so the role list holds each role once.
 */
function isHeadWord(t: Token): boolean {
  const w = t.lower;
  if (inClass(t, HEAD_WORDS)) return true;
  if (t.pos !== 'NOUN' || w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */ || w.endsWith('ss')) return false;
  return ROLE_NOUNS.has(w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1));
}

/**
 * Members of a party or nation in the plural ("Democrats", "Republicans", "Americans"): a capitalized
 * group noun, not a name. After a quantifier or an adjective ("many Democrats", "other
 * Republicans", "liberal Democrats") they are an unnamed group of speakers; alone or after "the"
 * they may stand for the party and stay a name.
 */
function isMemberPlural(t: Token): boolean {
  if (!t.cap || t.lower.length < 4 || t.lower.charCodeAt(t.lower.length - 1) !== 115 /* s */) return false;
  const one = t.lower.slice(0, -1);
  return PARTY_LABELS.has(one) || DEMONYMS.has(one) || DEMONYM_NOUNS.has(one);
}

// Both tests run on almost every token; the first-character check skips the regexes for words
// that cannot match, which was a measurable share of extraction time.
const startsUpper = (t: Token) => { const c = t.text.charCodeAt(0); return c >= 65 && c <= 90; };

/** The hyphen at k touches the words on both sides: "Osei-Mensah", not "Roe - his partner". */
/** Whether the word after token k is a noun or an adjective, which a compound ending at k would modify. */
const beforeNoun = (tokens: Token[], k: number) => { const n = nextWord(tokens, k, tokens.length - 1); return n >= 0 && (tokens[n].pos === 'NOUN' || tokens[n].pos === 'ADJ'); };

const isInitial = (t: Token) => startsUpper(t) && /^[A-Z]\.([A-Z]\.)*$/.test(t.text);
const isAcronym = (t: Token) => startsUpper(t) && t.text.length <= 12 && (/^[A-Z][A-Z0-9&]{1,7}$/.test(t.text) || /^([A-Z]\.){2,}$/.test(t.text));

/**
 * The token after a known first name at k is a month used as a surname: capitalized, a month, and
 * not followed by a day or a year ("Ann May said", not "on Friday May 3" or "Jan March 2016").
 */
function monthSurname(tokens: Token[], k: number): boolean {
  const nx = tokens[k + 1];
  if (!nx?.cap || !MONTHS.has(nx.lower) || !tokens[k].firstName) return false;
  const after = nextWord(tokens, k + 1, tokens.length - 1);
  return after < 0 || tokens[after].pos !== 'NUM';
}

/** A capitalized token that could be part of a personal name. */
function nameLike(tokens: Token[], i: number, sentenceStart: boolean, capsInside?: Set<string>): boolean {
  const t = tokens[i];
  if (!t.cap || t.text.length < 2 && !isInitial(t)) return false;
  if (inClass(t, WordClass.NOT_NAME)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') return false;
  // At the start of a sentence only a proper noun can start a name ("Speaking in …" cannot),
  // unless the word is capitalized inside a sentence elsewhere: wink tags "Madden" a verb.
  // A known first name before another capitalized word is a name too: "Hector Delgado, who …".
  if (sentenceStart && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'X' && !capsInside?.has(t.lower) && !(t.firstName && tokens[i + 1]?.cap)) return false;
  // A participle opening the sentence before a preposition or article is no name: "Hurrying into
  // the office, Senator Roe …", "Speaking to reporters, …" (wink may tag it a proper noun).
  if (sentenceStart && t.lower.endsWith('ing') && !capsInside?.has(t.lower) && !t.firstName && (tokens[i + 1]?.pos === 'ADP' || tokens[i + 1]?.pos === 'DET')) return false;
  // A contraction is no name: "I'm", "We're" (one token to the tagger, which may call it a proper noun).
  if (/['\u2019](?:m|re|ve|ll|d)$/.test(t.lower)) return false;
  return true;
}

/**
 * Token i is one capitalized adjective before a lower-case common noun: an adjective in wink's
 * lexicon ("a Chilean miner", "Muslim immigrants", "the Democratic primary"), or after an
 * article a nationality by its ending ("the Crimean peninsula"). A first name is left alone.
 */
function adjectiveBeforeNoun(tokens: Token[], i: number, blocked: Uint8Array): boolean {
  const t = tokens[i];
  const p = prevWord(tokens, i, 0);
  const nx = i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 ? i + 1 : -1;
  if (nx < 0 || blocked[nx] || tokens[nx].cap || tokens[nx].pos !== 'NOUN' || !/^[A-Z][a-z]+$/.test(t.text) || t.firstName) return false;
  if (lexiconTag(t.lower) === 'ADJ') return true;
  // Without an article an ending alone is too weak: "Kardashian sisters" may be a family.
  return p >= 0 && tokens[p].pos === 'DET' && (tokens[p].lower === 'the' || tokens[p].lower === 'a' || tokens[p].lower === 'an') && DEMONYM_ENDING.test(t.lower);
}

/** Tags of words a title-case line capitalizes but a sentence writes in small letters. */
const smallWordTag = (tag: string | null) => tag === 'VERB' || tag === 'AUX' || tag === 'ADP' || tag === 'PRON' || tag === 'DET' || tag === 'CCONJ' || tag === 'SCONJ';

/** Tags of words title case leaves in small letters ("of", "the", "and", "to"). */
const functionTag = (p: string) => p === 'ADP' || p === 'DET' || p === 'CCONJ' || p === 'SCONJ' || p === 'PART' || p === 'PRON' || p === 'AUX';

/**
 * Tokens in a title-case line (a headline run into the text: "Ferrera Took On Hollywood's Lack Of
 * Diversity"): of the four or more words of a sentence (or line), three in five or more are
 * capitalized, among them, past the first, words a sentence writes in small letters (verbs,
 * prepositions, pronouns) as wink's lexicon knows them; and at most one in ten is a content word
 * in small letters ("… controversy dogged Donald Trump's convention" is prose). Null when none.
 */
function titleCaseSpans(tokens: Token[], sentenceStart: Uint8Array): Uint8Array | null {
  let out: Uint8Array | null = null;
  let a = 0;
  while (a < tokens.length) {
    let b = a;
    let words = 0;
    let caps = 0;
    let lowerContent = 0;
    for (; b < tokens.length; b++) {
      const t = tokens[b];
      if (b > a && (sentenceStart[b] || t.afterNewline)) break;
      if (startsWithLetter(t.text)) {
        words++;
        if (t.cap) caps++;
        else if (!functionTag(t.pos)) lowerContent++;
      }
    }
    // The lexicon is asked only for a line capitalized enough to be a title (few are).
    if (words >= 4 && caps / words >= 0.6 && lowerContent * 10 <= words && smallWordInTitle(tokens, a, b)) {
      out ??= new Uint8Array(tokens.length);
      out.fill(1, a, b);
    }
    a = Math.max(b, a + 1);
  }
  return out;
}

/** Past the first word of tokens a..b-1, a capitalized word that the lexicon reads as a word a sentence writes in small letters. */
function smallWordInTitle(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!startsWithLetter(t.text)) continue;
    words++;
    if (words > 1 && t.cap && t.text.length > 1 && smallWordTag(lexiconTag(t.lower))) return true;
  }
  return false;
}

/** The text opens with a letter (any script); ASCII is answered without the Unicode pattern. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/**
 * A capitalized word in a title-case line that reads as a common word: wink's lexicon knows it
 * as no proper noun, and the text never capitalizes it inside a sentence of ordinary case, nor is
 * it a first name or an acronym. It starts and continues no name: "Trump Says", "Ferrera Took".
 */
function commonInTitle(t: Token, capsProse: Set<string>): boolean {
  if (capsProse.has(t.lower) || t.firstName || isAcronym(t) || isInitial(t) || !/^[A-Z][a-z]/.test(t.text)) return false;
  const tag = lexiconTag(t.lower);
  return tag !== null && tag !== 'PROPN' && tag !== 'UNK';
}

const nounOrAdjective = (t: Token) => { const tag = lexiconTag(t.lower); return tag === 'NOUN' || tag === 'ADJ'; };

/** Lower-cased words written capitalized somewhere other than a sentence start. */
function capitalizedInside(tokens: Token[], sentenceStart: Uint8Array, skip?: Uint8Array | null): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && !sentenceStart[i] && !skip?.[i] && !tokens[i - 1].newline && tokens[i - 1].text !== '"' && tokens[i - 1].text !== "'" && tokens[i - 1].text !== ':') out.add(t.lower);
  }
  return out;
}

/**
 * Title, party and nationality words the document writes as a surname after a known first name
 * ("David French", "Mark Green", "Ann Bishop"), lower-cased: alone elsewhere they name that person.
 */
function titleWordSurnames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  // Capitals are read first: the first-name and word-list lookups are made on first use, and
  // asking them of every token cost several percent of extraction.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!tokens[k].cap || !tokens[k + 1].cap) continue;
    // A middle initial may stand between: "Mark T. Green".
    const s = isInitial(tokens[k + 1]) ? k + 2 : k + 1;
    const w = tokens[s];
    if (w === undefined || !w.cap || w.start !== tokens[s - 1].end + 1 || tokens[s + 1]?.cap && tokens[s + 1].start === w.end + 1) continue;
    if ((isRoleWord(w) || inClass(w, WordClass.TITLE_PART | WordClass.PARTY_LABEL | WordClass.DEMONYM)) && tokens[k].firstName) out.add(w.lower);
  }
  return out;
}

/** An honorific (with or without its full stop: "mr.") or a role noun. */
function isRoleWord(t: Token): boolean {
  return inClass(t, WordClass.HONORIFIC | WordClass.ROLE_NOUN) || prefixedRole(t);
}

/**
 * A capitalized word whose last part, in small letters after a hyphen, is a role or agent noun:
 * "Co-moderator", "Ex-senator", "Co-founder" (a name's parts are capitalized: "Osei-Mensah").
 */
function prefixedRole(t: Token): boolean {
  if (!t.cap) return false;
  const h = t.text.lastIndexOf('-');
  if (h <= 0 || h + 1 >= t.text.length) return false;
  const c = t.text.charCodeAt(h + 1);
  if (c < 97 || c > 122) return false;
  const tail = t.lower.slice(h + 1);
  return ROLE_NOUNS.has(tail) || AGENT_NOUN.test(tail);
}

/** Words that can stand in a title before a name: "U.S. Secretary of State", "Russia's Deputy Foreign Minister". */
function titleWord(t: Token): boolean {
  if (isRoleWord(t) || inClass(t, WordClass.DEMONYM | WordClass.PLACE)) return true;
  if (t.lower === 'of' || t.lower === "'s" || t.lower === 'for' || t.lower === '-' || t.lower === 'and') return true;
  if (t.cap && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN')) return true;
  return t.pos === 'ADJ' && TITLE_ADJECTIVES.has(t.lower);
}

/**
 * A lower-case agent noun right before a name is the person's role even when no list has it:
 * "Democratic pollster Stan Greenberg", "longtime strategist Ana Ruiz".
 */
function agentBeforeName(t: Token, k: number, nameStart: number): boolean {
  return k === nameStart - 1 && !t.cap && t.pos === 'NOUN' && t.lemma === t.lower && AGENT_NOUN.test(t.lower);
}

/** A lower-case singular noun that may modify a role noun after it: "election" of "election lawyer". */
function compoundModifier(t: Token): boolean {
  return t.pos === 'NOUN' && !t.cap && t.lemma === t.lower && /^[a-z]{3,}$/.test(t.lower);
}

/** ", who" closes the noun phrase ending at j, perhaps after a short prepositional phrase. */
function whoFollows(tokens: Token[], j: number, blocked: Uint8Array): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 14; k++) {
    const t = tokens[k];
    if (blocked[k] || t.newline) return false;
    if (t.text === ',') {
      const w = nextWord(tokens, k, tokens.length - 1);
      return w >= 0 && tokens[w].lower === 'who';
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'s") return false;
  }
  return false;
}

/**
 * The word before j is a collective head opening a body's name, with no first name in the run:
 * "National Nurses United (for …)", "United Auto Workers Local (of …)".
 */
function collectiveBefore(tokens: Token[], i: number, j: number): boolean {
  if (j - 1 < i || !inClass(tokens[j - 1], WordClass.COLLECTIVE_HEAD)) return false;
  for (let k = i; k <= j; k++) if (tokens[k].firstName) return false;
  return true;
}

/** The run i..j holds "ORG-WORD of/for Capitalized…" and ends inside that complement. */
function ofOrganization(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    if ((tokens[k + 1].lower === 'of' || tokens[k + 1].lower === 'for') && inClass(tokens[k], WordClass.ORG_WORD)) return true;
  }
  return false;
}

/** Capitalized words from i that run into an organization word ("Orton NHS Trust"). */
function orgNameAhead(tokens: Token[], i: number, blocked: Uint8Array): boolean {
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k];
    if (blocked[k] || !t.cap || t.afterNewline) return false;
    if (inClass(t, WordClass.ORG_WORD | WordClass.COLLECTIVE_HEAD | WordClass.ORG_NAME)) return true;
  }
  return false;
}

/** The run i..j ends in a known first name and a surname: "… Donald Trump", not "Brackenfield". */
function endsInPersonalName(tokens: Token[], i: number, j: number): boolean {
  return j > i && tokens[j - 1].firstName && !inClass(tokens[j], WordClass.ORG_WORD);
}

/** A reporting verb follows token i, past adverbs and auxiliaries ("it has repeatedly said"). */
function cueFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k];
    if (t.pos === 'SPACE' || t.pos === 'ADV' || t.pos === 'AUX') continue;
    return isCue(tokens, k);
  }
  return false;
}

const CLAUSE_CLOSERS = new Set(['.', ',', '!', '?', ';', ':']);

/** Token i opens the clause right after a quotation's closing mark (and perhaps a comma). */
function afterClosingMark(tokens: Token[], i: number): boolean {
  let p = prevWord(tokens, i, 0);
  if (p >= 0 && tokens[p].text === ',') p = prevWord(tokens, p, 0);
  return p >= 0 && /^["\u201d\u2019\u00bb']$/.test(tokens[p].text);
}

/**
 * A verb with no object that closes the clause framing a quotation it follows: `"…," the memo
 * reads.`, `"…," it reads.`, `"…," she riffed on the question.` The quotation is what the verb
 * takes, whatever the verb; a noun phrase after it ("the memo reads a line") is no such frame.
 */
function verbClosingFrame(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' || t.cap || !/^[a-z]+$/.test(t.text) || !/(s|ed)$/.test(t.text) && !DOCUMENT_READ_FORMS.has(t.text)) return false;
  const n = nextWord(tokens, k, tokens.length - 1);
  return n < 0 || tokens[n].afterNewline || CLAUSE_CLOSERS.has(tokens[n].text) || tokens[n].pos === 'ADP' || tokens[n].pos === 'ADV';
}

export interface ChunkIndex {
  chunks: Chunk[];
  /** Chunk id covering each token, -1 if none. */
  chunkAt: Int32Array;
}

/**
 * One left-to-right pass. `blocked[i]` marks tokens inside quotation content, which never hold
 * speaker mentions. `sentenceStart[i]` marks the first word of each sentence.
 */
export function findChunks(tokens: Token[], blocked: Uint8Array, sentenceStart: Uint8Array): ChunkIndex {
  const chunks: Chunk[] = [];
  const chunkAt = intArray(tokens.length, -1);
  const n = tokens.length;
  const capsInside = capitalizedInside(tokens, sentenceStart);
  const surnames = titleWordSurnames(tokens);
  const titleCase = titleCaseSpans(tokens, sentenceStart);
  // Words capitalized inside sentences of ordinary case: a headline capitalizes every word.
  const capsProse = titleCase ? capitalizedInside(tokens, sentenceStart, titleCase) : capsInside;
  const commonTitleWord = (k: number) => titleCase !== null && titleCase[k] === 1 && commonInTitle(tokens[k], capsProse);
  let absorbed = false;
  const add = (c: Omit<Chunk, 'id'>) => {
    // Every chunk gets all fields in one order (the optional ones undefined): built from literals
    // with different fields and given its id afterwards, chunks had several hidden classes in V8,
    // and the many reads of their fields in later stages were polymorphic. Typed with every key
    // required, so a field added to Chunk fails to compile here until it is copied too.
    const chunk: { [K in keyof Required<Chunk>]: Chunk[K] } = { id: chunks.length, kind: c.kind, first: c.first, last: c.last, nameFirst: c.nameFirst, nameLast: c.nameLast, roleFirst: c.roleFirst, roleLast: c.roleLast, head: c.head, definite: c.definite, plural: c.plural, epithet: c.epithet, thing: c.thing };
    chunks.push(chunk);
    for (let k = c.first; k <= c.last; k++) chunkAt[k] = chunk.id;
  };
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (blocked[i] || t.pos === 'SPACE' || t.pos === 'PUNCT' && t.text !== "'") { i++; continue; }
    // Most words start nothing: a lower-case verb, preposition, adverb, conjunction, particle or
    // number inside a sentence opens no name, pronoun or noun phrase (unless it is a determiner
    // such as "one" or "that", or the possessive "'s"). Skipping them here halves the tests per word.
    if (!t.cap && sentenceStart[i] === 0 && skippedTag(t.pos) && t.lower !== "'s" && !inClass(t, WordClass.DETERMINER)) { i++; continue; }

    // Pronouns.
    // "it" is a speaker only right before a reporting verb ("It warned that …"): an organization.
    const info = t.pos === 'PRON' && t.lower !== 'i' && t.lower !== 'we' && (t.lower !== 'it' || cueFollows(tokens, i) && !SUBORDINATORS.has(tokens[i - 1]?.lower ?? '') || afterClosingMark(tokens, i) && verbClosingFrame(tokens, nextWord(tokens, i, n - 1))) ? PRONOUNS.get(t.lower) : undefined;
    if (info) {
      add({ kind: 'pronoun', first: i, last: i, nameFirst: -1, nameLast: -1, roleFirst: -1, roleLast: -1, head: t.lower, definite: true, plural: info.plural });
      i++;
      continue;
    }

    // "the Dutchman", "the Spaniard": a person named by nationality, standing for someone in the story.
    if (t.cap && i > 0 && tokens[i - 1].lower === 'the' && DEMONYM_NOUNS.has(t.lower) && !(tokens[i + 1]?.cap)) {
      add({ kind: 'descriptor', first: i - 1, last: i, nameFirst: -1, nameLast: -1, roleFirst: i - 1, roleLast: i, head: t.lower, definite: true, plural: false, epithet: true });
      i++;
      continue;
    }

    // "the Crimean peninsula", "a Syrian army base": a lone nationality or other adjective
    // between an article and a common noun qualifies the noun and names no one.
    // (Not at a sentence's start, where "Partial transcript" opens a descriptor.)
    if (t.cap && !sentenceStart[i] && !inClass(t, WordClass.DETERMINER) && adjectiveBeforeNoun(tokens, i, blocked)) { i++; continue; }

    // A capitalized run: a name, an organization or a place, possibly with a title before it.
    // A sentence-initial plural or role noun ("Residents", "Prosecutors") is a descriptor, not a name.
    const commonAtStart = sentenceStart[i] === 1 && !(tokens[i + 1]?.cap) && (inClass(t, WordClass.GROUP_HEAD | WordClass.ROLE_NOUN | WordClass.NOT_NAME));
    // A sentence-initial common noun followed by a lower-case word ("Fishermen say", "Fruit
    // growers") is not a name unless the word is capitalized elsewhere.
    const commonNounAtStart = sentenceStart[i] === 1 && t.pos === 'NOUN' && !capsInside.has(t.lower) && tokens[i + 1] !== undefined && !tokens[i + 1].cap;
    if (!commonAtStart && !commonNounAtStart && !commonTitleWord(i) && (nameLike(tokens, i, sentenceStart[i] === 1, capsInside) || isAcronym(t) && !blocked[i])) {
      let j = i;
      while (j + 1 < n && !blocked[j + 1]) {
        const nx = tokens[j + 1];
        // Names never run over a line break or a wider gap.
        if (nx.start - tokens[j].end > 1 || nx.pos === 'SPACE' || nx.afterNewline) break;
        // Honours after a name ("Evren Toprak KC") end the chunk and are not part of the name.
        if (inClass(nx, WordClass.POSTNOMINAL) && j > i) break;
        // In a headline a verb or other common word ends the name: "Trump Says He …". After a
        // first name a noun or adjective is the surname: "Roy Blunt", "Tom Price".
        if (commonTitleWord(j + 1) && !(tokens[j].firstName && nounOrAdjective(nx))) break;
        if (nameLike(tokens, j + 1, false) || isAcronym(nx)) { j++; continue; }
        // "party leader Tom August", "Ann May": a month right after a first name, with no day
        // after it, is the surname.
        if (j === i && monthSurname(tokens, j)) { j++; continue; }
        // Particles, initials and hyphens inside names: "van der Berg", "Osei-Mensah".
        // "al-Mansouri": a particle joined to the surname by a hyphen.
        const hyphenated = inClass(nx, WordClass.NAME_PARTICLE) && j + 3 < n && tokens[j + 2].text === '-' && tokens[j + 3].cap && tokens[j + 3].start === tokens[j + 2].end;
        // A hyphen joins the parts of a name only when written tight: "Osei-Mensah", "Wealth-X";
        // spaced, it is a dash before an aside ("Ann Roe - his partner - said").
        if (nx.text === '-' && j + 2 < n && tokens[j + 2].cap && isTightHyphen(tokens, j + 1)) {
          j += /^[A-Z]$/.test(tokens[j + 2].text) ? 2 : 1;
          continue;
        }
        // "Kim Jong-un", "Moon Jae-in": a lower-case syllable joined by a tight hyphen ends a name
        // of two capitalized words or more, unless a noun follows ("the Trump-backed candidate").
        if (nx.text === '-' && j > i && j + 2 < n && /^[a-z]{1,6}$/.test(tokens[j + 2].text) && isTightHyphen(tokens, j + 1) && !blocked[j + 2] && !beforeNoun(tokens, j + 2)) {
          j += 2;
          break;
        }
        if ((inClass(nx, WordClass.NAME_PARTICLE) || isInitial(nx)) && j + 2 < n && (tokens[j + 2].cap || inClass(tokens[j + 2], WordClass.NAME_PARTICLE) || hyphenated)) { j++; continue; }
        if (inClass(nx, WordClass.NAME_SUFFIX)) { j++; continue; }
        // "Federation of Metal and Electrical Workers", "Brackenfield and Orton NHS Trust",
        // "Brindle & Vane Rail": a conjunction inside a name that ends in an organization word.
        // Not after a personal name: "Ann Roe and House Speaker Tom Veld" are two people.
        // Not after a whole body's name: "Fox News and NBC News" are two.
        if ((nx.lower === 'and' && !endsInPersonalName(tokens, i, j) && !inClass(tokens[j], WordClass.ORG_WORD) || nx.text === '&') && orgNameAhead(tokens, j + 2, blocked)) { j++; continue; }
        if ((nx.lower === 'of' || nx.lower === 'for') && j + 2 < n && tokens[j + 2].cap && (inClass(tokens[j], WordClass.ORG_WORD) || inClass(tokens[j], WordClass.COLLECTIVE_HEAD) || collectiveBefore(tokens, i, j))) { j++; continue; } // Ministry of Defence, Dairy Farmers of Canada, Institute for Marine Behaviour
        // A common noun inside an organization's complement: "Center for Public Opinion Research"
        // ("Opinion" is no name word elsewhere: a heading).
        if (nx.cap && !blocked[j + 1] && inClass(nx, WordClass.NOT_NAME) && lexiconTag(nx.lower) === 'NOUN' && j + 2 < n && tokens[j + 2].cap && ofOrganization(tokens, i, j)) { j++; continue; }
        // "Ministry of Trade and Industry": a conjunction inside the complement of an organization word.
        if (nx.lower === 'and' && j + 2 < n && tokens[j + 2].cap && !blocked[j + 2] && ofOrganization(tokens, i, j)) { j++; continue; }
        // "Office of the Data Regulator", "Department of the Treasury".
        if (nx.lower === 'of' && j + 3 < n && tokens[j + 2].lower === 'the' && tokens[j + 3].cap && !blocked[j + 3] && inClass(tokens[j], WordClass.ORG_WORD)) { j += 2; continue; }
        break;
      }
      classifyRun(tokens, i, j, add, chunkAt, chunks, surnames);
      // Honours after a person's name belong to the mention but not to the name.
      let tail = j;
      while (tail + 1 < n && inClass(tokens[tail + 1], WordClass.POSTNOMINAL) && tokens[tail + 1].start - tokens[tail].end <= 1 && !blocked[tail + 1]) tail++;
      const last = chunks[chunks.length - 1];
      if (tail > j && last && last.kind === 'person' && last.last === j) {
        last.last = tail;
        for (let k = j + 1; k <= tail; k++) chunkAt[k] = last.id;
        j = tail;
      }
      i = j + 1;
      continue;
    }

    // A country's or organization's office named by lower-case words: "Spain's consumer affairs
    // ministry", "the club's supporters' trust".
    if (t.lower === "'s" && i > 0 && chunkAt[i - 1] >= 0) {
      const owner = chunks[chunkAt[i - 1]];
      const ownerOk = owner.last === i - 1 && (owner.kind === 'place' || owner.kind === 'organization' || owner.kind === 'person' && owner.first === owner.last && !tokens[i - 1].firstName);
      let head = -1;
      for (let k = i + 1; ownerOk && k < n && k <= i + 5 && !blocked[k]; k++) {
        const w = tokens[k];
        if (w.cap || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break;
        if (inClass(w, WordClass.ORG_WORD)) { head = k; break; }
      }
      if (head >= 0) {
        const first = owner.first;
        owner.first = -1; // absorbed: dropped by compaction
        add({ kind: 'organization', first, last: head, nameFirst: first, nameLast: head, roleFirst: -1, roleLast: -1, head: tokens[head].lower, definite: true, plural: false });
        i = head + 1;
        continue;
      }
    }

    // An age standing for a person: "the 27-year-old said".
    if (t.lower === 'the' && i + 5 < n && tokens[i + 1].pos === 'NUM' && tokens[i + 2].text === '-' && tokens[i + 3].lower === 'year' && tokens[i + 4].text === '-' && tokens[i + 5].lower === 'old' && !blocked[i + 5]) {
      add({ kind: 'descriptor', first: i, last: i + 5, nameFirst: -1, nameLast: -1, roleFirst: i, roleLast: i + 5, head: 'year-old', definite: true, plural: false });
      i += 6;
      continue;
    }

    // A descriptor: determiner + modifiers + role noun ("the top U.S. diplomat", "a senior official").
    // "said that the ministry …": the complementizer is not part of the noun phrase.
    // So is "that" before a plural or a name, which the demonstrative never takes ("those
    // prosecutors", not "that prosecutors"): "found that prosecutors knew", "said that State's …".
    const complementizer = t.lower === 'that' && opensClause(tokens, i, n);
    // A bare plural group, possibly after a noun modifier: "opposition members accused …".
    // Sentence-initial, wink may tag it a proper noun: "Staff representatives at the plant said".
    // A conjunction or adverb opening the sentence is no part of it: "But officials said".
    const opener = t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADV';
    const bareGroup = !opener && (t.pos === 'NOUN' && !t.cap || commonAtStart || commonNounAtStart) && (inClass(t, WordClass.GROUP_HEAD) || tokens[i + 1]?.pos === 'NOUN' && inClass(tokens[i + 1], WordClass.GROUP_HEAD));
    if (!complementizer && ((t.pos === 'ADJ' && !t.cap) || bareGroup || inClass(t, WordClass.DETERMINER) || t.pos === 'NOUN' && inClass(t, WordClass.ROLE_NOUN))) {
      let j = i;
      let head = -1;
      const limit = Math.min(n - 1, i + 8);
      // "some Democrats", "two liberal Republicans": not "the Democrats", "these Republicans".
      const quantified = t.pos === 'ADJ' || inClass(t, WordClass.INDEFINITE | WordClass.QUANTIFIER_SUBJECT);
      while (j + 1 <= limit && !blocked[j + 1]) {
        const nx = tokens[j + 1];
        // A second determiner starts another noun phrase: "the cooperative's rules a farmer".
        // A participle modifies the noun after it ("the acting director"), unless it reports
        // ("a speech denouncing the nominee").
        if (nx.pos === 'DET' || nx.pos === 'SPACE' || nx.pos === 'VERB' && (head >= 0 || !PARTICIPLE.test(nx.lower) || isCue(tokens, j + 1)) || nx.pos === 'AUX' || nx.pos === 'ADP' || nx.pos === 'CCONJ' || nx.pos === 'SCONJ' || nx.pos === 'PRON' || (nx.pos === 'PUNCT' && nx.text !== '-')) break;
        // A first name and a capitalized word after the role start the person's name: "former
        // state governor Howard Dean" is a role before a name, whose surname may be a role word;
        // so after a role we do not list: "the critic Mark Singer" is Singer, not a singer.
        if ((head >= 0 || j > i) && nx.cap && tokens[j + 2]?.cap && !blocked[j + 2] && nx.firstName) break;
        j++;
        // A noun followed by another noun is a modifier ("press conference"), not the head.
        const compound = tokens[j + 1]?.pos === 'NOUN' && !tokens[j + 1].cap;
        if (!compound && (isHeadWord(nx) || quantified && isMemberPlural(nx))) head = j;
      }
      if (isHeadWord(t) && !(tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1].cap)) head = Math.max(head, i);
      // A capitalized organization name ("the Minnesota Department of Health") is read as a name run.
      if (head >= 0 && tokens[head].cap && inClass(tokens[head], WordClass.ORG_WORD) && head > i) head = -1;
      // So is a run of capitalized words after the article ending in a head that is no title
      // (outside headlines, which capitalize every word): "the Daily Caller", "the Communications Workers of America" name a paper and a
      // union, where "the Majority Leader" is an office.
      if (head > i && t.lower === 'the' && !commonTitleWord(head) && capitalizedRunTo(tokens, i + 1, head) && !inClass(tokens[head], WordClass.HONORIFIC)) head = -1;
      // A noun we do not list is a person when "who" follows its phrase: "A welder with 19 years
      // at Kestrel Quay, who asked not to be named, said".
      if (head < 0 && inClass(t, WordClass.DETERMINER) && tokens[j].pos === 'NOUN' && !tokens[j].cap && whoFollows(tokens, j, blocked)) head = j;
      if (head >= 0) {
        const h = tokens[head].lower;
        const det = inClass(t, WordClass.DETERMINER) ? t.lower : '';
        const org = ORG_WORDS.has(h) && !ROLE_NOUNS.has(h);
        const plural = GROUP_HEADS.has(h) || (h.endsWith('s') && !h.endsWith('ss') && !org);
        // "Iceland's foreign ministry": a place's or organization's office is a named organization.
        const owner = org && i >= 2 && tokens[i - 1].lower === "'s" ? chunkAt[i - 2] : -1;
        // The owner may be a country we do not list ("Merovia's foreign ministry"): a lone capitalized
        // word that is not a first name.
        const ownerKind = owner >= 0 ? chunks[owner].kind : '';
        const unknownPlace = ownerKind === 'person' && chunks[owner].first === chunks[owner].last && !tokens[i - 2].firstName;
        if (owner >= 0 && (ownerKind === 'place' || ownerKind === 'organization' || unknownPlace) && chunks[owner].last === i - 2) {
          const first = chunks[owner].first;
          chunks[owner].first = -1; // absorbed: dropped by compaction
          add({ kind: 'organization', first, last: head, nameFirst: first, nameLast: head, roleFirst: -1, roleLast: -1, head: h, definite: true, plural: false });
        } else add({
          kind: org ? 'organization' : plural ? 'group' : 'descriptor',
          first: i, last: head, nameFirst: -1, nameLast: -1, roleFirst: i, roleLast: head,
          head: h, definite: det !== '' && !INDEFINITE.has(det), plural,
        });
        i = head + 1;
        continue;
      }
      // An epithet after an inverted reporting verb: `"…," said the former school cook.` Its
      // head is no role we list; it names someone already in the story.
      const epithet = t.lower === 'the' ? Math.max(epithetEnd(tokens, i, blocked), epithetBeforeCue(tokens, i, blocked)) : -1;
      if (epithet > 0) {
        add({ kind: 'descriptor', first: i, last: epithet, nameFirst: -1, nameLast: -1, roleFirst: i, roleLast: epithet, head: tokens[epithet].lower, definite: true, plural: false, epithet: true });
        i = epithet + 1;
        continue;
      }
      // "the letter says", "the moderator said", "according to the report": a definite noun
      // phrase as the subject of a reporting verb, or after "according to", is a source even
      // when its head is no role we list. A thing (a report, a poll) is nobody in the story.
      const source = t.lower === 'the' ? sourcePhraseEnd(tokens, i, blocked) : -1;
      if (source > 0) {
        const h = tokens[source].lower;
        const thing = !PERSON_ENDING.test(h) || NOT_PERSON_ENDING.has(h);
        add({ kind: 'descriptor', first: i, last: source, nameFirst: -1, nameLast: -1, roleFirst: i, roleLast: source, head: h, definite: true, plural: false, ...(thing ? { thing: true } : {}) });
        i = source + 1;
        continue;
      }
    }
    i++;
  }
  if (joinAmpersands(tokens, chunks, chunkAt)) absorbed = true;
  if (joinPartyLabels(tokens, chunks, chunkAt)) absorbed = true;
  for (const c of chunks) if (c.first < 0) absorbed = true;
  return absorbed ? compact(chunks, tokens.length) : { chunks, chunkAt };
}

/**
 * Last token of "the (ADJ|NOUN)* NOUN" right after a reporting verb and right before the end of
 * the clause (`said the former school cook.`), or -1.
 */
function epithetEnd(tokens: Token[], i: number, blocked: Uint8Array): number {
  const p = prevWord(tokens, i, 0);
  if (p < 0 || !isCue(tokens, p)) return -1;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const w = tokens[k];
    if (blocked[k] || w.cap) return -1;
    if (w.pos === 'NOUN') { last = k; continue; }
    if (w.pos === 'ADJ' || w.pos === 'NUM' || w.text === '-') continue;
    if (w.pos === 'PUNCT' && last === k - 1) return last;
    return -1;
  }
  return -1;
}

/**
 * Last token of "the (ADJ|NOUN)* NOUN" right after a closing quotation and right before a
 * reporting verb (`"…," the former miner told the hearing`), or -1: an epithet for someone in
 * the story, whose head is no role we list but reads as a person.
 */
function epithetBeforeCue(tokens: Token[], i: number, blocked: Uint8Array): number {
  const p = prevWord(tokens, i, 0);
  if (p < 0 || !(blocked[p] || /^["\u201d\u2019\u00bb']$/.test(tokens[p].text))) return -1;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const w = tokens[k];
    if (w.pos === 'SPACE') continue;
    if (blocked[k] || w.cap) return -1;
    if (w.pos === 'NOUN' && last < 0 || w.pos === 'NOUN' && last === k - 1) { last = k; continue; }
    if ((w.pos === 'ADJ' || w.pos === 'NUM' || w.text === '-') && last < 0) continue;
    if (last >= 0 && isCue(tokens, k)) {
      const head = tokens[last].lower;
      return PERSON_ENDING.test(head) && !head.endsWith('ment') && !NOT_PERSON_ENDING.has(head) ? last : -1;
    }
    return -1;
  }
  return -1;
}

const TERMINAL_MARKS = new Set(['.', '!', '?']);

/**
 * Last token of "the (ADJ|NOUN)* NOUN" (lower case) when a reporting verb follows it or
 * "according to" comes before it, or -1: the source of a report whatever its head noun.
 */
function sourcePhraseEnd(tokens: Token[], i: number, blocked: Uint8Array): number {
  const p = prevWord(tokens, i, 0);
  const q = p >= 0 ? prevWord(tokens, p, 0) : -1;
  const accordingTo = p >= 0 && q >= 0 && tokens[p].lower === 'to' && tokens[q].lower === 'according';
  // A main clause's subject: at the start of a sentence or after a comma or a closing mark
  // ("for which the archive showed …" and "as the teams went off" are subordinate).
  const opensClause = p < 0 || /^[,"'\u201d\u2019\u00bb]$/.test(tokens[p].text) || TERMINAL_MARKS.has(tokens[p].text);
  // `"…," read the statement`: the document after an inverted "read" that follows the quotation.
  const readAfterQuote = p >= 0 && DOCUMENT_READ_FORMS.has(tokens[p].text) && afterClosingMark(tokens, p);
  if (!accordingTo && !opensClause && !readAfterQuote) return -1;
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const w = tokens[k];
    if (w.pos === 'SPACE') continue;
    if (blocked[k] || w.cap && w.pos !== 'VERB') return -1;
    if (w.pos === 'NOUN' && (last < 0 || last === k - 1)) { last = k; continue; }
    if ((w.pos === 'ADJ' || w.pos === 'NUM' || w.text === '-') && last < 0) continue;
    if (last < 0) return -1;
    // One singular head, at most one noun before it: "the letter", "the campaign website"
    // ("the most pledged delegates", "the praise people" are misread clauses).
    const nouns = tokens.slice(i + 1, last + 1).filter((x) => x.pos === 'NOUN').length;
    if (nouns > 2 || tokens[last].lemma !== tokens[last].lower) return -1;
    if (isCue(tokens, k) && w.pos === 'VERB' || (accordingTo || readAfterQuote) && (w.pos === 'PUNCT' || w.pos === 'ADP' || w.pos === 'CCONJ')) return last;
    return afterClosingMark(tokens, i) && verbClosingFrame(tokens, k) ? last : -1;
    return -1;
  }
  return -1;
}

/** First token of the chunk that covers token k (chunks are contiguous runs in chunkAt). */
function chunkFirstOf(_tokens: Token[], chunkAt: Int32Array, k: number): number {
  const id = chunkAt[k];
  let f = k;
  while (f > 0 && chunkAt[f - 1] === id) f--;
  return f;
}

/**
 * Names joined by "&" are one firm: "Calder & Rowe Homes", "Brindle & Vane" (people are joined
 * by "and"). The left chunk takes in the right one, which compaction drops.
 */
function joinAmpersands(tokens: Token[], chunks: Chunk[], chunkAt: Int32Array): boolean {
  let joined = false;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k].text !== '&') continue;
    const a = chunkAt[k - 1];
    const b = chunkAt[k + 1];
    if (a < 0 || b < 0 || a === b) continue;
    const left = chunks[a];
    const right = chunks[b];
    if (left.nameFirst < 0 || right.nameFirst < 0 || left.last !== k - 1 || right.first !== k + 1) continue;
    if (left.kind !== 'person' && left.kind !== 'organization' || right.kind !== 'person' && right.kind !== 'organization') continue;
    left.kind = 'organization';
    left.last = right.last;
    left.nameLast = right.nameLast;
    left.head = right.kind === 'organization' ? right.head : tokens[right.nameLast].lower;
    left.definite = true;
    right.first = -1;
    for (let j = k; j <= left.last; j++) chunkAt[j] = left.id;
    joined = true;
  }
  return joined;
}

/**
 * A party and state label in parentheses after a name belongs to the person's mention: "Rep. Earl
 * Blumenauer (D-Ore.) said", "Sen. Amy Roe (R) said". Without it a reporting verb after the
 * label finds the state ("Ore") as its subject.
 */
function joinPartyLabels(tokens: Token[], chunks: Chunk[], chunkAt: Int32Array): boolean {
  let joined = false;
  for (const c of chunks) {
    if (c.first < 0 || c.kind !== 'person' || c.nameFirst < 0) continue;
    const open = nextWord(tokens, c.last, tokens.length - 1);
    if (open < 0 || tokens[open].text !== '(') continue;
    let close = -1;
    let text = '';
    for (let k = open + 1; k < tokens.length && k <= open + 10; k++) {
      if (tokens[k].text === ')') { close = k; break; }
      if (tokens[k].pos !== 'SPACE') text += tokens[k].text;
    }
    if (close < 0 || !PARTY_STATE_LABEL.test(text)) continue;
    for (let k = open + 1; k < close; k++) if (chunkAt[k] >= 0 && chunkAt[k] !== c.id) chunks[chunkAt[k]].first = -1;
    c.last = close;
    for (let k = open; k <= close; k++) chunkAt[k] = c.id;
    joined = true;
  }
  return joined;
}

/** Drop chunks absorbed into a following name and renumber. */
function compact(all: Chunk[], n: number): ChunkIndex {
  const chunks: Chunk[] = [];
  const chunkAt = intArray(n, -1);
  for (const c of all) {
    if (c.first < 0) continue;
    c.id = chunks.length;
    chunks.push(c);
    for (let k = c.first; k <= c.last; k++) chunkAt[k] = c.id;
  }
  return { chunks, chunkAt };
}

/** A role, nationality or place among tokens a..b-1. */
function titleOrPlaceBefore(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isRoleWord(tokens[k]) || inClass(tokens[k], WordClass.DEMONYM | WordClass.PLACE)) return true;
  return false;
}

/**
 * "Charlie King", "Mark Singer": a capitalized word the first-name table does not hold, opening a
 * run of two words with no article before it, and itself no title, party, nationality, place or
 * organization word, is a first name when a role word follows it as the surname.
 */
function unlistedFirstName(tokens: Token[], a: number, k: number): boolean {
  const w = tokens[k];
  if (k !== a || w.pos !== 'PROPN' || !w.cap || w.text.length < 3 || !/^[A-Z][a-z]+$/.test(w.text)) return false;
  if (inClass(w, WordClass.TITLE_PART | WordClass.PARTY_LABEL | WordClass.DEMONYM | WordClass.PLACE | WordClass.ORG_WORD)) return false;
  let p = a - 1;
  while (p >= 0 && tokens[p].pos === 'SPACE') p--;
  return p < 0 || !inClass(tokens[p], WordClass.DETERMINER) && tokens[p].pos !== 'PROPN';
}


/** A particle opening a name that is a first name, with a capitalized non-particle word after it. */
function particleFirstName(tokens: Token[], k: number, b: number): boolean {
  const next = k + 1 <= b && tokens[k + 1].pos === 'SPACE' ? k + 2 : k + 1;
  return tokens[k].cap && tokens[k].firstName && next <= b && tokens[next].cap && !inClass(tokens[next], WordClass.NAME_PARTICLE);
}

/**
 * Whether the run a..b is made of common words as wink's lexicon knows them (adjectives and
 * nouns, a place or nationality among them, ending in a noun), with no first name, initial, title
 * or party word: 'name' for capitalized words ("Geological Survey"), 'label' when all are written
 * in capitals ("FULL TEXT"), else null. A person's name holds a word the lexicon lacks or a first
 * name; the few names made of common words ("Tiger Woods") are the price.
 */
function commonWordRun(tokens: Token[], a: number, b: number): 'name' | 'label' | null {
  // A lone word (a surname, most runs) is never such a run (two words are wanted, below): settled
  // before its first-name and lexicon lookups.
  if (countRunWords(tokens, a, b) < 2) return null;
  let words = 0;
  let caps = true;
  let lexical = 0;
  let modifier = false;
  let lastVerb = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t.pos === 'SPACE' || t.text === '-') continue;
    words++;
    if (t.firstName || isInitial(t) && !inClass(t, WordClass.PLACE) || isRoleWord(t) || inClass(t, WordClass.PARTY_LABEL) || inClass(t, WordClass.NAME_PARTICLE) || inClass(t, WordClass.NAME_SUFFIX)) return null;
    if (!/^[A-Z][A-Za-z]+$/.test(t.text) && !inClass(t, WordClass.PLACE) && !inClass(t, WordClass.DEMONYM)) return null;
    if (t.text !== t.text.toUpperCase()) caps = false;
    const tag = lexiconTag(t.lower);
    // A participle modifies the noun after it: "Planned Parenthood", "Voting Rights Act".
    const participle = tag === 'VERB' && k < b && PARTICIPLE.test(t.lower);
    // The lexicon reads some nouns ending a body's or a law's name as verbs ("Act", "Watch").
    if (k === b && tag === 'VERB') lastVerb = true;
    else if (k === b ? tag !== 'NOUN' : tag !== 'NOUN' && tag !== 'ADJ' && !participle && !inClass(t, WordClass.PLACE) && !inClass(t, WordClass.DEMONYM)) return null;
    if (tag === 'NOUN' || tag === 'ADJ' || participle || lastVerb) lexical++;
    if (k < b && tag !== 'NOUN') modifier = true;
  }
  // Two nouns may be a first name the lists lack and a surname ("Tiger Woods"): an adjective, a
  // place or a third word is wanted. A last word read as a verb wants two words before it.
  if (words < 2 || lexical < 2 || words === 2 && !modifier && !caps || lastVerb && words < 3 || isMemberPlural(tokens[b])) return null;
  return caps ? 'label' : 'name';
}

/** Every word of tokens a..b is a title or role word ("Chief Executive", "Ambassador"). */
function allRoleWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].pos !== 'SPACE' && !isRoleWord(tokens[k]) && !inClass(tokens[k], WordClass.TITLE_PART)) return false;
  return true;
}

/**
 * "that" at `i` opens a clause, not a noun phrase: a determiner, "no", a name or a quantifier
 * follows, or a plural noun heads the phrase after it, which the demonstrative never takes
 * ("those prosecutors", not "that prosecutors"): "found that prosecutors knew", "said that
 * State's inspector general …", "argued that many analysts …", "said that company executives …".
 */
function opensClause(tokens: Token[], i: number, n: number): boolean {
  const after = nextWord(tokens, i, n - 1);
  if (after < 0) return false;
  const a = tokens[after];
  if (a.pos === 'DET' || a.lower === 'no' || a.cap || inClass(a, WordClass.QUANTIFIER_SUBJECT)) return true;
  let head = -1;
  for (let k = after, words = 0; k >= 0 && words < 4 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ'); k = nextWord(tokens, k, n - 1), words++) if (tokens[k].pos === 'NOUN') head = k;
  return head >= 0 && tokens[head].lower.endsWith('s') && !tokens[head].lower.endsWith('ss');
}

/** Tokens a..b are two words or more, each capitalized, none a first name (whitespace between them). */
function capitalizedRunTo(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k <= b; k++) {
    if (tokens[k].pos === 'SPACE') continue;
    if (!tokens[k].cap || tokens[k].firstName) return false;
    words++;
  }
  return words >= 2;
}

/** The words of run a..b as `commonWordRun` counts them: hyphens and whitespace left out. */
function countRunWords(tokens: Token[], a: number, b: number): number {
  let words = 0;
  for (let k = a; k <= b; k++) if (tokens[k].pos !== 'SPACE' && tokens[k].text !== '-') words++;
  return words;
}

/** "Mr.", "Mrs", "Dr." …: a title of address, which no common noun compounds with. */
function isCourtesyTitle(t: Token): boolean {
  return NAME_TITLES.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
}

/**
 * A word in capitals opening its line before a colon, or standing alone as its line, that the
 * lexicon knows as a verb or an adjective, or as a noun of five letters or more: a label
 * ("UPDATE:", "WATCH:", "EXCLUSIVE:", "CORRECTION:", "ABSTRACT."), no body's acronym ("NATO:",
 * "FBI:").
 */
function isLineLabel(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!/^[A-Z]{4,}$/.test(t.text)) return false;
  // The label ends at a colon, or is its line's only word ("ABSTRACT." above an article's summary).
  const next = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  if (tokens[k + 1]?.text !== ':' && !(next >= tokens.length || tokens[next].pos === 'SPACE' && tokens[next].text.includes('\n'))) return false;
  const before = tokens[k - 1];
  if (before !== undefined && !(before.pos === 'SPACE' && before.text.includes('\n'))) return false;
  const tag = lexiconTag(t.lower);
  return tag === 'VERB' || tag === 'ADJ' || tag === 'NOUN' && t.text.length >= 5;
}

/**
 * A word written with a capital inside that no name prefix explains ("ProPublica", "HuffPost",
 * "WikiLeaks", not "McKinley" or "DeMarco"): a brand, so a body, not a person.
 */
function isBrandWord(word: string): boolean {
  const m = /^[A-Z]([a-z]+)[A-Z][a-z]/.exec(word);
  return m !== null && !INNER_CAPITAL_NAME_PREFIXES.has(word.slice(0, m[1].length + 1).toLowerCase());
}

function classifyRun(tokens: Token[], a: number, b: number, add: (c: Omit<Chunk, 'id'>) => void, chunkAt: Int32Array, chunks: Chunk[], surnames: ReadonlySet<string>): void {
  // Organizations: "the U.S. State Department", "Northgate Bank", "NATO", "the Kremlin" — but a
  // role after the organization word makes a person ("Police Chief Ramon Duarte").
  // (Index loops, not arrays of the run's words: this runs for every capitalized run.)
  if (a === b && isLineLabel(tokens, a)) return;
  // "General Electric", "General Motors": the title written out before a common noun or adjective
  // names a company (a general is "Gen." before a surname in news copy).
  if (b === a + 1 && tokens[a].text === 'General' && !tokens[b].firstName && nounOrAdjective(tokens[b])) {
    add({ kind: 'organization', first: a, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  let lastOrg = -1;
  for (let k = a; k <= b; k++) if (inClass(tokens[k], WordClass.ORG_WORD)) lastOrg = k;
  if (lastOrg < 0 && b > a && FIELD_NAME_ENDING.test(tokens[b].lower)) lastOrg = b;
  // A role after the organization word ("Police Chief Ramon Duarte"), or a known first name
  // starting a name after it ("Local Government Ciarán Madden"), makes a person.
  let roleAfterOrg = false;
  if (lastOrg >= 0) {
    for (let k = lastOrg + 1; k < b && !roleAfterOrg; k++) roleAfterOrg = inClass(tokens[k], WordClass.HONORIFIC);
    if (!roleAfterOrg && lastOrg + 2 <= b) roleAfterOrg = tokens[lastOrg + 1].firstName;
    // An unlisted title between the body and the name ends the run with a first name and a
    // surname: "Senate Minority Whip Dick Durbin", "Harbour Board Chair Ann Roe".
    if (!roleAfterOrg && lastOrg + 3 <= b) roleAfterOrg = tokens[b - 1].firstName && !inClass(tokens[b], WordClass.ORG_WORD);
  }
  let collectiveOf = false;
  // "Dairy Farmers of Canada", "National Nurses United": a collective head inside the run.
  for (let k = a; k < b && !collectiveOf; k++) collectiveOf = inClass(tokens[k], WordClass.COLLECTIVE_HEAD) && (tokens[k + 1].lower === 'of' || tokens[k + 1].cap && collectiveBefore(tokens, a, k + 1));
  const hasOrgWord = lastOrg >= 0 && !roleAfterOrg || collectiveOf;
  if (hasOrgWord || (a === b && (inClass(tokens[a], WordClass.ORG_NAME) || isAcronym(tokens[a]) && !inClass(tokens[a], WordClass.PLACE) || isBrandWord(tokens[a].text)))) {
    const det = a > 0 && tokens[a - 1].lower === 'the' ? a - 1 : a;
    add({ kind: 'organization', first: det, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[lastOrg >= 0 ? lastOrg : b].lower, definite: true, plural: false });
    return;
  }
  // "U.S. Geological Survey", "Daily Beast", "Islamic State", "Wall Street": capitalized common
  // words, none a first name or a title, ending in a noun, name a body or a thing, not a person.
  // Written all in capitals they are a label ("FULL TEXT") and name nothing.
  // "the Daily Caller", "the Harbour Listener": capitalized words after an article,
  // ending in a person noun that is no title, name a paper or a body ("the Prime Minister" is an office).
  const article = prevWord(tokens, a, 0);
  if (b > a && article >= 0 && tokens[article].lower === 'the' && inClass(tokens[b], WordClass.ROLE_NOUN) && !inClass(tokens[b], WordClass.HONORIFIC) && capitalizedRunTo(tokens, a, b)) {
    add({ kind: 'organization', first: article, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  const common = commonWordRun(tokens, a, b);
  if (common === 'label') return;
  if (common === 'name') {
    const det = a > 0 && tokens[a - 1].lower === 'the' ? a - 1 : a;
    add({ kind: 'organization', first: det, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  // "Kansas City", "Ho Chi Minh City": a name ending in the head noun of a settlement or region
  // is a place, whatever first names it holds ("Minh" would otherwise start a person's name).
  if (b > a && tokens[b].cap && PLACE_HEADS.has(tokens[b].lower)) {
    add({ kind: 'place', first: a, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  // "Norland's Ambassador to France", "the firm's Chief Executive": titles alone after a
  // possessive, with no name after them, are a role like the lower-case "Norland's ambassador".
  if (article >= 0 && POSSESSIVE_CLITICS.has(tokens[article].lower) && allRoleWords(tokens, a, b)) {
    add({ kind: 'descriptor', first: a, last: b, nameFirst: -1, nameLast: -1, roleFirst: a, roleLast: b, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  // The name is the longest tail of the run that holds no title, place or demonym word.
  let nameStart = b + 1;
  for (let k = b; k >= a; k--) {
    const w = tokens[k];
    // A place name that is also a first name starts a name: "Sofía Arrieta", "Georgia Nkemelu".
    // A surname that is also a role or nationality word ends a name after a first name:
    // "Howard Dean", "Ann Bishop", "David French".
    // A middle initial may stand between: "Peter T. King".
    const f = k - 1 > a && /^[A-Z]\.$/.test(tokens[k - 1].text) ? k - 2 : k - 1;
    // After a word the first-name table lacks, a nationality or a place is no surname: "North
    // Korean", "South African" ("Mark Singer" keeps its surname).
    // Alone, such a word is the surname of a person the document names in full: "said French"
    // after "David French", "Green told reporters" after "Mark Green".
    const surnameAfterFirst = k === b && k > a && (tokens[f].firstName || unlistedFirstName(tokens, a, f) && !inClass(w, WordClass.DEMONYM | WordClass.PLACE)) && !isRoleWord(tokens[f])
      || a === b && surnames.has(w.lower) && !inClass(w, WordClass.PLACE);
    if (!surnameAfterFirst && (isRoleWord(w) || inClass(w, WordClass.TITLE_PART | WordClass.PARTY_LABEL | WordClass.DEMONYM) || inClass(w, WordClass.PLACE) && k !== b && !w.firstName)) break;
    nameStart = k;
  }
  // A particle that is also a first name opens the name before a capitalized surname: "Ben
  // Halloway" (not "Ben" inside "Zine Ben Ali", which is no name start).
  while (nameStart <= b && (inClass(tokens[nameStart], WordClass.NAME_PARTICLE) && !particleFirstName(tokens, nameStart, b) || tokens[nameStart].text === '-')) nameStart++;
  // A capitalized word before a known first name and a surname is a title we do not list:
  // "Meteorologist Ruben Smits-Okafor", "Reader Dev Pattanaik".
  // Not after a title already found: in "Dr Đặng Minh Anh" the family name comes first.
  const titled = nameStart > a && isRoleWord(tokens[nameStart - 1]);
  // An initial is no title: "J. Gerald Hebert" keeps its leading initial.
  if (b - nameStart >= 2 && !titled && !tokens[nameStart].firstName && !isInitial(tokens[nameStart])) {
    const before = nameStart;
    for (let k = nameStart + 1; k < b; k++) {
      if (tokens[k].pos === 'SPACE' || tokens[k].text === '-') continue;
      if (tokens[k].firstName && !tokens[k - 1].firstName) { nameStart = k; break; }
    }
    // Failing a known first name, an agent noun before two more names is such a title too:
    // "Pensioner Alma Wrigley", "Campaigner Rhian Pugh".
    if (nameStart === before && AGENT_NOUN.test(tokens[before].lower) && tokens[before + 1].cap && tokens[before + 1].start === tokens[before].end + 1) nameStart = before + 1;
  }
  if (nameStart > b) {
    // Only title or place words: a place standing for its government ("Moscow said"), or a bare title.
    let allPlaces = true;
    for (let k = a; k <= b && allPlaces; k++) allPlaces = inClass(tokens[k], WordClass.PLACE) || tokens[k].lower === '.';
    if (allPlaces) {
      const det = a > 0 && tokens[a - 1].lower === 'the' ? a - 1 : a;
      add({ kind: 'place', first: det, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    }
    return;
  }
  // "Global Affairs Canada", "Statistics Canada": capitalized words before a place, none of them a
  // role or a nationality, name an organization.
  if (b === nameStart && inClass(tokens[b], WordClass.PLACE) && b - a >= 1 && !inClass(tokens[a], WordClass.PLACE) && !titleOrPlaceBefore(tokens, a, b)) {
    const det = a > 0 && tokens[a - 1].lower === 'the' ? a - 1 : a;
    add({ kind: 'organization', first: det, last: b, nameFirst: a, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b - 1].lower, definite: true, plural: false });
    return;
  }
  if (b === nameStart && inClass(tokens[b], WordClass.PLACE)) {
    add({ kind: 'place', first: b, last: b, nameFirst: b, nameLast: b, roleFirst: -1, roleLast: -1, head: tokens[b].lower, definite: true, plural: false });
    return;
  }
  // Extend the role leftwards over title words, lower-case ones included ("Kremlin spokesman").
  let roleStart = nameStart;
  let compounds = 0;
  for (let k = nameStart - 1; k >= 0 && k >= nameStart - 8; k--) {
    const w = tokens[k];
    if (w.pos === 'SPACE') break;
    const c = chunkAt[k] >= 0 ? chunks[chunkAt[k]] : null;
    if (c) {
      // A title read as its own chunk ("Kremlin", "spokesman", "U.S.") joins the name it precedes.
      if (c.kind === 'pronoun' || c.kind === 'person' || c.last !== k) break;
      c.kind = 'group';
      c.first = -1; // dropped by the caller's compaction
      k = c.first === -1 ? chunkFirstOf(tokens, chunkAt, k) : k;
      roleStart = k;
      continue;
    }
    // "for" and "of" join a title only in title case ("Minister for Health", "Secretary of
    // State"); "a spokesman for Brindle" is a descriptor and an organization, not a title.
    if ((w.lower === 'for' || w.lower === 'of') && !(k > 0 && tokens[k - 1].cap)) break;
    if (titleWord(w) || agentBeforeName(w, k, nameStart)) roleStart = k;
    // A singular common noun compounded with the role right after it: "election lawyer",
    // "campaign manager" (only next to the role, so "told reporters" never joins).
    // Not before a courtesy title: in "On Sunday morning Mr. Trump" no "morning" is his role.
    else if (compoundModifier(w) && roleStart === k + 1 && isRoleWord(tokens[k + 1]) && !isCourtesyTitle(tokens[k + 1]) && compounds++ < 2) roleStart = k;
    else break;
  }
  // A role never starts inside a hyphenated word: "front-runner Ann Roe" is a front-runner.
  for (;;) {
    const hyphen = roleStart < nameStart && tokens[roleStart].text === '-' ? roleStart : roleStart - 1;
    if (roleStart >= nameStart || hyphen < 1 || tokens[hyphen].text !== '-' || tokens[hyphen - 1].end !== tokens[hyphen].start
      || tokens[hyphen + 1].start !== tokens[hyphen].end || tokens[hyphen - 1].pos === 'PUNCT' || tokens[hyphen - 1].pos === 'SPACE') break;
    roleStart = hyphen - 1;
  }
  // A role never starts with a connective: "… earlier, and that Ms Brambilla had told her".
  while (roleStart < nameStart && (ROLE_CONNECTIVES.has(tokens[roleStart].lower) || tokens[roleStart].pos === 'CCONJ' || tokens[roleStart].pos === 'SCONJ')) roleStart++;
  // A role must contain a role word; trailing "of"/"'s" alone is not a role.
  let hasRole = false;
  for (let k = roleStart; k < nameStart; k++) if (isRoleWord(tokens[k]) || agentBeforeName(tokens[k], k, nameStart)) hasRole = true;
  if (!hasRole) roleStart = Math.max(a, nameStart);
  let first = Math.min(roleStart, nameStart);
  if (first > 0 && tokens[first - 1].lower === 'the' && hasRole) first--;
  add({
    kind: 'person', first, last: b, nameFirst: nameStart, nameLast: b,
    roleFirst: hasRole ? roleStart : -1, roleLast: hasRole ? nameStart - 1 : -1,
    head: tokens[b].lower, definite: true, plural: false,
  });
}
