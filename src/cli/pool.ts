// Where extraction runs: in this thread, or in a tinypool of worker threads (dist/worker.js).
import Tinypool from 'tinypool';
import type { Outcome, Task } from './job';

export interface Executor {
  threads: number;
  /** Whether documents run in worker threads (false: in this thread). */
  isPool: boolean;
  /** Never rejects: a crash or throw becomes `{ ok: false }`, so one document cannot stop the batch. */
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** Loads the NLP code only now, so commands that only parse flags or use workers stay light. */
export async function inProcess(): Promise<Executor> {
  const { runTask } = await import('./job');
  return {
    threads: 1,
    isPool: false,
    run: async (task) => {
      // Extraction is synchronous and buffered input arrives without I/O waits, so without this
      // turn of the event loop a Ctrl-C would only be noticed once the input buffer runs dry.
      await new Promise((resolve) => setImmediate(resolve));
      return runTask(task);
    },
    close: async () => {},
  };
}

/**
 * Heap limits per worker. Without them each worker's V8 heap grows as its heuristics allow,
 * and two workers plus the main thread pass 400 MB on a long batch; with them the process stays
 * near 250 MB on 20 MB and on 200 MB archives (bench/batch-rss.mjs). A document too big for
 * these limits (several MB of text) kills its worker and is retried in the main thread, which
 * has no such limit. WHOSAID_WORKER_HEAP_MB overrides the old-generation limit (default 64).
 */
function workerLimits(): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const env = Number(process.env.WHOSAID_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: Number.isFinite(env) && env >= 32 ? env : 64, maxYoungGenerationSizeMb: 4 };
}

/** A fixed pool of `threads` workers; the main thread only reads, orders and writes. */
export function workerPool(threads: number): Executor {
  const pool = new Tinypool({
    // The worker is a separate build entry that sits beside the CLI in dist/.
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers are never idle for long during a batch; keep them to avoid reloading the model.
    idleTimeout: 60_000,
    resourceLimits: workerLimits(),
  });
  let local: Promise<Executor> | null = null;
  // An extraction error comes back as { ok: false } from the worker; a rejection means the
  // worker itself died (out of memory, terminated), so the document gets one more chance here.
  const retryHere = async (task: Task, e: unknown): Promise<Outcome> => {
    local ??= inProcess();
    const out = await (await local).run(task);
    if (out.ok) return out;
    return { ok: false, message: `${out.message} (after the worker failed: ${e instanceof Error ? e.message : String(e)})` };
  };
  // tinypool reports a worker that fails while holding no task (one that cannot even start, e.g.
  // dist/worker.js missing) as an 'error' event, which would crash the CLI unhandled, and it
  // does not start replacements for workers that fail during startup. The batch then goes on
  // in this thread: queued documents are rejected here and retried, later ones run here.
  let unusable = false;
  pool.on('error', (e: unknown) => {
    if (!unusable) process.stderr.write(`whosaid: worker threads unavailable (${e instanceof Error ? e.message : String(e)}); continuing in-process\n`);
    unusable = true;
    pool.cancelPendingTasks();
  });
  return {
    threads,
    isPool: true,
    run: (task) => (unusable ? retryHere(task, new Error('worker threads unavailable')) : (pool.run(task) as Promise<Outcome>).catch((e: unknown) => retryHere(task, e))),
    close: () => pool.destroy(),
  };
}
