/** A run of text with its kind; offsets are UTF-16, end exclusive. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'punct';
}

/** Letters, combining marks and digits: what a word is made of, in any script. */
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
// Sticky: each tries exactly where the tokenizer is.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const WORD_RUN_HERE = /[\p{L}\p{M}\p{N}]+/uy;
const SPACE_HERE = /\s/uy;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/**
 * Splits `text[from, to)` into word runs and single punctuation characters; whitespace separates.
 * ASCII is read from char codes, words in other scripts with a regex: a regex match per token
 * was a tenth of building a document, most of it the match arrays.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let at = from; at < to; ) {
    const code = text.charCodeAt(at);
    const end = code < 128 ? asciiTokenEnd(text, at, to) : otherTokenEnd(text, at, to);
    if (end === at) {
      at++;
      continue;
    }
    const value = text.slice(at, end);
    tokens.push({ start: at, end, text: value, kind: isWordStart(value) ? 'word' : 'punct' });
    at = end;
  }
  return tokens;
}

/** The end of the token at `at` (an ASCII character), or `at` itself for whitespace. */
function asciiTokenEnd(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  if (code === 32 || (code >= 9 && code <= 13)) return at;
  if (!isAsciiAlnum(code)) return at + 1;
  let end = at + 1;
  while (end < to && isAsciiAlnum(text.charCodeAt(end))) end++;
  // A word going on past ASCII ("café") is the regex's to read; "Israel’s" ends at the apostrophe.
  return end < to && isWordCharAt(text, end) ? wordRunEnd(text, at, to) : end;
}

/** The end of the token at `at`, a character beyond ASCII, or `at` itself for whitespace. */
function otherTokenEnd(text: string, at: number, to: number): number {
  if (isWordCharAt(text, at)) return wordRunEnd(text, at, to);
  if (matchesAt(SPACE_HERE, text, at)) return at;
  // One punctuation mark, which may take two code units.
  return Math.min(at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1), to);
}

/** The end of the word run at `at`, which starts with a word character. */
const wordRunEnd = (text: string, at: number, to: number): number =>
  matchesAt(WORD_RUN_HERE, text, at) ? Math.min(WORD_RUN_HERE.lastIndex, to) : at + 1;

export const isAsciiAlnum = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

const isWordCharAt = (text: string, at: number): boolean => matchesAt(WORD_CHAR, text, at);

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** Does a token start with a letter, mark or digit? ASCII is told from its code without the regex. */
function isWordStart(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 128 ? WORD_START.test(token) : isAsciiAlnum(code);
}

/** Words of a phrase, for comparing forms: "Kim Jong-un" → ["Kim", "Jong", "un"]. */
export function wordsOf(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/** Case- and width-insensitive key of a word, for index lookups. */
export function foldWord(word: string): string {
  return (isBelowCombiningMarks(word) ? word : word.normalize('NFC')).toLowerCase();
}

/**
 * Do two words lowercase alike? Most pairs differ in their first letter, told from the char codes
 * without lowercased copies: this runs for each token of an article, several times over.
 */
export function equalsIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true;
  return mayFoldAlike(a, b) && a.toLowerCase() === b.toLowerCase();
}

/**
 * May two words fold alike (by `foldWord`, or lowercase alike)? Not when both begin with ASCII
 * characters that differ but for case: composing and lower-casing never give two ASCII letters,
 * or a letter composed on one, the same first character. Told from the char codes, without copies.
 */
export function mayFoldAlike(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const first = a.charCodeAt(0);
  const other = b.charCodeAt(0);
  return first >= 128 || other >= 128 || asciiLower(first) === asciiLower(other);
}

/** A char code with an ASCII capital lower-cased: for hashes and comparisons read from the codes, without a lower-cased copy. */
export const asciiLower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Is every character below U+0300? Such text is already NFC (composition needs a combining mark,
 * and every singleton NFC replaces lies higher), so normalising it, which is slow, can be skipped.
 */
export const isBelowCombiningMarks = (text: string): boolean => allCodesBelow(text, 0x300);

function allCodesBelow(text: string, limit: number): boolean {
  // A loop over char codes: several times faster than a regex test on words this short.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= limit) return false;
  return true;
}

export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers without building two strings: most words of an English article are ASCII.
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

const APOSTROPHES = new Set(["'", '’']);

/** Length of a possessive ending ("'s", "’s", or a bare "'" after s) at `offset`, else 0. */
export function possessiveLengthAt(text: string, offset: number): number {
  if (!APOSTROPHES.has(text.charAt(offset))) return 0;
  const next = text.charAt(offset + 1);
  if ((next === 's' || next === 'S') && !isWordChar(text.charAt(offset + 2))) return 2;
  if (!isWordChar(next) && /s$/i.test(text.slice(Math.max(0, offset - 1), offset))) return 1;
  return 0;
}
