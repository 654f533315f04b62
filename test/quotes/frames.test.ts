// Reporting frames (src/quotes/frames.ts), case by case on our own sentences: for each reporting
// verb, the subject it attaches to, whether the frame is inverted, and the apposition passed over.
import { analyze } from '../../src/pipeline';
import { frameAt, governedByPreposition, sentenceSubject } from '../../src/quotes/frames';
import { isCue } from '../../src/text/cues';
import { tokenText } from '../helpers/stages';

interface FrameView {
  cue: string;
  lemma: string;
  subject: string | null;
  inverted: boolean;
  apposition: string | null;
}

/** The frame of every reporting verb outside quotations, in text order. */
function framesOf(text: string): FrameView[] {
  const a = analyze(text);
  const { tokens, sentences, blocked } = a.ctx;
  const { sentenceOf } = a;
  const out: FrameView[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (blocked[k] || !isCue(tokens, k)) continue;
    const s = sentences[sentenceOf[k]];
    const f = frameAt(a.ctx, k, s, s.first, null);
    out.push({
      cue: tokens[k].text,
      lemma: f.lemma,
      subject: f.subject ? tokenText(a, f.subject.first, f.subject.last) : null,
      inverted: f.inverted,
      apposition: f.apposition ? tokenText(a, f.apposition[0], f.apposition[1]) : null,
    });
  }
  return out;
}

const cases: Record<string, { text: string; frames: Array<Partial<FrameView>> }> = {
  'subject before the verb': { text: 'Ilse Varga said the budget would balance.', frames: [{ cue: 'said', lemma: 'say', subject: 'Ilse Varga', inverted: false }] },
  // The chunker leaves "the port" out; the phrase hangs on the unnamed spokesman.
  // An adjective after the head takes the phrase; the subject is not the clause's earlier name.
  'people described by an adjective and its phrase': { text: 'While Ada Brenner backs the levy, several councillors privy to the talks say it will fail.', frames: [{ cue: 'say', subject: 'several councillors', inverted: false }] },
  // "who" stands for a person: the place and the body its phrases end on are climbed over to the
  // descriptor, which is in apposition to the name.
  'a relative "who" after phrases that end on a place': { text: 'The claim rests on work by Ivo Brandt, an economist at the University of Norland at Kessel who once concluded that wages fell.', frames: [{ cue: 'concluded', subject: 'Ivo Brandt', apposition: 'an economist' }] },
  'a relative "who" after a definite descriptor and its phrase': { text: 'The board hosted Ivo Brandt, the president of the Harbour Trust, who often criticizes the council.', frames: [{ cue: 'criticizes', subject: 'Ivo Brandt' }] },
  // A first name the tagger reads as a verb ("Ted") opens a name, not a participial opener.
  'a subject whose first name the tagger reads as a verb, before a set-off clause': { text: 'Ted Brandt, when asked what about the plan was wrong, responded that the mayor was right.', frames: [{ cue: 'asked' }, { cue: 'responded', subject: 'Ted Brandt' }] },
  'a named person of a body the chunker read as a person': { text: 'Ida Brandt of Harbourwatch Ohio said the pier was safe.', frames: [{ cue: 'said', subject: 'Ida Brandt' }] },
  'a prepositional phrase the chunker left out': { text: 'The harbour will reopen, a spokesman for the port said.', frames: [{ cue: 'said', subject: 'a spokesman', inverted: false }] },
  'inverted after a quotation': { text: '"We are ready," said Ryabkov.', frames: [{ lemma: 'say', subject: 'Ryabkov', inverted: true }] },
  'an apposition between subject and verb': { text: 'Lena Park, a spokeswoman for the ministry, said the talks failed.', frames: [{ subject: 'Lena Park', apposition: 'a spokeswoman for the ministry' }] },
  // The role opens the first apposition and a second one describes the body it names.
  'two appositions, the first a role': { text: 'Tobin Reyes, chief executive of Vantor, a Denver company, said prices would rise.', frames: [{ subject: 'Tobin Reyes' }] },
  // A second name after a name and a comma is the nearer person, not an apposition to the first.
  'a name after a name and a comma': { text: 'Like Ines Holt, Pavel Moor, head of the Rural Trust, said the plan was sound.', frames: [{ subject: 'Pavel Moor' }] },
  // A marked title closes the apposition, its comma inside the marks.
  'an apposition closed by a marked title': { text: 'Ada Quell, host of the station\u2019s \u201cEarly Hour,\u201d suggested the mayor\u2019s refusal could cost him the race.', frames: [{ cue: 'suggested', subject: 'Ada Quell' }] },
  // The writer left out the apposition's closing comma: the role's complement shows the stretch
  // describes the person before it.
  'an apposition missing its closing comma, a role': { text: 'Ana Ortiz, a spokeswoman for the Harbor Retail Guild said the ad was fair.', frames: [{ cue: 'said', subject: 'Ana Ortiz' }] },
  'an apposition missing its closing comma, a relative clause': { text: 'Ana Ortiz, who is chair of Our Values Fund said in a statement that the ad was fair.', frames: [{ cue: 'said', subject: 'Ana Ortiz' }] },
  'an apposition missing its closing comma, titles and a body': { text: 'Ana Ortiz, president and CEO of Harbor Retail Association stated that costs rose.', frames: [{ cue: 'stated', subject: 'Ana Ortiz' }] },
  // A bare group between commas frames its own parenthetical; a person after a preposition is an object.
  'a parenthetical frame after a name': { text: 'Mrs. Oduya, analysts said, has cause to stay quiet.', frames: [{ cue: 'said', subject: 'analysts' }] },
  'a name that opens no clause': { text: 'After meeting Ana Ortiz, a spokeswoman for the Harbor Retail Guild said the ad was fair.', frames: [{ cue: 'said', subject: 'a spokeswoman' }] },
  // A time phrase opens the sentence; the participle hangs on the subject after it.
  'a time phrase before the main subject': { text: 'Minutes later, the Port Authority issued a statement saying that the mayor misspoke.', frames: [{ cue: 'saying', subject: 'the Port Authority' }] },
  'a relative clause whose subject is a phrase a name modifies': { text: 'Roe criticized the ferry deal, which a Harbour Board review said was careless.', frames: [{ cue: 'criticized', subject: 'Roe' }, { cue: 'said', subject: 'Harbour Board' }] },
  'a clause "that" opens, whose subject is a phrase a name modifies': { text: 'Leaks are so common at the pier that Harbour Board inspectors described the hull as a sieve.', frames: [{ cue: 'described', subject: 'Harbour Board' }] },
  'an opening phrase ending in a place and its state abbreviation is no subject': { text: 'At a conference in Aspen, Colo., the history graduate ended her speech by quoting a poet.', frames: [{ cue: 'quoting', subject: null }] },
  '"who" after a comma stands for the person before a plain phrase': { text: 'Roe says to Veld on camera, who responds that the pier is safe.', frames: [{ cue: 'says', subject: 'Roe' }, { cue: 'responds', subject: 'Veld' }] },
  '"who" with no comma stands for the noun before it': { text: 'Roe asked Veld about several pilots who said the pier was unsafe.', frames: [{ cue: 'asked', subject: 'Roe' }, { cue: 'said', subject: 'several pilots' }] },
  'a participle phrase after the subject names no subject of its own': { text: 'A harbour official speaking to the Dover Courier said the pier would close.', frames: [{ cue: 'speaking', subject: 'A harbour official' }, { cue: 'said', subject: 'A harbour official' }] },
  'a relative clause whose object joins several names': { text: 'Local party leaders who would rather be working for Ann Roe or Tom Veld said they backed the ticket.', frames: [{ cue: 'said', subject: 'party leaders' }] },
  'a relative clause between subject and verb': { text: 'Dmytro Kuleba, who met Blinken on Monday, said sanctions would follow.', frames: [{ subject: 'Dmytro Kuleba', apposition: 'who met Blinken on Monday' }] },
  'a relative clause with commas of its own, a place and its state in it': { text: 'Ann Roe, who was to fly to Dover, Del., on Monday to promote the new rules, said they would help.', frames: [{ cue: 'said', subject: 'Ann Roe' }] },
  'the speaker is the person, not the organization the phrase names': { text: 'A spokesman for Brindle & Vane said the site was sold.', frames: [{ subject: 'A spokesman' }] },
  'a relative clause with a passive inside it': { text: 'Moscow, which is accused of backing the rebels, has denied the claim.', frames: [{ lemma: 'deny', subject: 'Moscow' }] },
  'an introductory phrase is passed over': { text: 'At the Eastgate transfer center, Nadia Flores explained the rules.', frames: [{ lemma: 'explain', subject: 'Nadia Flores' }] },
  'a verb coordinated with the first shares its subject': { text: 'Ana Ruiz said the vote was fair, but acknowledged errors.', frames: [{ subject: 'Ana Ruiz' }, { lemma: 'acknowledge', subject: 'Ana Ruiz' }] },
  'inverted, past title words the chunker left out of the name': { text: '"The plan failed," said Harbour Watch President Tom Akers.', frames: [{ lemma: 'say', subject: 'President Tom Akers', inverted: true }] },
  'inverted, past a lower-case title with its complement': { text: '"Thanks for coming," said master of ceremonies Ada Brenner, a local engineer.', frames: [{ lemma: 'say', subject: 'Ada Brenner', inverted: true }] },
  'inverted, past a role and its complement': { text: '"The ferry is late," said director of operations Ada Brenner.', frames: [{ lemma: 'say', subject: 'Ada Brenner', inverted: true }] },
  'inverted, a role with its complement and no name': { text: '"The ferry is late," said the head of the council.', frames: [{ lemma: 'say', subject: 'the head', inverted: true }] },
  'inverted, past a title of capitalized words before the name': { text: '"I do not know," said Senate Majority Whip Ada Brenner (D-Ore.) in an interview.', frames: [{ lemma: 'say', inverted: true, subject: 'Ada Brenner (D-Ore.)' }] },
  // "After" read as a preposition opens a phrase that ends at its comma, not a clause that runs
  // on to the first comma after a verb (which would take in the main clause).
  'a participle after a main clause that an opening prepositional phrase precedes': { text: 'After the vote, the mayor\'s deputy rallied supporters, saying the port would stay open.', frames: [{ cue: 'saying', subject: "the mayor's deputy" }] },
  'an opening subordinate clause still ends at the comma after its verb': { text: 'After Ida Brandt lost the vote, Tom Veld rallied supporters, saying the port would stay open.', frames: [{ cue: 'saying', subject: 'Tom Veld' }] },
  '"quoted as saying"': { text: 'He was quoted as saying the deal was off.', frames: [{ cue: 'saying', lemma: 'say', subject: 'He' }] },
  'inverted, past an article and title words before the name': { text: '"It is a movement," said the younger Mr. Roe, surrounded by his sisters.', frames: [{ lemma: 'say', subject: 'Mr. Roe', inverted: true }] },
  'inverted, past a place that owns the name': { text: '"The talks are over," said Norland\'s Ivo Brandt, a negotiator.', frames: [{ lemma: 'say', subject: 'Ivo Brandt', inverted: true }] },
  'inverted, past a listed country that owns the name': { text: '"The talks are over," said Russia\'s Ivo Brandt.', frames: [{ lemma: 'say', subject: 'Ivo Brandt', inverted: true }] },
  'inverted, an article before a place opens no subject': { text: '"We stay," said the Dover crowd.', frames: [{ lemma: 'say', subject: null }] },
  // After the comma closing a relative clause, "that" opens the verb's content, not an inverted subject.
  'no inverted subject in the content after "that"': { text: 'The exit polls, which Ruiz studied closely, showed that most harbour voters backed the levy.', frames: [{ cue: 'showed', inverted: false }] },
  // A quantifier or a count standing alone before the verb is its subject (an unnamed group the
  // resolver reads off the slot), not the subject of an earlier clause.
  'a quantifier after a conjunction is the verb\'s own subject': { text: 'Many pilots have warned the pier is unsafe, and others have said it will close.', frames: [{ cue: 'warned', subject: 'Many pilots' }, { cue: 'said', subject: null }] },
  'a quantifier the tagger may read as an adverb, after a semicolon': { text: 'Nine in ten pilots were worried; most said the pier was unsafe.', frames: [{ cue: 'said', subject: null }] },
  'a count with its modifiers': { text: 'When Ann Roe asked pilots to sign, at least 2,000 said they would.', frames: [{ cue: 'asked', subject: 'Ann Roe' }, { cue: 'said', subject: null }] },
  // "thank" takes its person after it as its object: no inverted subject, whatever the subject
  // before it is (a place-named person the frame cannot read here).
  'no inverted subject after a verb whose person after it is its object': { text: 'Washington, star of television\u2019s \u201cNight Ferry,\u201d thanked Tom Veld for \u201ctaking these steps.\u201d', frames: [{ cue: 'thanked', inverted: false }] },
  // Negatives: no frame at all.
  'a passive with an agent is no frame': { text: 'The claims were denied by the firm.', frames: [] },
  'a passive reporting verb is no frame': { text: 'She had been warned the bridge was unsafe.', frames: [] },
  'a reporting noun after a determiner is no frame': { text: 'The say of the council was final.', frames: [] },
  'a perception verb is no frame': { text: 'Ana Ruiz saw the flood rise.', frames: [] },
};

describe('frameAt', () => {
  test.each(Object.entries(cases))('%s', (_name, c) => {
    const got = framesOf(c.text);
    expect(got).toHaveLength(c.frames.length);
    c.frames.forEach((f, k) => expect(got[k]).toMatchObject(f));
  });
});

describe('sentenceSubject', () => {
  const subject = (text: string, personOnly: boolean) => {
    const a = analyze(text);
    const c = sentenceSubject(a.ctx, a.ctx.sentences[0], personOnly);
    return c ? tokenText(a, c.first, c.last) : null;
  };
  test.each([
    ['a name after an opening prepositional phrase is not the subject', 'In a briefing in Nha Trang, he repeated the offer.', false, 'he'],
    ['the name in apposition, not the possessive before it', 'His counterpart, Henri-Paul Mbaye, was cautious.', false, 'Henri-Paul Mbaye'],
    ['persons only: an organization is passed over', 'The ministry and Ana Ruiz agreed on Monday.', true, 'Ana Ruiz'],
    ['a sentence opening with its verb has no subject', 'Came the reply from nobody.', false, null],
  ])('%s', (_name, text, personOnly, expected) => {
    expect(subject(text, personOnly)).toBe(expected);
  });
});

describe('governedByPreposition', () => {
  test.each([
    ['after "at the"', 'They met at the Harbour Office.', 'Harbour', true],
    ['after "in"', 'They met in Lisbon.', 'Lisbon', true],
    ['a subject is not', 'Lisbon said no.', 'Lisbon', false],
  ])('%s', (_name, text, word, expected) => {
    const a = analyze(text);
    const i = a.ctx.tokens.findIndex((t) => t.text === word);
    expect(governedByPreposition(a.ctx.tokens, i, 0)).toBe(expected);
  });
});
