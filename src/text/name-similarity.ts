import { compareTwoStrings } from 'string-similarity';
import { editDistance } from '../errors/nearest.js';

/**
 * How alike two spellings of a name are:
 * - `same`: equal but for case;
 * - `near`: a plausible misspelling on its own ("Galant"/"Gallant", "Gomez"/"Gómez");
 * - `loose`: close enough only when the context says it is the same name ("Yove"/"Yoav");
 * - `far`: different names.
 */
export type NameCloseness = 'same' | 'near' | 'loose' | 'far';

/** Case-folded, composed: the key two spellings of a name are compared by. */
export function foldName(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Letters only, without diacritics or hyphens: "Jong-un" and "Jong Un" share "jongun". */
export function bareLetters(text: string): string {
  return foldName(text).normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Compares two single-word spellings. A different first letter means a different name
 * ("Justin"/"Austin"): misspellings and transliteration slips keep the initial, or add one. Dice on letter
 * pairs judges longer names, where one slip leaves most pairs intact; edit distance judges
 * short ones, where Dice collapses ("Yove"/"Yoav" share one pair of three).
 */
export function nameCloseness(a: string, b: string): NameCloseness {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return 'same';
  const bx = bareLetters(x);
  const by = bareLetters(y);
  if (bx === by) return 'near';
  // A letter before the initial is a transliteration habit ("Ekaterinburg"/"Yekaterinburg"); another initial is another name.
  if (bx.charAt(0) !== by.charAt(0)) return Math.min(bx.length, by.length) >= 6 && (bx === by.slice(1) || by === bx.slice(1)) ? 'near' : 'far';
  const shorter = Math.min(bx.length, by.length);
  if (shorter < 4) return 'far';
  const distance = editDistance(bx, by);
  const dice = compareTwoStrings(bx, by);
  if (distance === 1 || (distance === 2 && dice >= 0.7)) return 'near';
  if (distance === 2 || (distance === 3 && shorter >= 8 && dice >= 0.5)) return 'loose';
  return 'far';
}
