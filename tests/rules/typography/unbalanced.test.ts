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

  it('flags a quote left open before a paragraph that does not continue it, when it opened mid-sentence', () => {
    expect(flagged('The envoy called it “a mistake and left.\n\nTalks resume in May.')).toEqual([20]);
  });

  it('flags a closing mark in a paragraph that lost its opening one', () => {
    expect(flagged('The vote was close.\n\nIt was fair,” the judge said.')).toEqual([33]);
  });

  it('flags each paragraph on its own', () => {
    expect(flagged('A (first.\n\nB second).')).toEqual([2, 19]);
  });
});
