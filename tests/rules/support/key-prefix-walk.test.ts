import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPrefixWalk, keyRanges } from '../../../src/rules/support/glossary-letter-forms.js';

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
});
