import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormats, readDocument } from '../../src/input/read.js';
import { alignParagraphs, withSourceDocument } from '../../src/input/source-alignment.js';

describe('alignParagraphs', () => {
  it('pairs paragraphs one to one when the lengths agree', () => {
    expect(alignParagraphs([100, 40, 200], [95, 42, 190])).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
    ]);
  });

  it('finds a dropped paragraph and a merged one', () => {
    expect(alignParagraphs([100, 300, 120], [98, 118])).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
    ]);
    expect(alignParagraphs([100, 120, 80], [215, 82])).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
    ]);
  });
});

describe('withSourceDocument', () => {
  beforeAll(() => loadFormats(['a.md', 'a.html']));

  it('gives each source paragraph the target span that translates it, across formats', () => {
    const target = readDocument('a.md', '# A headline\n\nThe first paragraph.');
    const source = readDocument('a.html', '<h1>Un titular</h1><p>El primer párrafo.</p>');
    const segments = withSourceDocument(target, source).sourceSegments!;
    expect(segments.map((s) => [s.text, target.text.slice(s.start, s.end)])).toEqual([
      ['Un titular', 'A headline'],
      ['El primer párrafo.', 'The first paragraph.'],
    ]);
  });
});
