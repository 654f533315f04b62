// The whosaid command line: extract, corpus, eval, schema. Flags live in args.ts, inputs in inputs.ts, outputs in formats.ts, threads in pool.ts.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { type Flags, HELP, parseFlags, UsageError } from './args';
import { type DocRecord, csvWriter, htmlDirWriter, htmlPageWriter, jsonlWriter, jsonWriter, openSink, OutputError, type RenderArticle, type Sink, type Writer, WRITE_FAILED_EXIT, WriteError, writeFailure } from './formats';
import { expandArgs, type InputItem, jsonlTotalBytes, readDocuments, readJsonl } from './inputs';
import type { Outcome, Task } from './job';
import { ordered } from './order';
import { type Executor, inProcess, workerPool } from './pool';
import { startProgress } from './progress';
import { chooseThreads, machine } from './threads';

/** Below this many documents, starting threads (each loads the NLP model) costs more than it saves. */
const POOL_MIN_DOCS = 8;
/** Documents in flight per worker: enough to keep each busy while the main thread writes. */
const IN_FLIGHT_PER_WORKER = 4;

/** Exit codes of a signal, by shell convention 128 + signal number. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

interface Interrupt {
  signal: AbortSignal;
  /** The signal that stopped the batch, if any. */
  readonly caught: string | null;
  dispose(): void;
}

/**
 * The first Ctrl-C (or SIGTERM) stops reading input; records already started are finished and
 * written whole, then the output is closed. A second one exits at once.
 */
function trapSignals(controller: AbortController): Interrupt {
  let caught: string | null = null;
  const handler = (sig: NodeJS.Signals) => {
    if (caught) process.exit(SIGNAL_EXIT[sig] ?? 1);
    caught = sig;
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    get caught() {
      return caught;
    },
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

interface Batch {
  items: AsyncIterable<InputItem>;
  /** Documents known up front (file arguments), for the progress bar and html's page/dir choice. */
  knownDocs: number | null;
  totalBytes: number | null;
}

/** The inputs of extract/corpus: files, directories and globs, or JSONL sources (stdin by default). */
async function openInputs(f: Flags, signal: AbortSignal): Promise<Batch> {
  if (!f.jsonl && f.rest.length === 0) throw new UsageError('give FILE, DIR or GLOB arguments, or --jsonl');
  if (f.jsonl && f.rest.length === 0 && process.stdin.isTTY) throw new UsageError('--jsonl without FILE reads stdin, but stdin is a terminal');
  const args = f.jsonl && f.rest.length === 0 ? ['-'] : f.rest;
  if (args.filter((a) => a === '-').length > 1) throw new UsageError("'-' (stdin) may be given once");
  const sources = await expandArgs(args, f.jsonl);
  if (f.jsonl) {
    const totalBytes = jsonlTotalBytes(sources);
    return { items: readJsonl(sources, signal), knownDocs: null, totalBytes };
  }
  return { items: readDocuments(sources, signal), knownDocs: sources.length, totalBytes: null };
}

/** JSON for a person at a terminal is indented; JSON into a file or a pipe stays compact unless asked. */
function prettyJson(f: Flags): boolean {
  return f.pretty ?? (f.out === null && process.stdout.isTTY === true);
}

function isHtmlFile(path: string): boolean {
  return /\.html?$/i.test(path);
}

async function loadRender(): Promise<RenderArticle> {
  const { renderArticleReport } = await import('../report/html');
  return renderArticleReport as RenderArticle;
}

/** Choose the writer. html goes to one page (stdout or FILE.html) for one document, else to a directory. */
async function openWriter(f: Flags, batch: Batch, onBroken: () => void): Promise<{ writer: Writer; sink: Sink | null }> {
  const format = f.format ?? 'jsonl';
  if (f.pretty && format !== 'json') throw new UsageError('--pretty applies to --format json (JSONL is one record per line)');
  if (format === 'html') {
    const onePage = (f.out === null || isHtmlFile(f.out)) && !isDirectory(f.out);
    if (onePage && (f.jsonl || (batch.knownDocs ?? 0) > 1)) {
      throw new UsageError('--format html with several documents (or --jsonl) needs --out DIR: one page per document plus index.html');
    }
    const render = await loadRender();
    if (!onePage) return { writer: htmlDirWriter(f.out!, render), sink: null };
    const sink = openSink(f.out, onBroken);
    return { writer: htmlPageWriter(sink, render), sink };
  }
  const sink = openSink(f.out, onBroken);
  const writer = format === 'json' ? jsonWriter(sink, prettyJson(f)) : format === 'csv' ? csvWriter(sink) : jsonlWriter(sink);
  return { writer, sink };
}

function isDirectory(path: string | null): boolean {
  if (path === null) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Read the first few items to decide between in-process and a pool, then hand back the whole stream. */
async function chooseExecutor(f: Flags, items: AsyncIterable<InputItem>, signal: AbortSignal): Promise<{ executor: Executor; items: AsyncIterable<InputItem> }> {
  const it = items[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  if (f.workers === null) {
    while (head.length < POOL_MIN_DOCS) {
      const r = await it.next();
      if (r.done) break;
      head.push(r.value);
    }
  }
  const { threads, note } = chooseThreads({ requested: f.workers, ...machine(), head: head.map((d) => d.text?.length ?? 0), minDocs: POOL_MIN_DOCS });
  if (note) process.stderr.write(`whosaid: ${note}\n`);
  async function* all(): AsyncGenerator<InputItem> {
    yield* head;
    head.length = 0;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  const executor = threads === 1 ? await inProcess(signal) : workerPool(threads, signal);
  return { executor, items: all() };
}

function failure(id: string, code: NonNullable<DocRecord['error']>['code'], message: string): DocRecord {
  return { id, error: { code, message } };
}

/**
 * Run every input through extraction, in input order, handing each record to `emit`.
 * Returns how many failed and which signal (if any) stopped it.
 */
async function runBatch(
  f: Flags,
  batch: Batch,
  interrupt: Interrupt,
  keepText: boolean,
  emit: (rec: DocRecord, item: InputItem) => Promise<boolean>,
): Promise<{ failed: number; total: number; workers: number; reruns: number }> {
  const { executor, items } = await chooseExecutor(f, batch.items, interrupt.signal);
  // In-process is one worker: the main thread extracts (--stats says how many threads did the work).
  const workers = executor.threads;
  const show = !f.quiet && (f.progress || process.stderr.isTTY === true);
  const progress = startProgress(show, batch.knownDocs !== null ? { docs: batch.knownDocs } : batch.totalBytes !== null ? { bytes: batch.totalBytes } : null);
  const run = (item: InputItem): Promise<Outcome | null> => {
    if (item.error || item.text === undefined) return Promise.resolve(null);
    const task: Task = { text: item.text, indirect: f.indirect, minConfidence: f.minConfidence };
    return executor.run(task);
  };
  let failed = 0;
  let total = 0;
  // The event loop empties while the batch is unfinished only if some document's promise can
  // never settle: say so and fail, instead of exiting 0 with records missing.
  const stalled = () => {
    process.stderr.write('whosaid: internal error: the batch stopped before every input had its record\n');
    process.exitCode = 70;
  };
  process.once('beforeExit', stalled);
  try {
    for await (const { item, out } of ordered(items, run, executor.threads === 1 ? 1 : executor.threads * IN_FLIGHT_PER_WORKER)) {
      // A document cut short by Ctrl-C has no record; the records before it are all written.
      if (out && !out.ok && out.code === 'interrupted') break;
      const rec: DocRecord = item.error
        ? failure(item.id, item.error.code, item.error.message)
        : !out
          ? failure(item.id, 'extraction-failed', 'no result')
          : out.ok
            ? { id: item.id, json: out.json, text: keepText ? item.text : undefined }
            : failure(item.id, out.code === 'resource-exhausted' ? out.code : 'extraction-failed', out.message);
      total++;
      if (rec.error) {
        failed++;
        // Messages about a file already start with its path; do not say it twice.
        const msg = rec.error.message.startsWith(`${rec.id}:`) ? rec.error.message : `${rec.id}: ${rec.error.message}`;
        progress.log(`whosaid: ${msg}`);
      }
      progress.tick(item.bytes);
      if (!(await emit(rec, item))) break;
    }
  } finally {
    process.off('beforeExit', stalled);
    progress.stop();
    await executor.close();
  }
  return { failed, total, workers, reruns: executor.reruns };
}

async function extract(f: Flags): Promise<number> {
  const controller = new AbortController();
  const batch = await openInputs(f, controller.signal);
  const { writer, sink } = await openWriter(f, batch, () => controller.abort());
  const interrupt = trapSignals(controller);
  const t0 = performance.now();
  try {
    const { failed, total, workers, reruns } = await runBatch(f, batch, interrupt, f.format === 'html', async (rec) => {
      await writer.write(rec);
      return !sink?.broken;
    });
    await writer.end();
    if (f.stats) {
      const seconds = (performance.now() - t0) / 1000;
      process.stderr.write(JSON.stringify({ stats: { docs: total, failed, workers, reruns, seconds: +seconds.toFixed(3), docsPerSecond: +(total / seconds).toFixed(1) } }) + '\n');
    }
    if (interrupt.caught) return SIGNAL_EXIT[interrupt.caught] ?? 1;
    const writeCode = writeFailure(sink);
    if (writeCode !== null) return writeCode;
    // The reader went away (`| head`): like other filters, report SIGPIPE's code.
    if (sink?.broken) return 141;
    return failed ? 1 : 0;
  } finally {
    interrupt.dispose();
  }
}

/** Extract every document through the same batch machinery, then link them as one corpus. */
async function corpus(f: Flags): Promise<number> {
  const format = f.format ?? 'json';
  if (format !== 'json' && format !== 'html') throw new UsageError('corpus writes --format json or html');
  if (f.pretty && format !== 'json') throw new UsageError('--pretty applies to --format json');
  const controller = new AbortController();
  const batch = await openInputs(f, controller.signal);
  // Opened before the work so that a bad path fails at once.
  const sink = openSink(f.out, () => controller.abort());
  const interrupt = trapSignals(controller);
  const t0 = performance.now();
  try {
    const docs: Array<{ id: string; text: string; result: import('../records/schema').Result }> = [];
    const errors: DocRecord[] = [];
    const { failed, total, workers, reruns } = await runBatch(f, batch, interrupt, true, async (rec) => {
      if (rec.error) errors.push({ id: rec.id, error: rec.error });
      else docs.push({ id: rec.id, text: rec.text!, result: JSON.parse(rec.json!) });
      return true;
    });
    if (interrupt.caught) return SIGNAL_EXIT[interrupt.caught] ?? 1;
    const { linkCorpus, renderCorpusReport } = await import('../index');
    const result = linkCorpus(docs, { consensus: f.consensus });
    if (format === 'html') {
      await sink.write(renderCorpusReport(result, new Map(docs.map((d) => [d.id, d.text]))));
    } else {
      await sink.write(JSON.stringify({ ...result, errors }, null, prettyJson(f) ? 2 : undefined) + '\n');
    }
    await sink.end();
    if (f.stats) {
      const seconds = (performance.now() - t0) / 1000;
      process.stderr.write(JSON.stringify({ stats: { docs: total, failed, workers, reruns, seconds: +seconds.toFixed(3), docsPerSecond: +(total / seconds).toFixed(1) } }) + '\n');
    }
    const writeCode = writeFailure(sink);
    if (writeCode !== null) return writeCode;
    if (sink.broken) return 141;
    return failed ? 1 : 0;
  } finally {
    interrupt.dispose();
  }
}

function readJsonlFile(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

async function evaluate(f: Flags): Promise<number> {
  if (f.rest.length < 1 || f.rest.length > 2) throw new UsageError('eval takes GOLD.jsonl [PRED.jsonl]');
  const { extractQuotes } = await import('../index');
  const { formatScores, GoldDocumentSchema, scoreDocuments } = await import('../eval/score');
  type PredictedQuote = import('../eval/score').PredictedQuote;
  const gold = readJsonlFile(f.rest[0]).map((d) => GoldDocumentSchema.parse(d));
  const preds = new Map<string, PredictedQuote[]>();
  if (f.rest[1]) {
    for (const rec of readJsonlFile(f.rest[1]) as Array<{ id: string; quotes?: Array<{ start: number; end: number; kind: PredictedQuote['kind']; speaker: { name: string | null } | null }> }>) {
      preds.set(String(rec.id), (rec.quotes ?? []).map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
    }
  } else {
    for (const d of gold) {
      const r = extractQuotes(d.text);
      preds.set(d.id, r.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
    }
  }
  const scores = scoreDocuments(gold, preds);
  return printOut(f.json ? JSON.stringify(scores, null, 2) : formatScores(basename(f.rest[0]), scores));
}

async function schema(): Promise<number> {
  const { resultJsonSchema } = await import('../index');
  return printOut(JSON.stringify(resultJsonSchema(), null, 2));
}

/** Write one text and a newline to stdout; a failed write is reported, not an unhandled error. */
async function printOut(text: string): Promise<number> {
  const sink = openSink(null, () => {});
  await sink.write(text + '\n');
  await sink.end();
  return writeFailure(sink) ?? (sink.broken ? 141 : 0);
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      process.stdout.write(HELP.main + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version') {
      process.stdout.write('0.1.0\n');
      return 0;
    }
    if (!(cmd in HELP) || cmd === 'main') throw new UsageError(`unknown command ${cmd}`);
    const f = parseFlags(args);
    if (f.help) {
      process.stdout.write(HELP[cmd] + '\n');
      return 0;
    }
    if (cmd === 'extract') return await extract(f);
    if (cmd === 'corpus') return await corpus(f);
    if (cmd === 'eval') return await evaluate(f);
    return await schema();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`whosaid: ${e.message}\n\n${HELP[cmd in HELP ? cmd : 'main']}\n`);
      return 2;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`whosaid: ${e.message}\n`);
      return 2;
    }
    if (e instanceof WriteError) {
      process.stderr.write(`whosaid: ${e.message}\n`);
      return WRITE_FAILED_EXIT;
    }
    process.stderr.write(`whosaid: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`whosaid: ${(e as Error).stack}\n`);
    process.exitCode = 1;
  },
);
