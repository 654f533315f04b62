// The progress bar: never on a non-terminal stderr unless --progress asks for it; --quiet wins.
import { archive, run, toJsonl } from './helpers';

describe('progress bar', () => {
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
  test('--quiet overrides --progress', () => {
    expect(run(['extract', '--jsonl', '--progress', '--quiet', '--workers', '1'], input).stderr).toBe('');
  });
});
