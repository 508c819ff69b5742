import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseShapeOf, matchCaseShape } from '../../src/text/case-shape.js';

describe('case shape', () => {
  it('recognises shapes', () => {
    expect(caseShapeOf('this tuesday')).toBe('lower');
    expect(caseShapeOf('This Tuesday')).toBe('mixed');
    expect(caseShapeOf('This tuesday')).toBe('capitalized');
    expect(caseShapeOf('NATO')).toBe('upper');
  });

  it('reads ASCII from char codes as the definition reads any text', () => {
    // The definition: no letters, mixed; lowercase throughout; two capitals or more and no small
    // letter; a capital first letter and no capital after it.
    const byDefinition = (text: string): string => {
      const letters = text.match(/\p{L}/gu) ?? [];
      if (letters.length === 0) return 'mixed';
      if (text === text.toLowerCase()) return 'lower';
      if (text === text.toUpperCase() && letters.length > 1) return 'upper';
      const rest = text.slice(text.indexOf(letters[0]!) + 1);
      return letters[0] === letters[0]!.toUpperCase() && rest === rest.toLowerCase() ? 'capitalized' : 'mixed';
    };
    const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', '1', '-', "'", ' ', 'é', 'É'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => caseShapeOf(t) === byDefinition(t)), { numRuns: 1000 });
  });

  it('keeps a capital at a sentence start and lower case mid-sentence', () => {
    expect(matchCaseShape('Conservation leaders', 'defense leaders')).toBe('Defense leaders');
    expect(matchCaseShape('conservation leaders', 'defense leaders')).toBe('defense leaders');
    expect(matchCaseShape('CONSERVATION LEADERS', 'defense leaders')).toBe('DEFENSE LEADERS');
  });

  it('keeps the capitals of a mixed-case house form', () => {
    expect(matchCaseShape('the un security council', 'UN Security Council')).toBe('UN Security Council');
    expect(matchCaseShape('This Tuesday', 'on Tuesday')).toBe('On Tuesday');
    expect(matchCaseShape('the merengue team', 'Real Madrid')).toBe('Real Madrid');
  });
});
