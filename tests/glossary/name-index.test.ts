import { describe, expect, it } from 'vitest';
import { MAX_SHARED_PART, NamePartIndex } from '../../src/glossary/name-index.js';
import type { GlossaryEntry } from '../../src/glossary/raw.js';

const person = (term: string): GlossaryEntry => ({
  term, type: 'person', variants: [], forbidden: [], caseSensitive: true, fuzzy: true, source: [], category: 'name',
  origin: { file: 'g.yaml', line: 1, column: 1 },
});

function indexOf(entries: GlossaryEntry[]): NamePartIndex {
  const index = new NamePartIndex();
  for (const entry of entries) index.add(entry);
  return index;
}

const terms = (entries: readonly GlossaryEntry[]): string[] => entries.map((e) => e.term);
const NONE = new NamePartIndex().namedSharers(new Set());

describe('NamePartIndex', () => {
  it('finds entries by a part spelt the same or one edit away, the exact part first', () => {
    const index = indexOf([person('Yoav Gallant'), person('Eli Galant'), person('Yair Lapid')]);
    expect(terms(index.entriesLike('Galant', NONE))).toEqual(['Eli Galant', 'Yoav Gallant']);
    expect(terms(index.entriesLike('gallnat', NONE))).toEqual(['Yoav Gallant']);
    expect(terms(index.entriesLike('Lapidus', NONE))).toEqual([]);
  });

  it('skips short and lower-case words of a name', () => {
    const index = indexOf([person('Mohammed bin Salman'), person('Wu Xi')]);
    expect(terms(index.entriesLike('bin', NONE))).toEqual([]);
    expect(terms(index.entriesLike('Wu', NONE))).toEqual([]);
    expect(terms(index.entriesLike('Salman', NONE))).toEqual(['Mohammed bin Salman']);
  });

  it('reaches the entries of a widely shared part only when the article names them, in glossary order', () => {
    const jacobs = Array.from({ length: MAX_SHARED_PART + 1 }, (_, i) => person(`Jacob Surname${String.fromCharCode(65 + (i % 26))}${i}`));
    const index = indexOf([...jacobs, person('Mira Jacobi')]);
    expect(terms(index.entriesLike('Jacob', NONE))).toEqual(['Mira Jacobi']);
    const named = index.namedSharers(new Set([jacobs[7]!, jacobs[2]!]));
    expect(terms(index.entriesLike('Jacob', named))).toEqual([jacobs[2]!.term, jacobs[7]!.term, 'Mira Jacobi']);
    const all = index.namedSharers(new Set([person('Someone Else'), ...[...jacobs].reverse()]));
    expect(terms(index.entriesLike('Jacob', all))).toEqual([...terms(jacobs), 'Mira Jacobi']);
    // A named entry the index does not hold (not fuzzy) is not one of the part's, though its term has the word.
    const unfiled = person('Jacob Unfiled');
    expect(terms(index.entriesLike('Jacob', index.namedSharers(new Set([unfiled, jacobs[3]!]))))).toEqual([jacobs[3]!.term, 'Mira Jacobi']);
    // Each Jacob is still found by its own surname.
    expect(terms(index.entriesLike(jacobs[5]!.term.split(' ')[1]!, NONE))).toEqual([jacobs[5]!.term]);
  });

  it('reaches all the entries of a part shared by few', () => {
    const jacobs = Array.from({ length: MAX_SHARED_PART }, (_, i) => person(`Jacob Other${i}`));
    expect(indexOf(jacobs).entriesLike('Jacob', NONE)).toHaveLength(MAX_SHARED_PART);
  });
});

