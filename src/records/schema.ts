// The record schemas: the single source of every public type (types are z.infer of these).
import { z } from 'zod';

/** A span of the caller's ORIGINAL string, UTF-16 indices, end exclusive. */
export const SpanSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not precede start' });

export const QuoteKindSchema = z.enum(['direct', 'partial', 'indirect']);

/** How a speaker was found; kept as data so users can filter by reliability. */
export const ResolutionSchema = z.enum([
  'name', // a full personal name at the attribution point
  'surname', // a surname resolved to the fullest name in the document
  'pronoun', // he / she / they resolved by gender and salience
  'descriptor', // "the top U.S. diplomat" resolved by role
  'apposition', // "Lena Park, a spokeswoman for the ministry, said"
  'organization', // "the U.S. State Department said", "Moscow said"
  'anonymous', // "a senior U.S. official": an unnamed source
  'continuation', // no attribution: the current speaker goes on
  'corpus', // filled from other documents by corpus mode
]);

export const CueSchema = z.object({
  text: z.string(),
  lemma: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const SpeakerSchema = z.object({
  /** Canonical full name; null for an unnamed source. */
  name: z.string().nullable(),
  /** Id of the entity in `Result.entities`. */
  entity: z.string(),
  /** The words naming the speaker at the attribution point. */
  mention: SpanSchema,
  via: ResolutionSchema,
});

export const QuoteSchema = z.object({
  id: z.string(),
  /** Content with whitespace collapsed and quotation marks normalized. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  confidence: z.number().min(0).max(1),
  /** 0-based index of the sentence holding the quote's start. */
  sentence: z.number().int().nonnegative(),
  /** 0-based index of the paragraph holding the quote's start. */
  paragraph: z.number().int().nonnegative(),
});

export const EntityKindSchema = z.enum(['person', 'organization', 'group', 'unnamed']);

export const EntitySchema = z.object({
  id: z.string(),
  /** Canonical name (fullest form in the document); null for an unnamed source. */
  name: z.string().nullable(),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  gender: z.enum(['female', 'male', 'unknown']),
  mentions: z.array(SpanSchema),
});

export const IssueCodeSchema = z.enum([
  'unclosed-quote',
  'unopened-quote',
  'unattributed-quote',
  'ambiguous-speaker',
  'input-truncated',
  'replaced-characters',
]);

/** Warnings as data: bad text never throws, it yields issues. */
export const IssueSchema = z.object({
  code: IssueCodeSchema,
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});

export const ResultSchema = z.object({
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  issues: z.array(IssueSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type IssueCode = z.infer<typeof IssueCodeSchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type Result = z.infer<typeof ResultSchema>;

/** Options of `extractQuotes`; strict so a misspelt key fails with its name. */
export const OptionsSchema = z
  .object({
    /** Report reported speech (kind "indirect"); on by default. */
    indirect: z.boolean().default(true),
    /** Drop quotes below this confidence. */
    minConfidence: z.number().min(0).max(1).default(0),
    /** Documents longer than this (UTF-16 units) are cut, with an `input-truncated` issue. */
    maxLength: z.number().int().positive().default(50_000_000),
  })
  .strict();

export type Options = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;
