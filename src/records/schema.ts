// The record schemas: the single source of every public type (types are z.infer of these).
//
// zod's "mini" build: the classic build's method-chaining API keeps the whole library alive in a
// bundle (every locale, JSON-Schema import, codecs: ~750 kB) and loading it cost 26-40 ms of a
// 250 ms cold-start budget; the functional mini API tree-shakes to a fraction and loads in a few
// ms. Every zod import in src/ is `import * as z from 'zod/mini'` with member access only, which
// is what lets the bundler shake it. Mini has no messages of its own ("Invalid input"): the
// English locale, set here because every entry point loads this module, gives the classic
// wording ('Unrecognized key: "x"', 'Invalid input: expected number, received string').
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

z.config(en());

/** A span of the caller's ORIGINAL string, UTF-16 indices, end exclusive. */
export const SpanSchema = z
  .object({
    text: z.string(),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(z.refine((s) => s.end >= s.start, { message: 'end must not precede start' }));

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
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

export const SpeakerSchema = z.object({
  /** Canonical full name; null for an unnamed source. */
  name: z.nullable(z.string()),
  /** Id of the entity in `Result.entities`. */
  entity: z.string(),
  /** The words naming the speaker at the attribution point. */
  mention: SpanSchema,
  via: ResolutionSchema,
  /**
   * The runner-up when a fitted ranker chose the speaker among several candidates (today: who a
   * "he", "she" or "I" stands for). `share` is each candidate's share of the ranker's scores
   * (the speaker's own share is in the `ambiguous-speaker` issue); it ranks, it is not calibrated:
   * `Quote.confidence` is the calibrated probability. Absent when there was no choice to make.
   */
  alternatives: z.optional(z.array(z.object({
    name: z.nullable(z.string()),
    entity: z.string(),
    share: z.number().check(z.minimum(0), z.maximum(1)),
  }))),
});

export const QuoteSchema = z.object({
  id: z.string(),
  /** Content with whitespace collapsed, quotation marks normalized and a garbled encoding ("Ã±" for "ñ") repaired. */
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  kind: QuoteKindSchema,
  /**
   * The words in marks of a partial quote that joins several marked fragments of one statement
   * with the reporter's words between them ('called the plan "reckless" and "far too costly"'):
   * `start`/`end` and `text` cover the whole statement, as news annotators span a mixed quote;
   * `fragments` are the stretches inside the marks, each with its text as the caller wrote it.
   * Absent for a quote of one stretch.
   */
  fragments: z.optional(z.array(SpanSchema)),
  speaker: z.nullable(SpeakerSchema),
  cue: z.nullable(CueSchema),
  /**
   * Probability that this record is right: its span is a quote AND its speaker is the one named
   * (or rightly none). Fitted and calibrated on real news (PolNeAR train folds 1-4) by
   * `npm run fit:speakers`; see docs/attribution.md.
   */
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** 0-based index of the sentence holding the quote's start. */
  sentence: z.int().check(z.nonnegative()),
  /** 0-based index of the paragraph holding the quote's start. */
  paragraph: z.int().check(z.nonnegative()),
});

export const EntityKindSchema = z.enum(['person', 'organization', 'group', 'unnamed']);

export const EntitySchema = z.object({
  id: z.string(),
  /** Canonical name (fullest form in the document); null for an unnamed source. */
  name: z.nullable(z.string()),
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
  start: z.nullable(z.int().check(z.nonnegative())),
  end: z.nullable(z.int().check(z.nonnegative())),
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
export const OptionsSchema = z.strictObject({
    /** Report reported speech (kind "indirect"); on by default. */
    indirect: z._default(z.boolean(), true),
    /** Drop quotes below this confidence. */
    minConfidence: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
    /** Documents longer than this (UTF-16 units) are cut, with an `input-truncated` issue. */
    maxLength: z._default(z.int().check(z.positive()), 50_000_000),
});

export type Options = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;
