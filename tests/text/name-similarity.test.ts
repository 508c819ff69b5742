import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCloseness, NearNameIndex } from '../../src/text/name-similarity.js';

describe('NearNameIndex', () => {
  it('offers every spelling nameCloseness calls near', () => {
    // Names from a few letters, so that near pairs (one or two edits, an initial added) are common.
    const name = fc.stringMatching(/^[GgKkYyEeáa][aeiolnrt-]{2,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 30 }), (spellings) => {
        const index = new NearNameIndex(spellings);
        for (const a of spellings) {
          const candidates = index.candidates(a);
          for (const b of spellings) if (nameCloseness(a, b) === 'near') expect(candidates.has(b), `${a} / ${b}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out spellings too far apart to be near', () => {
    const index = new NearNameIndex(['gallant', 'galant', 'yekaterinburg', 'ekaterinburg', 'netanyahu', 'gallantry-of-the-sea', 'papadopoulos', 'papadoplos']);
    expect([...index.candidates('galant')].sort()).toEqual(['galant', 'gallant']);
    // Two letters shorter and still near.
    expect(nameCloseness('papadopoulos', 'papadoplos')).toBe('near');
    expect([...index.candidates('papadopoulos')].sort()).toEqual(['papadoplos', 'papadopoulos']);
    expect([...index.candidates('ekaterinburg')].sort()).toEqual(['ekaterinburg', 'yekaterinburg']);
  });
});
