import { describe, expect, it } from 'vitest';
import { readDocument, stripBom } from '../../src/input/read.js';
import { sentenceTokens, tokensWithin } from '../../src/input/document.js';

describe('document model', () => {
  it('splits blocks at blank lines, sentences inside blocks', () => {
    const doc = readDocument('a.txt', 'Headline here\n\nFirst one. Second one.\nStill second block.\n\n\nLast.');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual([
      'Headline here',
      'First one. Second one.\nStill second block.',
      'Last.',
    ]);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Headline here',
      'First one.',
      'Second one.',
      'Still second block.',
      'Last.',
    ]);
    expect(sentenceTokens(doc, doc.sentences[1]!).map((t) => t.text)).toEqual(['First', 'one', '.']);
  });

  it('keeps CRLF text as is and locates lines in it', () => {
    const doc = readDocument('a.txt', 'One.\r\n\r\nTwo words.\r\n');
    expect(doc.blocks).toHaveLength(2);
    const two = doc.text.indexOf('words');
    expect(doc.lines.locate(doc.toSource(two, 'start'))).toEqual({ line: 3, column: 5 });
  });

  it('strips a BOM before offsets are counted', () => {
    expect(stripBom('\uFEFFabc')).toEqual({ text: 'abc', hadBom: true });
    expect(stripBom('abc')).toEqual({ text: 'abc', hadBom: false });
  });

  it('maps offsets of NFC text back into a decomposed source', () => {
    const source = 'Jose\u0301 Go\u0301mez spoke.';
    const doc = readDocument('a.txt', source);
    expect(doc.text).toBe('José Gómez spoke.');
    const at = doc.text.indexOf('spoke');
    expect(source.slice(doc.toSource(at, 'start'), doc.toSource(at + 5, 'end'))).toBe('spoke');
  });

  it('handles tabs and astral characters in offsets', () => {
    const doc = readDocument('a.txt', '\t😀 Rafah said.');
    const token = doc.tokens.find((t) => t.text === 'Rafah')!;
    expect(doc.lines.locate(doc.toSource(token.start, 'start'))).toEqual({ line: 1, column: 5 });
  });
});

describe('tokensWithin', () => {
  it('gives the tokens lying wholly within a span, as a filter over all tokens does', () => {
    const doc = readDocument('a.txt', 'One two, three.\n\nFour five six.\n\nSeven');
    for (let start = 0; start <= doc.text.length; start++) {
      for (let end = start; end <= doc.text.length; end++) {
        expect(tokensWithin(doc, start, end)).toEqual(doc.tokens.filter((t) => t.start >= start && t.end <= end));
      }
    }
  });
});
