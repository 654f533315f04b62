// The progress line: never on a non-terminal stderr unless --progress asks for it; messages above it; its last state stays.
import { estimateRemaining, formatDuration, type ProgressStream, progressLine, startProgress } from '../../src/cli/progress';
import { archive, run, toJsonl } from './helpers';

/** A terminal of unlimited height: applies "\r", "\n" and erase-to-end-of-line, returns its rows. */
function screen(written: string): string[] {
  const rows: string[] = [''];
  let col = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written[i];
    const row = rows.length - 1;
    if (written.startsWith('\x1b[K', i)) {
      rows[row] = rows[row].slice(0, col);
      i += 2;
    } else if (c === '\r') col = 0;
    else if (c === '\n') {
      rows.push('');
      col = 0;
    } else {
      rows[row] = rows[row].slice(0, col) + c + rows[row].slice(col + 1);
      col++;
    }
  }
  return rows;
}

function fakeTerminal(isTTY: boolean): ProgressStream & { out: string } {
  const t = { out: '', isTTY, columns: 120, write: (s: string) => (t.out += s) };
  return t;
}

describe('progress line', () => {
  test('messages scroll above the bar on a terminal, and the last state stays', () => {
    let clock = 0;
    const term = fakeTerminal(true);
    const p = startProgress(true, { docs: 3 }, term, () => clock);
    clock += 500;
    p.tick();
    p.log('whosaid: a: not found');
    clock += 500;
    p.tick();
    p.log('whosaid: b: invalid JSON');
    clock += 500;
    p.tick();
    p.stop();
    const rows = screen(term.out);
    expect(rows[0]).toBe('whosaid: a: not found');
    expect(rows[1]).toBe('whosaid: b: invalid JSON');
    expect(rows[2]).toMatch(/^whosaid \[#{20}\] 3\/3 docs \| 2\.0 docs\/s \| 2s$/);
    expect(rows[3]).toBe('');
    expect(rows).toHaveLength(4);
  });
  test('without a terminal (--progress into a file) every line is a line of its own', () => {
    let clock = 0;
    const term = fakeTerminal(false);
    const p = startProgress(true, null, term, () => clock);
    p.log('whosaid: x');
    clock += 2500;
    p.tick();
    p.stop();
    expect(term.out.split('\n')).toEqual(['whosaid 0 docs | 0.0 docs/s', 'whosaid: x', 'whosaid 1 docs | 0.4 docs/s', 'whosaid 1 docs | 0.4 docs/s | 3s', '']);
  });
  test('hidden, it still prints messages', () => {
    const term = fakeTerminal(true);
    const p = startProgress(false, { docs: 1 }, term);
    p.tick();
    p.log('whosaid: y');
    p.stop();
    expect(term.out).toBe('whosaid: y\n');
  });
  test('no ETA until a few seconds and a few percent are done', () => {
    expect(estimateRemaining(0.5, 0.5)).toBeNull();
    expect(estimateRemaining(10, 0.01)).toBeNull();
    expect(estimateRemaining(10, 0.25)).toBe(30);
    expect(estimateRemaining(10, 1)).toBeNull();
    expect(progressLine({ docs: 1000 }, { docs: 1, bytes: 0, elapsed: 1, done: false })).not.toMatch(/eta/);
    expect(progressLine({ bytes: 1000 }, { docs: 40, bytes: 500, elapsed: 10, done: false })).toBe('whosaid [##########----------] 50% | 40 docs | 4.0 docs/s | eta 10s');
  });
  test('durations', () => {
    expect([formatDuration(42), formatDuration(185), formatDuration(3720)]).toEqual(['42s', '3m05s', '1h02m']);
  });
});

describe('progress on the command line', () => {
  const input = toJsonl(archive(10));
  test('stderr stays empty without a terminal', () => {
    const r = run(['extract', '--jsonl', '--workers', '1'], input);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
  test('--progress draws it on stderr (documents when their count is known, else a running count)', () => {
    const files = run(['extract', 'corpora/seeds', '--progress', '--workers', '1']);
    expect(files.stderr).toMatch(/5\/5 docs/);
    const piped = run(['extract', '--jsonl', '--progress', '--workers', '1'], input);
    expect(piped.stderr).toMatch(/10 docs/);
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(10);
  });
  test('error messages get lines of their own between progress lines', () => {
    const r = run(['extract', '--jsonl', '--progress', '--workers', '1'], '{"id":"a","text":"He said \\"yes.\\""}\nnot json\n{"id":"c"}\n');
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('whosaid: '))).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(/^whosaid(: | \d+ docs)/);
    expect(lines[lines.length - 1]).toMatch(/^whosaid 3 docs \| [\d.]+ docs\/s \| \d+s$/);
  });
  test('--quiet overrides --progress', () => {
    expect(run(['extract', '--jsonl', '--progress', '--quiet', '--workers', '1'], input).stderr).toBe('');
  });
  test('--stats counts the main thread as the one worker of --workers 1', () => {
    const r = run(['extract', '--jsonl', '--workers', '1', '--stats'], input);
    expect(JSON.parse(r.stderr.trim()).stats).toMatchObject({ docs: 10, failed: 0, workers: 1 });
  });
});
