import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/errors/nearest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['variants', 'variants', 0],
    ['varients', 'variants', 1],
    ['tpye', 'type', 1],
    ['persn', 'person', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const fields = ['term', 'type', 'variants', 'forbidden', 'note', 'severity', 'caseSensitive', 'fuzzy', 'source'];

  it('finds the intended name for a typo', () => {
    expect(nearest('varients', fields)).toBe('variants');
    expect(nearest('forbiden', fields)).toBe('forbidden');
    expect(nearest('sevrity', fields)).toBe('severity');
  });

  it('ignores case and keeps the candidate’s spelling', () => {
    expect(nearest('casesensitive', fields)).toBe('caseSensitive');
    expect(nearest('case_sensitive', fields)).toBe('caseSensitive');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(nearest('colour', fields)).toBeUndefined();
    expect(nearest('name', fields)).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });

  it('breaks ties by candidate order and honours an explicit limit', () => {
    expect(nearest('tem', ['team', 'term'])).toBe('team');
    expect(nearest('orginisation', ['organization'], 1)).toBeUndefined();
    expect(nearest('orginisation', ['organization'])).toBe('organization');
  });
});
