import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, fnvHash, fnvStep } from '../../src/text/fnv-hash.js';

describe('fnvHash', () => {
  it('is 32-bit FNV-1a: the published test vectors for ASCII text', () => {
    expect(fnvHash('') >>> 0).toBe(0x811c9dc5);
    expect(fnvHash('a') >>> 0).toBe(0xe40c292c);
    expect(fnvHash('foobar') >>> 0).toBe(0xbf9cf968);
  });

  it('is the steps over the characters, so a caller may hash characters it folds on the way', () => {
    const stepped = [...'Gaza'.toLowerCase()].reduce((hash, ch) => fnvStep(hash, ch.charCodeAt(0)), FNV_OFFSET);
    expect(stepped).toBe(fnvHash('gaza'));
  });

  it('goes on from a seed: the hash of a text is that of its end, on from the hash of its start', () => {
    expect(fnvHash('bar', fnvHash('foo')) >>> 0).toBe(0xbf9cf968);
  });
});
