// Turn command-line arguments into a stream of documents (or input error records), never holding a whole JSONL source in memory.
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';

export type ErrorCode = 'invalid-json' | 'missing-text' | 'not-found' | 'not-utf8' | 'unreadable' | 'extraction-failed' | 'resource-exhausted';

export interface InputError {
  code: ErrorCode;
  message: string;
}

/** One unit of work: a document with its text, or an input that already failed. */
export interface InputItem {
  id: string;
  text?: string;
  error?: InputError;
  /** Input bytes this item took (JSONL), for a progress bar measured in bytes. */
  bytes?: number;
}

/** A document file to read, or an argument that names nothing (kept so it yields its error record in order). */
interface Source {
  path: string;
  id: string;
  missing?: boolean;
}

const DOC_EXT = /\.(txt|md)$/;

/** `a/b/c.txt` below DIR → `a/b/c`: unique inside DIR and stable across platforms. */
function relativeId(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/').replace(DOC_EXT, '');
}

/**
 * Expand FILE, DIR and GLOB arguments in argument order. A path that exists is taken literally
 * (so a file named `a[1].txt` works); otherwise a pattern is expanded by tinyglobby, sorted.
 * A directory contributes `exts` files below it, recursively, sorted by path.
 */
export async function expandArgs(args: string[], jsonl: boolean): Promise<Source[]> {
  const out: Source[] = [];
  const dirPattern = jsonl ? '**/*.jsonl' : '**/*.{txt,md}';
  const idOf = (p: string) => (jsonl ? p : basename(p).replace(DOC_EXT, ''));
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', id: jsonl ? '-' : 'stdin' });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Only an absent path can be a pattern; any other failure (a symlink loop, a denied
      // directory) is reported when the file is read, as `unreadable`.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        out.push({ path: arg, id: idOf(arg) });
        continue;
      }
      st = null;
    }
    if (st?.isDirectory()) {
      const files = (await glob(dirPattern, { cwd: arg, onlyFiles: true, dot: false })).sort();
      for (const f of files) out.push({ path: join(arg, f), id: jsonl ? join(arg, f) : relativeId(arg, join(arg, f)) });
    } else if (st) {
      out.push({ path: arg, id: idOf(arg) });
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (files.length === 0) out.push({ path: arg, id: arg, missing: true });
      for (const f of files) out.push({ path: f, id: idOf(f) });
    } else {
      out.push({ path: arg, id: idOf(arg), missing: true });
    }
  }
  return out;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

function fsError(id: string, path: string, e: unknown): InputItem {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { id, error: { code: 'not-found', message: `${path}: no such file` } };
  return { id, error: { code: 'unreadable', message: `${path}: ${err.message}` } };
}

/** All of a stream, for '-' outside --jsonl: stdin then holds one document, named `stdin`. */
async function readAll(stream: Readable, signal: AbortSignal): Promise<Buffer> {
  addAbortSignal(signal, stream);
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Read each document file whole (one file is one document), decoding strictly so bad bytes are reported, not replaced. */
export async function* readDocuments(sources: Source[], signal: AbortSignal): AsyncGenerator<InputItem> {
  for (const s of sources) {
    if (signal.aborted) return;
    if (s.missing) {
      yield { id: s.id, error: { code: 'not-found', message: `${s.path}: no such file` } };
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = s.path === '-' ? await readAll(process.stdin, signal) : await readFile(s.path);
    } catch (e) {
      yield fsError(s.id, s.path, e);
      continue;
    }
    try {
      yield { id: s.id, text: fatalDecoder.decode(bytes) };
    } catch {
      yield { id: s.id, error: { code: 'not-utf8', message: `${s.path} is not valid UTF-8` } };
    }
  }
}

/**
 * Split a byte stream into lines without decoding it first. node:readline would decode the
 * stream and silently replace invalid UTF-8 with U+FFFD; splitting bytes on LF (which never
 * occurs inside a multi-byte UTF-8 sequence) lets each line be decoded strictly on its own.
 * Memory holds one chunk plus the current line, whatever the size of the stream.
 */
export async function* splitLines(stream: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      yield pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield Buffer.concat(pending);
}

/** Parse one JSONL line into a document or an error record; `label` names the line when it carries no id. */
export function parseLine(bytes: Buffer, label: string, where: string): InputItem | null {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 13) end--; // CRLF files
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // a BOM on the first line
  const raw = bytes.subarray(start, end);
  let line: string;
  let utf8 = true;
  try {
    line = fatalDecoder.decode(raw);
  } catch {
    // Still decode leniently: the record can then carry the document's own id.
    utf8 = false;
    line = lenientDecoder.decode(raw);
  }
  if (line.trim() === '') return null; // blank lines are not inputs
  let parsed: unknown;
  let valid = true;
  try {
    parsed = JSON.parse(line);
  } catch {
    valid = false;
  }
  // Valid JSON that is not an object (a number, null, an array) has no text: missing-text, not invalid-json.
  const doc = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { id?: unknown; text?: unknown };
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : label;
  if (!utf8) return { id, error: { code: 'not-utf8', message: `${where} is not valid UTF-8` } };
  if (!valid) return { id, error: { code: 'invalid-json', message: `${where} is not valid JSON` } };
  if (typeof doc.text !== 'string') return { id, error: { code: 'missing-text', message: `${where} has no string "text" field` } };
  return { id, text: doc.text };
}

/**
 * Stream JSONL sources line by line ('-' is stdin). Lines without an id are named `line-N`
 * when there is one source, `SOURCE:line-N` when there are several. Aborting destroys the
 * current stream, so a stop request is honoured even while waiting for a slow producer.
 */
export async function* readJsonl(sources: Source[], signal: AbortSignal): AsyncGenerator<InputItem> {
  const several = sources.length > 1;
  for (const s of sources) {
    if (signal.aborted) return;
    if (s.missing) {
      yield { id: s.id, error: { code: 'not-found', message: `${s.path}: no such file` } };
      continue;
    }
    const name = s.path === '-' ? 'stdin' : s.path;
    let stream: Readable;
    if (s.path === '-') stream = process.stdin;
    else {
      // 64 KB chunks: larger ones are held longer by the line slices cut from them and showed
      // up as resident memory (bench/batch-rss.mjs) without reading any faster.
      // Open errors surface on the first read; they are caught below as an error record.
      stream = createReadStream(s.path, { highWaterMark: 1 << 16 });
    }
    addAbortSignal(signal, stream);
    let n = 0;
    let skipped = 0; // bytes of blank lines, credited to the next document
    try {
      for await (const bytes of splitLines(stream)) {
        n++;
        const label = several ? `${name}:line-${n}` : `line-${n}`;
        const item = parseLine(bytes, label, several ? `${name} line ${n}` : `line ${n}`);
        if (item) {
          item.bytes = skipped + bytes.length + 1;
          skipped = 0;
          yield item;
        } else skipped += bytes.length + 1;
        if (signal.aborted) break;
      }
    } catch (e) {
      if (signal.aborted) return;
      if (n === 0 && (e as NodeJS.ErrnoException).code) {
        yield fsError(s.id, s.path, e);
        continue;
      }
      throw e;
    } finally {
      if (s.path !== '-') stream.destroy();
    }
  }
}

/** Total bytes of the JSONL sources when all are regular files (stdin redirected from a file counts), else null. */
export function jsonlTotalBytes(sources: Source[]): number | null {
  let total = 0;
  for (const s of sources) {
    if (s.missing) continue;
    try {
      const st = s.path === '-' ? fstatSync(0) : statSync(s.path);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      return null;
    }
  }
  return total;
}
