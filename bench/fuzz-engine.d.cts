// Types of bench/fuzz-engine.cjs for the TypeScript test that runs it (test/fuzz-sample.test.ts).

/** The part of the library the engine drives: the built bundle or the sources. */
export interface FuzzLib {
  extractQuotes(text: string): unknown;
  quoteText(raw: string): string;
  ResultSchema: { safeParse(value: unknown): { success: boolean; error?: { message: string } } };
}

export interface FuzzInput {
  family: 'unicode' | 'news' | 'mutation';
  /** For mutations: the mutations applied, joined by "+". */
  detail: string;
  text: string;
}

/** A broken invariant; `code` names it (e.g. "quote-text", "throw:TypeError", "nondeterministic"). */
export interface FuzzFailure {
  code: string;
  message: string;
}

export function loadCorpus(root: string): string[];
export function makeInput(seed: number, index: number, corpus: string[]): FuzzInput;
export function checkResult(lib: FuzzLib, input: string, result: unknown): FuzzFailure | null;
export function runOne(lib: FuzzLib, input: string, opts?: { determinism?: boolean; between?: string }): { ms: number; failure: FuzzFailure | null };
export function minimize(lib: FuzzLib, input: string, code: string, opts?: { maxRuns?: number }): { text: string; runs: number };
export const MUTATIONS: string[];
