// The stateless wrapper of wink's model: what it forgets between documents, and the lexicon
// lookups the tokenizer uses to decide where wink would split a word anyway.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createRequire } from 'node:module';
import { coreFromJson, loadedCoreJson, statelessModel } from '../../src/text/wink-model';

function fresh() {
  const stateless = statelessModel(model);
  const nlp = winkNLP(stateless.model, ['pos']);
  return { stateless, nlp };
}

describe('statelessModel', () => {
  it('lists words, contractions and nothing else', () => {
    const { stateless } = fresh();
    expect(stateless.listed('said')).toBe(1);
    expect(stateless.listed('etc.')).toBe(1);
    expect(stateless.listed('cannot')).toBe(2);
    expect(stateless.listed("he's")).toBe(2);
    expect(stateless.listed('Qwertzuiop')).toBe(0);
    // The same answers once its filter of the model's words (fed a part per document, enough
    // documents for all 87,593 words) answers for words it does not list.
    const words = ['said', 'etc.', 'cannot', "he's", 'the', 'Qwertzuiop', 'qwertzuiop', 'smith', 'ann', 'envoys', '2019', ''];
    const before = words.map((w) => [stateless.listed(w), stateless.lexiconTag(w)]);
    for (let i = 0; i < 100; i++) stateless.forget('A text.');
    expect(words.map((w) => [stateless.listed(w), stateless.lexiconTag(w)])).toEqual(before);
    // Words first asked now (lexiconTag keeps its answers).
    expect(['told', 'envoy', 'quickly', 'zorblaxian', '2020'].map((w) => stateless.lexiconTag(w))).toEqual(['VERB', 'NOUN', 'ADV', null, null]);
  });

  it('does not count words learnt from documents as listed', () => {
    const { stateless, nlp } = fresh();
    nlp.readDoc('Zorblaxian envoys met.');
    expect(stateless.grown()).toBeGreaterThan(0);
    expect(stateless.listed('Zorblaxian')).toBe(0);
  });

  it('knows the hyphenated words wink keeps whole by their first or last part', () => {
    const { stateless } = fresh();
    expect(stateless.keepsHyphenated('ex', 'Soviet')).toBe(true);
    expect(stateless.keepsHyphenated('ten', 'fold')).toBe(true);
    expect(stateless.keepsHyphenated('late', 'night')).toBe(false);
  });

  it('forgets learnt words wink may split, and keeps plain words, numbers and initials', () => {
    const { stateless, nlp } = fresh();
    // "B'x.." once known changed how "B'x..." was split: such words must not outlive a document.
    const before = nlp.readDoc("B'x... 322,158").tokens().out();
    nlp.readDoc("B'x.. 322,158 Zorblaxian Q.X.Z.");
    stateless.forget('322,158 Zorblaxian Q.X.Z.');
    // A plain number, a word of letters and initials stay known: they read the same either way,
    // and re-learning them cost time.
    const grown = stateless.grown();
    nlp.readDoc('322,158 Zorblaxian Q.X.Z.');
    expect(stateless.grown()).toBe(grown);
    stateless.forget("B'x... 322,158");
    expect(nlp.readDoc("B'x... 322,158").tokens().out()).toEqual(before);
  });

  /** Tokens, tags and token types of `text`. */
  const reading = (nlp: ReturnType<typeof winkNLP>, text: string) => {
    const tokens = nlp.readDoc(text).tokens();
    return [tokens.out(nlp.its.value), tokens.out(nlp.its.pos), tokens.out(nlp.its.type)];
  };

  // Every mark wink's tokenizer treats apart (closing, opening, dot runs, dashes, symbols), letters
  // and digits: put before and after a kept word, they reach each place it is looked up.
  const MARKS = ['', '.', '..', '...', ',', ';', ':', '!', '?', "'", '\u2019', '"', '\u201d', '\u201c', '\u2018', '(', ')', '[', ']', '{', '}', '\u2026', '-', '\u2013', '\u2014', '--', '\u2013\u2013', "'s", '\u2019s', '/', '&', '@', '#', '$', '%', '*', '+', '=', '<', '>', '_', '1', 'a', 'A', '.a', '-a', 'a.', '.1', '-1', '\u00a1', '`', '|'];

  it.each(['U.S.', 'u.s.', 'J.', 'F.B.I.', 'Zorblaxian', '322,158', 'ex-Soviet', 'anti-Zorblax', "O'Zorblax", 'rock\u2019n\u2019roll'])('reads kept word %s the same known or unknown, beside any mark', (word) => {
    const { stateless, nlp } = fresh();
    const contexts = MARKS.flatMap((l) => MARKS.map((r) => `x ${l}${word}${r} y`));
    // Each context read with the word unknown: every learnt word forgotten before each (a danda
    // in the next text forgets them all; see the test below).
    const unknown = contexts.map((text) => {
      stateless.forget('\u0964');
      return reading(nlp, text);
    });
    // The same contexts with the word learnt (as wink learns it alone, or inside a longer word) and kept.
    for (const learner of [word, `(${word})`, `${word}-x`]) {
      stateless.forget('\u0964');
      nlp.readDoc(learner);
      contexts.forEach((text, k) => {
        stateless.forget(text);
        expect(reading(nlp, text)).toEqual(unknown[k]);
      });
    }
  });

  it('keeps joined words only while the texts hold no run of full stops', () => {
    const { stateless, nlp } = fresh();
    nlp.readDoc("ex-Zorblax O'Zorblax");
    stateless.forget('The next text.');
    const grown = stateless.grown();
    nlp.readDoc("ex-Zorblax O'Zorblax");
    expect(stateless.grown()).toBe(grown);
    stateless.forget('Then... the next');
    nlp.readDoc("ex-Zorblax O'Zorblax");
    expect(stateless.grown()).toBeGreaterThan(grown);
  });

  it('reads a text holding a danda as from the model\'s own lexicon', () => {
    // After a known word a danda is a punctuation token; after an unknown one, part of an unknown token.
    const text = 'x \u041f\u0443\u0442\u0438\u043d\u0964 U.S.\u0965 y';
    const unknown = reading(fresh().nlp, text);
    const { stateless, nlp } = fresh();
    nlp.readDoc('\u041f\u0443\u0442\u0438\u043d U.S.');
    stateless.forget(text);
    expect(reading(nlp, text)).toEqual(unknown);
  });
});

describe('learnsAll', () => {
  it('is true for the document last passed to forget when it holds a danda, and only then', () => {
    const { stateless } = fresh();
    stateless.forget('Vantorin went home.');
    expect(stateless.learnsAll()).toBe(false);
    stateless.forget('Vantorin went home\u0964');
    expect(stateless.learnsAll()).toBe(true);
    stateless.forget('Vantorin went home\u0965');
    expect(stateless.learnsAll()).toBe(true);
    stateless.forget('Vantorin went home.');
    expect(stateless.learnsAll()).toBe(false);
  });
});

describe('the core model read from the loaded JSON', () => {
  // Node's own require, not jest's registry: the library finds the JSON in Node's module cache.
  const nodeRequire = createRequire(__filename);
  const jsonPath = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

  /** Typed arrays and sets as plain arrays, so two cores compare with toEqual. */
  const plain = (core: unknown) => JSON.parse(JSON.stringify(core, (_k, v) => (v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));

  it("equals what the model's own loader builds", () => {
    const json = nodeRequire(jsonPath);
    expect(plain(coreFromJson(json))).toEqual(plain((model.core as () => unknown)()));
  });

  it("leaves the JSON as it was when wink reads text through it, and tags as the model's loader does", () => {
    const json = nodeRequire(jsonPath);
    const before = JSON.stringify(json);
    const text = "Zorblaxian envoys met B'x... on 322,158 late-night co-ops; the U.K.-based firm's $5bn deal (9%) said, #tag @someone https://x.org/a 3rd.";
    const fast = winkNLP({ ...model, core: () => coreFromJson(json) } as typeof model, ['pos']);
    const slow = winkNLP(model, ['pos']);
    for (let k = 0; k < 3; k++) {
      const a = fast.readDoc(text).tokens();
      const b = slow.readDoc(text).tokens();
      expect(a.out(fast.its.value)).toEqual(b.out(slow.its.value));
      expect(a.out(fast.its.pos)).toEqual(b.out(slow.its.pos));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(a.out(fast.its.lemma as any)).toEqual(b.out(slow.its.lemma as any));
    }
    expect(JSON.stringify(json)).toBe(before);
  });

  it("is found in Node's module cache from the model module it belongs to", () => {
    const nodeModel = nodeRequire('wink-eng-lite-web-model');
    expect(loadedCoreJson(nodeModel)).toBe(nodeRequire(jsonPath));
    // Not for another object, and not for jest's copy of the module (jest keeps its own registry).
    expect(loadedCoreJson({ ...nodeModel })).toBeNull();
  });
});
