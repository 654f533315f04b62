// How many threads a batch gets, from the machine (cores, free memory), the input and --workers.
import { availableParallelism, freemem } from 'node:os';

/** Memory a pool worker takes once warm (model, code, heap), MB: bounds the worker count by free memory. */
const WORKER_RSS_MB = 120;

/**
 * Below this mean text length (UTF-16 units) a document costs less to extract than to send to a
 * worker and back, and the main thread, which parses and writes every record anyway, becomes the
 * bottleneck of a pool: such input runs in-process.
 */
export const TINY_DOC_CHARS = 300;

export interface ThreadChoice {
  threads: number;
  /** Why a requested count was lowered, for a note on stderr. */
  note: string | null;
}

/**
 * From this mean text length (UTF-16 units), a document's extraction keeps V8's garbage collector
 * busy on background threads (the heap grows ~60 MB per MB of text), and a worker on every core
 * leaves the collector no core of its own: on 2 cores, six 1 MB documents ran 0.84× as fast with
 * 2 workers as with one (11.5 s of user CPU against 8.6 s for the same work). Such input gets one
 * worker fewer than the cores.
 */
export const LARGE_DOC_CHARS = 250_000;

/**
 * Text (UTF-16 units) that a short input must hold before a pool pays: about half a second of
 * extraction, against the workers' start-up (each loads the NLP model) in parallel.
 */
export const POOL_MIN_CHARS = 1_000_000;

/**
 * How many threads a batch gets. `requested` (--workers) is honoured up to the cores: more
 * workers than cores only add memory and contention. Without it, from the first `minDocs`
 * documents (`head`, their lengths; fewer when the input is shorter): one per core, fewer when
 * free memory cannot hold them, the input has fewer documents than cores or its documents are
 * large (LARGE_DOC_CHARS), and in-process (1)
 * where starting and feeding workers costs more than it saves: tiny documents, or a short input
 * holding little text.
 */
export function chooseThreads(opts: { requested: number | null; cores: number; freeMb: number; head: readonly number[]; minDocs: number }): ThreadChoice {
  const { requested, cores, freeMb, head, minDocs } = opts;
  if (requested !== null) {
    if (requested <= cores) return { threads: requested, note: null };
    return { threads: cores, note: `--workers ${requested} is more than the ${cores} cores; using ${cores}` };
  }
  const chars = head.reduce((a, b) => a + b, 0);
  if (head.length < 2 || chars / head.length < TINY_DOC_CHARS) return { threads: 1, note: null };
  if (head.length < minDocs && chars < POOL_MIN_CHARS) return { threads: 1, note: null };
  // Workers may take up to half of the free memory; the rest stays for the main thread and others.
  const byMemory = Math.floor(freeMb / WORKER_RSS_MB / 2);
  // A short input's documents are all in `head`: no more workers than documents.
  const byInput = head.length < minDocs ? head.length : cores;
  const byCollector = chars / head.length >= LARGE_DOC_CHARS ? cores - 1 : cores;
  return { threads: Math.max(1, Math.min(cores, byMemory, byInput, byCollector)), note: null };
}

/** The machine's side of chooseThreads: usable cores and free memory in MB. */
export function machine(): { cores: number; freeMb: number } {
  return { cores: Math.max(1, availableParallelism()), freeMb: freemem() / 2 ** 20 };
}
