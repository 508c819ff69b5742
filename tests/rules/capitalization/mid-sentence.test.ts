import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { RawEntry } from '../../../src/glossary/raw.js';
import rule from '../../../src/rules/capitalization/mid-sentence.js';
import { glossaryOf, runRule } from '../harness.js';

const flagged = (text: string, entries: RawEntry[] = []): string[] =>
  runRule(rule, text, compileGlossaries([glossaryOf(entries)])).map((f) => f.text);

describe('capitalization/mid-sentence', () => {
  it('takes a glossary name made of common words for a name', () => {
    const text = 'Leaders met in Oslo on Monday, and the ministers of Rising Tide signed the accord first.';
    expect(flagged(text)).toEqual([]);
    expect(flagged('Delegates said the group would Rise Up again after the vote in the capital.', [{ term: 'Rise Up', type: 'organization' }])).toEqual([]);
  });

  it('leaves headline-case lines, captions and short labels alone', () => {
    expect(flagged('Chancellor Warns Against New Tariffs As Talks Stall In Brussels')).toEqual([]);
    expect(flagged('The minister Speaks during a press conference in Kyiv (REUTERS/Jane Doe)')).toEqual([]);
    expect(flagged('Related Articles')).toEqual([]);
  });

  it('accepts capitals after a colon, an opening quote and a list number', () => {
    expect(flagged('The mayor put it simply: The city cannot pay for the new bridge this year.')).toEqual([]);
    expect(flagged('The mayor told reporters that “The city cannot pay” for the bridge this year.')).toEqual([]);
    expect(flagged('The plan has two parts: 1 The city pays for the bridge; 2 The state pays for the road.')).toEqual([]);
  });

  it('reads a word the article keeps capitalising as its name for something', () => {
    expect(flagged('The Assembly voted on Monday, and on Tuesday the Assembly adjourned until the spring session.')).toEqual([]);
  });
});
