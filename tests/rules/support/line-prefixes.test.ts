import { describe, expect, it } from 'vitest';
import { lineStarts, mayStartAnywhere } from '../../../src/rules/support/line-prefixes.js';

/** The lines of `lines` a match of /source/flags may start: their first character and their start fit, or it could start anywhere. */
function passed(source: string, flags: string, lines: string[]): string[] {
  const starts = lineStarts(source, flags);
  const fits = (line: string): boolean => !starts || (starts.firstCodes.includes(line.charCodeAt(0)) && starts.fits(line));
  return lines.filter((line) => mayStartAnywhere(line) || fits(line));
}

describe('lineStarts', () => {
  it('lets through only lines that start with the run after ^, in any case with the i flag', () => {
    expect(passed('^follow us on\\b.{0,120}$', 'im', ['Follow us on X', 'FOLLOW US ON', 'We follow us on', 'follow'])).toEqual(['Follow us on X', 'FOLLOW US ON']);
    expect(passed('^Source link$', '', ['Source link', 'source link'])).toEqual(['Source link']);
  });

  it('takes one run per alternative of a leading group', () => {
    const lines = ['Terms of use | Contact us', 'Careers', 'Contact', 'The terms of use'];
    expect(passed('^(?:privacy policy|terms of (?:use|service)|careers)\\s*[|·]', 'i', lines)).toEqual(['Terms of use | Contact us', 'Careers']);
  });

  it('knows digits, escaped punctuation and characters without case', () => {
    const lines = ['12 comments', 'No comments', '(c) 2024 Daily', '© Daily', 'Comments'];
    expect(passed('^(?:\\d+|no|one) comments?$', 'im', lines)).toEqual(['12 comments', 'No comments']);
    expect(passed('^\\(c\\)\\s*(?:19|20)\\d\\d', 'im', lines)).toEqual(['(c) 2024 Daily']);
    expect(passed('^©\\s*.{0,150}$', 'm', lines)).toEqual(['© Daily']);
    expect(passed('^\\d{1,3} \\/ \\d{1,3}$', 'm', ['3 / 12', 'Page 3'])).toEqual(['3 / 12']);
  });

  it('takes a match to start either in an optional leading group or after it', () => {
    const lines = ['Estimated reading time: 3 min', 'Reading time 3 min', 'Time to read'];
    expect(passed('^(?:estimated )?reading time\\s*:?', 'i', lines)).toEqual(['Estimated reading time: 3 min', 'Reading time 3 min']);
  });

  it('leaves out a character a quantifier may drop', () => {
    expect(passed('^comments?\\s*\\(\\d+\\)$', 'i', ['Comment (3)', 'Comments (3)', 'Come (3)'])).toEqual(['Comment (3)', 'Comments (3)']);
  });

  it('lets every line through when the pattern does not say how a match starts', () => {
    const lines = ['Anything at all', '12 comments'];
    const unknown = ['^(?:\\d+|) comments?$', '^.{0,100}\\ball rights reserved$', 'all rights reserved$', '^a|b', '^(a|b)', '^(?:a|[|)]b)', '^[«‹] ?previous', '^ⓒ\\s*', '^(?:x)??y', '^é', '^a{0,2}b'];
    for (const source of unknown) expect(passed(source, 'i', lines)).toEqual(lines);
  });

  it('reads classes and escapes as single elements when splitting alternatives', () => {
    expect(passed('^(?:ab[|)(]c|d\\|e)x', '', ['ab|cx', 'd|ex', 'abx', 'e'])).toEqual(['ab|cx', 'd|ex', 'abx']);
  });

  it('never rules out a line a match may start inside, or one with a letter the i flag folds to ASCII', () => {
    expect(passed('^follow us\\b', 'imu', ['Intro\u2028Follow us', 'A\rfollow us', 'ſollow us', 'Other'])).toEqual(['Intro\u2028Follow us', 'A\rfollow us', 'ſollow us']);
  });
});
