import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalsIgnoringCase, foldWord, mayFoldAlike, possessiveLengthAt, tokenize, wordsOf } from '../../src/text/words.js';

/** Characters that take every path of the tokenizer: ASCII, words and marks beyond it, other spaces, astral and lone surrogates. */
const tricky = fc.constantFrom('a', 'Z', '7', ' ', '\n', '\t', ',', "'", '-', 'é', 'e\u0301', '\u0301', '’', '“', '\u00a0', '\u2009', 'İ', 'ß', 'Я', '中', '٣', '😀', '𝐀', '\ud800', '\u200d');
const trickyText = fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join(''));
const splitsPair = (text: string, at: number): boolean => /[\ud800-\udbff]/.test(text.charAt(at - 1)) && /[\udc00-\udfff]/.test(text.charAt(at));

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

  it('reads every text, and every part of one, as the token regex does', () => {
    // The tokenizer as one regex, run over the whole text from `from` and cut at `to`.
    const byRegex = (text: string, from: number, to: number): unknown[] => {
      const regex = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
      regex.lastIndex = from;
      return [...text.matchAll(regex)]
        .filter((m) => m.index >= from && m.index < to)
        .map((m) => ({ start: m.index, end: Math.min(m.index + m[0].length, to), kind: /^[\p{L}\p{M}\p{N}]/u.test(m[0]) ? 'word' : 'punct' }))
        .map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
    };
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        // Offsets come from tokens and blocks, never from inside a character.
        fc.pre(!splitsPair(text, from) && !splitsPair(text, to));
        expect(tokenize(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 500 },
    );
  });
});

describe('equalsIgnoringCase', () => {
  it('agrees with comparing the lowercased words', () => {
    fc.assert(fc.property(trickyText, trickyText, (a, b) => equalsIgnoringCase(a, b) === (a.toLowerCase() === b.toLowerCase())));
    fc.assert(fc.property(trickyText, (a) => equalsIgnoringCase(a, a.toUpperCase()) === (a.toLowerCase() === a.toUpperCase().toLowerCase())));
    expect(equalsIgnoringCase('Bern', 'BERN')).toBe(true);
    expect(equalsIgnoringCase('Bern', 'Bent')).toBe(false);
  });
});

describe('mayFoldAlike', () => {
  it('says no only for words that fold and lowercase apart', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (a, b) => {
        if (!mayFoldAlike(a, b)) expect([foldWord(a) === foldWord(b), a.toLowerCase() === b.toLowerCase()]).toEqual([false, false]);
      }),
      { numRuns: 2000 },
    );
    expect([mayFoldAlike('the', 'The'), mayFoldAlike('the', 'ten'), mayFoldAlike('the', 'a'), mayFoldAlike('e\u0301t', 'ét')]).toEqual([true, true, false, true]);
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
