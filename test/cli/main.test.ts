// The CLI contract: one JSON line per input, error records for bad inputs, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });

describe('whosaid CLI', () => {
  test('eval --help points to the annotation rules, which exist in the repository (and ship in the package)', () => {
    const r = run(['eval', '--help']);
    expect(r.stdout).toContain('docs/annotation.md');
    expect(existsSync(join(root, 'docs/annotation.md'))).toBe(true);
  });
  test('extract on a seed article writes one record', () => {
    const r = run(['extract', 'corpora/seeds/004_0cb45b6400040a5c.txt']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(rec.id).toBe('004_0cb45b6400040a5c');
    expect(rec.quotes.length).toBeGreaterThan(10);
    expect(rec.quotes.some((q: { speaker: { name: string } | null }) => q.speaker?.name === 'Antony Blinken')).toBe(true);
  });
  test('--jsonl: N lines in, N records out, bad lines become error records', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '"Fine," she said.' }),
      '{not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: '' }),
    ].join('\n');
    const r = run(['extract', '--jsonl'], input);
    expect(r.status).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['a', 'line-2', 'c', 'd']);
    expect(recs[1].error.code).toBe('invalid-json');
    expect(recs[2].error.code).toBe('missing-text');
    expect(recs[3].quotes).toEqual([]);
    expect(r.stderr).toMatch(/line 2/);
  });
  test('unreadable and non-UTF-8 files yield error records, the batch goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41, 0xc3]));
    writeFileSync(join(dir, 'good.txt'), '"Yes," he said.');
    const r = run(['extract', join(dir, 'bad.txt'), join(dir, 'missing.txt'), join(dir, 'good.txt')]);
    expect(r.status).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual(['not-utf8', 'not-found', 'ok']);
  });
  test('usage errors exit 2; --help exits 0', () => {
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['extract', '--bogus']).status).toBe(2);
    const h = run(['extract', '--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/--jsonl/);
  });
  test('schema prints JSON Schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).properties.quotes).toBeDefined();
  });
  test('eval prints the scores table', () => {
    const r = run(['eval', 'corpora/gold/seeds.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Attribution accuracy/);
  });
});
