// mulberry32: a small seeded random number generator, so generated corpora are the same on every
// run and every machine. CommonJS so the ESM benches and the ts-jest tests can both load it.
'use strict';

/** A function returning numbers in [0, 1), fixed by `seed`. */
function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

exports.mulberry32 = mulberry32;
