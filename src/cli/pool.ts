// Where extraction runs: in this thread, in a tinypool of worker threads (dist/worker.js), or alone in a worker under a memory budget.
import { freemem } from 'node:os';
import Tinypool from 'tinypool';
import type { Outcome, Task } from './job';

export interface Executor {
  threads: number;
  /** Whether documents run in worker threads (false: in this thread). */
  isPool: boolean;
  /** Never rejects: a crash, a throw or an exhausted memory budget becomes `{ ok: false }`, so one document cannot stop the batch. */
  run(task: Task): Promise<Outcome>;
  /** Documents that were started a second time because the first attempt's worker died. */
  readonly reruns: number;
  close(): Promise<void>;
}

/**
 * Longest text (UTF-16 units) run in the main thread by the in-process executor. Ordinary news
 * articles are far shorter; a longer text runs in the guarded worker instead, where a text that
 * blows up (a poison document) meets a memory budget instead of taking the whole process down,
 * and where Ctrl-C can end it at once instead of waiting for the main thread to be free.
 */
export const MAIN_THREAD_MAX_CHARS = 100_000;

/**
 * Longest text sent to a pool worker. A pool worker's heap (WORKER_OLD_MB) holds a 2 MB text
 * with room to spare (about 60 MB of heap per MB of text); longer texts go straight to the
 * guarded worker, so that no document of ordinary size is ever run twice.
 */
export const POOL_MAX_CHARS = 2_000_000;

/** Old-generation heap of each pool worker, MB (WHOSAID_WORKER_HEAP_MB overrides it). */
const WORKER_OLD_MB = 256;

/**
 * Young generation of every worker, MB. V8's scavenger runs each time it fills. At 4 MB a worker
 * collected about eight times as often as the main thread (default young generation) on the same
 * articles and spent about four times as long in GC, which made a 2-worker pool slower than one
 * thread. At 16 MB it collects twice as often as the main thread, for about a third more GC time;
 * 32 MB matches the main thread but costs two workers ~45 MB more RSS, past the 300 MB budget
 * on a 20 MB archive (docs/batch.md).
 */
const WORKER_YOUNG_MB = 16;

const envMb = (name: string, min: number): number | null => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= min ? v : null;
};

/**
 * The memory one document may take in the guarded worker, MB: a quarter of free memory, from 256
 * MB to 1 GB. A 2 MB article needs under 128 MB and heap grows linearly with ordinary text, so
 * 1 GB holds any real article with a wide margin, while a document whose cost explodes (quadratic
 * in its length) reaches it within seconds to a few minutes and becomes an error record.
 * WHOSAID_DOC_HEAP_MB overrides it (≥ 32).
 */
export function documentBudgetMb(): number {
  return envMb('WHOSAID_DOC_HEAP_MB', 32) ?? Math.round(Math.min(1024, Math.max(256, freemem() / 4 / 2 ** 20)));
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const outOfMemory = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * One document at a time in a worker of its own whose heap is capped at `budgetMb`: exhausting it
 * ends that worker, not the process, and becomes a `resource-exhausted` outcome. The worker is
 * started on first use (it loads the NLP model) and an abort terminates it at once. Where worker
 * threads cannot start at all (dist/worker.js missing), documents run in this thread instead,
 * without a budget, rather than not at all.
 */
export function guardedWorker(budgetMb: number, signal: AbortSignal): { run(task: Task): Promise<Outcome>; close(): Promise<void> } {
  let pool: Tinypool | null = null;
  let unusable = false;
  const here = async (task: Task): Promise<Outcome> => (await import('./job')).runTask(task);
  return {
    run: async (task) => {
      if (signal.aborted) return { ok: false, code: 'interrupted', message: 'interrupted' };
      if (unusable) return here(task);
      if (!pool) {
        pool = new Tinypool({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: 0,
          maxThreads: 1,
          idleTimeout: 10_000,
          resourceLimits: { maxOldGenerationSizeMb: budgetMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        });
        // A worker that fails before it can take a task: its queued documents are rejected and run here.
        const p = pool;
        p.on('error', () => {
          unusable = true;
          p.cancelPendingTasks();
        });
      }
      try {
        return (await pool.run(task, { signal })) as Outcome;
      } catch (e) {
        if (signal.aborted) return { ok: false, code: 'interrupted', message: 'interrupted' };
        if (unusable) return here(task);
        if (outOfMemory(e)) return { ok: false, code: 'resource-exhausted', message: `the document needed more than its ${budgetMb} MB memory budget (WHOSAID_DOC_HEAP_MB)` };
        return { ok: false, code: 'extraction-failed', message: `the worker failed: ${describe(e)}` };
      }
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/** Loads the NLP code only now, so commands that only parse flags or use workers stay light. */
export async function inProcess(signal: AbortSignal): Promise<Executor> {
  const { runTask } = await import('./job');
  const guard = guardedWorker(documentBudgetMb(), signal);
  return {
    threads: 1,
    isPool: false,
    reruns: 0,
    run: async (task) => {
      if (task.text.length > MAIN_THREAD_MAX_CHARS) return guard.run(task);
      // Extraction is synchronous and buffered input arrives without I/O waits, so without this
      // turn of the event loop a Ctrl-C would only be noticed once the input buffer runs dry.
      await new Promise((resolve) => setImmediate(resolve));
      return runTask(task);
    },
    close: () => guard.close(),
  };
}

/** A fixed pool of `threads` workers; the main thread only reads, orders and writes. */
export function workerPool(threads: number, signal: AbortSignal): Executor {
  const pool = new Tinypool({
    // The worker is a separate build entry that sits beside the CLI in dist/.
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers are never idle for long during a batch; keep them to avoid reloading the model.
    idleTimeout: 60_000,
    // Capped so that a runaway document ends its worker instead of growing without bound; with
    // these limits two workers and the main thread stay under 300 MB on 20 MB and 200 MB archives.
    resourceLimits: { maxOldGenerationSizeMb: envMb('WHOSAID_WORKER_HEAP_MB', 32) ?? WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const guard = guardedWorker(documentBudgetMb(), signal);
  let reruns = 0;
  // A rejection means the worker itself died (its heap ran out, or it was terminated): the
  // document gets one more chance alone, under the larger per-document budget.
  const rerun = async (task: Task, e: unknown): Promise<Outcome> => {
    if (signal.aborted) return { ok: false, code: 'interrupted', message: 'interrupted' };
    reruns++;
    const out = await guard.run(task);
    if (out.ok || out.code === 'interrupted') return out;
    return { ...out, message: `${out.message} (after a pool worker failed: ${describe(e)})` };
  };
  // tinypool reports a worker that fails while holding no task (one that cannot even start, e.g.
  // dist/worker.js missing) as an 'error' event, which would crash the CLI unhandled, and it
  // does not start replacements for workers that fail during startup. The batch then goes on
  // in this thread: queued documents are rejected here, and they and later ones run here.
  let unusable = false;
  let local: Promise<Executor> | null = null;
  pool.on('error', (e: unknown) => {
    if (!unusable) process.stderr.write(`whosaid: worker threads unavailable (${describe(e)}); continuing in-process\n`);
    unusable = true;
    pool.cancelPendingTasks();
  });
  const here = async (task: Task): Promise<Outcome> => {
    local ??= inProcess(signal);
    return (await local).run(task);
  };
  return {
    threads,
    isPool: true,
    get reruns() {
      return reruns;
    },
    run: (task) => {
      if (unusable) return here(task);
      if (task.text.length > POOL_MAX_CHARS) return guard.run(task);
      return (pool.run(task) as Promise<Outcome>).catch((e: unknown) => (unusable ? here(task) : rerun(task, e)));
    },
    close: async () => {
      await Promise.all([pool.destroy(), guard.close(), local?.then((l) => l.close())]);
    },
  };
}
