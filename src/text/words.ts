/** A run of text with its kind; offsets are UTF-16, end exclusive. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'punct';
}

/** Letters, combining marks and digits: what a word is made of, in any script. */
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** Splits `text[from, to)` into word runs and single punctuation characters; whitespace separates. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const value = end === TOKEN.lastIndex ? m[0] : m[0].slice(0, end - m.index);
    tokens.push({ start: m.index, end, text: value, kind: isWordStart(value) ? 'word' : 'punct' });
  }
  return tokens;
}

/** Does a token start with a letter, mark or digit? ASCII is told from its code without the regex. */
function isWordStart(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code >= 128) return WORD_START.test(token);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
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
 * Is every character below U+0300? Such text is already NFC (composition needs a combining mark,
 * and every singleton NFC replaces lies higher), so normalising it, which is slow, can be skipped.
 */
export function isBelowCombiningMarks(text: string): boolean {
  // A loop over char codes: several times faster than a regex test on words this short.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
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
