import { HashChains, IntColumn } from './hash-chains.js';

/**
 * Words filed under their deletion keys (SymSpell): the word itself and each string one deletion
 * away. Two words meet when they share a key: one edit apart, or two substitutions apart at
 * neighbouring letters. Each key is kept as a 31-bit hash of its characters, chained by it in
 * typed arrays beside its word's number: a 100,000-entry glossary's million keys cost no string
 * and no Map entry each, and a lookup costs a slot per key, not a search of all of them. Hashes
 * may collide, so every word found is checked with the keys spelt out.
 */
export class DeletionNeighbourhoods {
  private readonly words: string[] = [];
  /** The keys' hashes, key by key. */
  private readonly keys = new HashChains();
  /** The number of each key's word. */
  private readonly keyWords = new IntColumn();

  /** Files a word (folded by the caller) that is not filed yet. */
  add(word: string): void {
    const id = this.words.length;
    this.words.push(word);
    const count = fillKeyHashes(word);
    for (let k = 0; k < count; k++) {
      this.keys.push(hashes[k]!);
      this.keyWords.push(id);
    }
  }

  /** The filed words sharing a deletion key with `word`, the word itself included if filed. */
  neighboursOf(word: string): string[] {
    const found = new Set<string>();
    const addWordOf = (key: number): void => void found.add(this.words[this.keyWords.at(key)]!);
    const count = fillKeyHashes(word);
    for (let k = 0; k < count; k++) this.keys.forEach(hashes[k]!, addWordOf);
    const keys = new Set(deletionKeys(word));
    return [...found].filter((other) => deletionKeys(other).some((key) => keys.has(key)));
  }
}

const BASE = 0x01000193;

/** Scratch space of `fillKeyHashes`, grown as needed: one word's code points, prefix hashes and key hashes. */
let chars = new Int32Array(64);
let prefix = new Int32Array(65);
let hashes = new Int32Array(65);

/**
 * Fills `hashes` with the hashes of a word's deletion keys, its own first, and returns how many:
 * no strings and no arrays per word. The polynomial hash of the word without character i is
 * prefix(i) · BASE^(n-1-i) + suffix(i+1). Characters are code points, so a letter outside the BMP
 * is deleted whole.
 */
function fillKeyHashes(word: string): number {
  if (word.length >= chars.length) {
    chars = new Int32Array(word.length * 2);
    prefix = new Int32Array(word.length * 2 + 1);
    hashes = new Int32Array(word.length * 2 + 1);
  }
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.codePointAt(i)!;
    if (code > 0xffff) i++;
    chars[n] = code;
    prefix[n + 1] = (Math.imul(prefix[n]!, BASE) + code) | 0;
    n++;
  }
  hashes[0] = mix(prefix[n]!);
  let suffix = 0;
  let power = 1;
  // From the last character back: suffix is the hash of chars[i+1..], power is BASE^(n-1-i).
  for (let i = n - 1; i >= 0; i--) {
    hashes[n - i] = mix((Math.imul(prefix[i]!, power) + suffix) | 0);
    suffix = (suffix + Math.imul(chars[i]!, power)) | 0;
    power = Math.imul(power, BASE);
  }
  return n + 1;
}

/** Spreads a 32-bit value over 31 bits (MurmurHash3's finaliser). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 1;
}

/** The word and every string one code point shorter, spelt out. */
function deletionKeys(word: string): string[] {
  const chars = Array.from(word);
  return [word, ...chars.map((_, i) => chars.slice(0, i).join('') + chars.slice(i + 1).join(''))];
}
