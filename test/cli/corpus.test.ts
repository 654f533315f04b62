// whosaid corpus: the library's extractCorpus result as JSON (or the corpus report), through the CLI's batch inputs.
import { extractCorpus } from '../../src/index';
import { archive, corpusDocs, run, toJsonl } from './helpers';

describe('whosaid corpus', () => {
  const seeds = corpusDocs().slice(0, 5);

  test('matches extractCorpus on the same documents, in-process and with workers', async () => {
    const expected = JSON.parse(JSON.stringify(await extractCorpus(seeds)));
    const files = run(['corpus', 'corpora/seeds']);
    expect(files.status).toBe(0);
    const got = JSON.parse(files.stdout);
    expect(got.errors).toEqual([]);
    delete got.errors;
    expect(got).toEqual(expected);
    const pooled = run(['corpus', '--jsonl', '--workers', '2'], toJsonl(seeds));
    expect(pooled.stdout).toBe(files.stdout);
  });

  test('unreadable inputs are listed in "errors" and exit 1; the rest is still linked', () => {
    const r = run(['corpus', '--jsonl'], toJsonl(seeds.slice(0, 2)) + '{bad\n');
    expect(r.status).toBe(1);
    const got = JSON.parse(r.stdout);
    expect(got.documents.map((d: { id: string }) => d.id)).toEqual(seeds.slice(0, 2).map((d) => d.id));
    expect(got.errors).toEqual([{ id: 'line-3', error: { code: 'invalid-json', message: 'line 3 is not valid JSON' } }]);
  });

  test('--format html writes the corpus report; csv is refused; duplicate ids fail', () => {
    const html = run(['corpus', 'corpora/seeds', '--format', 'html']);
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect(run(['corpus', 'corpora/seeds', '--format', 'csv']).status).toBe(2);
    const dup = run(['corpus', '--jsonl'], toJsonl([seeds[0], seeds[0]]));
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/duplicate document id/);
  });

  test('twenty documents through the pool: one result, every document present', () => {
    const docs = archive(20);
    const r = run(['corpus', '--jsonl', '--stats'], toJsonl(docs));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(docs.map((d) => d.id));
  });
});
