// Options and documents are read from their own properties: nothing inherited sets an option.
import { extractCorpusSync, extractQuotes, linkCorpus, renderArticleReport } from '../../src/index';

const TEXT = 'Peskov said "we will win" on Monday.';

/** Run `fn` with `Object.prototype[key]` set, as a polluted prototype would have it. */
function polluted<T>(key: string, value: unknown, fn: () => T): T {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, enumerable: false, writable: true });
  try {
    return fn();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('options from own properties only', () => {
  it('a polluted Object.prototype changes neither the defaults nor passed options', () => {
    // Polluted before the first call of this module, which parses and keeps the defaults.
    const r1 = polluted('maxLength', 3, () => extractQuotes(TEXT));
    const clean = extractQuotes(TEXT);
    const r2 = polluted('maxLength', 3, () => extractQuotes(TEXT, {}));
    const r3 = polluted('indirect', false, () => extractQuotes('Peskov said the talks had failed.', {}));
    expect(r1).toEqual(clean);
    expect(r2).toEqual(clean);
    expect(r2.issues.some((i) => i.code === 'input-truncated')).toBe(false);
    expect(r3.quotes.some((q) => q.kind === 'indirect')).toBe(true);
  });

  it('ignores options inherited from the options object\u2019s prototype', () => {
    const r = extractQuotes(TEXT, Object.create({ maxLength: 3, minConfidence: 1 }));
    expect(r.issues.some((i) => i.code === 'input-truncated')).toBe(false);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r).toEqual(extractQuotes(TEXT));
  });

  it('still rejects own unknown keys and bad values, naming the field', () => {
    expect(() => extractQuotes(TEXT, { maxLenght: 3 } as never)).toThrow(/maxLenght/);
    expect(() => extractQuotes(TEXT, { maxLength: -1 })).toThrow(/maxLength/);
  });

  it('corpus options and documents: inherited fields are not read', () => {
    const docs = [{ id: 'a', text: TEXT }];
    const clean = extractCorpusSync(docs);
    expect(extractCorpusSync(docs, Object.create({ maxLength: 3 }))).toEqual(clean);
    expect(polluted('maxLength', 3, () => extractCorpusSync(docs))).toEqual(clean);
    // A document without an id of its own is invalid, whatever its prototype says.
    expect(() => extractCorpusSync([Object.assign(Object.create({ id: 'x' }), { text: TEXT })])).toThrow(/id/);
    expect(linkCorpus([], Object.create({ consensus: 'nonsense' }))).toEqual(linkCorpus([]));
  });

  it('report title: an inherited one is not used', () => {
    const page = renderArticleReport(TEXT, extractQuotes(TEXT), Object.create({ title: 'INHERITED' }));
    expect(page).not.toContain('INHERITED');
  });
});
