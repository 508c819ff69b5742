import { describe, expect, it } from 'vitest';
import { possessiveLengthAt, tokenize, wordsOf } from '../../src/text/words.js';

describe('tokenize', () => {
  it('splits words and single punctuation, Unicode-aware', () => {
    expect(tokenize('Gómez’s Jong-un, 2024!').map((t) => [t.text, t.kind])).toEqual([
      ['Gómez', 'word'],
      ['’', 'punct'],
      ['s', 'word'],
      ['Jong', 'word'],
      ['-', 'punct'],
      ['un', 'word'],
      [',', 'punct'],
      ['2024', 'word'],
      ['!', 'punct'],
    ]);
  });

  it('keeps combining marks in words and astral characters as punctuation', () => {
    expect(tokenize('Go\u0301mez 😀').map((t) => t.text)).toEqual(['Go\u0301mez', '😀']);
  });

  it('reports UTF-16 offsets', () => {
    const [first, second] = tokenize('😀 ab');
    expect([first!.start, first!.end, second!.start]).toEqual([0, 2, 3]);
  });
});

describe('wordsOf and possessives', () => {
  it('lists words of a form', () => {
    expect(wordsOf('Kim Jong-un')).toEqual(['Kim', 'Jong', 'un']);
  });

  it('measures possessive endings', () => {
    expect(possessiveLengthAt("Galant's aide", 6)).toBe(2);
    expect(possessiveLengthAt('Galant’s aide', 6)).toBe(2);
    expect(possessiveLengthAt("the Jones' house", 9)).toBe(1);
    expect(possessiveLengthAt("don't", 3)).toBe(0);
  });
});
