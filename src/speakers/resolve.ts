// Resolve each quote's speaker chunk to one canonical entity per person or organization.
//
// The decision step: which chunk names the speaker (frame subject, colon label, a beat nearby,
// or the speaker of the quote this one continues), then which entity that chunk stands for,
// asked of the candidate sources (./candidates) and, for pronouns, the fitted ranker. Entities
// and their indexes live in ./registry; mentions stay in normalized offsets until the pipeline
// builds records.
import type { Entity, Resolution } from '../records/schema';
import type { Chunk, ChunkIndex } from '../mentions/chunk';
import type { Candidate } from '../quotes/marked';
import { type Frame, frameWith, makeFrame, relativeAntecedent } from '../quotes/frames';
import type { NormalizedOffset } from '../text/offset-map';
import type { Token } from '../text/tokenize';
import { CandidateSources, Focus } from './candidates';
import { tokenFromAfter, antecedentOfObject, appositionHead, asClauseBeforeQuote, chunkAfterAccordingTo, closingAccordingTo, openingAccordingTo, clauseSubjectSlot, dashedLabel, ownedBodyBeforeCue, closingFrameSubject, enclosingReportSubject, labelBeforeColon, mainClauseAfterSubordinate, outerSubject, participleBeforeTo, participleSubject, personBeforeSetOff, phraseAfterAccordingTo, progressiveSubject, reportAroundSubordinate, phraseEnd, relativeBeforeCue, reportingVerbBefore, signatureAfterQuote, slotMention, speakerMention, subjectBeforeApposition, subjectBeforeComma, subjectBeforeVerbGroup, personBeforeParenthesis, personInsteadOfState, subjectBeforeTimePhrase, subjectAfterIntroduction, sentenceClosingFrame, headBeforeComplement, agentOfQuestion, subjectInApposition, subjectOfCue, unframedSubject } from './mention';
import { type PronounEvidence, rankPronoun } from './pronoun-ranker';
import { DEMONYMS, PARTY_LABELS } from '../lang/en';
import { INDEFINITE } from '../lang/en-mentions';
import { APPOSITION_OPENER, COMPANY_HEADS, NAME_TITLES, POSSESSIVE_CLITICS, POSSESSIVE_DETERMINERS, RELATIVE_TAIL } from '../lang/speakers';
import { collapseSpaces, type Ent, EntityRegistry, type MentionSpan } from './registry';

export type { Ent, MentionSpan } from './registry';

export interface ResolvedSpeaker {
  entity: Ent;
  mention: MentionSpan;
  via: Resolution;
  /** Where a ranker chose among candidates: the chosen one's share of the candidates' scores. */
  share?: number;
  /** The runner-up candidate of that choice, with its share. */
  alternatives?: Array<{ entity: Ent; share: number }>;
  /** Which rule chose the mention (see MentionRule); read by the fitting script's trace. */
  rule: MentionRule;
}

/** The rules that can choose a quote's speaker mention, in the order `resolve` asks them. */
export type MentionRule =
  | 'asked' | 'closing' | 'outer' | 'apposition-head' | 'participle' | 'before-cue' | 'frame'
  | 'label' | 'after-quote' | 'according-to' | 'unframed' | 'beat'
  | 'relative' | 'slot' | 'continuation';

/** One pronoun candidate as the fitting script sees it: its evidence and its canonical name. */
export interface PronounTrace {
  evidence: PronounEvidence[];
  names: Array<string | null>;
}

export interface ResolveInput {
  tokens: Token[];
  chunks: ChunkIndex;
  /** The caller's original wording of a normalized range (see RegistryInput). */
  textOf: (start: NormalizedOffset, end: NormalizedOffset) => string;
}

export class SpeakerResolver {
  private readonly registry: EntityRegistry;
  private readonly focus = new Focus();
  private readonly sources: CandidateSources;
  /** The candidates of the pronoun the last `resolve` call ranked (empty if none); read by the fitting script's trace. */
  lastPronoun: Array<{ item: Ent; evidence: PronounEvidence }> = [];
  /**
   * Unnamed sources and groups by the span of their mention: two statements of one mention ("Many
   * officials have warned …, noting …") are one source, not two.
   */
  private readonly anonymousAt = new Map<string, Ent>();
  /** The first token of the last quotation resolved (see tokenFromAfter). */
  private lastFrom = 0;

  constructor(private readonly input: ResolveInput) {
    this.registry = new EntityRegistry(input);
    this.sources = new CandidateSources(this.registry, input.tokens, this.focus);
  }

  /** Record a person as the subject of a sentence: pronouns later in the text may point to it. */
  noteSubject(c: ChunkIndex['chunks'][number], at: number): void {
    const ent = this.registry.ofChunk(c.id);
    if (ent && ent.kind === 'person') this.focus.salience.push({ ent, at });
    // An organization as a sentence subject is what a later "it" stands for.
    if (c.kind === 'organization' && c.nameFirst >= 0) {
      const org = this.registry.orgOf(c);
      if (org) this.focus.lastOrg = org;
    }
  }

  /** Resolve a candidate's speaker. Candidates must come in document order. */
  resolve(q: Candidate): ResolvedSpeaker | null {
    const { registry, sources, focus } = this;
    const { tokens, chunks } = this.input;
    // A verb whose own subject is a bare noun phrase is read off its subject slot (see Frame), for
    // the clause it reports; marked words inside a clause another verb reports ("Roe said the board
    // approved every figure for which the archive showed a 'clear line'") stay with its frame.
    // "Ann Roe, a pollster, said he would lose": a subject the frame found after a verb whose
    // content follows it is the content's own subject; the verb's subject stands before it.
    // 'Roe said she was "glad" to see it, according to the Courier.': an "according to" phrase
    // closing or opening the sentence reports the frame too, and its source is the quote's.
    // The quotation's first token and the token after it, found once for every rule that starts
    // there, searching on from the last quotation's (candidates come in document order).
    const from = tokenFromAfter(tokens, q.start, this.lastFrom);
    const next = tokenFromAfter(tokens, q.end, from);
    this.lastFrom = from;
    const given = closingSourceFrame(tokens, q, from, next) ?? q.frame;
    // "Many who worked on it said": an object inside a relative clause gives way to the clause's
    // antecedent, a chunk or the noun phrase in its slot.
    const object = given?.subject && !given.inverted && given.lemma !== 'according to' ? antecedentOfObject(tokens, chunks, given.subject, given.cue) : null;
    // "…, while Veld was telling reporters that …": a progressive verb's own subject, not the
    // earlier clause's the frame finder lent it as to a participle.
    const progressive = !object && given && !given.inverted && given.lemma !== 'according to' ? progressiveSubject(tokens, chunks, given.cue) : null;
    // "One pastor backing Mr. Veld, Darran Holt of Dover, said": a subject the frame found before
    // an apposition is the object of a verb or preposition; the apposition names who speaks.
    const placed = !object && !progressive && given?.subject && given.apposition && !given.inverted ? subjectInApposition(tokens, chunks, given.subject, given.apposition, given.cue) : null;
    // "in Berea, OH, after the primary, Gov. Ann Roe (R-OH), said": a state after a place's comma is no subject.
    // "Supporters of Roe said", "the chairman of Acme Corp. said": a name after "of", "for" or
    // "to" is the complement of the noun that heads the subject.
    const complement = !object && !progressive && !placed && given?.subject && !given.inverted && given.lemma !== 'according to' ? headBeforeComplement(tokens, chunks, given.subject, given.cue) : null;
    const stated = complement && 'chunk' in complement ? complement.chunk : !object && !progressive && !placed && given?.subject && !given.inverted && given.lemma !== 'according to' ? personInsteadOfState(tokens, chunks, given.subject, given.cue) ?? closerThanSubject(subjectBeforeTimePhrase(tokens, chunks, given.cue), given.subject) ?? subjectAfterIntroduction(tokens, chunks, given.subject, given.cue, q.start, given.subject.kind === 'person' && registry.commonWordKindOf(given.subject.id) !== undefined) : null;
    const framed = stated ? frameWith(given!, { subject: stated, apposition: null }) : object ? frameWith(given!, { subject: object.chunk, slot: object.slot ?? undefined }) : progressive ? frameWith(given!, { subject: progressive }) : placed ? frameWith(given!, { subject: placed, apposition: null }) : given;
    const reported = framed && contentSubjectAfterCue(tokens, framed, q.start);
    const frame = framed?.bareSubject && q.kind === 'indirect' ? frameWith(framed, { subject: null }) : reported ? frameWith(framed!, { subject: subjectBeforeApposition(tokens, chunks, framed!.cue), inverted: false }) : framed;
    this.lastPronoun = [];
    // A quotation in marks continues the last one in marks: reported speech in between ("…,"
    // Roe told the paper, after Veld stated an interest in it. "…") is not who goes on speaking.
    const last = q.kind === 'direct' && focus.lastMarkedSpeaker.ent && focus.lastMarkedSpeaker.paragraph === focus.lastQuoteSpeaker.paragraph ? focus.lastMarkedSpeaker : focus.lastQuoteSpeaker;
    // An adjacent sentence's subject only stands in when the quote does not continue a speaker
    // of the same paragraph.
    const continuesHere = q.continues && last.ent !== null && q.paragraph === last.paragraph;
    // A frame found inside the content of another reporting verb speaks for that verb's subject.
    // Deeper in that content, a named person who says or tells is a report nested in it, and the
    // marked words are that person's: "A witness said … that Ms Roe had told her to 'stop digging'".
    const nested = frame?.subject && frame.subject.kind === 'person' && frame.subject.nameFirst >= 0 && (frame.lemma === 'say' || frame.lemma === 'tell');
    // So is one opening an adverbial clause that closes before the quotation ("Roe said that once
    // the board meets, 'I intend to vote no'"); when that clause opens the sentence, the main
    // clause after it frames a quotation after it ("After Veld spoke, Roe shot back, '…'").
    const inner = frame?.subject && !frame.inverted && frame.lemma !== 'according to' ? outerSubject(tokens, chunks, frame.subject) ?? (nested ? null : enclosingReportSubject(tokens, chunks, frame.subject)) ?? reportAroundSubordinate(tokens, chunks, frame.subject, frame.cueLast, q.start) ?? mainClauseAfterSubordinate(tokens, chunks, frame.subject, frame.cueLast, q.start) : null;
    // A name inside an apposition the frame passed over stands for the person it describes.
    const described = !inner && frame?.subject && frame.apposition && !frame.inverted && frame.subject.nameFirst >= 0 ? appositionHead(tokens, chunks, frame.subject) : null;
    // "«Roe welcomed the news, saying …», CNN reported": a frame closing the sentence after the
    // content reports all of it, including the verb the frame was found at.
    // So does it for a frame whose subject is no chunk ("…, with voters saying …, according to CNN").
    // A marked fragment's sentence may run on past it to such a frame ('It used "velvet gloves" in
    // its dealings with the region, said Ann Roe'); reported speech stops at its own frame.
    const closing = q.kind !== 'direct' && frame && tokens[frame.subject ? frame.subject.first : frame.cue].start < q.end ? closingFrameSubject(tokens, chunks, q.end, next) ?? (q.kind === 'partial' ? sentenceClosingFrame(tokens, chunks, q.end, next) : null) : null;
    // ", acknowledging …" hangs on the nearest clause: "When Roe spoke, he did it sideways, …".
    const nearest = !closing && !inner && !described && frame?.subject && !frame.inverted ? participleAfterComma(tokens, chunks, frame.cue) : null;
    // '"…," Rep. Tom Veld, Democrat of Tennessee, told Mr. Obama': a name after the verb is its
    // listener when a subject stands before the verb; after "told", also a name set off by commas
    // after a phrase no chunk opens ("One delegate, Kelly Roe, told the paper …").
    const before = !closing && !inner && !described && frame?.subject && frame.lemma !== 'according to' && frame.subject.first > frame.cueLast ? subjectOfCue(tokens, chunks, frame.cue) ?? (frame.lemma === 'tell' ? subjectBeforeApposition(tokens, chunks, frame.cue) : null) : null;
    // "Ann Roe, the chair of the county GOP, for example, said": a body or role inside a phrase
    // set off after a named person describes the person, who speaks.
    const setOff = !closing && !inner && !described && !nearest && !before && frame?.subject && !frame.inverted && frame.lemma !== 'according to' ? personBeforeSetOff(tokens, chunks, frame.subject, frame.cue) : null;
    // '… was asked by host Ann Lane, "…?"': a quotation in the clause of "asked by" is the asker's question.
    const asker = agentOfQuestion(tokens, chunks, q.start, from);
    // "Pollsters agree - Carl Bialik: '…'": a name set off by a dash right before the colon
    // labels the quotation, whatever frame the words before the dash have.
    const dashed = q.kind === 'direct' && frame?.subject && frame.cue < q.start ? dashedLabel(tokens, chunks, q.start, from) : null;
    const subject = dashed ? null : asker ?? closing ?? inner ?? described ?? nearest ?? before ?? setOff ?? frame?.subject ?? null;
    // A name labelling a quotation with a colon ("Lena Park: '…'") outranks a speaker carried
    // over from before: the label says who speaks now.
    // A comparative "as" clause before the mark frames a partial quotation too ("As Lund put it, …").
    // "Roe issued a statement, '…'": a clause of a named subject and its verb closing with a comma
    // right before a quotation no cue frames introduces it, as a colon does.
    const label = subject ? null : q.kind === 'direct' ? labelBeforeColon(tokens, chunks, q.start, from) ?? (frame ? null : subjectBeforeComma(tokens, chunks, q.start, from)) ?? signatureAfterQuote(tokens, chunks, q.end, next) ?? asClauseSpeaker(tokens, chunks, q.start, from) : q.kind === 'partial' ? asClauseSpeaker(tokens, chunks, q.start, from) ?? (frame ? null : subjectBeforeComma(tokens, chunks, q.start, from) ?? labelBeforeColon(tokens, chunks, q.start, from)) : null;
    // A quotation no listed cue frames may still be framed after its closing mark by someone else.
    const after = !subject && !label && !frame && q.kind === 'direct' ? sources.subjectAfterQuote(chunks, q.end, next) : null;
    // "according to" with modifiers before the chunk it names, which the frame does not pass over.
    const according = !subject && frame?.lemma === 'according to' ? chunkAfterAccordingTo(tokens, chunks, frame.cueLast) : null;
    // A subject the frame finder did not reach: after a verb that follows the quotation, or the
    // clause a participle hangs on.
    // "Roe was prompted to say, '…'", "Ian Read said" with the surname read as the verb: the subject
    // before the verb group (read at resolution, so quote finding is unchanged).
    const unframed = !subject && !label && !according && frame && frame.lemma !== 'according to' ? unframedSubject(tokens, chunks, frame.cue, frame.cueLast) ?? (q.kind === 'indirect' ? null : subjectBeforeVerbGroup(tokens, chunks, frame.cue)) : null;
    const mentioned = subject ? speakerMention(tokens, chunks, subject) : label ?? after ?? according ?? (unframed ? speakerMention(tokens, chunks, unframed) : null) ?? (continuesHere ? null : q.beat ?? null);
    // "Bloomberg's pollster, Douglas Schoen, says": the owner of a role is not its holder, the
    // name in apposition to the role is.
    const holder = mentioned && frame && (mentioned.kind === 'person' || mentioned.kind === 'organization') && possessiveAfter(tokens, mentioned) ? nameInApposition(tokens, chunks, mentioned, frame.cue) : null;
    // "Gov. Ann Roe (R-OH), said": a place or body in the party label after a name is no speaker.
    const labelled = !holder && mentioned && mentioned.kind !== 'person' && insideParenthesis(tokens, mentioned) ? personBeforeParenthesis(tokens, chunks, mentioned.first) : null;
    const found = labelled ?? holder ?? mentioned;
    // The rule that chose `c`, or that the branches below fall to when none did.
    let rule: MentionRule = subject === asker && asker ? 'asked' : subject === closing && closing ? 'closing' : subject === inner && inner ? 'outer' : subject === described && described || subject === setOff && setOff ? 'apposition-head'
      : subject === nearest && nearest ? 'participle' : subject === before && before ? 'before-cue' : subject ? 'frame'
      : label ? 'label' : after ? 'after-quote' : according ? 'according-to' : unframed ? 'unframed' : 'beat';
    // "Lee, who said …", "bankers who concluded …", "a memo that reads …": a relative pronoun that
    // is the verb's own subject is where the text names the speaker. A subject found in the same
    // noun phrase before it (no verb between) is what it refers to; one found past a verb (the
    // sentence's main subject, a beat) is someone else, and the pronoun's antecedent speaks.
    const relAt = frame && !frame.inverted && frame.lemma !== 'according to' && !label && !after ? relativeBeforeCue(tokens, chunks, frame.cue) : null;
    const refersTo = relAt !== null && found !== null && found.last < relAt.who && nounPhraseBetween(tokens, found.last, relAt.who);
    // Inside the content of an earlier reporting verb ("Roe said she wants a platform that calls
    // for …") the quote is that verb's subject's, whoever the pronoun stands for.
    // "that" stands for a thing as often as for a source ("ran a piece that noted"), and the
    // subject found is then its author.
    const c = relAt && !refersTo && found && rule !== 'closing' && rule !== 'outer' && tokens[relAt.who].lower !== 'that' && !reportingVerbBefore(tokens, relAt.who) ? null : found;
    let out: Omit<ResolvedSpeaker, 'rule'> | null = null;
    let slot: [number, number] | null = null;
    let rel: ReturnType<typeof relativeBeforeCue> = null;
    const owned = c && c === subject && frame && !frame.inverted ? ownedBodyBeforeCue(tokens, chunks, c, frame.cue) : null;
    const complemented = c && c === subject && c === given?.subject && complement && 'span' in complement ? complement : null;
    if (owned) {
      // "The Roe campaign said": an unnamed body the name only describes.
      const mention = registry.span(owned[0], owned[1]);
      out = { entity: this.unnamedOf(mention), mention, via: 'anonymous' };
    } else if (complemented) {
      // "Supporters of Roe said", "26 percent of Democrats said": an unnamed source or group the name only describes.
      const mention = registry.span(complemented.span[0], complemented.span[1]);
      out = { entity: complemented.plural ? this.groupOf(mention, mention) : this.unnamedOf(mention), mention, via: 'anonymous' };
    } else if (c) {
      // "Clinton, who once praised the pact": the relative pronoun is where the text names the speaker.
      const relative = refersTo ? relAt!.who : -1;
      const named = registry.span(c.first, c.last);
      const mention = relative >= 0 ? registry.span(relative, relative) : named;
      switch (c.kind) {
        case 'person': {
          const common = registry.commonWordKindOf(c.id);
          if (common) {
            // A capitalized common word names nobody: the phrase it opens is an unnamed source or group.
            const phrase = relative >= 0 ? mention : registry.span(c.first, phraseEnd(tokens, chunks, c));
            out = { entity: common === 'group' ? this.groupOf(phrase, phrase) : this.unnamedOf(phrase), mention: phrase, via: 'anonymous' };
            break;
          }
          let ent = registry.ofChunk(c.id) ?? null;
          if (ent && ent.kind === 'organization') {
            out = { entity: ent, mention, via: 'organization' };
            break;
          }
          const words = registry.nameWords(c);
          if (ent && words.length === 1) {
            const list = registry.withSurname(words[0].lower) ?? [ent];
            if (list.length > 1) ent = sources.sharedSurname(words[0].lower, list, c);
          }
          if (ent) {
            const apposition = frame?.apposition ? registry.text(frame.apposition[0], frame.apposition[1]) : null;
            if (apposition !== null) {
              // The role is the apposition's head phrase: "a hydrologist at Great Basin State
              // University who is not related to the mayor" → "hydrologist at Great Basin State University".
              const role = appositionRole(apposition);
              if (spacesIn(role) < 12) registry.addRole(ent, role);
            }
            out = { entity: ent, mention, via: (words.length === 1 || registry.isSurnameChunk(c.id)) && ent.names.length > 0 && registry.canonical(ent) !== words[0].text ? 'surname' : apposition !== null ? 'apposition' : 'name' };
          }
          break;
        }
        case 'pronoun': {
          const at = tokens[c.first].start;
          const rule = sources.byPronoun(c.head, at);
          this.lastPronoun = sources.pronounCandidates(c.head, at, rule?.ent ?? null);
          const ranked = rankPronoun(this.lastPronoun);
          // The best candidate is taken however low its score: the pronoun is still the speaker's
          // mention, and the record's confidence (which reads the runner-up's share) says how sure.
          const top = ranked.length ? ranked[0] : null;
          // Gender learnt from the pronoun only once the choice is made, and only for the rule's
          // own pick of a person in focus: a decision never changes the state it is made from.
          if (top && rule?.learn && top.item === rule.ent) learnGender(rule.ent, rule.learn);
          const ent = top?.item ?? null;
          if (ent) {
            out = { entity: ent, mention, via: 'pronoun', share: top!.share };
            if (ranked.length > 1) out.alternatives = [{ entity: ranked[1].item, share: ranked[1].share }];
          } else if (c.head === 'they' || c.head === 'it') {
            // "'…,' the newspaper admitted. '…,' it added": a thing or body that spoke the quote
            // before, in this paragraph or the last, is what "it" stands for; then the body in focus.
            const spokeLast = last.ent && last.ent.kind !== 'person' && q.paragraph - last.paragraph <= 1 ? last.ent : null;
            // A body in focus as a subject or speaker comes first: "The Port Authority wants … It says".
            const org = c.head === 'it' ? (spokeLast && spokeLast.kind !== 'organization' ? spokeLast : focus.lastOrg ?? spokeLast) : last.ent;
            if (org && org.kind !== 'person') out = { entity: org, mention, via: 'pronoun' };
            // "they say" with no body in focus: an unnamed group, kept with its pronoun as the
            // mention, never the last-named person; "it says" with none: an unnamed source
            // (a memo, a website) the pronoun names.
            else if (c.head === 'they') out = { entity: this.groupOf(mention, mention), mention, via: 'anonymous' };
            else out = { entity: this.unnamedOf(mention), mention, via: 'anonymous' };
          }
          break;
        }
        case 'descriptor': {
          // "The editor I was talking to, Tim Grieve, interrupted": the name in apposition to the
          // role is who it describes. Only for the frame's own subject: a subject read off
          // another clause (a participle's, an outer verb's) may be a role the report mentions.
          const appositive = frame && rule === 'frame' ? nameInApposition(tokens, chunks, c, frame.cue) : null;
          const byName = appositive ? registry.ofChunk(appositive.id) : undefined;
          if (byName && byName.kind === 'person') { out = { entity: byName, mention, via: 'apposition' }; break; }
          if (c.head === 'year-old' || c.epithet) {
            const ent = (c.head === 'year-old' ? sources.byAge(c) : null) ?? sources.mostSalient();
            if (ent) { out = { entity: ent, mention, via: 'descriptor' }; break; }
          }
          if (c.definite && !c.thing) {
            const ent = sources.byDescriptor(c);
            if (ent) { out = { entity: ent, mention, via: 'descriptor' }; break; }
            // A role nobody was given, right after a named person spoke or was the subject:
            // "Pieter-Jan de Wolf … remembered him as '…'. '…,' his former colleague said."
            // Only "the X": "his landlord", "her son" are someone else than the one in focus.
            // A nationality or a capitalized word narrows the role to someone the story would
            // have described so: "the top Russian diplomat" after President Putin is not Putin.
            const inFocus = tokens[c.first].lower === 'the' && !sources.hasNamingModifier(c) ? sources.inFocus(tokens[c.first].start) : null;
            if (inFocus) { out = { entity: inFocus, mention, via: 'descriptor' }; break; }
          }
          const anon = registry.newEnt('unnamed');
          registry.addRole(anon, registry.textOfSpan(named).replace(/^(the|a|an)\s+/i, ''));
          anon.mentions.push(mention);
          out = { entity: anon, mention, via: 'anonymous' };
          break;
        }
        case 'group':
          out = { entity: this.groupOf(mention, named), mention, via: 'anonymous' };
          break;
        case 'organization':
        case 'place': {
          // "A group said", "one company said", "three networks said": an indefinite body is one
          // the story does not identify, never a body named before; "his office", "her team",
          // owned by a person and named by nothing, neither. Both are unnamed (ANNOTATION.md:
          // no canonical name), as "Roe's campaign said" is; "the advisory panel" stays a body
          // known by its description.
          const indefinite = c.nameFirst < 0 && (INDEFINITE.has(tokens[c.first].lower) || tokens[c.first].pos === 'NUM');
          if (indefinite) {
            out = { entity: c.plural ? this.groupOf(mention, named) : this.unnamedOf(mention), mention, via: 'anonymous' };
            break;
          }
          let ent: Ent | null = null;
          if (c.nameFirst >= 0) ent = registry.orgOf(c) ?? null;
          else ent = sources.orgByHead(c) ?? (c.definite && COMPANY_HEADS.has(c.head) ? registry.companyBefore(tokens[c.first].start) ?? sources.companyInFocus() : null)
            // "Global Affairs Canada said … 'the department said'": a public body named without
            // its kind is what "the department" stands for when it was the last in focus.
            ?? sources.bodyNamedWithoutKind(c) ?? sources.bodyByGenericHead(c);
          if (!ent && POSSESSIVE_DETERMINERS.has(tokens[c.first].lower)) {
            out = { entity: this.unnamedOf(mention), mention, via: 'anonymous' };
            break;
          }
          if (!ent) ent = registry.addDescribedOrg(registry.textOfSpan(named), c.head);
          ent.mentions.push(mention);
          out = { entity: ent, mention, via: 'organization' };
          break;
        }
      }
    } else if (rel = relAt) {
      // "voters who said …": the relative pronoun is the mention; a named antecedent is the
      // speaker, any other an unnamed source.
      rule = 'relative';
      const mention = registry.span(rel.who, rel.who);
      const antecedent = rel.antecedent ? relativeAntecedent({ tokens, chunks }, rel.antecedent, tokens[rel.who].lower, 0).chunk : null;
      const ante = antecedent && antecedent.kind === 'person' && antecedent.nameFirst >= 0 ? registry.ofChunk(speakerMention(tokens, chunks, antecedent).id) : undefined;
      if (ante) {
        ante.mentions.push(mention);
        out = { entity: ante, mention, via: 'name' };
      } else {
        out = { entity: this.unnamedOf(mention), mention, via: 'anonymous' };
      }
    } else if (frame && !label && !after && (slot = frameSlot(tokens, chunks, frame))) {
      // A reporting verb whose subject is no name, pronoun or listed role: the noun phrase in its
      // subject slot is an unnamed source ("Top advisers said", "according to a new poll").
      rule = 'slot';
      const mention = registry.span(slot[0], slot[1]);
      const person = surnameInSlot(tokens, registry, slot);
      const body = person ? null : bodyInSlot(tokens, slot);
      if (person) {
        person.mentions.push(mention);
        out = { entity: person, mention, via: 'surname' };
      } else if (body) {
        const org = registry.orgByName(body);
        org.mentions.push(mention);
        out = { entity: org, mention, via: 'organization' };
      } else {
        out = { entity: this.unnamedOf(mention), mention, via: 'anonymous' };
      }
    } else if (!frame && !label && !after && q.kind !== 'direct' && last.ent && q.paragraph === last.paragraph) {
      // Marked words with no frame of their own later in the paragraph of a quote: '"It's an
      // enormous moment," said Ann Roe. Unless rivals quit, "it is very hard to stop him."' The
      // speaker goes on, with the mention that named them.
      rule = 'continuation';
      out = { entity: last.ent, mention: last.mention!, via: 'continuation' };
    } else if (q.continues && last.ent && q.paragraph - last.paragraph <= 1) {
      // The mention is the one that named the speaker of the quote this one continues.
      rule = 'continuation';
      out = { entity: last.ent, mention: last.mention!, via: 'continuation' };
    }
    if (out) {
      out.entity.used = true;
      out.entity.lastSeen = q.start;
      // An unnamed source who just spoke is who a following "he" or "she" most likely is.
      // A thing that reports ("the letter says") is nobody a later "he" or "she" stands for.
      if (out.entity.kind === 'person' || out.entity.kind === 'unnamed' && !c?.thing) focus.salience.push({ ent: out.entity, at: q.start });
      else if (out.entity.kind === 'organization') focus.lastOrg = out.entity;
      focus.lastQuoteSpeaker = { ent: out.entity, mention: out.mention, paragraph: q.paragraph };
      if (q.kind !== 'indirect') focus.lastMarkedSpeaker = focus.lastQuoteSpeaker;
    }
    if (out === null) return null;
    // The rule is set on the object built above (nothing else holds it) rather than on a copy:
    // a spread of its varying shapes went through V8's generic copy on every candidate.
    const resolved = out as ResolvedSpeaker;
    resolved.rule = rule;
    return resolved;
  }

  /** A new unnamed group entity for a mention such as "officials" or "they", its role read from `named` (the noun phrase). */
  private groupOf(mention: MentionSpan, named: MentionSpan): Ent {
    const key = `${mention.start}:${mention.end}`;
    const known = this.anonymousAt.get(key);
    if (known) return known;
    const g = this.registry.newEnt('group');
    this.anonymousAt.set(key, g);
    g.mentions.push(mention);
    this.registry.addRole(g, this.registry.textOfSpan(named).replace(/^(the|a|an)\s+/i, ''));
    return g;
  }

  /** A new unnamed source for a mention such as "Top advisers" or "the Roe campaign", its role the mention's words. */
  private unnamedOf(mention: MentionSpan): Ent {
    const key = `${mention.start}:${mention.end}`;
    const known = this.anonymousAt.get(key);
    if (known) return known;
    const anon = this.registry.newEnt('unnamed');
    this.anonymousAt.set(key, anon);
    this.registry.addRole(anon, this.registry.textOfSpan(mention).replace(/^(the|a|an)\s+/i, ''));
    anon.mentions.push(mention);
    return anon;
  }

  nameOf(e: Ent): string | null {
    return e.kind === 'unnamed' || e.kind === 'group' ? null : this.registry.canonical(e);
  }

  /**
   * Entities that speak or are named, as records, each mention made by `mention` (the pipeline
   * gives the caller's offsets and text; records are built in one pass, with no draft to copy).
   */
  entities<M>(mention: (m: MentionSpan) => M): Array<Omit<Entity, 'mentions'> & { mentions: M[] }> {
    const out: Array<Omit<Entity, 'mentions'> & { mentions: M[] }> = [];
    for (const e of this.registry.all()) {
      if (!e.used && e.kind !== 'person') continue;
      out.push({
        id: e.id,
        name: this.nameOf(e),
        kind: e.kind,
        aliases: e.names.filter((n) => n !== e.best),
        roles: e.roles,
        gender: e.gender,
        mentions: inTextOrder(e.mentions).map(mention),
      });
    }
    return out;
  }
}

/**
 * An entity's mentions once each, in the order of the text. Why: a mention is recorded when the
 * registry reads the name and again when a quote's speaker is found at it (an organization read
 * at its name, then speaking there), and quotes are resolved in their own order.
 */
export function inTextOrder(mentions: readonly MentionSpan[]): readonly MentionSpan[] {
  // Most entities' mentions were recorded in text order, once each: nothing to sort or drop.
  if (strictlyInOrder(mentions)) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((m, i) => i === 0 || m.start !== sorted[i - 1].start || m.end !== sorted[i - 1].end);
}

/** Each mention comes after the one before it (by start, then end), none twice. */
function strictlyInOrder(mentions: readonly MentionSpan[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (a.start > b.start || (a.start === b.start && a.end >= b.end)) return false;
  }
  return true;
}

/**
 * The frame of an "according to" phrase that closes the sentence of partial or reported quote `q`
 * after its own frame and content, or opens it before them (see closingAccordingTo,
 * openingAccordingTo), or null. Its subject is left for the resolver's "according to" rules.
 * `first` is the quotation's first token, `next` the token after it (see tokenFrom).
 */
function closingSourceFrame(tokens: Token[], q: Candidate, first: number, next: number): Frame | null {
  // A direct quotation is its own frame's speaker's words: "according to" names where the report
  // comes from, not who said them (PolNeAR names the outer source there too; docs/attribution.md).
  if (q.kind === 'direct' || q.frame?.lemma === 'according to') return null;
  const contentEnd = next - 1;
  const from = Math.max(contentEnd, q.frame ? q.frame.cueLast : -1);
  const contentStart = first;
  const before = Math.min(contentStart, q.frame ? Math.min(q.frame.cue, q.frame.subject?.first ?? q.frame.cue) : contentStart);
  const closing = from >= 0 ? closingAccordingTo(tokens, from) : -1;
  const cue = closing >= 0 ? closing : openingAccordingTo(tokens, before);
  if (cue < 0) return null;
  let to = cue + 1;
  while (tokens[to].pos === 'SPACE') to++;
  return makeFrame(cue, to, 'according to', null, null, true);
}

/**
 * Tokens after `from` up to `to` hold no verb and no sentence end: a name and the relative
 * pronoun after it belong to one noun phrase ("Ann Roe, a Republican who …", "Sen. Ida Brandt of
 * Vermont, who …"), not to two clauses.
 */
function nounPhraseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.' || t.text === ';' || t.text === ':' || QUOTE_MARKS.test(t.text)) return false;
  }
  return true;
}

/**
 * "Ann Roe, a pollster, said he would lose": an inverted frame whose verb comes before the quote
 * and whose subject is inside it, or opens a clause with a verb of its own before a partial
 * quotation ("said he was only 'leaning Roe'"), took the content's subject for the speaker.
 */
function contentSubjectAfterCue(tokens: Token[], frame: NonNullable<Candidate['frame']>, start: number): boolean {
  const c = frame.subject;
  if (!frame.inverted || !c || frame.lemma === 'according to' || tokens[frame.cue].start >= start) return false;
  if (tokens[c.first].start >= start) return true;
  let v = c.last + 1;
  while (v < tokens.length && (tokens[v].pos === 'SPACE' || tokens[v].pos === 'ADV')) v++;
  return v < tokens.length && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX') && tokens[v].start < start;
}

/** `c` when it stands after the frame's `subject`, nearer the verb; otherwise null. */
function closerThanSubject(c: Chunk | null, subject: Chunk): Chunk | null {
  return c && c.first > subject.last ? c : null;
}

/**
 * The role an apposition gives, its head phrase: without "a", "the" or "who is" before it, its
 * spaces collapsed and a relative clause after it left out. The relative clause is looked for only
 * where a word starting "wh" follows a space (most appositions have none).
 */
function appositionRole(apposition: string): string {
  const role = collapseSpaces(apposition.replace(APPOSITION_OPENER, ''));
  return role.includes(' wh') ? role.replace(RELATIVE_TAIL, '') : role;
}

/** Plain spaces in `s` (one fewer than `s.split(' ')` has pieces). */
function spacesIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** A closing bracket follows chunk `c`: "(R-OH)". */
function insideParenthesis(tokens: Token[], c: Chunk): boolean {
  let k = c.last + 1;
  while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
  return k < tokens.length && tokens[k].text.startsWith(')');
}

/** A possessive clitic follows chunk `c`: "Roe's". */
function possessiveAfter(tokens: Token[], c: Chunk): boolean {
  let k = c.last + 1;
  while (k < tokens.length && tokens[k].pos === 'SPACE') k++;
  return k < tokens.length && POSSESSIVE_CLITICS.has(tokens[k].text);
}

/** Words scanned after a role for the comma that opens a name in apposition to it. */
const APPOSITION_REACH = 12;

/**
 * A person named in full in apposition to a role phrase: the first comma after the role chunk
 * `c`, within APPOSITION_REACH words of its modifiers ("a former spokesman for the ministry",
 * "the ambassador at the time"), followed by a name of two words or more and a comma, a full stop
 * or a verb. Never past the reporting verb `cue` or another clause's punctuation.
 */
function nameInApposition(tokens: Token[], chunks: ChunkIndex, c: Chunk, cue: number): Chunk | null {
  let k = c.last + 1;
  for (let words = 0; k < tokens.length && words <= APPOSITION_REACH; k++) {
    const t = tokens[k];
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') break;
    if (k === cue || t.afterNewline || /^[.;:?!"\u201c\u201d()]$/.test(t.text) || QUOTE_MARKS.test(t.text)) return null;
    words++;
  }
  if (k >= tokens.length || tokens[k].text !== ',' || (cue > c.last && cue < k)) return null;
  let n = k + 1;
  while (n < tokens.length && tokens[n].pos === 'SPACE') n++;
  const id = n < tokens.length ? chunks.chunkAt[n] : -1;
  const named = id >= 0 ? chunks.chunks[id] : null;
  if (!named || named.first !== n || named.kind !== 'person' || named.nameFirst < 0 || named.nameLast === named.nameFirst) return null;
  let after = named.last + 1;
  while (after < tokens.length && tokens[after].pos === 'SPACE') after++;
  return after >= tokens.length || tokens[after].text === ',' || tokens[after].text === '.' || tokens[after].pos === 'VERB' ? named : null;
}

/** The speaker's own mention in the subject of an "as" clause framing a quotation ("As Professor Lund put it: '…'"). */
function asClauseSpeaker(tokens: Token[], chunks: ChunkIndex, start: number, from: number): Chunk | null {
  const c = asClauseBeforeQuote(tokens, chunks, start, from);
  return c ? speakerMention(tokens, chunks, c) : null;
}

function participleAfterComma(tokens: Token[], chunks: ChunkIndex, cue: number): ReturnType<typeof participleSubject> {
  // ", refusing to acknowledge that …": the participle before "to" stands in for the verb.
  const ing = participleBeforeTo(tokens, cue);
  if (ing >= 0) cue = ing;
  let p = cue - 1;
  while (p >= 0 && tokens[p].pos === 'SPACE') p--;
  if (p < 0 || tokens[p].text !== ',') return null;
  while (p >= 0 && (tokens[p].pos === 'SPACE' || tokens[p].text === ',')) p--;
  return p >= 0 ? participleSubject(tokens, chunks, cue, p) : null;
}

const QUOTE_MARKS = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/;

/**
 * The subject slot of a frame that found no subject chunk: before the verb, or after it when the
 * verb follows a quotation ("…," said one Trump confidant) or is "according to".
 */
function frameSlot(tokens: Token[], chunks: ChunkIndex, frame: NonNullable<Candidate['frame']>): [number, number] | null {
  // A fallback frame knows its subject phrase ("…, county tax records show"; quotes/reported.ts).
  if (frame.slot) return frame.slot;
  if (frame.lemma === 'according to') return slotMention(tokens, chunks, frame.cueLast, 1, true) ?? phraseAfterAccordingTo(tokens, chunks, frame.cueLast);
  const left = slotMention(tokens, chunks, frame.cue, -1) ?? (frame.inverted ? null : clauseSubjectSlot(tokens, chunks, frame.cue));
  if (left) return left;
  // Only right after the quotation (its closing mark, perhaps a comma): "…, which was never
  // issued, described the talks as …" has its subject before the verb, not after it.
  let p = frame.cue - 1;
  while (p >= 0 && (tokens[p].pos === 'SPACE' || tokens[p].text === ',')) p--;
  return p >= 0 && (QUOTE_MARKS.test(tokens[p].text) || tokens[p].pos === 'X') ? slotMention(tokens, chunks, frame.cueLast, 1) : null;
}

/**
 * A surname that is also a word of the language ("Green said", "Young told reporters"), which the
 * chunker read as a party label or a common word: one capitalized word in the subject slot that
 * a person of the document bears as surname is that person.
 */
function surnameInSlot(tokens: Token[], registry: EntityRegistry, slot: [number, number]): Ent | null {
  // "Mr. Prince said", "Ms. King says": a title before a surname that is also a role noun.
  let first = slot[0];
  if (first < slot[1] && NAME_TITLES.has(tokens[first].lower.replace(/\.$/, ''))) first++;
  while (first < slot[1] && tokens[first].pos === 'SPACE') first++;
  if (first !== slot[1] || !tokens[first].cap) return null;
  const surname = tokens[first].lower;
  const people = registry.withSurname(surname);
  if (!people?.length) return null;
  // Two people share it: the one named in full most recently before, as for any surname.
  return people.length > 1 ? registry.sharedSurname(surname, people, null, tokens[first].start) : people[0];
}

/**
 * A body's name in a subject slot no chunk holds: an acronym ("AP reported") or "the" and two or
 * more capitalized words ("the Islamic State said", "according to the Evening Caller"). Not a
 * party or nationality word at the end ("the Wisconsin Republican" describes a person), and not a
 * capitalized word opening the sentence alone ("Officials said": a common noun). Returns the
 * name's words as written, without the article.
 */
function bodyInSlot(tokens: Token[], slot: [number, number]): string[] | null {
  const words: Token[] = [];
  for (let k = slot[0]; k <= slot[1]; k++) if (tokens[k].pos !== 'SPACE') words.push(tokens[k]);
  const the = words.length > 0 && words[0].lower === 'the';
  const name = the ? words.slice(1) : words;
  if (!name.length || !name.every((t) => t.cap)) return null;
  const last = name[name.length - 1].lower;
  if (PARTY_LABELS.has(last) || PARTY_LABELS.has(last.replace(/s$/, '')) || DEMONYMS.has(last) || DEMONYMS.has(last.replace(/s$/, ''))) return null;
  // An acronym the slot cut from a longer phrase is a role ("Trump's potential VP"), not a body.
  let p = slot[0] - 1;
  while (p >= 0 && tokens[p].pos === 'SPACE') p--;
  const cut = p >= 0 && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'NOUN' || tokens[p].pos === 'PROPN' || tokens[p].pos === 'DET' || tokens[p].pos === 'PART');
  const acronym = name.length === 1 && !cut && /^[A-Z][A-Z.]*[A-Z]\.?$/.test(name[0].text);
  // A capital "The" inside a sentence is part of a title: "according to The Sentinel" names a
  // paper, where "the Constitution" or a sentence's opening "The Board" may be a common word.
  const titled = the && name.length === 1 && words[0].text === 'The' && p >= 0 && /^[a-z]/.test(tokens[p].text);
  return acronym || titled || the && name.length >= 2 ? name.map((t) => t.text) : null;
}

/**
 * A pronoun that plainly refers to a person whose first name gave no gender tells it: after
 * "Dr Nguyễn Thanh Tâm said … He denied", a later "she" is someone else.
 */
function learnGender(e: Ent, gender: Entity['gender']): void {
  if (e.kind === 'person' && e.gender === 'unknown') e.gender = gender;
}
