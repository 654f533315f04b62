// Whole-article golden files: the seeds and a handful of our constructed articles. A missing
// golden file fails; regenerate on purpose with UPDATE_GOLDEN=1 npx jest test/golden.test.ts,
// then review the diff.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/index';

const corpora = join(__dirname, '../corpora');
const out = join(__dirname, 'fixtures/golden');

/** Constructed articles with golden files: one per section (courts, politics, science, sport and business). */
const CONSTRUCTED = ['crt-01-treasurer-theft-verdict', 'pol-04-bristol-mayoral-rivals', 'sci-03-ebike-battery-recall', 'spb-03-coach-carrel-defiant', 'spb-04-dairy-cooperatives-merge'];

const articles: Array<[name: string, path: string]> = [
  ...readdirSync(join(corpora, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f): [string, string] => [f.replace(/\.txt$/, ''), join(corpora, 'seeds', f)]),
  ...CONSTRUCTED.map((n): [string, string] => [n, join(corpora, 'constructed', `${n}.txt`)]),
];

/** The reviewable part of a result: what was quoted, by whom, how. */
function summary(text: string) {
  return extractQuotes(text).quotes.map((q) => ({ kind: q.kind, start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, via: q.speaker?.via ?? null, cue: q.cue?.lemma ?? null }));
}

describe('golden files', () => {
  test('cover the seeds and the chosen constructed articles', () => {
    expect(articles.length).toBe(5 + CONSTRUCTED.length);
  });
  test.each(articles)('%s', (name, path) => {
    const got = summary(readFileSync(path, 'utf8'));
    const file = join(out, `${name}.json`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(out, { recursive: true });
      writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
    }
    // A golden file that is not there is a failure, not a new baseline.
    if (!existsSync(file)) throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 npx jest test/golden.test.ts and review it`);
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
