// The progress line on stderr, with messages printed above it; shown only for a terminal unless asked for.

/** Where the progress line goes: process.stderr, or a recorder in tests. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One document done; `bytes` is how much input it took when progress is measured in bytes. */
  tick(bytes?: number): void;
  /** A message line (an input's error): printed above the progress line, never glued to it. */
  log(message: string): void;
  /** Draw the final state and leave it on screen. */
  stop(): void;
}

/** `docs` when the count is known up front (file arguments), `bytes` for JSONL from regular files. */
export type ProgressTotal = { docs: number } | { bytes: number } | null;

export interface ProgressState {
  docs: number;
  bytes: number;
  /** Seconds since the start. */
  elapsed: number;
  done: boolean;
}

/** Redraws per second on a terminal; each redraw is one write of one line. */
const TTY_INTERVAL_MS = 200;
/** Without a terminal (--progress into a file or pipe), one line every this often. */
const LOG_INTERVAL_MS = 2000;
/** An ETA extrapolated from the first seconds or the first few percent swings by minutes. */
const ETA_MIN_SECONDS = 3;
const ETA_MIN_FRACTION = 0.02;
const BAR_WIDTH = 20;

/** "42s", "3m05s", "1h02m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Time left, from the average rate since the start (not a window of the last few documents,
 * whose sizes vary too much), or null while too little is done to say.
 */
export function estimateRemaining(elapsed: number, fraction: number): number | null {
  if (elapsed < ETA_MIN_SECONDS || fraction < ETA_MIN_FRACTION || fraction >= 1) return null;
  return (elapsed * (1 - fraction)) / fraction;
}

/** The progress line for a state; pure, so tests can read it without a terminal. */
export function progressLine(total: ProgressTotal, s: ProgressState): string {
  const rate = `${(s.docs / Math.max(0.001, s.elapsed)).toFixed(1)} docs/s`;
  if (total === null) return `whosaid ${s.docs} docs | ${rate}${s.done ? ` | ${formatDuration(s.elapsed)}` : ''}`;
  const fraction = 'bytes' in total ? (total.bytes > 0 ? Math.min(1, s.bytes / total.bytes) : 1) : total.docs > 0 ? Math.min(1, s.docs / total.docs) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const count = 'bytes' in total ? `${Math.floor(fraction * 100)}% | ${s.docs} docs` : `${s.docs}/${total.docs} docs`;
  const eta = s.done ? formatDuration(s.elapsed) : estimateRemaining(s.elapsed, fraction);
  const tail = typeof eta === 'string' ? ` | ${eta}` : eta === null ? '' : ` | eta ${formatDuration(eta)}`;
  return `whosaid ${bar} ${count} | ${rate}${tail}`;
}

/**
 * On a terminal the line is redrawn in place (carriage return, erase to end of line); a message
 * erases it, prints itself on its own line and the line is drawn again below, so messages scroll
 * up above the bar. Without a terminal (--progress), the line is printed now and then as a line
 * of its own. When the bar is not shown, messages go straight to the stream.
 */
export function startProgress(show: boolean, total: ProgressTotal, stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
  if (!show) {
    return { tick() {}, log: (message) => void stream.write(message + '\n'), stop() {} };
  }
  const tty = stream.isTTY === true;
  const t0 = now();
  const state: ProgressState = { docs: 0, bytes: 0, elapsed: 0, done: false };
  let lastDraw = -Infinity;
  let onScreen = false;
  let stopped = false;
  const line = () => {
    state.elapsed = (now() - t0) / 1000;
    const text = progressLine(total, state);
    // A line longer than the terminal wraps, and "\r" would then redraw only its last row.
    const width = (stream.columns ?? 0) - 1;
    return tty && width > 20 && text.length > width ? text.slice(0, width) : text;
  };
  const draw = () => {
    lastDraw = now();
    if (tty) {
      stream.write(`\r${line()}\x1b[K`);
      onScreen = true;
    } else stream.write(line() + '\n');
  };
  draw();
  return {
    tick(bytes) {
      if (stopped) return;
      state.docs++;
      state.bytes += bytes ?? 0;
      if (now() - lastDraw >= (tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) draw();
    },
    log(message) {
      if (tty && onScreen && !stopped) {
        stream.write(`\r\x1b[K${message}\n`);
        onScreen = false;
        draw();
      } else stream.write(message + '\n');
    },
    stop() {
      if (stopped) return;
      stopped = true;
      state.done = true;
      if (tty) stream.write(`\r${line()}\x1b[K\n`);
      else stream.write(line() + '\n');
    },
  };
}
