// Whole-article golden files. Regenerate with UPDATE_GOLDEN=1 npm test, then review the diff.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/index';

const seeds = join(__dirname, '../corpora/seeds');
const out = join(__dirname, 'fixtures/golden');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

/** The reviewable part of a result: what was quoted, by whom, how. */
function summary(text: string) {
  return extractQuotes(text).quotes.map((q) => ({ kind: q.kind, start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, via: q.speaker?.via ?? null, cue: q.cue?.lemma ?? null }));
}

describe('golden files', () => {
  test.each(files)('%s', (f) => {
    const got = summary(readFileSync(join(seeds, f), 'utf8'));
    const path = join(out, f.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, JSON.stringify(got, null, 2) + '\n');
    }
    expect(got).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
