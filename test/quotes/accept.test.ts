// The span acceptor: named features, the fitted model's probability, and what its threshold may drop.
import { extractQuotes } from '../../src';
import { analyze, type ObservedCandidate, runPipeline } from '../../src/pipeline';
import { ACCEPTOR, acceptance, acceptProbability, candidateFeatures, gatesOf, isGated, thresholdOf } from '../../src/quotes/accept';
import type { FrameContext } from '../../src/quotes/frames';
import { type Candidate, classifyMarked } from '../../src/quotes/marked';
import { findReported } from '../../src/quotes/reported';
import { OptionsSchema } from '../../src/records/schema';
import type { Sentence } from '../../src/sentences/segment';
import { plainTokens, type Token } from '../../src/text/tokenize';

describe('fitted model', () => {
  test('the committed weights are finite and the threshold a probability', () => {
    expect(Object.keys(ACCEPTOR.weights).length).toBeGreaterThan(20);
    for (const w of Object.values(ACCEPTOR.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(ACCEPTOR.threshold).toBeGreaterThan(0);
    expect(ACCEPTOR.threshold).toBeLessThan(1);
    expect(ACCEPTOR.indirectThreshold).toBeGreaterThan(0);
    expect(ACCEPTOR.indirectThreshold).toBeLessThan(1);
  });

  test('reported speech is weighed by its own threshold, marked fragments by the other', () => {
    expect(thresholdOf('indirect')).toBe(ACCEPTOR.indirectThreshold);
    expect(thresholdOf('partial')).toBe(ACCEPTOR.threshold);
  });

  test('the probability is the logistic of the weighted features; unknown features weigh nothing', () => {
    const m = { bias: 0.5, threshold: 0.5, indirectThreshold: 0.5, weights: { a: 2, b: -1 } };
    expect(acceptProbability({ a: 1, b: 0.5 }, m)).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(acceptProbability({ unknown: 3 }, m)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 10);
  });
});

describe('marked fragments nobody is reported saying are dropped', () => {
  test.each([
    ['a name used as a modifier', 'The mayor opened the season at a bar the locals call the "Tin Shed" near the harbour.'],
    ['a product name', 'The bakery\'s "Sunday Loaf" sold out by nine on Saturday.'],
  ])('%s', (_name, text) => {
    expect(extractQuotes(text).quotes.filter((q) => q.kind === 'partial')).toEqual([]);
  });

  test('a title in marks beside a speaker is no quote, and leaves the cue to the reported clause', () => {
    const r = extractQuotes('Mayor Ada Brenner said on Channel 9\'s "Morning Report" that the ferry would run again in May.');
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['indirect', 'the ferry would run again in May', 'Ada Brenner']]);
  });

  test('a fragment a named speaker is reported saying stays a partial quote', () => {
    const r = extractQuotes('Councillor Ada Brenner said the new bus lanes were "a costly mistake" for the town.');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['partial', 'a costly mistake']]);
  });
});

describe('what opens the verb of a frame with no subject found', () => {
  /** The verb-opener feature of the reported-speech candidates of one sentence. */
  function openers(text: string): string[] {
    const seen: ObservedCandidate[] = [];
    runPipeline(text, OptionsSchema.parse({}), { acceptAll: true, observe: (c) => seen.push(c) });
    return seen.filter((c) => c.kind === 'indirect').flatMap((c) => Object.keys(c.features).filter((k) => k.startsWith('indirect:verb-opener:')));
  }

  test.each([
    ['a second verb of the clause\'s subject', 'Local growers met the minister on Monday and argued the levy would ruin them.', 'joined'],
    ['a pronoun the chunker names no speaker in', 'We warned the council the levy would ruin the growers.', 'pronoun'],
    ['a participle after a comma', 'The crofters left the hall, warning that the levy would ruin them.', 'comma'],
  ])('%s', (_name, text, opener) => {
    expect(openers(text)).toEqual([`indirect:verb-opener:${opener}`]);
  });

  test('a frame with a named subject has none', () => {
    expect(openers('Ilse Varga argued that the levy would ruin the growers.')).toEqual([]);
  });
});

describe('gating', () => {
  test('a statement in marks is kept whatever its shape, with the probability as its confidence', () => {
    const r = extractQuotes('"We will appeal," Brenner said.');
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(r.quotes[0].confidence).toBeGreaterThan(0);
  });

  /** Whether the threshold applies to each reported-speech candidate of the text. */
  function gatedReported(text: string): boolean[] {
    const seen: ObservedCandidate[] = [];
    runPipeline(text, OptionsSchema.parse({}), { acceptAll: true, observe: (c) => seen.push(c) });
    return seen.filter((c) => c.kind === 'indirect').map((c) => c.gated);
  }

  test('a statement verb with other common senses is weighed, whoever its subject', () => {
    expect(gatedReported('Mayor Ada Brenner rejected the notion that the levy was a tax.')).toEqual([true]);
    expect(gatedReported('Mayor Ada Brenner maintained a lead that the polls called safe.')).toEqual([true]);
    expect(gatedReported('Mayor Ada Brenner signaled that the levy would pass.')).toEqual([true]);
    // A verb of asserting with "that" right after it is a statement.
    expect(gatedReported('Mayor Ada Brenner maintained that the levy was no tax.')).toEqual([false]);
    // Its neighbours in the class are not: the named speaker's statement is a quote by definition.
    expect(gatedReported('Mayor Ada Brenner denied that the levy was a tax.')).toEqual([false]);
    expect(gatedReported('Mayor Ada Brenner insisted that the levy was no tax.')).toEqual([false]);
  });
});

describe('the sum added up as features are made', () => {
  test('gives the probability and gate of the named-feature record, to the bit', () => {
    const text = [
      'Mayor Ada Brenner said on Channel 9\'s "Morning Report" that the ferry would run again in May.',
      '"We will appeal," Brenner said. A new poll shows the "Tin Shed" is popular.',
      'She told reporters the plan was "a costly mistake", adding that the council would vote on Friday.',
    ].join('\n\n');
    const { paired, ctx, sentenceOf } = analyze(text);
    const used = new Set<number>();
    const candidates = [...classifyMarked(ctx, paired.spans, sentenceOf, used), ...findReported(ctx, used, Uint8Array.from(ctx.blocked))];
    expect(candidates.map((c) => c.kind).sort()).toEqual(['direct', 'indirect', 'indirect', 'partial', 'partial', 'partial']);
    for (const c of candidates) {
      const f = candidateFeatures(ctx, c);
      expect(acceptance(ctx, c)).toEqual({ probability: acceptProbability(f), gated: isGated(c, gatesOf(f)) });
    }
  });
});

describe('features of doubtful reported speech', () => {
  const observed = (text: string) => {
    const seen: ObservedCandidate[] = [];
    runPipeline(text, OptionsSchema.parse({}), { observe: (c) => seen.push(c), acceptAll: true });
    return seen.map((c) => ({ text: text.slice(c.start, c.end), gated: c.gated, features: c.features }));
  };

  test('a cue after a possessive reads as a noun, and its candidate is gated', () => {
    const [c] = observed("Ms Ode's comments came after the board met on Tuesday.");
    expect(c.features['indirect:noun-cue']).toBe(1);
    expect(c.gated).toBe(true);
  });

  test('content before its frame that opens the sentence with a setting is gated; a subject-shaped opening is not', () => {
    expect(observed('Before leaving the harbour, Ilse Varga responded with a long letter.').find((x) => x.text === 'Before leaving the harbour')?.gated).toBe(true);
    expect(observed('If the vote fails, Ilse Varga said, the budget will be cut.').find((x) => x.text === 'If the vote fails')?.gated).toBe(true);
    expect(observed('The ferry will run again in May, Ilse Varga said.').find((x) => x.text === 'The ferry will run again in May')?.gated).toBe(false);
  });

  test('a past-tense cue after a modifier is no noun: "the 41-year-old said"', () => {
    const [c] = observed('The lab is far too cold, the 41-year-old said.');
    expect(c.text).toBe('The lab is far too cold');
    expect(c.features['indirect:noun-cue']).toBeUndefined();
    expect(c.gated).toBe(false);
  });

  test('a verbless opening before an interrupting frame is proposed and gated; the clause after it is not', () => {
    const seen = observed('In the long run, Mayor Tomas Berg said, the ferry would pay for itself.');
    const opening = seen.find((x) => x.text === 'In the long run');
    expect(opening?.gated).toBe(true);
    expect(opening?.features['indirect:no-verb']).toBe(1);
    expect(seen.find((x) => x.text === 'the ferry would pay for itself')?.gated).toBe(false);
  });

  test('content after "that" that opens with a verb is marked as a relative clause', () => {
    const [c] = observed('The auditors cited reports that were filed with the regulator in May.');
    expect(c.text).toBe('were filed with the regulator in May');
    expect(c.features['indirect:opens-with-verb']).toBe(1);
  });

  test('the words between frame and content are counted into buckets: none, one, two, three or more (a subject before its cue among them)', () => {
    const gapOf = (text: string, content: string) => {
      const c = observed(text).find((x) => x.text === content);
      return Object.keys(c?.features ?? {}).filter((k) => k.startsWith('indirect:gap-words:'));
    };
    expect(gapOf('Mayor Tomas Berg said the ferry would pay for itself.', 'the ferry would pay for itself')).toEqual(['indirect:gap-words:0']);
    expect(gapOf('Mayor Tomas Berg said that the ferry would pay for itself.', 'the ferry would pay for itself')).toEqual(['indirect:gap-words:1']);
    expect(gapOf('Mayor Tomas Berg told the harbour board on Monday that the ferry would pay for itself.', 'the ferry would pay for itself')).toEqual(['indirect:gap-words:3+']);
    // Before its frame, the subject stands between ("…, she said"); after an inverted one, nothing.
    expect(gapOf('The ferry would pay for itself, she said.', 'The ferry would pay for itself')).toEqual(['indirect:gap-words:1']);
    expect(gapOf('The ferry would pay for itself, said Mayor Tomas Berg.', 'The ferry would pay for itself')).toEqual(['indirect:gap-words:0']);
  });

  test('"that" after a noun some words past the cue is marked as a relative clause; "told reporters that" is not', () => {
    const far = observed('Ilse Varga told a crowd at the old market hall that stood in the rain for an hour.').find((x) => x.text.startsWith('stood'));
    expect(far?.features['indirect:that-after-noun']).toBe(1);
    const near = observed('Ilse Varga told reporters that the market hall would reopen in June.').find((x) => x.text === 'the market hall would reopen in June');
    expect(near).toBeDefined();
    expect(near?.features['indirect:that-after-noun']).toBeUndefined();
  });

  test('a "that" clause after a cue with no subject found is proposed for the acceptor to weigh', () => {
    const c = observed('The crofters mobilized within days, warning that the merger would ruin the cooperative.').find((x) => x.text === 'the merger would ruin the cooperative');
    expect(c?.gated).toBe(true);
  });

  test('a commitment after "agreed to" is marked and gated; "declined to" too', () => {
    for (const text of ['The harbour board agreed to repair the north pier before winter.', 'The harbour board declined to repair the north pier before winter.']) {
      const c = observed(text).find((x) => x.text === 'repair the north pier before winter');
      expect(c?.features['indirect:intent-to']).toBe(1);
      expect(c?.gated).toBe(true);
    }
    // "urged the board to repair": a request, not a commitment.
    const urged = observed('Mayor Tomas Berg urged the board to repair the north pier before winter.').find((x) => x.text === 'repair the north pier before winter');
    expect(urged?.features['indirect:intent-to']).toBeUndefined();
  });

  test('the object of a verb of the statement classes is proposed as an object; an addressee is not', () => {
    const [o] = observed('Mayor Tomas Berg explained the reason for his late support for the ferry plan.');
    expect(o.text).toBe('the reason for his late support for the ferry plan');
    expect(o.features['indirect:object']).toBe(1);
    expect(o.gated).toBe(true);
    expect(observed('Mayor Tomas Berg reminded the harbour board of the ferry timetable.').filter((x) => x.features['indirect:object'])).toEqual([]);
  });

  test('a verb outside the statement classes is weighed by the threshold, unless "that" opens its clause', () => {
    const bare = observed('Councillor Ada Brenner stressed the need for a second ferry to the islands.');
    expect(bare.find((x) => x.text === 'the need for a second ferry to the islands')?.gated).toBe(true);
    const that = observed('Councillor Ada Brenner stressed that the islands needed a second ferry.');
    expect(that.find((x) => x.text === 'the islands needed a second ferry')?.gated).toBe(false);
    // "say" is a statement class: its clause after a named speaker is never gated.
    expect(observed('Councillor Ada Brenner said the islands needed a second ferry.').find((x) => x.text === 'the islands needed a second ferry')?.gated).toBe(false);
  });

  test('an object carries the verb class of its cue as a feature of its own', () => {
    const [o] = observed('Mayor Tomas Berg spoke about the new ferry timetable for the northern islands.');
    expect(o.features['indirect:object']).toBe(1);
    expect(Object.keys(o.features).some((k) => k.startsWith('indirect:object-cue:'))).toBe(true);
  });

  test('a cue the tagger read as a noun after a noun or a name is marked and gated: "the farm states surprised"', () => {
    const [c] = observed('Turnout in the northern farm states surprised the organizers on Tuesday.');
    expect(c.text).toBe('surprised the organizers on Tuesday');
    expect(c.features['indirect:noun-tagged']).toBe(1);
    // The word itself is weighed too, where it is frequent enough: "states" is a noun, "shows" a verb.
    expect(c.features['indirect:noun-tagged:state']).toBe(1);
    expect(c.gated).toBe(true);
    // A participle after a comma is a verb whatever its tag.
    const warning = observed('The ferry line raised its fares, warning that fuel had doubled in price.').find((x) => x.text === 'fuel had doubled in price');
    expect(warning?.features['indirect:noun-tagged']).toBeUndefined();
  });

  test('"went on" and "continued" before unmarked words are narrative verbs the threshold weighs', () => {
    const [went] = observed('Mayor Tomas Berg went ahead and signed the harbor deal on Monday.');
    expect(went.features['indirect:cue:continue']).toBe(1);
    expect(went.gated).toBe(true);
    const [continued] = observed('Senator Lina Ode continued her tour through the northern counties on Saturday, winning two more endorsements.');
    expect(continued.features['indirect:cue:continue']).toBe(1);
    expect(continued.gated).toBe(true);
    // Neither is kept.
    expect(extractQuotes('Mayor Tomas Berg went ahead and signed the harbor deal on Monday.').quotes).toEqual([]);
  });

  test('reported speech that runs on into marked words is marked and gated; a new frame before the marks is not', () => {
    const [runsOn] = observed('Councillor Ada Brenner said the ferry would run again in May and would be "a lifeline for the islands".');
    expect(runsOn.text).toBe('the ferry would run again in May');
    expect(runsOn.features['indirect:marks-after']).toBe(1);
    expect(runsOn.gated).toBe(true);
    const [framed] = observed('Councillor Ada Brenner said the ferry would run again in May, and the mayor called it "a lifeline for the islands".');
    expect(framed.text).toBe('the ferry would run again in May');
    expect(framed.features['indirect:marks-after']).toBeUndefined();
    expect(framed.gated).toBe(false);
    // A second clause with a subject of its own is a second statement, whose marks are its own.
    const [second] = observed('Councillor Ada Brenner said the ferry would run again in May and the harbor was "a lifeline for the islands".');
    expect(second.text).toBe('the ferry would run again in May');
    expect(second.features['indirect:marks-after']).toBeUndefined();
    expect(second.gated).toBe(false);
  });

  test('a fragment framed outside the statement classes is weighed by the threshold; one after "said" is kept', () => {
    const [pushed] = observed('Councillor Ada Brenner pushed for "a second ferry" at the meeting on Tuesday.');
    expect(pushed.text).toBe('a second ferry');
    expect(pushed.features['partial:cue:press']).toBe(1);
    expect(pushed.gated).toBe(true);
    const [said] = observed('Councillor Ada Brenner said the plan was "a lifeline" for the islands.');
    expect(said.text).toBe('a lifeline');
    expect(said.gated).toBe(false);
  });

  test('pressure verbs ("pushed", "encouraged") are weighed by the threshold; "urged" reports speech', () => {
    const [pushed] = observed('The council pushed the mayor to sell the old ferry terminal.');
    expect(pushed.features['indirect:cue:press']).toBe(1);
    expect(pushed.gated).toBe(true);
    const [urged] = observed('Councillor Ada Brenner urged the mayor to sell the old ferry terminal.');
    expect(urged.features['indirect:cue:direct']).toBe(1);
    expect(urged.gated).toBe(false);
  });
});

describe('cost of the features', () => {
  // Each candidate beside a run of marks stepped over the whole run to the word beyond it, and
  // measured its whole sentence: thousands of candidates in one sentence of marks cost time
  // quadratic in it. Token reads are counted; they must grow with the sentence, not its square.
  const reads = (depth: number) => {
    // Two blanks between marks: normalization reads such runs as marks still.
    const text = `Peskov said ${'"  '.repeat(depth)}we will win${'  "'.repeat(depth)} on Monday.`;
    const plain: Token[] = [];
    plainTokens(text, 0, text.length, plain);
    let count = 0;
    const tokens = new Proxy(plain, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) count++;
        return Reflect.get(target, key, receiver);
      },
    });
    const sentence: Sentence = { index: 0, first: 0, last: plain.length - 1, start: 0, end: text.length, paragraph: 0 };
    const ctx = { tokens, sentences: [sentence] } as unknown as FrameContext;
    // A fragment candidate on every mark, as pairing nested marks yields.
    for (const t of plain) {
      if (t.pos !== 'PUNCT' || t.text !== '"') continue;
      const c: Candidate = { kind: 'partial', start: t.start, end: t.end, frame: null, continues: false, sentence: 0, paragraph: 0, confidence: 0.4 };
      candidateFeatures(ctx, c);
    }
    return count;
  };

  test('token reads grow linearly with the run of marks', () => {
    const small = reads(500);
    const large = reads(2000);
    expect(large / small).toBeLessThan(5);
  });

  test('a fragment beside a long run of marks gets the features it gets beside a short one', () => {
    const features = (depth: number) => {
      const text = `Peskov said ${'"  '.repeat(depth)}we will win${'  "'.repeat(depth)} on Monday.`;
      const tokens: Token[] = [];
      plainTokens(text, 0, text.length, tokens);
      const sentence: Sentence = { index: 0, first: 0, last: tokens.length - 1, start: 0, end: text.length, paragraph: 0 };
      const ctx = { tokens, sentences: [sentence] } as unknown as FrameContext;
      const at = text.indexOf('we will win');
      return candidateFeatures(ctx, { kind: 'partial', start: at, end: at + 11, frame: null, continues: false, sentence: 0, paragraph: 0, confidence: 0.4 });
    };
    expect(features(40)).toEqual(features(2));
  });
});

describe('the mood of a reporting verb', () => {
  const observed = (text: string) => {
    const seen: ObservedCandidate[] = [];
    runPipeline(text, OptionsSchema.parse({}), { observe: (c) => seen.push(c), acceptAll: true });
    return seen.filter((c) => c.kind === 'indirect').map((c) => ({ text: text.slice(c.start, c.end), gated: c.gated, features: c.features }));
  };

  test.each([
    ['modal', 'Ana Ruiz would also say the port was safe.'],
    ['negated', 'Ana Ruiz never said the port was safe.'],
    ['negated', 'Ana Ruiz did not say the port was safe.'],
    ['infinitive', 'Ana Ruiz came to the harbour to argue that the port was safe.'],
  ])('a %s verb reports nobody saying anything yet: weighed by the threshold', (mood, text) => {
    const [c] = observed(text);
    expect(c.text).toBe('the port was safe');
    expect(c.features[`indirect:cue-mood:${mood}`]).toBe(1);
    expect(c.gated).toBe(true);
  });

  test('a plain verb after a named speaker has no mood and is not gated', () => {
    const [c] = observed('Ana Ruiz said the port was safe.');
    expect(Object.keys(c.features).filter((k) => k.includes('cue-mood'))).toEqual([]);
    expect(c.gated).toBe(false);
  });

  test('"to" before a gerund is a preposition, not the infinitive', () => {
    const [c] = observed('In addition to stating that the port was safe, Ana Ruiz has vowed to keep it open.');
    expect(c.text).toBe('the port was safe');
    expect(Object.keys(c.features).filter((k) => k.includes('cue-mood'))).toEqual([]);
  });

  test('what opens the content and a modal in it are features', () => {
    const [c] = observed('Ana Ruiz said she would close the port.');
    expect(c.features['indirect:opens:pronoun']).toBe(1);
    expect(c.features['indirect:modal']).toBe(1);
  });

  test('a modal word that is no verb is no modal: "no ill will"', () => {
    const [c] = observed('Ana Ruiz said she bore the ferry company no ill will.');
    expect(c.features['indirect:modal']).toBeUndefined();
  });
});

describe('an infinitive after the cue, weighed by verb class', () => {
  /** The to-cue features of the reported-speech candidate whose content is `content`. */
  function toCue(text: string, content: string): string[] {
    const seen: ObservedCandidate[] = [];
    runPipeline(text, OptionsSchema.parse({}), { acceptAll: true, observe: (c) => seen.push(c) });
    const c = seen.find((x) => x.kind === 'indirect' && text.slice(x.start, x.end) === content);
    if (!c) throw new Error(`no candidate "${content}"`);
    return Object.keys(c.features).filter((k) => k.startsWith('indirect:to-cue:'));
  }

  test('a commitment after "to" is marked with its verb class', () => {
    expect(toCue('Ada Brenner pledged to rebuild the pier by May.', 'rebuild the pier by May')).toEqual(['indirect:to-cue:promise']);
    expect(toCue('Ada Brenner urged the board to rebuild the pier by May.', 'rebuild the pier by May')).toEqual(['indirect:to-cue:direct']);
  });

  test('a "that" clause carries no such feature', () => {
    expect(toCue('Ada Brenner pledged that the pier would reopen by May.', 'the pier would reopen by May')).toEqual([]);
  });
});
