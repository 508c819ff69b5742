import { compareTwoStrings } from 'string-similarity';
import { editDistance } from '../errors/nearest.js';
import { groupBy } from './group-by.js';

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
  // ASCII needs no normalising: dropping what is not a letter or digit is the whole job.
  if (/^[\u0000-\u007f]*$/.test(text)) return text.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  return foldName(text).normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Compares two single-word spellings. A different first letter means a different name
 * ("Justin"/"Austin"): misspellings and transliteration slips keep the initial, or add one. A
 * word derived from the other ("Gazans") is another word. Dice on letter
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
  if (shorter < 4 || isDerivedSpelling(bx, by)) return 'far';
  const distance = editDistance(bx, by);
  const dice = compareTwoStrings(bx, by);
  // One letter for another in a short name is as often another place or person ("Giza"/"Gaza").
  if (distance === 1 && shorter < 6 && bx.length === by.length) return 'loose';
  if (distance === 1 || (distance === 2 && dice >= 0.7)) return 'near';
  if (distance === 2 || (distance === 3 && shorter >= 8 && dice >= 0.5)) return 'loose';
  return 'far';
}

/** English endings that make another word of a name: "Gazans", "Israeli", "Unitarianism", "the Krogers", "Spahnie". */
const ENDING = '(s|es|n|ns|an|ans|ian|ians|ism|isms|ist|ists|ite|ites|ese|ish|ie|ies|y|er|ers|i|is)';
const FINAL_ENDING = new RegExp(`${ENDING}$`);
const WHOLE_ENDING = new RegExp(`^${ENDING}$`);

/**
 * Is one spelling another word made from the other, not a slip? An English ending added
 * ("Katanga"/"Katangans", "Gaza"/"Gazans" with the final vowel dropped, "Ukraine"/"Ukrainian"),
 * two endings on one stem ("Quietism"/"Quietist"), or a name cut short ("Gord"/"Gordon").
 */
export function isDerivedSpelling(a: string, b: string): boolean {
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  const stem = /[aeiouy]$/.test(shorter) ? shorter.slice(0, -1) : shorter;
  if (longer.startsWith(shorter)) {
    const ending = longer.slice(shorter.length);
    // A letter written twice is a slip ("Zelenskyy", "Lapidd"), not an ending.
    return ending.length >= 2 || (WHOLE_ENDING.test(ending) && ending !== shorter.slice(-1));
  }
  if (longer.length > shorter.length && longer.startsWith(stem) && WHOLE_ENDING.test(longer.slice(stem.length))) return true;
  const [ea, eb] = [a.match(FINAL_ENDING)?.[0] ?? '', b.match(FINAL_ENDING)?.[0] ?? ''];
  return Math.max(ea.length, eb.length) >= 2 && a.slice(0, a.length - ea.length) === b.slice(0, b.length - eb.length);
}

/**
 * An index of spellings for finding those that may be `near` (or `loose`) to a given one without
 * comparing all pairs. It mirrors nameCloseness: near spellings have the same bare letters, or
 * one has a letter before the other's initial, or they share the initial and are at most two
 * letters apart in length; loose ones, at most three.
 */
export class CloseNameIndex {
  private readonly byInitialAndLength: Map<string, string[]>;
  private readonly byBare: Map<string, string[]>;
  private readonly byBareWithoutInitial: Map<string, string[]>;
  private readonly maxLengthChange: number;

  constructor(spellings: readonly string[], reach: 'near' | 'loose' = 'near') {
    this.byInitialAndLength = groupBy(spellings, (s) => lengthKey(bareLetters(s), 0));
    this.byBare = groupBy(spellings, bareLetters);
    this.byBareWithoutInitial = groupBy(spellings, (s) => bareLetters(s).slice(1));
    this.maxLengthChange = reach === 'near' ? 2 : 3;
  }

  /** The spellings that may be within reach of `spelling` (itself included): a superset, for nameCloseness to judge. */
  candidates(spelling: string): Set<string> {
    const bare = bareLetters(spelling);
    const found = new Set<string>([...(this.byBare.get(bare) ?? []), ...(this.byBare.get(bare.slice(1)) ?? []), ...(this.byBareWithoutInitial.get(bare) ?? [])]);
    for (let change = -this.maxLengthChange; change <= this.maxLengthChange; change++) {
      for (const other of this.byInitialAndLength.get(lengthKey(bare, change)) ?? []) found.add(other);
    }
    return found;
  }
}

/** Bare letters' initial and a length `change` letters from theirs. */
const lengthKey = (bare: string, change: number): string => `${bare.charAt(0)}${bare.length + change}`;
