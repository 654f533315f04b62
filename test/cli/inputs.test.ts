// Inputs: files, recursive directories, globs, stdin, JSONL files and directories; the byte-level line reader.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseLine, splitLines } from '../../src/cli/inputs';
import { parseJsonl, run, toJsonl } from './helpers';

const ids = (out: string) => parseJsonl(out).map((r) => r.id);

describe('splitLines and parseLine', () => {
  const collect = async (chunks: Buffer[]) => {
    const out: string[] = [];
    for await (const l of splitLines(Readable.from(chunks))) out.push('tooLong' in l ? `<${l.tooLong} bytes>` : l.toString('utf8'));
    return out;
  };
  test('lines split across chunks, including inside a multi-byte character', async () => {
    const bytes = Buffer.from('ab\ncé€\n\nlast');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['ab', 'cé€', '', 'last']);
    }
    expect(await collect([])).toEqual([]);
    expect(await collect([Buffer.from('x\n')])).toEqual(['x']);
  });
  test('parseLine: CRLF, BOM, blank lines, ids, every error code', () => {
    expect(parseLine(Buffer.from('{"id":"a","text":"t"}\r'), 'line-1', 'line 1')).toEqual({ id: 'a', text: 't' });
    expect(parseLine(Buffer.from('\ufeff{"id":7,"text":"t"}'), 'line-1', 'line 1')).toEqual({ id: '7', text: 't' });
    expect(parseLine(Buffer.from('  \r'), 'line-1', 'line 1')).toBeNull();
    expect(parseLine(Buffer.from('{"text":"t"}'), 'line-4', 'line 4')).toEqual({ id: 'line-4', text: 't' });
    expect(parseLine(Buffer.from('{nope'), 'line-2', 'line 2')?.error?.code).toBe('invalid-json');
    expect(parseLine(Buffer.from('[1,2]'), 'line-2', 'line 2')?.error?.code).toBe('missing-text');
    expect(parseLine(Buffer.from('null'), 'line-2', 'line 2')?.error?.code).toBe('missing-text');
    expect(parseLine(Buffer.from('{"id":"x","text":5}'), 'line-2', 'line 2')?.error).toEqual({ code: 'missing-text', message: 'line 2 has no string "text" field' });
    // Bad bytes inside the text: the record still carries the document's own id.
    const bad = Buffer.concat([Buffer.from('{"id":"z","text":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expect(parseLine(bad, 'line-3', 'line 3')).toEqual({ id: 'z', error: { code: 'not-utf8', message: 'line 3 is not valid UTF-8' } });
  });
});

describe('document inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-in-'));
  mkdirSync(join(dir, 'news/world'), { recursive: true });
  writeFileSync(join(dir, 'news/b.txt'), '"Yes," Ana Ruiz said.');
  writeFileSync(join(dir, 'news/a.md'), '"No," Ben Cole said.');
  writeFileSync(join(dir, 'news/world/c.txt'), '"Maybe," Cara Diaz said.');
  writeFileSync(join(dir, 'news/notes.json'), '{}');
  writeFileSync(join(dir, 'news/world/d.jsonl'), toJsonl([{ id: 'j1', text: '"Hi," Dan Eze said.' }]));

  test('a directory: every .txt/.md below it, recursively, sorted, id = relative path', () => {
    const r = run(['extract', join(dir, 'news')]);
    expect(r.status).toBe(0);
    expect(ids(r.stdout)).toEqual(['a', 'b', 'world/c']);
  });
  test('globs expand in argument order; a pattern matching nothing is one not-found record', () => {
    const r = run(['extract', 'corpora/seeds/00[34]*.txt', join(dir, 'news/**/*.txt'), 'nowhere/*.txt']);
    expect(r.status).toBe(1);
    expect(ids(r.stdout)).toEqual(['003_94026c3722d3728b', '004_0cb45b6400040a5c', 'b', 'c', 'nowhere/*.txt']);
    expect(parseJsonl(r.stdout)[4].error.code).toBe('not-found');
  });
  test("'-' reads one document from stdin", () => {
    const r = run(['extract', '-'], '"We are ready," Lena Park said.');
    expect(r.status).toBe(0);
    const [rec] = parseJsonl(r.stdout);
    expect(rec.id).toBe('stdin');
    expect(rec.quotes[0].speaker.name).toBe('Lena Park');
  });
  test('--jsonl: stdin by default, or files, directories (*.jsonl) and globs', () => {
    const docs = [{ id: 'x1', text: '"Go," Ana Ruiz said.' }, { id: 'x2', text: '"Stop," Ben Cole said.' }];
    writeFileSync(join(dir, 'two.jsonl'), toJsonl(docs));
    expect(ids(run(['extract', '--jsonl'], toJsonl(docs)).stdout)).toEqual(['x1', 'x2']);
    expect(ids(run(['extract', '--jsonl', '-'], toJsonl(docs)).stdout)).toEqual(['x1', 'x2']);
    expect(ids(run(['extract', '--jsonl', join(dir, 'two.jsonl')]).stdout)).toEqual(['x1', 'x2']);
    expect(ids(run(['extract', '--jsonl', join(dir, 'news')]).stdout)).toEqual(['j1']);
    expect(ids(run(['extract', '--jsonl', join(dir, '*.jsonl'), join(dir, 'news')]).stdout)).toEqual(['x1', 'x2', 'j1']);
  });
  test('--jsonl: lines without ids are named by line, and by source when there are several', () => {
    writeFileSync(join(dir, 'noid.jsonl'), '{"text":"a"}\n\n{"text":"b"}\n');
    expect(ids(run(['extract', '--jsonl', join(dir, 'noid.jsonl')]).stdout)).toEqual(['line-1', 'line-3']);
    const both = run(['extract', '--jsonl', join(dir, 'noid.jsonl'), '-'], '{"text":"c"}');
    expect(ids(both.stdout)).toEqual([`${join(dir, 'noid.jsonl')}:line-1`, `${join(dir, 'noid.jsonl')}:line-3`, 'stdin:line-1']);
  });
  test('usage errors: no inputs, two stdins, bad --workers', () => {
    expect(run(['extract']).status).toBe(2);
    expect(run(['extract', '--jsonl', '-', '-'], '').status).toBe(2);
    expect(run(['extract', '--jsonl', '--workers', '0'], '').status).toBe(2);
    expect(run(['extract', '--jsonl', '--workers', 'two'], '').status).toBe(2);
    expect(run(['extract', '--jsonl', '--min-confidence'], '').status).toBe(2);
  });
});
