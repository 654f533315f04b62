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

  it('forgets learnt words wink may split, and keeps plain words and numbers', () => {
    const { stateless, nlp } = fresh();
    // "B'x.." once known changed how "B'x..." was split: such words must not outlive a document.
    const before = nlp.readDoc("B'x... 322,158").tokens().out();
    nlp.readDoc("B'x.. 322,158 Zorblaxian");
    stateless.forget();
    // A plain number and a word of letters stay known: they read the same either way, and
    // re-learning them cost time.
    const grown = stateless.grown();
    nlp.readDoc('322,158 Zorblaxian');
    expect(stateless.grown()).toBe(grown);
    expect(nlp.readDoc("B'x... 322,158").tokens().out()).toEqual(before);
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
