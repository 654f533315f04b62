// A progress bar on stderr (cli-progress), shown only for a terminal unless asked for.
import cliProgress from 'cli-progress';

export interface Progress {
  /** One document done; `bytes` is how much input it took when progress is measured in bytes. */
  tick(bytes?: number): void;
  stop(): void;
}

const none: Progress = { tick() {}, stop() {} };

/**
 * `total` counts documents when known up front (file arguments), or bytes when the input is
 * JSONL from regular files; null shows a running count only (a pipe has no known end).
 */
export function startProgress(show: boolean, total: { docs: number } | { bytes: number } | null): Progress {
  if (!show) return none;
  const unit = total && 'bytes' in total ? 'bytes' : 'docs';
  const format =
    total === null
      ? 'whosaid {docs} docs | {rate} docs/s'
      : unit === 'bytes'
        ? 'whosaid |{bar}| {percentage}% | {docs} docs | {rate} docs/s | eta {eta_formatted}'
        : 'whosaid |{bar}| {value}/{total} docs | {rate} docs/s | eta {eta_formatted}';
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format, hideCursor: true, clearOnComplete: false, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 2000, fps: 5 }, cliProgress.Presets.shades_classic);
  const t0 = Date.now();
  let docs = 0;
  bar.start(total === null ? 0 : 'bytes' in total ? total.bytes : total.docs, 0, { docs: 0, rate: '0' });
  return {
    tick(bytes) {
      docs++;
      const rate = (docs / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
      if (unit === 'bytes') bar.increment(bytes ?? 0, { docs, rate });
      else bar.increment(1, { docs, rate });
    },
    stop() {
      bar.stop();
    },
  };
}
