import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeletionNeighbourhoods } from '../../src/glossary/deletion-neighbourhoods.js';

function neighbourhoods(words: string[]): DeletionNeighbourhoods {
  const index = new DeletionNeighbourhoods();
  for (const word of words) index.add(word);
  return index;
}

describe('DeletionNeighbourhoods', () => {
  const index = neighbourhoods(['gallant', 'galant', 'lapid', 'yoav', 'gallent', 'sharif']);

  it('finds words one deletion, insertion or substitution away, and the word itself', () => {
    expect(index.neighboursOf('gallant').sort()).toEqual(['galant', 'gallant', 'gallent']);
    expect(index.neighboursOf('lapidd')).toEqual(['lapid']);
    expect(index.neighboursOf('yove')).toEqual(['yoav']);
  });

  it('finds neighbouring letters swapped, but not two edits apart elsewhere', () => {
    expect(index.neighboursOf('shraif')).toEqual(['sharif']);
    expect(index.neighboursOf('shorit')).toEqual([]);
    expect(index.neighboursOf('lapidus')).toEqual([]);
  });

  it('deletes a letter outside the Basic Multilingual Plane whole', () => {
    const astral = neighbourhoods(['𝒜bc', 'abc']);
    expect(astral.neighboursOf('bc').sort()).toEqual(['abc', '𝒜bc']);
  });

  it('finds exactly the filed words that share a spelt-out deletion key, words filed after lookups included', () => {
    const word = fc.stringMatching(/^[abcé]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 20 }), (early, late, probes) => {
        const index = new DeletionNeighbourhoods();
        const filed: string[] = [];
        const file = (w: string): void => {
          if (!filed.includes(w)) (filed.push(w), index.add(w));
        };
        early.forEach(file);
        for (const probe of probes) expect(index.neighboursOf(probe).sort()).toEqual(spelledOut(filed, probe));
        late.forEach(file);
        for (const probe of probes) expect(index.neighboursOf(probe).sort()).toEqual(spelledOut(filed, probe));
      }),
      { numRuns: 60 },
    );
  });
});

/** The words of `filed` sharing a deletion key with `word`, by comparing the keys as strings. */
function spelledOut(filed: readonly string[], word: string): string[] {
  const keysOf = (w: string): string[] => {
    const chars = Array.from(w);
    return [w, ...chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''))];
  };
  const keys = new Set(keysOf(word));
  return filed.filter((w) => keysOf(w).some((k) => keys.has(k))).sort();
}
