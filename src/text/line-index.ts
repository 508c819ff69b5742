/** 1-based line and column; columns count UTF-16 code units. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Offset → line/column for one text: the only place positions are turned into lines.
 * A line ends after "\n"; "\r\n" and a lone "\r" count as one line break, as editors show them.
 */
export class LineIndex {
  private readonly starts: number[];
  /** The line last found: callers that walk forward (a glossary's validator, a report) find the next one a step or two on. */
  private lastLine = 0;

  constructor(readonly text: string) {
    this.starts = [0];
    // Without a CR, the native search for each LF is several times faster than a loop over every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  locate(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    // Forward from the line last found, a few lines at most, before a binary search.
    if (starts[this.lastLine]! <= clamped) {
      lo = this.lastLine;
      for (let steps = 0; steps < 4 && lo < hi && starts[lo + 1]! <= clamped; steps++) lo++;
      if (lo === hi || starts[lo + 1]! > clamped) hi = lo;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
