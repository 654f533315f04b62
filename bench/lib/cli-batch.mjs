// The CLI end to end as users run it: `whosaid extract --jsonl FILE` with default settings against
// `--workers 1`, on the same archives in the same run, alternated, in fresh processes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus, root } from './news.mjs';

const outDir = join(root, 'bench/out');
const cli = join(root, 'dist/cli.js');

/** The news archive of bench/make-archive.mjs (shared with bench:batch), made once. */
function newsArchive(mb) {
  const file = join(outDir, `archive-${mb}mb.jsonl`);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [join(root, 'bench/make-archive.mjs'), '--mb', String(mb), '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`make-archive failed for ${mb} MB`);
  }
  return file;
}

/** Short documents (one sentence each) and very long ones (articles joined to ~1 MB), from the benchmark corpus. */
function shapeArchive(name, docs) {
  const file = join(outDir, `cli-${name}.jsonl`);
  if (!existsSync(file)) writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return file;
}

function tinyDocs(count) {
  const sentences = makeCorpus({ count: 500, seed: 21 }).flatMap((d) => d.text.split(/(?<=[.!?]["”]?)\s+/).filter((s) => s.length > 20 && s.length < 200));
  return Array.from({ length: count }, (_, i) => ({ id: `tiny-${i}`, text: sentences[i % sentences.length] }));
}

function megabyteDocs(count) {
  const articles = makeCorpus({ bytes: count * 1.05e6, seed: 22 });
  const docs = [];
  let parts = [];
  let n = 0;
  for (const a of articles) {
    parts.push(a.text);
    n += a.text.length + 2;
    if (n >= 1e6) {
      docs.push({ id: `mb-${docs.length}`, text: parts.join('\n\n') });
      parts = [];
      n = 0;
    }
  }
  return docs.slice(0, count);
}

/** One CLI run: wall time from spawn to exit (the cost a user waits for, start-up included) and the --stats line. */
function runCli(file, workers) {
  return new Promise((resolve, reject) => {
    const args = [cli, 'extract', '--jsonl', '--quiet', '--stats', ...(workers ? ['--workers', String(workers)] : []), file];
    const a = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - a;
      const line = err.split('\n').find((l) => l.startsWith('{"stats"'));
      if (code !== 0 || !line) return reject(new Error(`CLI exited ${code}: ${err.slice(0, 300)}`));
      resolve({ ms, stats: JSON.parse(line).stats });
    });
  });
}

/**
 * `rounds` pairs, the order flipped every round (1-default, default-1, ...) so that drift in the
 * machine's load hits both sides alike; the fastest run of each side counts.
 */
async function compare(file, rounds, log) {
  const one = [];
  const dflt = [];
  let threads = null;
  let reruns = 0;
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 ? ['default', 'one'] : ['one', 'default']) {
      const { ms, stats } = await runCli(file, side === 'one' ? 1 : null);
      (side === 'one' ? one : dflt).push(ms);
      if (side === 'default') threads = stats.workers;
      reruns += stats.reruns ?? 0;
    }
    log(`  round ${r + 1}/${rounds}: --workers 1 ${one.at(-1).toFixed(0)} ms, default ${dflt.at(-1).toFixed(0)} ms`);
  }
  const best = (xs) => Math.min(...xs);
  return { one: best(one), default: best(dflt), ratio: best(one) / best(dflt), threads, reruns, runs: { one, default: dflt } };
}

/** Every input shape of issue #23: ordinary articles (the archive), tiny documents, 1 MB documents. */
export async function measureCli({ mb = 20, rounds = 3, log = () => {} } = {}) {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  mkdirSync(outDir, { recursive: true });
  const shapes = {
    archive: newsArchive(mb),
    tiny: shapeArchive('tiny-20k', tinyDocs(20_000)),
    megabyte: shapeArchive('megabyte-6', megabyteDocs(6)),
  };
  const out = {};
  for (const [name, file] of Object.entries(shapes)) {
    log(`CLI ${name} (${file.slice(root.length + 1)}):`);
    out[name] = await compare(file, rounds, log);
  }
  return out;
}
