/** One edit of a text: replace `[start, end)` with `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface ApplyResult<E extends Edit> {
  output: string;
  applied: E[];
  /** Edits that overlapped one applied before them; a later pass may apply them. */
  skipped: E[];
}

/**
 * Applies edits to a text by one written rule: sorted by start, the longer span first at equal
 * start, then in the order given; an edit that overlaps one already applied (or inserts at the
 * same point as another insertion) is skipped and returned, never merged. Pure: the same function
 * serves `--fix`, `--diff` and the HTML report.
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): ApplyResult<E> {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || b.edit.end - a.edit.end || a.index - b.index)
    .map((x) => x.edit);
  const applied: E[] = [];
  const skipped: E[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let lastWasInsertionAt = -1;
  for (const edit of ordered) {
    const isInsertion = edit.start === edit.end;
    if (edit.start < cursor || (isInsertion && edit.start === lastWasInsertionAt) || edit.start < 0 || edit.end > text.length) {
      skipped.push(edit);
      continue;
    }
    parts.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
    lastWasInsertionAt = isInsertion ? edit.start : -1;
    applied.push(edit);
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), applied, skipped };
}
