// Marked quotes (src/quotes/marked.ts), case by case on our own sentences: which marked spans are
// quotes, direct or partial, with which frame, and which are titles or scare quotes.
import { extractQuotes } from '../../src/index';
import { analyze } from '../../src/pipeline';
import { classifyMarked, tokenRange } from '../../src/quotes/marked';
import { tokenText } from '../helpers/stages';

interface CandidateView {
  kind: string;
  text: string;
  speaker: string | null;
  cue: string | null;
  /** The person the quote is about when no frame was found ("Kwame shook his head. '…'"). */
  beat: string | null;
}

function candidatesOf(text: string): CandidateView[] {
  const a = analyze(text);
  return classifyMarked(a.ctx, a.paired.spans, a.sentenceOf, new Set()).map((c) => ({
    kind: c.kind,
    text: a.norm.text.slice(c.start, c.end),
    speaker: c.frame?.subject ? tokenText(a, c.frame.subject.first, c.frame.subject.last) : null,
    cue: c.frame?.lemma ?? null,
    beat: c.beat ? tokenText(a, c.beat.first, c.beat.last) : null,
  }));
}

/** The records extractQuotes makes of `text`: kind, text and speaker name. */
const recordsOf = (text: string) => extractQuotes(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name]);

const quotes: Record<string, { text: string; quote: Partial<CandidateView> }> = {
  'a whole statement before its frame': { text: '"We will rebuild the bridge," the mayor said.', quote: { kind: 'direct', text: 'We will rebuild the bridge', speaker: 'the mayor', cue: 'say' } },
  'a fragment inside a sentence': { text: 'The mayor said the plan was "a mistake".', quote: { kind: 'partial', text: 'a mistake', speaker: 'The mayor', cue: 'say' } },
  'a two-word fragment after its cue': { text: 'He called it a "special operation".', quote: { kind: 'partial', text: 'special operation', speaker: 'He', cue: 'call' } },
  'a colon frame in the paragraph before': { text: 'Martin Shaw said:\n\n"We will not give up."', quote: { kind: 'direct', text: 'We will not give up', speaker: 'Martin Shaw', cue: 'say' } },
  'an infinitive names an act: the "that" verb before it frames the marks': { text: 'The pier stays open, Ann Roe said, adding that she would hold more meetings to address the "parking mess."', quote: { kind: 'partial', text: 'parking mess', speaker: 'Ann Roe', cue: 'say' } },
  'a short sentence after a question': { text: "'Will you come?' Moodie asks him.", quote: { kind: 'direct', text: 'Will you come?', speaker: 'Moodie', cue: 'ask' } },
  // The splitter ends the sentence at the quotation's own mark; the frame after it may be long.
  'a speaker with an apposition after an exclamation': { text: 'The pier was busy. "Perpetual motion!" Rep. Ann Roe, D-Maine, said of the swirl of boats.', quote: { kind: 'direct', text: 'Perpetual motion!', speaker: 'Rep. Ann Roe', cue: 'say' } },
  'a speaker with a long apposition after a question': { text: 'The line was long. "How are you today?" Ann Roe, a retired worker from the plant, said pleasantly into the phone.', quote: { kind: 'direct', text: 'How are you today?', speaker: 'Ann Roe', cue: 'say' } },
  'no frame: the sentence before is about one person': { text: 'Kwame shook his head. "I know what they want."', quote: { kind: 'direct', speaker: null, beat: 'Kwame' } },
  'no frame: a verb of speaking in a clause of the sentence before': { text: 'What the plan means is unclear, since Ann Roe spoke only in vague terms.\n\n"We have to do something about it."', quote: { kind: 'direct', speaker: null, beat: 'Ann Roe' } },
  'no frame: a colon after a sentence whose reporting verb names a person in a clause': { text: 'Of course, as Ann Roe of the Harbour Times observed, the biggest victor was not on the stage, it was the stage itself:\n\n"The clear winner of the debate was the network itself."', quote: { kind: 'direct', speaker: null, beat: 'Ann Roe' } },
  'no frame: a colon after the subject': { text: 'Ms Kealy\'s message was brief: "See you in court."', quote: { kind: 'direct', speaker: null, beat: 'Ms Kealy' } },
  'a one-word exclamation opening its sentence': { text: 'The mayor asked who would pay.\n\n"Everyone!" the crowd shouted back.', quote: { kind: 'direct', text: 'Everyone!' } },
  'a two-word question opening its sentence': { text: '"But why?" the reporter asked the mayor.', quote: { kind: 'direct', text: 'But why?', speaker: 'the reporter', cue: 'ask' } },
  'what a named speaker called something': { text: 'The council backed what Ada Brenner called "a costly mistake" on Tuesday.', quote: { kind: 'partial', text: 'a costly mistake' } },
  'fragments of one statement joined by unmarked words': { text: 'The mayor called the plan "reckless" and "far too costly for the town".', quote: { kind: 'partial', text: 'reckless" and "far too costly for the town', speaker: 'The mayor', cue: 'call' } },
  // The sentence before ends on a person's reporting verb with no content of its own.
  'a short quotation as its paragraph after "X disagreed."': { text: 'Jill Moss, a lawyer for the city, disagreed.\n\n"The offer stands."\n\nThe talks resume on Monday.', quote: { kind: 'direct', text: 'The offer stands' } },
  'a short question standing alone as its paragraph': { text: 'The mayor took questions for an hour.\n\n"Reopen the bridge? Never."\n\nThe council met on Monday.', quote: { kind: 'direct', text: 'Reopen the bridge? Never' } },
  'fragments joined before a closing frame take its speaker': { text: 'The levy will carry "a great deal of weight" and bring the towns the "firepower" they need, harbour spokesman Neil Orta said.', quote: { kind: 'partial', text: 'a great deal of weight" and bring the towns the "firepower', speaker: 'harbour spokesman Neil Orta' } },
  'fragments of one statement joined by "and that"': { text: 'The mayor said the plan was "reckless" and that the bridge was "far too costly".', quote: { kind: 'partial', text: 'reckless" and that the bridge was "far too costly', speaker: 'The mayor' } },
  'what a speaker the tagger may read as a noun called something': { text: 'The port grew under what Mr. Hedge called "the old harbour model," and then it shrank.', quote: { kind: 'partial', text: 'the old harbour model', speaker: 'Mr. Hedge' } },
  'what an organization called something': { text: 'It was what the Kremlin called "a special operation" that began.', quote: { kind: 'partial', text: 'a special operation', speaker: 'the Kremlin' } },
  'a chant right after its verb': { text: 'As the mayor left, the fans chanted, "Lock the gates!"', quote: { kind: 'direct', text: 'Lock the gates!', speaker: 'the fans', cue: 'chant' } },
  'words on a banner': { text: 'Tomas Berg held a banner that read "Save the pier" all day.', quote: { kind: 'partial', text: 'Save the pier', cue: 'read' } },
  'a quotation after "as X put it"': { text: "As Ada Brenner, a professor of law, put it, ''Councils should remember that a deal is a deal.''", quote: { kind: 'direct', speaker: 'Ada Brenner', cue: 'put' } },
  'an utterance verb right after the marks': { text: '"Our ferry is back on the water," read the email.', quote: { kind: 'direct', text: 'Our ferry is back on the water', cue: 'read' } },
  'a person\'s verb before the comma that opens the marks': { text: "During the first debate, Ada Brenner cracked, ''I'm a progressive who likes to get things done.''", quote: { kind: 'direct', speaker: 'Ada Brenner', cue: 'crack' } },
  'a short sentence after a question, its speaker in apposition': { text: '"Is the mayor going to finally say the words?" the council leader, Ada Brenner, tweeted.', quote: { kind: 'direct', speaker: 'Ada Brenner', cue: 'tweet' } },
  'said to the subject by someone unnamed': { text: 'He was told they were "being organised".', quote: { kind: 'partial', text: 'being organised', speaker: null, cue: 'tell' } },
  'fragments joined by the statement\'s own reason': { text: 'The mayor said the plan was "dead" because the council "has no money left".', quote: { kind: 'partial', text: 'dead" because the council "has no money left', speaker: 'The mayor', cue: 'say' } },
  'fragments joined by the statement\'s own concession': { text: 'Ada Brenner said the ferry was "safe enough" even though the hull "needs new paint".', quote: { kind: 'partial', text: 'safe enough" even though the hull "needs new paint', speaker: 'Ada Brenner' } },
  'words followed by "by" and a name, framed by a verb after them': { text: '"We are worried and angry" by the closure of the pier, Ada Brenner said.', quote: { kind: 'direct', speaker: 'Ada Brenner', cue: 'say' } },
  'a frame after the marks past a relative clause closed by a comma': { text: 'The board wants a "fair and open count of every vote" for residents, who are tired of waiting, the mayor said.', quote: { kind: 'partial', text: 'fair and open count of every vote', speaker: 'the mayor', cue: 'say' } },
  'lower-case words after a noun for a work are what it says, not its title': { text: 'Ada Brenner said that the audit report "was not good at all."', quote: { kind: 'partial', text: 'was not good at all', speaker: 'Ada Brenner', cue: 'say' } },
  'a fragment after a programme title in marks takes the cue before the title': { text: 'Ida Brandt said on the show "Morning Report" that "too much of the party had gone quiet."', quote: { kind: 'partial', text: 'too much of the party had gone quiet', speaker: 'Ida Brandt', cue: 'say' } },
  'title-cased words after "chants of"': { text: 'The crowd broke into chants of "Save The Old Pier" as the mayor left.', quote: { kind: 'partial', text: 'Save The Old Pier' } },
};

const notQuotes: Record<string, string> = {
  'a title after a noun for a work': 'Ada Brenner praised the report "Harbour Towns in 2030" on Monday.',
  'a title in title case with no reporting verb near': 'They watched "The Long Night" on Friday.',
  'a scare quote after "so-called"': 'The so-called "experts" disagreed.',
  'a short fragment with no reporting verb anywhere': 'The "plan" stalled again.',
  'an attribute value of markup left in the text': '<post author="Anna Brenner" date="May 4, 2021">The mayor said the bridge would reopen.</post>',
  'a name after the noun it names': 'The troupe staged a play called "Harbour Lights" in the square.',
  'words after a comma and a verb of no person': 'When the vote ended, the hall emptied, "A quiet end" on the banner.',
  'a lower-case name after the noun it names': 'The charity formed a group dubbed "the night watch" last year.',
  'a title opening its sentence before the noun it modifies': '"The Long Harbour Winter" star Mara Quill opened the festival on Friday.',
  'a short subheading in marks standing alone as its paragraph': 'The mayor spoke for an hour.\n\n"A costly mistake".\n\nThe council met on Monday.',
  'a title that opens its sentence, with no exclamation': '"Harbour Lights" opened at the town theatre on Friday.',
  'a programme\'s title after "on", beside a cue': 'The mayor said on "Harbour Weekly Tonight" that the bridge would reopen.',
  'a book\'s title after "author of", beside a cue': 'Ada Brenner, the author of "Long Tides Rising", said the port was safe.',
  'a paper\'s title after "according to"': 'The ferry will stop in May, according to "The Port Ledger".',
  'a verb inside a subordinate clause after the marks': 'The pact is only a "first draft" because the ministers did not agree.',
  'a verb inside a relative clause after the marks': 'One ad, "Harbour Rising Again," stars a local actor who promises that the ferry will return.',
  'a headline credited to its writer in a list of links': 'HARBOUR NEWS—"Ferry service returns to the island in May," by the Ledger\'s Ann Roe: https://example.org/ferry',
  'the excerpt after a headline credited to its writer': 'HARBOUR NEWS—"Ferry service returns to the island in May," by the Ledger\'s Ann Roe: "The ferry will sail again from the north pier on May 2." https://example.org/ferry',
};

describe('classifyMarked keeps', () => {
  test.each(Object.entries(quotes))('%s', (_name, c) => {
    const got = candidatesOf(c.text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(c.quote);
  });
});

test('a name in marks inside the frame after a quotation does not hide its cue', () => {
  const text = '"We have had better weeks than this one," Ohio delegate Tom Varley, wearing a straw hat and "Vote Kasich" pins, said quietly as the band played.';
  const got = candidatesOf(text)[0];
  expect(got).toMatchObject({ kind: 'direct', text: 'We have had better weeks than this one', cue: 'say' });
  expect(recordsOf(text)).toEqual([['direct', 'We have had better weeks than this one', 'Tom Varley']]);
});

test('a fragment closing on a question before its frame, which the splitter cut off, takes that frame', () => {
  expect(recordsOf('The debate ended. Roe "strongly backs the bankers. Does that fly?" former council adviser Tom Veld asked on Twitter.'))
    .toEqual([['partial', 'strongly backs the bankers. Does that fly?', 'Tom Veld']]);
});

// Who the words in marks go to, as a table of the one record expected.
describe('the speaker of words in marks', () => {
  test.each([
    // An opening phrase names who said the words after it.
    ['"as" with a verb of uttering set words', 'As the Tidewater Singers sang back in 1985, "They will take the harbour from us." The song is still played.', 'direct', 'They will take the harbour from us', 'Tidewater Singers'],
    ['"as … put it"', 'As Ruiz put it on Sunday, "The port will never close."', 'direct', 'The port will never close', 'Ruiz'],
    ['"in the words of"', 'In the words of Ann Roe, "The port will never close."', 'direct', 'The port will never close', 'Ann Roe'],
    // After a cue nobody has said yet (a modal or a negation) they go to the report around it.
    ['a modal', 'Ann Roe said she expected that Tom Veld will say "no" to the plan.', 'partial', 'no', 'Ann Roe'],
    ['a modal before a group', 'Ann Roe said she expected that Norlanders will say "no" to the plan.', 'partial', 'no', 'Ann Roe'],
    ['"according to" around a modal', 'According to Roe, the media would call him a "chicken" if he stayed away.', 'partial', 'chicken', 'Roe'],
    // No report around it: the cue's own subject keeps the words.
    ['two modal cues side by side', 'If you doubt it, the Ledger will call you a liar and the Courier will accuse you of a "freak out."', 'partial', 'freak out', 'Courier'],
  ])('%s', (_name, text, kind, quote, speaker) => {
    expect(recordsOf(text)).toEqual([[kind, quote, speaker]]);
  });
  test('an "as" clause with no verb of speech frames nothing', () => {
    expect(extractQuotes('As the crowd grew, "The port will never close" was heard.').quotes).toEqual([]);
  });
});

describe('a cue in a relative clause before a colon', () => {
  test('on an unnamed phrase inside an earlier report: the quotation is that report\'s', () => {
    const { quotes } = extractQuotes('Reporter Tom Veld tweeted back at the mayor pointing out how odd the claim was from a candidate who promised mass closures: "Your plan is to spend billions closing piers."');
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Tom Veld']);
  });
  test('on a named person: the quotation is that person\'s', () => {
    const { quotes } = extractQuotes('"Go to the pier," Ann Roe says to Tom Veld on camera, who responds at once: "Okay, then we go!"');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Go to the pier', 'Ann Roe'], ['Okay, then we go!', 'Tom Veld']]);
  });
});

test('a title with a possessive after "author of" is no quote beside the statement', () => {
  const text = '"The board has a hold on the port," said Tom Veld, author of "Norland\u2019s Bitter Tide," a history of the ferry.';
  expect(candidatesOf(text).map((c) => c.text)).toEqual(['The board has a hold on the port']);
});

describe('classifyMarked drops', () => {
  test.each(Object.entries(notQuotes))('%s', (_name, text) => {
    expect(candidatesOf(text)).toEqual([]);
  });
});

test('a cue with no speaker of its own after a quotation goes on from the frame before it', () => {
  const text = "On the day that footage emerged of a man at a rally punching a protester, Mr. Ruiz said of the episode, ''I don't like it,'' adding that ''they have anger.''";
  expect(candidatesOf(text)[0]).toMatchObject({ kind: 'direct', text: "I don't like it", speaker: 'Mr. Ruiz', cue: 'say' });
});

test('a short whole sentence in marks right after a quotation goes on with its speaker', () => {
  const got = candidatesOf('"The repairs will take all winter," the engineer said. "Every day."');
  expect(got.map((c) => [c.kind, c.text])).toEqual([['direct', 'The repairs will take all winter'], ['direct', 'Every day']]);
});

test('short lines of dialogue, each its own paragraph, are quotes', () => {
  const got = candidatesOf('The driver waved from the cab.\n\n"Morning, all of you."\n\n"You are late again."\n\nNobody answered him.');
  expect(got.map((c) => [c.kind, c.text])).toEqual([['direct', 'Morning, all of you'], ['direct', 'You are late again']]);
});

test('a joined quote keeps its marked stretches as fragments, in the caller\'s offsets', () => {
  // An HTML entity before the quote: the record's offsets are the caller's, not the normalized text's.
  const text = 'Caf&eacute; owners called the plan &ldquo;reckless&rdquo; and "far too costly for the town".';
  const [q] = extractQuotes(text).quotes;
  expect(q.kind).toBe('partial');
  expect(q.fragments?.map((f) => f.text)).toEqual(['reckless', 'far too costly for the town']);
  for (const f of q.fragments!) expect(text.slice(f.start, f.end)).toBe(f.text);
  expect([q.fragments![0].start, q.fragments![1].end]).toEqual([q.start, q.end]);
  expect(extractQuotes('The mayor warned of "grave harm" for the town.').quotes[0].fragments).toBeUndefined();
});

describe('fragments that stay two quotes', () => {
  test.each([
    ['a reporting verb between them', 'The mayor called the plan "reckless" and said the bridge was "far too costly".', ['reckless', 'far too costly']],
    ['a subordinate clause of the reporter between them', 'The mayor warned of "grave harm" if the council "cuts the budget again".', ['grave harm', 'cuts the budget again']],
    ['a clause of time or contrast about someone else between them', 'The mayor called the plan "reckless," while the harbour board "backed it from the start".', ['reckless', 'backed it from the start']],
    ['a lone determiner between a verb and its object', 'The mayor vowed to "support" the "whole harbour plan".', ['support', 'whole harbour plan']],
  ])('%s', (_name, text, fragments) => {
    expect(candidatesOf(text).map((c) => c.text)).toEqual(fragments);
  });
});

describe('tokenRange', () => {
  const a = analyze('One two three.');
  const { tokens } = a.ctx;
  test.each([
    ['a whole word', 4, 7, ['two', 'two']],
    ['part of a word widens to it', 5, 6, ['two', 'two']],
    ['across words', 0, 13, ['One', 'three']],
    ['past the end: the last token', 99, 120, ['.', '.']],
  ])('%s', (_name, from, to, [first, last]) => {
    const [f, l] = tokenRange(tokens, from as number, to as number);
    expect([tokens[f].text, tokens[l].text]).toEqual([first, last]);
  });
  test('no tokens', () => {
    expect(tokenRange([], 0, 5)).toEqual([0, 0]);
  });
});

test('a sentence after a question that states something of its own is no frame of it', () => {
  const got = candidatesOf('"How will you bridge the divide?" Ann Roe acknowledged that a rift does exist between the port and the town.');
  expect(got[0]).toMatchObject({ kind: 'direct', text: 'How will you bridge the divide?', speaker: null });
});

test('a sentence that quotes someone gives no beat to the quotation opening the next paragraph', () => {
  const got = candidatesOf('Instead, Ann Roe "is taking a shortcut to the council," Ida Brandt wrote.\n\n"This is the year to break ceilings."');
  expect(got[1]).toMatchObject({ kind: 'direct', text: 'This is the year to break ceilings', speaker: null, beat: null });
  expect(findQuoteSpeaker('Instead, Ann Roe "is taking a shortcut to the council," Ida Brandt wrote.\n\n"This is the year to break ceilings."', 'This is the year to break ceilings')).toBe('Ida Brandt');
});

test('a sentence that quotes someone with a verb of speaking gives its speaker as the beat', () => {
  const text = 'Her friends call the plan "a disaster," Ida Brandt said as she left.\n\n"But it is our disaster, and we love it!"';
  expect(candidatesOf(text)[1]).toMatchObject({ kind: 'direct', text: 'But it is our disaster, and we love it!', beat: 'Ida Brandt' });
  expect(findQuoteSpeaker(text, 'But it is our disaster, and we love it!')).toBe('Ida Brandt');
});

test('a participle opening the sentence with no subject goes on from the speaker before', () => {
  const text = 'Ida Brandt said of the audit that the report "was not good." Adding, "Like all audits, what it finds is never that bad."';
  expect(findQuoteSpeaker(text, 'Like all audits, what it finds is never that bad')).toBe('Ida Brandt');
});

function findQuoteSpeaker(text: string, quote: string): string | null | undefined {
  return extractQuotes(text).quotes.find((q) => q.text === quote)?.speaker?.name;
}
