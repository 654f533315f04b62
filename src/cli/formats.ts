// Output sinks and record writers for --format jsonl|json|csv|html: each record is written as soon as it is ready, nothing is buffered whole.
import { once } from 'node:events';
import { closeSync, createWriteStream, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Result } from '../records/schema';
import { findHeadline } from '../report/headline';
import type { InputError } from './inputs';

/** What a writer receives for one input: a result (as JSON, maybe parsed lazily) or an error. */
export interface DocRecord {
  id: string;
  /** The Result serialized as a JSON object. */
  json?: string;
  error?: InputError;
  /** Present only when the format needs the original text (html). */
  text?: string;
}

/** A byte destination that honours backpressure and notices a closed pipe (e.g. `| head`). */
export interface Sink {
  write(s: string): Promise<void>;
  end(): Promise<void>;
  /** Writing stopped: the reader went away, or a write failed (`failed` says which). */
  readonly broken: boolean;
  /** The write error when it was not a closed reader: a full disk, an I/O error. */
  readonly failed: WriteError | null;
}

export class OutputError extends Error {}

/**
 * Exit code for output that could not be written (sysexits EX_IOERR): a full disk must not look
 * like success, nor like `| head` closing the pipe (141).
 */
export const WRITE_FAILED_EXIT = 74;

/** Output that could not be written, naming where and why ("no space left on device"). */
export class WriteError extends Error {
  constructor(where: string, cause: unknown) {
    const err = cause as NodeJS.ErrnoException;
    super(`cannot write ${where}: ${err?.message ?? String(cause)}`);
  }
}

/** A reader that went away, as opposed to a write that failed. */
const isClosedReader = (e: NodeJS.ErrnoException) => e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED';

/** Report a failed sink on stderr and give its exit code; null when the output is fine. */
export function writeFailure(sink: Sink | null): number | null {
  if (!sink?.failed) return null;
  process.stderr.write(`whosaid: ${sink.failed.message}\n`);
  return WRITE_FAILED_EXIT;
}

/** Open stdout or a file. Opening a file happens now, so a bad path fails before any work is done. */
export function openSink(path: string | null, onBroken: () => void): Sink {
  let stream: Writable;
  if (path === null) stream = process.stdout;
  else {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (e) {
      throw new OutputError(`cannot write ${path}: ${(e as Error).message}`);
    }
    stream = createWriteStream('', { fd });
  }
  let broken = false;
  let failed: WriteError | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // EPIPE: the reader is gone, so stop reading input; the batch ends quietly. Any other error
    // (ENOSPC, EIO, EFBIG) stops it too, and is reported as what it is.
    if (!isClosedReader(e) && !failed) failed = new WriteError(path ?? 'standard output', e);
    broken = true;
    onBroken();
  });
  return {
    get broken() {
      return broken;
    },
    get failed() {
      return failed;
    },
    async write(s) {
      if (broken) return;
      // once() rejects when 'error' fires; the error handler above already recorded it.
      if (!stream.write(s)) await once(stream, 'drain').catch(() => {});
    },
    async end() {
      if (stream === process.stdout) {
        // stdout is never closed (other code may still log); wait only until it is flushed.
        if (!broken && process.stdout.writableNeedDrain) await once(process.stdout, 'drain').catch(() => {});
        return;
      }
      if (broken) return;
      const done = once(stream, 'finish').catch(() => {});
      stream.end();
      await done;
    },
  };
}

export interface Writer {
  write(rec: DocRecord): Promise<void>;
  end(): Promise<void>;
}

/** The JSONL/JSON record: `{"id", ...result}` or `{"id", "error"}`, keys in that order. */
export function recordJson(rec: DocRecord): string {
  if (rec.error) return JSON.stringify({ id: rec.id, error: rec.error });
  // Splice the id in front of the already serialized result instead of parsing and re-serializing it.
  const body = rec.json!;
  return `{"id":${JSON.stringify(rec.id)}${body.length > 2 ? ',' : ''}${body.slice(1)}`;
}

export function jsonlWriter(sink: Sink): Writer {
  return {
    write: (rec) => sink.write(recordJson(rec) + '\n'),
    end: () => sink.end(),
  };
}

/** A record indented by two levels of two spaces, as an element of a pretty-printed array. */
function prettyElement(json: string): string {
  return '  ' + JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, '\n  ');
}

/**
 * One JSON array, opened before the first record and closed after the last, so it streams.
 * `pretty` indents each record (for people reading a terminal); otherwise a record is one line.
 */
export function jsonWriter(sink: Sink, pretty = false): Writer {
  let first = true;
  return {
    async write(rec) {
      const json = recordJson(rec);
      await sink.write((first ? '[\n' : ',\n') + (pretty ? prettyElement(json) : json));
      first = false;
    },
    async end() {
      await sink.write(first ? '[]\n' : '\n]\n');
      await sink.end();
    },
  };
}

/**
 * `speaker` is the canonical name, empty for an unnamed source; `mention` is the words the quote
 * was attributed through ("A hospital official", "she"), and `entity` the speaker's entity id,
 * which groups one person's rows whatever they were called.
 */
export const CSV_COLUMNS = ['doc_id', 'quote_id', 'kind', 'text', 'speaker', 'mention', 'entity', 'via', 'cue_lemma', 'confidence', 'start', 'end', 'error'] as const;

/**
 * One CSV cell, RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * Text cells that a spreadsheet would run as a formula (= + - @, and tab/CR which some
 * spreadsheets strip before checking) get a leading apostrophe first (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && s.length > 0 && '=+-@\t\r'.includes(s[0])) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: string[]): string {
  return cells.join(',') + '\r\n';
}

/** One row per quote; a failed document gets one row carrying its error, so no input disappears. */
export function csvWriter(sink: Sink): Writer {
  let header = false;
  const ensureHeader = async () => {
    if (!header) await sink.write(csvRow(CSV_COLUMNS.map((c) => c)));
    header = true;
  };
  return {
    async write(rec) {
      await ensureHeader();
      if (rec.error) {
        const cells: string[] = CSV_COLUMNS.map(() => '');
        cells[0] = csvCell(rec.id);
        cells[CSV_COLUMNS.length - 1] = csvCell(`${rec.error.code}: ${rec.error.message}`);
        await sink.write(csvRow(cells));
        return;
      }
      const result = JSON.parse(rec.json!) as Result;
      let rows = '';
      for (const q of result.quotes) {
        rows += csvRow([
          csvCell(rec.id),
          csvCell(q.id),
          csvCell(q.kind),
          csvCell(q.text),
          csvCell(q.speaker?.name),
          csvCell(q.speaker?.mention.text),
          csvCell(q.speaker?.entity),
          csvCell(q.speaker?.via),
          csvCell(q.cue?.lemma),
          csvCell(q.confidence, false),
          csvCell(q.start, false),
          csvCell(q.end, false),
          '',
        ]);
      }
      if (rows) await sink.write(rows);
    },
    async end() {
      await ensureHeader();
      await sink.end();
    },
  };
}

export type RenderArticle = (text: string, result: Result, opts: { title?: string }) => string;

/** A file name for a document id: safe characters only, unique inside the directory. */
export function pageName(id: string, used: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120) || 'doc';
  let name = `${base}.html`;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}.html`;
  used.add(name.toLowerCase());
  return name;
}

/** A report page is titled by its article's headline; the document id when there is none. */
function pageTitle(rec: DocRecord): string {
  return findHeadline(rec.text ?? '') ?? rec.id;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A single report page for a single document, to stdout or a file. */
export function htmlPageWriter(sink: Sink, render: RenderArticle): Writer {
  let count = 0;
  return {
    async write(rec) {
      if (++count > 1) throw new Error('html output to one page takes one document; give --out DIR for several');
      if (rec.error) return; // reported on stderr; an error page would hide the failure from scripts
      await sink.write(render(rec.text!, JSON.parse(rec.json!) as Result, { title: pageTitle(rec) }));
    },
    end: () => sink.end(),
  };
}

/** One page per document in DIR plus an index.html linking them (and listing failures), written as it goes. */
export function htmlDirWriter(dir: string, render: RenderArticle): Writer {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create directory ${dir}: ${(e as Error).message}`);
  }
  const used = new Set<string>(['index.html']);
  const indexPath = join(dir, 'index.html');
  let indexFd: number;
  try {
    indexFd = openSync(indexPath, 'w');
  } catch (e) {
    throw new OutputError(`cannot write ${indexPath}: ${(e as Error).message}`);
  }
  // A failed write (a full disk) ends the batch as a write error, not as an extraction failure.
  const put = (target: number | string, where: string, s: string) => {
    try {
      writeFileSync(target, s);
    } catch (e) {
      throw new WriteError(where, e);
    }
  };
  const index = (s: string) => put(indexFd, indexPath, s);
  index('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>whosaid reports</title></head>\n<body><h1>whosaid reports</h1>\n<ol>\n');
  return {
    async write(rec) {
      if (rec.error) {
        index(`<li>${escapeHtml(rec.id)}: <em>${escapeHtml(rec.error.code)}</em> ${escapeHtml(rec.error.message)}</li>\n`);
        return;
      }
      const result = JSON.parse(rec.json!) as Result;
      const name = pageName(rec.id, used);
      const title = pageTitle(rec);
      const page = join(dir, name);
      put(page, page, render(rec.text!, result, { title }));
      const label = title === rec.id ? escapeHtml(rec.id) : `${escapeHtml(title)} <small>(${escapeHtml(rec.id)})</small>`;
      index(`<li><a href="${escapeHtml(encodeURIComponent(name))}">${label}</a> — ${result.quotes.length} quotes</li>\n`);
    },
    async end() {
      try {
        index('</ol>\n</body></html>\n');
      } finally {
        closeSync(indexFd);
      }
    },
  };
}
