import { defineConfig } from 'tsup';

// Entry points: the library (browser-safe, no Node imports), the CLI (Node only), the one-file
// browser bundle and the BullMQ worker (Node only; bullmq is an optional peer dependency).
// NLP packages stay external because they are `dependencies`: users dedupe them and the
// wink model is loaded from its own package instead of being inlined twice.
// wink-nlp's own modules (wink-nlp/src/*.js) that src/text/wink-reader.ts calls, bundled: imported
// from ESM one by one, Node parses each CommonJS file for its exports, and the eight cost a new
// process 60-110 ms, against 20-45 ms for wink-nlp's main module, which requires them itself.
// Bundled, they are part of whosaid's one module. (wink-nlp's main module is no longer loaded.)
const WINK_INTERNALS = /^wink-nlp\/src\//;

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // zod is bundled: loading its ~100 ESM files cost 55 ms of a 250 ms cold-start budget, one
    // bundled file about half that. Its types still come from the `zod` dependency; ZodError is
    // re-exported so callers can test errors against this copy.
    // wink-nlp's own modules that src/text/wink-reader.ts drives are bundled too (WINK_INTERNALS).
    noExternal: ['zod', WINK_INTERNALS],
  },
  {
    // worker: the CLI's worker-thread script (tinypool loads dist/worker.js beside dist/cli.js).
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: [WINK_INTERNALS],
  },
  {
    // One-file browser build with every dependency inlined (wink model included), for a <script
    // type="module"> without a bundler; test/browser checks it gives Node's results in Chromium.
    // Exported as `whosaid/browser`, with its own copy of the declarations.
    entry: { 'whosaid.browser': 'src/index.ts' },
    format: ['esm'],
    dts: true,
    outExtension: () => ({ js: '.js' }),
    target: 'es2020',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
  },
  {
    // `whosaid/bullmq`: its own copy of the library (it runs in a worker process, where one more
    // module load does not matter), so the main entry stays one file for the cold start.
    entry: { bullmq: 'src/queue/bullmq.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node18',
    platform: 'node',
    external: ['bullmq'],
    noExternal: ['zod', WINK_INTERNALS],
  },
]);
