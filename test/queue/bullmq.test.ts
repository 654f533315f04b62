// whosaid as BullMQ workers on a real Redis (Debian's redis-server, started here): N jobs in, N records out, a SIGKILLed worker's job retried elsewhere.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { archive, corpusDocs, type Doc, root } from '../cli/helpers';

jest.setTimeout(120_000);

const REDIS = process.env.REDIS_SERVER ?? 'redis-server';
const WORKER = join(__dirname, 'worker-process.mjs');
// The built library, as the worker processes load it through `whosaid/bullmq`.
const lib = require(join(root, 'dist/index.cjs')) as typeof import('../../src/index');

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `child` has printed a line matching `re` on stdout. */
function waitForLine(child: ChildProcess, re: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => re.test(l));
      if (line !== undefined) {
        child.stdout!.off('data', onData);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before printing ${re}`)));
  });
}

interface WorkerProc {
  child: ChildProcess;
  /** Every line the worker printed ("active ID", "completed ID"). */
  lines: string[];
}

const workers: WorkerProc[] = [];

async function startWorker(port: number, queue: string, lockMs: number): Promise<WorkerProc> {
  const child = spawn(process.execPath, [WORKER, String(port), queue, String(lockMs)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const w: WorkerProc = { child, lines: [] };
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    w.lines.push(...parts);
  });
  workers.push(w);
  await waitForLine(child, /^ready$/, 'worker');
  return w;
}

async function waitFor(cond: () => Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let redis: ChildProcess;
let port: number;
const queues: Queue[] = [];

beforeAll(async () => {
  if (spawnSync(REDIS, ['--version']).error) {
    throw new Error(`${REDIS} not found: the BullMQ tests need Debian's redis-server (\`apt-get install redis-server\`; \`npm test\` installs it)`);
  }
  port = await freePort();
  // No persistence: the server lives for this file only and leaves nothing on disk.
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await waitForLine(redis, /Ready to accept connections/, 'redis-server');
});

afterAll(async () => {
  for (const q of queues) await q.close();
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.child.exitCode === null && w.child.signalCode === null ? new Promise((r) => w.child.once('exit', r)) : null)));
  if (redis && redis.exitCode === null) {
    const exited = new Promise((r) => redis.once('exit', r));
    redis.kill('SIGTERM');
    await exited;
  }
});

function openQueue(name: string): Queue {
  const q = new Queue(name, { connection: { host: '127.0.0.1', port } });
  queues.push(q);
  return q;
}

/** The return values of the queue's completed jobs, and how many failed. */
async function results(q: Queue): Promise<{ records: Array<Record<string, any>>; failed: number; jobs: Awaited<ReturnType<Queue['getJobs']>> }> {
  const jobs = await q.getJobs(['completed'], 0, -1, true);
  const failed = (await q.getJobCounts('failed')).failed;
  return { records: jobs.map((j) => j.returnvalue as Record<string, any>), failed, jobs };
}

const expected = (d: Doc) => ({ id: d.id, ...lib.extractQuotes(d.text) });

describe('whosaid/bullmq', () => {
  test('two workers: N jobs in, N records out, each the CLI record of its document', async () => {
    const docs = archive(40);
    const q = openQueue('extract-n');
    await q.addBulk([...docs.map((d) => ({ name: 'extract', data: d })), { name: 'extract', data: { id: 'no-text' } as never }]);
    await Promise.all([startWorker(port, 'extract-n', 30_000), startWorker(port, 'extract-n', 30_000)]);
    await waitFor(async () => (await q.getJobCounts('completed')).completed === docs.length + 1, 'all jobs completed');
    const { records, failed } = await results(q);
    expect(failed).toBe(0);
    expect(records).toHaveLength(docs.length + 1);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.size).toBe(docs.length + 1);
    for (const d of docs) expect(byId.get(d.id)).toEqual(expected(d));
    // Bad data completes with an error record instead of failing (and being retried) forever.
    expect(byId.get('no-text')).toEqual({ id: 'no-text', error: { code: 'missing-text', message: expect.stringMatching(/no string "text"/) } });
  });

  test('a worker SIGKILLed mid-batch: its job is retried by another worker; nothing lost or duplicated', async () => {
    const small = archive(30);
    // A document long enough (~3 MB) that the worker is surely still extracting it when killed.
    const seeds = corpusDocs();
    let text = '';
    for (let i = 0; text.length < 3_000_000; i++) text += seeds[i % seeds.length].text + '\n\n';
    const big: Doc = { id: 'big', text };
    const docs = [...small.slice(0, 15), big, ...small.slice(15)];
    const q = openQueue('extract-kill');
    await q.addBulk(docs.map((d) => ({ name: 'extract', data: d })));

    // A alone takes the first jobs in order; it dies while extracting the big one.
    const a = await startWorker(port, 'extract-kill', 2_000);
    await waitForLine(a.child, /^active big$/, 'worker A');
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    const doneByA = a.lines.filter((l) => l.startsWith('completed ')).map((l) => l.slice(10));
    expect(doneByA).toEqual(small.slice(0, 15).map((d) => d.id));

    // B finds the big job stalled once A's lock expires, and takes it back with the rest.
    const b = await startWorker(port, 'extract-kill', 30_000);
    await waitFor(async () => (await q.getJobCounts('completed')).completed === docs.length, 'all jobs completed after the kill');
    const { records, failed, jobs } = await results(q);
    expect(failed).toBe(0);
    expect(records.map((r) => r.id).sort()).toEqual(docs.map((d) => d.id).sort());
    const doneByB = b.lines.filter((l) => l.startsWith('completed ')).map((l) => l.slice(10));
    expect([...doneByA, ...doneByB].sort()).toEqual(docs.map((d) => d.id).sort());
    const bigJob = jobs.find((j) => j.data.id === 'big')!;
    expect(bigJob.attemptsStarted).toBe(2);
    for (const d of docs) expect(records.find((r) => r.id === d.id)).toEqual(expected(d));
  });
});
