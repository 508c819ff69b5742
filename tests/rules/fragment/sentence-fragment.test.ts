import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import rule from '../../../src/rules/fragment/sentence-fragment.js';
import { runRule } from '../harness.js';

const found = (text: string): string[] => runRule(rule, text, compileGlossaries([])).map((f) => f.text);

describe('fragment/sentence-fragment', () => {
  it('does not take an abbreviation or an initial for the end of a sentence', () => {
    expect(found('The bill passed in the U.S. Senate on Monday. Officials said the vote was close.')).toEqual([]);
    expect(found('The service starts at 10 a.m. Sunday at the First Methodist Church downtown.')).toEqual([]);
  });

  it('leaves quotes, lists after a colon and questions alone', () => {
    expect(found('He paused. “Efforts to achieve a ceasefire.” That was all he said to the crowd.')).toEqual([]);
    expect(found('The list was short: three ministers, two generals and an adviser to the president.')).toEqual([]);
    expect(found('The talks failed again. Where will the envoys meet next?')).toEqual([]);
  });

  it('points at a verbless phrase with no fix, and joins a continuation', () => {
    const text = 'The bank raised rates again. Signs of a slowdown in the housing market. Prices fell in the south. Especially in Seville and Malaga.';
    expect(found(text)).toEqual(['again. Signs', 'south. Especially']);
  });
});
