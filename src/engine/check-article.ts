import type { CompiledGlossary } from '../glossary/compile.js';
import type { Finding } from '../findings/finding.js';
import { formatOf, readDocument } from '../input/read.js';
import { checkDocument, type CheckOptions, type EnabledRule } from './run.js';

/**
 * Above this many characters a plain-text file (an archive dump, not an article) is checked in
 * pieces of about this size, cut at blank lines: memory stays that of one piece, and time grows
 * with the file, not faster. Each piece is an article of its own to the rules, so a name is
 * compared with the names of its piece only.
 */
export const PIECE_CHARS = 1_000_000;

/**
 * Checks one file's text (BOM removed): the findings of `checkDocument`, in offsets into `text`.
 * `onProgress` hears the fraction of the file done.
 */
export function checkArticle(path: string, text: string, glossary: CompiledGlossary, rules: readonly EnabledRule[], options: CheckOptions = {}, onProgress?: (fraction: number) => void): Finding[] {
  const pieces = text.length > PIECE_CHARS && formatOf(path) === 'plain' && !options.source ? piecesOf(text, PIECE_CHARS) : [{ start: 0, text }];
  return pieces.flatMap((piece, i) => {
    const onRuleDone = (done: number, total: number): void => onProgress?.((i + done / total) / pieces.length);
    const findings = checkDocument(readDocument(path, piece.text), glossary, rules, { ...options, onRuleDone });
    return piece.start === 0 ? findings : findings.map((f) => shifted(f, piece.start));
  });
}

interface Piece {
  start: number;
  text: string;
}

/** The text cut into pieces of at most `size` characters, each at the last blank line (else line break) before the limit. */
export function piecesOf(text: string, size: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start, start + size);
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  pieces.push({ start, text: text.slice(start) });
  return pieces;
}

/** Where to end a piece that may not pass `limit`: after the last blank line, else the last line break, else at `limit` (never inside a surrogate pair). */
function cutBefore(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const blank = Math.max(endOf(window, '\n\n'), endOf(window, '\n\r\n'));
  if (blank > 0) return from + blank;
  const line = endOf(window, '\n');
  if (line > 0) return from + line;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The offset right after the last `separator` in `text`, or -1. */
function endOf(text: string, separator: string): number {
  const at = text.lastIndexOf(separator);
  return at < 0 ? -1 : at + separator.length;
}

function shifted(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    suggestions: finding.suggestions.map((s) => (s.start === undefined ? s : { ...s, start: s.start + by, end: s.end! + by })),
  };
}
