import { describe, expect, it } from 'vitest';
import { spellingOf, spellingOfWritten } from '../../src/text/spelling-variants.js';

const other = (word: string): string | undefined => spellingOf(word)?.other;

describe('spelling variants', () => {
  it('knows no spelling shorter than four letters, so that shorter words are passed over unread', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = [''];
    for (let length = 1; length <= 3; length++) for (const word of words.filter((w) => w.length === length - 1)) for (const letter of letters) words.push(word + letter);
    expect(words.filter((w) => spellingOf(w) !== undefined)).toEqual([]);
    expect(['gray', 'Mold', 'odor'].map((w) => spellingOfWritten(w)?.key)).toEqual(['gray', 'mold', 'odor']);
  });

  it('pairs American and British spellings, endings kept', () => {
    expect(other('organisation')).toBe('organization');
    expect(other('organized')).toBe('organised');
    expect(other('analyse')).toBe('analyze');
    expect(other('neighbourhood')).toBe('neighborhood');
    expect(other('centres')).toBe('centers');
    expect(other('centered')).toBe('centred');
    expect(other('defence')).toBe('defense');
    expect(other('travelled')).toBe('traveled');
    expect(other('programmes')).toBe('programs');
  });

  it('gives both spellings of a word one key', () => {
    expect(spellingOf('organisations')?.key).toBe(spellingOf('organizing')?.key);
    expect(spellingOf('defense')?.key).toBe(spellingOf('defence')?.key);
    expect(spellingOf('theatre')?.style).toBe('uk');
    expect(spellingOf('theater')?.style).toBe('us');
  });

  it('leaves alone words with one spelling', () => {
    for (const word of ['prize', 'size', 'vigorous', 'cheque', 'filling', 'spelling', 'analyses']) expect(spellingOf(word), word).toBeUndefined();
  });

  it('does not pair spellings that are two different words', () => {
    for (const [a, b] of [['practice', 'practise'], ['meter', 'metre'], ['license', 'licence'], ['check', 'cheque']] as const) {
      const [x, y] = [spellingOf(a)?.key, spellingOf(b)?.key];
      expect(x !== undefined && x === y, `${a}/${b}`).toBe(false);
    }
  });
});
