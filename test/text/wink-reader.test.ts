// The reader that runs wink's tokenizer only on unlisted words gives readDoc's tokens, tags and lemmas.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spaceGluedMarks } from '../../src/text/tokenize';
import { winkReader } from '../../src/text/wink-reader';

const wink = winkNLP(model, ['pos']);
const its = wink.its;
// Its own copy of the model's lexicon, learning the same words in the same order as wink's.
const read = winkReader(model);

/** Every token as [value, tag, lemma, whitespace before it], as wink's readDoc gives them. */
function byReadDoc(text: string): Array<[string, string, string, string]> {
  const items = wink.readDoc(text).tokens();
  const v = items.out(its.value) as string[];
  const p = items.out(its.pos) as string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const l = items.out(its.lemma as any) as unknown as string[];
  const s = items.out(its.precedingSpaces) as string[];
  return v.map((x, i) => [x, p[i], l[i], s[i]]);
}

/** The same from the reader. */
function byReader(text: string): Array<[string, string, string, string]> {
  const r = read(text);
  return Array.from({ length: r.length }, (_, i) => [r.value(i), r.pos(i), r.lemma(i), r.spaces(i)]);
}

function expectSame(text: string): void {
  expect(byReader(text)).toEqual(byReadDoc(text));
}

describe('winkReader', () => {
  it('reads contractions, unknown words, glued marks, numbers and symbols as readDoc does', () => {
    for (const text of [
      "I can't believe it's not Zorblaxian, she said. We'll see.",
      'The U.S. sent $5,000,000 (about 4.5m euros) to ex-Soviet states on 9/11/2019 at 10:30.',
      '"Go home," he said: it was late-night; the co-op\'s players\' union... agreed!!',
      'Visit https://example.com or mail info@example.com #news @handle :) 🙂',
      'O\'Malley and rock\'n\'roll, F.B.I. agents, J. Smith, etc.',
      '',
      '   ',
      'word',
    ]) expectSame(text);
  });

  it('reads line breaks, tabs, carriage returns and runs of spaces as readDoc does', () => {
    for (const text of ['one\ntwo', 'one \n two', 'a\r\nb\tc', '\n\nlead and trail  \n', `far${' '.repeat(70_000)}apart`, 'a  b   c    d'])
      expectSame(text);
  });

  it('reads texts holding non-breaking and other wide spaces as readDoc does', () => {
    // Wide characters that are no such space (é, —, €) before one: the text is read again whole.
    for (const text of ['10\u00a0km north', 'a\u2009b\u202fc said.', 'x\u3000y\u2028z', 'Café — €5, Zorbl\'s "x" said.\u00a0Then 2,000 more\u205f.', 'é — €', 'Zorbl, Qwix\u00a0Zorbl'])
      expectSame(text);
  });

  it('reads the corpus articles, as they are and spaced as the tokenizer hands them to wink, as readDoc does', () => {
    const dirs = ['seeds', 'dev'].map((d) => join(__dirname, '../../corpora', d));
    const articles = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().slice(0, 30).map((f) => readFileSync(join(d, f), 'utf8')));
    expect(articles.length).toBeGreaterThan(20);
    for (const a of articles) {
      expectSame(a);
      expectSame(spaceGluedMarks(a, (m) => m));
    }
  });

  it('reads words it leaves unlearnt as readDoc reads them learnt', () => {
    // As ./wink-model tells the reader in a document without a danda: words of letters or digits
    // and plain numbers read the same known or unknown, so the reader finds their facts itself.
    const lasting = (w: string) => /^[\p{L}0-9]+$/u.test(w) || /^[0-9]+(?:[.,][0-9]+)*$/.test(w);
    const spare = winkReader(model, { lasting, resets: () => 0, learnsAll: () => false });
    const bySpare = (text: string) => {
      const r = spare(text);
      return Array.from({ length: r.length }, (_, i) => [r.value(i), r.pos(i), r.lemma(i), r.spaces(i)]);
    };
    // Unlisted words whose lower-case form is listed ("Colour", "Runs", "BROWN"), a contraction
    // ("Gonna") or spelt another way ("Centre"); unknown verbs and nouns, whose lemmas are read;
    // numbers; each twice, the second time from the reader's table.
    const text = 'Colour and Centre: Gonna, Wanna. BROWN Runs; it Walked Happier Children Mice Better Theatre Organise Favour. ' +
      'The Zorblaxes flurbed the glorping zorblaxes 322,158 times in 2019, and they were Flurbing. Qwix qwixed 7 qwixes.';
    expect(bySpare(text)).toEqual(byReadDoc(text));
    expect(bySpare(text)).toEqual(byReadDoc(text));
    // Words left unlearnt before a non-breaking space, which sends the text to wink whole, and after.
    const wide = 'Flurbo Zorblaxes 322,158 glorpings — Qwixo said.\u00a0Then Flurbo and 4,417 Glorpings.';
    expect(bySpare(wide)).toEqual(byReadDoc(wide));
    expect(bySpare(text)).toEqual(byReadDoc(text));
    expect(bySpare(wide.replace('\u00a0', ' '))).toEqual(byReadDoc(wide.replace('\u00a0', ' ')));
    for (const a of ['seeds', 'dev'].flatMap((d) => readdirSync(join(__dirname, '../../corpora', d)).filter((f) => f.endsWith('.txt')).sort().slice(0, 10).map((f) => readFileSync(join(__dirname, '../../corpora', d, f), 'utf8'))))
      expect(bySpare(spaceGluedMarks(a, (m) => m))).toEqual(byReadDoc(spaceGluedMarks(a, (m) => m)));
  });

  it('reads random texts of words, marks and spaces as readDoc does', () => {
    const piece = fc.constantFrom('said', 'Said', 'the', "don't", "Kim's", 'U.S.', 'ex-Soviet', 'Zorbl', '2,000', '3.5', '"', "'", ',', '.', '...', '-', '(', ')', ':', ';', '?', '!', '$', '%', '@', '#', 'é', '—', '\u00a0', ' ', '  ', '\n', '\t', '\r');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(byReader(text)).toEqual(byReadDoc(text));
    }), { numRuns: 400 });
  });
});
