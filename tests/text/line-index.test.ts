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
});
