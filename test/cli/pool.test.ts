// The worker pool: same records in the same order as in-process, a failing document does not stop the batch.
import { archive, parseJsonl, run, toJsonl } from './helpers';

const stats = (stderr: string) => JSON.parse(stderr.trim().split('\n').filter((l) => l.startsWith('{"stats"')).pop()!).stats;

describe('worker pool', () => {
  const docs = archive(40);
  const input = toJsonl(docs);
  const single = run(['extract', '--jsonl', '--workers', '1', '--stats'], input);

  test('--workers 2 on 40 documents writes exactly what --workers 1 writes', () => {
    expect(single.status).toBe(0);
    expect(stats(single.stderr).workers).toBe(0);
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
    expect(stats(few.stderr).workers).toBe(0);
    expect(few.stdout).toBe(single.stdout.split('\n').slice(0, 7).join('\n') + '\n');
  });

  test('more workers than cores, and csv through the pool, keep the order', () => {
    const three = run(['extract', '--jsonl', '--workers', '3'], input);
    expect(three.stdout).toBe(single.stdout);
    const csv1 = run(['extract', '--jsonl', '--workers', '1', '--format', 'csv'], input);
    const csv2 = run(['extract', '--jsonl', '--workers', '2', '--format', 'csv'], input);
    expect(csv2.stdout).toBe(csv1.stdout);
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
