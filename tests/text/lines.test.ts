import { describe, expect, it } from 'vitest';
import { isSpaceWithinParagraph, lineDeletionSpan, linesIn } from '../../src/text/lines.js';

/** The text with the line holding `line` deleted as page-residue fixes delete it. */
function withoutLine(text: string, line: string): string {
  const start = text.indexOf(line);
  const span = lineDeletionSpan(text, start, start + line.length);
  return text.slice(0, span.start) + text.slice(span.end);
}

describe('linesIn', () => {
  it('gives the trimmed non-blank lines of a range, whatever the line breaks', () => {
    const text = 'One\r\n  Two  \n\nThree\rFour';
    expect(linesIn(text).map((l) => text.slice(l.start, l.end))).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(linesIn(text, 5, 12).map((l) => text.slice(l.start, l.end))).toEqual(['Two']);
  });
});

describe('lineDeletionSpan', () => {
  it('keeps one blank line between the paragraphs around the deleted line', () => {
    expect(withoutLine('A.\n\nSource link\n\nB.', 'Source link')).toBe('A.\n\nB.');
    expect(withoutLine('A.\r\n\r\nSource link\r\n\r\nB.', 'Source link')).toBe('A.\r\n\r\nB.');
  });

  it('deletes a line inside a paragraph with its one line break', () => {
    expect(withoutLine('A.\nShare post:\nB.', 'Share post:')).toBe('A.\nB.');
  });

  it('keeps the next line’s indentation', () => {
    expect(withoutLine('A.\n\n  Read more  \n\n    B.', 'Read more')).toBe('A.\n\n    B.');
  });

  it('takes the breaks before the last line, so the end of the text does not grow blank lines', () => {
    expect(withoutLine('A.\n\nBack to top\n', 'Back to top')).toBe('A.\n');
    expect(withoutLine('A.\n\nBack to top', 'Back to top')).toBe('A.');
  });

  it('takes the breaks before a line when asked, so a run of lines at the end deletes in one pass', () => {
    const text = 'A.\n\nRelated\n\nLeave a Reply\n';
    const spans = ['Related', 'Leave a Reply'].map((line) => lineDeletionSpan(text, text.indexOf(line), text.indexOf(line) + line.length, true));
    expect(spans).toEqual([{ start: 2, end: 11 }, { start: 11, end: 26 }]);
    expect(lineDeletionSpan('Related\n\nA.', 0, 7, true)).toEqual({ start: 0, end: 9 });
  });

  it('deletes the first line with the breaks after it', () => {
    expect(withoutLine('Skip to content\n\nA.', 'Skip to content')).toBe('A.');
  });
});

describe('isSpaceWithinParagraph', () => {
  it('accepts spaces and one line break, not a blank line', () => {
    expect(isSpaceWithinParagraph(' ')).toBe(true);
    expect(isSpaceWithinParagraph(' \n ')).toBe(true);
    expect(isSpaceWithinParagraph('\n \n')).toBe(false);
    expect(isSpaceWithinParagraph('\r\n\r\n')).toBe(false);
    expect(isSpaceWithinParagraph('')).toBe(false);
  });
});
