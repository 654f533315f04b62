// N inputs in, N records out, whatever goes wrong; exit 1 when any failed, 0 when none did, and one stderr line per failure.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonl, run } from './helpers';

const codes = (out: string) => parseJsonl(out).map((r) => (r.error ? r.error.code : 'ok'));

describe('accounting', () => {
  const bad = Buffer.concat([Buffer.from('{"id":"bytes","text":"caf'), Buffer.from([0xe9, 0x20]), Buffer.from('"}\n')]);
  const jsonl = Buffer.concat([
    Buffer.from('{"id":"good","text":"\\"We are ready,\\" Lena Park said."}\n'),
    Buffer.from('{"id":"broken",\n'),
    Buffer.from('{"id":"notext"}\n'),
    Buffer.from('\n'), // a blank line is not an input
    Buffer.from('{"id":"empty","text":""}\n'),
    bad,
    Buffer.from('{"id":"last","text":"No quotes here."}'), // no final newline
  ]);

  test.each(['1', '2'])('a JSONL mix (--workers %s): one record per non-blank line, in order', (workers) => {
    const r = run(['extract', '--jsonl', '--workers', workers], jsonl);
    expect(r.status).toBe(1);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(['good', 'line-2', 'notext', 'empty', 'bytes', 'last']);
    expect(codes(r.stdout)).toEqual(['ok', 'invalid-json', 'missing-text', 'ok', 'not-utf8', 'ok']);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/line 2 is not valid JSON/);
    expect(r.stderr).toMatch(/notext: line 3 has no string "text" field/);
    expect(r.stderr).toMatch(/bytes: line 6 is not valid UTF-8/);
  });

  test('files: good, missing, a symlink loop, not UTF-8, empty — and mode 000 unless running as root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-acct-'));
    writeFileSync(join(dir, 'good.txt'), '"Yes," he said.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(dir, 'locked.txt'), 'secret');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    // A symlink loop cannot be read even by root: the unreadable case that always runs.
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const args = [join(dir, 'good.txt'), join(dir, 'missing.txt'), join(dir, 'loop.txt'), join(dir, 'latin1.txt'), join(dir, 'empty.txt'), join(dir, 'locked.txt')];
    const r = run(['extract', ...args]);
    expect(r.status).toBe(1);
    const got = codes(r.stdout);
    expect(got.slice(0, 5)).toEqual(['ok', 'not-found', 'unreadable', 'not-utf8', 'ok']);
    // Root reads a mode-000 file anyway, so the check only means something for other users.
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root) console.log('skipping the chmod 000 check: running as root, which can read any file');
    expect(got[5]).toBe(root ? 'ok' : 'unreadable');
    expect(parseJsonl(r.stdout)).toHaveLength(args.length);
    expect(r.stderr.trim().split('\n')).toHaveLength(root ? 3 : 4);
    expect(codes(run(['extract', join(dir, 'good.txt', 'inside.txt')]).stdout)).toEqual(['not-found']);
  });

  test('a missing JSONL file is one not-found record; the other sources still run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-acct-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"a","text":"x"}\n');
    const r = run(['extract', '--jsonl', join(dir, 'nope.jsonl'), join(dir, 'a.jsonl')]);
    expect(r.status).toBe(1);
    expect(parseJsonl(r.stdout).map((x) => [x.id, x.error?.code ?? 'ok'])).toEqual([
      [join(dir, 'nope.jsonl'), 'not-found'],
      ['a', 'ok'],
    ]);
  });

  test('empty inputs give no records and exit 0; all good exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-acct-'));
    mkdirSync(join(dir, 'none'));
    for (const args of [['--jsonl'], ['--jsonl', '--format', 'json'], [join(dir, 'none')]]) {
      const r = run(['extract', ...args], '');
      expect(r.status).toBe(0);
      expect(parseJsonl(r.stdout.replace(/^\[\]$/m, ''))).toEqual([]);
    }
    expect(run(['extract', '--jsonl'], '\n\n  \n').stdout).toBe('');
    expect(run(['extract', 'corpora/seeds']).status).toBe(0);
  });
});
