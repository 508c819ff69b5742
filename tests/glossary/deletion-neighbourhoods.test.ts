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

  it('takes no more words once a lookup has sorted its table', () => {
    const once = neighbourhoods(['abc']);
    once.neighboursOf('abd');
    expect(() => once.add('abe')).toThrow();
  });
});
