// Link each document's speaker entities to one cross-document speaker per real person or organization.
import { nameKey } from '../lang/names';
import type { Entity, EntityKind, Result } from '../records/schema';
import { NAME_SUFFIXES } from '../lang/en';
import { NOT_ROLE_STARTS, ROLE_LEAD_TRIM, SURNAME_SPELLING_FOLD } from '../lang/en-corpus';

/** One cross-document speaker before ids are given out. */
export interface SpeakerGroup {
  /** Canonical name: the full form most quotes are attributed to. */
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  gender: 'female' | 'male' | 'unknown';
  /** Local entity ids per document index. */
  members: Map<number, string[]>;
  /** Order of first appearance, for stable ids. */
  first: number;
  /** Folded surname of a person ("lavrov"); null for organizations. */
  surname: string | null;
  /** A person known only by a surname shared by several people in the corpus ("Smith"). */
  lone: boolean;
}

export interface SpeakerLinks {
  groups: SpeakerGroup[];
  /** Per document: local entity id -> index into `groups`. */
  byEntity: Array<Map<string, number>>;
}

/**
 * A person's name without the debris extraction sometimes glues to it: an agency credit or
 * dateline in capitals before it ("AFP Blinken", "RTHK"). A given name is never an all-capital acronym.
 */
export function cleanPersonName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && /^\p{Lu}{2,}$/u.test(words[k])) k++;
  return words.slice(k).join(' ');
}

/**
 * Name key words without generational suffixes, so "Martin Luther King Jr." ends in "king", and
 * with the -off spelling of -ov names folded (Volkoff / Volkov), beyond what `nameKey` folds.
 */
function personWords(name: string): string[] {
  const w = nameKey(name)
    .split(' ')
    .filter(Boolean)
    .map((x) => (x.length > 4 ? x.replace(...SURNAME_SPELLING_FOLD) : x));
  // `nameKey` has taken the full stops off: "jr." is "jr" here.
  while (w.length > 1 && NAME_SUFFIXES.has(w[w.length - 1])) w.pop();
  return w;
}

/** A role as a title: the last sentence fragment, without a leading connective; null for a clause. */
export function cleanRole(role: string): string | null {
  // A sentence ends only after a lower-case word, so "U.S. Secretary" stays whole.
  let from = 0;
  for (const m of role.matchAll(/\p{Ll}{2}[.!?]\s+/gu)) from = m.index! + m[0].length;
  let words = role.slice(from).split(/\s+/).filter(Boolean);
  // A dateline in capitals ("WASHINGTON U.S. Secretary of State").
  while (words.length > 1 && /^\p{Lu}{3,}$/u.test(words[0])) words = words.slice(1);
  while (words.length > 1 && ROLE_LEAD_TRIM.has(words[0].toLowerCase())) words = words.slice(1);
  if (words.length === 0 || NOT_ROLE_STARTS.has(words[0].toLowerCase())) return null;
  return words.join(' ');
}

interface Member {
  doc: number;
  entity: Entity;
  /** Cleaned surface name. */
  name: string;
  words: string[];
  quotes: number;
}

/**
 * Group entities across documents. Full names group by first and last name after folding
 * transliteration (Sergei/Sergey, Zelensky/Zelenskiy/Zelenskyy) and ignoring middle names; an
 * initial joins the one full first name it fits; a lone surname joins the one person with that
 * surname in the corpus, and stays apart when two people share it. Entities that are never
 * quoted in a document only join an existing speaker (as aliases and mentions), never found one.
 */
export function linkSpeakers(docs: Array<{ result: Result }>): SpeakerLinks {
  const speaking: Member[] = [];
  const silent: Member[] = [];
  docs.forEach(({ result }, doc) => {
    const counts = new Map<string, number>();
    for (const q of result.quotes) if (q.speaker) counts.set(q.speaker.entity, (counts.get(q.speaker.entity) ?? 0) + 1);
    for (const entity of result.entities) {
      if (entity.name === null || entity.kind === 'unnamed') continue;
      const name = entity.kind === 'person' ? cleanPersonName(entity.name) : entity.name.trim();
      const words = entity.kind === 'person' ? personWords(name) : [nameKey(name)];
      if (words.length === 0 || words[0] === '') continue;
      const m: Member = { doc, entity, name, words, quotes: counts.get(entity.id) ?? 0 };
      (m.quotes > 0 ? speaking : silent).push(m);
    }
  });

  // Group keys: "p|first|last" for full names, "s|last" for lone surnames, "o|key" otherwise.
  const keyOf = new Map<Member, string>();
  const firstNames = new Map<string, Set<string>>(); // last -> full first names
  for (const m of speaking) {
    if (m.entity.kind !== 'person' || m.words.length < 2) continue;
    const first = m.words[0];
    const last = m.words[m.words.length - 1];
    if (first.length > 1) {
      const set = firstNames.get(last) ?? new Set<string>();
      set.add(first);
      firstNames.set(last, set);
    }
  }
  const personKey = (words: string[]): string => {
    const last = words[words.length - 1];
    const firsts = firstNames.get(last);
    if (words.length === 1) return firsts && firsts.size === 1 ? `p|${[...firsts][0]}|${last}` : `s|${last}`;
    const first = words[0];
    if (first.length === 1 && firsts) {
      const fits = [...firsts].filter((f) => f[0] === first);
      if (fits.length === 1) return `p|${fits[0]}|${last}`;
    }
    return `p|${first}|${last}`;
  };
  for (const m of speaking) keyOf.set(m, m.entity.kind === 'person' ? personKey(m.words) : `o|${m.words[0]}`);

  const groups: SpeakerGroup[] = [];
  const groupOf = new Map<string, number>();
  const weights: Array<Map<string, number>> = [];
  const byEntity: Array<Map<string, number>> = docs.map(() => new Map());
  const genders: Array<Record<string, number>> = [];
  const aliasSeen: Array<Set<string>> = [];
  const roleSeen: Array<Set<string>> = [];
  const add = (m: Member, g: number) => {
    const group = groups[g];
    const list = group.members.get(m.doc) ?? [];
    list.push(m.entity.id);
    group.members.set(m.doc, list);
    byEntity[m.doc].set(m.entity.id, g);
    // A full name outweighs a lone surname as the canonical form; quotes decide between full forms.
    const w = weights[g];
    w.set(m.name, (w.get(m.name) ?? 0) + m.quotes + (m.words.length > 1 ? 1000 : 0) + 0.1);
    for (const a of [m.name, ...m.entity.aliases]) {
      if (aliasSeen[g].has(a)) continue;
      aliasSeen[g].add(a);
      group.aliases.push(a);
    }
    for (const r of m.entity.roles) {
      const role = cleanRole(r);
      if (!role || roleSeen[g].has(role.toLowerCase())) continue;
      roleSeen[g].add(role.toLowerCase());
      group.roles.push(role);
    }
    genders[g][m.entity.gender] = (genders[g][m.entity.gender] ?? 0) + 1;
  };
  for (const m of speaking) {
    const key = keyOf.get(m)!;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(key, g);
      const person = m.entity.kind === 'person';
      groups.push({ name: m.name, kind: m.entity.kind, aliases: [], roles: [], gender: 'unknown', members: new Map(), first: m.doc, surname: person ? m.words[m.words.length - 1] : null, lone: key.startsWith('s|') });
      weights.push(new Map());
      genders.push({});
      aliasSeen.push(new Set());
      roleSeen.push(new Set());
    }
    add(m, g);
  }
  // Silent entities attach only where the key already names a speaker.
  for (const m of silent) {
    const key = m.entity.kind === 'person' ? personKey(m.words) : `o|${m.words[0]}`;
    const g = groupOf.get(key);
    if (g !== undefined) add(m, g);
  }
  groups.forEach((group, g) => {
    const ranked = [...weights[g].entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    group.name = ranked[0][0];
    group.aliases = group.aliases.filter((a) => a !== group.name);
    const gd = genders[g];
    group.gender = (gd.male ?? 0) > (gd.female ?? 0) ? 'male' : (gd.female ?? 0) > (gd.male ?? 0) ? 'female' : 'unknown';
  });
  return { groups, byEntity };
}

/** Other occurrences looked at per statement when placing a lone surname: bounds the cost. */
const SURNAME_SCAN = 64;
/** Rounds of placing: a surname placed in one document can place the same surname in the next. */
const SURNAME_ROUNDS = 3;

/**
 * A lone surname that the corpus cannot place ("Natarajan" when several Natarajans speak) can
 * still be placed by what it said: when the statements it is quoted with are attributed elsewhere
 * to one full-named person with that surname (or to one far more often than to any other), the
 * document's entity is that person. Works per document, so two documents' "Smith" may go to
 * different Smiths; repeated a few rounds, since each placement is new evidence for the others.
 */
export function placeLoneSurnames(links: SpeakerLinks, docQuotes: Array<Array<{ statement: number; entity: string | null }>>, statements: number): void {
  const { groups, byEntity } = links;
  const speakerOf = (doc: number, entity: string | null) => (entity === null ? -1 : (byEntity[doc].get(entity) ?? -1));
  for (let round = 0; round < SURNAME_ROUNDS; round++) {
    const speakersOf: Array<Set<number>> = Array.from({ length: statements }, () => new Set());
    const scanned = new Int32Array(statements);
    docQuotes.forEach((qs, doc) => {
      for (const q of qs) {
        const g = speakerOf(doc, q.entity);
        if (q.statement < 0 || g < 0 || scanned[q.statement] >= SURNAME_SCAN) continue;
        scanned[q.statement]++;
        if (!groups[g].lone && groups[g].surname !== null) speakersOf[q.statement].add(g);
      }
    });
    let placed = 0;
    docQuotes.forEach((qs, doc) => {
      // Local entity -> full-named groups with that surname, counted over the entity's statements.
      const candidates = new Map<string, Map<number, number>>();
      for (const q of qs) {
        const g = speakerOf(doc, q.entity);
        if (q.statement < 0 || g < 0 || !groups[g].lone) continue;
        const counts = candidates.get(q.entity!) ?? new Map<number, number>();
        for (const c of speakersOf[q.statement]) if (groups[c].surname === groups[g].surname) counts.set(c, (counts.get(c) ?? 0) + 1);
        candidates.set(q.entity!, counts);
      }
      for (const [entity, counts] of candidates) {
        // One person, or one clearly ahead when another document got a quote wrong.
        const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] <= 2 * ranked[1][1])) continue;
        const to = ranked[0][0];
        const from = byEntity[doc].get(entity)!;
        byEntity[doc].set(entity, to);
        const left = (groups[from].members.get(doc) ?? []).filter((e) => e !== entity);
        if (left.length) groups[from].members.set(doc, left);
        else groups[from].members.delete(doc);
        groups[to].members.set(doc, [...(groups[to].members.get(doc) ?? []), entity]);
        if (!groups[to].aliases.includes(groups[from].name)) groups[to].aliases.push(groups[from].name);
        placed++;
      }
    });
    if (placed === 0) break;
  }
}
