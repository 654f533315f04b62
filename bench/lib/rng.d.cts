// Types of bench/lib/rng.cjs for the TypeScript tests.
/** A function returning numbers in [0, 1), fixed by `seed`. */
export function mulberry32(seed: number): () => number;
