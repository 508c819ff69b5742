/**
 * A set of 32-bit hashes that may answer yes for a hash never added, never no for one added: a
 * blocked Bloom filter, each hash two bits of one 32-bit word, so that a probe reads one word. A
 * large glossary's indexes are probed at every word of an article, and their tables of several
 * megabytes miss the processor's caches at nearly every probe; a filter a few times smaller
 * mostly stays in them. Sized for `expected` hashes at `bitsPerHash` bits each (16: about one
 * probe in 60 of a hash never added answers yes; 32: one in 250); past that it answers yes more
 * often, never no wrongly.
 */
export class HashFilter {
  private readonly words: Int32Array;
  /** log2 of the number of words. */
  private readonly wordsLog: number;

  constructor(expected: number, bitsPerHash = 16) {
    // At most 2^22 words (16 MB): ten bits of a spread hash are left below the word's for its mask.
    let wordsLog = 5;
    while (32 << wordsLog < expected * bitsPerHash && wordsLog < 22) wordsLog++;
    this.words = new Int32Array(1 << wordsLog);
    this.wordsLog = wordsLog;
  }

  add(hash: number): void {
    const spread = spreadOf(hash);
    const word = spread >>> (32 - this.wordsLog);
    this.words[word] = this.words[word]! | maskOf(spread << this.wordsLog);
  }

  mayHave(hash: number): boolean {
    const spread = spreadOf(hash);
    const mask = maskOf(spread << this.wordsLog);
    return (this.words[spread >>> (32 - this.wordsLog)]! & mask) === mask;
  }
}

/** Fibonacci hashing: the hash times 2^32/φ, its high bits well spread whatever bits of `hash` vary. */
const spreadOf = (hash: number): number => Math.imul(hash, 0x9e3779b1);

/**
 * The two bits of its word a hash sets, from the ten bits of its spread below those that chose the
 * word (`rest`: the spread shifted left past them): high bits of a product, mixed from all of the
 * hash's bits, where its lowest bits are zero when the hash's are.
 */
const maskOf = (rest: number): number => (1 << (rest >>> 27)) | (1 << ((rest >>> 22) & 31));
