import { buildDocument, type Document, type InputFormat } from './document.js';
import { extractPlain } from './formats/plain.js';

/** The byte-order mark, which is not part of the text (offsets are counted after it). */
export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

export function formatOf(path: string): InputFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.xlf{1,2}$|\.xliff$/i.test(path)) return 'xliff';
  return 'plain';
}

/** Builds the document for a file's text (BOM already removed). Formats other than plain text
 *  are read as plain text until their parsers land. */
export function readDocument(path: string, source: string): Document {
  return buildDocument(path, formatOf(path), source, extractPlain);
}
