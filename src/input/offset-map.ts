/**
 * One piece of a map from extracted text to the original file: `textLength` characters of the
 * extracted text at `textStart` came from `sourceLength` characters of the file at `sourceStart`.
 * Equal lengths map character by character; unequal ones (an entity, a composed "ó") are atomic.
 */
export interface OffsetRun {
  textStart: number;
  sourceStart: number;
  textLength: number;
  sourceLength: number;
}

/**
 * Maps offsets in a document's extracted text back to the original file. Parsers build it while
 * they extract (never by searching afterwards); the engine uses it once per finding.
 */
export class OffsetMap {
  private constructor(private readonly runs: OffsetRun[]) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap([{ textStart: 0, sourceStart: 0, textLength: length, sourceLength: length }]);
  }

  /** Runs must be sorted by `textStart` and cover the text without gaps. */
  static fromRuns(runs: OffsetRun[]): OffsetMap {
    return new OffsetMap(runs.length > 0 ? runs : [{ textStart: 0, sourceStart: 0, textLength: 0, sourceLength: 0 }]);
  }

  get isIdentity(): boolean {
    const only = this.runs[0]!;
    return this.runs.length === 1 && only.sourceStart === 0 && only.textLength === only.sourceLength;
  }

  /**
   * The source offset of a text offset. `start` bias maps a position inside an atomic run to the
   * run's start, `end` bias to its end, so a span always covers whole entities and characters.
   */
  toSource(offset: number, bias: 'start' | 'end'): number {
    const run = this.runAt(offset, bias);
    const within = offset - run.textStart;
    if (run.textLength === run.sourceLength) return run.sourceStart + within;
    if (within === 0) return run.sourceStart;
    if (within >= run.textLength) return run.sourceStart + run.sourceLength;
    return bias === 'start' ? run.sourceStart : run.sourceStart + run.sourceLength;
  }

  private runAt(offset: number, bias: 'start' | 'end'): OffsetRun {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const at = this.runs[mid]!.textStart;
      // An end offset on a run boundary belongs to the run before it.
      if (at < offset || (at === offset && bias === 'start')) lo = mid;
      else hi = mid - 1;
    }
    return this.runs[lo]!;
  }
}

/** Builds an offset map piece by piece, merging neighbouring character-by-character runs. */
export class OffsetMapBuilder {
  private readonly runs: OffsetRun[] = [];
  private textLength = 0;

  /** Text copied unchanged from the source. */
  copy(sourceStart: number, length: number): void {
    if (length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (
      last &&
      last.textLength === last.sourceLength &&
      last.sourceStart + last.sourceLength === sourceStart &&
      last.textStart + last.textLength === this.textLength
    ) {
      last.textLength += length;
      last.sourceLength += length;
    } else {
      this.runs.push({ textStart: this.textLength, sourceStart, textLength: length, sourceLength: length });
    }
    this.textLength += length;
  }

  /** Text that stands for a source span of another length (an entity, a normalised character). */
  replace(sourceStart: number, sourceLength: number, textLength: number): void {
    this.runs.push({ textStart: this.textLength, sourceStart, textLength, sourceLength });
    this.textLength += textLength;
  }

  build(): OffsetMap {
    return OffsetMap.fromRuns(this.runs);
  }
}
