// Fuzz the BUILT library (dist/index.js) with generated hostile inputs and check its invariants:
// no throw, schema-valid, spans in bounds that slice back to their text, unique ids, determinism.
// Usage: npm run build && node bench/fuzz.mjs [--seed N] [--count N] [--time-limit SECONDS]
//        [--workers N] [--only INDEX] [--lib dist/index.js]
// Exits non-zero on any crash or broken invariant; minimized repros go to bench/out/fuzz-failures/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const engine = require('./fuzz-engine.cjs');
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

/** Inputs at least this long compete for "slowest" (ms per KB of tiny inputs is timer noise). */
const SLOW_MIN_CHARS = 1024;
/** Full repros are minimized for the first few failures of each invariant only. */
const MINIMIZE_PER_CODE = 3;

function parseArgs(argv) {
  const opts = { seed: 1, count: 100_000, timeLimit: 0, workers: Math.min(2, availableParallelism()), only: -1, lib: join(ROOT, 'dist/index.js'), out: join(ROOT, 'bench/out'), determinismEvery: 20, hangSeconds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = () => {
      const v = Number(val());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a non-negative number`);
      return v;
    };
    if (a === '--seed') opts.seed = Math.floor(num());
    else if (a === '--count') opts.count = Math.floor(num());
    else if (a === '--time-limit') opts.timeLimit = num();
    else if (a === '--workers') opts.workers = Math.max(1, Math.floor(num()));
    else if (a === '--only') opts.only = Math.floor(num());
    else if (a === '--lib') opts.lib = resolve(val());
    else if (a === '--out') opts.out = resolve(val());
    else if (a === '--determinism-every') opts.determinismEvery = Math.max(1, Math.floor(num()));
    else if (a === '--hang-seconds') opts.hangSeconds = num();
    else if (a === '--help' || a === '-h') {
      console.log('node bench/fuzz.mjs [--seed N=1] [--count N=100000] [--time-limit SECONDS] [--workers N] [--only INDEX] [--lib PATH] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

async function loadLib(path) {
  const lib = await import(pathToFileURL(path).href);
  for (const k of ['extractQuotes', 'quoteText', 'ResultSchema']) if (!lib[k]) throw new Error(`${path} does not export ${k}; run npm run build`);
  return lib;
}

// ---------------------------------------------------------------------------------------------
// Worker: runs inputs start, start + step, ... and reports stats in batches.

async function work() {
  const { seed, start, step, count, deadline, libPath, determinismEvery, heartbeat, slot } = workerData;
  const lib = await loadLib(libPath);
  const corpus = engine.loadCorpus(join(ROOT, 'corpora'));
  const beat = new Int32Array(heartbeat);
  const perCode = new Map();
  let batch = { inputs: 0, chars: 0, ms: 0, failures: [] };
  let slowest = []; // top few by ms per KB
  let maxMs = { ms: 0, index: -1, length: 0 };
  let previous = '';
  const flush = () => {
    parentPort.postMessage({ type: 'batch', ...batch });
    batch = { inputs: 0, chars: 0, ms: 0, failures: [] };
  };
  for (let i = start; i < count; i += step) {
    if (deadline && Date.now() > deadline) break;
    Atomics.store(beat, slot * 2, i);
    Atomics.add(beat, slot * 2 + 1, 1);
    const inp = engine.makeInput(seed, i, corpus);
    // Determinism: the same input again, after the previous input ran in between.
    const { ms, failure } = engine.runOne(lib, inp.text, { determinism: i % determinismEvery === 0, between: previous });
    previous = inp.text;
    batch.inputs++;
    batch.chars += inp.text.length;
    batch.ms += ms;
    // The first inputs of a worker pay for loading the model and JIT warm-up: not the input's cost.
    if (ms > maxMs.ms && i >= start + 20 * step) maxMs = { ms, index: i, length: inp.text.length, family: inp.family };
    if (inp.text.length >= SLOW_MIN_CHARS) {
      const perKb = ms / (inp.text.length / 1024);
      if (slowest.length < 5 || perKb > slowest[slowest.length - 1].perKb) {
        slowest.push({ perKb, ms, index: i, length: inp.text.length, family: inp.family });
        slowest.sort((a, b) => b.perKb - a.perKb);
        slowest = slowest.slice(0, 5);
      }
    }
    if (failure) {
      const seen = perCode.get(failure.code) ?? 0;
      perCode.set(failure.code, seen + 1);
      const rec = { index: i, family: inp.family, detail: inp.detail, length: inp.text.length, ...failure };
      if (seen < MINIMIZE_PER_CODE) {
        const min = engine.minimize(lib, inp.text, failure.code);
        rec.input = inp.text;
        rec.minimized = min.text;
        rec.minimizeRuns = min.runs;
      }
      batch.failures.push(rec);
    }
    if (batch.inputs >= 250) flush();
  }
  flush();
  parentPort.postMessage({ type: 'done', slowest, maxMs });
}

// ---------------------------------------------------------------------------------------------
// Main: spawn workers, watch for hangs, report.

function fmt(n, d = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

async function runOnly(opts) {
  const lib = await loadLib(opts.lib);
  const corpus = engine.loadCorpus(join(ROOT, 'corpora'));
  const inp = engine.makeInput(opts.seed, opts.only, corpus);
  const { ms, failure } = engine.runOne(lib, inp.text, { determinism: true });
  console.log(`input #${opts.only} (seed ${opts.seed}): ${inp.family}${inp.detail ? ` ${inp.detail}` : ''}, ${inp.text.length} chars, ${fmt(ms, 1)} ms`);
  console.log(JSON.stringify(inp.text.length > 2000 ? inp.text.slice(0, 2000) + '…' : inp.text));
  if (!failure) {
    console.log('ok: all invariants hold');
    return 0;
  }
  console.log(`FAIL ${failure.code}: ${failure.message}`);
  const min = engine.minimize(lib, inp.text, failure.code);
  const shown = JSON.stringify(min.text);
  console.log(`minimized (${min.text.length} chars, ${min.runs} runs): ${shown.length > 2000 ? shown.slice(0, 2000) + '…' : shown}`);
  return 1;
}

function saveFailure(opts, f) {
  const dir = join(opts.out, 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `seed${opts.seed}-${f.index}-${f.code.replace(/[^a-z0-9-]+/gi, '_')}.json`);
  // JSON keeps lone surrogates and control characters exact (as \u escapes).
  writeFileSync(file, JSON.stringify({ seed: opts.seed, repro: `node bench/fuzz.mjs --seed ${opts.seed} --only ${f.index}`, ...f }, null, 2) + '\n');
  return file;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.only >= 0) process.exit(await runOnly(opts));
  await loadLib(opts.lib); // fail early and clearly when dist/ is missing

  const started = Date.now();
  const deadline = opts.timeLimit > 0 ? started + opts.timeLimit * 1000 : 0;
  const W = Math.min(opts.workers, Math.max(1, opts.count));
  const heartbeat = new SharedArrayBuffer(4 * 2 * W);
  const beat = new Int32Array(heartbeat);
  const totals = { inputs: 0, chars: 0, ms: 0 };
  const failures = [];
  const byCode = new Map();
  const slowest = [];
  let maxMs = { ms: 0, index: -1, length: 0 };
  let nextReport = Math.ceil(opts.count / 10);

  const spawn = (slot, start) =>
    new Promise((done) => {
      const w = new Worker(fileURLToPath(import.meta.url), {
        workerData: { seed: opts.seed, start, step: W, count: opts.count, deadline, libPath: opts.lib, determinismEvery: opts.determinismEvery, heartbeat, slot },
      });
      let lastCount = -1;
      let lastChange = Date.now();
      let finished = false;
      // A synchronous hang cannot be interrupted from inside: watch the heartbeat from here.
      const watch = setInterval(() => {
        const c = Atomics.load(beat, slot * 2 + 1);
        if (c !== lastCount) {
          lastCount = c;
          lastChange = Date.now();
          return;
        }
        if (opts.hangSeconds > 0 && Date.now() - lastChange > opts.hangSeconds * 1000) {
          const index = Atomics.load(beat, slot * 2);
          clearInterval(watch);
          finished = true;
          const f = { index, code: 'hang', message: `no progress for ${opts.hangSeconds} s`, family: '', detail: '', length: -1 };
          failures.push(f);
          byCode.set('hang', (byCode.get('hang') ?? 0) + 1);
          totals.inputs++;
          w.terminate().then(() => spawn(slot, index + W).then(done));
        }
      }, 1000);
      w.on('message', (m) => {
        if (m.type === 'batch') {
          totals.inputs += m.inputs;
          totals.chars += m.chars;
          totals.ms += m.ms;
          for (const f of m.failures) {
            failures.push(f);
            byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
          }
          if (totals.inputs >= nextReport) {
            const el = (Date.now() - started) / 1000;
            process.stderr.write(`fuzz: ${fmt(totals.inputs)}/${fmt(opts.count)} inputs, ${failures.length} failures, ${fmt(el, 1)} s\n`);
            while (nextReport <= totals.inputs) nextReport += Math.ceil(opts.count / 10);
          }
        } else if (m.type === 'done') {
          slowest.push(...m.slowest);
          if (m.maxMs.ms > maxMs.ms) maxMs = m.maxMs;
        }
      });
      const end = (err) => {
        if (finished) return;
        finished = true;
        clearInterval(watch);
        if (err) {
          failures.push({ index: Atomics.load(beat, slot * 2), code: 'worker-error', message: String(err?.stack ?? err), family: '', detail: '', length: -1 });
          byCode.set('worker-error', (byCode.get('worker-error') ?? 0) + 1);
        }
        done();
      };
      w.on('error', end);
      w.on('exit', (code) => end(code !== 0 ? new Error(`worker exited with code ${code}`) : null));
    });

  await Promise.all(Array.from({ length: W }, (_, slot) => spawn(slot, slot)));
  const elapsed = (Date.now() - started) / 1000;

  // Re-time the slowest inputs (best of 3) in this thread: one slow run may be a GC pause.
  const lib = await loadLib(opts.lib);
  const corpus = engine.loadCorpus(join(ROOT, 'corpora'));
  slowest.sort((a, b) => b.perKb - a.perKb);
  const confirmed = slowest.slice(0, 5).map((s) => {
    const text = engine.makeInput(opts.seed, s.index, corpus).text;
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      lib.extractQuotes(text);
      best = Math.min(best, performance.now() - t0);
    }
    return { ...s, ms: best, perKb: best / (text.length / 1024) };
  });
  confirmed.sort((a, b) => b.perKb - a.perKb);

  const crashes = failures.filter((f) => f.code.startsWith('throw:') || f.code === 'hang' || f.code === 'worker-error').length;
  const broken = failures.length - crashes;
  const saved = failures.filter((f) => f.minimized !== undefined || f.code === 'hang').map((f) => saveFailure(opts, f));
  const stoppedEarly = totals.inputs < opts.count;

  if (failures.length) {
    console.log('failures by invariant:');
    for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) {
      const ex = failures.find((f) => f.code === code);
      console.log(`  ${code}: ${n} (e.g. #${ex.index} ${ex.family}${ex.detail ? ` ${ex.detail}` : ''}: ${ex.message.slice(0, 200)})`);
      if (ex.minimized !== undefined) console.log(`    minimized to ${ex.minimized.length} chars: ${JSON.stringify(ex.minimized.slice(0, 300))}`);
    }
    console.log(`repros saved: ${saved.length} file(s) in ${join(opts.out, 'fuzz-failures')}`);
  }
  const slow = confirmed[0];
  const slowText = slow ? `slowest=${fmt(slow.perKb, 2)} ms/KB (#${slow.index} ${slow.family}, ${fmt(slow.length)} chars, ${fmt(slow.ms, 1)} ms)` : 'slowest=n/a';
  const summary = {
    seed: opts.seed,
    inputs: totals.inputs,
    requested: opts.count,
    crashes,
    failures: broken,
    byCode: Object.fromEntries(byCode),
    slowest: confirmed,
    longest: maxMs,
    megabytes: totals.chars / 1e6,
    extractSeconds: totals.ms / 1000,
    wallSeconds: elapsed,
    workers: W,
  };
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, 'fuzz-summary.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(
    `fuzz: seed=${opts.seed} inputs=${fmt(totals.inputs)}${stoppedEarly ? ` (time limit; ${fmt(opts.count)} requested)` : ''} crashes=${crashes} failures=${broken} ${slowText} ` +
      `max=${fmt(maxMs.ms, 1)} ms (#${maxMs.index}, ${fmt(maxMs.length)} chars) ` +
      `throughput=${fmt(totals.chars / 1024 / Math.max(totals.ms / 1000, 1e-9), 0)} KB/s per worker, ${fmt(totals.inputs / elapsed, 0)} inputs/s wall (${W} workers, ${fmt(totals.chars / 1e6, 1)} MB in ${fmt(elapsed, 1)} s)`,
  );
  process.exit(failures.length ? 1 : 0);
}

if (isMainThread) {
  main().catch((err) => {
    console.error(`fuzz: ${err?.stack ?? err}`);
    process.exit(2);
  });
} else {
  work().catch((err) => {
    // Reported by the main thread as a worker error with this stack.
    throw err;
  });
}
