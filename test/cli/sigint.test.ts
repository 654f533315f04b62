// Ctrl-C (and SIGTERM): stop reading, write the finished records whole and in order, close the output, exit 130.
import { spawn } from 'node:child_process';
import { cli, root, archive, toJsonl } from './helpers';

function interrupted(workers: string, signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; out: string; n: number }> {
  const docs = archive(3000);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', workers], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    // After the CLI stops reading, the rest of our write fails with EPIPE: expected.
    child.stdin.on('error', () => {});
    let out = '';
    let sent = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      if (!sent && out.includes('\n')) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, n: docs.length }));
    child.stdin.end(toJsonl(docs));
  });
}

describe('SIGINT', () => {
  test.each(['1', '2'])('--workers %s: exit 130, whole lines only, ids a prefix of the input order', async (workers) => {
    const { code, out, n } = await interrupted(workers);
    expect(code).toBe(130);
    expect(out === '' || out.endsWith('\n')).toBe(true);
    const recs = out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
    expect(recs.length).toBeGreaterThanOrEqual(1);
    expect(recs.length).toBeLessThan(n);
    const expected = archive(recs.length).map((d) => d.id);
    expect(recs.map((r) => r.id)).toEqual(expected);
    expect(recs.every((r) => Array.isArray(r.quotes))).toBe(true);
  });
  test('SIGTERM stops the same way, exit 143', async () => {
    const { code, out } = await interrupted('2', 'SIGTERM');
    expect(code).toBe(143);
    expect(out === '' || out.endsWith('\n')).toBe(true);
    out.split('\n').filter((l) => l !== '').forEach((l) => JSON.parse(l));
  });
});
