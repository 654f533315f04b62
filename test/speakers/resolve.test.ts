// Speaker resolution, case by case: who a quote is attributed to, and how (the record's `via`).
// Each case names a quote by its text; `speaker` is the expected canonical name (null for an
// unnamed source, as ANNOTATION.md asks).
import { findQuote } from '../helpers/quotes';

interface Case {
  text: string;
  quote: string;
  speaker: string | null;
  via?: string;
  /** The words naming the speaker at the attribution point. */
  mention?: string;
}

function expectSpeaker(c: Case): void {
  const q = findQuote(c.text, c.quote);
  expect(q.speaker).not.toBeNull();
  expect(q.speaker?.name ?? null).toBe(c.speaker);
  if (c.via) expect(q.speaker?.via).toBe(c.via);
  if (c.mention) expect(q.speaker?.mention.text).toBe(c.mention);
}

const table: Record<string, Case[]> = {
  'names, surnames and titles': [
    { text: 'Kremlin spokesman Dmitry Peskov said the talks were over.', quote: 'the talks were over', speaker: 'Dmitry Peskov', via: 'name' },
    { text: 'Dmitry Peskov spoke first. Later, Peskov said the talks were over.', quote: 'the talks were over', speaker: 'Dmitry Peskov', via: 'surname' },
    // A name in apposition beats the descriptor, also for a verb coordinated with the first.
    { text: 'Her barrister, Rosalind Quarrie, argued that the trustees had approved every payment, and accused the prosecution of “rewriting history”.', quote: 'rewriting history', speaker: 'Rosalind Quarrie' },
    // Two people share the surname: the honorific picks the woman ("and that" is not part of the title).
    { text: 'Ottilie Brambilla, 52, was convicted. Bruno Brambilla, 55, was acquitted. A witness said she had raised concerns, and that Ms Brambilla had told her to “stop digging”.', quote: 'stop digging', speaker: 'Ottilie Brambilla', via: 'surname', mention: 'Ms Brambilla' },
    { text: 'Mayor Inge Vos opened the meeting. "We will not wait," the mayor said.', quote: 'We will not wait', speaker: 'Inge Vos', via: 'descriptor' },
  ],
  'pronouns': [
    { text: 'Inge Vos opened the meeting. She said the budget was balanced.', quote: 'the budget was balanced', speaker: 'Inge Vos', via: 'pronoun' },
    // No man in subject position: the man named as an object.
    { text: 'Anna Vos met Peter Smit. He said the budget was not balanced.', quote: 'the budget was not balanced', speaker: 'Peter Smit', via: 'pronoun' },
    // The subject of the sentence just before, whose first name gives no gender, beats a man named earlier.
    { text: 'Peter Smit was acquitted. Detective Inspector Abiodun Farrant said the money had been traced. He urged donors to contact the charity.', quote: 'contact the charity', speaker: 'Abiodun Farrant', via: 'pronoun' },
    // A subject whose gender is unknown beats a man named as an object.
    { text: 'Anna Vos met Peter Smit. Lavrov said the talks were over. He said the budget was not balanced.', quote: 'the budget was not balanced', speaker: 'Lavrov', via: 'pronoun' },
  ],
  'epithets and unlisted titles': [
    // A capitalized agent noun before a name is a title; "the former school cook" is an epithet
    // for the person in focus.
    { text: 'Pensioner Alma Wrigley, 81, said she had given up hoping. "I\'ll be 84 by the time it opens," said the former school cook.', quote: "I'll be 84 by the time it opens", speaker: 'Alma Wrigley', via: 'descriptor', mention: 'the former school cook' },
    // A descriptor in apposition before "who": the name is the speaker.
    { text: 'The flaw was found by Mateus Brandão, an independent security researcher, who wrote that he could download the data "in about four minutes".', quote: 'in about four minutes', speaker: 'Mateus Brandão' },
  ],
  'organizations': [
    { text: 'The Office of the Data Regulator said it had "serious concerns" about the app.', quote: 'serious concerns', speaker: 'Office of the Data Regulator', via: 'organization' },
    // A one-word name that takes "which" is an organization, and "it" is its pronoun.
    { text: 'Heatherline, which runs 30 routes across the county, said it would offer the driver a job.', quote: 'it would offer the driver a job', speaker: 'Heatherline', via: 'organization' },
    // A body named without its kind, then "the department".
    { text: 'In a statement, Global Affairs Canada said the quotas were fair. "Canada has honoured every commitment it made," the department said.', quote: 'Canada has honoured every commitment it made', speaker: 'Global Affairs Canada', via: 'organization' },
    { text: 'The State Department said the embassy would stay open.', quote: 'the embassy would stay open', speaker: 'State Department', via: 'organization' },
    { text: 'The organisers of the Hillside Festival said the music would end earlier.', quote: 'the music would end earlier', speaker: 'Hillside Festival', via: 'organization' },
  ],
  'sentence openings': [
    // An introductory prepositional phrase holds no subject, even when a noun in it is tagged a verb.
    { text: 'At the Eastgate transfer center, Nadia Flores, 29, a nursing assistant, explained that she had paid $46 for a ride.', quote: 'she had paid $46 for a ride', speaker: 'Nadia Flores' },
    { text: 'Staff representatives at the Poligny plant said they would call a strike.', quote: 'they would call a strike', speaker: null, via: 'anonymous', mention: 'Staff representatives' },
  ],
  'unnamed sources with a prepositional phrase': [
    // The place, organization or group after the preposition is not the speaker.
    { text: 'A Western diplomat in Lakehaven, who spoke on condition of anonymity, cautioned that the talks remained fragile.', quote: 'the talks remained fragile', speaker: null, via: 'anonymous', mention: 'A Western diplomat' },
    { text: 'A member of the governing coalition, who asked not to be named, said three councillors had threatened to vote against the plan.', quote: 'three councillors had threatened to vote against the plan', speaker: null, via: 'anonymous' },
    { text: 'A spokesman for the port authority said the dredging would start in May.', quote: 'the dredging would start in May', speaker: null, via: 'anonymous', mention: 'A spokesman' },
    { text: 'A spokesman for Brindle & Vane said the firm "regrets the delay".', quote: 'regrets the delay', speaker: null, via: 'anonymous', mention: 'A spokesman' },
    { text: 'The vote followed a debate in which opposition members accused the ruling group of "throwing good money after bad".', quote: 'throwing good money after bad', speaker: null, via: 'anonymous', mention: 'opposition members' },
    { text: 'A senior official in the finance ministry said the deficit would grow.', quote: 'the deficit would grow', speaker: null, via: 'anonymous' },
    // "The diplomat" is the unnamed diplomat just introduced, not a named one from before.
    { text: 'Anatol Vrânceanu, a diplomat, spoke first. A Western diplomat in Lakehaven, who spoke on condition of anonymity, cautioned that the talks remained fragile. The diplomat said the real test would come later.', quote: 'the real test would come later', speaker: null, via: 'descriptor', mention: 'The diplomat' },
  ],
};

describe.each(Object.entries(table))('%s', (_name, cases) => {
  it.each(cases.map((c) => [c.quote, c] as const))('%s', (_q, c) => expectSpeaker(c));
});
