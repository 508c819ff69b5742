import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCloseness, CloseNameIndex } from '../../src/text/name-similarity.js';

describe('CloseNameIndex', () => {
  it('offers every spelling nameCloseness calls near (or loose, when asked)', () => {
    // Names from a few letters, so that near pairs (one or two edits, an initial added) are common.
    const name = fc.stringMatching(/^[GgKkYyEeáa][aeiolnrt-]{2,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 30 }), (spellings) => {
        const near = new CloseNameIndex(spellings, 'near');
        const loose = new CloseNameIndex(spellings, 'loose');
        for (const a of spellings) {
          for (const b of spellings) {
            const closeness = nameCloseness(a, b);
            if (closeness === 'near') expect(near.candidates(a).has(b), `${a} / ${b}`).toBe(true);
            if (closeness === 'near' || closeness === 'loose') expect(loose.candidates(a).has(b), `${a} / ${b}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out spellings too far apart to be near', () => {
    const index = new CloseNameIndex(['gallant', 'galant', 'yekaterinburg', 'ekaterinburg', 'netanyahu', 'gallantry-of-the-sea', 'papadopoulos', 'papadoplos']);
    expect([...index.candidates('galant')].sort()).toEqual(['galant', 'gallant']);
    // Two letters shorter and still near.
    expect(nameCloseness('papadopoulos', 'papadoplos')).toBe('near');
    expect([...index.candidates('papadopoulos')].sort()).toEqual(['papadoplos', 'papadopoulos']);
    expect([...index.candidates('ekaterinburg')].sort()).toEqual(['ekaterinburg', 'yekaterinburg']);
    // Three letters shorter: too far to be near, close enough to be loose.
    expect(nameCloseness('christodoulou', 'christodol')).toBe('loose');
    const both = ['christodol', 'christodoulou'];
    expect([...new CloseNameIndex(both, 'near').candidates('christodoulou')]).toEqual(['christodoulou']);
    expect([...new CloseNameIndex(both, 'loose').candidates('christodoulou')].sort()).toEqual(both);
  });
});
