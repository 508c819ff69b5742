import { describe, expect, it } from 'vitest';
import { lineFilter } from '../../../src/rules/support/line-prefixes.js';

/** The lines of `lines` the filter of /source/flags lets through. */
const passed = (source: string, flags: string, lines: string[]): string[] => lines.filter(lineFilter(source, flags));

describe('lineFilter', () => {
  it('lets through only lines that start with the run after ^, in any case with the i flag', () => {
    expect(passed('^follow us on\\b.{0,120}$', 'im', ['Follow us on X', 'FOLLOW US ON', 'We follow us on', 'follow'])).toEqual(['Follow us on X', 'FOLLOW US ON']);
    expect(passed('^Source link$', '', ['Source link', 'source link'])).toEqual(['Source link']);
  });

  it('takes one run per alternative of a leading group', () => {
    const lines = ['Terms of use | Contact us', 'Careers', 'Contact', 'The terms of use'];
    expect(passed('^(?:privacy policy|terms of (?:use|service)|careers)\\s*[|·]', 'i', lines)).toEqual(['Terms of use | Contact us', 'Careers']);
  });

  it('leaves out a character a quantifier may drop', () => {
    expect(passed('^comments?\\s*\\(\\d+\\)$', 'i', ['Comment (3)', 'Comments (3)', 'Come (3)'])).toEqual(['Comment (3)', 'Comments (3)']);
  });

  it('lets every line through when the pattern does not say how a match starts', () => {
    const lines = ['Anything at all', '12 comments'];
    for (const source of ['^(?:\\d+|no) comments?$', '^(?:estimated )?reading time', '^©\\s*.{0,150}$', 'all rights reserved$', '^a|b', '^(a|b)', '^(?:a|[|)]b)']) {
      expect(passed(source, 'i', lines)).toEqual(lines);
    }
  });

  it('reads classes and escapes as single elements when splitting alternatives', () => {
    expect(passed('^(?:ab[|)(]c|d\\|e)x', '', ['ab|cx', 'd|ex', 'abx', 'e'])).toEqual(['ab|cx', 'd|ex', 'abx']);
  });

  it('never rules out a line a match may start inside, or one with a letter the i flag folds to ASCII', () => {
    expect(passed('^follow us\\b', 'imu', ['Intro\u2028Follow us', 'A\rfollow us', 'ſollow us', 'Other'])).toEqual(['Intro\u2028Follow us', 'A\rfollow us', 'ſollow us']);
  });
});
