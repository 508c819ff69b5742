import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { keepOnChangedLines } from '../../src/findings/changed-lines.js';
import { LineIndex } from '../../src/text/line-index.js';

const TEXT = 'one\ntwo\nthree\nfour\n';
const at = (start: number, end: number): Finding => ({
  ruleId: 'r/x', category: 'other', severity: 'error', message: 'm', start, end, text: TEXT.slice(start, end), suggestions: [],
});

describe('keepOnChangedLines', () => {
  const lines = new LineIndex(TEXT);
  const one = at(0, 3);
  const twoToThree = at(4, 13);
  const threeWithBreak = at(8, 14);

  it('keeps a finding when any of its lines changed', () => {
    expect(keepOnChangedLines([one, twoToThree, threeWithBreak], lines, new Set([3]))).toEqual([twoToThree, threeWithBreak]);
    expect(keepOnChangedLines([one, twoToThree], lines, new Set([1]))).toEqual([one]);
  });

  it('does not count the line after a span that ends at a line break', () => {
    expect(keepOnChangedLines([threeWithBreak], lines, new Set([4]))).toEqual([]);
  });

  it('keeps nothing when no line changed', () => {
    expect(keepOnChangedLines([one], lines, new Set())).toEqual([]);
  });
});
