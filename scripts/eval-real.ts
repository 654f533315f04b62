// `npm run eval:real`: extract and score PolNeAR's train split, fold 0 (validation) and folds 1-4 (development) apart.
//
//   npm run eval:real [-- --polnear DIR] [--errors FILE] [--json FILE]
//
// Reads the converted split from ../shared/polnear/ by default. Writes the error file (folds 1-4
// only: fold 0 is never read for error analysis) to scratch/eval-real/errors.jsonl, which git
// ignores: it quotes article text, which must never enter the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractQuotes } from '../src/index';
import { errorCounts, formatRealScores, loadPolnear, MissingDataError, type RealPrediction, realPredictions, scoreReal } from '../src/eval/real';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

function main(): number {
  const { values } = parseArgs({
    options: {
      polnear: { type: 'string', default: join(root, '..', 'shared', 'polnear') },
      errors: { type: 'string', default: join(root, 'scratch', 'eval-real', 'errors.jsonl') },
      json: { type: 'string' },
    },
  });
  let docs;
  try {
    docs = loadPolnear(values.polnear!);
  } catch (e) {
    if (e instanceof MissingDataError) {
      process.stderr.write(`eval:real: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const preds = new Map<string, RealPrediction[]>();
  const t0 = performance.now();
  for (const d of docs) preds.set(d.id, realPredictions(extractQuotes(d.text)));
  const ms = performance.now() - t0;
  const validation = scoreReal(docs.filter((d) => d.fold === 0), preds);
  const development = scoreReal(docs.filter((d) => d.fold !== 0), preds);
  const out = [
    `PolNeAR train split (Newell, Margolin & Ruths 2018), ${docs.length} documents extracted in ${(ms / 1000).toFixed(1)} s`,
    '',
    formatRealScores('fold 0 (validation)', validation),
    '',
    formatRealScores('folds 1-4 (development)', development),
    '',
    `error classes, folds 1-4 (${development.errors.length} errors, written to ${values.errors}):`,
    ...errorCounts(development.errors).map(([c, n]) => `  ${c.padEnd(20)} ${n}`),
  ];
  process.stdout.write(out.join('\n') + '\n');
  mkdirSync(dirname(values.errors!), { recursive: true });
  writeFileSync(values.errors!, development.errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
  if (values.json) {
    const strip = ({ errors, ...rest }: ReturnType<typeof scoreReal>) => ({ ...rest, errorCounts: Object.fromEntries(errorCounts(errors)) });
    writeFileSync(values.json, JSON.stringify({ validation: strip(validation), development: strip(development) }, null, 2) + '\n');
  }
  return 0;
}

process.exitCode = main();
