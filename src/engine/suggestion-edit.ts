import type { Document } from '../input/document.js';

/** A suggestion's edit in file offsets; no span means the finding's own span. */
export interface SourceEdit {
  replacement: string;
  start?: number;
  end?: number;
}

const MARKUP_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;' };

/**
 * Where a suggestion's edit goes in the file. When the flagged text is the file's text as it is,
 * the suggestion stands as the rule wrote it. When it runs over markup or an entity
 * ("hostages<span></span>There"), the edit shrinks to the characters that change, so the markup
 * around them stays byte for byte; an edit that would still cut through markup is dropped (the
 * finding stays). `from`/`to` are the suggestion's span in extracted text.
 */
export function suggestionEdit(doc: Document, from: number, to: number, replacement: string, hasOwnSpan: boolean): SourceEdit | undefined {
  const start = doc.toSource(from, 'start');
  const end = doc.toSource(to, 'end');
  const asWritten = hasOwnSpan ? { replacement: escapeFor(doc, replacement), start, end } : { replacement: escapeFor(doc, replacement) };
  if (doc.format === 'plain' || isVerbatim(doc, from, to, start, end)) return asWritten;
  const old = doc.text.slice(from, to);
  const prefix = commonPrefixLength(old, replacement);
  const suffix = commonSuffixLength(old.slice(prefix), replacement.slice(prefix));
  const changedFrom = from + prefix;
  const changedTo = to - suffix;
  // An insertion goes right after the text before it, ahead of any tag that follows.
  const editStart = doc.toSource(changedFrom, changedFrom === changedTo ? 'end' : 'start');
  const editEnd = doc.toSource(changedTo, 'end');
  if (!isVerbatim(doc, changedFrom, changedTo, editStart, editEnd)) return undefined;
  const inserted = replacement.slice(prefix, replacement.length - suffix);
  return { replacement: escapeFor(doc, inserted), start: editStart, end: editEnd };
}

/** Is the file's text at [start, end) exactly the extracted text at [from, to)? */
function isVerbatim(doc: Document, from: number, to: number, start: number, end: number): boolean {
  return doc.source.slice(start, end) === doc.text.slice(from, to);
}

/** A replacement goes into the file: in HTML and XLIFF, "&" and "<" are written as entities. */
function escapeFor(doc: Document, text: string): string {
  return doc.format === 'html' || doc.format === 'xliff' ? text.replace(/[&<]/g, (ch) => MARKUP_ESCAPES[ch]!) : text;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
