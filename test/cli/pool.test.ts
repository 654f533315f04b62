// The worker pool: same records in the same order as in-process, a failing document does not stop the batch.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { archive, cli, corpusDocs, type Doc, parseJsonl, root, run, toJsonl } from './helpers';

/** One document of at least `chars` UTF-16 units: corpus articles joined as paragraphs. */
function longDoc(id: string, chars: number): Doc {
  const parts: string[] = [];
  const docs = corpusDocs();
  for (let n = 0, i = 0; n < chars; i++) {
    parts.push(docs[i % docs.length].text);
    n += docs[i % docs.length].text.length + 2;
  }
  return { id, text: parts.join('\n\n') };
}

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

  test('a worker that runs out of heap does not lose its document: it is run again alone, under the per-document budget', () => {
    const big = { id: 'big', text: docs.slice(0, 37).map((d) => d.text).join('\n\n').repeat(4) };
    const few = toJsonl([docs[0], big, docs[1]]);
    const env = { ...process.env, WHOSAID_WORKER_HEAP_MB: '32' };
    const pooled = run(['extract', '--jsonl', '--workers', '2'], few, { env });
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(run(['extract', '--jsonl', '--workers', '1'], few).stdout);
  });

  // A document that needs more memory than it may have (here a long article under deliberately
  // small budgets; in real archives, text on which some stage goes quadratic) is one error
  // record: before, the main thread retried it without a limit and could die of it, with every
  // record after it lost.
  test.each(['1', '2'])('--workers %s: a document past its memory budget becomes a resource-exhausted record and the batch goes on', (workers) => {
    const input = toJsonl([docs[0], longDoc('hog', 1_500_000), docs[1], docs[2]]);
    const env = { ...process.env, WHOSAID_WORKER_HEAP_MB: '32', WHOSAID_DOC_HEAP_MB: '48' };
    const r = run(['extract', '--jsonl', '--workers', workers], input, { env });
    expect(r.status).toBe(1);
    const recs = parseJsonl(r.stdout);
    expect(recs.map((x) => x.id)).toEqual([docs[0].id, 'hog', docs[1].id, docs[2].id]);
    expect(recs[1].error.code).toBe('resource-exhausted');
    expect(recs[1].error.message).toMatch(/48 MB memory budget/);
    const expected = parseJsonl(single.stdout);
    expect([recs[0], recs[2], recs[3]]).toEqual(expected.slice(0, 3));
    expect(r.stderr).toMatch(/^whosaid: hog: the document needed more than its 48 MB/m);
  });

  // The heap cliff: with a 64 MB worker heap, documents from ~0.4 MB killed their worker and
  // silently ran a second time in the main thread.
  test('a 1 MB document runs once in the pool, with the result --workers 1 gives', () => {
    const input = toJsonl([docs[0], longDoc('long', 1_000_000), docs[1]]);
    const pooled = run(['extract', '--jsonl', '--workers', '2', '--stats'], input);
    expect(pooled.status).toBe(0);
    expect(stats(pooled.stderr)).toMatchObject({ docs: 3, failed: 0, workers: 2, reruns: 0 });
    expect(pooled.stdout).toBe(run(['extract', '--jsonl', '--workers', '1'], input).stdout);
  });

  test('--workers is bounded by the cores, with a note', () => {
    const cores = availableParallelism();
    const r = run(['extract', '--jsonl', '--workers', '256', '--stats'], toJsonl(docs.slice(0, 10)));
    expect(r.status).toBe(0);
    expect(stats(r.stderr).workers).toBe(cores);
    expect(r.stderr).toContain(`--workers 256 is more than the ${cores} cores; using ${cores}`);
    expect(r.stdout).toBe(single.stdout.split('\n').slice(0, 10).join('\n') + '\n');
  });

  // A long document runs in a worker of its own, so a signal is handled while it runs (before,
  // the main thread was busy with it and the signal waited): the batch stops without its record.
  test.each(['1', '2'])('--workers %s: SIGTERM during a long document ends the batch at once, records before it written whole', async (workers) => {
    const input = toJsonl([docs[0], longDoc('long', 3_000_000), docs[1]]);
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', workers], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
      // Once the CLI stops reading, the rest of our write fails with EPIPE: expected.
      child.stdin.on('error', () => {});
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        // The long document takes seconds; a second after the first record it is running.
        if (out === '' && d.includes('\n')) setTimeout(() => child.kill('SIGTERM'), 1000);
        out += d;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
      child.stdin.end(input);
    });
    expect(code).toBe(143);
    expect(parseJsonl(out).map((x) => x.id)).toEqual([docs[0].id]);
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
