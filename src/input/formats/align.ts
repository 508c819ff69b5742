import { decodeHTML, decodeHTMLAttribute, decodeXML } from 'entities/decode';

/**
 * A piece of extracted text and the source span it came from. When `text` is the source slice
 * itself the piece maps character by character; otherwise it is atomic (an entity, an escape).
 */
export interface Piece {
  sourceStart: number;
  sourceLength: number;
  text: string;
}

/** What one character reference or escape at a source offset decodes to, and its source length. */
export type DecodeAt = (source: string, at: number, end: number) => { length: number; text: string } | null;

const REFERENCE = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** What a sticky pattern matches at `at`, if the match ends by `end` (no slicing: sources are long). */
function stickyMatch(pattern: RegExp, source: string, at: number, end: number): string | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(source)?.[0];
  return match !== undefined && at + match.length <= end ? match : undefined;
}

/**
 * A character reference decoded by `decode`, which leaves a legacy reference's literal tail as it
 * is ("&ampfoo" → "&foo"): that tail is not part of the reference.
 */
function referenceDecoder(decode: (text: string) => string): DecodeAt {
  return (source, at, end) => {
    if (source.charCodeAt(at) !== 0x26) return null;
    const match = stickyMatch(REFERENCE, source, at, end);
    if (match === undefined) return null;
    const decoded = decode(match);
    if (decoded === match) return null;
    const tail = commonSuffixLength(match, decoded, Math.min(match.length - 1, decoded.length - 1));
    return { length: match.length - tail, text: decoded.slice(0, decoded.length - tail) };
  };
}

function commonSuffixLength(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && a.charAt(a.length - 1 - n) === b.charAt(b.length - 1 - n)) n++;
  return n;
}

export const decodeHtmlTextAt = referenceDecoder((s) => decodeHTML(s));
export const decodeHtmlAttributeAt = referenceDecoder(decodeHTMLAttribute);
export const decodeXmlAt = referenceDecoder(decodeXML);

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const MARKDOWN_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

/** Markdown: a backslash escape of ASCII punctuation, or a character reference ending in ";". */
export const decodeMarkdownAt: DecodeAt = (source, at, end) => {
  const ch = source.charAt(at);
  if (ch === '\\' && at + 1 < end && ASCII_PUNCTUATION.test(source.charAt(at + 1))) return { length: 2, text: source.charAt(at + 1) };
  if (ch !== '&') return null;
  const match = stickyMatch(MARKDOWN_REFERENCE, source, at, end);
  if (match === undefined) return null;
  const decoded = decodeHTML(match);
  return decoded === match ? null : { length: match.length, text: decoded };
};

const TAG = /<\/?[A-Za-z][^>]*>/y;

const isTagAt = (source: string, at: number, end: number): boolean => stickyMatch(TAG, source, at, end) !== undefined;

/**
 * Lines up a parser's decoded `value` with the source span `[start, end)` it was parsed from, so
 * each extracted character keeps its place in the file: references and escapes become atomic
 * pieces, CRLF read as LF is one piece, indentation the parser dropped is skipped. Returns null
 * when the two cannot be lined up, so the caller can leave the text out rather than mis-map it.
 * With `prefix`, the value may end before the span does (alt text inside `![alt](url)`); with
 * `skipTags`, tags inside the span are skipped (HTML's parser drops a stray `</a>` and merges the
 * text on either side into one node); characters matching `skip` are skipped where they do not
 * match the value.
 */
export function alignDecoded(
  source: string,
  start: number,
  end: number,
  value: string,
  decodeAt: DecodeAt,
  options: { prefix?: boolean; skipTags?: boolean; skip?: RegExp } = {},
): Piece[] | null {
  const pieces: Piece[] = [];
  let copyRun: Piece | undefined;
  const literal = (at: number): void => {
    if (copyRun && copyRun.sourceStart + copyRun.sourceLength === at) {
      copyRun.sourceLength++;
      copyRun.text += source.charAt(at);
    } else {
      copyRun = { sourceStart: at, sourceLength: 1, text: source.charAt(at) };
      pieces.push(copyRun);
    }
  };
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) return null;
    const reference = decodeAt(source, i, end);
    if (options.skipTags && source.charCodeAt(i) === 0x3c && isTagAt(source, i, end)) {
      // A stray tag the parser ignored, merging the text around it; in HTML source a "<" before
      // a letter always opens a tag, so this comes before matching a literal "<".
      i = source.indexOf('>', i) + 1;
    } else if (reference && value.startsWith(reference.text, j)) {
      pieces.push({ sourceStart: i, sourceLength: reference.length, text: reference.text });
      i += reference.length;
      j += reference.text.length;
    } else if (source.charAt(i) === value.charAt(j)) {
      literal(i);
      i++;
      j++;
    } else if (source.startsWith('\r\n', i) && value.charAt(j) === '\n') {
      pieces.push({ sourceStart: i, sourceLength: 2, text: '\n' });
      i += 2;
      j++;
    } else if (source.charAt(i) === ' ' || source.charAt(i) === '\t' || source.charAt(i) === '>') {
      i++; // indentation or a quote marker the parser dropped from a continuation line
    } else if (options.skip?.test(source.charAt(i))) {
      i++; // markup the value leaves out (emphasis marks in Markdown alt text)
    } else return null;
  }
  if (!options.prefix && source.slice(i, end).trim() !== '') return null;
  return pieces;
}
