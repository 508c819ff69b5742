import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPrefixes, KeyPrefixWalk } from '../../../src/rules/support/letter-index.js';

describe('KeyPrefixWalk', () => {
  it('says, for each longer run of letters, whether a key begins with it and goes on', () => {
    // Prefixes are hashed: two could share a hash (odds about one in 2^32 a probe) and make a walk
    // go on that no key continues, never stop one that a key does. Unshared here, the answers are exact.
    const letters = fc.stringMatching(/^[abcé]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 20 }), fc.array(letters, { maxLength: 4 }), (keys, parts) => {
        const walk = new KeyPrefixWalk(KeyPrefixes.of(keys));
        let run = '';
        for (const part of ['', ...parts]) {
          run += part;
          expect(walk.hasLongerKey(run), `${run} in ${keys.join(',')}`).toBe(keys.some((k) => k.startsWith(run) && k.length > run.length));
        }
      }),
      { numRuns: 500 },
    );
    const walk = new KeyPrefixWalk(KeyPrefixes.of(['change6', 'chang', 'gallant']));
    expect(['', 'c', 'chang', 'change', 'change6'].map((run) => walk.hasLongerKey(run))).toEqual([true, true, true, true, false]);
    expect(new KeyPrefixWalk(KeyPrefixes.of([])).hasLongerKey('')).toBe(false);
  });
});
