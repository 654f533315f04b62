// Candidate sources: who a pronoun, descriptor or organization noun in a speaker position could stand for.
//
// Each source answers from the entity registry (./registry) and the focus of the text read so far
// (who spoke last, who was a subject, which body was in focus). Sources only read: the one state
// change a source may cause (a lone word shown to be a company, see `companyInFocus`) is named.
import { DEMONYMS, ORG_WORDS, PLACES, PRONOUNS, ROLE_SYNONYMS } from '../lang/en';
import { COMPANY_NAME_WORDS, GENERIC_BODY_HEADS, PUBLIC_BODY_HEADS, SPEAKING_PRONOUNS } from '../lang/speakers';
import { DOCUMENT_READ_FORMS } from '../lang/en-mentions';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import { nextWord } from '../text/cues';
import { tokenFrom } from './mention';
import type { Token } from '../text/tokenize';
import type { PronounEvidence } from './pronoun-ranker';
import { alphanumericRuns, type Ent, type EntityRegistry, type Gender, type MentionSpan, lastIndexBefore } from './registry';

/** How far back (normalized characters) a pronoun looks for a person outside subject position. */
const PRONOUN_REACH = 600;
/** A subject this close before a pronoun (normalized characters) is its referent even without a known gender. */
const PRONOUN_NEAR = 250;
/** How many focus events back a surname shared by several people looks for one of them. */
const SURNAME_FOCUS_REACH = 24;

const QUOTE_MARK = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/;
/** Pronouns that speak a quotation framed after it. */

/**
 * A verb as the tagger reads it, or one it mistags: "shot back", "riffed" (a past tense by its
 * ending), "Roe answers." (a present tense ending the sentence right after a name).
 */
/** Words an apposition between a name after a quotation and its verb may hold. */
const APPOSITION_WORDS = 12;

function verbLike(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos === 'VERB') return true;
  if (t.cap || !/^[a-z]+$/.test(t.text)) return false;
  let n = k + 1;
  while (n < tokens.length && tokens[n].pos === 'SPACE') n++;
  const end = n >= tokens.length || tokens[n].text === '.' || tokens[n].afterNewline;
  return t.text.endsWith('ed') || (n < tokens.length && tokens[n].lower === 'back') || end && /[^s]s$/.test(t.text);
}

/** What the text read so far has put in focus: updated by the resolver after each decision. */
export class Focus {
  /** Person entities in order of salience events (speaker or sentence subject). */
  readonly salience: Array<{ ent: Ent; at: number }> = [];
  /** The organization last in focus (subject or speaker), for "it said". */
  lastOrg: Ent | null = null;
  /** The speaker of the last attributed quote, the mention that named it, and its paragraph. */
  lastQuoteSpeaker: { ent: Ent | null; mention: MentionSpan | null; paragraph: number } = { ent: null, mention: null, paragraph: -1 };
  /** The same for the last quotation in marks: what a continuing quotation continues. */
  lastMarkedSpeaker: { ent: Ent | null; mention: MentionSpan | null; paragraph: number } = { ent: null, mention: null, paragraph: -1 };
}

/** A pronoun's referent as the ordered rules pick it, with a gender the pronoun would teach. */
export interface RulePick {
  ent: Ent;
  learn: Gender | null;
}

export class CandidateSources {
  constructor(
    private readonly registry: EntityRegistry,
    private readonly tokens: Token[],
    private readonly focus: Focus,
  ) {}

  /**
   * Every person a pronoun could stand for, with its evidence: the distinct people in focus (the
   * last 12 speakers and subjects, as the rule reads them) and the people mentioned within
   * PRONOUN_REACH before it (at most 6). Plural pronouns and "it" have none: they go to groups
   * and organizations.
   */
  pronounCandidates(word: string, at: number, rulePick: Ent | null): Array<{ item: Ent; evidence: PronounEvidence }> {
    const info = PRONOUNS.get(word);
    if (!info || info.plural || word === 'it') return [];
    const out = new Map<Ent, PronounEvidence | null>();
    const gender = (e: Ent): PronounEvidence['gender'] => (info.gender === 'unknown' || e.gender === 'unknown' ? 'unknown' : e.gender === info.gender ? 'agree' : 'clash');
    const last = this.focus.lastQuoteSpeaker.ent;
    // Agreement is a constraint, not evidence to weigh: a "he" is never a woman the text has
    // shown to be one. Only the rule's own pick is kept whatever its gender.
    const add = (e: Ent, distance: number): PronounEvidence | null => {
      if (gender(e) === 'clash' && e !== rulePick) {
        out.set(e, null);
        return null;
      }
      const ev: PronounEvidence = { gender: gender(e), focusRank: -1, mentionRank: -1, distance, lastSpeaker: e === last, spoke: e.used, fullName: e.multiWord, described: e.roles.length > 0, rulePick: e === rulePick, mostMentioned: false };
      out.set(e, ev);
      return ev;
    };
    const { salience } = this.focus;
    let focus = 0;
    for (let k = salience.length - 1; k >= 0 && k >= salience.length - 12; k--) {
      const e = salience[k].ent;
      if (e.kind === 'organization' || out.has(e)) continue;
      if (!e.multiWord && e.roles.length === 0 && e.gender === 'unknown' && !e.used) continue;
      const ev = add(e, at - salience[k].at);
      if (ev) ev.focusRank = focus++;
    }
    const list = this.registry.mentionsOfPeople();
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
    let most = 0;
    let mostCount = 0;
    for (const [item, evidence] of out) {
      if (!evidence) continue;
      candidates.push({ item, evidence });
      // Salience over the whole story: one person named far more often than the others.
      const n = item.mentions.length;
      if (n > most) { most = n; mostCount = 1; } else if (n === most) mostCount++;
    }
    if (mostCount === 1 && most >= 3) for (const c of candidates) c.evidence.mostMentioned = c.item.mentions.length === most;
    return candidates;
  }

  /** The ordered rules' referent of a singular personal pronoun: one of the pronoun ranker's features. */
  byPronoun(word: string, at: number): RulePick | null {
    const info = PRONOUNS.get(word);
    if (!info || info.plural || word === 'it') return null;
    const { salience } = this.focus;
    let fallback: Ent | null = null;
    let fallbackAt = -1;
    let seen = 0;
    for (let k = salience.length - 1; k >= 0 && k >= salience.length - 12; k--) {
      const e = salience[k].ent;
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
        if (k === salience.length - 1 && at - salience[k].at <= PRONOUN_NEAR) return { ent: e, learn: info.gender };
        if (!fallback) { fallback = e; fallbackAt = salience[k].at; }
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

  /** The person of `gender` mentioned last before `at`, within a paragraph or two. */
  private mentionedBefore(gender: Gender, at: number): { ent: Ent; at: number } | null {
    const list = this.registry.mentionsOfPeople();
    for (let k = lastIndexBefore(list, at); k >= 0 && at - list[k].at <= PRONOUN_REACH; k--) {
      const e = list[k].ent;
      // Of unknown gender, only someone described (a title or role) or heard: an unknown
      // two-word place ("Cwm Halen") is no one.
      if (e.gender === gender && (gender !== 'unknown' || e.roles.length > 0 || e.used)) return list[k];
    }
    return null;
  }

  /** "the 41-year-old": the person given that age in apposition. */
  byAge(c: Chunk): Ent | null {
    return this.registry.ofAge(this.tokens[c.first + 1].text);
  }

  /**
   * A capitalized word or a nationality among the descriptor's modifiers ("the top Russian
   * diplomat"), or a capitalized complement after "of" naming its office ("the mayor of Ashby").
   */
  hasNamingModifier(c: Chunk): boolean {
    const { tokens } = this;
    for (let k = c.first + 1; k <= c.last; k++) if (tokens[k].cap || DEMONYMS.has(tokens[k].lower)) return true;
    const of = nextWord(tokens, c.last, tokens.length - 1);
    const complement = of >= 0 && tokens[of].lower === 'of' ? nextWord(tokens, of, tokens.length - 1) : -1;
    return complement >= 0 && tokens[complement].cap;
  }

  /**
   * The named person who spoke or was a subject just before `at` (PRONOUN_NEAR), if no one
   * else came between and no role of theirs contradicts a descriptor.
   */
  inFocus(at: number): Ent | null {
    const { salience } = this.focus;
    const last = salience[salience.length - 1];
    if (!last || last.ent.kind !== 'person' || !last.ent.multiWord || at - last.at > PRONOUN_NEAR) return null;
    return last.ent;
  }

  /** The person most recently in focus, whatever the gender: "the 27-year-old said". */
  mostSalient(): Ent | null {
    const { salience } = this.focus;
    for (let k = salience.length - 1; k >= 0 && k >= salience.length - 6; k--) {
      const e = salience[k].ent;
      if (e.multiWord || e.roles.length > 0) return e;
    }
    return null;
  }

  /** The person or unnamed source given a role that a descriptor's head ("the diplomat") matches best. */
  byDescriptor(c: Chunk): Ent | null {
    const { tokens } = this;
    const head = c.head;
    const wanted = new Set([head, ...(Object.hasOwn(ROLE_SYNONYMS, head) ? ROLE_SYNONYMS[head] : [])]);
    const mods: string[] = [];
    for (let k = c.first; k < c.last; k++) {
      const l = tokens[k].lower;
      if (DEMONYMS.has(l) || tokens[k].cap) mods.push(l.replace(/\./g, ''));
    }
    const of = tokens[c.last + 1];
    const office = of?.lower === 'of' && tokens[c.last + 2] ? `${head} of ${tokens[c.last + 2].lower}` : null;
    let best: Ent | null = null;
    let bestScore = 0;
    // Folded once here, not per entity and role: in a long document a role word is looked up
    // against dozens of entities with many roles each.
    const folded = [...wanted].map((w) => w.replace(/\./g, ''));
    const wantedWords: string[] = [];
    for (const w of folded) wantedWords.push(...alphanumericRuns(w));
    const headScore = [...wanted].map((w) => (w === head ? 3 : 2));
    // In a long document the same descriptor comes back against the same entities: an entity's
    // score for a head is kept until it gets another role.
    for (const e of this.registry.roleHolders(wantedWords)) {
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
      // "the secretary of state" names its office through what follows the head: a role that
      // holds the whole office outranks one that only shares the head ("deputy secretary general").
      if (office && roles.some((r) => r.includes(office))) score += 1;
      for (const m of mods) if (roles.some((r) => r.includes(m) || (m === 'us' || m === 'american') && (r.includes('us ') || r.includes('u.s')))) score += 1;
      for (const m of mods) if (DEMONYMS.has(m) && !roles.some((r) => r.includes(m) || (m === 'us' && r.includes('us')))) score -= 2;
      // Ties go to the one seen last, then to the one made first: the same choice whatever the
      // order candidates come in.
      if (score > bestScore || score === bestScore && best && (e.lastSeen > best.lastSeen || e.lastSeen === best.lastSeen && e.seq < best.seq)) { best = e; bestScore = score; }
    }
    return bestScore >= 2 ? best : null;
  }

  /**
   * "the company" when no name with a company word came before: the organization in focus if
   * its name holds no word of another kind of body ("Helvion, which owns the line, said … The
   * company denied"), else the last speaker if it is a lone capitalized word never given a
   * first name, title, role or gender ("Brightwater said in a statement … The company said"),
   * which then becomes the organization it evidently is (the one state change a source makes).
   */
  companyInFocus(): Ent | null {
    const { lastOrg } = this.focus;
    // A country or capital speaking for its government ("China said") is no company.
    if (lastOrg && !PLACES.has(lastOrg.words.join(' ')) && !lastOrg.words.some((w) => ORG_WORDS.has(w) && !COMPANY_NAME_WORDS.has(w))) return lastOrg;
    const e = this.focus.lastQuoteSpeaker.ent;
    if (!e || e.kind !== 'person' || e.multiWord || e.first !== '' || e.roles.length > 0 || e.gender !== 'unknown') return null;
    e.kind = 'organization';
    this.registry.setOrgWords(e, [e.surname]);
    return e;
  }

  /**
   * An organization named before, by the head of a descriptor ("the ministry"). Capitalized
   * modifiers must agree: "the Kaldorian foreign ministry" is not Merovia's.
   */
  orgByHead(c: Chunk): Ent | null {
    const { tokens } = this;
    const mods: string[] = [];
    for (let k = c.first; k < c.last; k++) if (tokens[k].cap && tokens[k].lower !== 'the') mods.push(tokens[k].lower);
    let best: Ent | null = null;
    // A name ending in the head beats one that only holds it: "the council" is Northmoor District
    // Council, not its planning committee.
    let bestEnds = false;
    for (const e of this.registry.orgsWithWord(c.head)) {
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
  bodyNamedWithoutKind(c: Chunk): Ent | null {
    const { lastOrg } = this.focus;
    return this.theAndHead(c) && PUBLIC_BODY_HEADS.has(c.head) && lastOrg !== null && !lastOrg.words.some((w) => ORG_WORDS.has(w)) ? lastOrg : null;
  }

  /**
   * "the group", "the organization" after "The Harbour Light Foundation said": a bare definite
   * generic noun for a body, and the organization in focus, when that is no place and no public
   * body (a ministry is no group).
   */
  bodyByGenericHead(c: Chunk): Ent | null {
    const { lastOrg } = this.focus;
    if (!this.theAndHead(c) || !GENERIC_BODY_HEADS.has(c.head) || lastOrg === null) return null;
    return PLACES.has(lastOrg.words.join(' ')) || lastOrg.words.some((w) => PUBLIC_BODY_HEADS.has(w)) ? null : lastOrg;
  }

  /** The chunk is "the" and its head noun alone ("the department", "the group"). */
  private theAndHead(c: Chunk): boolean {
    return c.last === c.first + 1 && this.tokens[c.first].lower === 'the';
  }

  /**
   * A quotation with no reporting verb the cue lists, framed right after its closing mark by a
   * subject and any verb ("'…,' Bennett shot back", "'…' he urged them") or by a verb and a
   * named person ("'…!' beamed Dana Hart"): that subject speaks it, not the previous speaker.
   */
  subjectAfterQuote(chunks: ChunkIndex, end: number, from = tokenFrom(this.tokens, end)): Chunk | null {
    const { tokens } = this;
    let k = from;
    const next = () => { while (k < tokens.length && tokens[k].pos === 'SPACE') k++; };
    next();
    // The content's own closing punctuation sits inside the marks: "'…,' Bennett shot back".
    let closed = false;
    while (k < tokens.length && (tokens[k].text === ',' || tokens[k].text === '!' || tokens[k].text === '?')) { closed ||= tokens[k].text !== ','; k++; next(); }
    // A full stop inside the marks ends the sentence as "?" and "!" may.
    if (!closed) { let b = k - 1; while (b >= 0 && (tokens[b].pos === 'SPACE' || QUOTE_MARK.test(tokens[b].text))) b--; closed = b >= 0 && /^[.?!]$/.test(tokens[b].text); }
    let marks = 0;
    while (k < tokens.length && QUOTE_MARK.test(tokens[k].text)) { k++; marks++; next(); }
    if (marks === 0) return null;
    if (k < tokens.length && tokens[k].text === ',') { k++; next(); }
    if (k >= tokens.length || tokens[k].afterNewline) return null;
    // "an angry Hollande retaliated": a determiner and adjectives before a name.
    const start = k;
    while (k < tokens.length && k - start < 4 && chunks.chunkAt[k] < 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' && !tokens[k].cap)) { k++; next(); }
    if (k > start && (k >= tokens.length || chunks.chunkAt[k] < 0 || chunks.chunks[chunks.chunkAt[k]].nameFirst < 0)) return null;
    const id = chunks.chunkAt[k];
    if (id >= 0) {
      const c = chunks.chunks[id];
      if (c.first !== k || c.plural || (c.kind !== 'person' && c.kind !== 'pronoun' && c.kind !== 'descriptor')) return null;
      // "it" is chunked after a closing mark only before a verb closing the frame (see findChunks).
      if (c.kind === 'pronoun' && !SPEAKING_PRONOUNS.has(c.head) && c.head !== 'it') return null;
      k = c.last + 1;
      next();
      // `"…," Miller, a retired welder from Ava, said`: an apposition set off by commas before the verb.
      if (k < tokens.length && tokens[k].text === ',' && c.kind === 'person' && c.nameFirst >= 0) {
        let close = k + 1;
        for (let words = 0; close < tokens.length && words <= APPOSITION_WORDS && tokens[close].text !== ','; close++) {
          const t = tokens[close];
          if (t.pos === 'SPACE') continue;
          if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'X' || /^[.;:?!]$/.test(t.text) || QUOTE_MARK.test(t.text) || t.afterNewline) return null;
          words++;
        }
        if (close >= tokens.length || tokens[close].text !== ',') return null;
        k = close + 1;
        next();
        while (k < tokens.length && tokens[k].pos === 'ADV') { k++; next(); }
        if (k >= tokens.length || tokens[k].pos !== 'VERB') return null;
      }
      if (k >= tokens.length || !verbLike(tokens, k)) return null;
      // After a sentence closed inside the marks, a verb taking an object or a clause opens a
      // sentence of its own: `"…?" Veld put his house up for sale.`
      let o = k + 1;
      while (o < tokens.length && tokens[o].pos === 'SPACE') o++;
      const object = o < tokens.length && (tokens[o].pos === 'DET' || tokens[o].lower === 'that' || tokens[o].lower === 'his' || tokens[o].lower === 'her' || tokens[o].lower === 'their');
      return closed && object ? null : c;
    }
    if (tokens[k].pos !== 'VERB' || tokens[k].cap) return null;
    // `"…," read the statement`: a document after "read", a named person after any other verb.
    const read = DOCUMENT_READ_FORMS.has(tokens[k].text);
    k++;
    next();
    const after = k < tokens.length ? chunks.chunkAt[k] : -1;
    const c = after >= 0 ? chunks.chunks[after] : null;
    return c && c.first === k && (c.kind === 'person' && c.nameFirst >= 0 || read && c.kind === 'descriptor') ? c : null;
  }

  /**
   * Two people share the surname of a one-word mention: "Ms Brambilla" is the woman; otherwise
   * the one named in full most recently before it.
   */
  sharedSurname(surname: string, list: Ent[], c: Chunk): Ent {
    const { tokens } = this;
    const title = c.roleFirst >= 0 ? tokens[c.roleFirst].lower.replace(/\.$/, '') : '';
    const gender = title === 'mr' ? 'male' : title === 'ms' || title === 'mrs' || title === 'miss' ? 'female' : null;
    const at = tokens[c.first].start;
    return this.salientOf(list, gender, at) ?? this.registry.sharedSurname(surname, list, gender, at);
  }

  /**
   * The one of `list` last in focus (a sentence subject or a speaker) before `at`, of `gender`
   * when one of them has it. A surname alone names whoever the story is about at that point: a
   * relative named in passing ("his wife, Jane Roe") is named in full again when she speaks, and
   * "Roe said" after her goes on meaning the senator. Only the last SURNAME_FOCUS_REACH focus
   * events are read (a long document costs the same per mention).
   */
  private salientOf(list: Ent[], gender: 'male' | 'female' | null, at: number): Ent | null {
    const { salience } = this.focus;
    const wanted = gender !== null && list.some((e) => e.gender === gender) ? gender : null;
    // One the story has called by the first name alone ("Tom") is not who the surname alone
    // means while another of them has not been: "Ann Roe and her husband, Tom … Tom said … Roe said".
    const byFirstName = (e: Ent) => e.firstNameAt !== undefined && e.firstNameAt < at;
    const secondary = list.some((e) => !byFirstName(e)) ? byFirstName : () => false;
    for (let k = salience.length - 1; k >= 0 && k >= salience.length - SURNAME_FOCUS_REACH; k--) {
      const { ent, at: seen } = salience[k];
      if (seen >= at || !list.includes(ent) || secondary(ent)) continue;
      // "Mr. Roe" is never a woman the text has shown to be one, even with no man of the name known.
      if (gender !== null && ent.gender !== 'unknown' && ent.gender !== gender) continue;
      if (wanted === null || ent.gender === wanted) return ent;
    }
    return null;
  }
}
