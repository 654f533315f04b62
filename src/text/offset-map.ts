// The coordinate spaces of a document and the one way between them: offsets in normalized text
// mapped back to the caller's original string, for spans and for issues.
import type { Issue } from '../records/schema';
import { countBefore } from './search';

// Offsets live in two spaces (tokens, sentences and paragraphs are indices into lists built on
// the normalized text). The brand is required, so a plain number fits neither: a value becomes
// one only where its space is known (the tokenizer, `asNormalized`, `OffsetMap.toOriginal`).
declare const SPACE: unique symbol;
/** An offset in the caller's original string (UTF-16 units): what records hold. */
export type OriginalOffset = number & { readonly [SPACE]: 'original' };
/** An offset in the normalized text the analysis runs on (same length units, different text). */
export type NormalizedOffset = number & { readonly [SPACE]: 'normalized' };

/** A number computed in normalized text, named as such where it leaves a stage. */
export const asNormalized = (n: number): NormalizedOffset => n as NormalizedOffset;
/** A number that indexes the caller's string as given (nothing was normalized before it). */
export const asOriginal = (n: number): OriginalOffset => n as OriginalOffset;

/** A span of the caller's original string. */
export interface OriginalSpan {
  start: OriginalOffset;
  end: OriginalOffset;
}

/**
 * An issue as a stage finds it, its span in the space it was found in: normalized text for most,
 * the caller's string for what normalization itself replaced. Its message is written from the
 * span in the caller's string (`OffsetMap.issueToOriginal`), so the offsets a message names are
 * the ones in its `start` and `end`.
 */
export type FoundIssue = {
  code: Issue['code'];
  message: (at: { start: OriginalOffset | null; end: OriginalOffset | null }) => string;
} & ({ space: 'normalized'; start: NormalizedOffset | null; end: NormalizedOffset | null } | { space: 'original'; start: OriginalOffset; end: OriginalOffset });

/**
 * One replacement made by normalization: original [origStart, origEnd) became
 * normalized [normStart, normStart + normLength).
 */
export interface Edit {
  origStart: number;
  origEnd: number;
  normStart: number;
  normLength: number;
}

/**
 * Normalization is mostly length-preserving (a curly quote becomes a straight one, a wrapped
 * newline a space), so only edits that change length are stored; between them offsets shift by
 * a constant. Lookup is a binary search over those edits.
 */
export class OffsetMap {
  private readonly edits: Edit[];
  readonly originalLength: number;
  readonly normalizedLength: number;

  constructor(edits: Edit[], originalLength: number, normalizedLength: number) {
    this.edits = edits;
    this.originalLength = originalLength;
    this.normalizedLength = normalizedLength;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap([], length, length);
  }

  /** True when no edit changed length, so offsets are the same in both spaces. */
  get isIdentity(): boolean {
    return this.edits.length === 0;
  }

  /**
   * Original offset of a normalized offset. `side` decides where an offset that falls inside a
   * replaced stretch lands: at its original start (for span starts) or end (for span ends).
   */
  toOriginal(n: NormalizedOffset, side: 'start' | 'end' = 'start'): OriginalOffset {
    if (this.edits.length === 0) return n as number as OriginalOffset;
    const clamped = Math.max(0, Math.min(n, this.normalizedLength));
    // The last edit whose normalized start is at or before n decides.
    const k = countBefore(this.edits.length, (i) => this.edits[i].normStart <= clamped) - 1;
    return asOriginal(k < 0 ? clamped : this.throughEdit(this.edits[k], clamped, side));
  }

  /** Original offset of normalized `n` at or after the start of edit `e` (the last such edit). */
  private throughEdit(e: Edit, n: number, side: 'start' | 'end'): number {
    const normEnd = e.normStart + e.normLength;
    // At a deletion: a start lands after the deleted text, an end before it.
    if (e.normLength === 0 && n === e.normStart) return side === 'start' ? e.origEnd : e.origStart;
    // Inside replaced text: widen to the whole original stretch. An end right at its start is
    // the end of a span before it ("Bye" before the "&rdquo;" that became a mark).
    if (n < normEnd) return side === 'start' || n === e.normStart ? e.origStart : e.origEnd;
    return e.origEnd + (n - normEnd);
  }

  /** The original span of normalized [start, end): a start maps to the start of what it came from, an end to the end. */
  spanToOriginal(start: NormalizedOffset, end: NormalizedOffset): OriginalSpan {
    return { start: this.toOriginal(start, 'start'), end: this.toOriginal(end, 'end') };
  }

  /** An issue with its offsets in the caller's string and its message written from them. */
  issueToOriginal(found: FoundIssue): Issue {
    const at =
      found.space === 'original'
        ? { start: found.start, end: found.end }
        : { start: found.start === null ? null : this.toOriginal(found.start, 'start'), end: found.end === null ? null : this.toOriginal(found.end, 'end') };
    return { code: found.code, message: found.message(at), start: at.start, end: at.end };
  }
}

/** Accumulates edits while normalizing one string left to right. */
export class EditBuilder {
  private readonly parts: string[] = [];
  private readonly edits: Edit[] = [];
  private origPos = 0;
  private normPos = 0;
  constructor(private readonly source: string) {}

  /**
   * Where original `origIndex` lands in the normalized text, copying the text before it: for
   * offsets a pass records while it edits (the hints of quotation marks).
   */
  normalizedAt(origIndex: number): NormalizedOffset {
    this.copyTo(origIndex);
    return asNormalized(this.normPos);
  }

  /** Copy original text up to `origIndex` unchanged. */
  copyTo(origIndex: number): void {
    if (origIndex <= this.origPos) return;
    this.parts.push(this.source.slice(this.origPos, origIndex));
    this.normPos += origIndex - this.origPos;
    this.origPos = origIndex;
  }

  /** Replace original [origStart, origEnd) by `replacement`. */
  replace(origStart: number, origEnd: number, replacement: string): void {
    this.copyTo(origStart);
    this.parts.push(replacement);
    if (replacement.length !== origEnd - origStart) {
      this.edits.push({ origStart, origEnd, normStart: this.normPos, normLength: replacement.length });
    }
    this.normPos += replacement.length;
    this.origPos = origEnd;
  }

  finish(): { text: string; map: OffsetMap } {
    this.copyTo(this.source.length);
    const text = this.parts.join('');
    return { text, map: new OffsetMap(this.edits, this.source.length, text.length) };
  }
}
