// Per-document scratch arrays (token flags, prefix counts, index maps), carved from reused buffers.
//
// Why: a document needs about a dozen typed arrays the length of its token list. Each `new
// Uint8Array(n)` gets its own zeroed backing store outside the JavaScript heap, which the
// garbage collector must track and free: 1–2 µs apiece, about 1.5% of the time for a news
// article. A view of a buffer that is already there costs a tenth of that.
//
// Rule: a view lives no longer than the document that asked for it. `runPipeline` calls
// `startDocument()` first, which hands the buffers out again from their start; nothing built
// from a view may be kept after extraction returns (no record holds one). Views handed out
// between two `startDocument()` calls never overlap. Callers that never start a document (unit
// tests of one stage) simply get fresh buffers when one fills up. Token objects are reused under
// the same rule by a store of their own (TokenStore in ./text/token), started beside these.

/** Elements per buffer; a request above a quarter of it gets an array of its own. */
const CAPACITY = 1 << 16;
const LARGE = CAPACITY >> 2;

class Pool<T extends Uint8Array | Int32Array> {
  private buffer: T;
  private used = 0;

  constructor(private readonly make: (n: number) => T) {
    this.buffer = make(CAPACITY);
  }

  /** A zeroed view of `n` elements. */
  take(n: number): T {
    if (n > LARGE) return this.make(n);
    if (this.used + n > CAPACITY) {
      // Views already handed out keep the old buffer alive; they stay valid.
      this.buffer = this.make(CAPACITY);
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + n) as T;
    this.used += n;
    return view.fill(0) as T;
  }

  reset(): void {
    this.used = 0;
  }
}

const bytes = new Pool((n) => new Uint8Array(n));
const ints = new Pool((n) => new Int32Array(n));

/** Hand the buffers out from their start again: every earlier view is dead. */
export function startDocument(): void {
  bytes.reset();
  ints.reset();
}

/** A zeroed Uint8Array of `n` elements, valid for the current document. */
export function byteArray(n: number): Uint8Array {
  return bytes.take(n);
}

/** An Int32Array of `n` elements filled with `value`, valid for the current document. */
export function intArray(n: number, value = 0): Int32Array {
  const a = ints.take(n);
  return value === 0 ? a : a.fill(value);
}
