import { LineIndex } from '../text/line-index.js';
import type { UserError } from './user-error.js';

/** Lines longer than this are shown as a window around the column (a one-line JSON glossary). */
const MAX_EXCERPT = 120;

/**
 * Renders a user error as a compiler would, in plain text:
 *
 * ```
 * glossaries/world.yaml:4:5: unknown field 'varients'; did you mean 'variants'?
 *    4 |     varients: [Gallant]
 *      |     ^
 *   hint: fields of an entry: term, type, variants, …
 * ```
 *
 * The heading is `FILE:LINE:COLUMN: message`, `FILE: message` or just `message`, as far as the
 * error is located; a warning reads `FILE:LINE:COLUMN: warning: message`, as in gcc and clang.
 * The excerpt needs `sourceText`, the file's text (a leading BOM is ignored, as the parser
 * ignores it).
 */
export function renderUserError(error: UserError, sourceText?: string): string {
  const lines = [heading(error)];
  if (sourceText !== undefined && error.line !== undefined) lines.push(...excerpt(sourceText, error.line, error.column));
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}

function heading(error: UserError): string {
  const level = error.level === 'warning' ? 'warning: ' : '';
  return `${location(error)}${level}${error.message}`;
}

function location(error: UserError): string {
  if (!error.file) return '';
  if (error.line === undefined) return `${error.file}: `;
  if (error.column === undefined) return `${error.file}:${error.line}: `;
  return `${error.file}:${error.line}:${error.column}: `;
}

/** The offending line with a gutter, and under it a caret at the column. */
function excerpt(sourceText: string, line: number, column: number | undefined): string[] {
  const text = sourceText.charCodeAt(0) === 0xfeff ? sourceText.slice(1) : sourceText;
  const index = new LineIndex(text);
  if (line < 1 || line > index.lineCount) return [];
  const shown = window(index.lineText(line), column === undefined ? 1 : column);
  const number = String(line);
  const gutter = ' '.repeat(number.length);
  const lines = [`  ${number} | ${shown.text}`.trimEnd()];
  if (column !== undefined) lines.push(`  ${gutter} | ${padFor(shown.text.slice(0, shown.column - 1))}^`);
  return lines;
}

/** Cuts a long line down to the part around `column`, and moves the column to match. */
function window(line: string, column: number): { text: string; column: number } {
  if (line.length <= MAX_EXCERPT) return { text: line, column };
  const start = Math.max(0, Math.min(column - 1 - MAX_EXCERPT / 2, line.length - MAX_EXCERPT));
  const end = start + MAX_EXCERPT;
  const before = start > 0 ? '…' : '';
  const after = end < line.length ? '…' : '';
  return { text: `${before}${line.slice(start, end)}${after}`, column: column - start + before.length };
}

/** Blanks that line the caret up under the text: tabs stay tabs, and a character outside the
 *  Basic Multilingual Plane (two UTF-16 units, one column on screen) is one blank. */
function padFor(prefix: string): string {
  let pad = '';
  for (const ch of prefix) pad += ch === '\t' ? '\t' : ' ';
  return pad;
}
