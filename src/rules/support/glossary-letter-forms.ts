import type { Document } from '../../input/document.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { bareLetters, foldName } from '../../text/name-similarity.js';
import type { RuleContext } from '../rule.js';
import type { NameVariant } from './glossary-name-variants.js';
import { isHyphenAt, letterRunsFrom } from './letter-runs.js';

interface LetterForm {
  entry: GlossaryEntry;
  text: string;
}

interface LetterIndex {
  forms: Map<string, LetterForm>;
  /** The keys in order, so that a run of words stops as soon as no key begins with its letters. */
  keys: KeyRanges;
}

/** Shorter keys are acronyms and short words, where letters alone say too little ("US", "us"). */
const MIN_KEY_LENGTH = 4;

const indexes = new WeakMap<CompiledGlossary, LetterIndex>();

/**
 * The glossary's names and terms keyed by their bare letters ("change6" for "Chang'e-6"), built
 * once per compiled glossary; the first entry to claim a key keeps it.
 */
function letterIndex(glossary: CompiledGlossary): LetterIndex {
  let index = indexes.get(glossary);
  if (index) return index;
  const forms = new Map<string, LetterForm>();
  for (const entry of glossary.entries) {
    if (entry.category !== 'name' && entry.category !== 'term') continue;
    for (const text of [entry.term, ...entry.variants]) {
      const key = bareLetters(text);
      if (key.length >= MIN_KEY_LENGTH && !forms.has(key)) forms.set(key, { entry, text });
    }
  }
  index = { forms, keys: keyRanges(forms.keys()) };
  indexes.set(glossary, index);
  return index;
}

/**
 * The keys that begin with the letters of a run so far: a range of the sorted keys, narrowed a
 * letter at a time as the run grows (the first two letters by a table, then by binary search on
 * each letter). No string is built or hashed per word, which a look-up of every word's letters would.
 */
export class KeyPrefixWalk {
  private lo = 0;
  private hi: number;
  private depth = 0;

  constructor(private readonly keys: KeyRanges) {
    this.hi = keys.sorted.length;
  }

  /** Does a key begin with `letters` (the letters walked so far, extended) and go on? */
  hasLongerKey(letters: string): boolean {
    if (this.depth === 0 && letters.length >= 2) this.startWith(letters.charCodeAt(0), letters.charCodeAt(1));
    for (; this.depth < letters.length && this.lo < this.hi; this.depth++) {
      const code = letters.charCodeAt(this.depth);
      this.lo = this.firstFrom(this.lo, code, false);
      this.hi = this.firstFrom(this.lo, code, true);
    }
    const { sorted } = this.keys;
    return this.hi - this.lo > 1 || (this.hi - this.lo === 1 && sorted[this.lo]!.length > letters.length);
  }

  private startWith(first: number, second: number): void {
    if ((first | second) >= 128) return;
    const slot = (first << 7) | second;
    this.lo = this.keys.twoLetterStart[slot]!;
    this.hi = this.keys.twoLetterEnd[slot]!;
    this.depth = 2;
  }

  /**
   * The first key from `from` (below hi) whose letter at `depth` is at least `code` (past it, if
   * `past`). Keys sharing the walked prefix are sorted by that letter; one that ends there comes
   * first (its letter is NaN, less than any).
   */
  private firstFrom(from: number, code: number, past: boolean): number {
    const { sorted } = this.keys;
    let lo = from;
    let hi = this.hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const letter = sorted[mid]!.charCodeAt(this.depth);
      if (past ? letter > code : letter >= code) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** The sorted keys, and where the keys beginning with each two ASCII letters lie among them. */
export interface KeyRanges {
  sorted: readonly string[];
  twoLetterStart: Int32Array;
  twoLetterEnd: Int32Array;
  /** A bit for each three ASCII letters or digits some key begins with (keys have four letters or more). */
  threeLetters: Uint32Array;
}

/**
 * Can a run of words starting with `word` spell a key? Not when the word begins with three ASCII
 * letters or digits (its first bare letters, lower-cased) that no key begins with: most words of
 * an article are ruled out so, before any run is built.
 */
export function mayBeginKey(keys: KeyRanges, word: string): boolean {
  const slot = asciiTriple(word);
  return slot < 0 || (keys.threeLetters[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** The first three characters, lower-cased, as one number below 2^21 when they are ASCII letters or digits, else -1. */
function asciiTriple(text: string): number {
  if (text.length < 3) return -1;
  const [a, b, c] = [foldedAscii(text.charCodeAt(0)), foldedAscii(text.charCodeAt(1)), foldedAscii(text.charCodeAt(2))];
  return a < 0 || b < 0 || c < 0 ? -1 : (a << 14) | (b << 7) | c;
}

/** An ASCII digit, or letter lower-cased; -1 for anything else. */
function foldedAscii(code: number): number {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return code;
  return code >= 65 && code <= 90 ? code + 32 : -1;
}

export function keyRanges(keys: Iterable<string>): KeyRanges {
  const sorted = [...keys].sort();
  const twoLetterStart = new Int32Array(1 << 14);
  const twoLetterEnd = new Int32Array(1 << 14);
  sorted.forEach((key, i) => {
    const [first, second] = [key.charCodeAt(0), key.charCodeAt(1)];
    if (!((first | second) < 128)) return;
    const slot = (first << 7) | second;
    if (twoLetterEnd[slot] === 0) twoLetterStart[slot] = i;
    twoLetterEnd[slot] = i + 1;
  });
  const threeLetters = new Uint32Array(1 << 16);
  for (const key of sorted) {
    const slot = asciiTriple(key);
    if (slot >= 0) threeLetters[slot >>> 5]! |= 1 << (slot & 31);
  }
  return { sorted, twoLetterStart, twoLetterEnd, threeLetters };
}

/** The Arabic article left on a name ("Al-Riyadh"); administrative units left untranslated ("Jeju-do", "Kumamoto-ken"). */
const ARTICLE_PREFIXES = new Set(['al', 'el']);
const UNIT_SUFFIXES = new Set(['do', 'fu', 'gu', 'gun', 'ken', 'sheng', 'shi', 'si', 'xian']);

interface LetterMatch {
  form: LetterForm;
  firstToken: number;
  lastToken: number;
}

/**
 * Glossary names and terms written with the same letters but other spacing, hyphens, apostrophes
 * or accents: "Change-6" or "Chang'e 6" for "Chang'e-6", "Benitez" for "Benítez"; and a place
 * or body with a source-language article or unit glued on ("Al-Riyadh", "Jeju-do"), for which
 * the house form is the entry's term. A difference of case alone is the literal matcher's business.
 */
export function glossaryLetterVariants(doc: Document, ctx: RuleContext): NameVariant[] {
  const index = letterIndex(ctx.glossary);
  if (index.forms.size === 0) return [];
  const found: NameVariant[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const prefixed = ARTICLE_PREFIXES.has(doc.tokens[i]!.text.toLowerCase()) && isHyphenAt(doc, i + 1);
    const match = (prefixed ? withAffix(longestAt(doc, i + 2, index, true)) : undefined) ?? longestAt(doc, i, index, false);
    if (!match) continue;
    const suffixed = isUnitSuffixAt(doc, match.lastToken + 1);
    const start = doc.tokens[prefixed && match.firstToken > i ? i : match.firstToken]!.start;
    const lastToken = suffixed ? match.lastToken + 2 : match.lastToken;
    const end = doc.tokens[lastToken]!.end;
    const affixed = start < doc.tokens[match.firstToken]!.start || suffixed;
    const text = doc.text.slice(start, end);
    if (affixed ? !isPlaceOrBody(match.form.entry) : foldName(text) === foldName(match.form.text)) continue;
    const replacement = (affixed ? match.form.entry.term : match.form.text).normalize('NFC');
    found.push({ start, end, replacement, entry: match.form.entry, kind: 'letters' });
    i = lastToken;
  }
  return found;
}

const isPlaceOrBody = (entry: GlossaryEntry): boolean => entry.type === 'place' || entry.type === 'organization';
const withAffix = (match: LetterMatch | undefined): LetterMatch | undefined => (match && isPlaceOrBody(match.form.entry) ? match : undefined);

const isUnitSuffixAt = (doc: Document, i: number): boolean => isHyphenAt(doc, i) && UNIT_SUFFIXES.has(doc.tokens[i + 1]!.text);

/** The longest run of words from token `i` (right after an article if `afterArticle`) whose letters spell a glossary form. */
function longestAt(doc: Document, i: number, index: LetterIndex, afterArticle: boolean): LetterMatch | undefined {
  const token = doc.tokens[i];
  if (token === undefined || !mayBeginKey(index.keys, token.text)) return undefined;
  const walk = new KeyPrefixWalk(index.keys);
  const runs = letterRunsFrom(doc, i, { canFollowSpace: () => true, isWanted: (letters) => walk.hasLongerKey(letters) }, afterArticle);
  let best: LetterMatch | undefined;
  for (const run of runs) {
    const form = index.forms.get(run.letters);
    if (form && (run.endsWord || isUnitSuffixAt(doc, run.lastToken + 1))) best = { form, firstToken: i, lastToken: run.lastToken };
  }
  return best;
}
