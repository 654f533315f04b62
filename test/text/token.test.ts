// Token objects: fields packed into flags, and the store's lifetime rule (objects handed out again per document).
import type { NormalizedOffset } from '../../src/text/offset-map';
import { AFTER_NEWLINE, CAP, CLASSES_UNKNOWN, firstNameFlags, flagsOf, NEWLINE, Tok, TokenStore } from '../../src/text/token';
import { WordClass } from '../../src/text/word-class';
import { isFirstName } from '../../src/lang/names';

const at = (n: number) => n as NormalizedOffset;

describe('Tok', () => {
  test('end and the three flags are derived from start, text and one number', () => {
    const t = new Tok(at(10), 'Mayor', 'mayor', 'PROPN', 'mayor', flagsOf(true, false, true), CLASSES_UNKNOWN);
    expect([t.end, t.cap, t.newline, t.afterNewline]).toEqual([15, true, false, true]);
    t.afterNewline = false;
    expect([t.cap, t.afterNewline]).toEqual([true, false]);
    expect(flagsOf(true, true, true)).toBe(CAP | NEWLINE | AFTER_NEWLINE);
    expect(flagsOf(false, false, false)).toBe(0);
  });

  test('tells whether its word is a first name, asked once, and forgets it when reused', () => {
    const t = new Tok(at(0), 'Maria', 'maria', 'PROPN', 'maria', flagsOf(true, false, true), CLASSES_UNKNOWN);
    expect([t.firstName, t.firstName]).toEqual([isFirstName('maria'), isFirstName('maria')]);
    expect(t.firstName).toBe(true);
    // Its other flags are untouched by the kept answer, and the answer by theirs.
    expect([t.cap, t.newline, t.afterNewline]).toEqual([true, false, true]);
    t.afterNewline = false;
    expect(t.firstName).toBe(true);
    t.reset(at(6), 'Survey', 'survey', 'NOUN', 'survey', flagsOf(true, false, false), CLASSES_UNKNOWN);
    expect(t.firstName).toBe(false);
    expect(t.cap).toBe(true);
  });

  test('takes a first-name answer given with its flags, without asking', () => {
    // An answer the token's word would not give shows that it was not asked again.
    const t = new Tok(at(0), 'Survey', 'survey', 'NOUN', 'survey', flagsOf(true, false, false) | firstNameFlags(true), CLASSES_UNKNOWN);
    expect([t.firstName, t.cap, t.newline, t.afterNewline]).toEqual([true, true, false, false]);
    t.reset(at(0), 'Maria', 'maria', 'PROPN', 'maria', flagsOf(true, false, false) | firstNameFlags(false), CLASSES_UNKNOWN);
    expect(t.firstName).toBe(false);
    // No answer given: the token asks.
    expect(firstNameFlags(undefined)).toBe(0);
    t.reset(at(0), 'Maria', 'maria', 'PROPN', 'maria', flagsOf(true, false, false) | firstNameFlags(undefined), CLASSES_UNKNOWN);
    expect(t.firstName).toBe(true);
  });
});

describe('TokenStore', () => {
  test('within a document no object is handed out twice; the next document reuses them', () => {
    const store = new TokenStore();
    store.startDocument();
    const first = [0, 1, 2].map((i) => store.make(at(i), 'a', 'a', 'X', 'a', 0, CLASSES_UNKNOWN));
    expect(new Set(first).size).toBe(3);
    store.startDocument();
    const again = store.make(at(7), 'the', 'the', 'DET', 'the', CAP, CLASSES_UNKNOWN);
    expect(again).toBe(first[0]);
    // The reused object carries the new fields only.
    expect([again.start, again.text, again.lower, again.pos, again.lemma, again.cap, again.end]).toEqual([7, 'the', 'the', 'DET', 'the', true, 10]);
    // Word classes not given are found from the new word when first read, not kept from the old one.
    expect(again.classes & WordClass.DETERMINER).not.toBe(0);
  });

  test('past its size the store hands out fresh objects and keeps none of them', () => {
    const store = new TokenStore(2);
    store.startDocument();
    const made = [0, 1, 2, 3].map((i) => store.make(at(i), 'w', 'w', 'X', 'w', 0, CLASSES_UNKNOWN));
    store.startDocument();
    const next = [0, 1, 2].map((i) => store.make(at(i), 'w', 'w', 'X', 'w', 0, CLASSES_UNKNOWN));
    expect(next[0]).toBe(made[0]);
    expect(next[1]).toBe(made[1]);
    expect(made).not.toContain(next[2]);
  });
});
