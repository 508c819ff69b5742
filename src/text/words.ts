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

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** Splits `text[from, to)` into word runs and single punctuation characters; whitespace separates. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const value = m[0].slice(0, end - m.index);
    tokens.push({ start: m.index, end, text: value, kind: /^[\p{L}\p{M}\p{N}]/u.test(value) ? 'word' : 'punct' });
  }
  return tokens;
}

/** Words of a phrase, for comparing forms: "Kim Jong-un" → ["Kim", "Jong", "un"]. */
export function wordsOf(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/** Case- and width-insensitive key of a word, for index lookups. */
export function foldWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

export function isCapitalized(word: string): boolean {
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
