import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/line-index.js';

describe('LineIndex', () => {
  it('locates offsets on LF, CRLF and CR lines, 1-based', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(5)).toEqual({ line: 2, column: 3 });
    expect(index.locate(7)).toEqual({ line: 3, column: 1 });
    expect(index.locate(10)).toEqual({ line: 4, column: 1 });
    expect(index.lineCount).toBe(4);
    expect(index.lineText(2)).toBe('cd');
  });

  it('counts columns in UTF-16 code units, tabs as one', () => {
    const index = new LineIndex('\t😀 Gómez');
    expect(index.locate(3)).toEqual({ line: 1, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('abc');
    expect(index.locate(99)).toEqual({ line: 1, column: 4 });
  });

  it('answers like a plain count of line breaks, in any order of calls (it remembers the line last found)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 70 }), { maxLength: 30 }), (source, offsets) => {
        const index = new LineIndex(source);
        for (const offset of offsets) expect(index.locate(offset)).toEqual(countedPosition(source, offset));
      }),
    );
  });
});

function countedPosition(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  // A line ends after "\n", or after a "\r" that no "\n" follows.
  for (let i = 0; i < at; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) [line, lineStart] = [line + 1, i + 1];
  }
  return { line, column: at - lineStart + 1 };
}
