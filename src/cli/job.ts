// Extract one document and serialize the result: the unit of work shared by the in-process path and the worker threads.
import { extractQuotes } from '../index';

export interface Task {
  text: string;
  indirect: boolean;
  minConfidence: number;
}

/**
 * Why a document has no result: extraction threw, the document needed more memory than its
 * budget, or the batch was interrupted while it ran (its record is then not written).
 */
export type FailureCode = 'extraction-failed' | 'resource-exhausted' | 'interrupted';

/** `json` is the Result serialized once, where it was computed: a string crosses threads far cheaper than an object graph. */
export type Outcome = { ok: true; json: string } | { ok: false; code: FailureCode; message: string };

export function runTask(task: Task): Outcome {
  try {
    // A test seam: lets the test suite make one chosen document fail inside a worker,
    // since no real text makes extractQuotes throw.
    const marker = process.env.WHOSAID_FAIL_MARKER;
    if (marker && task.text.includes(marker)) throw new Error(`failure injected by WHOSAID_FAIL_MARKER`);
    const result = extractQuotes(task.text, { indirect: task.indirect, minConfidence: task.minConfidence });
    return { ok: true, json: JSON.stringify(result) };
  } catch (e) {
    return { ok: false, code: 'extraction-failed', message: e instanceof Error ? e.message : String(e) };
  }
}
