// whosaid: find every quote in news text and who said it.
import * as z from 'zod/mini';

/** The error invalid options and documents throw: zod's core error class, as bundled here. */
export { $ZodError as ZodError } from 'zod/v4/core';
import { runPipeline } from './pipeline';
import { parseOptions } from './records/parse';
import { type Options, OptionsSchema, type ResolvedOptions, type Result, ResultSchema } from './records/schema';

export * from './records/schema';
export { quoteText } from './pipeline';
export { nameKey } from './lang/names';
export { scoreDocuments, sameSpeaker, formatScores, GoldDocumentSchema, type GoldDocument, type PredictedQuote, type Scores } from './eval/score';

/**
 * Extract quotes and their speakers from one article.
 * Never throws for bad text (problems come back in `issues`); throws a ZodError naming the
 * field for invalid options, and a TypeError for a non-string input.
 */
export function extractQuotes(text: string, options?: Options): Result {
  if (typeof text !== 'string') throw new TypeError(`extractQuotes expects a string, got ${text === null ? 'null' : typeof text}`);
  return runPipeline(text, options === undefined ? defaults() : parseOptions(OptionsSchema, options));
}

// Parsed once: most calls pass no options, and parsing `{}` for each one cost ~1% of extraction.
// Frozen, so no caller or stage can change the defaults of later calls.
let defaultOptions: ResolvedOptions | undefined;
const defaults = (): ResolvedOptions => (defaultOptions ??= Object.freeze(parseOptions(OptionsSchema, {})));

/** JSON Schema of the result records, for consumers in other languages. */
export function resultJsonSchema(): unknown {
  return z.toJSONSchema(ResultSchema);
}
export { renderArticleReport, type ArticleReportOptions } from './report/html';
export * from './corpus';
export { renderCorpusReport, type CorpusReportOptions, type CorpusTexts } from './report/corpus-html';
