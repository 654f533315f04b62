// The people and organizations a document names, built from its chunks, and the indexes that find them.
//
// The registry owns every entity and every lookup structure; the candidate sources and the
// resolver only ask it questions (methods below) and never read its maps. The indexes exist for
// speed: each answers in time independent of the number of entities, so a 1 MB document costs
// per mention what a 3 KB one does. Offsets stay normalized here; the caller's wording of a range
// is read through `textOf`, and conversion to the caller's offsets happens when records are built.
import { countBefore } from '../text/search';
import { countWords } from '../text/chars';
import { isWhitespace } from '../text/chars';
import { nextWord } from '../text/cues';
import { foldName as fold, isFirstName, isShortFormOf } from '../lang/names';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ORG_WORDS } from '../lang/en';
import { COMPANY_NAME_WORDS, SURNAME_OPENERS } from '../lang/speakers';
import { genderOfName, genderOfRole } from './gender';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import type { Entity } from '../records/schema';
import { NamePrefixIndex, NameTailIndex } from './name-index';
import type { NormalizedOffset } from '../text/offset-map';
import type { Token } from '../text/tokenize';
import { lexiconTag } from '../text/tokenize';

export type Gender = Entity['gender'];

/** A mention of an entity, in normalized offsets (records get the caller's offsets at step 7). */
export interface MentionSpan {
  start: NormalizedOffset;
  end: NormalizedOffset;
}

export interface Ent {
  id: string;
  /** Creation order: ties between candidates go to the earlier entity, as in a scan of all. */
  seq: number;
  kind: Entity['kind'];
  names: string[];
  // Kept by addName once `names` is long, so a person written many ways (case, accents) costs
  // O(1) per lookup: with `names` scanned per mention and per quote, 4,000 spellings of one name
  // took seconds. Most entities have one or two names, and a Set for each was about 4% of the
  // registry's allocation: until then `names` itself is searched (see NAME_SET_FROM).
  nameSet?: Set<string>;
  /** The fullest name (see canonical), with its word count; null while `names` is empty. */
  best: string | null;
  bestWords: number;
  /** Some name has two or more words. */
  multiWord: boolean;
  /** Normalized starts of the mentions that name the person in full, in text order. */
  fullMentions: number[];
  /** Roles folded for matching (accents, case, dots), kept in step with `roles` (empty for groups). */
  foldedRoles: string[];
  /** The descriptor source's score of the roles against a head word, until a role is added (created on first use). */
  headScores?: Map<string, number>;
  /** Lower-case folded name words of the fullest name, for matching. */
  words: string[];
  first: string;
  surname: string;
  roles: string[];
  gender: Gender;
  mentions: MentionSpan[];
  lastSeen: number;
  /**
   * Where the text first calls the person by the first name alone ("Tom" after "Tom Roe"), if
   * it does: a story names the secondary one of two people sharing a surname so.
   */
  firstNameAt?: number;
  used: boolean;
}

/**
 * Entities indexed under one word, in the order they came, and once there are many of them a set
 * for membership (see WORD_SET_FROM).
 */
interface WordIndex {
  set: Set<Ent> | undefined;
  list: Ent[];
}

/**
 * Entities a word's list may hold before a set answers membership: most role and organization
 * words index one or two entities, and a set made for each was most of the cost of indexing them.
 */
const WORD_SET_FROM = 8;

/** What the registry reads of a document. */
export interface RegistryInput {
  tokens: Token[];
  chunks: ChunkIndex;
  /** The caller's original wording of a normalized range (names and roles are kept as written). */
  textOf: (start: NormalizedOffset, end: NormalizedOffset) => string;
}

// Mention texts are short and almost always single-spaced: the helpers below answer without a
// regular expression unless there is something to change (they ran for every mention).
const isWs = isWhitespace;

/** What may stand right before the first word of a sentence (spaces skipped). */
const SENTENCE_OPENERS = new Set(['.', '?', '!', ':', '"', '\u201c', "'", '\u2018', '(', '[', '\u2014', '\u2013', '-', '--']);
/** The quotation marks among SENTENCE_OPENERS: they open a sentence only when they open a quotation. */
const QUOTE_MARKS = new Set(['"', '\u201c', "'", '\u2018']);

/** `s.replace(/\s+/g, ' ')`, without the regex when `s` holds only single plain spaces. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWs(c) && (c !== 32 || (i + 1 < s.length && isWs(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Drop a leading article: "the Kremlin spokesman" → "Kremlin spokesman". */
export function stripArticle(s: string): string {
  const c = s.charCodeAt(0) | 32;
  return c === 116 || c === 97 ? s.replace(/^(the|a|an)\s+/i, '') : s;
}

/**
 * Per index word only the LOOKUP_LIMIT entities indexed last are returned: "the minister" stands
 * for a minister named recently, and a document with thousands of ministers stays linear (each
 * lookup was a scan of all of them).
 */
const LOOKUP_LIMIT = 64;

/** How many first names of one surname are compared for a short form (see shortFormMatch). */
const SHORT_FORM_REACH = 16;

/**
 * Sort `xs` by `at`, stably, where `xs[0, split)` and `xs[split, …)` are each already in that
 * order (as the registry adds people's mentions): one merge of the two runs instead of a sort that
 * calls its comparator across the whole list. Runs out of order are sorted as before.
 */
export function mergeRuns<T extends { at: number }>(xs: T[], split: number): void {
  for (let i = 1; i < xs.length; i++) {
    if (i !== split && xs[i - 1].at > xs[i].at) {
      xs.sort((a, b) => a.at - b.at);
      return;
    }
  }
  if (split <= 0 || split >= xs.length || xs[split - 1].at <= xs[split].at) return;
  const first = xs.slice(0, split);
  let a = 0;
  let b = split;
  let k = 0;
  // Ties go to the first run, as a stable sort keeps them.
  while (a < first.length && b < xs.length) xs[k++] = first[a].at <= xs[b].at ? first[a++] : xs[b++];
  while (a < first.length) xs[k++] = first[a++];
}

/**
 * The one person of `people` (those with a first name) whose surname is not `word`, or null when
 * there is none or more than one: `people.filter(…)` of length 1, without an array per single word.
 */
function onlyOtherBearer(people: readonly Ent[] | undefined, word: string): Ent | null {
  let found: Ent | null = null;
  for (const e of people ?? []) {
    if (e.surname === word) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/** Index of the last entry of `xs` (sorted by `at`) with `at` below `at`, or -1. */
export function lastIndexBefore(xs: ReadonlyArray<{ at: number }>, at: number): number {
  return countBefore(xs.length, (i) => xs[i].at < at) - 1;
}

function indexUnder(map: Map<string, WordIndex>, words: Iterable<string>, e: Ent): void {
  for (const w of words) {
    if (!w) continue;
    let ix = map.get(w);
    if (!ix) map.set(w, (ix = { set: undefined, list: [] }));
    if (ix.set ? ix.set.has(e) : ix.list.includes(e)) continue;
    ix.list.push(e);
    if (ix.set) ix.set.add(e);
    else if (ix.list.length >= WORD_SET_FROM) ix.set = new Set(ix.list);
  }
}

/**
 * The runs of ASCII letters and digits in `s`: `s.split(/[^a-z0-9]+/)` without its empty pieces,
 * which the indexes skip anyway (no regex split for every role given).
 */
export function alphanumericRuns(s: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const inRun = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (inRun && from < 0) from = i;
    else if (!inRun && from >= 0) {
      out.push(s.slice(from, i));
      from = -1;
    }
  }
  return out;
}

/** Entities indexed under any of `words` (the last LOOKUP_LIMIT per word), in no particular order. */
function lookupAny(map: Map<string, WordIndex>, words: Iterable<string>): Set<Ent> {
  const found = new Set<Ent>();
  for (const w of words) {
    const list = map.get(w)?.list ?? [];
    for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) found.add(list[k]);
  }
  return found;
}

/**
 * `xs.filter(keep)`, made in `xs` itself (which the caller owns and no longer needs as it was):
 * run for every person chunk's words, a second array per call was a share of the registry's
 * allocation.
 */
function keepWhere<T>(xs: T[], keep: (x: T) => boolean): T[] {
  let n = 0;
  for (const x of xs) if (keep(x)) xs[n++] = x;
  xs.length = n;
  return xs;
}

/** Names an entity may have before they are kept in a set as well (a scan of so few is as fast). */
const NAME_SET_FROM = 8;

/** Add a name to an entity, keeping its set, fullest name and multi-word flag in step. */
export function addName(e: Ent, name: string): void {
  if (e.nameSet ? e.nameSet.has(name) : e.names.includes(name)) return;
  e.names.push(name);
  if (e.nameSet) e.nameSet.add(name);
  else if (e.names.length >= NAME_SET_FROM) e.nameSet = new Set(e.names);
  // Same rule as a scan of all names: more words wins, then the longer name, then the earlier.
  const words = countWords(name);
  if (e.best === null || words > e.bestWords || (words === e.bestWords && name.length > e.best.length)) {
    e.best = name;
    e.bestWords = words;
  }
  if (words > 1) e.multiWord = true;
}

/** A surname's people up to this many are scanned for a first name; beyond, they are indexed. */
const FIRST_NAME_SCAN = 8;

/**
 * A person made earlier with first name `known` is the one a mention's `first` names: the same
 * name; where the mention gives an initial ("J. Smith"), the same initial; where the person was
 * named by an initial, the same initial.
 */
function firstNamesMatch(known: string, first: string): boolean {
  if (first.length <= 2) return known[0] === first[0];
  return known === first || (known.length <= 2 && known[0] === first[0]);
}

/** Add a person to a surname's first-name index, the earliest keeping each key. */
function indexFirst(ix: { exact: Map<string, Ent>; initial: Map<string, Ent>; short: Map<string, Ent> }, e: Ent): void {
  const first = e.first;
  if (!ix.exact.has(first)) ix.exact.set(first, e);
  if (!ix.initial.has(first[0])) ix.initial.set(first[0], e);
  if (first.length <= 2 && !ix.short.has(first[0])) ix.short.set(first[0], e);
}

export class EntityRegistry {
  private readonly ents: Ent[] = [];
  /** The entity each chunk names, by chunk id (ids number the document's chunks from 0). */
  private readonly byChunk: Array<Ent | undefined>;
  private readonly bySurname = new Map<string, Ent[]>();
  /**
   * Per surname shared by more than FIRST_NAME_SCAN people: the earliest person by exact first
   * name, by initial, by a short (<= 2) first name (see sameFirstName).
   */
  private readonly byFirst = new Map<string, { exact: Map<string, Ent>; initial: Map<string, Ent>; short: Map<string, Ent> }>();
  /** Per surname: full mentions of its people in text order, all and by gender (built on demand). */
  private readonly fullOrder = new Map<string, Record<'all' | 'female' | 'male', { mentions: Array<{ at: number; ent: Ent }>; earliest: Ent | undefined }>>();
  private readonly orgs = new Map<string, Ent>();
  private readonly byRoleWord = new Map<string, WordIndex>();
  private readonly byOrgWord = new Map<string, WordIndex>();
  /** Organizations by the first word of a multi-word name, for that word used alone. */
  private readonly orgByFirstWord = new Map<string, Ent>();
  /** Organizations by the first two or more words of a longer name, for the shorter form. */
  private readonly orgByPrefix = new NamePrefixIndex<Ent>();
  /** Company-like organizations named so far, in text order, for "the company said". */
  private readonly companyMentions: Array<{ at: number; ent: Ent }> = [];
  /** People by an age given in apposition ("Ana Ruiz, 41,"), for "the 41-year-old". */
  private readonly byAge = new Map<string, WordIndex>();
  /** People by the last two or more words of a longer name ("ni mhurchu"), the one named last. */
  private readonly byNameTail = new NameTailIndex<Ent>();
  /** Chunks naming a person by a surname of several words ("Ní Mhurchú"). */
  private readonly surnameChunks = new Set<number>();
  private readonly companyTally = { next: 0, counts: new Map<Ent, number>(), best: null as Ent | null, bestCount: 0 };
  /** Organizations by the initials of their capitalized name words ("nwra"), for an acronym. */
  private readonly initials = new Map<string, Ent>();
  /** Single-word person chunks that name nobody (see commonWordKind): an unnamed source or a group. */
  private readonly commonWordChunks = new Map<number, 'unnamed' | 'group'>();
  /** Lower-case forms of the words capitalized inside a sentence (see capitalizedInside), built on first use. */
  private capsInside: Set<string> | undefined;
  /** Every mention of a person, in text order: objects and appositions too, for pronouns. */
  private readonly personMentions: Array<{ at: number; ent: Ent }> = [];
  /** People the text names in full only right after a lower-case "the" ("the Roe Train"): things more than people. */
  private readonly articleOnly = new Set<Ent>();
  /** Person chunks whose name starts after their first word (see trimNames): chunk id → first token of the name. */
  private readonly nameStarts = new Map<number, number>();

  constructor(private readonly input: RegistryInput) {
    // Set once per person and organization chunk: an array the length of the chunk list, where a
    // map hashed every id.
    this.byChunk = new Array<Ent | undefined>(input.chunks.chunks.length).fill(undefined);
    this.buildEntities();
  }

  /** Tokens `first`..`last` as a mention (normalized offsets). */
  span(first: number, last: number): MentionSpan {
    const { tokens } = this.input;
    return { start: tokens[first].start, end: tokens[last].end };
  }

  /** The caller's wording of tokens `first`..`last`. */
  text(first: number, last: number): string {
    const { tokens } = this.input;
    return this.input.textOf(tokens[first].start, tokens[last].end);
  }

  /** The caller's wording of a mention. */
  textOfSpan(s: MentionSpan): string {
    return this.input.textOf(s.start, s.end);
  }

  /** Every entity, in creation order. */
  all(): readonly Ent[] {
    return this.ents;
  }

  newEnt(kind: Entity['kind']): Ent {
    // The optional fields are there from the start (undefined) so that every entity keeps one
    // hidden class in V8 when they are set: reads of entities' fields stay monomorphic. Typed with
    // every key required, so a field added to Ent fails to compile here until it is listed too.
    const e: { [K in keyof Required<Ent>]: Ent[K] } = { id: `e${this.ents.length + 1}`, seq: this.ents.length, kind, names: [], nameSet: undefined, best: null, bestWords: 0, multiWord: false, words: [], first: '', surname: '', roles: [], foldedRoles: [], headScores: undefined, fullMentions: [], gender: 'unknown', mentions: [], lastSeen: -1, firstNameAt: undefined, used: false };
    this.ents.push(e);
    return e;
  }

  addRole(e: Ent, role: string): void {
    if (e.roles.includes(role)) return;
    e.roles.push(role);
    // A group is never looked up by its role ("officials", "they"): its roles are only reported.
    if (e.kind === 'group') return;
    const lower = fold(role);
    const folded = lower.includes('.') ? lower.replace(/\./g, '') : lower;
    e.foldedRoles.push(folded);
    e.headScores?.clear();
    // Unnamed sources too: "a Western diplomat … The diplomat said" is the same unnamed person.
    if (e.kind === 'person' || e.kind === 'unnamed') indexUnder(this.byRoleWord, alphanumericRuns(folded), e);
  }

  /** Give an organization its name words, by which "the council" finds it. */
  setOrgWords(e: Ent, words: string[]): void {
    e.words = words;
    indexUnder(this.byOrgWord, words, e);
  }

  /**
   * The organization a capitalized phrase no chunk holds names ("AP", "the Islamic State"), given
   * its words as written without the article: the one already known by that name, or a new one.
   */
  orgByName(words: string[]): Ent {
    const folded = words.map((w) => fold(w).replace(/\./g, ''));
    const key = folded.join(' ');
    const known = this.orgs.get(key);
    if (known) return known;
    const ent = this.newEnt('organization');
    addName(ent, words.join(' '));
    this.setOrgWords(ent, folded);
    this.orgs.set(key, ent);
    return ent;
  }

  /** A new organization known by a descriptor only ("the ministry" with no name before it). */
  addDescribedOrg(name: string, head: string): Ent {
    const ent = this.newEnt('organization');
    addName(ent, name);
    this.setOrgWords(ent, [head]);
    this.orgs.set(fold(name), ent);
    return ent;
  }

  /** The entity a person, organization or place chunk names, if it named one. */
  ofChunk(id: number): Ent | undefined {
    return this.byChunk[id];
  }

  /** The people named with this surname (lower case), earliest first. */
  withSurname(surname: string): Ent[] | undefined {
    return this.bySurname.get(surname);
  }

  /** The chunk names a person by a surname of several words ("Ní Mhurchú"). */
  isSurnameChunk(id: number): boolean {
    return this.surnameChunks.has(id);
  }

  /** Persons and unnamed sources given a role with any of these folded words (the last 64 per word). */
  roleHolders(words: Iterable<string>): Set<Ent> {
    return lookupAny(this.byRoleWord, words);
  }

  /** Entities whose organization name holds `word`, in creation order (the last 64). */
  orgsWithWord(word: string): Ent[] {
    return [...lookupAny(this.byOrgWord, [word])].sort((a, b) => a.seq - b.seq);
  }

  /** The person given this age, the one seen last if several: "the 41-year-old replied". */
  ofAge(age: string): Ent | null {
    const list = this.byAge.get(age)?.list;
    if (!list) return null;
    // The last LOOKUP_LIMIT given the age only, so a roll of thousands of 41-year-olds stays linear.
    let best = list[list.length - 1];
    for (let k = list.length - 2; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) if (list[k].lastSeen > best.lastSeen) best = list[k];
    return best;
  }

  /** Every mention of a person in text order (objects and appositions too), for pronouns. */
  mentionsOfPeople(): ReadonlyArray<{ at: number; ent: Ent }> {
    return this.personMentions;
  }

  /**
   * The company named most often before `at` (ties to the latest). Calls come in text order, so
   * the counts are carried forward instead of recounted (linear).
   */
  companyBefore(at: number): Ent | null {
    const t = this.companyTally;
    for (; t.next < this.companyMentions.length && this.companyMentions[t.next].at < at; t.next++) {
      const ent = this.companyMentions[t.next].ent;
      const n = (t.counts.get(ent) ?? 0) + 1;
      t.counts.set(ent, n);
      if (n >= t.bestCount) { t.best = ent; t.bestCount = n; }
    }
    return t.best;
  }

  /**
   * Two people share the surname: "Ms Brambilla" is the woman; otherwise the one named in full
   * most recently before `at`.
   */
  sharedSurname(surname: string, list: Ent[], gender: 'male' | 'female' | null, at: number): Ent {
    // Every person in `list` was named in full at least once (people named by surname alone get
    // a list of their own), so the gender's list is empty exactly when no one has that gender.
    // Searching the surname's full mentions in text order replaces a scan of all its people
    // per quote, which was quadratic for thousands of "X Smith".
    let order = this.fullOrder.get(surname);
    if (!order) {
      const all = list.flatMap((ent) => ent.fullMentions.map((m) => ({ at: m, ent }))).sort((a, b) => a.at - b.at);
      const of = (g: Gender) => ({ mentions: all.filter((m) => m.ent.gender === g), earliest: list.find((e) => e.gender === g) });
      order = { all: { mentions: all, earliest: list[0] }, female: of('female'), male: of('male') };
      this.fullOrder.set(surname, order);
    }
    const pool = gender && order[gender].earliest ? order[gender] : order.all;
    // The person named in full last before this mention; failing that, the earliest person.
    const k = lastIndexBefore(pool.mentions, at);
    return k >= 0 ? pool.mentions[k].ent : pool.earliest!;
  }

  /** The organization a named chunk stands for, by its whole name or as the start of a longer one. */
  orgOf(c: Chunk): Ent | undefined {
    const { key, words } = this.orgKey(c);
    return this.orgs.get(key) ?? this.orgByPrefix.get(words) ?? this.byAcronym(c);
  }

  /** The fullest name of a person; the name as written for an organization. */
  canonical(e: Ent): string | null {
    return e.best;
  }

  /** Words of a chunk's name; pieces written without a space ("Pryce-Jones") are one word. */
  nameWords(c: Chunk): Array<{ text: string; lower: string }> {
    const out: Array<{ text: string; lower: string }> = [];
    let prevEnd = -1;
    for (let k = this.nameStarts.get(c.id) ?? c.nameFirst; k <= c.nameLast; k++) {
      const t = this.input.tokens[k];
      if (t.pos === 'SPACE') continue;
      if (t.start === prevEnd && out.length) {
        const w = out[out.length - 1];
        w.text += t.text;
        w.lower += t.lower;
      } else if (t.text !== '-' && t.text !== '.') out.push({ text: t.text, lower: t.lower });
      prevEnd = t.end;
    }
    return out;
  }

  private buildEntities(): void {
    const { chunks } = this.input.chunks;
    // Person chunks of one name word (suffixes aside), with the first of their words as written
    // (a suffix too), read below for each of them.
    const singles: Array<{ c: Chunk; first: { text: string; lower: string } }> = [];
    this.trimNames(chunks);
    for (const c of chunks) {
      if (c.kind === 'person') {
        const all = this.nameWords(c);
        const written = all[0];
        const words = keepWhere(all, (w) => !NAME_SUFFIXES.has(w.lower));
        if (words.length === 0) continue;
        if (words.length === 1) { singles.push({ c, first: written }); continue; }
        // A headline in title case is no name: "Carson Defends Himself Against Claims".
        if (this.headlineLike(c)) continue;
        const surname = words[words.length - 1].lower;
        const first = words[0].lower;
        const list = this.bySurname.get(surname) ?? [];
        // A surname of several words without a first name: "Ní Mhurchú", "Ms Ferreira Gomes".
        const known = this.compoundSurname(c, words);
        if (known) { this.addPersonMention(known, c); this.surnameChunks.add(c.id); continue; }
        let ent = this.sameFirstName(list, surname, first);
        if (!ent) {
          ent = this.newEnt('person');
          ent.surname = surname;
          ent.first = first;
          list.push(ent);
          this.bySurname.set(surname, list);
          this.indexFirstName(list, surname, ent);
        }
        if (ent.first === '') ent.first = first;
        const article = this.afterArticle(c);
        if (ent.fullMentions.length === 0 && article) this.articleOnly.add(ent);
        else if (!article) this.articleOnly.delete(ent);
        ent.fullMentions.push(this.input.tokens[c.first].start);
        this.addPersonMention(ent, c);
        // The last two or more words of a longer name, for "Ní Mhurchú" or "Ms Ferreira Gomes" later.
        // A name of two words has no such tail: most names, which are not folded for it.
        if (words.length > 2) this.byNameTail.add(words.map((w) => fold(w.lower)), ent);
      } else if (c.kind === 'organization' || c.kind === 'place') {
        if (c.nameFirst < 0) continue; // descriptors like "the ministry" resolve later
        const { key, words: keyWords } = this.orgKey(c);
        // "Calder & Rowe" after "Calder & Rowe Homes": the start of a longer name is that firm;
        // "the NWRA" after "Northern Water Resources Agency": its initials are.
        let ent = this.orgs.get(key) ?? this.orgByPrefix.get(keyWords) ?? this.byAcronym(c);
        if (!ent) {
          ent = this.newEnt('organization');
          this.orgs.set(key, ent);
          this.indexPrefixes(keyWords, ent);
        }
        // "Northmoor District Council's planning committee": the council is an organization too.
        const poss = key.indexOf(" 's ");
        if (poss > 0 && ORG_WORDS.has(key.slice(0, poss).split(' ').pop()!) && !this.orgs.has(key.slice(0, poss))) {
          const owner = this.newEnt('organization');
          const pk = key.slice(0, poss);
          this.orgs.set(pk, owner);
          let k = c.nameFirst;
          while (k < c.nameLast && this.input.tokens[k + 1].text !== "'s") k++;
          addName(owner, this.text(c.nameFirst, k));
          this.setOrgWords(owner, pk.split(' '));
        }
        ent.mentions.push(this.span(c.first, c.last));
        if (c.kind === 'organization' && COMPANY_NAME_WORDS.has(this.input.tokens[c.nameLast].lower)) this.companyMentions.push({ at: this.input.tokens[c.first].start, ent });
        const name = this.text(c.nameFirst, c.nameLast);
        // "the Kremlin" keeps its article; "the Northgate Port Authority" is named without it.
        const withThe = c.first < c.nameFirst && !/\s/.test(name) ? this.text(c.first, c.last) : name;
        addName(ent, withThe);
        this.setOrgWords(ent, keyWords);
        this.indexInitials(c, ent);
        // Not for an owner's possession: "Merovia" is not "Merovia's foreign ministry".
        const [firstWord, second] = keyWords;
        if (second !== undefined && second !== "'s" && !this.orgByFirstWord.has(firstWord)) this.orgByFirstWord.set(firstWord, ent);
      }
    }
    // First names of the people known so far (people made below have no first name).
    const byFirstName = new Map<string, Ent[]>();
    for (const e of this.ents) {
      if (e.kind !== 'person') continue;
      const list = byFirstName.get(e.first);
      if (list) list.push(e);
      else byFirstName.set(e.first, [e]);
    }
    // People named in full know their gender from the first name before single words are read.
    // The fullest name each person's gender was read from: read again below only if it changed.
    const genderRead = new Map<Ent, string | null>();
    // Mentions of people named in full, in text order; the single words' follow (see below).
    const fullNamed = this.personMentions.length;
    for (const e of this.ents) {
      if (e.kind !== 'person' || e.gender !== 'unknown') continue;
      e.gender = genderOfName(this.canonical(e), e.surname);
      genderRead.set(e, this.canonical(e));
    }
    const thingLike = this.relativeKinds(singles);
    let common: 'unnamed' | 'group' | null;
    for (const { c, first: w } of singles) {
      // "Khizr and Ghazala Khan", "Bill and Melinda Gates": a first name joined by "and" to a
      // person named in full is a person of that surname.
      const couple = this.coupleMember(c, w.lower);
      if (couple) {
        this.addPersonMention(couple, c);
        continue;
      }
      const list = this.bySurname.get(w.lower);
      // A first name alone ("Amara") points to the one person who has it, when the surname is shared.
      // Not a word that is no first name, before a run the text only ever writes after "the": "the
      // Roe Train" is a thing named after Roe, not a person Roe is the first name of.
      const withFirst = onlyOtherBearer(byFirstName.get(w.lower), w.lower);
      const byFirst = withFirst !== null && (!this.articleOnly.has(withFirst) || isFirstName(w.lower)) ? withFirst : null;
      let ent: Ent;
      // The first word of an organization's name alone: "Tessaly" after "Tessaly Mobility"; a
      // word that takes "which" and never "who" ("Heatherline, which runs 30 routes, …"). Not a
      // first name: "Hillary" after "a Hillary Clinton White House" is the woman. (The list of
      // first names is asked only when an organization's name starts with the word: it is a large
      // table, and most single words start none.)
      const firstWordOrg = list ? undefined : this.orgByFirstWord.get(w.lower);
      const org = list ? undefined : (firstWordOrg !== undefined && !isFirstName(w.lower) ? firstWordOrg : undefined) ?? (thingLike.has(w.lower) ? this.orgNamed(w.lower, c) : undefined);
      if (org) {
        this.byChunk[c.id] = org;
        org.mentions.push(this.span(c.first, c.last));
        continue;
      }
      // A surname several people share is decided per quote (the resolver's sharedSurname); here
      // its title picks among the people of its gender, and teaches a gender only to the one
      // person it can be: "Mrs. Clinton" does not make Bill Clinton a woman because he was named
      // first, but "Ms Brambilla" beside a Bruno is the Ottilie whose name gave no gender.
      if (list && list.length > 1) {
        const g = c.roleFirst >= 0 ? genderOfRole(this.input.tokens[c.roleLast].lower) : 'unknown';
        const same = g === 'unknown' ? undefined : list.find((e) => e.gender === g);
        const open = list.filter((e) => e.gender === 'unknown');
        const only = g !== 'unknown' && !same && open.length === 1 ? open[0] : undefined;
        ent = same ?? only ?? list[0];
        this.addPersonMention(ent, c, ent === only);
        continue;
      }
      if (list && list.length >= 1) ent = list[0];
      else if (byFirst !== null) {
        ent = byFirst;
        const at = this.input.tokens[c.first].start;
        if (ent.firstNameAt === undefined || at < ent.firstNameAt) ent.firstNameAt = at;
      }
      else if ((common = this.commonWordKind(c, w.lower))) {
        this.commonWordChunks.set(c.id, common);
        continue;
      } else {
        ent = this.newEnt('person');
        ent.surname = w.lower;
        this.bySurname.set(w.lower, [ent]);
      }
      this.addPersonMention(ent, c);
    }
    this.appositiveRoles();
    // Most people named in full keep the name their gender was read from (a single word never
    // outranks it), so their answer is known: reading it again cost as much as the first time.
    for (const e of this.ents) {
      if (e.kind !== 'person' || e.gender !== 'unknown' || genderRead.get(e) === this.canonical(e)) continue;
      e.gender = genderOfName(this.canonical(e), e.surname);
    }
    // Single-word mentions were added after the full names: restore text order.
    mergeRuns(this.personMentions, fullNamed);
  }

  /** A number set off by commas right after token k: "Lane, 44, said". */
  private ageFollows(k: number): boolean {
    const { tokens } = this.input;
    const last = tokens.length - 1;
    const comma = nextWord(tokens, k, last);
    const age = comma >= 0 ? nextWord(tokens, comma, last) : -1;
    const close = age >= 0 ? nextWord(tokens, age, last) : -1;
    return close >= 0 && tokens[comma].text === ',' && tokens[age].pos === 'NUM' && /^\d{1,3}$/.test(tokens[age].text) && tokens[close].text === ',';
  }

  /**
   * A single capitalized word no one in the document bears as a name, that the tagger's lexicon
   * knows as a common word, names nobody: a plural noun is a group ("Democrats said", "Proponents
   * argue"); an adjective or noun opening a sentence, never capitalized inside one, is a word
   * capitalized for its place ("Young white women said", "Partial transcript:"), the chunk an
   * unnamed source. First names and words after a title ("Mr. Banks") stay people.
   */
  private commonWordKind(c: Chunk, lower: string): 'unnamed' | 'group' | null {
    // The position first: most single words stand inside a sentence, and for them neither the
    // lexicon (a lookup in wink's 87,000-word table) nor the document's capitalized words are read.
    if (c.roleFirst >= 0 || c.nameFirst !== c.nameLast || !this.sentenceInitial(c.nameFirst) || isFirstName(lower)) return null;
    // An age set off after the word is a person's: '"…," Lane, 44, told reporters'.
    if (this.ageFollows(c.last)) return null;
    const tag = lexiconTag(lower);
    if (tag !== 'ADJ' && tag !== 'NOUN') return null;
    const capsInside = this.capitalizedInside();
    if (capsInside.has(lower)) return null;
    // A plural whose singular the text capitalizes inside a sentence is a party's or a nation's
    // people ("Republicans" beside "the Republican nominee"), which a story may name as a speaker.
    if (tag === 'NOUN' && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return capsInside.has(lower.slice(0, -1)) ? null : 'group';
    // A singular common noun is no subject without a determiner: "Politico reported" is a name.
    const { tokens } = this.input;
    let k = c.last + 1;
    while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
    return tag === 'NOUN' && k < tokens.length && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') ? null : 'unnamed';
  }

  /** A chunk whose name opens it, right after a lower-case "the": "the Roe Train". */
  private afterArticle(c: Chunk): boolean {
    if (c.nameFirst !== c.first) return false;
    let p = c.first - 1;
    while (p >= 0 && this.input.tokens[p].pos === 'SPACE') p--;
    return p >= 0 && this.input.tokens[p].text === 'the';
  }

  /** Token `k` opens a sentence, a paragraph or a quotation. */
  private sentenceInitial(k: number): boolean {
    const { tokens } = this.input;
    if (tokens[k].afterNewline) return true;
    let p = k - 1;
    while (p >= 0 && tokens[p].pos === 'SPACE') p--;
    if (p < 0 || tokens[p].newline) return true;
    if (!SENTENCE_OPENERS.has(tokens[p].text)) return false;
    // A mark right after a comma closes a quotation inside its sentence: in '"Absolutely," Lee
    // said' the name frames the quote ('… wall!" Conservatives still …' opens a new sentence).
    return !(QUOTE_MARKS.has(tokens[p].text) && p > 0 && tokens[p - 1].text === ',' && tokens[p - 1].end === tokens[p].start);
  }

  /** Lower-case forms of the words capitalized somewhere other than at a sentence's start. */
  private capitalizedInside(): Set<string> {
    if (this.capsInside) return this.capsInside;
    const { tokens } = this.input;
    const out = new Set<string>();
    for (let k = 0; k < tokens.length; k++) if (tokens[k].cap && !this.sentenceInitial(k)) out.add(tokens[k].lower);
    return (this.capsInside = out);
  }

  /** How a single-word person chunk that names nobody speaks ('unnamed' or 'group'), or undefined. */
  commonWordKindOf(id: number): 'unnamed' | 'group' | undefined {
    return this.commonWordChunks.get(id);
  }

  /**
   * Where the name of each multi-word person chunk starts, when words before it name nobody
   * (kept in `nameStarts`, read by nameWords): a capitalized run may hold more than a name.
   * - A second name opens after other words in a title-case line: "Roe Slams Ann Veld On Tax"
   *   is Ann Veld, not a person whose fullest name is the whole headline.
   * - Leading words that are no first name and that the language uses as other words (a verb,
   *   a function word, a plural noun; in a title-case line any common or proper noun), where
   *   someone in the document bears the surname after a first name: "Donor Roe", "Calls Roe",
   *   "Professors Roe" are Roe, whom the story names in full as Ann Roe. Without such a person
   *   the words stay: "Newt Veld" may be a name.
   */
  private trimNames(chunks: ChunkIndex['chunks']): void {
    const { tokens } = this.input;
    const named = new Set<string>();
    // Names of two words or more, with their words' first tokens, in text order.
    const longer: Array<{ c: Chunk; ws: number[] }> = [];
    for (const c of chunks) {
      // A name of one token has at most one word, and neither rule trims it: most person chunks
      // are a surname alone, and their tokens are not read here.
      if (c.kind !== 'person' || c.nameFirst < 0 || c.nameFirst === c.nameLast) continue;
      const ws = this.wordStarts(c);
      if (ws.length < 2) continue;
      longer.push({ c, ws });
      // A surname already known to go with a first name needs no lookup in the large table of them.
      const surname = tokens[ws[ws.length - 1]].lower;
      if (!named.has(surname) && tokens[ws[0]].firstName) named.add(surname);
    }
    for (const { c, ws } of longer) {
      // Neither rule below can trim a name of two or three words whose surname no first name went with.
      if (ws.length < 4 && !named.has(tokens[ws[ws.length - 1]].lower)) continue;
      // The line's case is read only for a chunk a rule may trim (it reads up to 80 tokens).
      let titleCase: boolean | undefined;
      const title = () => (titleCase ??= this.titleCaseAt(c.nameFirst));
      let from = 0;
      if (ws.length >= 4 && title()) {
        for (let j = ws.length - 2; j >= 2; j--) {
          if (tokens[ws[j]].firstName && !tokens[ws[j - 1]].firstName) { from = j; break; }
        }
      }
      if (from === 0 && named.has(tokens[ws[ws.length - 1]].lower)) {
        while (from < ws.length - 1 && this.namesNobody(tokens[ws[from]], title)) from++;
      }
      if (from > 0) this.nameStarts.set(c.id, ws[from]);
    }
  }

  /** Token indexes of the words of a chunk's name as nameWords splits them, suffixes ("Jr.") left out. */
  private wordStarts(c: Chunk): number[] {
    const { tokens } = this.input;
    const out: number[] = [];
    let prevEnd = -1;
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
      const t = tokens[k];
      if (t.pos === 'SPACE') continue;
      if (!(t.start === prevEnd && out.length) && t.text !== '-' && t.text !== '.') out.push(k);
      prevEnd = t.end;
    }
    return keepWhere(out, (k) => !NAME_SUFFIXES.has(tokens[k].lower));
  }

  /** A capitalized word that is no first name and that the language uses as another kind of word. */
  private namesNobody(t: Token, titleCase: () => boolean): boolean {
    if (t.firstName || t.text.replace(/\./g, '').length <= 2 || NAME_PARTICLES.has(t.lower)) return false;
    const tag = lexiconTag(t.lower);
    if (tag === null || tag === 'UNK') return false;
    // A plural ("Professors Roe") or a gerund taking the person as its object ("Bashing Roe may
    // be job one") is no first name.
    if (tag === 'NOUN') return (t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')) || (t.lower.length > 5 && t.lower.endsWith('ing')) || titleCase();
    // A proper noun or an adjective only in a headline: many first names the lists lack are
    // places in the lexicon ("Jordan Roe", "Austin Roe").
    return (tag !== 'ADJ' && tag !== 'PROPN') || titleCase();
  }

  /**
   * Token `k` stands in a title-case line: of the four or more words between the sentence breaks
   * around it, three in five or more are capitalized, among them words a sentence writes in small
   * letters (verbs, prepositions, pronouns).
   */
  private titleCaseAt(k: number): boolean {
    const { tokens } = this.input;
    const isBreak = (t: Token) => t.newline || t.text === '.' || t.text === '?' || t.text === '!';
    let a = k;
    while (a > 0 && k - a < 40 && !isBreak(tokens[a - 1])) a--;
    let b = k;
    while (b < tokens.length - 1 && b - k < 40 && !isBreak(tokens[b + 1])) b++;
    let words = 0;
    let caps = 0;
    let small = 0;
    for (let j = a; j <= b; j++) {
      const t = tokens[j];
      if (!/^\p{L}/u.test(t.text)) continue;
      words++;
      if (!t.cap) continue;
      caps++;
      const tag = j > a && t.text.length > 1 ? lexiconTag(t.lower) : null;
      if (tag === 'VERB' || tag === 'AUX' || tag === 'ADP' || tag === 'PRON' || tag === 'DET' || tag === 'CCONJ' || tag === 'SCONJ') small++;
    }
    return words >= 4 && caps / words >= 0.6 && small > 0;
  }

  /**
   * A capitalized run of four or more words with a capitalized verb, pronoun, preposition or
   * auxiliary inside it (not at either end: the tagger reads some surnames as verbs) that is no
   * name particle: a title-case headline ("Carson Defends Himself Against Claims"),
   * which must not become anyone's fullest name.
   */
  private headlineLike(c: Chunk): boolean {
    const { tokens } = this.input;
    let words = 0;
    let odd = false;
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
      const t = tokens[k];
      if (t.pos === 'SPACE' || t.pos === 'PUNCT') continue;
      words++;
      // Capitalized: a title-case headline capitalizes its verbs and prepositions, a name's particles stay low.
      if (k > c.nameFirst && k < c.nameLast && t.cap && (t.pos === 'VERB' || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'AUX') && !NAME_PARTICLES.has(t.lower)) odd = true;
    }
    return words >= 4 && odd;
  }

  /**
   * The person already named in full whose name ends with all of `words`, when `words` cannot
   * hold a first name: it opens with a particle ("Ní Mhurchú", "de la Torre") or follows an
   * honorific with no known first name ("Ms Ferreira Gomes"). The one named last wins.
   */
  private compoundSurname(c: Chunk, words: Array<{ lower: string }>): Ent | null {
    const first = words[0].lower;
    if (!SURNAME_OPENERS.has(first) && !NAME_PARTICLES.has(first) && !(this.honorificBefore(c) && !isFirstName(first))) return null;
    return this.byNameTail.get(words.map((w) => fold(w.lower))) ?? null;
  }

  /**
   * The person a one-word chunk `c` names when "and" and a person named in full follow it ("Khizr
   * and Ghazala Khan"): the one of that surname with the word as first name, made if none is.
   * The word is a known first name, or both first names are unknown ones; a word some other
   * person of the document bears as surname ("Trump and Hillary Clinton") or as first name
   * ("Hillary and Tim Kaine") is that person.
   */
  private coupleMember(c: Chunk, first: string): Ent | null {
    const { tokens } = this.input;
    const and = nextWord(tokens, c.last, tokens.length - 1);
    if (and < 0 || tokens[and].lower !== 'and' || this.bySurname.has(first)) return null;
    const k = nextWord(tokens, and, tokens.length - 1);
    const partner = k >= 0 ? this.byChunk[this.input.chunks.chunkAt[k]] : undefined;
    const pc = k >= 0 && this.input.chunks.chunkAt[k] >= 0 ? this.input.chunks.chunks[this.input.chunks.chunkAt[k]] : null;
    if (!partner || !pc || partner.kind !== 'person' || pc.nameFirst !== k || pc.nameLast <= pc.nameFirst || partner.surname === '') return null;
    if (!isFirstName(first) && isFirstName(tokens[k].lower)) return null;
    // "Hillary and Tim Kaine": the first name of someone else named in full is that person.
    if (this.ents.some((e) => e.kind === 'person' && e.first === first && e.surname !== partner.surname)) return null;
    const people = this.bySurname.get(partner.surname)!;
    let ent = this.sameFirstName(people, partner.surname, first);
    if (!ent) {
      ent = this.newEnt('person');
      ent.surname = partner.surname;
      ent.first = first;
      people.push(ent);
      this.indexFirstName(people, partner.surname, ent);
      addName(ent, `${this.text(c.nameFirst, c.nameFirst)} ${this.text(pc.nameLast, pc.nameLast)}`);
      ent.gender = genderOfName(this.canonical(ent), ent.surname);
    }
    ent.fullMentions.push(tokens[c.first].start);
    return ent;
  }

  /** The chunk's role is an honorific ("Ms", "Dr."); read only for names no particle opens. */
  private honorificBefore(c: Chunk): boolean {
    if (c.roleFirst < 0) return false;
    const title = this.input.tokens[c.roleFirst].lower;
    return HONORIFICS.has(title.endsWith('.') ? title.slice(0, -1) : title);
  }

  /**
   * Single capitalized words followed somewhere by ", which" and nowhere by ", who", and not
   * first names: things (companies, bodies), not people.
   */
  private relativeKinds(singles: ReadonlyArray<{ c: Chunk; first: { lower: string } }>): Set<string> {
    const { tokens } = this.input;
    const which = new Set<string>();
    const who = new Set<string>();
    for (const { c, first } of singles) {
      let k = c.last + 1;
      while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
      if (k >= tokens.length || tokens[k].text !== ',') continue;
      k++;
      while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
      const rel = k < tokens.length ? tokens[k].lower : '';
      const w = first.lower;
      if (rel === 'which') which.add(w);
      else if (rel === 'who') who.add(w);
    }
    for (const w of who) which.delete(w);
    for (const w of which) if (isFirstName(w)) which.delete(w);
    return which;
  }

  /**
   * Index an organization under the initials of its capitalized words ("Northern Water Resources
   * Agency" → "nwra"), the first organization with those initials keeping them.
   */
  private indexInitials(c: Chunk, ent: Ent): void {
    const { tokens } = this.input;
    let initials = '';
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
      const t = tokens[k];
      if (t.pos === 'SPACE' || t.pos === 'PUNCT') continue;
      if (t.cap) initials += t.lower[0];
      else if (!NAME_PARTICLES.has(t.lower) && t.lower !== 'of' && t.lower !== 'and' && t.lower !== 'for' && t.lower !== 'the') return;
    }
    if (initials.length >= 2 && !this.initials.has(initials)) this.initials.set(initials, ent);
  }

  /** The organization an all-capital single word abbreviates ("NWRA"), if one was named before. */
  private byAcronym(c: Chunk): Ent | undefined {
    if (c.nameFirst !== c.nameLast) return undefined;
    const t = this.input.tokens[c.nameFirst].text.replace(/\./g, '');
    return t.length >= 2 && t.length <= 6 && /^[A-Z]+$/.test(t) ? this.initials.get(t.toLowerCase()) : undefined;
  }

  /** The organization entity for a one-word name, made on first use. */
  private orgNamed(key: string, c: Chunk): Ent {
    let ent = this.orgs.get(key);
    if (!ent) {
      ent = this.newEnt('organization');
      this.orgs.set(key, ent);
      addName(ent, this.text(c.nameFirst, c.nameLast));
      this.setOrgWords(ent, [key]);
    }
    return ent;
  }

  /**
   * Roles given in apposition anywhere in the text, speaker or not: "Willemijn van Oordt-Asante,
   * the museum's director, …" and "The returning officer, Patricia Ngata-Holm, …", so that a
   * later "the director said" finds her.
   */
  private appositiveRoles(): void {
    const { tokens, chunks } = this.input;
    const list = chunks.chunks;
    const chunkAfterComma = (k: number): Chunk | null => {
      let c = k + 1;
      while (c < tokens.length && tokens[c].pos === 'SPACE') c++;
      if (c >= tokens.length || tokens[c].text !== ',') return null;
      c++;
      while (c < tokens.length && tokens[c].pos === 'SPACE') c++;
      const id = c < tokens.length ? chunks.chunkAt[c] : -1;
      return id >= 0 && list[id].first === c ? list[id] : null;
    };
    // The apposition must close: a comma, a full stop or a verb right after it.
    const closes = (k: number): boolean => {
      let c = k + 1;
      while (c < tokens.length && tokens[c].pos === 'SPACE') c++;
      return c >= tokens.length || tokens[c].text === ',' || tokens[c].text === '.' || tokens[c].pos === 'VERB';
    };
    for (const c of list) {
      // "Pilar Echeverría-Soto, 41, was …": an age that "the 41-year-old" later stands for.
      if (c.kind === 'person') {
        const end = tokens.length - 1;
        const comma = nextWord(tokens, c.last, end);
        const num = comma >= 0 && tokens[comma].text === ',' ? nextWord(tokens, comma, end) : -1;
        const after = num >= 0 && /^\d{1,3}$/.test(tokens[num].text) ? nextWord(tokens, num, end) : -1;
        const ent = this.byChunk[c.id];
        if (after >= 0 && (tokens[after].text === ',' || tokens[after].text === '.') && ent?.kind === 'person') {
          indexUnder(this.byAge, [tokens[num].text], ent);
        }
      }
      // Only a person and a role stand in apposition: other chunks' next words are not read.
      if (c.kind !== 'person' && c.kind !== 'descriptor') continue;
      const next = chunkAfterComma(c.last);
      if (!next || (next.kind !== 'person' && next.kind !== 'descriptor') || !closes(next.last)) continue;
      const [person, role] = c.kind === 'person' && next.kind === 'descriptor' ? [c, next] : c.kind === 'descriptor' && next.kind === 'person' ? [next, c] : [null, null];
      const ent = person ? this.byChunk[person.id] : undefined;
      if (!ent || ent.kind !== 'person' || !role) continue;
      this.addRole(ent, stripArticle(collapseSpaces(this.text(role.first, role.last))));
    }
  }

  /**
   * Index the starts of a firm's name ("calder & rowe" of "calder & rowe homes") when the words
   * dropped are no kind of public body: "Northmoor District" is a place, not its council.
   */
  private indexPrefixes(words: readonly string[], ent: Ent): void {
    // Prefixes stop at the last word that may not be dropped: an institution's head word.
    let from = 2;
    for (let n = words.length - 1; n >= 2; n--) {
      const dropped = words[n];
      if (ORG_WORDS.has(dropped) && !COMPANY_NAME_WORDS.has(dropped) || dropped === "'s") {
        from = n + 1;
        break;
      }
    }
    this.orgByPrefix.add(words, from, ent);
  }

  /**
   * The key an organization chunk is known by (lower case, no full stops, one seat of government
   * under one name) and its words, split once here for the several lookups that read them.
   */
  private orgKey(c: Chunk): { key: string; words: string[] } {
    const words: string[] = [];
    // Whether the words split at spaces are `words` themselves (no word holds a space).
    let plain = true;
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
      const t = this.input.tokens[k];
      if (t.pos === 'SPACE') continue;
      // Asked of every organization mention, twice: most words have no full stop to take out.
      const word = t.lower.includes('.') ? t.lower.replace(/\./g, '') : t.lower;
      if (word.includes(' ')) plain = false;
      words.push(word);
    }
    const key = words.join(' ');
    // "U.S." and "US", "Kiev" and "Kyiv" are one seat of government.
    const folded = key === 'us' || key === 'usa' || key === 'united states' ? 'us' : key === 'kyiv' ? 'kiev' : key;
    return { key: folded, words: folded === key && plain ? words : folded.split(' ') };
  }

  private addPersonMention(ent: Ent, c: Chunk, learn = true): void {
    this.byChunk[c.id] = ent;
    this.personMentions.push({ at: this.input.tokens[c.first].start, ent });
    ent.mentions.push(this.span(c.first, c.last));
    addName(ent, collapseSpaces(this.text(this.nameStarts.get(c.id) ?? c.nameFirst, c.nameLast)));
    if (learn && c.roleFirst >= 0) {
      this.addRole(ent, stripArticle(collapseSpaces(this.text(c.roleFirst, c.roleLast))));
      const last = this.input.tokens[c.roleLast].lower;
      if (ent.gender === 'unknown') ent.gender = genderOfRole(last);
    }
  }

  /**
   * The person already made with this surname (`people`, in the order they were made) whose first
   * name matches `first` (the same name, or the same initial where either is an initial), the
   * earliest made. A surname's few people are scanned; a surname shared by more (thousands of
   * "X Smith" were quadratic) is answered by its index. Most surnames name one person, and three
   * maps for each of them were about 5% of the registry's allocation.
   */
  private sameFirstName(people: readonly Ent[], surname: string, first: string): Ent | undefined {
    const ix = this.byFirst.get(surname);
    if (!ix) return people.find((e) => firstNamesMatch(e.first, first)) ?? (first.length > 2 ? people.find((e) => isShortFormOf(first, e.first) || isShortFormOf(e.first, first)) : undefined);
    if (first.length <= 2) return ix.initial.get(first[0]);
    const a = ix.exact.get(first);
    const b = ix.short.get(first[0]);
    return a && b ? (a.seq < b.seq ? a : b) : a ?? b ?? this.shortFormMatch(ix.exact, first);
  }

  /**
   * The person of the surname whose first name is a long or short form of `first`: "Ken Roe"
   * after "Kenneth Roe", "Sandy Roe" after "Sandra Roe" are one person named two ways. Only the
   * first SHORT_FORM_REACH first names of a surname are read (a roll of a thousand Smiths stays linear).
   */
  private shortFormMatch(exact: Map<string, Ent>, first: string): Ent | undefined {
    let n = 0;
    for (const [name, e] of exact) {
      if (++n > SHORT_FORM_REACH) break;
      if (isShortFormOf(first, name) || isShortFormOf(name, first)) return e;
    }
    return undefined;
  }

  /** Keep the index of `surname` in step with `people`, once they are more than FIRST_NAME_SCAN. */
  private indexFirstName(people: readonly Ent[], surname: string, e: Ent): void {
    const ix = this.byFirst.get(surname);
    if (ix) indexFirst(ix, e);
    else if (people.length > FIRST_NAME_SCAN) {
      const built = { exact: new Map(), initial: new Map(), short: new Map() };
      for (const p of people) indexFirst(built, p);
      this.byFirst.set(surname, built);
    }
  }
}
