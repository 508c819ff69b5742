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
  /** What the keys begin with, so that a run of words stops as soon as no key begins with its letters. */
  keys: KeyPrefixes;
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
  const claim = (entry: GlossaryEntry, text: string): void => {
    const key = bareLetters(text);
    if (key.length >= MIN_KEY_LENGTH && !forms.has(key)) forms.set(key, { entry, text });
  };
  for (const entry of glossary.entries) {
    if (entry.category !== 'name' && entry.category !== 'term') continue;
    claim(entry, entry.term);
    for (const variant of entry.variants) claim(entry, variant);
  }
  index = { forms, keys: new KeyPrefixes(forms.keys()) };
  indexes.set(glossary, index);
  return index;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/**
 * What a set of keys begins with: a hash of every proper prefix of every key, and of every key, in
 * open-addressed tables. Asking costs a hash step per letter and a probe, whatever the number of
 * keys: no string is built, compared or sorted. Two texts may share a hash; then a run goes on
 * that no key continues, and the exact look-up of its letters finds nothing: a hash can make the
 * walk longer, never wrong.
 */
export class KeyPrefixes {
  private readonly prefixes: HashSet;
  private readonly whole: HashSet;

  constructor(keys: Iterable<string>) {
    const list = [...keys];
    this.prefixes = new HashSet(list.reduce((n, key) => n + key.length, 0));
    this.whole = new HashSet(list.length);
    for (const key of list) {
      let hash = FNV_OFFSET;
      for (let i = 0; i < key.length; i++) {
        this.prefixes.add(hash);
        hash = hashStep(hash, key.charCodeAt(i));
      }
      this.whole.add(hash);
    }
  }

  /** May a key begin with the letters hashed to `hash` and go on? */
  hasLonger(hash: number): boolean {
    return this.prefixes.has(hash);
  }

  /**
   * Can a run of words starting with `word` spell a key? A word of ASCII letters and digits only
   * if a key begins with all of them, lower-cased: most words of an article are ruled out so,
   * before any run is built.
   */
  mayBegin(word: string): boolean {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const code = foldedAscii(word.charCodeAt(i));
      if (code < 0) return true;
      hash = hashStep(hash, code);
    }
    return this.prefixes.has(hash) || this.whole.has(hash);
  }
}

/** 32-bit hashes in an open-addressed table at most half full; 0 marks an empty slot, so a hash of 0 is kept as 1. */
class HashSet {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.table = new Int32Array(size);
    this.mask = size - 1;
  }

  add(hash: number): void {
    const slot = this.slotOf(hash || 1);
    this.table[slot] = hash || 1;
  }

  has(hash: number): boolean {
    return this.table[this.slotOf(hash || 1)] !== 0;
  }

  /** The slot holding `stored`, or the empty one where it would go. */
  private slotOf(stored: number): number {
    let slot = stored & this.mask;
    while (this.table[slot] !== 0 && this.table[slot] !== stored) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** A run of letters growing word by word, and whether a key begins with it and goes on. */
export class KeyPrefixWalk {
  private hash = FNV_OFFSET;
  private depth = 0;

  constructor(private readonly keys: KeyPrefixes) {}

  /** Does a key begin with `letters` (the letters walked so far, extended) and go on? */
  hasLongerKey(letters: string): boolean {
    for (; this.depth < letters.length; this.depth++) this.hash = hashStep(this.hash, letters.charCodeAt(this.depth));
    return this.keys.hasLonger(this.hash);
  }
}

/** An ASCII digit, or letter lower-cased; -1 for anything else. */
function foldedAscii(code: number): number {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return code;
  return code >= 65 && code <= 90 ? code + 32 : -1;
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
  if (token === undefined || !index.keys.mayBegin(token.text)) return undefined;
  const walk = new KeyPrefixWalk(index.keys);
  const runs = letterRunsFrom(doc, i, { canFollowSpace: () => true, isWanted: (letters) => walk.hasLongerKey(letters) }, afterArticle);
  let best: LetterMatch | undefined;
  for (const run of runs) {
    const form = index.forms.get(run.letters);
    if (form && (run.endsWord || isUnitSuffixAt(doc, run.lastToken + 1))) best = { form, firstToken: i, lastToken: run.lastToken };
  }
  return best;
}
