// Maps offsets in normalized text back to the caller's original string.

/** An offset in the caller's original string (UTF-16 units). */
export type OriginalOffset = number & { readonly __space?: 'original' };
/** An offset in the normalized text the analysis runs on. */
export type NormalizedOffset = number & { readonly __space?: 'normalized' };

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
    if (this.edits.length === 0) return n as number;
    const clamped = Math.max(0, Math.min(n, this.normalizedLength));
    // Last edit whose normalized start is <= n.
    let lo = 0;
    let hi = this.edits.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.edits[mid].normStart <= clamped) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return clamped;
    const e = this.edits[k];
    const normEnd = e.normStart + e.normLength;
    // At a deletion: a start lands after the deleted text, an end before it.
    if (e.normLength === 0 && clamped === e.normStart) return side === 'start' ? e.origEnd : e.origStart;
    // Inside replaced text: widen to the whole original stretch. An end right at its start is
    // the end of a span before it ("Bye" before the "&rdquo;" that became a mark).
    if (clamped < normEnd) return side === 'start' || clamped === e.normStart ? e.origStart : e.origEnd;
    return e.origEnd + (clamped - normEnd);
  }
}

/** Accumulates edits while normalizing one string left to right. */
export class EditBuilder {
  private readonly parts: string[] = [];
  private readonly edits: Edit[] = [];
  private origPos = 0;
  private normPos = 0;
  constructor(private readonly source: string) {}

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
