// Output formats: JSONL, one JSON array, CSV (RFC 4180, formula-safe) and HTML pages, to stdout or --out.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCell, CSV_COLUMNS, pageName, recordJson } from '../../src/cli/formats';
import { archive, parseCsv, parseJsonl, run, toJsonl } from './helpers';

const SEED = 'corpora/seeds/004_0cb45b6400040a5c.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'whosaid-fmt-'));

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  test('numbers are not prefixed; null is empty', () => {
    expect(csvCell(0.5, false)).toBe('0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('record helpers', () => {
  test('recordJson splices the id before the serialized result', () => {
    const json = JSON.stringify({ quotes: [], entities: [], issues: [] });
    expect(JSON.parse(recordJson({ id: 'x"y', json }))).toEqual({ id: 'x"y', quotes: [], entities: [], issues: [] });
    expect(recordJson({ id: 'e', error: { code: 'not-found', message: 'm' } })).toBe('{"id":"e","error":{"code":"not-found","message":"m"}}');
  });
  test('pageName keeps safe characters and stays unique', () => {
    const used = new Set<string>(['index.html']);
    expect(pageName('a/b c', used)).toBe('a_b_c.html');
    expect(pageName('a/b c', used)).toBe('a_b_c-2.html');
    expect(pageName('../../etc', used)).toBe('etc.html');
    expect(pageName('index', used)).toBe('index-2.html');
  });
});

describe('--format', () => {
  const jsonl = run(['extract', SEED]);
  const seedRecord = parseJsonl(jsonl.stdout)[0];

  test('csv: a header, one row per quote, cells that parse back to the JSONL values', () => {
    const r = run(['extract', SEED, '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(seedRecord.quotes.length);
    for (const [i, q] of seedRecord.quotes.entries()) {
      const row = body[i];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const cell = Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, row[k]]));
      expect(cell.doc_id).toBe('004_0cb45b6400040a5c');
      expect(cell.quote_id).toBe(q.id);
      expect(cell.kind).toBe(q.kind);
      // A quote that starts like a formula is prefixed with an apostrophe; otherwise verbatim.
      expect(cell.text).toBe(/^[=+\-@\t\r]/.test(q.text) ? `'${q.text}` : q.text);
      expect(cell.speaker).toBe(q.speaker?.name ?? '');
      expect(cell.mention).toBe(q.speaker?.mention.text ?? '');
      expect(cell.entity).toBe(q.speaker?.entity ?? '');
      expect(cell.via).toBe(q.speaker?.via ?? '');
      expect(cell.cue_lemma).toBe(q.cue?.lemma ?? '');
      expect(Number(cell.confidence)).toBe(q.confidence);
      expect(Number(cell.start)).toBe(q.start);
      expect(Number(cell.end)).toBe(q.end);
      expect(cell.error).toBe('');
    }
  });

  test('csv: ids with commas, quotes and formula starts are quoted and defused; failures get an error row', () => {
    const input = [JSON.stringify({ id: '=cmd|x, "y"', text: '"We will not move," Ana Ruiz said.' }), '{broken'].join('\n');
    const r = run(['extract', '--jsonl', '--format', 'csv'], input);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`"'=cmd|x, ""y"""`);
    const rows = parseCsv(r.stdout);
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows[1][0]).toBe(`'=cmd|x, "y"`);
    expect(rows[1][3]).toBe('We will not move');
    expect(rows[1][4]).toBe('Ana Ruiz');
    const last = rows[rows.length - 1];
    expect(last[0]).toBe('line-2');
    expect(last[CSV_COLUMNS.indexOf('error')]).toMatch(/^invalid-json: /);
  });

  test("csv: an unnamed source keeps its descriptor in the mention column", () => {
    const r = run(['extract', '--jsonl', '--format', 'csv'], JSON.stringify({ id: 'h', text: '"We had no choice," a hospital official said on Monday.' }) + '\n');
    const [header, row] = parseCsv(r.stdout);
    const cell = Object.fromEntries(header.map((c, k) => [c, row[k]]));
    expect(cell).toMatchObject({ speaker: '', mention: 'a hospital official', entity: 'e1', via: 'anonymous' });
  });

  test('csv with no input is just the header', () => {
    const r = run(['extract', '--jsonl', '--format', 'csv'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });

  test('json: one array holding exactly the JSONL records; empty input is []', () => {
    const docs = archive(12);
    const lines = parseJsonl(run(['extract', '--jsonl', '--workers', '1'], toJsonl(docs)).stdout);
    const r = run(['extract', '--jsonl', '--format', 'json'], toJsonl(docs));
    expect(r.status).toBe(0);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr).toEqual(lines);
    expect(JSON.parse(run(['extract', '--jsonl', '--format', 'json'], '').stdout)).toEqual([]);
  });

  test('json --pretty indents the same records; --no-pretty and pipes stay compact; jsonl refuses --pretty', () => {
    const docs = archive(2);
    const compact = run(['extract', '--jsonl', '--format', 'json'], toJsonl(docs));
    const pretty = run(['extract', '--jsonl', '--format', 'json', '--pretty'], toJsonl(docs));
    expect(pretty.status).toBe(0);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    expect(compact.stdout.split('\n')).toHaveLength(5); // "[", two records, "]", ""
    expect(pretty.stdout).toMatch(/^\[\n  \{\n    "id": /);
    expect(run(['extract', '--jsonl', '--format', 'json', '--no-pretty'], toJsonl(docs)).stdout).toBe(compact.stdout);
    const jsonl = run(['extract', '--jsonl', '--pretty'], toJsonl(docs));
    expect(jsonl.status).toBe(2);
    expect(jsonl.stderr).toMatch(/--pretty applies to --format json/);
  });

  test('jsonl and json to --out FILE; nothing on stdout', () => {
    const dir = tmp();
    const a = run(['extract', SEED, '-o', join(dir, 'a.jsonl')]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe('');
    expect(parseJsonl(readFileSync(join(dir, 'a.jsonl'), 'utf8'))).toEqual([seedRecord]);
    const b = run(['extract', SEED, '--out=' + join(dir, 'b.json'), '--format=json']);
    expect(b.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))).toEqual([seedRecord]);
  });

  test('an --out path that cannot be written is a usage error, before any work', () => {
    const r = run(['extract', SEED, '-o', '/nonexistent-dir/x.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });

  test('unknown format is a usage error', () => {
    expect(run(['extract', SEED, '--format', 'xml']).status).toBe(2);
  });
});

describe('--format html', () => {
  test('one document: one self-contained page on stdout or in FILE.html', () => {
    const r = run(['extract', 'corpora/seeds/004_0cb45b6400040a5c.txt', '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('Blinken');
    // Titled by the article's headline, not by its file name.
    expect(r.stdout).toContain("<title>U.S. Urges De-Escalation on Ukraine as Russia Warns of 'Nightmare Scenario'</title>");
    const dir = tmp();
    const f = run(['extract', 'corpora/seeds/004_0cb45b6400040a5c.txt', '--format', 'html', '-o', join(dir, 'r.html')]);
    expect(f.status).toBe(0);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  test('several documents: one page each plus index.html in --out DIR; failures listed in the index', () => {
    const dir = join(tmp(), 'reports');
    const input = toJsonl(archive(3)) + '{oops\n';
    const r = run(['extract', '--jsonl', '--format', 'html', '--out', dir], input);
    expect(r.status).toBe(1);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(4);
    expect(files).toContain('index.html');
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('invalid-json');
    for (const f of files.filter((x) => x !== 'index.html')) {
      expect(index).toContain(`href="${encodeURIComponent(f)}"`);
      expect(readFileSync(join(dir, f), 'utf8')).toMatch(/^<!doctype html>/i);
    }
  });

  test('several documents without --out DIR is a usage error', () => {
    const r = run(['extract', 'corpora/seeds', '--format', 'html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out DIR/);
    expect(run(['extract', '--jsonl', '--format', 'html'], toJsonl(archive(1))).status).toBe(2);
  });
});
