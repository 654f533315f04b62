// The worker pool: same records in the same order as in-process, a failing document does not stop the batch.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { archive, cli, parseJsonl, root, run, toJsonl } from './helpers';

const stats = (stderr: string) => JSON.parse(stderr.trim().split('\n').filter((l) => l.startsWith('{"stats"')).pop()!).stats;

describe('worker pool', () => {
  const docs = archive(40);
  const input = toJsonl(docs);
  const single = run(['extract', '--jsonl', '--workers', '1', '--stats'], input);

  test('--workers 2 on 40 documents writes exactly what --workers 1 writes', () => {
    expect(single.status).toBe(0);
    expect(stats(single.stderr).workers).toBe(1);
    const pooled = run(['extract', '--jsonl', '--workers', '2', '--stats'], input);
    expect(pooled.status).toBe(0);
    expect(stats(pooled.stderr)).toMatchObject({ docs: 40, failed: 0, workers: 2 });
    expect(pooled.stdout).toBe(single.stdout);
    expect(parseJsonl(pooled.stdout).map((r) => r.id)).toEqual(docs.map((d) => d.id));
  });

  test('by default a pool starts only with 8 or more documents', () => {
    const auto = run(['extract', '--jsonl', '--stats'], input);
    expect(auto.stdout).toBe(single.stdout);
    expect(stats(auto.stderr).workers).toBeGreaterThanOrEqual(1);
    const few = run(['extract', '--jsonl', '--stats'], toJsonl(docs.slice(0, 7)));
    expect(stats(few.stderr).workers).toBe(1);
    expect(few.stdout).toBe(single.stdout.split('\n').slice(0, 7).join('\n') + '\n');
  });

  test('more workers than cores, and csv through the pool, keep the order', () => {
    const three = run(['extract', '--jsonl', '--workers', '3'], input);
    expect(three.stdout).toBe(single.stdout);
    const csv1 = run(['extract', '--jsonl', '--workers', '1', '--format', 'csv'], input);
    const csv2 = run(['extract', '--jsonl', '--workers', '2', '--format', 'csv'], input);
    expect(csv2.stdout).toBe(csv1.stdout);
  });

  test('a worker that runs out of heap does not lose its document: it is retried in the main thread', () => {
    const big = { id: 'big', text: docs.slice(0, 37).map((d) => d.text).join('\n\n').repeat(4) };
    const few = toJsonl([docs[0], big, docs[1]]);
    const env = { ...process.env, WHOSAID_WORKER_HEAP_MB: '32' };
    const pooled = run(['extract', '--jsonl', '--workers', '2'], few, { env });
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(run(['extract', '--jsonl', '--workers', '1'], few).stdout);
  });

  test('without a loadable worker script the batch goes on in-process, with a warning', () => {
    // A copy of the build without dist/worker.js; node_modules is linked so its imports resolve.
    const tmp = mkdtempSync(join(tmpdir(), 'whosaid-noworker-'));
    cpSync(dirname(cli), join(tmp, 'dist'), { recursive: true });
    rmSync(join(tmp, 'dist/worker.js'));
    symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
    const r = spawnSync(process.execPath, [join(tmp, 'dist/cli.js'), 'extract', '--jsonl', '--workers', '2'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/worker threads unavailable .*continuing in-process/);
    expect(r.stdout).toBe(single.stdout);
  });

  test.each(['1', '2'])('a document that throws (--workers %s) becomes an extraction-failed record and the batch goes on', (workers) => {
    const marked = docs.map((d, i) => (i === 5 || i === 17 ? { ...d, text: d.text + '\nXYZZY-FAIL' } : d));
    const r = run(['extract', '--jsonl', '--workers', workers], toJsonl(marked), { env: { ...process.env, WHOSAID_FAIL_MARKER: 'XYZZY-FAIL' } });
    expect(r.status).toBe(1);
    const recs = parseJsonl(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(docs.map((d) => d.id));
    expect(recs.filter((x) => x.error).map((x) => [x.id, x.error.code])).toEqual([
      [docs[5].id, 'extraction-failed'],
      [docs[17].id, 'extraction-failed'],
    ]);
    expect(recs[6]).toEqual(parseJsonl(single.stdout)[6]);
    expect(r.stderr).toContain(`${docs[5].id}: failure injected`);
  });
});
