// Where extraction runs: in this thread, or in a tinypool of worker threads (dist/worker.js).
import Tinypool from 'tinypool';
import type { Outcome, Task } from './job';

export interface Executor {
  threads: number;
  /** Never rejects: a crash or throw becomes `{ ok: false }`, so one document cannot stop the batch. */
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** Loads the NLP code only now, so commands that only parse flags or use workers stay light. */
export async function inProcess(): Promise<Executor> {
  const { runTask } = await import('./job');
  return {
    threads: 1,
    run: async (task) => {
      // Extraction is synchronous and buffered input arrives without I/O waits, so without this
      // turn of the event loop a Ctrl-C would only be noticed once the input buffer runs dry.
      await new Promise((resolve) => setImmediate(resolve));
      return runTask(task);
    },
    close: async () => {},
  };
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
  });
  return {
    threads,
    run: (task) =>
      (pool.run(task) as Promise<Outcome>).catch((e: unknown) => ({ ok: false as const, message: `worker failed: ${e instanceof Error ? e.message : String(e)}` })),
    close: () => pool.destroy(),
  };
}
