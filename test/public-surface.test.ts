// The public runtime surface of src/index.ts, pinned: adding, removing or renaming an export fails here.
import * as api from '../src/index';

/** Every runtime export and what it is. Types are not listed: they leave nothing at run time. */
const SURFACE: Record<string, string> = {
  "CorpusDocSchema": "object",
  "CorpusDocumentSchema": "object",
  "CorpusOptionsSchema": "object",
  "CorpusQuoteSchema": "object",
  "CorpusResultSchema": "object",
  "CorpusSpeakerRefSchema": "object",
  "CorpusSpeakerSchema": "object",
  "CorpusStatsSchema": "object",
  "CueSchema": "object",
  "DocumentOrderSchema": "object",
  "EntityKindSchema": "object",
  "EntitySchema": "object",
  "ExtractedDocSchema": "object",
  "GoldDocumentSchema": "object",
  "IssueCodeSchema": "object",
  "IssueSchema": "object",
  "LinkOptionsSchema": "object",
  "LocalAnswerSchema": "object",
  "OptionsSchema": "object",
  "QuoteKindSchema": "object",
  "QuoteSchema": "object",
  "ResolutionSchema": "object",
  "ResultSchema": "object",
  "SpanSchema": "object",
  "SpeakerSchema": "object",
  "StatementConflictSchema": "object",
  "StatementOccurrenceSchema": "object",
  "StatementSchema": "object",
  "WordingChangeSchema": "object",
  "ZodError": "function",
  "corpusJsonSchema": "function",
  "extractCorpus": "function",
  "extractCorpusSync": "function",
  "extractQuotes": "function",
  "formatScores": "function",
  "linkCorpus": "function",
  "nameKey": "function",
  "quoteText": "function",
  "renderArticleReport": "function",
  "renderCorpusReport": "function",
  "resultJsonSchema": "function",
  "sameSpeaker": "function",
  "scoreDocuments": "function",
};

describe('public surface', () => {
  test('src/index.ts exports exactly these values', () => {
    const got = Object.fromEntries(Object.keys(api).sort().map((k) => [k, typeof (api as Record<string, unknown>)[k]]));
    expect(got).toEqual(SURFACE);
  });
});
