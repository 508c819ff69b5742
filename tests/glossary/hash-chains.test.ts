import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashChains } from '../../src/glossary/hash-chains.js';

describe('HashChains', () => {
  it('visits exactly the ids filed under a hash, the last filed first, as its table grows', () => {
    // Few distinct hashes, so that chains are long and slots shared; enough ids to grow the table.
    const hash = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 30 - 1 }));
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 5000 }), fc.array(hash, { maxLength: 50 }), (filed, probes) => {
        const chains = new HashChains();
        for (const h of filed) chains.push(h);
        for (const h of [...filed.slice(0, 50), ...probes]) {
          const visited: number[] = [];
          chains.forEach(h, (id) => visited.push(id));
          const expected = filed.flatMap((other, id) => (other === h ? [id] : [])).reverse();
          expect(visited).toEqual(expected);
          expect(chains.has(h)).toBe(expected.length > 0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
