// Quotation-mark pairing: a table of named edge cases, negatives included.
import { extractQuotes } from '../../src/index';
import { pairMarks } from '../../src/quotes/pair-marks';

type Case = [name: string, text: string, expected: string[]];
const cases: Case[] = [
  ['straight double', '"We will win," she said.', ['We will win']],
  ['curly double', '\u201cWe will win,\u201d she said.', ['We will win']],
  ['doubled opening mark', 'both sides sought to avoid a ""nightmare scenario of a war" as Lavrov warned.', ['nightmare scenario of a war']],
  ['mismatched close', 'Lavrov called for "long-term security guarantees\' on his borders.', ['long-term security guarantees']],
  ['typewriter double open', 'Russia said it hopes for \'\'contact" between the leaders.', ['contact']],
  ['british single', "\u2018It\u2019s been a long process,\u2019 said chairman Geoffrey Pike.", ['It\u2019s been a long process']],
  ['possessive inside british quote', "'The jurors' verdict was fair,' the judge said.", ["The jurors' verdict was fair"]],
  ['guillemets with spaces', '\u00ab Je crois au projet, \u00bb a-t-il dit, the coach said.', ['Je crois au projet']],
  ['german marks', 'Die Chefin sagte: \u201eWir wachsen weiter.\u201c', ['Wir wachsen weiter']],
  ['interrupted quote', '"The situation is alarming," he added. "It is clear."', ['The situation is alarming', 'It is clear']],
  ['nested quote counted once', '"He told me \'never again\' and left," Ms. Reyes said.', ["He told me 'never again' and left"]],
  ['apostrophes are not marks', "It's rock 'n' roll from the '90s, Lee said of the players' union.", []],
  ['closing glyph opening a paragraph', 'The mayor spoke last week.\n\n\u201d \u2026 the bridge will reopen in May,\u201d she said.', ['\u2026 the bridge will reopen in May']],
  ['scare quote is not a quote', 'The so-called "peacekeepers" arrived on Monday.', []],
  ['closing glyph against an opening one', 'She linked a study saying \u201cthe ferry is late.\u201d\u201cYour figures are wrong,\u201d Ines Moreau wrote.', ['the ferry is late', 'Your figures are wrong']],
  ['double marks nested in double marks', 'Tom Akers tweeted, \u201cFans behind @akers holding \u201cKeep The Ferry\u201d signs at the pier\u2026 wow.\u201d', ['Fans behind @akers holding \u201cKeep The Ferry\u201d signs at the pier\u2026 wow']],
  ['straight double marks nested in double marks', 'Ms. Lund wrote, "Witnesses said the driver shouted "Stop the bus!" as it rolled away." Nobody was hurt.', ['Witnesses said the driver shouted "Stop the bus!" as it rolled away']],
  ['double marks nested in a quotation that runs on to the next paragraph', 'Dr. Ruiz stated:\n\n"The board is not about \u201cfair play\u201d anymore. It is about control.\n\n"The latest case is its \u201cGate Rule,\u201d which lets owners decide.\n\n"The answer is not politics."', ['The board is not about \u201cfair play\u201d anymore. It is about control', 'The latest case is its \u201cGate Rule,\u201d which lets owners decide', 'The answer is not politics']],
  ['a second opener with one close left is no nesting', '"The pier is closed, he said. "We will reopen," she added.', ['We will reopen']],
];

describe('marked quotes', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    const marked = extractQuotes(text, { indirect: false }).quotes.map((q) => text.slice(q.start, q.end));
    expect(marked).toEqual(expected);
  });

  test('multi-paragraph quote: one quote per paragraph, same speaker', () => {
    const text = 'Judge Ana Ribeiro said:\n\n"The first part of my ruling is this.\n\n"The second part follows from it."';
    const r = extractQuotes(text, { indirect: false });
    expect(r.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['The first part of my ruling is this', 'The second part follows from it']);
  });

  test('unclosed quote is kept to the paragraph end with an issue', () => {
    const text = 'Kuleba spoke about speeding up "work on economic restrictions against Russia.';
    const r = extractQuotes(text, { indirect: false });
    expect(r.quotes).toHaveLength(1);
    expect(r.issues.map((i) => i.code)).toContain('unclosed-quote');
  });
});

/** The non-empty lines of `text` as [start, end) ranges, as the pipeline pairs them. */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

describe('cost of finding the marks', () => {
  // The marks are found with indexOf. Searched again from every paragraph, a text with no mark
  // of one kind was read to its end once per paragraph: time quadratic in the paragraphs. The
  // characters the searches pass over are counted; they must stay within a few times the text.
  test('a text of many paragraphs is searched a bounded number of times over', () => {
    const scanned = (text: string) => {
      const original = String.prototype.indexOf;
      let chars = 0;
      const spy = jest.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
        const at = original.call(this, search, from);
        if (search === '"' || search === "'") chars += (at < 0 ? this.length : at) - (from ?? 0);
        return at;
      });
      try {
        pairMarks(text, paragraphs(text), new Map());
      } finally {
        spy.mockRestore();
      }
      return chars;
    };
    for (const count of [200, 800]) {
      const text = '"We will win, he said, and we will not stop.\n\n'.repeat(count);
      expect(scanned(text)).toBeLessThanOrEqual(3 * text.length);
    }
  });
});
