import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import rule from '../../../src/rules/typography/unbalanced.js';
import { runRule } from '../harness.js';

const flagged = (text: string): number[] => runRule(rule, text, compileGlossaries([])).map((f) => f.start);

describe('typography/unbalanced', () => {
  it('accepts a quote running over several paragraphs, each opening with a quote mark', () => {
    expect(flagged('“First part of the statement.\n\n“Second part.\n\n“Last part,” he said.')).toEqual([]);
    expect(flagged('He said: "We start now.\n\n"We stop later."')).toEqual([]);
  });

  it('accepts a quote left open to the end of a paragraph that ends a sentence, unless it opened inside an earlier sentence', () => {
    expect(flagged('The envoy called it “a mistake and left.\n\nTalks resume in May.')).toEqual([]);
    expect(flagged('The envoy called it “a mistake and left\n\nTalks resume in May.')).toEqual([20]);
    expect(flagged('The envoy called it “a mistake.” He left “quietly.')).toEqual([]);
    expect(flagged('The envoy called it “a mistake. He left «quietly».')).toEqual([20]);
    expect(flagged('Police held the man known as “the Fox, 34. He was freed in 2022.')).toEqual([29]);
    expect(flagged('The envoy called it “a mistake. He left” quietly.')).toEqual([]);
    expect(flagged('The envoy called it “a mistake”, he left» quietly.')).toEqual([40]);
  });

  it('flags a closing mark in a paragraph that lost its opening one', () => {
    expect(flagged('The vote was close.\n\nIt was fair,” the judge said.')).toEqual([33]);
  });

  it('flags each paragraph on its own', () => {
    expect(flagged('A (first\n\nB second).')).toEqual([2, 18]);
  });
});
