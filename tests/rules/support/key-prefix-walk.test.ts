import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPrefixes, KeyPrefixWalk } from '../../../src/rules/support/letter-index.js';

describe('KeyPrefixWalk', () => {
  it('says yes for each longer run of letters a key begins with and goes on', () => {
    const letters = fc.stringMatching(/^[abcé]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 20 }), fc.array(letters, { maxLength: 4 }), (keys, parts) => {
        const walk = new KeyPrefixWalk(KeyPrefixes.of(keys));
        let run = '';
        for (const part of ['', ...parts]) {
          run += part;
          if (keys.some((k) => k.startsWith(run) && k.length > run.length)) expect(walk.hasLongerKey(run), `${run} in ${keys.join(',')}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    const walk = new KeyPrefixWalk(KeyPrefixes.of(['change6', 'chang', 'gallant']));
    expect(['', 'c', 'chang', 'change'].map((run) => walk.hasLongerKey(run))).toEqual([true, true, true, true]);
  });

  it('says no for nearly every run no key begins', () => {
    // Prefixes are kept in a filter (HashFilter), which may say yes for one no key has: the walk
    // then goes on a word further, and the exact look-up of its letters finds nothing.
    const keys = Array.from({ length: 2000 }, (_, i) => `key${i}name`);
    const prefixes = KeyPrefixes.of(keys);
    const others = Array.from({ length: 5000 }, (_, i) => `other${i}`);
    const yes = others.filter((run) => new KeyPrefixWalk(prefixes).hasLongerKey(run)).length;
    expect(yes / others.length).toBeLessThan(0.03);
    expect(new KeyPrefixWalk(KeyPrefixes.of([])).hasLongerKey('')).toBe(false);
  });
});
