// File-system and process faults: full disks, FIFOs without a writer, symbolic links in
// directories, lines too long for one string. Each input still yields one record.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { splitLines } from '../../src/cli/inputs';
import { cli, parseJsonl, root, run } from './helpers';

const ARTICLE = 'Peskov said "we will win" on Monday.';
const posix = process.platform !== 'win32';

describe('output that cannot be written', () => {
  const full = existsSync('/dev/full') ? test : test.skip;
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-faults-'));
  const doc = join(dir, 'a.txt');
  writeFileSync(doc, ARTICLE);

  /** Run with stdout on /dev/full (a device that is always full). */
  const toFull = (args: string[]) => {
    const fd = openSync('/dev/full', 'w');
    try {
      return run(args, undefined, { stdio: ['pipe', fd, 'pipe'] });
    } finally {
      closeSync(fd);
    }
  };

  full.each([
    ['extract to stdout', ['extract', doc]],
    ['extract --format csv', ['extract', doc, '--format', 'csv']],
    ['extract --format html', ['extract', doc, '--format', 'html']],
    ['corpus', ['corpus', doc]],
    ['corpus --format html', ['corpus', doc, '--format', 'html']],
    ['schema', ['schema']],
    ['eval', ['eval', 'corpora/gold/seeds.jsonl']],
  ])('%s on a full disk: exit 74 and the reason, no stack trace', (_name, args) => {
    const r = toFull(args);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/^whosaid: cannot write standard output: ENOSPC: no space left on device/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  full('extract -o /dev/full names the file', () => {
    const r = run(['extract', doc, '-o', '/dev/full']);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/cannot write \/dev\/full: ENOSPC/);
  });

  test('a reader that closes the pipe is still 141, with no write error reported', async () => {
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: ARTICLE })).join('\n');
    const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', '1'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(input);
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(141);
    expect(stderr).not.toMatch(/cannot write/);
  });
});

describe('a FIFO with no writer', () => {
  const fifoTest = posix && existsSync('/usr/bin/mkfifo') ? test : test.skip;

  /** Start the CLI on `args`, send `signal` after it has blocked, and wait (at most 10 s) for it to end. */
  const signalled = (args: string[], signal: NodeJS.Signals) =>
    new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const hard = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no exit within 10 s of ${signal}`));
      }, 12_000);
      setTimeout(() => child.kill(signal), 2_000);
      child.on('exit', (code, sig) => {
        clearTimeout(hard);
        resolve({ code, signal: sig, stderr });
      });
    });

  const makeFifo = () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-fifo-'));
    const path = join(dir, 'in.txt');
    const r = require('node:child_process').spawnSync('mkfifo', [path]);
    if (r.status !== 0) throw new Error('mkfifo failed');
    return path;
  };

  fifoTest('SIGTERM ends extract waiting on a FIFO (exit 143)', async () => {
    const r = await signalled(['extract', makeFifo()], 'SIGTERM');
    expect(r.code).toBe(143);
  });

  fifoTest('SIGINT ends extract --jsonl waiting on a FIFO (exit 130)', async () => {
    const r = await signalled(['extract', '--jsonl', makeFifo()], 'SIGINT');
    expect(r.code).toBe(130);
  });

  fifoTest('a FIFO with a writer is read as a document', async () => {
    const fifo = makeFifo();
    const child = spawn(process.execPath, [cli, 'extract', fifo], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(fifo, ARTICLE);
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(parseJsonl(out).map((x) => x.quotes[0].text)).toEqual(['we will win']);
  });
});

describe('symbolic links in directory arguments', () => {
  const linkTest = posix ? test : test.skip;
  linkTest('each real file once; linked directories not read twice; looping and dangling links get records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-links-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), ARTICLE);
    symlinkSync('sub', join(dir, 'again')); // the same directory under a second name
    symlinkSync('..', join(dir, 'sub', 'up')); // a link to an ancestor: a loop
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const r = run(['extract', dir]);
    const recs = parseJsonl(r.stdout);
    expect(recs.map((x) => [x.id, x.error?.code ?? 'ok'])).toEqual([
      ['dangling', 'not-found'],
      ['loop', 'unreadable'],
      ['sub/a', 'ok'],
    ]);
    expect(r.status).toBe(1);
  });

  linkTest('a linked directory outside the argument is read once, under the link', () => {
    const outside = mkdtempSync(join(tmpdir(), 'whosaid-outside-'));
    writeFileSync(join(outside, 'b.txt'), ARTICLE);
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-links-'));
    symlinkSync(outside, join(dir, 'ext'));
    symlinkSync(outside, join(dir, 'ext2'));
    const r = run(['extract', dir]);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(['ext/b']);
    expect(r.status).toBe(0);
  });
});

describe('lines too long to be one string', () => {
  const collect = async (chunks: Buffer[], max: number) => {
    const out: string[] = [];
    for await (const l of splitLines(Readable.from(chunks), max)) out.push('tooLong' in l ? `<${l.tooLong}>` : l.toString('utf8'));
    return out;
  };
  test('a line over the limit is counted, not kept, and the lines around it come through', async () => {
    const text = 'ok\n' + 'x'.repeat(50) + '\nfine\n' + 'y'.repeat(30);
    const bytes = Buffer.from(text);
    for (const size of [1, 7, 16, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await collect(chunks, 20)).toEqual(['ok', '<50>', 'fine', '<30>']);
    }
  });
  test('a line of exactly the limit is kept', async () => {
    expect(await collect([Buffer.from('a'.repeat(20) + '\n' + 'b'.repeat(21))], 20)).toEqual(['a'.repeat(20), '<21>']);
  });
});
