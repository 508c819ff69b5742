import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPrefixWalk, keyRanges, mayBeginKey } from '../../../src/rules/support/glossary-letter-forms.js';

describe('KeyPrefixWalk', () => {
  it('says, for each longer run of letters, whether a key begins with it and goes on', () => {
    const letters = fc.stringMatching(/^[abcé]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 20 }), fc.array(letters, { maxLength: 4 }), (keys, parts) => {
        const walk = new KeyPrefixWalk(keyRanges(keys));
        let run = '';
        for (const part of ['', ...parts]) {
          run += part;
          expect(walk.hasLongerKey(run), `${run} in ${keys.join(',')}`).toBe(keys.some((k) => k.startsWith(run) && k.length > run.length));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rules a word out only when no key begins with its first three letters', () => {
    const key = fc.stringMatching(/^[abé1]{4,7}$/);
    const word = fc.stringMatching(/^[abAB1é]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 20 }), word, (keys, w) => {
        if (!mayBeginKey(keyRanges(keys), w)) expect(keys.some((k) => k.startsWith(w.slice(0, 3).toLowerCase()))).toBe(false);
        if (keys.some((k) => k.startsWith(w.slice(0, 3).toLowerCase()))) expect(mayBeginKey(keyRanges(keys), w)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(mayBeginKey(keyRanges(['gallant']), 'Said')).toBe(false);
    expect(mayBeginKey(keyRanges(['gallant']), 'GALant')).toBe(true);
  });
});
