import { beforeAll, describe, expect, it } from 'vitest';
import { suggestionEdit } from '../../src/engine/suggestion-edit.js';
import { loadFormats, readDocument } from '../../src/input/read.js';

describe('suggestionEdit', () => {
  beforeAll(() => loadFormats(['a.html', 'a.md']));

  it('keeps the rule’s suggestion when the flagged text is the file’s text', () => {
    const doc = readDocument('a.html', '<p>Yoav Galant said</p>');
    const from = doc.text.indexOf('Galant');
    expect(suggestionEdit(doc, from, from + 6, 'Gallant', false)).toEqual({ replacement: 'Gallant' });
  });

  it('shrinks an edit over markup to the characters that change', () => {
    const source = '<p>hostages<span class="ad"></span>There is</p>';
    const doc = readDocument('a.html', source);
    const from = doc.text.indexOf('hostages');
    const edit = suggestionEdit(doc, from, from + 'hostagesThere'.length, 'hostages. There', false)!;
    expect(edit).toEqual({ replacement: '. ', start: source.indexOf('<span'), end: source.indexOf('<span') });
  });

  it('drops an edit that would cut through markup', () => {
    const doc = readDocument('a.md', 'the [Galant](https://x.y) Galant line');
    const from = doc.text.indexOf('Galant');
    expect(suggestionEdit(doc, from, from + 'Galant Galant'.length, 'Gallant', false)).toBeUndefined();
  });

  it('writes & and < as entities in HTML', () => {
    const doc = readDocument('a.html', '<p>AT and T</p>');
    const from = doc.text.indexOf('AT');
    expect(suggestionEdit(doc, from, from + 8, 'AT&T', false)).toEqual({ replacement: 'AT&amp;T' });
  });
});
