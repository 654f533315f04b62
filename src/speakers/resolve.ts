// Resolve each quote's speaker chunk to one canonical entity per person or organization.
import { countBefore } from '../text/search';
import { foldName as fold, isFirstName } from '../lang/names';
import { DEMONYMS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ORG_WORDS, PRONOUNS, ROLE_SYNONYMS } from '../lang/en';
import { COMPANY_HEADS, COMPANY_NAME_WORDS, PUBLIC_BODY_HEADS, SURNAME_OPENERS } from '../lang/speakers';
import { genderOfName, genderOfRole } from './gender';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import type { Candidate } from '../quotes/marked';
import { nextWord } from '../quotes/frames';
import { labelBeforeColon, speakerMention } from './mention';
import { type PronounEvidence, rankPronoun } from './pronoun-ranker';
import type { Entity, Resolution, Span } from '../records/schema';
import type { Sentence } from '../sentences/segment';
import { NamePrefixIndex, NameTailIndex } from './name-index';
import { isWhitespace } from '../text/chars';
import type { OffsetMap } from '../text/offset-map';
import type { Token } from '../text/tokenize';

type Gender = Entity['gender'];

interface Ent {
  id: string;
  /** Creation order: ties between candidates go to the earlier entity, as in a scan of all. */
  seq: number;
  kind: Entity['kind'];
  names: string[];
  // Kept by addName, so a person written many ways (case, accents) costs O(1) per lookup: with
  // `names` scanned per mention and per quote, 4,000 spellings of one name took seconds.
  nameSet: Set<string>;
  /** The fullest name (see canonical), with its word count; null while `names` is empty. */
  best: string | null;
  bestWords: number;
  /** Some name has two or more words. */
  multiWord: boolean;
  /** Normalized starts of the mentions that name the person in full, in text order. */
  fullMentions: number[];
  /** Roles folded for matching (accents, case, dots), kept in step with `roles` (empty for groups). */
  foldedRoles: string[];
  /** byDescriptor's score of the roles against a head word, until a role is added (created on first use). */
  headScores?: Map<string, number>;
  /** Lower-case folded name words of the fullest name, for matching. */
  words: string[];
  first: string;
  surname: string;
  roles: string[];
  gender: Gender;
  mentions: Span[];
  lastSeen: number;
  used: boolean;
}

/** Entities indexed under one word: a set for membership, a list in the order they came. */
interface WordIndex {
  set: Set<Ent>;
  list: Ent[];
}

// Mention texts are short and almost always single-spaced: the helpers below answer without a
// regular expression unless there is something to change (they ran for every mention).
const isWs = isWhitespace;

/** Words in `s` separated by whitespace: `s.split(/\s+/).length`, counted. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isWs(s.charCodeAt(i)) && (i === 0 || !isWs(s.charCodeAt(i - 1)))) n++;
  return n;
}

/** `s.replace(/\s+/g, ' ')`, without the regex when `s` holds only single plain spaces. */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWs(c) && (c !== 32 || (i + 1 < s.length && isWs(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Drop a leading article: "the Kremlin spokesman" → "Kremlin spokesman". */
function stripArticle(s: string): string {
  const c = s.charCodeAt(0) | 32;
  return c === 116 || c === 97 ? s.replace(/^(the|a|an)\s+/i, '') : s;
}

/** See SpeakerResolver.lookup. */
const LOOKUP_LIMIT = 64;
/** How far back (normalized characters) a pronoun looks for a person outside subject position. */
const PRONOUN_REACH = 600;
/** A subject this close before a pronoun (normalized characters) is its referent even without a known gender. */
const PRONOUN_NEAR = 250;

export interface ResolvedSpeaker {
  entity: Ent;
  mention: Span;
  via: Resolution;
  /** Where a ranker chose among candidates: the chosen one's share of the candidates' scores. */
  share?: number;
  /** The runner-up candidate of that choice, with its share. */
  alternatives?: Array<{ entity: Ent; share: number }>;
}

/** One pronoun candidate as the fitting script sees it: its evidence and its canonical name. */
export interface PronounTrace {
  evidence: PronounEvidence[];
  names: Array<string | null>;
}

export interface ResolveInput {
  original: string;
  map: OffsetMap;
  tokens: Token[];
  chunks: ChunkIndex;
  sentences: Sentence[];
  sentenceOf: Int32Array;
}

export class SpeakerResolver {
  private readonly ents: Ent[] = [];
  private readonly byChunk = new Map<number, Ent>();
  private readonly bySurname = new Map<string, Ent[]>();
  /** Per surname: the earliest person by exact first name, by initial, by a short (<= 2) first name. */
  private readonly byFirst = new Map<string, { exact: Map<string, Ent>; initial: Map<string, Ent>; short: Map<string, Ent> }>();
  /** Per surname: full mentions of its people in text order, all and by gender (built on demand). */
  private readonly fullOrder = new Map<string, Record<'all' | 'female' | 'male', { mentions: Array<{ at: number; ent: Ent }>; earliest: Ent | undefined }>>();
  private readonly orgs = new Map<string, Ent>();
  // Word indexes, so descriptor and organization lookups cost the same in a 1 MB document as in
  // a 3 KB one: scanning every entity per mention made long documents quadratic.
  private readonly byRoleWord = new Map<string, WordIndex>();
  private readonly byOrgWord = new Map<string, WordIndex>();
  /** Company-like organizations named so far, in text order, for "the company said". */
  /** Organizations by the first word of a multi-word name, for that word used alone. */
  private readonly orgByFirstWord = new Map<string, Ent>();
  /** Organizations by the first two or more words of a longer name, for the shorter form. */
  private readonly orgByPrefix = new NamePrefixIndex<Ent>();
  private readonly companyMentions: Array<{ at: number; ent: Ent }> = [];
  /** People by an age given in apposition ("Ana Ruiz, 41,"), for "the 41-year-old". */
  private readonly byAge = new Map<string, WordIndex>();
  /** People by the last two or more words of a longer name ("ni mhurchu"), the one named last. */
  private readonly byNameTail = new NameTailIndex<Ent>();
  /** Chunks naming a person by a surname of several words ("Ní Mhurchú"). */
  private readonly surnameChunks = new Set<number>();
  private readonly companyTally = { next: 0, counts: new Map<Ent, number>(), best: null as Ent | null, bestCount: 0 };
  /** Every mention of a person, in text order: objects and appositions too, for pronouns. */
  private readonly personMentions: Array<{ at: number; ent: Ent }> = [];
  /** Person entities in order of salience events (speaker or sentence subject). */
  private salience: Array<{ ent: Ent; at: number }> = [];
  /** The organization last in focus (subject or speaker), for "it said". */
  private lastOrg: Ent | null = null;
  /** The candidates of the pronoun the last `resolve` call ranked (empty if none); read by the fitting script's trace. */
  lastPronoun: Array<{ item: Ent; evidence: PronounEvidence }> = [];
  private lastQuoteSpeaker: { ent: Ent | null; mention: Span | null; paragraph: number } = { ent: null, mention: null, paragraph: -1 };

  constructor(private readonly input: ResolveInput) {
    this.buildEntities();
  }

  private span(first: number, last: number): Span {
    const { tokens, map, original } = this.input;
    const start = map.toOriginal(tokens[first].start, 'start');
    const end = map.toOriginal(tokens[last].end, 'end');
    return { text: original.slice(start, end), start, end };
  }

  private static index(map: Map<string, WordIndex>, words: Iterable<string>, e: Ent): void {
    for (const w of words) {
      if (!w) continue;
      let ix = map.get(w);
      if (!ix) map.set(w, (ix = { set: new Set(), list: [] }));
      if (ix.set.has(e)) continue;
      ix.set.add(e);
      ix.list.push(e);
    }
  }

  /** Add a name to an entity, keeping its set, fullest name and multi-word flag in step. */
  private static addName(e: Ent, name: string): void {
    if (e.nameSet.has(name)) return;
    e.nameSet.add(name);
    e.names.push(name);
    // Same rule as a scan of all names: more words wins, then the longer name, then the earlier.
    const words = wordCount(name);
    if (e.best === null || words > e.bestWords || (words === e.bestWords && name.length > e.best.length)) {
      e.best = name;
      e.bestWords = words;
    }
    if (words > 1) e.multiWord = true;
  }

  private addRole(e: Ent, role: string): void {
    if (e.roles.includes(role)) return;
    e.roles.push(role);
    // A group is never looked up by its role ("officials", "they"): its roles are only reported.
    if (e.kind === 'group') return;
    const folded = fold(role).replace(/\./g, '');
    e.foldedRoles.push(folded);
    e.headScores?.clear();
    // Unnamed sources too: "a Western diplomat … The diplomat said" is the same unnamed person.
    if (e.kind === 'person' || e.kind === 'unnamed') SpeakerResolver.index(this.byRoleWord, folded.split(/[^a-z0-9]+/), e);
  }

  private setOrgWords(e: Ent, words: string[]): void {
    e.words = words;
    SpeakerResolver.index(this.byOrgWord, words, e);
  }

  /**
   * Entities indexed under any of `words`, in creation order. Per word only the LOOKUP_LIMIT
   * indexed last: "the minister" stands for a minister named recently, and a document with
   * thousands of ministers stays linear (each lookup was a scan of all of them).
   */
  private static lookup(map: Map<string, WordIndex>, words: Iterable<string>): Ent[] {
    return [...SpeakerResolver.lookupAny(map, words)].sort((a, b) => a.seq - b.seq);
  }

  /** `lookup` in no particular order, for callers that break ties themselves. */
  private static lookupAny(map: Map<string, WordIndex>, words: Iterable<string>): Set<Ent> {
    const found = new Set<Ent>();
    for (const w of words) {
      const list = map.get(w)?.list ?? [];
      for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) found.add(list[k]);
    }
    return found;
  }

  private newEnt(kind: Entity['kind']): Ent {
    const e: Ent = { id: `e${this.ents.length + 1}`, seq: this.ents.length, kind, names: [], nameSet: new Set(), best: null, bestWords: 0, multiWord: false, words: [], first: '', surname: '', roles: [], foldedRoles: [], fullMentions: [], gender: 'unknown', mentions: [], lastSeen: -1, used: false };
    this.ents.push(e);
    return e;
  }

  /** Words of a chunk's name; pieces written without a space ("Pryce-Jones") are one word. */
  private nameWords(c: Chunk): Array<{ text: string; lower: string }> {
    const out: Array<{ text: string; lower: string }> = [];
    let prevEnd = -1;
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
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
    const singles: Chunk[] = [];
    for (const c of chunks) {
      if (c.kind === 'person') {
        const words = this.nameWords(c).filter((w) => !NAME_SUFFIXES.has(w.lower));
        if (words.length === 0) continue;
        if (words.length === 1) { singles.push(c); continue; }
        // A headline in title case is no name: "Carson Defends Himself Against Claims".
        if (this.headlineLike(c)) continue;
        const surname = words[words.length - 1].lower;
        const first = words[0].lower;
        const list = this.bySurname.get(surname) ?? [];
        // A surname of several words without a first name: "Ní Mhurchú", "Ms Ferreira Gomes".
        const known = this.compoundSurname(c, words);
        if (known) { this.addPersonMention(known, c); this.surnameChunks.add(c.id); continue; }
        let ent = this.sameFirstName(surname, first);
        if (!ent) {
          ent = this.newEnt('person');
          ent.surname = surname;
          ent.first = first;
          list.push(ent);
          this.bySurname.set(surname, list);
          this.indexFirstName(surname, first, ent);
        }
        if (ent.first === '') ent.first = first;
        ent.fullMentions.push(this.input.tokens[c.first].start);
        this.addPersonMention(ent, c);
        // The last two or more words of a longer name, for "Ní Mhurchú" or "Ms Ferreira Gomes" later.
        this.byNameTail.add(words.map((w) => fold(w.lower)), ent);
      } else if (c.kind === 'organization' || c.kind === 'place') {
        if (c.nameFirst < 0) continue; // descriptors like "the ministry" resolve later
        const key = this.orgKey(c);
        // "Calder & Rowe" after "Calder & Rowe Homes": the start of a longer name is that firm.
        let ent = this.orgs.get(key) ?? this.orgByPrefix.get(key.split(' '));
        if (!ent) {
          ent = this.newEnt('organization');
          this.orgs.set(key, ent);
          this.indexPrefixes(key, ent);
        }
        // "Northmoor District Council's planning committee": the council is an organization too.
        const poss = key.indexOf(" 's ");
        if (poss > 0 && ORG_WORDS.has(key.slice(0, poss).split(' ').pop()!) && !this.orgs.has(key.slice(0, poss))) {
          const owner = this.newEnt('organization');
          const pk = key.slice(0, poss);
          this.orgs.set(pk, owner);
          let k = c.nameFirst;
          while (k < c.nameLast && this.input.tokens[k + 1].text !== "'s") k++;
          SpeakerResolver.addName(owner, this.span(c.nameFirst, k).text);
          this.setOrgWords(owner, pk.split(' '));
        }
        const sp = this.span(c.first, c.last);
        ent.mentions.push(sp);
        if (c.kind === 'organization' && COMPANY_NAME_WORDS.has(this.input.tokens[c.nameLast].lower)) this.companyMentions.push({ at: this.input.tokens[c.first].start, ent });
        const name = this.span(c.nameFirst, c.nameLast).text;
        // "the Kremlin" keeps its article; "the Northgate Port Authority" is named without it.
        const withThe = c.first < c.nameFirst && !/\s/.test(name) ? sp.text : name;
        SpeakerResolver.addName(ent, withThe);
        const keyWords = key.split(' ');
        this.setOrgWords(ent, keyWords);
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
    const thingLike = this.relativeKinds(singles);
    for (const c of singles) {
      const w = this.nameWords(c)[0];
      const list = this.bySurname.get(w.lower);
      // A first name alone ("Amara") points to the one person who has it, when the surname is shared.
      const byFirst = (byFirstName.get(w.lower) ?? []).filter((e) => e.surname !== w.lower);
      let ent: Ent;
      // The first word of an organization's name alone: "Tessaly" after "Tessaly Mobility"; a
      // word that takes "which" and never "who" ("Heatherline, which runs 30 routes, …").
      const org = list ? undefined : this.orgByFirstWord.get(w.lower) ?? (thingLike.has(w.lower) ? this.orgNamed(w.lower, c) : undefined);
      if (org) {
        this.byChunk.set(c.id, org);
        org.mentions.push(this.span(c.first, c.last));
        continue;
      }
      if (list && list.length >= 1) ent = list[0];
      else if (byFirst.length === 1) ent = byFirst[0];
      else {
        ent = this.newEnt('person');
        ent.surname = w.lower;
        this.bySurname.set(w.lower, [ent]);
      }
      this.addPersonMention(ent, c);
    }
    this.appositiveRoles();
    for (const e of this.ents) if (e.kind === 'person' && e.gender === 'unknown') e.gender = genderOfName(this.canonical(e), e.surname);
    // Single-word mentions were added after the full names: restore text order.
    this.personMentions.sort((a, b) => a.at - b.at);
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
    const title = c.roleFirst >= 0 ? this.input.tokens[c.roleFirst].lower.replace(/\.$/, '') : '';
    if (!SURNAME_OPENERS.has(first) && !NAME_PARTICLES.has(first) && !(HONORIFICS.has(title) && !isFirstName(first))) return null;
    return this.byNameTail.get(words.map((w) => fold(w.lower))) ?? null;
  }

  /**
   * Single capitalized words followed somewhere by ", which" and nowhere by ", who", and not
   * first names: things (companies, bodies), not people.
   */
  private relativeKinds(singles: Chunk[]): Set<string> {
    const { tokens } = this.input;
    const which = new Set<string>();
    const who = new Set<string>();
    for (const c of singles) {
      let k = c.last + 1;
      while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
      if (k >= tokens.length || tokens[k].text !== ',') continue;
      k++;
      while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
      const rel = k < tokens.length ? tokens[k].lower : '';
      const w = this.nameWords(c)[0].lower;
      if (rel === 'which') which.add(w);
      else if (rel === 'who') who.add(w);
    }
    for (const w of who) which.delete(w);
    for (const w of which) if (isFirstName(w)) which.delete(w);
    return which;
  }

  /** The organization entity for a one-word name, made on first use. */
  private orgNamed(key: string, c: Chunk): Ent {
    let ent = this.orgs.get(key);
    if (!ent) {
      ent = this.newEnt('organization');
      this.orgs.set(key, ent);
      SpeakerResolver.addName(ent, this.span(c.nameFirst, c.nameLast).text);
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
        const ent = this.byChunk.get(c.id);
        if (after >= 0 && (tokens[after].text === ',' || tokens[after].text === '.') && ent?.kind === 'person') {
          SpeakerResolver.index(this.byAge, [tokens[num].text], ent);
        }
      }
      const next = chunkAfterComma(c.last);
      if (!next || !closes(next.last)) continue;
      const [person, role] = c.kind === 'person' && next.kind === 'descriptor' ? [c, next] : c.kind === 'descriptor' && next.kind === 'person' ? [next, c] : [null, null];
      const ent = person ? this.byChunk.get(person.id) : undefined;
      if (!ent || ent.kind !== 'person' || !role) continue;
      this.addRole(ent, stripArticle(collapseSpaces(this.span(role.first, role.last).text)));
    }
  }

  /**
   * Index the starts of a firm's name ("calder & rowe" of "calder & rowe homes") when the words
   * dropped are no kind of public body: "Northmoor District" is a place, not its council.
   */
  private indexPrefixes(key: string, ent: Ent): void {
    const words = key.split(' ');
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

  /** The organization a named chunk stands for, by its whole name or as the start of a longer one. */
  private orgOf(c: Chunk): Ent | undefined {
    const key = this.orgKey(c);
    return this.orgs.get(key) ?? this.orgByPrefix.get(key.split(' '));
  }

  private orgKey(c: Chunk): string {
    const words: string[] = [];
    for (let k = c.nameFirst; k <= c.nameLast; k++) {
      const t = this.input.tokens[k];
      if (t.pos !== 'SPACE') words.push(t.lower.replace(/\./g, ''));
    }
    const key = words.join(' ');
    // "U.S." and "US", "Kiev" and "Kyiv" are one seat of government.
    return key === 'us' || key === 'usa' || key === 'united states' ? 'us' : key === 'kyiv' ? 'kiev' : key;
  }

  private addPersonMention(ent: Ent, c: Chunk): void {
    this.byChunk.set(c.id, ent);
    this.personMentions.push({ at: this.input.tokens[c.first].start, ent });
    const sp = this.span(c.first, c.last);
    ent.mentions.push(sp);
    const name = collapseSpaces(this.span(c.nameFirst, c.nameLast).text);
    SpeakerResolver.addName(ent, name);
    if (c.roleFirst >= 0) {
      const role = stripArticle(collapseSpaces(this.span(c.roleFirst, c.roleLast).text));
      this.addRole(ent, role);
      const last = this.input.tokens[c.roleLast].lower;
      if (ent.gender === 'unknown') ent.gender = genderOfRole(last);
    }
  }

  /** The fullest name of a person; the name as written for an organization. */
  canonical(e: Ent): string | null {
    return e.best;
  }

  /**
   * The person already made with this surname whose first name matches `first` (the same name,
   * or the same initial where either is an initial), the earliest made: what a scan of the
   * surname's people in order finds, without the scan (thousands of "X Smith" were quadratic).
   */
  private sameFirstName(surname: string, first: string): Ent | undefined {
    const ix = this.byFirst.get(surname);
    if (!ix) return undefined;
    if (first.length <= 2) return ix.initial.get(first[0]);
    const a = ix.exact.get(first);
    const b = ix.short.get(first[0]);
    return a && b ? (a.seq < b.seq ? a : b) : a ?? b;
  }

  private indexFirstName(surname: string, first: string, e: Ent): void {
    let ix = this.byFirst.get(surname);
    if (!ix) this.byFirst.set(surname, (ix = { exact: new Map(), initial: new Map(), short: new Map() }));
    if (!ix.exact.has(first)) ix.exact.set(first, e);
    if (!ix.initial.has(first[0])) ix.initial.set(first[0], e);
    if (first.length <= 2 && !ix.short.has(first[0])) ix.short.set(first[0], e);
  }

  /** Record a person as the subject of a sentence: pronouns later in the text may point to it. */
  noteSubject(c: Chunk, at: number): void {
    const ent = this.byChunk.get(c.id);
    if (ent && ent.kind === 'person') this.salience.push({ ent, at });
    // An organization as a sentence subject is what a later "it" stands for.
    if (c.kind === 'organization' && c.nameFirst >= 0) {
      const org = this.orgOf(c);
      if (org) this.lastOrg = org;
    }
  }

  /**
   * Every person a pronoun could stand for, with its evidence: the distinct people in focus (the
   * last 12 speakers and subjects, as the rule reads them) and the people mentioned within
   * PRONOUN_REACH before it (at most 6). Plural pronouns and "it" have none: they go to groups
   * and organizations.
   */
  private pronounCandidates(word: string, at: number, rulePick: Ent | null): Array<{ item: Ent; evidence: PronounEvidence }> {
    const info = PRONOUNS.get(word);
    if (!info || info.plural || word === 'it') return [];
    const out = new Map<Ent, PronounEvidence | null>();
    const gender = (e: Ent): PronounEvidence['gender'] => (info.gender === 'unknown' || e.gender === 'unknown' ? 'unknown' : e.gender === info.gender ? 'agree' : 'clash');
    const last = this.lastQuoteSpeaker.ent;
    // Agreement is a constraint, not evidence to weigh: a "he" is never a woman the text has
    // shown to be one. Only the rule's own pick is kept whatever its gender.
    const add = (e: Ent, distance: number): PronounEvidence | null => {
      if (gender(e) === 'clash' && e !== rulePick) {
        out.set(e, null);
        return null;
      }
      const ev: PronounEvidence = { gender: gender(e), focusRank: -1, mentionRank: -1, distance, lastSpeaker: e === last, spoke: e.used, fullName: e.multiWord, described: e.roles.length > 0, rulePick: e === rulePick };
      out.set(e, ev);
      return ev;
    };
    let focus = 0;
    for (let k = this.salience.length - 1; k >= 0 && k >= this.salience.length - 12; k--) {
      const e = this.salience[k].ent;
      if (e.kind === 'organization' || out.has(e)) continue;
      if (!e.multiWord && e.roles.length === 0 && e.gender === 'unknown' && !e.used) continue;
      const ev = add(e, at - this.salience[k].at);
      if (ev) ev.focusRank = focus++;
    }
    const list = this.personMentions;
    let mention = 0;
    for (let k = lastIndexBefore(list, at); k >= 0 && at - list[k].at <= PRONOUN_REACH && mention < 6; k--) {
      const e = list[k].ent;
      if (e.kind !== 'person') continue;
      const ev = out.has(e) ? out.get(e)! : add(e, at - list[k].at);
      if (!ev || ev.mentionRank >= 0) continue;
      ev.mentionRank = mention++;
      ev.distance = Math.min(ev.distance, at - list[k].at);
    }
    if (rulePick && !out.has(rulePick)) add(rulePick, PRONOUN_REACH);
    const candidates: Array<{ item: Ent; evidence: PronounEvidence }> = [];
    for (const [item, evidence] of out) if (evidence) candidates.push({ item, evidence });
    return candidates;
  }

  private byPronoun(word: string, at: number): { ent: Ent; learn: Gender | null } | null {
    const info = PRONOUNS.get(word);
    if (!info || info.plural || word === 'it') return null;
    let fallback: Ent | null = null;
    let fallbackAt = -1;
    let seen = 0;
    for (let k = this.salience.length - 1; k >= 0 && k >= this.salience.length - 12; k--) {
      const e = this.salience[k].ent;
      // A lone word found later to be an organization ("Brightwater … the company").
      if (e.kind === 'organization') continue;
      // A lone capitalized word never seen with a first name, role or gender is too weak a person.
      if (!e.multiWord && e.roles.length === 0 && e.gender === 'unknown' && !e.used) continue;
      if (info.gender === 'unknown' || e.gender === info.gender) return { ent: e, learn: null };
      // A person of unknown gender is kept as a fallback while a nearby person of the pronoun's
      // gender may still come: "she" prefers Sofía Arrieta to a just-named Trần Văn Đức.
      if (e.gender === 'unknown') {
        // The person just in focus, a sentence or so back, is meant whatever the gender tables
        // say: "Detective Inspector Abiodun Farrant said … He urged", not a man named earlier.
        if (k === this.salience.length - 1 && at - this.salience[k].at <= PRONOUN_NEAR) return { ent: e, learn: info.gender };
        if (!fallback) { fallback = e; fallbackAt = this.salience[k].at; }
      }
      if (fallback && ++seen > 2) break;
    }
    // No subject or speaker in focus who could be meant: a person of the pronoun's gender named
    // nearby in any other position ("Anna Vos met Peter Smit. He said …"). A subject of unknown
    // gender still wins over such a mention: "Lavrov warned … He reiterated" after Blinken.
    // A person of the pronoun's gender named after that subject also beats it: "Rui Valadão
    // watched. His daughters' coach, Mariana Leite-Pires, … 'They know each other's game,' she said."
    if (info.gender === 'unknown') return fallback && { ent: fallback, learn: null };
    const named = this.mentionedBefore(info.gender, at);
    // Nobody of the gender and nobody in focus: the person of unknown gender named last, as a
    // reader takes "a co-author, Dr Đặng Minh Anh, who … She said".
    const ent = !fallback ? named?.ent ?? this.mentionedBefore('unknown', at)?.ent ?? null : named && named.at > fallbackAt ? named.ent : fallback;
    return ent && { ent, learn: null };
  }

  /**
   * A pronoun that plainly refers to a person whose first name gave no gender tells it: after
   * "Dr Nguyễn Thanh Tâm said … He denied", a later "she" is someone else.
   */
  private learnGender(e: Ent, gender: Gender): Ent {
    if (e.kind === 'person' && e.gender === 'unknown') e.gender = gender;
    return e;
  }

  /** The person of `gender` mentioned last before `at`, within a paragraph or two. */
  private mentionedBefore(gender: Gender, at: number): { ent: Ent; at: number } | null {
    const list = this.personMentions;
    for (let k = lastIndexBefore(list, at); k >= 0 && at - list[k].at <= PRONOUN_REACH; k--) {
      const e = list[k].ent;
      // Of unknown gender, only someone described (a title or role) or heard: an unknown
      // two-word place ("Cwm Halen") is no one.
      if (e.gender === gender && (gender !== 'unknown' || e.roles.length > 0 || e.used)) return list[k];
    }
    return null;
  }

  /** The person given this age, the one seen last if several: "the 41-year-old replied". */
  private byAgeOf(c: Chunk): Ent | null {
    const list = this.byAge.get(this.input.tokens[c.first + 1].text)?.list;
    if (!list) return null;
    // The last LOOKUP_LIMIT given the age only, so a roll of thousands of 41-year-olds stays linear.
    let best = list[list.length - 1];
    for (let k = list.length - 2; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) if (list[k].lastSeen > best.lastSeen) best = list[k];
    return best;
  }

  private hasNamingModifier(c: Chunk): boolean {
    const { tokens } = this.input;
    for (let k = c.first + 1; k <= c.last; k++) if (tokens[k].cap || DEMONYMS.has(tokens[k].lower)) return true;
    return false;
  }

  /**
   * The named person who spoke or was a subject just before `at` (PRONOUN_NEAR), if no one
   * else came between and no role of theirs contradicts a descriptor.
   */
  private inFocus(at: number): Ent | null {
    const last = this.salience[this.salience.length - 1];
    if (!last || last.ent.kind !== 'person' || !last.ent.multiWord || at - last.at > PRONOUN_NEAR) return null;
    return last.ent;
  }

  /** The person most recently in focus, whatever the gender: "the 27-year-old said". */
  private mostSalient(): Ent | null {
    for (let k = this.salience.length - 1; k >= 0 && k >= this.salience.length - 6; k--) {
      const e = this.salience[k].ent;
      if (e.multiWord || e.roles.length > 0) return e;
    }
    return null;
  }

  private byDescriptor(c: Chunk): Ent | null {
    const { tokens } = this.input;
    const head = c.head;
    const wanted = new Set([head, ...(Object.hasOwn(ROLE_SYNONYMS, head) ? ROLE_SYNONYMS[head] : [])]);
    const mods: string[] = [];
    for (let k = c.first; k < c.last; k++) {
      const l = tokens[k].lower;
      if (DEMONYMS.has(l) || tokens[k].cap) mods.push(l.replace(/\./g, ''));
    }
    let best: Ent | null = null;
    let bestScore = 0;
    // Folded once here, not per entity and role: in a long document a role word is looked up
    // against dozens of entities with many roles each.
    const folded = [...wanted].map((w) => w.replace(/\./g, ''));
    const wantedWords: string[] = [];
    for (const w of folded) wantedWords.push(...w.split(/[^a-z0-9]+/));
    const headScore = [...wanted].map((w) => (w === head ? 3 : 2));
    // In a long document the same descriptor comes back against the same entities: an entity's
    // score for a head is kept until it gets another role.
    for (const e of SpeakerResolver.lookupAny(this.byRoleWord, wantedWords)) {
      const roles = e.foldedRoles;
      const scores = (e.headScores ??= new Map());
      let score = scores.get(head);
      if (score === undefined) {
        score = 0;
        // 3 (the head itself) is the most a role can score: no need to read further roles.
        for (let j = 0; j < roles.length && score < 3; j++) {
          for (let k = 0; k < folded.length; k++) if (roles[j].includes(folded[k])) score = Math.max(score, headScore[k]);
        }
        scores.set(head, score);
      }
      if (score === 0) continue;
      for (const m of mods) if (roles.some((r) => r.includes(m) || (m === 'us' || m === 'american') && (r.includes('us ') || r.includes('u.s')))) score += 1;
      for (const m of mods) if (DEMONYMS.has(m) && !roles.some((r) => r.includes(m) || (m === 'us' && r.includes('us')))) score -= 2;
      // Ties go to the one seen last, then to the one made first: the same choice whatever the
      // order candidates come in.
      if (score > bestScore || score === bestScore && best && (e.lastSeen > best.lastSeen || e.lastSeen === best.lastSeen && e.seq < best.seq)) { best = e; bestScore = score; }
    }
    return bestScore >= 2 ? best : null;
  }

  /**
   * "the company": the company named most often before this point (ties to the latest). Calls
   * come in text order, so the counts are carried forward instead of recounted (linear).
   */
  private companyBefore(at: number): Ent | null {
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
   * "the company" when no name with a company word came before: the organization in focus if
   * its name holds no word of another kind of body ("Helvion, which owns the line, said … The
   * company denied"), else the last speaker if it is a lone capitalized word never given a
   * first name, title, role or gender ("Brightwater said in a statement … The company said"),
   * which then becomes the organization it evidently is.
   */
  private companyInFocus(): Ent | null {
    if (this.lastOrg && !this.lastOrg.words.some((w) => ORG_WORDS.has(w) && !COMPANY_NAME_WORDS.has(w))) return this.lastOrg;
    const e = this.lastQuoteSpeaker.ent;
    if (!e || e.kind !== 'person' || e.multiWord || e.first !== '' || e.roles.length > 0 || e.gender !== 'unknown') return null;
    e.kind = 'organization';
    this.setOrgWords(e, [e.surname]);
    return e;
  }

  /**
   * An organization named before, by the head of a descriptor ("the ministry"). Capitalized
   * modifiers must agree: "the Kaldorian foreign ministry" is not Merovia's.
   */
  private orgByHead(c: Chunk): Ent | null {
    const { tokens } = this.input;
    const mods: string[] = [];
    for (let k = c.first; k < c.last; k++) if (tokens[k].cap && tokens[k].lower !== 'the') mods.push(tokens[k].lower);
    let best: Ent | null = null;
    // A name ending in the head beats one that only holds it: "the council" is Northmoor District
    // Council, not its planning committee.
    let bestEnds = false;
    for (const e of SpeakerResolver.lookup(this.byOrgWord, [c.head])) {
      if (e.kind !== 'organization' || mods.some((m) => !e.words.includes(m))) continue;
      const ends = e.words[e.words.length - 1] === c.head;
      if (!best || ends && !bestEnds || ends === bestEnds && e.lastSeen >= best.lastSeen) { best = e; bestEnds = ends; }
    }
    return best;
  }

  /**
   * "the department" right after "Global Affairs Canada said": a bare definite public-body noun,
   * and an organization in focus whose name holds no organization word at all.
   */
  private bodyNamedWithoutKind(c: Chunk): boolean {
    const { tokens } = this.input;
    const bare = c.last === c.first + 1 && tokens[c.first].lower === 'the';
    return bare && PUBLIC_BODY_HEADS.has(c.head) && this.lastOrg !== null && !this.lastOrg.words.some((w) => ORG_WORDS.has(w));
  }

  /** Resolve a candidate's speaker. Candidates must come in document order. */
  resolve(q: Candidate): ResolvedSpeaker | null {
    const frame = q.frame;
    this.lastPronoun = [];
    // An adjacent sentence's subject only stands in when the quote does not continue a speaker
    // of the same paragraph.
    const continuesHere = q.continues && this.lastQuoteSpeaker.ent !== null && q.paragraph === this.lastQuoteSpeaker.paragraph;
    const subject = frame?.subject ?? null;
    // A name labelling a quotation with a colon ("Lena Park: '…'") outranks a speaker carried
    // over from before: the label says who speaks now.
    const label = !subject && q.kind === 'direct' ? labelBeforeColon(this.input.tokens, this.input.chunks, q.start) : null;
    const c = subject ? speakerMention(this.input.tokens, this.input.chunks, subject) : label ?? (continuesHere ? null : q.beat ?? null);
    let out: ResolvedSpeaker | null = null;
    if (c) {
      const mention = this.span(c.first, c.last);
      switch (c.kind) {
        case 'person': {
          let ent = this.byChunk.get(c.id) ?? null;
          if (ent && ent.kind === 'organization') {
            out = { entity: ent, mention, via: 'organization' };
            break;
          }
          const words = this.nameWords(c);
          if (ent && words.length === 1) {
            const list = this.bySurname.get(words[0].lower) ?? [ent];
            if (list.length > 1) ent = this.sharedSurname(words[0].lower, list, c);
          }
          if (ent) {
            const apposition = frame?.apposition ? this.span(frame.apposition[0], frame.apposition[1]) : null;
            if (apposition) {
              // The role is the apposition's head phrase: "a hydrologist at Great Basin State
              // University who is not related to the mayor" → "hydrologist at Great Basin State University".
              const role = apposition.text.replace(/^(who is |a |an |the )/i, '').replace(/\s+/g, ' ').replace(/,? (who|which|whose|where) .*$/, '');
              if (role.split(' ').length <= 12) this.addRole(ent, role);
            }
            out = { entity: ent, mention, via: (words.length === 1 || this.surnameChunks.has(c.id)) && ent.names.length > 0 && this.canonical(ent) !== words[0].text ? 'surname' : apposition ? 'apposition' : 'name' };
          }
          break;
        }
        case 'pronoun': {
          const at = this.input.tokens[c.first].start;
          const rule = this.byPronoun(c.head, at);
          this.lastPronoun = this.pronounCandidates(c.head, at, rule?.ent ?? null);
          const ranked = rankPronoun(this.lastPronoun);
          // The best candidate is taken however low its score: the pronoun is still the speaker's
          // mention, and the record's confidence (which reads the runner-up's share) says how sure.
          const top = ranked.length ? ranked[0] : null;
          // Gender learnt from the pronoun only once the choice is made, and only for the rule's
          // own pick of a person in focus: a decision never changes the state it is made from.
          if (top && rule?.learn && top.item === rule.ent) this.learnGender(rule.ent, rule.learn);
          const ent = top?.item ?? null;
          if (ent) {
            out = { entity: ent, mention, via: 'pronoun', share: top!.share };
            if (ranked.length > 1) out.alternatives = [{ entity: ranked[1].item, share: ranked[1].share }];
          } else if (c.head === 'they' || c.head === 'it') {
            const org = c.head === 'it' ? this.lastOrg : this.lastQuoteSpeaker.ent;
            if (org && org.kind !== 'person') out = { entity: org, mention, via: 'pronoun' };
            // "they say" with no body in focus: an unnamed group, kept with its pronoun as the
            // mention, never the last-named person.
            else if (c.head === 'they') out = { entity: this.groupOf(mention), mention, via: 'anonymous' };
          }
          break;
        }
        case 'descriptor': {
          if (c.head === 'year-old' || c.epithet) {
            const ent = (c.head === 'year-old' ? this.byAgeOf(c) : null) ?? this.mostSalient();
            if (ent) { out = { entity: ent, mention, via: 'descriptor' }; break; }
          }
          if (c.definite) {
            const ent = this.byDescriptor(c);
            if (ent) { out = { entity: ent, mention, via: 'descriptor' }; break; }
            // A role nobody was given, right after a named person spoke or was the subject:
            // "Pieter-Jan de Wolf … remembered him as '…'. '…,' his former colleague said."
            // Only "the X": "his landlord", "her son" are someone else than the one in focus.
            // A nationality or a capitalized word narrows the role to someone the story would
            // have described so: "the top Russian diplomat" after President Putin is not Putin.
            const focus = this.input.tokens[c.first].lower === 'the' && !this.hasNamingModifier(c) ? this.inFocus(this.input.tokens[c.first].start) : null;
            if (focus) { out = { entity: focus, mention, via: 'descriptor' }; break; }
          }
          const anon = this.newEnt('unnamed');
          this.addRole(anon, mention.text.replace(/^(the|a|an)\s+/i, ''));
          anon.mentions.push(mention);
          out = { entity: anon, mention, via: 'anonymous' };
          break;
        }
        case 'group':
          out = { entity: this.groupOf(mention), mention, via: 'anonymous' };
          break;
        case 'organization':
        case 'place': {
          let ent: Ent | null = null;
          if (c.nameFirst >= 0) ent = this.orgOf(c) ?? null;
          else ent = this.orgByHead(c) ?? (c.definite && COMPANY_HEADS.has(c.head) ? this.companyBefore(this.input.tokens[c.first].start) ?? this.companyInFocus() : null)
            // "Global Affairs Canada said … 'the department said'": a public body named without
            // its kind is what "the department" stands for when it was the last in focus.
            ?? (this.bodyNamedWithoutKind(c) ? this.lastOrg : null);
          if (!ent) {
            ent = this.newEnt('organization');
            SpeakerResolver.addName(ent, mention.text);
            this.setOrgWords(ent, [c.head]);
            this.orgs.set(fold(mention.text), ent);
          }
          ent.mentions.push(mention);
          out = { entity: ent, mention, via: 'organization' };
          break;
        }
      }
    } else if (q.continues && this.lastQuoteSpeaker.ent && q.paragraph - this.lastQuoteSpeaker.paragraph <= 1) {
      // The mention is the one that named the speaker of the quote this one continues.
      out = { entity: this.lastQuoteSpeaker.ent, mention: this.lastQuoteSpeaker.mention!, via: 'continuation' };
    }
    if (out) {
      out.entity.used = true;
      out.entity.lastSeen = q.start;
      // An unnamed source who just spoke is who a following "he" or "she" most likely is.
      if (out.entity.kind === 'person' || out.entity.kind === 'unnamed') this.salience.push({ ent: out.entity, at: q.start });
      else if (out.entity.kind === 'organization') this.lastOrg = out.entity;
      this.lastQuoteSpeaker = { ent: out.entity, mention: out.mention, paragraph: q.paragraph };
    }
    return out;
  }

  /** A new unnamed group entity for a mention such as "officials" or "they". */
  private groupOf(mention: Span): Ent {
    const g = this.newEnt('group');
    g.mentions.push(mention);
    this.addRole(g, mention.text.replace(/^(the|a|an)\s+/i, ''));
    return g;
  }

  /**
   * Two people share the surname: "Ms Brambilla" is the woman; otherwise the one named in full
   * most recently before this mention.
   */
  private sharedSurname(surname: string, list: Ent[], c: Chunk): Ent {
    const { tokens } = this.input;
    const title = c.roleFirst >= 0 ? tokens[c.roleFirst].lower.replace(/\.$/, '') : '';
    const gender = title === 'mr' ? 'male' : title === 'ms' || title === 'mrs' || title === 'miss' ? 'female' : null;
    // Every person in `list` was named in full at least once (people named by surname alone get
    // a list of their own), so the gender's list is empty exactly when no one has that gender.
    // Searching the surname's full mentions in text order replaces a scan of all its people
    // per quote, which was quadratic for thousands of "X Smith".
    let order = this.fullOrder.get(surname);
    if (!order) {
      const all = list.flatMap((ent) => ent.fullMentions.map((at) => ({ at, ent }))).sort((a, b) => a.at - b.at);
      const of = (g: Gender) => ({ mentions: all.filter((m) => m.ent.gender === g), earliest: list.find((e) => e.gender === g) });
      order = { all: { mentions: all, earliest: list[0] }, female: of('female'), male: of('male') };
      this.fullOrder.set(surname, order);
    }
    const pool = gender && order[gender].earliest ? order[gender] : order.all;
    // The person named in full last before this mention; failing that, the earliest person.
    const k = lastIndexBefore(pool.mentions, tokens[c.first].start);
    return k >= 0 ? pool.mentions[k].ent : pool.earliest!;
  }

  nameOf(e: Ent): string | null {
    return e.kind === 'unnamed' || e.kind === 'group' ? null : this.canonical(e);
  }

  /** Entities that speak or are named, as records. */
  entities(): Entity[] {
    return this.ents
      .filter((e) => e.used || e.kind === 'person')
      .map((e) => ({
        id: e.id,
        name: this.nameOf(e),
        kind: e.kind,
        aliases: e.names.filter((n) => n !== e.best),
        roles: e.roles,
        gender: e.gender,
        mentions: e.mentions,
      }));
  }
}

/** Index of the last entry of `xs` (sorted by `at`) with `at` below `at`, or -1. */
function lastIndexBefore(xs: Array<{ at: number }>, at: number): number {
  return countBefore(xs.length, (i) => xs[i].at < at) - 1;
}

/** Words of a name that are particles, for callers comparing names. */
export function isParticle(w: string): boolean {
  return NAME_PARTICLES.has(w.toLowerCase());
}
