import { describe, expect, it } from 'vitest';
import { unpairedMarks } from '../../src/text/paired-marks.js';

const unpaired = (text: string): string[] => unpairedMarks(text, 0, text.length).map((m) => `${m.char}@${m.offset} ${m.side}`);

describe('unpairedMarks', () => {
  it('pairs each kind on its own', () => {
    expect(unpaired('He said (of the “plan”) that [it] works.')).toEqual([]);
    expect(unpaired('A “quote (with) no end.')).toEqual(['“@2 opening']);
    expect(unpaired('An end” and (an aside.')).toEqual(['”@6 closing', '(@12 opening']);
  });

  it('tells opening from closing straight quotes by what is around them', () => {
    expect(unpaired('He said "yes" and "no".')).toEqual([]);
    expect(unpaired('"Go," she said, "now')).toEqual(['"@16 opening']);
    expect(unpaired('the word" is here')).toEqual(['"@8 closing']);
  });

  it('ignores apostrophes, inch marks, list labels and smileys', () => {
    expect(unpaired('The country’s 12" guns; options: a) wait, 2) go :)')).toEqual([]);
  });
});
