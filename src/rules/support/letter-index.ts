import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { HashChains } from '../../glossary/hash-chains.js';
import { HashFilter } from '../../glossary/hash-filter.js';
import { FNV_OFFSET, fnvHash, fnvStep } from '../../text/fnv-hash.js';
import { bareLetters } from '../../text/name-similarity.js';

export interface LetterForm {
  entry: GlossaryEntry;
  text: string;
}

/** Shorter keys are acronyms and short words, where letters alone say too little ("US", "us"). */
const MIN_KEY_LENGTH = 4;

/**
 * The glossary's names and terms keyed by their bare letters ("change6" for "Chang'e-6"); the
 * first form to claim a key keeps it. Forms are chained by a hash of their letters, which an
 * ASCII form's characters give without a key string being built: filing a 100,000-entry
 * glossary's forms costs a hash each, no string, object or Map entry: the index is made while the
 * first article is checked, where whatever it allocates is copied by the young-generation
 * collector. A key is spelt out only for the forms a look-up's hash reaches, and then kept.
 */
export class LetterIndex {
  readonly prefixes: KeyPrefixes;
  private readonly entries: GlossaryEntry[] = [];
  private readonly texts: string[] = [];
  /** Each form's bare letters, once spelt out. */
  private readonly keys: Array<string | undefined>;
  /** The forms by the hash of their letters. */
  private readonly byHash = new HashChains();

  constructor(entries: readonly GlossaryEntry[]) {
    const texts = entries.filter((e) => e.category === 'name' || e.category === 'term');
    let forms = 0;
    let letters = 0;
    for (const entry of texts) {
      forms += 1 + entry.variants.length;
      letters += entry.term.length + entry.variants.reduce((n, v) => n + v.length, 0);
    }
    this.prefixes = new KeyPrefixes(forms, letters);
    this.keys = new Array<string | undefined>(forms);
    for (const entry of texts) {
      this.file(entry, entry.term);
      for (const variant of entry.variants) this.file(entry, variant);
    }
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** The first form filed whose bare letters are `letters`. */
  get(letters: string): LetterForm | undefined {
    let first = -1;
    // Chains run from the last form filed to the first; the last met is the first filed.
    this.byHash.forEach(fnvHash(letters), (id) => {
      if (this.keyOf(id) === letters) first = id;
    });
    return first < 0 ? undefined : { entry: this.entries[first]!, text: this.texts[first]! };
  }

  private file(entry: GlossaryEntry, text: string): void {
    const count = fillLetters(text);
    if (count < MIN_KEY_LENGTH) return;
    this.entries.push(entry);
    this.texts.push(text);
    this.byHash.push(this.prefixes.add(letterCodes, count));
  }

  private keyOf(id: number): string {
    return (this.keys[id] ??= bareLetters(this.texts[id]!));
  }
}

/** A compiled glossary's index, made when an article first asks for it. */
const indexes = new WeakMap<CompiledGlossary, LetterIndex>();

export function letterIndexOf(glossary: CompiledGlossary): LetterIndex {
  let index = indexes.get(glossary);
  if (!index) {
    index = new LetterIndex(glossary.entries);
    indexes.set(glossary, index);
  }
  return index;
}

/** Scratch space of `fillLetters`: one form's bare letters as character codes. */
let letterCodes = new Int32Array(256);

/**
 * Fills `letterCodes` with the bare letters of `text` and returns how many: an ASCII text's
 * letters and digits lower-cased straight from its characters, anything else through bareLetters.
 */
function fillLetters(text: string): number {
  if (letterCodes.length < text.length * 4) letterCodes = new Int32Array(text.length * 4);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return fillFrom(bareLetters(text));
    const folded = foldedAscii(code);
    if (folded >= 0) letterCodes[count++] = folded;
  }
  return count;
}

function fillFrom(key: string): number {
  if (letterCodes.length < key.length) letterCodes = new Int32Array(key.length * 2);
  for (let i = 0; i < key.length; i++) letterCodes[i] = key.charCodeAt(i);
  return key.length;
}

/**
 * What a set of keys begins with: a hash of every proper prefix of every key, and of every key, in
 * filters (HashFilter). Asking costs a hash step per letter and a probe, whatever the number of
 * keys: no string is built, compared or sorted. A filter may say yes for letters no key begins
 * with (or two texts may share a hash); then a run goes on that no key continues, and the exact
 * look-up of its letters finds nothing: the walk grows longer, never wrong.
 */
export class KeyPrefixes {
  private readonly prefixes: HashFilter;
  private readonly whole: HashFilter;

  /** Sized for about `keys` keys of `letters` letters in all; past that the filters say yes more often, never no wrongly. */
  constructor(keys: number, letters: number) {
    this.prefixes = new HashFilter(letters);
    this.whole = new HashFilter(keys, 32);
  }

  static of(keys: readonly string[]): KeyPrefixes {
    const prefixes = new KeyPrefixes(keys.length, keys.reduce((n, key) => n + key.length, 0));
    for (const key of keys) prefixes.add(Int32Array.from(key, (ch) => ch.charCodeAt(0)), key.length);
    return prefixes;
  }

  /** Files the key spelt by `codes[0, count)`; returns its hash. */
  add(codes: Int32Array, count: number): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < count; i++) {
      this.prefixes.add(hash);
      hash = fnvStep(hash, codes[i]!);
    }
    this.whole.add(hash);
    return hash;
  }

  /** May a key begin with the letters hashed to `hash` and go on? */
  hasLonger(hash: number): boolean {
    return this.prefixes.mayHave(hash);
  }

  /** May the letters hashed to `hash` be a key? */
  isKey(hash: number): boolean {
    return this.whole.mayHave(hash);
  }
}

/** A run of letters growing word by word, and whether a key begins with it and goes on. */
export class KeyPrefixWalk {
  private hash = FNV_OFFSET;
  private depth = 0;

  constructor(private readonly keys: KeyPrefixes) {}

  /** Does a key begin with `letters` (the letters walked so far, extended) and go on? */
  hasLongerKey(letters: string): boolean {
    for (; this.depth < letters.length; this.depth++) this.hash = fnvStep(this.hash, letters.charCodeAt(this.depth));
    return this.keys.hasLonger(this.hash);
  }
}

/** An ASCII digit, or letter lower-cased; -1 for anything else. */
export function foldedAscii(code: number): number {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return code;
  return code >= 65 && code <= 90 ? code + 32 : -1;
}
