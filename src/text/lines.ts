/** A span of text; offsets are UTF-16, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const isSpace = (ch: string): boolean => ch !== '' && /\s/u.test(ch);
const isLineBreak = (ch: string): boolean => ch === '\n' || ch === '\r';

/** The non-blank lines of `text[from, to)`, each trimmed of surrounding whitespace. */
export function linesIn(text: string, from = 0, to = text.length): Span[] {
  const lines: Span[] = [];
  let start = from;
  const re = new RegExp(LINE_BREAK.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    pushTrimmed(text, start, m.index, lines);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, to, lines);
  return lines;
}

function pushTrimmed(text: string, from: number, to: number, lines: Span[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  if (end > start) lines.push({ start, end });
}

/**
 * What to delete to remove the line holding `[start, end)` without changing the breaks around
 * it: the line with ONE adjacent run of line breaks. The run after it when text follows (so
 * "A\n\nResidue\n\nB" becomes "A\n\nB" and the next line keeps its indentation); for the last
 * line, or with `breaksBefore` (the line is one of several to go at the end), the run before it,
 * so the text does not end in a growing run of blank lines and the deletions do not overlap.
 */
export function lineDeletionSpan(text: string, start: number, end: number, breaksBefore = false): Span {
  let from = start;
  while (from > 0 && isSpace(text.charAt(from - 1)) && !isLineBreak(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isSpace(text.charAt(to)) && !isLineBreak(text.charAt(to))) to++;
  let next = to;
  while (next < text.length && isSpace(text.charAt(next))) next++;
  let previous = from;
  while (previous > 0 && isSpace(text.charAt(previous - 1))) previous--;
  const hasBreaksBefore = previous > 0;
  if (next < text.length && !(breaksBefore && hasBreaksBefore)) return { start: from, end: afterLastLineBreak(text, to, next) };
  return { start: hasBreaksBefore ? previous : from, end: to };
}

/** The offset just after the last line break in `text[from, to)`; `to` when there is none. */
function afterLastLineBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (isLineBreak(text.charAt(i))) return i + 1;
  }
  return to;
}

/** Is `gap` whitespace that keeps two words in one paragraph (spaces, at most one line break)? */
export function isSpaceWithinParagraph(gap: string): boolean {
  return /^\s+$/u.test(gap) && !/(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)/u.test(gap);
}
