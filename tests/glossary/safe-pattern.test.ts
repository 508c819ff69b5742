import { describe, expect, it } from 'vitest';
import { checkPattern } from '../../src/glossary/safe-pattern.js';

const NESTED = 'a repeated group contains another quantifier';
const OVERLAP = 'a repeated group has alternatives that can match the same text';

describe('checkPattern: exponential patterns', () => {
  it.each([
    ['(a+)+', NESTED],
    ['(a*)*b', NESTED],
    ['(\\w+\\s?)*', NESTED],
    ['(?:\\w+\\s?)+$', NESTED],
    ['(a?){2,}', NESTED],
    ['((a+)b)*', NESTED],
    ['(?<word>x+)+', NESTED],
    ['(a+){1,3}', NESTED],
    ['(a|a)*', OVERLAP],
    ['(a|ab)*c', OVERLAP],
    ['(\\w|\\d)+', OVERLAP],
    ['(\\p{L}|é)+', OVERLAP],
    ['([a-z]|[^0-9])+', OVERLAP],
    ['(.|\\s)*x', OVERLAP],
    ['((a|a)b)*', OVERLAP],
  ])('/%s/ is refused: %s', (source, reason) => {
    expect(checkPattern(source, 'u').unsafe).toBe(reason);
  });

  it('compares alternatives case-insensitively under the i flag', () => {
    expect(checkPattern('(?:Mr|mr)+', 'u').unsafe).toBeUndefined();
    expect(checkPattern('(?:Mr|mr)+', 'iu').unsafe).toBe(OVERLAP);
  });

  it('finds overlap on letters outside the sample through the pattern’s own literals', () => {
    expect(checkPattern('(क|क)+', 'u').unsafe).toBe(OVERLAP);
  });
});

describe('checkPattern: safe patterns', () => {
  it.each([
    'Gall?ant',
    'Yoav\\s+Gall?ant',
    '(?:Mr|Mrs)\\.? Smith',
    '(?:ab|cd)+',
    '(?:foo|bar)*baz',
    '(a{3})+',
    '[A-Z][a-z]+(?:-[A-Z][a-z]+)?',
    '\\bde[- ]?facto\\b',
    '(?<=\\s)Galant(?!ry)',
    '(x)\\1+',
    '\\u{1F600}+',
    '[\\]+*]+',
  ])('/%s/ is allowed', (source) => {
    expect(checkPattern(source, 'u')).toEqual({ unsafe: undefined, matchesEmpty: false });
  });
});

describe('checkPattern: empty matches', () => {
  it.each(['a*', 'a?', '\\b', '^', '(?=x)', 'x|', '(?:a|b?)', '(a)?\\1', '(?:)'])('/%s/ can match empty text', (source) => {
    expect(checkPattern(source, 'u').matchesEmpty).toBe(true);
  });

  it.each(['a', 'a+', '\\bx', 'x?y', '(?:a|b)', '[^]', '.'])('/%s/ cannot', (source) => {
    expect(checkPattern(source, 'u').matchesEmpty).toBe(false);
  });
});
