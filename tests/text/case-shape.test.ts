import { describe, expect, it } from 'vitest';
import { caseShapeOf, matchCaseShape } from '../../src/text/case-shape.js';

describe('case shape', () => {
  it('recognises shapes', () => {
    expect(caseShapeOf('this tuesday')).toBe('lower');
    expect(caseShapeOf('This Tuesday')).toBe('mixed');
    expect(caseShapeOf('This tuesday')).toBe('capitalized');
    expect(caseShapeOf('NATO')).toBe('upper');
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
