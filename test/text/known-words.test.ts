// The table of known words answers as a Map of the same words would, read from any place in a text.
import { KnownWords } from '../../src/text/known-words';
import { isFirstName } from '../../src/lang/names';

/** The lexeme index, normal form, tag and hint the table gives `text[from, to)`, or null. */
function lookUp(table: KnownWords, text: string, from: number, to: number): [number, number, number, number] | null {
  const slot = table.find(text, from, to);
  return slot < 0 ? null : [table.lexeme(slot), table.normal(slot), table.tag(slot), table.hint(slot)];
}

describe('KnownWords', () => {
  it('finds each added word inside a text, with what was added for it, and nothing else', () => {
    const table = new KnownWords();
    const words = ['the', 'said', ',', '.', 'President', 'don', "n't", '\n\n', 'été'];
    words.forEach((w, i) => table.add(w, i * 7, i * 7 + 1, i, i === 3 ? 1_080_005 : -1));
    const text = `xx ${words.join(' ')} yy`;
    let at = 3;
    for (const [i, w] of words.entries()) {
      expect(lookUp(table, text, at, at + w.length)).toEqual([i * 7, i * 7 + 1, i, i === 3 ? 1_080_005 : -1]);
      at += w.length + 1;
    }
    expect(lookUp(table, text, 0, 2)).toBeNull();
    expect(lookUp(table, 'thee', 0, 4)).toBeNull();
    expect(lookUp(table, 'th', 0, 2)).toBeNull();
    expect(lookUp(table, 'Said', 0, 4)).toBeNull();
  });

  it('keeps what was first given for a word', () => {
    const table = new KnownWords();
    table.add('said', 5, 6, 7, -1);
    table.add('said', 9, 10, 11, 12);
    expect(lookUp(table, 'said', 0, 4)).toEqual([5, 6, 7, -1]);
  });

  it('agrees with a Map over many colliding words, holding at most three quarters of its slots', () => {
    const table = new KnownWords();
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const w = i.toString(36);
      table.add(w, i, 0, 0, -1);
      if (map.size < 12_288) map.set(w, i);
    }
    for (let i = 0; i < 20_000; i++) {
      const w = i.toString(36);
      expect(lookUp(table, `(${w})`, 1, 1 + w.length)?.[0] ?? -1).toBe(map.get(w) ?? -1);
    }
  });

  it('holds three quarters of the slots it is made with, and is full then', () => {
    const table = new KnownWords(1 << 8);
    expect(table.slots).toBe(256);
    for (let i = 0; i < 191; i++) table.add(`w${i}`, i, 0, 0, -1);
    expect(table.full()).toBe(false);
    table.add('w191', 191, 0, 0, -1);
    expect(table.full()).toBe(true);
    table.add('w192', 192, 0, 0, -1);
    expect(lookUp(table, 'w191', 0, 4)).toEqual([191, 0, 0, -1]);
    expect(lookUp(table, 'w192', 0, 4)).toBeNull();
  });

  it('grows into a larger table with the same words, facts and lemmas', () => {
    const table = new KnownWords(1 << 8);
    for (let i = 0; i < 192; i++) table.add(`w${i}`, i, i + 1, i % 7, i % 3 ? -1 : 1_080_000 + i);
    table.setLemma(table.find('w5', 0, 2), 0, 'lemma5');
    const big = table.grown(1 << 9);
    expect(big.slots).toBe(512);
    expect(big.full()).toBe(false);
    for (let i = 0; i < 192; i++) expect(lookUp(big, `w${i}`, 0, `w${i}`.length)).toEqual(lookUp(table, `w${i}`, 0, `w${i}`.length));
    const slot = big.find('w5', 0, 2);
    expect([big.word(slot), big.lower(slot), big.lemma(slot, 0), big.lemma(slot, 1)]).toEqual(['w5', 'w5', 'lemma5', '']);
  });

  it('tells whether a capitalized word is a first name by its lower-case form, as isFirstName does', () => {
    const table = new KnownWords();
    const words = ['Maria', 'Survey', 'JOHN', 'Said'];
    for (const w of words) table.add(w, 1, 2, 3, -1);
    for (const w of words) expect(table.firstName(table.find(w, 0, w.length))).toBe(isFirstName(w.toLowerCase()));
    expect(table.firstName(table.find('Maria', 0, 5))).toBe(true);
    expect(table.firstName(table.find('Survey', 0, 6))).toBe(false);
    // Other words are left unanswered: the token asks when a stage does.
    for (const w of ['maria', 'the', '2019', '"']) table.add(w, 1, 2, 3, -1);
    for (const w of ['maria', 'the', '2019', '"']) expect(table.firstName(table.find(w, 0, w.length))).toBeUndefined();
  });

  it('makes no lower-case forms or word classes in a table of words only, and keeps that when grown', () => {
    const table = new KnownWords(1 << 8, true);
    table.add('Said', 1, 2, 3, -1);
    const big = table.grown(1 << 9);
    for (const t of [table, big]) {
      const slot = t.find('Said', 0, 4);
      expect([t.word(slot), t.lower(slot), t.classes(slot), t.firstName(slot), t.normal(slot)]).toEqual(['Said', '', 0, undefined, 2]);
    }
  });

  it('leaves long words to the lexicon', () => {
    const table = new KnownWords();
    const long = 'internationalization-related';
    table.add(long, 3, 3, 3, 3);
    expect(lookUp(table, long, 0, long.length)).toBeNull();
  });
});
