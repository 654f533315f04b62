// CI sample of the fuzzer (bench/fuzz.mjs runs 100,000): the same engine, 2,000 generated hostile
// inputs against the sources, and not one broken invariant.
import { join } from 'node:path';
import * as engine from '../bench/fuzz-engine.cjs';
import * as lib from '../src/index';

// Fixed so CI is reproducible; FUZZ_SEED / FUZZ_COUNT explore further locally.
const SEED = Number(process.env.FUZZ_SEED ?? 20240607);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);

test(`${COUNT} fuzz inputs (seed ${SEED}) keep every invariant`, () => {
  const corpus = engine.loadCorpus(join(__dirname, '../corpora'));
  const failures: Array<Record<string, unknown>> = [];
  let previous = '';
  for (let i = 0; i < COUNT && failures.length < 5; i++) {
    const input = engine.makeInput(SEED, i, corpus);
    // Every 10th input also runs again, after the previous input, and must give the same result.
    const { failure } = engine.runOne(lib, input.text, { determinism: i % 10 === 0, between: previous });
    previous = input.text;
    if (failure) {
      const min = engine.minimize(lib, input.text, failure.code, { maxRuns: 500 });
      failures.push({ index: i, family: input.family, detail: input.detail, ...failure, minimized: min.text, repro: `node bench/fuzz.mjs --seed ${SEED} --only ${i}` });
    }
  }
  expect(failures).toEqual([]);
});
