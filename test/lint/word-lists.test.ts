// Language data lint: English word lists live in src/lang/ (data, no logic), so another language
// is another data file. A set or array literal of two or more lower-case words, or a regular
// expression alternating three or more words, anywhere else in src/ is a word list in the wrong place.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '../../src');

/**
 * Literals of lower-case words outside src/lang/ that are identifiers of the product or of a
 * format, not English: `file: first word` and why it may stay.
 */
const NOT_ENGLISH = new Map<string, string>([
  ["records/schema.ts: direct", "zod enum of quote kinds"],
  ["records/schema.ts: person", "zod enum of entity kinds"],
  ["records/schema.ts: female", "zod enum of genders"],
  ["records/schema.ts: name", "zod enum of resolutions"],
  ["records/schema.ts: unclosed-quote", "zod enum of issue codes"],
  ["corpus/schema.ts: female", "zod enum of genders"],
  ["corpus/consensus.ts: pronoun", "values of the records' via enum"],
  ["eval/score.ts: direct", "quote kinds of the records"],
  ["speakers/mention.ts: person", "chunk kinds of src/mentions/chunk.ts"],
  ["quotes/reported.ts: joined", "verb-opener classes of src/quotes/frames.ts"],
  ["cli/args.ts: jsonl", "output format names"],
  ["text/markup.ts: script", "HTML element names"],
  ["text/markup.ts: a", "HTML element names"],
  ["report/html.ts: direct", "quote kinds of the records"],
  ["report/html.ts: role", "HTML attribute and value"],
  ["report/html.ts: aria-expanded", "HTML attribute and value"],
  ["report/html.ts: aria-describedby", "HTML attribute and value"],
  ["report/corpus-html.ts: role", "HTML attribute and value"],
  ["report/corpus-html.ts: aria-expanded", "HTML attribute and value"],
  ["report/corpus-html.ts: aria-describedby", "HTML attribute and value"],
]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

const WORD = /^[a-z][a-z'\u2019.-]*$/;
/** A group alternating three or more words: "(however|though|again)". */
const WORD_ALTERNATION = /\((?:\?:)?[a-z]{2,}\|[a-z]{2,}\|[a-z]{2,}/;

/** Array literals of two or more lower-case words, and regexes alternating words, as `file: first word`. */
function wordLists(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && node.elements.every((e) => ts.isStringLiteral(e) && WORD.test(e.text))) {
      found.push(`${relative(SRC, file)}: ${(node.elements[0] as ts.StringLiteral).text}`);
    }
    if (ts.isRegularExpressionLiteral(node)) {
      const m = WORD_ALTERNATION.exec(node.text);
      if (m) found.push(`${relative(SRC, file)}: ${m[0].replace(/^\((\?:)?/, '').split('|')[0]}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('no English word list outside src/lang/', () => {
  const files = tsFiles(SRC).filter((f) => !relative(SRC, f).startsWith('lang'));
  const found = files.flatMap(wordLists);
  expect(found.filter((w) => !NOT_ENGLISH.has(w))).toEqual([]);
  // Every exception is still there: a stale one would hide a list that later takes its place.
  expect([...NOT_ENGLISH.keys()].filter((k) => !found.includes(k))).toEqual([]);
});

test('the lint finds a word list (it can fail)', () => {
  expect(wordLists(join(SRC, 'lang', 'speakers.ts'))).toContain('lang/speakers.ts: he');
  expect(wordLists(join(SRC, 'lang', 'en-text.ts'))).toContain('lang/en-text.ts: january');
});
