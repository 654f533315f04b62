// Turn command-line arguments into a stream of documents (or input error records), never holding a whole JSONL source in memory.
import { constants as bufferConstants } from 'node:buffer';
import { constants as fsConstants, createReadStream, type Dirent, fstatSync, openSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { basename, join, relative, sep } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';

export type ErrorCode = 'invalid-json' | 'missing-text' | 'not-found' | 'not-utf8' | 'too-large' | 'unreadable' | 'extraction-failed' | 'resource-exhausted';

/**
 * The longest line or file taken, in bytes: V8's longest string (about 512 MiB). Longer input
 * cannot become one string; such a line is skipped without being held and gets its own record.
 */
export const MAX_INPUT_BYTES = bufferConstants.MAX_STRING_LENGTH;

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
  /** Found while listing a directory: a link that dangles or loops. */
  error?: InputError;
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
      for (const f of listDirectory(arg, jsonl ? JSONL_EXT : DOC_EXT)) {
        const path = join(arg, f.rel);
        out.push({ path, id: jsonl ? path : relativeId(arg, path), error: f.error });
      }
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

const JSONL_EXT = /\.jsonl$/;

/** A file or directory's identity, whatever path or link leads to it. */
const identity = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`;

/**
 * The files below `dir` whose names match `ext`, recursively, sorted by relative path ('/'
 * separated), skipping dot files. Each real file and directory is listed once, however many
 * symbolic links lead to it (a linked directory was read again, a link to an ancestor looped);
 * a matching link that dangles or loops is listed with its error, so it gets a record.
 */
function listDirectory(dir: string, ext: RegExp): Array<{ rel: string; error?: InputError }> {
  const out: Array<{ rel: string; error?: InputError }> = [];
  const seen = new Set<string>([identity(statSync(dir))]);
  // Links wait until the real tree is walked, so a file keeps its own path, not a link's.
  const links: string[] = [];
  const visit = (r: string, name: string, isLink: boolean) => {
    const full = join(dir, r);
    let st;
    try {
      st = statSync(full);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!ext.test(name)) return;
      const error: InputError = code === 'ELOOP'
        ? { code: 'unreadable', message: `${full}: symbolic link loop` }
        : code === 'ENOENT' && isLink ? { code: 'not-found', message: `${full}: dangling symbolic link` } : { code: 'unreadable', message: `${full}: ${(err as Error).message}` };
      out.push({ rel: r, error });
      return;
    }
    const id = identity(st);
    if (st.isDirectory()) {
      if (seen.has(id)) return;
      seen.add(id);
      walk(r);
    } else if (ext.test(name) && !seen.has(id)) {
      seen.add(id);
      out.push({ rel: r });
    }
  };
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true });
    } catch {
      return; // a directory that cannot be listed holds no documents we can name
    }
    // Sorted, so which of two paths to one file is kept does not depend on the file system.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) links.push(r);
      else if (e.isDirectory() || e.isFile()) visit(r, e.name, false);
    }
  };
  walk('');
  for (let k = 0; k < links.length; k++) visit(links[k], links[k].slice(links[k].lastIndexOf('/') + 1), true);
  // The order a sorted glob gave: by relative path.
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

function fsError(id: string, path: string, e: unknown): InputItem {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { id, error: { code: 'not-found', message: `${path}: no such file` } };
  return { id, error: { code: 'unreadable', message: `${path}: ${err.message}` } };
}

/**
 * A stream of the file at `path`. A FIFO is opened without blocking and read through the event
 * loop: a blocking open waits for a writer in a thread that nothing can interrupt, so SIGTERM
 * and SIGINT went unanswered (and exiting waited for that thread) until a writer came.
 */
function openInput(path: string, opts: { highWaterMark?: number } = {}): Readable {
  let fifo = false;
  try {
    fifo = statSync(path).isFIFO();
  } catch {
    // Reported by the read itself.
  }
  if (fifo && fsConstants.O_NONBLOCK !== undefined) {
    const fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    return new Socket({ fd, readable: true, writable: false });
  }
  return createReadStream(path, opts);
}

/** Why a too-long input failed: it cannot become one string here. */
const tooLarge = (what: string, bytes: number): InputError => ({
  code: 'too-large',
  message: `${what} is ${bytes} bytes, longer than the longest string this runtime can hold (${MAX_INPUT_BYTES} characters)`,
});

const isTooLong = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE' || e instanceof RangeError;
};

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
    if (s.error) {
      yield { id: s.id, error: s.error };
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = s.path === '-' ? await readAll(process.stdin, signal) : isRegularFile(s.path) ? await readFile(s.path) : await readAll(openInput(s.path), signal);
    } catch (e) {
      if (signal.aborted) return;
      if (isTooLong(e)) yield { id: s.id, error: tooLarge(s.path, fileSize(s.path)) };
      else yield fsError(s.id, s.path, e);
      continue;
    }
    let text: string;
    try {
      text = fatalDecoder.decode(bytes);
    } catch (e) {
      yield { id: s.id, error: isTooLong(e) ? tooLarge(s.path, bytes.length) : { code: 'not-utf8', message: `${s.path} is not valid UTF-8` } };
      continue;
    }
    yield { id: s.id, text };
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // let the read report what is wrong
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** A line longer than MAX_INPUT_BYTES: its length, its bytes dropped as they came. */
export interface LongLine {
  tooLong: number;
}

/**
 * Split a byte stream into lines without decoding it first. node:readline would decode the
 * stream and silently replace invalid UTF-8 with U+FFFD; splitting bytes on LF (which never
 * occurs inside a multi-byte UTF-8 sequence) lets each line be decoded strictly on its own.
 * Memory holds one chunk plus the current line, whatever the size of the stream.
 */
export async function* splitLines(stream: Readable, maxLine = MAX_INPUT_BYTES): AsyncGenerator<Buffer | LongLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Bytes of a line already over the limit: counted, not kept (it can never be one string).
  let dropped = -1;
  const take = (piece: Buffer): Buffer | LongLine | null => {
    if (dropped >= 0 || pendingBytes + piece.length > maxLine) {
      const line = { tooLong: (dropped >= 0 ? dropped : pendingBytes) + piece.length };
      pending = [];
      pendingBytes = 0;
      dropped = -1;
      return line;
    }
    const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
    pending = [];
    pendingBytes = 0;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      yield take(chunk.subarray(start, nl))!;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (dropped >= 0) dropped += rest.length;
      else if (pendingBytes + rest.length > maxLine) {
        dropped = pendingBytes + rest.length;
        pending = [];
        pendingBytes = 0;
      } else {
        pending.push(rest);
        pendingBytes += rest.length;
      }
    }
  }
  if (dropped >= 0 || pending.length) yield take(Buffer.alloc(0))!;
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
    if (s.error) {
      yield { id: s.id, error: s.error };
      continue;
    }
    const name = s.path === '-' ? 'stdin' : s.path;
    let stream: Readable;
    if (s.path === '-') stream = process.stdin;
    else {
      // 64 KB chunks: larger ones are held longer by the line slices cut from them and showed
      // up as resident memory (bench/batch-rss.mjs) without reading any faster.
      // Open errors surface on the first read; they are caught below as an error record.
      stream = openInput(s.path, { highWaterMark: 1 << 16 });
    }
    addAbortSignal(signal, stream);
    let n = 0;
    let skipped = 0; // bytes of blank lines, credited to the next document
    try {
      for await (const bytes of splitLines(stream)) {
        n++;
        const label = several ? `${name}:line-${n}` : `line-${n}`;
        const where = several ? `${name} line ${n}` : `line ${n}`;
        if ('tooLong' in bytes) {
          yield { id: label, error: tooLarge(where, bytes.tooLong), bytes: skipped + bytes.tooLong + 1 };
          skipped = 0;
          continue;
        }
        const item = parseLine(bytes, label, where);
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
