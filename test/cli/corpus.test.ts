// whosaid corpus: the library's extractCorpus result as JSON (or the corpus report), through the CLI's batch inputs.
import { extractCorpus } from '../../src/index';
import { spawnSync } from 'node:child_process';
import { archive, cli, corpusDocs, root, run, toJsonl } from './helpers';

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

  test('--pretty indents the corpus JSON; a terminal gets it indented by default', () => {
    const compact = run(['corpus', 'corpora/seeds']);
    expect(compact.stdout.trim().split('\n')).toHaveLength(1);
    const pretty = run(['corpus', 'corpora/seeds', '--pretty']);
    expect(pretty.stdout).toMatch(/^\{\n  "documents": /);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    // util-linux's script(1) runs the command with a terminal as stdout.
    const tty = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} corpus corpora/seeds --quiet`, '/dev/null'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(tty.status).toBe(0);
    expect(JSON.parse(tty.stdout)).toEqual(JSON.parse(compact.stdout));
    expect(tty.stdout).toMatch(/^\{\r?\n  "documents": /);
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
