// Peak memory and throughput of `whosaid extract --jsonl` over generated archives: flat RSS whatever the input size.
// Usage: node bench/batch-rss.mjs [--sizes 20,200] [--cli dist/cli.js]   (npm run bench:batch)
// Writes bench/out/batch-rss.json. Archives are made by bench/make-archive.mjs and kept in bench/out/.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '20,200').split(',').map(Number);
const cli = join(root, arg('cli', 'dist/cli.js'));
const outDir = join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function archive(mb) {
  const file = join(outDir, `archive-${mb}mb.jsonl`);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [join(root, 'bench/make-archive.mjs'), '--mb', String(mb), '--out', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`make-archive failed for ${mb} MB`);
  }
  // Counting lines reads the file in chunks; documents are one per line.
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let lines = 0;
  let bytes = 0;
  for (let n; (n = readSync(fd, buf)) > 0; ) {
    bytes += n;
    for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
  }
  closeSync(fd);
  return { file, docs: lines, bytes };
}

/** VmRSS/VmHWM of a pid in MB, or null once it is gone. */
function procMem(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number((s.match(new RegExp(`${k}:\\s+(\\d+)`)) ?? [])[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Run the CLI once. Peak RSS comes from /usr/bin/time (the kernel's maxrss of the node
 * process, all threads included); /proc polling gives RSS over time to show it stays flat.
 */
function runOnce({ file, docs }, mode, workers) {
  return new Promise((resolve, reject) => {
    const tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
    const timeOut = join(tmp, 'time.txt');
    const cliArgs = [cli, 'extract', '--jsonl', '--quiet', '--stats', ...(workers ? ['--workers', String(workers)] : []), ...(mode === 'file' ? [file] : [])];
    const cmd = TIME ? TIME : process.execPath;
    const args = TIME ? ['-f', '%M %e', '-o', timeOut, process.execPath, ...cliArgs] : cliArgs;
    const stdin = mode === 'stdin' ? openSync(file, 'r') : 'ignore';
    const child = spawn(cmd, args, { cwd: root, stdio: [stdin, 'pipe', 'pipe'] });
    if (typeof stdin === 'number') closeSync(stdin);
    let lines = 0;
    child.stdout.on('data', (d) => {
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // The node process is time's child; find it once it exists.
    let nodePid = TIME ? null : child.pid;
    const samples = [];
    const poll = setInterval(() => {
      if (nodePid === null) {
        try {
          nodePid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
        } catch {
          /* not started yet */
        }
      }
      const m = nodePid && procMem(nodePid);
      if (m) samples.push({ at: lines, rss: Math.round(m.rss), hwm: Math.round(m.hwm) });
    }, 250);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const statsLine = err.split('\n').find((l) => l.startsWith('{"stats"'));
      const stats = statsLine ? JSON.parse(statsLine).stats : null;
      let peak = samples.length ? Math.max(...samples.map((s) => s.hwm)) : null;
      let wall = null;
      if (TIME && existsSync(timeOut)) {
        const [kb, secs] = readFileSync(timeOut, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peak = Math.round(kb / 1024);
        wall = secs;
      }
      rmSync(tmp, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`CLI exited ${code}: ${err.slice(0, 500)}`));
      if (lines !== docs) return reject(new Error(`${docs} documents in, ${lines} records out`));
      // RSS after each quarter of the records, to show it does not grow with the input.
      const quarter = (q) => samples.filter((s) => s.at <= (docs * q) / 4).pop()?.rss ?? null;
      resolve({ docs, records: lines, workers: stats?.workers ?? null, seconds: stats?.seconds ?? wall, docsPerSecond: stats?.docsPerSecond ?? null, peakRssMb: peak, rssByQuarterMb: [1, 2, 3, 4].map(quarter) });
    });
  });
}

const runs = [];
for (const mb of sizes) {
  const a = archive(mb);
  const plans = [
    { mode: 'stdin', workers: null },
    { mode: 'file', workers: null },
  ];
  // In-process against the pool, on the smallest archive (throughput of 1 vs 2 workers).
  if (mb === Math.min(...sizes)) plans.push({ mode: 'stdin', workers: 1 });
  for (const { mode, workers } of plans) {
    const r = await runOnce(a, mode, workers);
    const mbps = +(a.bytes / 1048576 / r.seconds).toFixed(2);
    const row = { archiveMb: mb, archiveBytes: a.bytes, mode, workersFlag: workers ?? 'auto', ...r, mbPerSecond: mbps };
    runs.push(row);
    process.stdout.write(
      `${String(mb).padStart(4)} MB ${mode.padEnd(5)} workers=${String(row.workersFlag).padEnd(4)} (threads ${r.workers}) ` +
        `${r.docs} docs in ${r.seconds}s = ${r.docsPerSecond} docs/s, ${mbps} MB/s; peak RSS ${r.peakRssMb} MB; RSS by quarter ${r.rssByQuarterMb.join('/')} MB\n`,
    );
  }
}

const peakOf = (mb) => Math.max(...runs.filter((r) => r.archiveMb === mb && r.workersFlag === 'auto').map((r) => r.peakRssMb));
const small = Math.min(...sizes);
const large = Math.max(...sizes);
const summary = {
  peakRssMb: Object.fromEntries(sizes.map((mb) => [`${mb}MB`, peakOf(mb)])),
  // Ten times the input should cost (almost) no more memory.
  peakRatioLargeToSmall: +(peakOf(large) / peakOf(small)).toFixed(2),
  docsPerSecond: {
    inProcess: runs.find((r) => r.workersFlag === 1)?.docsPerSecond ?? null,
    pool: runs.find((r) => r.archiveMb === small && r.mode === 'stdin' && r.workersFlag === 'auto')?.docsPerSecond ?? null,
  },
};
const result = { date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), peakRssFrom: TIME ? '/usr/bin/time %M' : '/proc VmHWM polling', runs, summary };
writeFileSync(join(outDir, 'batch-rss.json'), JSON.stringify(result, null, 2) + '\n');
process.stdout.write(`${JSON.stringify(summary)}\nwrote bench/out/batch-rss.json\n`);
if (Math.max(...runs.map((r) => r.peakRssMb)) >= 300) {
  process.stderr.write('peak RSS reached 300 MB\n');
  process.exitCode = 1;
}
