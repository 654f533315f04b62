// Command-line flags: every option in both spellings, defaults, and a clear error for each misuse.
import { parseFlags, UsageError } from '../../src/cli/args';

describe('parseFlags', () => {
  test('defaults', () => {
    expect(parseFlags(['a.txt'])).toEqual({
      jsonl: false, json: false, indirect: true, minConfidence: 0, help: false, format: null, out: null, workers: null,
      quiet: false, progress: false, stats: false, consensus: true, pretty: null, rest: ['a.txt'],
    });
  });

  test('`--name value` and `--name=value` are the same; switches and short forms', () => {
    const a = parseFlags(['--format', 'csv', '--min-confidence', '0.5', '--workers', '3', '-o', 'out.csv', 'x', '-']);
    const b = parseFlags(['--format=csv', '--min-confidence=0.5', '--workers=3', '--out=out.csv', 'x', '-']);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ format: 'csv', minConfidence: 0.5, workers: 3, out: 'out.csv', rest: ['x', '-'] });
    expect(parseFlags(['--jsonl', '--no-indirect', '-q', '--progress', '--stats', '--no-consensus', '--no-pretty', '-h'])).toMatchObject({
      jsonl: true, indirect: false, quiet: true, progress: true, stats: true, consensus: false, pretty: false, help: true,
    });
  });

  test.each([
    [['--format', 'xml'], '--format takes one of jsonl, json, csv, html'],
    [['--min-confidence', '1.5'], '--min-confidence takes a number from 0 to 1'],
    [['--min-confidence=abc'], '--min-confidence takes a number from 0 to 1'],
    [['--workers', '0'], '--workers takes a whole number from 1 to 256'],
    [['--workers', '2.5'], '--workers takes a whole number from 1 to 256'],
    [['--out='], '--out needs a path'],
    [['--format'], '--format needs a value'],
    [['--fromat', 'csv'], 'unknown option --fromat'],
  ])('%j fails: %s', (args, message) => {
    expect(() => parseFlags(args)).toThrow(UsageError);
    expect(() => parseFlags(args)).toThrow(message);
  });
});
