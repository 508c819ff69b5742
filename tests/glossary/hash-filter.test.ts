import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashFilter } from '../../src/glossary/hash-filter.js';

/** Distinct 32-bit values from a fixed seed (a multiplicative LCG), so that rates are the same each run. */
function hashes(count: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed | 0;
  for (let i = 0; i < count; i++) out.push((x = (Math.imul(x, 1664525) + 1013904223) | 0));
  return out;
}

/** The share of `probes` (none added) the filter answers yes for. */
const falseYesRate = (filter: HashFilter, probes: number[]): number => probes.filter((h) => filter.mayHave(h)).length / probes.length;

describe('HashFilter', () => {
  it('never answers no for a hash added, however full', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), fc.nat(5000), (added, expected) => {
        const filter = new HashFilter(expected);
        for (const hash of added) filter.add(hash);
        expect(added.every((hash) => filter.mayHave(hash))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('answers yes for few hashes never added when sized for what it holds', () => {
    const added = hashes(50_000, 1);
    const addedSet = new Set(added);
    const probes = hashes(200_000, 2).filter((h) => !addedSet.has(h));
    for (const [bitsPerHash, most] of [[16, 0.03], [32, 0.008]] as const) {
      const filter = new HashFilter(added.length, bitsPerHash);
      for (const hash of added) filter.add(hash);
      expect(falseYesRate(filter, probes)).toBeLessThan(most);
    }
    expect(falseYesRate(new HashFilter(1000), probes)).toBe(0);
  });

  it('spreads hashes that differ only in their high bits', () => {
    const filter = new HashFilter(1000);
    for (let i = 0; i < 1000; i++) filter.add(i << 20);
    expect(falseYesRate(filter, Array.from({ length: 1000 }, (_, i) => (i << 20) | (1 << 19)))).toBeLessThan(0.05);
  });
});
