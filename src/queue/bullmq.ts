// whosaid as a BullMQ worker: a job's {id, text} in, the CLI's JSONL record out as the job's return value.
import { type Job, Worker, type WorkerOptions } from 'bullmq';
import { extractQuotes } from '../index';
import { parseOptions } from '../records/parse';
import { type Options, OptionsSchema, type ResolvedOptions, type Result } from '../records/schema';

/** A job's data: the same `{ id, text }` object as a line of `whosaid extract --jsonl`. */
export interface ExtractJobData {
  id: string;
  text: string;
}

/** Codes of a job whose input could not be extracted; the job still completes, with this record. */
export type ExtractJobErrorCode = 'missing-text' | 'extraction-failed';

/**
 * A job's return value: `{ id, quotes, entities, issues }`, or `{ id, error }` when the job's
 * data had no string `text` or extraction threw. Exactly the records of the command line.
 */
export type ExtractJobResult = ({ id: string } & Result) | { id: string; error: { code: ExtractJobErrorCode; message: string } };

/**
 * One record for one job's data. Bad data gives an error record instead of a thrown error:
 * BullMQ would retry a throw `attempts` times, and bad data fails the same way every time.
 * The id falls back to `fallbackId` (the job id) when the data carries none.
 */
export function extractRecord(data: unknown, fallbackId: string, options?: Options): ExtractJobResult {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof ExtractJobData, unknown>>;
  const id = typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : fallbackId;
  if (typeof d.text !== 'string') return { id, error: { code: 'missing-text', message: `job ${fallbackId} has no string "text"` } };
  try {
    return { id, ...extractQuotes(d.text, options) };
  } catch (e) {
    return { id, error: { code: 'extraction-failed', message: e instanceof Error ? e.message : String(e) } };
  }
}

export interface ExtractWorkerOptions extends WorkerOptions {
  /** Extraction options for every job (as for `extractQuotes`); checked when the worker is made. */
  extract?: Options;
}

/**
 * A BullMQ Worker on `queueName` that extracts each job's `{ id, text }` and completes the job
 * with its record (`ExtractJobResult`). Options are BullMQ's own (`connection` is required;
 * `concurrency`, `lockDuration`, …) plus `extract`. BullMQ delivers a job at least once: a job
 * whose worker dies (SIGKILL, a lost machine) is taken back by another worker once its lock
 * expires; its result is stored once, as that job's return value, when it completes.
 */
export function createExtractWorker(queueName: string, options: ExtractWorkerOptions): Worker<ExtractJobData, ExtractJobResult> {
  const { extract, ...workerOptions } = options;
  // Invalid extraction options fail here, once, not in every job.
  const resolved: ResolvedOptions | undefined = extract === undefined ? undefined : parseOptions(OptionsSchema, extract);
  return new Worker<ExtractJobData, ExtractJobResult>(queueName, async (job: Job<ExtractJobData>) => extractRecord(job.data, String(job.id), resolved), workerOptions);
}
