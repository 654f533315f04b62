// The corpus-mode record schemas: one result over many documents (types are z.infer of these).
import * as z from 'zod/mini';
import {
  EntityKindSchema,
  EntitySchema,
  IssueSchema,
  OptionsSchema,
  QuoteKindSchema,
  QuoteSchema,
  ResolutionSchema,
  ResultSchema,
} from '../records/schema';

/** One input document. */
export const CorpusDocSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
});

/** A document already run through `extractQuotes`, for `linkCorpus`. */
export const ExtractedDocSchema = z.extend(CorpusDocSchema, { result: ResultSchema });

/** Options of `linkCorpus`: the corpus layer's own. */
export const LinkOptionsSchema = z.strictObject({
  /** Fill weak or missing attributions from the statement's consensus speaker (default true). */
  consensus: z._default(z.boolean(), true),
});

/** Options of `extractCorpus`: the extraction options plus the corpus layer's. */
export const CorpusOptionsSchema = z.strictObject({ ...OptionsSchema.shape, ...LinkOptionsSchema.shape });

/** The speaker a document gave a quote on its own, kept when corpus mode changes it. */
export const LocalAnswerSchema = z.object({
  name: z.nullable(z.string()),
  entity: z.nullable(z.string()),
  via: z.nullable(ResolutionSchema),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
});

/** A quote as corpus mode reports it: the document's quote plus its links into the corpus. */
export const CorpusQuoteSchema = z.extend(QuoteSchema, {
  /** Id of the cross-document speaker (`speakers[].id`); null for unnamed or unattributed. */
  speakerId: z.nullable(z.string()),
  /** Id of the statement cluster (`statements[].id`) when the words appear in another document. */
  statement: z.nullable(z.string()),
  /** The document-local answer when corpus mode changed the speaker; null when it did not. */
  local: z.nullable(LocalAnswerSchema),
});

/** How well a document's order of shared statements agrees with the other documents. */
export const DocumentOrderSchema = z.object({
  /** Share of adjacent shared statements that are also near each other elsewhere; null without evidence. */
  coherence: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  /** False when the order looks shuffled, so order-dependent attributions (pronouns...) are distrusted. */
  reliable: z.boolean(),
});

export const CorpusDocumentSchema = z.object({
  id: z.string(),
  quotes: z.array(CorpusQuoteSchema),
  entities: z.array(EntitySchema),
  issues: z.array(IssueSchema),
  order: DocumentOrderSchema,
});

export const CorpusSpeakerRefSchema = z.object({ id: z.string(), name: z.string() });

/** One real speaker across documents, with the local entities that name them. */
export const CorpusSpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  gender: z.enum(['female', 'male', 'unknown']),
  /** Quotes attributed to this speaker in all documents (after consensus). */
  quotes: z.int().check(z.nonnegative()),
  documents: z.array(
    z.object({
      document: z.string(),
      entities: z.array(z.string()),
      quotes: z.int().check(z.nonnegative()),
    }),
  ),
});

/** A run of words that differs between an occurrence and the statement's reference wording. */
export const WordingChangeSchema = z.object({
  reference: z.string(),
  occurrence: z.string(),
});

export const StatementOccurrenceSchema = z.object({
  document: z.string(),
  quote: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  kind: QuoteKindSchema,
  text: z.string(),
  speaker: z.nullable(CorpusSpeakerRefSchema),
  via: z.nullable(ResolutionSchema),
  /** True when words inside the shared part differ from the reference wording. */
  altered: z.boolean(),
  changes: z.array(WordingChangeSchema),
});

/** The same statement found in several documents. */
export const StatementSchema = z.object({
  id: z.string(),
  /** The reference wording: the version most other occurrences agree with. */
  text: z.string(),
  documents: z.array(z.string()),
  /** Consensus speaker of the occurrences; null when there is none. */
  speaker: z.nullable(CorpusSpeakerRefSchema),
  altered: z.boolean(),
  /** Words that differ between occurrences (both sides of every change). */
  differingWords: z.array(z.string()),
  occurrences: z.array(StatementOccurrenceSchema),
});

/** A statement whose occurrences name different speakers. */
export const StatementConflictSchema = z.object({
  statement: z.string(),
  text: z.string(),
  speakers: z.array(
    z.extend(CorpusSpeakerRefSchema, {
      documents: z.array(z.string()),
      occurrences: z.int().check(z.positive()),
    }),
  ),
});

export const CorpusStatsSchema = z.object({
  documents: z.int().check(z.nonnegative()),
  quotes: z.int().check(z.nonnegative()),
  statements: z.int().check(z.nonnegative()),
  /** Pairs of quotes given the precise similarity check (the rest were never compared). */
  comparisons: z.int().check(z.nonnegative()),
  /** Attributions filled or replaced from the corpus. */
  corrected: z.int().check(z.nonnegative()),
});

export const CorpusResultSchema = z.object({
  documents: z.array(CorpusDocumentSchema),
  speakers: z.array(CorpusSpeakerSchema),
  statements: z.array(StatementSchema),
  conflicts: z.array(StatementConflictSchema),
  stats: CorpusStatsSchema,
});

export type CorpusDoc = z.infer<typeof CorpusDocSchema>;
export type ExtractedDoc = z.infer<typeof ExtractedDocSchema>;
export type LinkOptions = z.input<typeof LinkOptionsSchema>;
export type CorpusOptions = z.input<typeof CorpusOptionsSchema>;
export type ResolvedCorpusOptions = z.output<typeof CorpusOptionsSchema>;
export type LocalAnswer = z.infer<typeof LocalAnswerSchema>;
export type CorpusQuote = z.infer<typeof CorpusQuoteSchema>;
export type DocumentOrder = z.infer<typeof DocumentOrderSchema>;
export type CorpusDocument = z.infer<typeof CorpusDocumentSchema>;
export type CorpusSpeakerRef = z.infer<typeof CorpusSpeakerRefSchema>;
export type CorpusSpeaker = z.infer<typeof CorpusSpeakerSchema>;
export type WordingChange = z.infer<typeof WordingChangeSchema>;
export type StatementOccurrence = z.infer<typeof StatementOccurrenceSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type StatementConflict = z.infer<typeof StatementConflictSchema>;
export type CorpusStats = z.infer<typeof CorpusStatsSchema>;
export type CorpusResult = z.infer<typeof CorpusResultSchema>;
