// The stateless wrapper of wink's model: what it forgets between documents, and the lexicon
// lookups the tokenizer uses to decide where wink would split a word anyway.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { statelessModel } from '../../src/text/wink-model';

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
